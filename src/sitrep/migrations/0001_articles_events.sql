-- Articles keyed by content hash; events with the columns queries filter on, the full event as JSON.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    title TEXT,
    url TEXT,
    published TEXT,
    dateline_json TEXT NOT NULL,
    source_path TEXT,
    ingested_at TEXT NOT NULL
);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    plover_type TEXT,
    plover_mode TEXT,
    cameo_root TEXT,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    actor1 TEXT, actor1_country TEXT, actor1_role TEXT,
    actor2 TEXT, actor2_country TEXT, actor2_role TEXT,
    place TEXT, geonameid INTEGER, lat REAL, lon REAL,
    country TEXT, admin1 TEXT, admin2 TEXT,
    date_start TEXT, date_end TEXT, date_precision TEXT,
    modality TEXT NOT NULL,
    confidence REAL,
    json TEXT NOT NULL
);
CREATE TABLE event_sources (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (event_id, name)
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date_start, date_end);
CREATE INDEX events_type ON events(plover_type, date_start);
CREATE INDEX events_country ON events(country, date_start);
CREATE INDEX events_geonameid ON events(geonameid);
CREATE INDEX event_sources_name ON event_sources(name);
