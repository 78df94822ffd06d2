"""Writing events out: flat CSV, JSON, GeoJSON, ACLED-style CSV, PLOVER JSON and Parquet.

Every writer takes events (and the articles they came from, for publication dates and URLs)
and a binary or text stream. Add a format by adding a function to WRITERS.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date as Date
from typing import Callable, Iterable, Optional

from . import countries
from .models import Actor, Article, Event

# ACLED's interaction codes by the actor's CAMEO-style role.
ACLED_INTER = {"GOV": 1, "MIL": 1, "COP": 1, "SPY": 1, "REB": 2, "INS": 2, "OPP": 3, "PTY": 3, "MIL_ID": 4,
               "CVL": 7, "REF": 7, "MED": 7, "EDU": 7, "LAB": 7, "REL": 7, "HLH": 7, "IGO": 8, "NGO": 8, "BUS": 8, "JUD": 1,
               # unidentified armed groups: ACLED files them with the political militias
               "UAF": 3}
# Whoever takes part in a demonstration is a protester (6) or a rioter (5) in ACLED, whatever their role.
ACLED_DEMONSTRATOR_INTER = {"Protests": 6, "Riots": 5}
# ACLED's codebook: 1 the day is known, 2 a week or a range of days, 3 only the month (the coarsest it has)
ACLED_TIME_PRECISION = {"day": 1, "month": 3, "range": 2, "year": 3}
ACLED_GEO_PRECISION = {"exact": 1, "district": 1, "admin2": 2, "admin1": 3, "country": 3}


def _acled_time_precision(date) -> int:
    """ACLED's time_precision of a DateValue: a range longer than a week ("in July and August") is month-level."""
    if date.precision != "range":
        return ACLED_TIME_PRECISION.get(date.precision, 3)
    first, _, last = date.value.partition("/")
    try:
        days = (Date.fromisoformat(last) - Date.fromisoformat(first)).days
    except ValueError:  # a range of months or years ("2024-03/2024-05")
        return 3
    return 2 if days <= 7 else 3


def event_day(event: Event, article: Optional[Article]) -> Optional[str]:
    """The day to file an event under: the start of its own date, else the article's publication day."""
    if event.date is not None:
        return event.date.value.split("/")[0]
    if article is not None and article.published is not None:
        return article.published.date().isoformat()
    return None


def actor_label(actor: Optional[Actor]) -> Optional[str]:
    """An actor as the flat, GeoJSON and PLOVER exports (and the CLI's table) show it: the story's words,
    else its name (an unnamed actor, "authorities where it happened", has no words of its own); None for
    no actor. The ACLED-style CSV puts the dictionary's name first instead, as ACLED names actors."""
    if actor is None:
        return None
    return actor.text or actor.name


def flat_row(event: Event, article: Optional[Article] = None) -> dict:
    """One event as a flat record: the shape of the CSV, Parquet and GeoJSON properties."""
    a1, a2, loc = event.actor1, event.actor2, event.location
    return {
        "id": event.id,
        "article_id": event.article_id,
        "date": event.date.value if event.date else event_day(event, article),
        "date_precision": event.date.precision if event.date else None,
        "plover_type": event.plover_type,
        "plover_mode": event.plover_mode,
        "cameo_root": event.cameo_root,
        "acled_event_type": event.acled_event_type,
        "acled_sub_event_type": event.acled_sub_event_type,
        "actor1": actor_label(a1),
        "actor1_country": a1.code.country if a1 else None,
        "actor1_role": a1.code.role if a1 else None,
        "actor2": actor_label(a2),
        "actor2_country": a2.code.country if a2 else None,
        "actor2_role": a2.code.role if a2 else None,
        "trigger": event.trigger.text,
        "place": loc.name if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "place_precision": loc.precision if loc else None,
        **_figure_columns(event, "killed"),
        **_figure_columns(event, "injured"),
        **_figure_columns(event, "displaced"),
        **_figure_columns(event, "arrested"),
        "sources": "; ".join(s.name for s in event.sources),
        "modality": event.modality,
        "confidence": event.confidence,
        "sentence": event.sentence.text.strip(),  # the span may end in the paragraph break
        "url": article.url if article else None,
    }


def _figure_count(event: Event, kind: str) -> Optional[tuple[int, Optional[int], str]]:
    """(value, value_max, qualifier) of the event's count of a kind: the highest any source gives, a
    source's counts of different groups added up ("four fighters and two children" is 6)."""
    from .merge import added_up

    by_source: dict[tuple, list] = {}
    for f in event.figures:
        if f.kind == kind:
            by_source.setdefault(tuple(s.name for s in f.sources), []).append(f)
    counts = []
    for same in by_source.values():
        total = added_up(same)
        counts += [total] if total else [(f.value, f.value_max, f.qualifier) for f in same]
    return max(counts, key=lambda c: (c[0], c[1] or c[0])) if counts else None


