"""Many reports, one event: link events of different articles that report the same happening.

Two reports are the same event when their types are compatible, their places are within
`MAX_KM` (or share an admin2), their dates are within `DATE_SLACK_DAYS`, their actors do not
conflict, and together with their wording they score at least `THRESHOLD`. A denial ("the army
denied shelling the market") is never a report of the act it denies: it merges only with other
reports of that denial, so it neither confirms the act nor counts as one of its sources.

Clustering is greedy in a canonical order (publication time, article, offset): each report joins
the best-scoring merged event all of whose reports it is compatible with (complete link on the
hard constraints, so a chain of day-by-day shelling never becomes one event), or starts its own.
A merged event's id is the id of its earliest report, so ids are deterministic.

Incremental: `update` looks up candidates through the `merge_index` table (day range + 0.25
degree grid cell, admin2, or country) and re-clusters only the merged events those candidates
belong to, together with the new reports. When new reports come after the old ones in the
canonical order (the usual case) this gives exactly what `rebuild` gives.
"""
from __future__ import annotations

import math
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Iterable, Optional, Sequence
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from . import countries
from .models import Actor, Article, DateValue, Event, Location, Span
from .store import day_bound

MAX_KM = 25.0
DATE_SLACK_DAYS = 1
MAX_RANGE_DAYS = 31  # reports dated less precisely than about a month never merge
CELL_DEG = 0.25  # grid cell of the candidate index: ~28 km north-south, so 3x3 cells cover MAX_KM
THRESHOLD = 0.5
MIN_WORDING = 0.25  # below this, only the same place and type together can link two reports
LEAD_CHARS = 400  # an event told in the article's first sentences is its main event: titles compare too
PUBLICATION_LAG_DAYS = 2  # a report dated only by its publication tells of something up to 2 days before
MERGEABLE_MODALITIES = ("asserted", "denied")  # background, plans and conditions stay alone

# Types that may describe one happening from two angles ("troops killed ..." / "troops detained ...").
COMPATIBLE_TYPES = {frozenset({"ASSAULT", "COERCE"})}
PLACE_PRECISION_RANK = {"exact": 0, "district": 1, "admin2": 2, "admin1": 3, "country": 4}
DATE_PRECISION_RANK = {"day": 0, "range": 1, "month": 2, "year": 3}
WIRE_CREDIT = re.compile(r"\((Reuters|AP|AFP|Associated Press|dpa|Xinhua|Anadolu|UPI|IANS|PTI)\)|\b(AFP|Reuters)\s*[-—–]")

_STOPWORDS = frozenset(
    "the a an and or of in on at to for from by with as is was were be been being has have had it its this that"
    " these those said says say told according after before during over under into about than their there they"
    " he she his her who whom which when where what while also not but more most some other out up its one two"
    " three four five six seven eight nine ten least near since until would could will may can".split()
    # days and months: reports of one day all share them; dates are compared on their own
    + "monday tuesday wednesday thursday friday saturday sunday january february march april june july"
    " august september october november december".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+|\d+")


# -- the merged event --------------------------------------------------------------------------
class Report(BaseModel):
    """One article's report of the merged event."""

    event_id: str
    article_id: str
    outlet: str  # where the report appeared: the URL's host, else the article title or id
    published: Optional[datetime] = None
    title: Optional[str] = None
    url: Optional[str] = None
    sentence: Span
    trigger: Span
    sources: list[str] = Field(default_factory=list)  # who the report attributes it to
    independent_source: str  # the source this report counts as: attributed source, wire, or outlet


class FigureClaim(BaseModel):
    """A figure as one source gives it, with its evidence."""

    kind: str
    value: int
    value_max: Optional[int] = None
    qualifier: str = "exact"
    source: str
    group: Optional[str] = None  # who is counted ("civilians"): counts of other groups add up
    event_id: str
    article_id: str
    published: Optional[datetime] = None
    text: str
    start: int
    end: int


class Disagreement(BaseModel):
    """Sources that give figures of one kind that cannot all be true at once."""

    kind: str
    low: int
    high: int
    claims: list[FigureClaim]


class MergedEvent(BaseModel):
    id: str  # the id of its earliest report
    plover_type: Optional[str] = None
    modality: str = "asserted"
    actor1: Optional[Actor] = None
    actor2: Optional[Actor] = None
    location: Optional[Location] = None  # the most precise place any report gives
    location_event_id: Optional[str] = None
    date: Optional[DateValue] = None  # the most precise date any report gives
    date_event_id: Optional[str] = None
    first_reported: Optional[datetime] = None
    first_event_id: str
    reports: list[Report]
    independent_sources: list[str]
    figures: list[FigureClaim] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)

    @property
    def n_independent_sources(self) -> int:
        return len(self.independent_sources)


