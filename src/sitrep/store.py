"""SQLite storage: the only module that writes SQL. WAL mode, versioned migrations, one transaction
per article. Every statement is parameterised; article text never becomes SQL.
"""
from __future__ import annotations

import hashlib
import math
import re
import sqlite3
from contextlib import contextmanager
from importlib.resources import files
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator, Optional, Union

from . import countries
from .errors import InputError, StoreError
from .models import Article, Dateline, Event

DEFAULT_DB = "sitrep.db"
BUSY_TIMEOUT_MS = 60_000

MIGRATIONS_PACKAGE = "sitrep.migrations"


def migrations() -> list[tuple[str, str]]:
    """(name, SQL script) of every migration, in name order. A schema change is a new numbered file
    in src/sitrep/migrations/; each runs once, inside a transaction, and is recorded by name."""
    folder = files(MIGRATIONS_PACKAGE)
    scripts = sorted(p for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(p.name[:-4], p.read_text(encoding="utf-8")) for p in scripts]


@dataclass
class EventFilter:
    plover_type: Optional[str] = None
    country: Optional[str] = None  # ISO alpha-2 or alpha-3, or a country name; held as alpha-2
    since: Optional[str] = None  # ISO date: events whose date range ends on or after it
    until: Optional[str] = None  # ISO date: events whose date range starts on or before it
    source: Optional[str] = None
    modality: Optional[str] = None
    article_id: Optional[str] = None
    admin: Optional[str] = None  # an admin1 or admin2 name, any case
    near: Optional[tuple[float, float, float]] = None  # (lat, lon, radius in km)
    actor: Optional[str] = None  # words of an actor's text or name, or its country code or role
    text: Optional[str] = None  # words of the sentence, actors or place (full-text search)
    after: Optional[tuple[Optional[str], str]] = None  # keyset page: (date_start, id) of the last event seen
    limit: Optional[int] = None
    offset: int = 0

    def __post_init__(self) -> None:
        # A mistyped filter fails with one line naming it instead of silently matching nothing; values
        # are read as `sitrep events` reads them (any case, a source by any of its names).
        from .models import PLOVER_TYPES, Modality

        if self.plover_type is not None:
            self.plover_type = _text_filter("plover_type", self.plover_type).upper()
            if self.plover_type not in PLOVER_TYPES:
                raise InputError(f"plover_type={self.plover_type}", f"not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}")
        if self.modality is not None:
            self.modality = _text_filter("modality", self.modality).lower()
            if self.modality not in Modality.__args__:  # type: ignore[attr-defined]
                raise InputError(f"modality={self.modality}", f"use one of {', '.join(Modality.__args__)}")  # type: ignore[attr-defined]
        if self.country is not None:
            code = countries.alpha2(_text_filter("country", self.country))
            if code is None:
                raise InputError(f"country={self.country}", "not a country sitrep knows; use an ISO code (SY, SYR) or an English name (Syria)")
            self.country = code
        for name in ("admin", "actor", "text", "article_id"):
            if getattr(self, name) is not None:  # trimmed as the country is: " Kassala" is Kassala
                setattr(self, name, _text_filter(name, getattr(self, name)) or None)
        if self.source is not None:
            from .sources import canonical_name

            self.source = canonical_name(_text_filter("source", self.source))
        self.since, self.until = day_period(self.since, self.until)
        if self.near is not None:
            self.near = _near_filter(self.near)
        for name, value in (("limit", self.limit), ("offset", self.offset)):
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                raise InputError(f"{name}={value!r}", "not a whole number of events, 0 or more")