def _figure_columns(event: Event, kind: str) -> dict:
    """The flat columns of a kind of count: `killed` (the number, a range's lower bound), `killed_max`
    (a range's upper bound: "dozens" is 24 to 99) and `killed_qualifier` (exact, approximately,
    at_least, at_most, up_to), so "at least 14" is not read as exactly 14."""
    count = _figure_count(event, kind)
    value, value_max, qualifier = count if count else (None, None, None)
    return {kind: value, f"{kind}_max": value_max, f"{kind}_qualifier": qualifier}


def _empty_event() -> Event:
    """A blank event, to read the column names from when there are no events to write."""
    from .models import Span

    blank = Span(text="", start=0, end=0)
    return Event(id="", article_id="", sentence=blank, trigger=blank)


def flat_columns() -> list[str]:
    """The column names of `flat_row`, in order (the flat CSV's and Parquet's header)."""
    return list(flat_row(_empty_event()))


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(row: dict) -> dict:
    """Text cells that a spreadsheet would run as a formula get a leading apostrophe (OWASP's advice
    for CSV injection); numbers stay numbers."""
    return {k: ("'" + v if isinstance(v, str) and v.startswith(_FORMULA_STARTS) else v) for k, v in row.items()}


def _articles_by_id(articles: Optional[Iterable[Article]]) -> dict[str, Article]:
    return {a.id: a for a in articles or ()}