# -- compact records used for matching -----------------------------------------------------------
@dataclass(slots=True)
class _Rec:
    event_id: str
    article_id: str
    sort_key: str
    day0: int
    day1: int
    lat: Optional[float]
    lon: Optional[float]
    precise: bool  # coordinates of a place, not the centroid of a region
    country: Optional[str]
    admin1: Optional[str]
    admin2: Optional[str]
    geonameid: Optional[int]
    plover_type: Optional[str]
    actor_countries: frozenset
    actor_codes: frozenset
    words: frozenset
    figures: tuple = ()  # (kind, low, high)
    names: frozenset = frozenset()  # capitalised words inside the sentence: who and where, by name
    title_words: frozenset = frozenset()  # the article's title, when this is the article's lead event
    dated: bool = True  # the text gives a date; else the day range is the days before publication
    denied: bool = False  # a report that the act did not happen (modality denied)

    @property
    def cell(self) -> Optional[int]:
        return _cell(self.lat, self.lon) if self.precise else None

    @property
    def admin2_key(self) -> Optional[str]:
        return f"{self.country}|{self.admin1}|{self.admin2}" if self.admin2 and self.country else None


def _cell(lat: Optional[float], lon: Optional[float]) -> Optional[int]:
    if lat is None or lon is None:
        return None
    return int(math.floor(lat / CELL_DEG)) * 4096 + int(math.floor(lon / CELL_DEG))


def _neighbour_cells(cell: int) -> list[int]:
    row, col = divmod(cell, 4096)
    return [(row + dr) * 4096 + (col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)]


def _day(value: Optional[str]) -> Optional[int]:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z'-]{2,}")


def _names(text: str) -> frozenset:
    """Capitalised words not opening the sentence: names of people, places, groups, outlets."""
    return frozenset(w.lower()[:6] for w in _NAME.findall(text.strip()) if w.lower() not in _STOPWORDS)


def _words(text: str) -> frozenset:
    # Crude stemming by truncation: "killed"/"killing" and "shelled"/"shelling" meet; good enough
    # for a similarity that only breaks ties between otherwise compatible reports.
    return frozenset(w.lower()[:6] for w in _WORD.findall(text) if w.lower() not in _STOPWORDS and len(w) > 2 or w.isdigit())


def _figure_interval(kind: str, value: int, value_max: Optional[int], qualifier: str) -> tuple[str, float, float]:
    """The values a figure allows: 'at least 10' is [10, inf), 'about 40,000' is +-20%."""
    if qualifier == "at_least":
        return kind, value, math.inf
    if qualifier in ("at_most", "up_to"):
        return kind, 0, value
    if qualifier == "approximately":
        return kind, value * 0.8, (value_max or value) * 1.2
    return kind, value, value_max if value_max is not None else value


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _record(event: Event, article: Optional[Article], order: Optional[str] = None, lead: bool = False) -> Optional[_Rec]:
    """The matching view of an event, or None when it never merges (background, undated ...)."""
    if event.modality not in MERGEABLE_MODALITIES:
        return None
    if event.date is not None:
        first, _, last = event.date.value.partition("/")
        day0, day1 = _day(day_bound(first, True)), _day(day_bound(last or first, False))
    elif article is not None and article.published is not None:
        day1 = article.published.date().toordinal()
        day0 = day1 - PUBLICATION_LAG_DAYS
    else:
        return None
    if day0 is None or day1 is None or day1 - day0 > MAX_RANGE_DAYS:
        return None
    loc = event.location
    actors = [a for a in (event.actor1, event.actor2) if a is not None]
    published = article.published.isoformat() if article is not None and article.published else "9999"
    return _Rec(
        event_id=event.id, article_id=event.article_id,
        sort_key=order or f"{_utc(published)}|{event.article_id}|{event.sentence.start:09d}|{event.id}",
        day0=day0, day1=day1,
        lat=loc.lat if loc else None, lon=loc.lon if loc else None,
        precise=bool(loc and loc.lat is not None and loc.precision in ("exact", "district")),
        country=loc.country if loc else None, admin1=loc.admin1 if loc else None,
        admin2=loc.admin2 if loc else None, geonameid=loc.geonameid if loc else None,
        plover_type=event.plover_type,
        actor_countries=frozenset(a.code.country for a in actors if a.code.country),
        actor_codes=frozenset((a.code.country, a.code.role) for a in actors if a.code.country and a.code.role),
        words=_words(event.sentence.text),
        figures=tuple(_figure_interval(f.kind, f.value, f.value_max, f.qualifier) for f in event.figures),
        names=_names(event.sentence.text),
        title_words=_words(article.title) if lead and article is not None and article.title else frozenset(),
        dated=event.date is not None,
        denied=event.modality == "denied",
    )


