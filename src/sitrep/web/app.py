"""The HTTP API and the web page: `create_app(db_path, api_token=None)` returns a FastAPI application.

Article text is hostile input: the API returns it as JSON data, the page builds DOM with textContent,
a Content-Security-Policy forbids inline script, every SQL value is a parameter (in store.py), and
request bodies, page sizes and query strings are capped.
"""
from __future__ import annotations

import base64
import binascii
import contextlib
import csv
import hmac
import io
import json
import threading
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Iterator, Literal, Optional, Union

from fastapi import Depends, FastAPI, HTTPException, Query, Security
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.security import APIKeyHeader
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, BeforeValidator, Field

from ..errors import InputError
from ..export import flat_row, spreadsheet_safe
from ..ingest import MAX_RECORD_CHARS
from ..models import PLOVER_TYPES, Article, Event, Modality, PloverType, Span
from ..store import EventFilter, Store, day_period

# Type and modality in any case, as `sitrep events` takes them; the documented values stay the enum.
AnyCaseType = Annotated[PloverType, BeforeValidator(lambda v: v.strip().upper() if isinstance(v, str) else v)]
AnyCaseModality = Annotated[Modality, BeforeValidator(lambda v: v.strip().lower() if isinstance(v, str) else v)]

MAX_PAGE = 500  # events or articles per page
DEFAULT_PAGE = 50
MAX_BODY_BYTES = 8 * 1024 * 1024  # a 2 million character article in UTF-8, with room for its JSON
MAX_MAP_RADIUS_KM = 2000.0
EXPORT_BATCH = 1000
TOKEN_HEADER = "X-API-Token"

STATIC = Path(str(files("sitrep.web") / "static"))

