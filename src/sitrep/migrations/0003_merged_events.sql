-- Merged events: reports of one event from several articles (sitrep.merge).
-- merge_index holds one row per mergeable event with the keys used to find candidates
-- incrementally: a day range (days since 0001-01-01) and a geographic cell (0.25 degree grid),
-- or an admin2 key, or the country when the place has no coordinates.
CREATE TABLE merge_index (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    sort_key TEXT NOT NULL,
    day0 INTEGER NOT NULL,
    day1 INTEGER NOT NULL,
    cell INTEGER,
    admin2_key TEXT,
    country TEXT
);
CREATE INDEX merge_index_cell ON merge_index(cell, day0);
CREATE INDEX merge_index_admin2 ON merge_index(admin2_key, day0);
CREATE INDEX merge_index_country ON merge_index(country, day0);
-- One row per merged event (clusters of one report included); id = id of its earliest report.
CREATE TABLE merged_events (
    id TEXT PRIMARY KEY,
    plover_type TEXT,
    modality TEXT NOT NULL,
    date_start TEXT,
    date_end TEXT,
    place TEXT,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    lat REAL,
    lon REAL,
    first_reported TEXT,
    n_reports INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    has_disagreement INTEGER NOT NULL DEFAULT 0,
    json TEXT NOT NULL
);
CREATE INDEX merged_events_date ON merged_events(date_start, date_end);
CREATE INDEX merged_events_country ON merged_events(country, date_start);
-- Which merged event each stored event belongs to (every event has one).
CREATE TABLE merged_members (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    merged_id TEXT NOT NULL
);
CREATE INDEX merged_members_merged ON merged_members(merged_id);