def _utc(iso: str) -> str:
    """Publication times compared as UTC text, so '10:00+03:00' sorts before '08:00Z'."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.isoformat()


# -- pairwise decision ---------------------------------------------------------------------------
def compatible(a: _Rec, b: _Rec) -> bool:
    """Hard constraints: could these two reports describe one happening at all?"""
    if a.article_id == b.article_id:
        return False  # an article's own events are distinct by the extractor's judgement
    if a.denied != b.denied:
        return False  # a denial does not confirm the act it denies
    if a.day0 - DATE_SLACK_DAYS > b.day1 or b.day0 - DATE_SLACK_DAYS > a.day1:
        return False
    if a.plover_type and b.plover_type and a.plover_type != b.plover_type:
        if frozenset({a.plover_type, b.plover_type}) not in COMPATIBLE_TYPES:
            return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.precise and b.precise:
        same_admin2 = a.admin2_key is not None and a.admin2_key == b.admin2_key
        if not same_admin2 and haversine_km(a.lat, a.lon, b.lat, b.lon) > MAX_KM:
            return False
    elif a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    if a.actor_countries and b.actor_countries and not (a.actor_countries & b.actor_countries):
        return False
    return True


def similarity(a: _Rec, b: _Rec) -> float:
    """How alike two compatible reports are, 0..1. Each feature both reports have counts with its
    weight; a feature one of them lacks (no place, no type, no actors, no figures) is left out
    rather than counted against them, so terse reports are not penalised for what they omit.
    Wording must carry some of the weight: without it only one place and one type together link."""
    parts: list[tuple[float, float]] = []  # (weight, score)
    place = _place_score(a, b)
    if place is not None:
        parts.append((0.3, place))
    if a.day0 == a.day1 == b.day0 == b.day1:
        parts.append((0.15, 1.0))
    elif a.day0 <= b.day1 and b.day0 <= a.day1:
        parts.append((0.15, 0.7 if a.dated and b.dated else 0.6))
    else:
        parts.append((0.15, 0.3))
    if a.plover_type and b.plover_type:
        parts.append((0.1, 1.0 if a.plover_type == b.plover_type else 0.3))
    if a.actor_countries and b.actor_countries:
        parts.append((0.1, 1.0 if a.actor_codes & b.actor_codes else 0.7))
    if a.figures and b.figures:
        parts.append((0.05, 1.0 if {f[0] for f in a.figures} & {f[0] for f in b.figures} else 0.3))
    text = wording(a, b)
    parts.append((0.3, text))
    score = sum(w * s for w, s in parts) / sum(w for w, _ in parts)
    same_happening = place == 1.0 and a.plover_type is not None and a.plover_type == b.plover_type
    if text < MIN_WORDING and not same_happening:
        return min(score, THRESHOLD)
    return score


def _place_score(a: _Rec, b: _Rec) -> Optional[float]:
    """Agreement of places, None when either report has none. A town and the admin area holding
    it agree as far as the vaguer one says."""
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 1.0
    if a.precise and b.precise:
        return max(0.3, 1.0 - haversine_km(a.lat, a.lon, b.lat, b.lon) / MAX_KM)
    if a.admin2_key and a.admin2_key == b.admin2_key:
        return 0.7
    if a.admin1 and a.admin1 == b.admin1:
        return 0.5
    if a.country and b.country:
        return 0.3 if a.country == b.country else 0.0
    return None


def wording(a: _Rec, b: _Rec) -> float:
    """How much two reports share in wording, 0..1: the best of content words (two phrasings of one
    story rarely share more than 40% of them), names (three shared names is as good as it gets),
    and, for two articles' lead events, their titles."""
    union = a.words | b.words
    words = min(1.0, 2.5 * len(a.words & b.words) / len(union)) if union else 0.0
    names = min(len(a.names & b.names), 3) / 3
    titles = 0.0
    if a.title_words and b.title_words and a.names & b.names:  # headlines alike, and a name in common
        titles = min(1.0, 2.5 * len(a.title_words & b.title_words) / len(a.title_words | b.title_words))
    return max(words, names, titles)