# No inline script or style anywhere; data: images are Leaflet's and Swagger UI's icons.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """ASGI middleware adding the CSP and related headers to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (name, value) for name, value in SECURITY_HEADERS if name not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """ASGI middleware answering 413 to a body over `limit` bytes, by its Content-Length or, for a
    chunked body, as soon as the bytes read pass the limit (nothing larger is ever buffered)."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_large = int(value) > self.limit
                except ValueError:
                    too_large = False
                if too_large:
                    return await self._refuse(send)
        seen = 0
        started = refused = False

        async def counting_receive():
            # Past the limit: answer 413 now and tell the application the client has gone, so it
            # stops reading (an exception here would be turned into a 400 by FastAPI's body parser).
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    refused = True
                    if not started:
                        await self._refuse(send)
                    return {"type": "http.disconnect"}
            return message

        async def tracking_send(message):
            nonlocal started
            if refused:
                return  # the 413 has been sent; drop whatever the application answers
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        await self.app(scope, counting_receive, tracking_send)

    async def _refuse(self, send):
        body = json.dumps({"detail": f"request body over {self.limit} bytes"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class _Stores:
    """A pool of Stores (SQLite connections), each held by one request at a time: a connection must
    not serve two requests at once, and FastAPI may run a request's dependency and its endpoint on
    different worker threads, so a connection per thread would be shared. Opening one per request
    would re-check migrations every time: a returned Store is reused."""

    def __init__(self, path: str):
        self.path = path
        self.free: list[Store] = []
        self.lock = threading.Lock()
        Store.open(path).close()  # create and migrate once, up front, so errors show at start-up

    def get(self) -> Store:
        """A Store no one else holds; give it back with put()."""
        with self.lock:
            if self.free:
                return self.free.pop()
        return Store.open(self.path)

    def put(self, store: Store) -> None:
        with self.lock:
            self.free.append(store)

    @contextlib.contextmanager
    def holding(self) -> Iterator[Store]:
        store = self.get()
        try:
            yield store
        finally:
            self.put(store)


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_RECORD_CHARS)
    title: Optional[str] = Field(None, max_length=1000)
    url: Optional[str] = Field(None, max_length=2000)
    published: Optional[str] = Field(None, max_length=64, description="ISO 8601 date or time")


class ListedEvent(Event):
    filed_day: Optional[str] = Field(None, description="the day the event is filed under (YYYY-MM-DD): the first "
                                     "day of its date, else its article's publication day; null for neither")


class EventPage(BaseModel):
    items: list[ListedEvent]
    limit: int
    next_cursor: Optional[str] = Field(None, description="pass as `cursor` for the next page; null on the last")


class ArticleSummary(BaseModel):
    id: str
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    characters: int


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    limit: int
    offset: int
    next_offset: Optional[int]


class EvidenceSpan(BaseModel):
    field: str = Field(description="the event field this span is the evidence for: trigger, actor1, figures.0 ...")
    kind: Literal["sentence", "trigger", "actor", "place", "date", "figure", "source"]
    text: str
    start: int
    end: int


class ArticleOut(BaseModel):
    id: str
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    text: str


class EventDetail(BaseModel):
    event: Event
    article: Optional[ArticleOut]
    evidence: list[EvidenceSpan]


class TimelineDay(BaseModel):
    day: str
    type: Optional[str]
    count: int


class IngestResult(BaseModel):
    article_id: str
    new: bool
    events: int
    warnings: list[str] = Field(default_factory=list, description="what the article lacked: why dates are missing")


def evidence(event: Event, text: Optional[str]) -> list[EvidenceSpan]:
    """The spans of the article that back each field of the event, checked against the text so a
    stale offset never highlights the wrong words."""
    found: list[tuple[str, str, object]] = [("sentence", "sentence", event.sentence), ("trigger", "trigger", event.trigger)]
    if event.actor1:
        found.append(("actor1", "actor", event.actor1))
    if event.actor2:
        found.append(("actor2", "actor", event.actor2))
    if event.location:
        found.append(("location", "place", event.location))
    if event.date:
        found.append(("date", "date", event.date))
    for i, figure in enumerate(event.figures):
        found.append((f"figures.{i}", "figure", figure))
        for j, source in enumerate(figure.sources):
            found.append((f"figures.{i}.sources.{j}", "source", source))
    for i, source in enumerate(event.sources):
        found.append((f"sources.{i}", "source", source))
    spans = []
    for field, kind, span in found:
        start, end = span.start, span.end  # type: ignore[attr-defined]
        if end <= start or text is None or text[start:end] != span.text:  # type: ignore[attr-defined]
            continue
        spans.append(EvidenceSpan(field=field, kind=kind, text=span.text, start=start, end=end))  # type: ignore[attr-defined]
    return spans


def encode_cursor(after: tuple[Optional[str], str]) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(after)).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[Optional[str], str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, event_id = json.loads(raw)
        if (day is None or isinstance(day, str)) and isinstance(event_id, str):
            return day, event_id
    except (binascii.Error, ValueError, TypeError):
        pass
    raise HTTPException(400, "invalid cursor: pass back the next_cursor of the previous page")


def event_filter(
    type: Optional[AnyCaseType] = Query(None, description="PLOVER event type"),
    country: Optional[str] = Query(None, max_length=64, description="ISO alpha-2, alpha-3 or name: SY, SYR, Syria"),
    admin: Optional[str] = Query(None, max_length=200, description="admin1 or admin2 name, any case"),
    lat: Optional[float] = Query(None, ge=-90, le=90, description="with lon and radius_km: events near a point"),
    lon: Optional[float] = Query(None, ge=-180, le=180),
    radius_km: float = Query(50.0, gt=0, le=MAX_MAP_RADIUS_KM),
    since: Optional[str] = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="first day, YYYY-MM-DD"),
    until: Optional[str] = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="last day, YYYY-MM-DD"),
    source: Optional[str] = Query(None, max_length=200, description="source name: SANA, OCHA ..."),
    actor: Optional[str] = Query(None, max_length=200, description="words of an actor, or its code: SYR, REB"),
    modality: Optional[AnyCaseModality] = Query(None),
    q: Optional[str] = Query(None, max_length=200, description="full text: words of the sentence, actors or place"),
    article_id: Optional[str] = Query(None, max_length=128),
) -> EventFilter:
    if (lat is None) != (lon is None):
        raise HTTPException(422, "give both lat and lon")
    try:  # EventFilter checks what the query types cannot: a day of the calendar, a known country, since before until
        return EventFilter(
            plover_type=type, country=country or None, admin=admin or None, since=since, until=until,
            source=source or None, actor=actor or None, modality=modality, text=q or None, article_id=article_id,
            near=(lat, lon, radius_km) if lat is not None and lon is not None else None,
        )
    except InputError as exc:
        raise HTTPException(422, str(exc)) from None