def _text_filter(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise InputError(f"{name}={value!r}", "not text")
    return value.strip()


def day_period(since: object, until: object, names: tuple[str, str] = ("since=", "until=")) -> tuple[Optional[str], Optional[str]]:
    """A since/until pair as days (YYYY-MM-DD): the one check of every date filter (EventFilter,
    /api/merged, the command line, whose `names` are "--since ", "--until "). InputError when either
    is not a date of the calendar, or since is after until."""
    since, until = _day_filter(names[0], since), _day_filter(names[1], until)
    if since and until and since > until:
        raise InputError(f"{names[0]}{since}", f"is after {names[1]}{until}: no day is in that period")
    return since, until


def _day_filter(where: str, value: object) -> Optional[str]:
    """A date filter as YYYY-MM-DD (the form dates are stored in, so that "20210908" filters as
    "2021-09-08" does); a date or datetime is taken too. `where` names the filter in an error."""
    if value is None:
        return None
    if isinstance(value, date):  # a datetime is a date too: its day
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    if not isinstance(value, str):
        raise InputError(f"{where}{value!r}", "not text")
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InputError(f"{where}{value}", "not a date of the calendar; use YYYY-MM-DD") from None


def _near_filter(value: object) -> tuple[float, float, float]:
    try:
        lat, lon, km = (float(x) for x in value)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        raise InputError(f"near={value!r}", "give (latitude, longitude, radius in km)") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km < math.inf):
        raise InputError(f"near={value!r}", "latitude -90..90, longitude -180..180, radius above 0 km")
    return lat, lon, km


KM_PER_DEGREE = 111.195  # mean Earth radius * pi / 180
COMMON = 2000  # a filter value matching at least this many events is "common" (see Store._where)


def fts_query(words: str) -> Optional[str]:
    """User words as a safe FTS5 query: every word must appear (as a word prefix). Quoting each word
    keeps FTS5 syntax (NEAR, OR, column filters, quotes) out of user hands; None if no words."""
    tokens = re.findall(r"\w+", words)
    return " ".join(f'"{t}"*' for t in tokens) or None


def filed_days(event: Event, article: Article) -> tuple[Optional[str], Optional[str]]:
    """The days an event may have happened: its own date, else the day the article was published
    (but background is history: with no date of its own it is filed under no day at all)."""
    if event.date is not None:
        first, _, last = event.date.value.partition("/")
        last = last or first
        return day_bound(first, start=True), day_bound(last, start=False)
    if article.published is not None and event.modality != "background":
        day = article.published.date().isoformat()
        return day, day
    return None, None