# -- clustering ----------------------------------------------------------------------------------
def cluster(records: Sequence[_Rec]) -> dict[str, str]:
    """event id -> cluster id, greedy in canonical order over an in-memory grid/day index.

    An article is placed as a whole: its events are matched to the merged events before it best
    score first, at most one of its events per merged event, so an article's main event takes the
    match its side stories would otherwise grab by coming first in the text."""
    ordered = sorted(records, key=lambda r: r.sort_key)
    by_cell: dict[tuple, list[int]] = defaultdict(list)  # (key, day) -> positions in `ordered`
    members: dict[int, list[int]] = {}  # cluster head position -> member positions
    head_of: list[int] = [0] * len(ordered)
    pos = 0
    while pos < len(ordered):
        stop = pos + 1
        while stop < len(ordered) and ordered[stop].article_id == ordered[pos].article_id:
            stop += 1
        offers = []  # (-score, position, head)
        for p in range(pos, stop):
            rec = ordered[p]
            for head in sorted({head_of[other] for other in _candidates_in_memory(rec, by_cell)}):
                group = [ordered[i] for i in members[head]]
                if not all(compatible(rec, m) for m in group):
                    continue
                score = max(similarity(rec, m) for m in group)
                if score > THRESHOLD:
                    offers.append((-score, p, head))
        taken: set[int] = set()
        placed: set[int] = set()
        for _, p, head in sorted(offers):
            if p in placed or head in taken:
                continue
            members[head].append(p)
            head_of[p] = head
            taken.add(head)
            placed.add(p)
        for p in range(pos, stop):
            if p not in placed:
                members[p] = [p]
                head_of[p] = p
            rec = ordered[p]
            for key in _index_keys(rec):
                for day in range(rec.day0, rec.day1 + 1):
                    by_cell[(key, day)].append(p)
        pos = stop
    return {ordered[p].event_id: ordered[head_of[p]].event_id for p in range(len(ordered))}


def _index_keys(rec: _Rec) -> list[tuple]:
    """Where a report is filed in the candidate index (see `_lookup_keys` for who looks where)."""
    keys: list[tuple] = [("all",), ("country", rec.country)]
    if rec.cell is not None:
        keys.append(("cell", rec.cell))
    else:
        keys.append(("vague", rec.country))
    if rec.admin2_key:
        keys.append(("admin2", rec.admin2_key))
    return keys


def _lookup_keys(rec: _Rec) -> list[tuple]:
    """Where a report looks for candidates. Symmetric with `_index_keys`: if A finds B, B finds A.
    A report with no country looks at everything; a vague one (no point, or a region) at its
    country; a precise one at the 3x3 cells around it, its admin2, and the vague reports of its
    country."""
    if rec.country is None:
        return [("all",)]
    if rec.cell is None:
        keys = [("country", rec.country), ("country", None)]
    else:
        keys = [("cell", c) for c in _neighbour_cells(rec.cell)]
        keys += [("vague", rec.country), ("country", None)]
    if rec.admin2_key:
        keys.append(("admin2", rec.admin2_key))
    return keys


def _candidates_in_memory(rec: _Rec, index: dict) -> set[int]:
    found: set[int] = set()
    for key in _lookup_keys(rec):
        for day in range(rec.day0 - DATE_SLACK_DAYS, rec.day1 + DATE_SLACK_DAYS + 1):
            found.update(index.get((key, day), ()))
    return found


# -- reading what merging needs from the store -----------------------------------------------------
@dataclass
class _ArticleMeta:
    id: str
    published: Optional[datetime]
    url: Optional[str]
    title: Optional[str]
    head: str  # the first characters, where a wire credit "(Reuters)" sits

    @property
    def outlet(self) -> str:
        if self.url:
            url = self.url if "//" in self.url else "//" + self.url  # "example.org/x" has no scheme
            host = urlsplit(url).netloc.lower()
            if host:
                return host[4:] if host.startswith("www.") else host
        return self.title or f"article {self.id[:12]}"

    @property
    def wire(self) -> Optional[str]:
        match = WIRE_CREDIT.search(self.head)
        if not match:
            return None
        name = match.group(1) or match.group(2)
        return "AP" if name == "Associated Press" else name


def _article_meta(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, _ArticleMeta]:
    out: dict[str, _ArticleMeta] = {}
    ids = list(dict.fromkeys(ids))
    for chunk in _chunks(ids, 500):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT id, published, url, title, substr(text, 1, 400) FROM articles WHERE id IN ({marks})", chunk
        ):
            published = datetime.fromisoformat(row[1]) if row[1] else None
            out[row[0]] = _ArticleMeta(row[0], published, row[2], row[3], row[4] or "")
    return out


def _events_by_id(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, Event]:
    out: dict[str, Event] = {}
    for chunk in _chunks(list(dict.fromkeys(ids)), 500):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(f"SELECT json FROM events WHERE id IN ({marks})", chunk):
            event = Event.model_validate_json(row[0])
            out[event.id] = event
    return out


def _chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _as_article(meta: Optional[_ArticleMeta]) -> Optional[Article]:
    if meta is None:
        return None
    return Article(id=meta.id, text="", published=meta.published, url=meta.url, title=meta.title)