def create_app(db_path: Union[str, Path], api_token: Optional[str] = None,
               max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The application for one database. Without `api_token`, POST /api/articles is refused."""
    stores = _Stores(str(db_path))
    app = FastAPI(
        title="sitrep",
        summary="Evidence-linked conflict event data: events, their evidence, articles, exports.",
        docs_url=None,  # FastAPI's own page loads Swagger UI from a CDN; ours is vendored (see /docs)
        redoc_url=None,
    )
    app.add_middleware(GZipMiddleware, minimum_size=2048)  # the world map is 740 KB of JSON, 170 KB zipped
    app.add_middleware(BodyLimit, limit=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request, exc: RequestValidationError) -> Response:
        # FastAPI's own handler echoes the input as UTF-8 JSON, which fails (a 500) on an unpaired
        # surrogate such as a "\ud800" escape; ASCII JSON escapes every character it holds.
        body = json.dumps({"detail": jsonable_encoder(exc.errors())}, ensure_ascii=True)
        return Response(body, status_code=422, media_type="application/json")
    merging = threading.Lock()  # see post_article
    token_header = APIKeyHeader(name=TOKEN_HEADER, auto_error=False,
                                description="the token given to `sitrep serve --token`")

    def store() -> Iterator[Store]:
        with stores.holding() as db:  # held until the response is made
            yield db

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)  # browsers ask on every page; no icon is no error

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")

    @app.get("/api/events", response_model=EventPage, tags=["events"])
    def list_events(
        flt: EventFilter = Depends(event_filter),
        limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE),
        cursor: Optional[str] = Query(None, max_length=1000, description="next_cursor of the previous page"),
        db: Store = Depends(store),
    ) -> Response:
        """Events matching every filter given, by date then id, one page at a time."""
        flt.limit = limit
        flt.after = decode_cursor(cursor) if cursor else None
        rows, after = db.events_page_json(flt)
        # The stored JSON is the Event model's own dump: passed on as it is, not parsed and re-serialised,
        # with the day it is filed under added (an event with no date of its own has its article's day).
        items = ",".join(f'{event[:-1]},"filed_day":{json.dumps(day)}}}' for event, day in rows)
        tail = json.dumps({"limit": limit, "next_cursor": encode_cursor(after) if after else None})
        return Response('{"items": [' + items + "], " + tail[1:], media_type="application/json")

    @app.get("/api/events/{event_id}", response_model=EventDetail, tags=["events"])
    def get_event(event_id: str, db: Store = Depends(store)) -> EventDetail:
        """One event, its article's text and the spans of that text backing each field."""
        event = db.event(event_id)
        if event is None:
            raise HTTPException(404, "no such event")
        article = db.article(event.article_id)
        return EventDetail(
            event=event,
            article=_article_out(article) if article else None,
            evidence=evidence(event, article.text if article else None),
        )

    @app.get("/api/timeline", response_model=list[TimelineDay], tags=["events"])
    def timeline(flt: EventFilter = Depends(event_filter), db: Store = Depends(store)) -> list[TimelineDay]:
        """The number of matching events per day and type."""
        return [TimelineDay(day=day, type=kind, count=n) for day, kind, n in db.timeline(flt)]

    @app.get("/api/export.csv", tags=["export"], response_class=StreamingResponse)
    def export_csv(flt: EventFilter = Depends(event_filter)) -> StreamingResponse:
        """Every matching event as a CSV row (the flat columns of `sitrep events --format csv`), streamed."""
        return StreamingResponse(_csv_chunks(stores, flt), media_type="text/csv; charset=utf-8",
                                 headers={"content-disposition": 'attachment; filename="sitrep-events.csv"'})

    @app.get("/api/export.geojson", tags=["export"], response_class=StreamingResponse)
    def export_geojson(flt: EventFilter = Depends(event_filter)) -> StreamingResponse:
        """Every matching event with coordinates as a GeoJSON point feature, streamed."""
        return StreamingResponse(_geojson_chunks(stores, flt), media_type="application/geo+json",
                                 headers={"content-disposition": 'attachment; filename="sitrep-events.geojson"'})

    @app.get("/api/articles", response_model=ArticlePage, tags=["articles"])
    def list_articles(
        limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE),
        offset: int = Query(0, ge=0, le=1_000_000),
        db: Store = Depends(store),
    ) -> ArticlePage:
        """Articles by publication time (oldest first, as instants; undated last), without their text."""
        articles = db.articles(limit=limit + 1, offset=offset)
        more = len(articles) > limit
        return ArticlePage(
            items=[_article_summary(a) for a in articles[:limit]], limit=limit, offset=offset,
            next_offset=offset + limit if more else None,
        )

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, tags=["articles"])
    def get_article(article_id: str, db: Store = Depends(store)) -> ArticleOut:
        """One article with its text; its events are at /api/events?article_id=..."""
        article = db.article(article_id)
        if article is None:
            raise HTTPException(404, "no such article")
        return _article_out(article)

    @app.post("/api/articles", response_model=IngestResult, status_code=201, tags=["articles"],
              responses={200: {"description": "the article was stored already"},
                         401: {"description": "no or wrong API token"}, 403: {"description": "ingest disabled"},
                         413: {"description": "request body too large"}})
    def post_article(body: ArticleIn, token: Optional[str] = Security(token_header),
                     db: Store = Depends(store)):
        """Extract the events of an article and store both. Needs the X-API-Token header."""
        if api_token is None:
            raise HTTPException(403, "ingest is disabled: start the server with an API token")
        if token is None or not hmac.compare_digest(token.encode(), api_token.encode()):
            raise HTTPException(401, f"missing or wrong {TOKEN_HEADER} header")
        from ..ingest import given_published, make_article
        from .. import nlp
        from ..pipeline import extract_article, undated_warning  # loads spaCy: only when an article comes in

        try:
            given_published(body.published)
            article = make_article(body.text, title=body.title, url=body.url, published=body.published,
                                   source_path="<api>")
        except InputError as exc:
            raise HTTPException(422, str(exc)) from None
        stored = db.stored_id(article.text)  # also a copy differing only in whitespace
        if stored is not None:
            count = len(db.events(article_id=stored))
            return JSONResponse(IngestResult(article_id=stored, new=False, events=count).model_dump())
        doc = nlp.parse(article.text)
        events = extract_article(article, doc)
        warning = undated_warning(article, doc)
        new = db.add(article, events)
        if new:
            from .. import merge

            # as `sitrep ingest` does: /api/merged stays current. One fold at a time: a fold reads the
            # merged events near the new ones, then writes; two at once would each miss the other's.
            with merging:
                merge.update(db, article_id=article.id)
        return IngestResult(article_id=article.id, new=new, events=len(events), warnings=[warning] if warning else [])

    _add_merged_routes(app, store)

    @app.get("/api/stats", tags=["events"])
    def stats(db: Store = Depends(store)) -> dict:
        """Numbers of articles and events, and the event types (for filter menus)."""
        return {**db.counts(), "types": list(PLOVER_TYPES)}

    return app


