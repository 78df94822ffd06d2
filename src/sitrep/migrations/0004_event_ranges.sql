-- Events dated by a range (a month, a year, "from July to August") that started before a `since`
-- filter but reach into it: few, so a partial index finds them without reading every older event.
CREATE INDEX events_ranges ON events(date_start, id) WHERE date_end > date_start;