def _records(events: dict[str, Event], metas: dict[str, _ArticleMeta]) -> dict[str, _Rec]:
    out, articles = {}, {}
    for event in events.values():
        if event.article_id not in articles:
            articles[event.article_id] = _as_article(metas.get(event.article_id))
        rec = _record(event, articles[event.article_id], lead=event.sentence.start < LEAD_CHARS)
        if rec is not None:
            out[event.id] = rec
    return out


# -- summaries -----------------------------------------------------------------------------------
def summarise(events: Sequence[Event], metas: dict[str, _ArticleMeta]) -> MergedEvent:
    """The merged event of some reports: reports in order, independent sources, best place and
    date, each source's figures and where they disagree."""
    def order(e: Event):
        meta = metas.get(e.article_id)
        published = _utc(meta.published.isoformat()) if meta and meta.published else "9999"
        return (published, e.article_id, e.sentence.start, e.id)

    ordered = sorted(events, key=order)
    reports, figures = [], []
    for event in ordered:
        meta = metas.get(event.article_id) or _ArticleMeta(event.article_id, None, None, None, "")
        attributed = [s.name for s in event.sources]
        witnesses = _witnesses(event)
        independent = witnesses[0] if witnesses else (meta.wire or meta.outlet)
        reports.append(Report(
            event_id=event.id, article_id=event.article_id, outlet=meta.outlet, published=meta.published,
            title=meta.title, url=meta.url, sentence=event.sentence, trigger=event.trigger,
            sources=attributed, independent_source=independent,
        ))
        for fig in event.figures:
            source = (fig.sources[0].name if fig.sources else None) or independent
            figures.append(FigureClaim(
                kind=fig.kind, value=fig.value, value_max=fig.value_max, qualifier=fig.qualifier, source=source,
                group=fig.group, event_id=event.id, article_id=event.article_id, published=meta.published,
                text=fig.text, start=fig.start, end=fig.end,
            ))
    independent_sources = sorted({r.independent_source for r in reports} | _extra_sources(ordered))
    first = ordered[0]
    located = [e for e in ordered if e.location is not None]
    best_place = min(located, key=lambda e: (PLACE_PRECISION_RANK.get(e.location.precision, 9),
                                             e.location.lat is None), default=None)
    dated = [e for e in ordered if e.date is not None]
    best_date = min(dated, key=lambda e: (DATE_PRECISION_RANK.get(e.date.precision, 9), _range_len(e.date)),
                    default=None)
    typed = [e.plover_type for e in ordered if e.plover_type]
    actor_source = next((e for e in ordered if e.actor1 is not None and e.actor2 is not None),
                        next((e for e in ordered if e.actor1 is not None), first))
    modalities = {e.modality for e in ordered}
    return MergedEvent(
        id=first.id, plover_type=max(set(typed), key=lambda t: (typed.count(t), -typed.index(t))) if typed else None,
        modality="asserted" if "asserted" in modalities else first.modality,
        actor1=actor_source.actor1, actor2=actor_source.actor2,
        location=best_place.location if best_place else None,
        location_event_id=best_place.id if best_place else None,
        date=best_date.date if best_date else None, date_event_id=best_date.id if best_date else None,
        first_reported=reports[0].published, first_event_id=first.id,
        reports=reports, independent_sources=independent_sources, figures=figures,
        disagreements=disagreements(figures),
    )


def _extra_sources(events: Sequence[Event]) -> set[str]:
    # A report citing two sources (SANA and SOHR) brings both.
    return {name for e in events for name in _witnesses(e)}


def report_witnesses(report: Report) -> list[str]:
    """The sources a report names that speak for themselves, by the rule of `witnesses`; a Report
    keeps only source names, so a news agency is known here by the sources list."""
    return witnesses([(name, None) for name in report.sources])


def _witnesses(event: Event) -> list[str]:
    return witnesses([(s.name, s.kind) for s in event.sources])


def witnesses(sources: Sequence[tuple[str, Optional[str]]]) -> list[str]:
    """The names among (name, kind) sources that speak for themselves: a news agency beside another
    source only carries that source's word ("the Monitor said, according to Reuters"); agencies
    cited alone each count. A source is an agency by its kind or, when that is not given, by the
    sources list. One rule for merged events and the situation report, so both count alike."""
    from .sources import known_kind

    def agency(name: str, kind: Optional[str]) -> bool:
        return kind == "news_agency" or (kind is None and known_kind(name) == "news_agency")

    names = list(dict.fromkeys(name for name, _ in sources))
    own = list(dict.fromkeys(name for name, kind in sources if not agency(name, kind)))
    return own or names