MAX_MERGED_OFFSET = 10_000  # merge.merged_events has no offset: pages are cut from limit+offset rows


def _add_merged_routes(app: FastAPI, store) -> None:
    """Merged events (reports of one event from several articles), when sitrep.merge is installed."""
    try:
        from .. import merge
    except ImportError:
        return

    class MergedPage(BaseModel):
        items: list[merge.MergedEvent]
        limit: int
        offset: int
        next_offset: Optional[int]

    @app.get("/api/merged", response_model=MergedPage, tags=["merged events"])
    def list_merged(
        area: Optional[str] = Query(None, max_length=200, description="country, admin area or place name"),
        since: Optional[str] = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
        until: Optional[str] = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
        type: Optional[AnyCaseType] = Query(None),
        modality: Optional[AnyCaseModality] = Query(None),
        min_reports: int = Query(1, ge=1, le=1000),
        limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE),
        offset: int = Query(0, ge=0, le=MAX_MERGED_OFFSET),
        db: Store = Depends(store),
    ) -> MergedPage:
        """Merged events by date, with their reports, sources and figure disagreements."""
        try:  # the pattern lets 2024-13-01 through: the store's check of a period, as /api/events has
            since, until = day_period(since, until)
        except InputError as exc:
            raise HTTPException(422, str(exc)) from None
        rows = merge.merged_events(db, area=area, since=since, until=until, plover_type=type,
                                   modality=modality, min_reports=min_reports, limit=offset + limit + 1)
        page = rows[offset:offset + limit]
        return MergedPage(items=page, limit=limit, offset=offset,
                          next_offset=offset + limit if len(rows) > offset + limit else None)

    @app.get("/api/events/{event_id}/merged", response_model=merge.MergedEvent, tags=["merged events"])
    def merged_of_event(event_id: str, db: Store = Depends(store)):
        """The merged event a stored event is one report of."""
        merged = merge.merged_event_of(db, event_id)
        if merged is None:
            raise HTTPException(404, "no merged event for this event (run `sitrep merge` first?)")
        return merged