def day_bound(value: str, start: bool) -> str:
    """'2021' -> 2021-01-01 or 2021-12-31; '2021-07' -> first or last day of July."""
    if len(value) == 4:
        return f"{value}-01-01" if start else f"{value}-12-31"
    if len(value) == 7:
        if start:
            return f"{value}-01"
        year, month = int(value[:4]), int(value[5:7])
        next_month = date(year + month // 12, month % 12 + 1, 1)
        return date.fromordinal(next_month.toordinal() - 1).isoformat()
    return value[:10]


def content_key(text: str) -> str:
    """The article's identity for storage: SHA-256 of its text with every whitespace run one space,
    so a copy differing only in line ends or spacing is the same article."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


class Store:
    """An sitrep database. Open with `Store.open(path)`; use as a context manager to close it."""

    def __init__(self, connection: sqlite3.Connection, path: str):
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, path: Union[str, Path] = DEFAULT_DB) -> "Store":
        where = str(path)
        try:
            connection = sqlite3.connect(where, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                         check_same_thread=False)
            connection.row_factory = sqlite3.Row
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("PRAGMA foreign_keys = ON")
            store = cls(connection, where)
            store._migrate()
        except sqlite3.DatabaseError as exc:
            folder = Path(where).parent
            if where != ":memory:" and not folder.is_dir():
                raise StoreError(f"{where}: cannot create the database: no folder {folder}") from None
            raise StoreError(f"{where}: cannot open the database ({exc}); is it a sitrep SQLite file?") from None
        return store

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock up front, so two writers queue instead of failing mid-way.
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        else:
            self.connection.execute("COMMIT")

    def _migrate(self) -> None:
        with self.transaction() as db:
            db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            applied = {row[0] for row in db.execute("SELECT name FROM schema_migrations")}
            for name, script in migrations():
                if name in applied:
                    continue
                for statement in _statements(script):
                    db.execute(statement)
                db.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)", (name, _now()))
            # rows stored before migration 0005 (or by an older sitrep) get their content key, a
            # batch at a time so a large database's texts never sit in memory together
            while unkeyed := db.execute(
                "SELECT id, text FROM articles WHERE content_key IS NULL LIMIT 1000"
            ).fetchall():
                db.executemany("UPDATE articles SET content_key = ? WHERE id = ?",
                               [(content_key(row["text"]), row["id"]) for row in unkeyed])

    def schema_version(self) -> list[str]:
        return [row[0] for row in self.connection.execute("SELECT name FROM schema_migrations ORDER BY name")]

    # -- writing --------------------------------------------------------------------------------
    def has_article(self, article_id: str, text: Optional[str] = None) -> bool:
        """Whether the article is stored: by its id, or (given its text) as a copy differing only in whitespace."""
        row = self.connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None or (text is not None and self.stored_id(text) is not None)

    def stored_id(self, text: str) -> Optional[str]:
        """The id under which this text, or a copy of it differing only in whitespace, is stored."""
        row = self.connection.execute("SELECT id FROM articles WHERE content_key = ?", (content_key(text),)).fetchone()
        return row[0] if row else None

    def add(self, article: Article, events: list[Event]) -> bool:
        """Store an article and its events in one transaction. False if the article was there already
        (the same text, or the same text with other whitespace)."""
        key = content_key(article.text)
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM articles WHERE content_key = ?", (key,)).fetchone() is not None:
                return False
            cursor = db.execute(
                "INSERT OR IGNORE INTO articles (id, text, title, url, published, dateline_json, source_path,"
                " ingested_at, content_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id, article.text, article.title, article.url,
                    article.published.isoformat() if article.published else None,
                    article.dateline.model_dump_json(), article.source_path, _now(), key,
                ),
            )
            if cursor.rowcount == 0:
                return False
            for event in events:
                self._insert_event(db, event, article)
        return True

    def _insert_event(self, db: sqlite3.Connection, event: Event, article: Article) -> None:
        start, end = filed_days(event, article)
        a1, a2, loc = event.actor1, event.actor2, event.location
        db.execute(
            "INSERT OR REPLACE INTO events (id, article_id, plover_type, plover_mode, cameo_root, acled_event_type,"
            " acled_sub_event_type, actor1, actor1_country, actor1_role, actor2, actor2_country, actor2_role,"
            " place, geonameid, lat, lon, country, admin1, admin2, date_start, date_end, date_precision,"
            " modality, confidence, json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.id, event.article_id, event.plover_type, event.plover_mode, event.cameo_root,
                event.acled_event_type, event.acled_sub_event_type,
                a1.text if a1 else None, a1.code.country if a1 else None, a1.code.role if a1 else None,
                a2.text if a2 else None, a2.code.country if a2 else None, a2.code.role if a2 else None,
                loc.name if loc else None, loc.geonameid if loc else None, loc.lat if loc else None,
                loc.lon if loc else None, loc.country if loc else None, loc.admin1 if loc else None,
                loc.admin2 if loc else None, start, end, event.date.precision if event.date else None,
                event.modality, event.confidence, event.model_dump_json(),
            ),
        )
        db.executemany(
            "INSERT OR IGNORE INTO event_sources (event_id, name, kind) VALUES (?, ?, ?)",
            [(event.id, s.name, s.kind) for s in event.sources],
        )

    # -- reading --------------------------------------------------------------------------------
    def article(self, article_id: str) -> Optional[Article]:
        row = self.connection.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article_from_row(row) if row else None

    def articles(self, limit: Optional[int] = None, offset: int = 0) -> list[Article]:
        """Articles by publication time, oldest first, compared as instants (10:00+03:00 is before
        08:00Z; a time without an offset is UTC); articles with no publication time come last."""
        sql = ("SELECT * FROM articles ORDER BY julianday(published) IS NULL, julianday(published), id"
               " LIMIT ? OFFSET ?")
        rows = self.connection.execute(sql, (limit if limit is not None else -1, offset))
        return [_article_from_row(row) for row in rows]

    def counts(self) -> dict[str, int]:
        db = self.connection
        return {
            "articles": db.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
            "events": db.execute("SELECT COUNT(*) FROM events").fetchone()[0],
        }

    def events(self, flt: Optional[EventFilter] = None, **filters) -> list[Event]:
        """Events matching the filter, ordered by date then id (stable for pagination)."""
        flt = flt or EventFilter(**filters)
        return [Event.model_validate_json(row[0]) for row in self._event_rows(flt)]

    def events_page(self, flt: EventFilter) -> tuple[list[Event], Optional[tuple[Optional[str], str]]]:
        """One page of events (flt.limit of them) and the keyset to pass as `after` for the next page,
        or None when this page is the last. Keyset paging stays fast however deep the page."""
        rows, after = self.events_page_json(flt)
        return [Event.model_validate_json(event) for event, _ in rows], after

    def events_page_json(self, flt: EventFilter) -> tuple[list[tuple[str, Optional[str]]], Optional[tuple[Optional[str], str]]]:
        """events_page with each event as its stored JSON text and the first day it is filed under
        (its own date, else its article's publication day), for callers that only pass it on."""
        rows = self._event_rows(replace(flt, limit=flt.limit + 1)) if flt.limit else self._event_rows(flt)
        if flt.limit and len(rows) > flt.limit:
            rows = rows[: flt.limit]
            _, date_start, last_id = rows[-1]
            return [(row[0], row[1]) for row in rows], (date_start, last_id)
        return [(row[0], row[1]) for row in rows], None

    def event(self, event_id: str) -> Optional[Event]:
        row = self.connection.execute("SELECT json FROM events WHERE id = ?", (event_id,)).fetchone()
        return Event.model_validate_json(row[0]) if row else None

    def timeline(self, flt: Optional[EventFilter] = None) -> list[tuple[str, Optional[str], int]]:
        """(day, plover_type, number of events) for the events matching the filter (paging ignored),
        by day; events with no day at all are left out."""
        flt = replace(flt or EventFilter(), after=None, limit=None, offset=0)
        arms, params = self._select("e.date_start, e.plover_type", flt, extra=["e.date_start IS NOT NULL"])
        sql = (f"SELECT date_start, plover_type, COUNT(*) FROM ({' UNION ALL '.join(arms)})"
               " GROUP BY date_start, plover_type ORDER BY date_start, plover_type")
        return [(row[0], row[1], row[2]) for row in self.connection.execute(sql, params)]

    def _event_rows(self, flt: EventFilter) -> list[tuple[str, Optional[str], str]]:
        """(JSON, date_start, id) of the matching events, in (date_start, id) order."""
        extra, extra_params = [], []
        if flt.after is not None:
            # Rows after the last one seen in (date_start, id) order; NULL dates sort first.
            after_date, after_id = flt.after
            if after_date is None:
                extra.append("(e.date_start IS NOT NULL OR e.id > ?)")
                extra_params.append(after_id)
            else:
                extra.append("(e.date_start > ? OR (e.date_start = ? AND e.id > ?))")
                extra_params += [after_date, after_date, after_id]
        arms, params = self._select("e.rowid, e.date_start, e.id", flt, extra, extra_params)
        # Filter and order on the narrow columns first, then read the JSON of the page's rows only.
        sql = (f"SELECT json, date_start, id FROM events WHERE rowid IN (SELECT rowid FROM ({' UNION ALL '.join(arms)}"
               " ORDER BY 2, 3 LIMIT ? OFFSET ?)) ORDER BY date_start, id")
        params += [flt.limit if flt.limit is not None else -1, flt.offset]
        return [(row[0], row[1], row[2]) for row in self.connection.execute(sql, params)]

    def _select(self, columns: str, flt: EventFilter, extra: Optional[list[str]] = None,
                extra_params: Optional[list] = None) -> tuple[list[str], list]:
        """SELECT statements over `events e` whose UNION ALL is the matching events, and their parameters.

        A `since` filter keeps events whose date range ends on or after it. As one condition on
        date_end it cannot use the (date_start, id) order, so it is split in two arms, each an index
        range in that order, which SQLite merges: events starting from `since` on, and the few with a
        range (date_end > date_start, partial index events_ranges) that started earlier and reach it."""
        where, params = self._where(flt)
        where += extra or []
        params += extra_params or []

        def statement(conditions: list[str]) -> str:
            return f"SELECT {columns} FROM events e" + (" WHERE " + " AND ".join(conditions) if conditions else "")

        if not flt.since:
            return [statement(where)], params
        since = [flt.since]
        later = statement(where + ["e.date_start >= ?"])
        earlier = statement(where + ["e.date_end > e.date_start", "e.date_start < ?", "e.date_end >= ?"])
        # Without INDEXED BY the planner may read every earlier event of a country or type instead.
        earlier = earlier.replace("FROM events e", "FROM events e INDEXED BY events_ranges", 1)
        return [later, earlier], params + since + params + since + since

    def _common(self, sql: str, params: list) -> bool:
        """Whether a sub-query matches many events (COMMON or more; counting stops there)."""
        row = self.connection.execute(f"SELECT COUNT(*) FROM ({sql} LIMIT {COMMON})", params).fetchone()
        return row[0] >= COMMON

    def _where(self, flt: EventFilter) -> tuple[list[str], list]:
        """SQL conditions (on `events e`) and their parameters; user values only ever go in parameters.

        The date filters are in _select. For the sources and the full-text index, a value matching few
        events drives the query (look them up, sort them); one matching many is checked row by row
        while the (date_start, id) index is read in order, which stops as soon as a page is full."""
        where: list[str] = []
        params: list = []
        if flt.plover_type:
            where.append("e.plover_type = ?")
            params.append(flt.plover_type)  # upper case, as __post_init__ leaves it
        if flt.country:
            where.append("e.country = ?")
            params.append(flt.country)  # alpha-2, as __post_init__ leaves it
        if flt.until:
            where.append("e.date_start <= ?")
            params.append(flt.until)
        if flt.modality:
            where.append("e.modality = ?")
            params.append(flt.modality)
        if flt.article_id:
            where.append("e.article_id = ?")
            params.append(flt.article_id)
        if flt.source:
            if self._common("SELECT 1 FROM event_sources WHERE name = ? COLLATE NOCASE", [flt.source]):
                where.append("EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND s.name = ? COLLATE NOCASE)")
            else:
                where.append("e.id IN (SELECT s.event_id FROM event_sources s WHERE s.name = ? COLLATE NOCASE)")
            params.append(flt.source)
        if flt.admin:
            where.append("(e.admin1 = ? COLLATE NOCASE OR e.admin2 = ? COLLATE NOCASE)")
            params += [flt.admin, flt.admin]
        if flt.near is not None:
            # A bounding box the (lat, lon) index can use, then the equirectangular distance, which is
            # within a fraction of a percent of the great-circle one at the radii a map filter uses.
            lat, lon, km = flt.near
            dlat = km / KM_PER_DEGREE
            shrink = max(math.cos(math.radians(lat)), 1e-6)
            dlon = min(dlat / shrink, 360.0)
            where.append("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?"
                         " AND (e.lat - ?) * (e.lat - ?) + (e.lon - ?) * (e.lon - ?) * ? <= ?")
            params += [lat - dlat, lat + dlat, lon - dlon, lon + dlon, lat, lat, lon, lon, shrink * shrink,
                       dlat * dlat]
        for column, words in (("actors", flt.actor), (None, flt.text)):
            if not words:
                continue
            query = fts_query(words)
            if query is None:
                where.append("0")  # punctuation only: nothing to search for, nothing matches
                continue
            match = f"{{{column}}} : ({query})" if column else query
            matches = "SELECT rowid FROM events_fts WHERE events_fts MATCH ?"
            # `+e.rowid` keeps SQLite from looking events up by the matches' rowids (then sorting them)
            where.append(("+e.rowid" if self._common(matches, [match]) else "e.rowid") + f" IN ({matches})")
            params.append(match)
        return where, params


def _article_from_row(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"], text=row["text"], title=row["title"], url=row["url"],
        published=datetime.fromisoformat(row["published"]) if row["published"] else None,
        dateline=Dateline.model_validate_json(row["dateline_json"]), source_path=row["source_path"],
    )


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (sqlite3.complete_statement knows where one ends,
    so triggers with inner semicolons stay whole)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not current.strip():
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
