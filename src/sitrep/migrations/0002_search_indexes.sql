-- Search for the API: a full-text index over each event's sentence, actors and place, and indexes
-- ending in the id, so filtered lists come out already in (date_start, id) order without a sort.

-- Columns: the sentence; the actors (text, dictionary name, country code, role); the place (text,
-- name, admin areas, country). A plain FTS5 table kept in step by triggers, matched to events by
-- rowid. INSERT OR REPLACE because `INSERT OR REPLACE INTO events` deletes without firing triggers.
CREATE VIRTUAL TABLE events_fts USING fts5(sentence, actors, place, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT OR REPLACE INTO events_fts (rowid, sentence, actors, place) VALUES (
        new.rowid,
        json_extract(new.json, '$.sentence.text'),
        coalesce(new.actor1, '')
            || ' ' || coalesce(json_extract(new.json, '$.actor1.name'), '')
            || ' ' || coalesce(new.actor1_country, '')
            || ' ' || coalesce(new.actor1_role, '')
            || ' ' || coalesce(new.actor2, '')
            || ' ' || coalesce(json_extract(new.json, '$.actor2.name'), '')
            || ' ' || coalesce(new.actor2_country, '')
            || ' ' || coalesce(new.actor2_role, ''),
        coalesce(json_extract(new.json, '$.location.text'), '')
            || ' ' || coalesce(new.place, '')
            || ' ' || coalesce(new.admin1, '')
            || ' ' || coalesce(new.admin2, '')
            || ' ' || coalesce(new.country, '')
    );
END;

CREATE TRIGGER events_fts_update AFTER UPDATE ON events BEGIN
    INSERT OR REPLACE INTO events_fts (rowid, sentence, actors, place) VALUES (
        new.rowid,
        json_extract(new.json, '$.sentence.text'),
        coalesce(new.actor1, '')
            || ' ' || coalesce(json_extract(new.json, '$.actor1.name'), '')
            || ' ' || coalesce(new.actor1_country, '')
            || ' ' || coalesce(new.actor1_role, '')
            || ' ' || coalesce(new.actor2, '')
            || ' ' || coalesce(json_extract(new.json, '$.actor2.name'), '')
            || ' ' || coalesce(new.actor2_country, '')
            || ' ' || coalesce(new.actor2_role, ''),
        coalesce(json_extract(new.json, '$.location.text'), '')
            || ' ' || coalesce(new.place, '')
            || ' ' || coalesce(new.admin1, '')
            || ' ' || coalesce(new.admin2, '')
            || ' ' || coalesce(new.country, '')
    );
END;

CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_fts WHERE rowid = old.rowid;
END;

INSERT INTO events_fts (rowid, sentence, actors, place)
SELECT rowid,
        json_extract(json, '$.sentence.text'),
        coalesce(actor1, '')
            || ' ' || coalesce(json_extract(json, '$.actor1.name'), '')
            || ' ' || coalesce(actor1_country, '')
            || ' ' || coalesce(actor1_role, '')
            || ' ' || coalesce(actor2, '')
            || ' ' || coalesce(json_extract(json, '$.actor2.name'), '')
            || ' ' || coalesce(actor2_country, '')
            || ' ' || coalesce(actor2_role, ''),
        coalesce(json_extract(json, '$.location.text'), '')
            || ' ' || coalesce(place, '')
            || ' ' || coalesce(admin1, '')
            || ' ' || coalesce(admin2, '')
            || ' ' || coalesce(country, '')
FROM events;

DROP INDEX events_type;
DROP INDEX events_country;
CREATE INDEX events_type ON events(plover_type, date_start, id);
CREATE INDEX events_country ON events(country, date_start, id);
CREATE INDEX events_order ON events(date_start, id);
CREATE INDEX events_modality ON events(modality, date_start, id);
CREATE INDEX events_admin1 ON events(admin1 COLLATE NOCASE, date_start, id);
CREATE INDEX events_admin2 ON events(admin2 COLLATE NOCASE, date_start, id);
CREATE INDEX events_lat_lon ON events(lat, lon);
CREATE INDEX event_sources_name_nocase ON event_sources(name COLLATE NOCASE, event_id);