def added_up(figures: list) -> Optional[tuple[int, Optional[int], str]]:
    """(value, value_max, qualifier) of counts of one kind that one source gives in one sentence for
    different groups ("four fighters and two children": 6), or None when they are not parts of one
    whole (one group counted twice, "at least 12 ... as many as 20"). Takes Figures or anything with
    value, value_max, qualifier and group."""
    groups = [(f.group or "").strip().lower() for f in figures]
    if len(figures) < 2 or not all(groups) or len(set(groups)) < len(groups):
        return None
    qualifiers = {f.qualifier for f in figures}
    if qualifiers & {"up_to", "at_most"}:
        return None
    value = sum(f.value for f in figures)
    value_max = sum(f.value_max or f.value for f in figures) if any(f.value_max for f in figures) else None
    qualifier = next((q for q in ("at_least", "approximately") if q in qualifiers), "exact")
    return value, value_max, qualifier


def source_counts(claims: Sequence[FigureClaim]) -> list[tuple[str, int, Optional[int], str]]:
    """(source, value, value_max, qualifier) of each count a source gives: the claims of one kind one
    source makes in one report's sentence for different groups are one count ("four fighters and two
    children" is 6, not 4 and 2)."""
    by_report: dict[tuple, list[FigureClaim]] = defaultdict(list)
    for c in claims:
        by_report[(c.event_id, c.kind, c.source)].append(c)
    out = []
    for (_, _, source), same in by_report.items():
        total = added_up(same)
        if total is not None:
            out.append((source, *total))
        else:
            out += [(c.source, c.value, c.value_max, c.qualifier) for c in same]
    return out


def _range_len(value: DateValue) -> int:
    first, _, last = value.value.partition("/")
    a, b = _day(day_bound(first, True)), _day(day_bound(last or first, False))
    return (b - a) if a is not None and b is not None else 9999


def disagreements(figures: Sequence[FigureClaim]) -> list[Disagreement]:
    """Figures of one kind from different sources whose allowed values do not all overlap.
    'At least 10' and '12' agree; '12' and '3' do not. Nothing is averaged: the claims are kept."""
    by_kind: dict[str, list[FigureClaim]] = defaultdict(list)
    for claim in figures:
        by_kind[claim.kind].append(claim)
    out = []
    for kind, claims in sorted(by_kind.items()):
        if len({c.source for c in claims}) < 2:
            continue
        counts = source_counts(claims)
        intervals = [_figure_interval(kind, value, value_max, qualifier)[1:]
                     for _, value, value_max, qualifier in counts]
        if max(lo for lo, _ in intervals) > min(hi for _, hi in intervals):
            # the range of the counts compared, so a source's groups added up ("four fighters and two
            # children") show as its 6, not as a low of 2
            values = [value for _, value, _, _ in counts] + [value_max for _, _, value_max, _ in counts
                                                               if value_max is not None]
            out.append(Disagreement(kind=kind, low=min(values), high=max(values), claims=claims))
    return out


# -- the store side: rebuild, update, query --------------------------------------------------------
def rebuild(store, batch: int = 5000) -> int:
    """Recompute every merged event from scratch. Returns the number of merged events.

    Memory stays bounded by the compact matching records, not the events: events are read in
    batches to make records, clustered, then read again cluster batch by cluster batch to be
    summarised and written, so 100,000 events never sit in memory as Event objects at once."""
    db = store.connection
    records: dict[str, _Rec] = {}
    unmergeable: list[str] = []
    cursor = db.execute(
        "SELECT e.json, a.id, a.published, a.title FROM events e JOIN articles a ON a.id = e.article_id")
    while rows := cursor.fetchmany(batch):
        for event_json, article_id, published, title in rows:
            event = Event.model_validate_json(event_json)
            article = Article(id=article_id, text="", title=title,
                              published=datetime.fromisoformat(published) if published else None)
            rec = _record(event, article, lead=event.sentence.start < LEAD_CHARS)
            if rec is None:
                unmergeable.append(event.id)
            else:
                records[event.id] = rec
    assignment = cluster(list(records.values()))
    for event_id in unmergeable:
        assignment[event_id] = event_id  # never-merging events are their own merged event
    groups: dict[str, list[str]] = defaultdict(list)
    for event_id, head in assignment.items():
        groups[head].append(event_id)
    with store.transaction() as tx:
        tx.execute("DELETE FROM merge_index")
        tx.execute("DELETE FROM merged_members")
        tx.execute("DELETE FROM merged_events")
        _write_index(tx, records.values())
        del records
        pending: list[list[str]] = []
        size = 0
        for head in sorted(groups):
            pending.append(groups[head])
            size += len(groups[head])
            if size >= batch:
                _write_groups(tx, db, pending)
                pending, size = [], 0
        _write_groups(tx, db, pending)
    return len(groups)


def _write_groups(tx: sqlite3.Connection, db: sqlite3.Connection, groups: list[list[str]]) -> None:
    """Summarise and write some clusters, reading their events and articles now."""
    if not groups:
        return
    events = _events_by_id(db, [e for g in groups for e in g])
    metas = _article_meta(db, {e.article_id for e in events.values()})
    _write_merged(tx, [[events[e] for e in g] for g in groups], metas)


