"""`sitrep serve`: the HTTP API and the web page (map, timeline, evidence view)."""