def _article_summary(article: Article) -> ArticleSummary:
    return ArticleSummary(id=article.id, title=article.title, url=article.url,
                          published=article.published.isoformat() if article.published else None,
                          characters=len(article.text))


def _article_out(article: Article) -> ArticleOut:
    return ArticleOut(id=article.id, title=article.title, url=article.url,
                      published=article.published.isoformat() if article.published else None, text=article.text)


def _batches(stores: _Stores, flt: EventFilter) -> Iterator[tuple[list[Event], dict[str, Article]]]:
    """All matching events, a keyset page at a time, with their articles. A store is held for one
    batch only: a streamed body is produced on whichever worker thread is free, at the client's pace."""
    flt.limit, flt.after = EXPORT_BATCH, None
    while True:
        with stores.holding() as db:
            events, after = db.events_page(flt)
            articles = {}
            for article_id in {e.article_id for e in events}:
                article = db.article(article_id)
                if article is not None:
                    articles[article_id] = article
        yield events, articles
        if after is None:
            return
        flt.after = after


def _csv_chunks(stores: _Stores, flt: EventFilter) -> Iterator[str]:
    buffer = io.StringIO()
    blank = Span(text="", start=0, end=0)
    columns = flat_row(Event(id="", article_id="", sentence=blank, trigger=blank)).keys()
    writer = csv.DictWriter(buffer, fieldnames=list(columns))
    writer.writeheader()
    for events, articles in _batches(stores, flt):
        writer.writerows(spreadsheet_safe(flat_row(e, articles.get(e.article_id))) for e in events)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _geojson_chunks(stores: _Stores, flt: EventFilter) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for events, articles in _batches(stores, flt):
        parts = []
        for event in events:
            loc = event.location
            if loc is None or loc.lat is None or loc.lon is None:
                continue
            feature = {"type": "Feature", "id": event.id,
                       "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
                       "properties": flat_row(event, articles.get(event.article_id))}
            parts.append(("" if first else ",") + json.dumps(feature, ensure_ascii=False))
            first = False
        if parts:
            yield "\n".join(parts)
    yield "]}\n"