def update(store, event_ids: Optional[Iterable[str]] = None, article_id: Optional[str] = None) -> list[str]:
    """Fold new events (by id, or all of one article) into the merged events, touching only the
    merged events they may belong to. Returns the ids of the merged events written."""
    db = store.connection
    wanted = list(event_ids or [])
    if article_id is not None:
        wanted += [row[0] for row in db.execute("SELECT id FROM events WHERE article_id = ?", (article_id,))]
    if not wanted:
        return []
    new_events = _events_by_id(db, wanted)
    metas = _article_meta(db, {e.article_id for e in new_events.values()})
    new_records = _records(new_events, metas)
    candidate_ids: set[str] = set()
    for rec in new_records.values():
        candidate_ids.update(_candidates_in_store(db, rec))
    # Whole merged events are re-clustered: every member of a merged event a candidate belongs to.
    old_merged = _merged_ids_of(db, candidate_ids | set(new_events))
    member_ids = _members_of(db, old_merged) | candidate_ids
    old_events = _events_by_id(db, member_ids - set(new_events))
    events = {**old_events, **new_events}
    metas.update(_article_meta(db, {e.article_id for e in old_events.values()} - set(metas)))
    records = _records(events, metas)
    assignment = cluster(list(records.values()))
    for event_id in events:
        assignment.setdefault(event_id, event_id)
    with store.transaction() as tx:
        for chunk in _chunks(sorted(old_merged), 500):
            marks = ",".join("?" * len(chunk))
            tx.execute(f"DELETE FROM merged_events WHERE id IN ({marks})", chunk)
        for chunk in _chunks(sorted(events), 500):
            marks = ",".join("?" * len(chunk))
            tx.execute(f"DELETE FROM merged_members WHERE event_id IN ({marks})", chunk)
            tx.execute(f"DELETE FROM merge_index WHERE event_id IN ({marks})", chunk)
        _write(tx, assignment, events, metas, records)
    return sorted(set(assignment.values()))


def update_pending(store, batch: int = 2000) -> int:
    """Fold every stored event that belongs to no merged event yet (new since the last merge, or
    stored by a run that stopped before merging) into the merged events, `batch` at a time.
    Returns how many events were folded in."""
    done = 0
    while True:
        ids = [row[0] for row in store.connection.execute(
            "SELECT e.id FROM events e LEFT JOIN merged_members m ON m.event_id = e.id"
            " WHERE m.event_id IS NULL ORDER BY e.id LIMIT ?", (batch,))]
        if not ids:
            return done
        update(store, event_ids=ids)
        done += len(ids)


def _candidates_in_store(db: sqlite3.Connection, rec: _Rec) -> set[str]:
    lo, hi = rec.day0 - DATE_SLACK_DAYS - MAX_RANGE_DAYS, rec.day1 + DATE_SLACK_DAYS
    window = "day0 BETWEEN ? AND ? AND day1 >= ?"
    wparams = [lo, hi, rec.day0 - DATE_SLACK_DAYS]
    queries: list[tuple[str, list]] = []
    if rec.country is None:
        queries.append((f"SELECT event_id FROM merge_index WHERE {window}", wparams))
    else:
        if rec.cell is None:
            queries.append((f"SELECT event_id FROM merge_index WHERE country = ? AND {window}", [rec.country] + wparams))
        else:
            cells = _neighbour_cells(rec.cell)
            queries.append((f"SELECT event_id FROM merge_index WHERE cell IN ({','.join('?' * 9)}) AND {window}",
                            cells + wparams))
            queries.append((f"SELECT event_id FROM merge_index WHERE country = ? AND cell IS NULL AND {window}",
                            [rec.country] + wparams))
        queries.append((f"SELECT event_id FROM merge_index WHERE country IS NULL AND {window}", wparams))
        if rec.admin2_key:
            queries.append((f"SELECT event_id FROM merge_index WHERE admin2_key = ? AND {window}",
                            [rec.admin2_key] + wparams))
    found: set[str] = set()
    for sql, params in queries:
        found.update(row[0] for row in db.execute(sql, params))
    found.discard(rec.event_id)
    return found


def _member_links(db: sqlite3.Connection, wanted: str, given: str, ids: set[str]) -> set[str]:
    """One side of merged_members for ids on the other side (`given`, `wanted`: event_id or merged_id)."""
    out: set[str] = set()
    for chunk in _chunks(sorted(ids), 500):
        marks = ",".join("?" * len(chunk))
        out.update(row[0] for row in db.execute(
            f"SELECT {wanted} FROM merged_members WHERE {given} IN ({marks})", chunk))
    return out