def write_json(events: list[Event], out: io.TextIOBase, articles=None) -> None:
    json.dump([e.model_dump(mode="json") for e in events], out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(events: list[Event], out: io.TextIOBase, articles=None) -> None:
    by_id = _articles_by_id(articles)
    rows = [flat_row(e, by_id.get(e.article_id)) for e in events]
    fields = flat_columns()
    writer = csv.DictWriter(out, fieldnames=fields)
    writer.writeheader()
    writer.writerows(spreadsheet_safe(row) for row in rows)


def has_point(event: Event) -> bool:
    """Whether the event has coordinates, so a map (GeoJSON) can show it."""
    loc = event.location
    return loc is not None and loc.lat is not None and loc.lon is not None


def write_geojson(events: list[Event], out: io.TextIOBase, articles=None) -> None:
    """Events with a place as GeoJSON points (lon, lat); events without one are left out."""
    by_id = _articles_by_id(articles)
    features = []
    for event in events:
        if not has_point(event):
            continue
        loc = event.location
        features.append({
            "type": "Feature",
            "id": event.id,
            "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
            "properties": flat_row(event, by_id.get(event.article_id)),
        })
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")


def acled_row(event: Event, article: Optional[Article]) -> dict:
    from .store import day_bound

    a1, a2, loc = event.actor1, event.actor2, event.location
    day = event_day(event, article)
    # ACLED's event_date is a day: a month or a year is filed under its first day, time_precision says which
    day = day_bound(day, start=True) if day else day
    inter1 = ACLED_INTER.get(a1.code.role, 8) if a1 and a1.code.role else ""
    if a1 and inter1 in (3, 7) and event.acled_event_type in ACLED_DEMONSTRATOR_INTER:
        inter1 = ACLED_DEMONSTRATOR_INTER[event.acled_event_type]
    inter2 = ACLED_INTER.get(a2.code.role, 8) if a2 and a2.code.role else ""
    return {
        "event_id_cnty": event.id,
        "event_date": day or "",
        "year": day[:4] if day else "",
        # no date of its own: filed under the publication day, which is near it (2); no day at all: none
        "time_precision": _acled_time_precision(event.date) if event.date else (2 if day else ""),
        "event_type": event.acled_event_type or "",
        "sub_event_type": event.acled_sub_event_type or "",
        "actor1": (a1.name or a1.text) if a1 else "",
        "inter1": inter1,
        "actor2": (a2.name or a2.text) if a2 else "",
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "iso3": countries.alpha3(loc.country) if loc and loc.country else "",
        "country": countries.name(loc.country) if loc and loc.country else "",
        "admin1": (loc.admin1 or "") if loc else "",
        "admin2": (loc.admin2 or "") if loc else "",
        "location": (loc.name or loc.text) if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": ACLED_GEO_PRECISION.get(loc.precision, 3) if loc else "",
        "source": "; ".join(s.name for s in event.sources),
        "notes": event.sentence.text.strip(),
        # ACLED's fatalities is a number (0 when none is given, a range's lower bound); the words are in
        # the columns after it: "at least 14" is 14 and at_least, "up to 30" is 30 and up_to
        **_acled_fatalities(event),
        "modality": event.modality,
        "url": (article.url or "") if article else "",
    }


def _acled_fatalities(event: Event) -> dict:
    count = _figure_count(event, "killed")
    value, value_max, qualifier = count if count else (0, None, "")
    return {"fatalities": value, "fatalities_max": "" if value_max is None else value_max,
            "fatalities_qualifier": qualifier}


def _interaction(inter1, inter2) -> str:
    """ACLED's interaction code: the two actors' codes, lower first ("12" for rebels attacking the
    military, whoever acted); one actor alone is its code and 0 ("60": protesters alone)."""
    if inter1 == "":  # no first actor, no interaction
        return ""
    codes = sorted(c for c in (inter1, inter2) if c != "")
    return f"{codes[0]}{codes[1] if len(codes) > 1 else 0}"


def write_acled_csv(events: list[Event], out: io.TextIOBase, articles=None) -> None:
    """ACLED's column layout, one row per event; background events are kept with their modality column."""
    by_id = _articles_by_id(articles)
    rows = [acled_row(e, by_id.get(e.article_id)) for e in events]
    fields = list(acled_row(_empty_event(), None).keys())
    writer = csv.DictWriter(out, fieldnames=fields)
    writer.writeheader()
    writer.writerows(spreadsheet_safe(row) for row in rows)


def plover_record(event: Event, article: Optional[Article]) -> dict:
    """PLOVER's event record: type, mode, source and target actors, place, date, and the text; with
    sitrep's trigger and figures (counts with their qualifiers, sources and spans of the story)."""
    a1, a2, loc = event.actor1, event.actor2, event.location
    return {
        "event_id": event.id,
        "event_date": event_day(event, article),
        "event_type": event.plover_type,
        "event_mode": event.plover_mode,
        "event_text": event.sentence.text.strip(),
        "trigger": event.trigger.model_dump(),
        "story_id": event.article_id,
        "story_date": article.published.isoformat() if article and article.published else None,
        "story_url": article.url if article else None,
        "source": [s.name for s in event.sources],
        "source_actor": actor_label(a1),
        "source_agent": a1.code.role if a1 else None,
        "source_country": a1.code.country if a1 else None,
        "target_actor": actor_label(a2),
        "target_agent": a2.code.role if a2 else None,
        "target_country": a2.code.country if a2 else None,
        "location": loc.model_dump() if loc else None,
        "figures": [f.model_dump() for f in event.figures],
        "cameo_root": event.cameo_root,
        "modality": event.modality,
        "confidence": event.confidence,
    }


def write_plover_json(events: list[Event], out: io.TextIOBase, articles=None) -> None:
    by_id = _articles_by_id(articles)
    json.dump({"events": [plover_record(e, by_id.get(e.article_id)) for e in events]}, out,
              ensure_ascii=False, indent=2)
    out.write("\n")


def write_parquet(events: list[Event], path: str, articles=None) -> None:
    """Flat columns plus the full event as JSON, so nothing is lost."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    by_id = _articles_by_id(articles)
    rows = [dict(flat_row(e, by_id.get(e.article_id)), event_json=e.model_dump_json()) for e in events]
    pq.write_table(pa.Table.from_pylist(rows, schema=parquet_schema()), path)


# Column types of the Parquet export; any other flat column is text.
PARQUET_NUMBERS = {"geonameid": "int64", "lat": "float64", "lon": "float64", "confidence": "float64",
                   **{f"{kind}{part}": "int64" for kind in ("killed", "injured", "displaced", "arrested")
                      for part in ("", "_max")}}


def parquet_schema():
    """The one schema of every Parquet file of events (export and distributed partitions alike), so
    files of different days, or with no events, read and concatenate as one table."""
    import pyarrow as pa

    names = flat_columns() + ["event_json"]
    return pa.schema([(n, pa.type_for_alias(PARQUET_NUMBERS.get(n, "string"))) for n in names])


TEXT_WRITERS: dict[str, Callable] = {
    "json": write_json,
    "csv": write_csv,
    "geojson": write_geojson,
    "acled-csv": write_acled_csv,
    "plover-json": write_plover_json,
}
EXPORT_FORMATS = ("acled-csv", "plover-json", "geojson", "parquet")


def export(events: list[Event], fmt: str, out_path: str, articles=None) -> None:
    """Write events to a file in one of EXPORT_FORMATS (or json/csv); "-" is standard output for
    the text formats."""
    if fmt == "parquet":
        write_parquet(events, out_path, articles)
        return
    writer = TEXT_WRITERS[fmt]
    if out_path == "-":
        writer(events, sys.stdout, articles)
        return
    with open(out_path, "w", encoding="utf-8", newline="") as out:
        writer(events, out, articles)