def _merged_ids_of(db: sqlite3.Connection, event_ids: set[str]) -> set[str]:
    return _member_links(db, "merged_id", "event_id", event_ids)


def _members_of(db: sqlite3.Connection, merged_ids: set[str]) -> set[str]:
    return _member_links(db, "event_id", "merged_id", merged_ids)


def _write(tx: sqlite3.Connection, assignment: dict[str, str], events: dict[str, Event],
           metas: dict[str, _ArticleMeta], records: dict[str, _Rec]) -> None:
    _write_index(tx, records.values())
    groups: dict[str, list[Event]] = defaultdict(list)
    for event_id, head in assignment.items():
        groups[head].append(events[event_id])
    _write_merged(tx, list(groups.values()), metas)


def _write_index(tx: sqlite3.Connection, records: Iterable[_Rec]) -> None:
    tx.executemany(
        "INSERT OR REPLACE INTO merge_index (event_id, sort_key, day0, day1, cell, admin2_key, country)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((r.event_id, r.sort_key, r.day0, r.day1, r.cell, r.admin2_key, r.country) for r in records),
    )


def filed_days(merged: "MergedEvent") -> tuple[Optional[str], Optional[str]]:
    """The first and last day a merged event is filed under: its date's, else (undated, not background)
    the day it was first reported, as the store files undated events; else none."""
    if merged.date is not None:
        first, _, last = merged.date.value.partition("/")
        return day_bound(first, True), day_bound(last or first, False)
    if merged.first_reported is not None and merged.modality != "background":
        day = merged.first_reported.date().isoformat()
        return day, day
    return None, None


def _write_merged(tx: sqlite3.Connection, groups: list[list[Event]], metas: dict[str, _ArticleMeta]) -> None:
    rows, member_rows = [], []
    for members in groups:
        merged = summarise(members, metas)
        loc = merged.location
        date_start, date_end = filed_days(merged)
        rows.append((
            merged.id, merged.plover_type, merged.modality, date_start, date_end,
            (loc.name or loc.text) if loc else None, loc.country if loc else None,
            loc.admin1 if loc else None, loc.admin2 if loc else None,
            loc.lat if loc else None, loc.lon if loc else None,
            merged.first_reported.isoformat() if merged.first_reported else None,
            len(merged.reports), merged.n_independent_sources, int(bool(merged.disagreements)),
            merged.model_dump_json(),
        ))
        member_rows += [(e.id, merged.id) for e in members]
    tx.executemany(
        "INSERT OR REPLACE INTO merged_events (id, plover_type, modality, date_start, date_end, place, country,"
        " admin1, admin2, lat, lon, first_reported, n_reports, n_sources, has_disagreement, json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    tx.executemany("INSERT OR REPLACE INTO merged_members (event_id, merged_id) VALUES (?, ?)", member_rows)


def merged_events(
    store,
    area: Optional[str] = None,
    since: Optional[str] = None,
    until: Optional[str] = None,
    plover_type: Optional[str] = None,
    min_reports: int = 1,
    modality: Optional[str] = None,
    limit: Optional[int] = None,
) -> list[MergedEvent]:
    """Stored merged events, by date then id. `area` is a country (SY, SYR, Syria), an admin1 or
    admin2 name, or a place name; dates are ISO days compared with the merged event's date range."""
    where, params = ["n_reports >= ?"], [min_reports]
    area = area.strip() if area else area  # " Kassala" is Kassala, as " Sudan " is Sudan
    if area:
        code = countries.alpha2(area)
        clause = "lower(admin1) = lower(?) OR lower(admin2) = lower(?) OR lower(place) = lower(?)"
        params += [area, area, area]
        if code:
            clause += " OR country = ?"
            params.append(code)
        where.append(f"({clause})")
    if since:
        where.append("date_end >= ?")
        params.append(since)
    if until:
        where.append("date_start <= ?")
        params.append(until)
    if plover_type:
        where.append("plover_type = ?")
        params.append(plover_type.upper())
    if modality:
        where.append("modality = ?")
        params.append(modality)
    sql = f"SELECT json FROM merged_events WHERE {' AND '.join(where)} ORDER BY date_start, id LIMIT ?"
    params.append(limit if limit is not None else -1)
    return [MergedEvent.model_validate_json(row[0]) for row in store.connection.execute(sql, params)]


def merged_event_of(store, event_id: str) -> Optional[MergedEvent]:
    """The merged event a stored event belongs to."""
    row = store.connection.execute(
        "SELECT m.json FROM merged_members x JOIN merged_events m ON m.id = x.merged_id WHERE x.event_id = ?",
        (event_id,),
    ).fetchone()
    return MergedEvent.model_validate_json(row[0]) if row else None
