"""The HTTP API (sitrep.web.app) through FastAPI's in-process TestClient; the database is built in code
from hand-made events, plus one real extraction through POST /api/articles."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep.ingest import make_article
from sitrep.models import Actor, ActorCode, DateValue, Event, Figure, Location, SourceRef, Span
from sitrep.store import Store
from sitrep.web.app import CSP, MAX_PAGE, STATIC, create_app

TOKEN = "test-token-7f3a"

SYRIA_TEXT = (
    "HOMS, March 3 (Wire) - Government troops shelled the village of Talbiseh on Tuesday, killing at least "
    "12 civilians, the Observatory said. Rebels later attacked an army checkpoint near Rastan, "
    "according to state media."
)
EGYPT_TEXT = "Students plan to protest in Cairo on Saturday against the new fees, Reuters reported."
HOSTILE_TEXT = (
    'Militants <script>alert("pwned")</script> stormed <img src=x onerror=alert(1)> the post in Mosul, '
    "said <a href=\"javascript:alert(2)\">witnesses</a>."
)


def span(text: str, part: str, cls=Span, **fields):
    start = text.index(part)
    return cls(text=part, start=start, end=start + len(part), **fields)


def sentence_of(text: str, part: str) -> Span:
    start = text.index(part)
    dot = text.find(".", start)
    begin = text.rfind(". ", 0, start)
    begin = 0 if begin < 0 else begin + 2
    return Span(text=text[begin:dot + 1], start=begin, end=dot + 1)


def make_event(article, trigger, plover, **fields) -> Event:
    text = article.text
    return Event(id=f"{article.id[:10]}-{text.index(trigger)}", article_id=article.id,
                 sentence=sentence_of(text, trigger), trigger=span(text, trigger), plover_type=plover, **fields)


def build_db(path: Path) -> dict[str, str]:
    """Three articles, four events; returns the event ids by name."""
    syria = make_article(SYRIA_TEXT, title="Shelling near Homs", url="https://example.org/homs", published="2021-03-03")
    egypt = make_article(EGYPT_TEXT, title="Fee protest", url="https://example.org/cairo", published="2021-04-08")
    hostile = make_article(HOSTILE_TEXT, title='<img src=x onerror=alert("title")>', url="javascript:alert(3)",
                           published="2022-01-05")
    t = SYRIA_TEXT
    observatory = span(t, "the Observatory", SourceRef, name="SOHR", kind="ngo")
    shelled = make_event(
        syria, "shelled", "ASSAULT", plover_mode="bombard",
        actor1=span(t, "Government troops", Actor, code=ActorCode(country="SYR", role="MIL")),
        location=span(t, "Talbiseh", Location, name="Talbiseh", geonameid=163345, lat=34.84, lon=36.73,
                      country="SY", admin1="Homs"),
        date=span(t, "on Tuesday", DateValue, value="2021-03-02"),
        figures=[span(t, "at least 12 civilians", Figure, kind="killed", value=12, qualifier="at_least",
                      sources=[observatory])],
        sources=[observatory],
    )
    attacked = make_event(
        syria, "attacked", "ASSAULT",
        actor1=span(t, "Rebels", Actor, code=ActorCode(country="SYR", role="REB")),
        actor2=span(t, "an army checkpoint", Actor, code=ActorCode(country="SYR", role="MIL")),
        location=span(t, "Rastan", Location, name="Ar Rastan", lat=34.92, lon=36.73, country="SY", admin1="Homs"),
        date=span(t, "March 3", DateValue, value="2021-03-03"),
        sources=[span(t, "state media", SourceRef, name="official media", kind="official_media")],
    )
    e = EGYPT_TEXT
    protest = make_event(
        egypt, "protest", "PROTEST", modality="planned",
        actor1=span(e, "Students", Actor, code=ActorCode(country="EGY", role="EDU")),
        location=span(e, "Cairo", Location, name="Cairo", lat=30.06, lon=31.25, country="EG", admin1="Cairo Governorate"),
        date=span(e, "on Saturday", DateValue, value="2021-04-10"),
        sources=[span(e, "Reuters", SourceRef, name="Reuters", kind="news_agency")],
    )
    h = HOSTILE_TEXT
    stormed = make_event(
        hostile, "stormed", "ASSAULT",
        actor1=span(h, '<script>alert("pwned")</script>', Actor),
        actor2=span(h, "<img src=x onerror=alert(1)>", Actor),
        location=span(h, "Mosul", Location, name="Mosul", lat=36.34, lon=43.13, country="IQ", admin1="Nineveh"),
        sources=[span(h, '<a href="javascript:alert(2)">witnesses</a>', SourceRef, name="javascript:alert(2)",
                      kind="witness")],
    )
    with Store.open(path) as store:
        store.add(syria, [shelled, attacked])
        store.add(egypt, [protest])
        store.add(hostile, [stormed])
    return {"shelled": shelled.id, "attacked": attacked.id, "protest": protest.id, "stormed": stormed.id,
            "syria_article": syria.id, "hostile_article": hostile.id}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Built once for the module: tests that write use `writable_client`."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    ids = build_db(path)
    return path, ids


@pytest.fixture(scope="module")
def client(db):
    path, _ = db
    with TestClient(create_app(path, api_token=TOKEN)) as c:
        yield c


@pytest.fixture
def writable_client(tmp_path):
    build_db(tmp_path / "web.db")
    with TestClient(create_app(tmp_path / "web.db", api_token=TOKEN)) as c:
        yield c


@pytest.fixture
def ids(db):
    return db[1]


def triggers(response) -> list[str]:
    assert response.status_code == 200, response.text
    return sorted(e["trigger"]["text"] for e in response.json()["items"])


# -- events: filters -------------------------------------------------------------------------------
def test_web_events_lists_all_in_date_order(client):
    body = client.get("/api/events").json()
    assert [e["trigger"]["text"] for e in body["items"]] == ["shelled", "attacked", "protest", "stormed"]
    assert body["next_cursor"] is None


@pytest.mark.parametrize("query, expected", [
    ("type=ASSAULT", ["attacked", "shelled", "stormed"]),
    ("country=SYR", ["attacked", "shelled"]),
    ("country=Egypt", ["protest"]),
    ("admin=homs", ["attacked", "shelled"]),
    ("admin=cairo%20governorate", ["protest"]),
    ("lat=34.85&lon=36.74&radius_km=5", ["shelled"]),
    ("lat=34.85&lon=36.74&radius_km=20", ["attacked", "shelled"]),
    ("lat=0&lon=0&radius_km=500", []),
    ("since=2021-03-03&until=2021-04-30", ["attacked", "protest"]),
    ("source=sohr", ["shelled"]),
    ("source=Syrian%20Observatory%20for%20Human%20Rights", ["shelled"]),  # any name of a known source
    ("actor=rebels", ["attacked"]),
    ("actor=EGY", ["protest"]),
    ("modality=planned", ["protest"]),
    ("q=civilians", ["shelled"]),
    ("q=checkpoin", ["attacked"]),  # word prefix
    ("q=mosul", ["stormed"]),  # place column
    ("q=%22%29%20OR%20NEAR%28", []),  # FTS5 syntax is quoted away, not an error
    ("type=ASSAULT&country=SY&since=2021-03-03", ["attacked"]),
])
def test_web_events_filters(client, query, expected):
    assert triggers(client.get("/api/events?" + query)) == expected


def test_web_events_cursor_pages_cover_everything_once(client):
    seen, cursor = [], None
    for _ in range(10):
        url = "/api/events?limit=1" + (f"&cursor={cursor}" if cursor else "")
        body = client.get(url).json()
        seen += [e["id"] for e in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 4 and len(set(seen)) == 4


@pytest.mark.parametrize("query", [
    f"limit={MAX_PAGE + 1}", "limit=0", "type=BOMBING", "modality=maybe", "since=March", "lat=91&lon=0",
    "lat=30", "radius_km=5000&lat=1&lon=1", "q=" + "x" * 201, "since=2024-13-01", "until=2023-02-30",
    "country=Narnia", "since=2021-06-01&until=2021-05-01",
])
def test_web_events_refuses_bad_parameters(client, query):
    assert client.get("/api/events?" + query).status_code == 422
    if not query.startswith("limit"):  # the filters are shared by the export and the timeline
        assert client.get("/api/export.csv?" + query).status_code == 422
        assert client.get("/api/timeline?" + query).status_code == 422


def test_web_filters_take_any_case_like_the_cli(client):
    assert triggers(client.get("/api/events?type=assault&modality=Asserted")) == ["attacked", "shelled", "stormed"]


def test_web_post_article_with_a_publication_time_that_is_no_date_is_422(client):
    body = {"text": "Rebels shelled a border post near Kumbo on Monday.", "published": "sometime soon"}
    response = client.post("/api/articles", json=body, headers={"X-API-Token": TOKEN})
    assert response.status_code == 422 and "published" in response.text


def test_web_events_bad_cursor_is_400(client):
    assert client.get("/api/events?cursor=bm90LWpzb24").status_code == 400
    assert client.get("/api/events?cursor=%%%").status_code == 400


# -- one event and its evidence --------------------------------------------------------------------
def test_web_event_evidence_spans_match_the_text(client, ids):
    body = client.get(f"/api/events/{ids['shelled']}").json()
    text = body["article"]["text"]
    assert text == SYRIA_TEXT
    by_field = {s["field"]: s for s in body["evidence"]}
    assert {"sentence", "trigger", "actor1", "location", "date", "figures.0", "figures.0.sources.0",
            "sources.0"} <= set(by_field)
    assert by_field["trigger"]["text"] == "shelled"
    assert by_field["figures.0"]["kind"] == "figure"
    for s in body["evidence"]:
        assert text[s["start"]:s["end"]] == s["text"]


def test_web_event_evidence_drops_offsets_that_do_not_match(tmp_path):
    article = make_article("Troops shelled the town.", published="2021-09-08")
    event = make_event(article, "shelled", "ASSAULT",
                       actor1=Actor(text="Police", start=0, end=6))  # stale: the text there is "Troops"
    with Store.open(tmp_path / "s.db") as store:
        store.add(article, [event])
    with TestClient(create_app(tmp_path / "s.db")) as c:
        fields = [s["field"] for s in c.get(f"/api/events/{event.id}").json()["evidence"]]
    assert "trigger" in fields and "actor1" not in fields


def test_web_event_unknown_is_404(client):
    assert client.get("/api/events/no-such-id").status_code == 404


# -- timeline, articles, exports -------------------------------------------------------------------
def test_web_timeline_counts_per_day_and_type(client):
    rows = client.get("/api/timeline?country=SY").json()
    assert rows == [{"day": "2021-03-02", "type": "ASSAULT", "count": 1},
                    {"day": "2021-03-03", "type": "ASSAULT", "count": 1}]


def test_web_articles_pages_and_detail(client, ids):
    first = client.get("/api/articles?limit=2").json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    assert "text" not in first["items"][0]
    rest = client.get("/api/articles?limit=2&offset=2").json()
    assert len(rest["items"]) == 1 and rest["next_offset"] is None
    assert client.get(f"/api/articles/{ids['syria_article']}").json()["text"] == SYRIA_TEXT
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get(f"/api/articles?limit={MAX_PAGE + 1}").status_code == 422


def test_web_export_csv_streams_filtered_rows(client):
    response = client.get("/api/export.csv?country=SY")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["trigger"] for r in rows) == ["attacked", "shelled"]
    assert {r["url"] for r in rows} == {"https://example.org/homs"}


def test_web_export_geojson_streams_points(client, monkeypatch):
    monkeypatch.setattr("sitrep.web.app.EXPORT_BATCH", 1)  # several batches joined into one document
    collection = json.loads(client.get("/api/export.geojson").text)
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 4
    protest = next(f for f in collection["features"] if f["properties"]["trigger"] == "protest")
    assert protest["geometry"]["coordinates"] == [31.25, 30.06]


def test_web_export_of_nothing_is_still_valid(client):
    assert json.loads(client.get("/api/export.geojson?country=FR").text)["features"] == []
    assert client.get("/api/export.csv?country=FR").text.startswith("id,")


# -- ingest over HTTP ------------------------------------------------------------------------------
def test_web_post_article_needs_the_token(client):
    article = {"text": "Soldiers shelled the village of Tel Tamer on Monday.", "published": "2021-09-06"}
    assert client.post("/api/articles", json=article).status_code == 401
    assert client.post("/api/articles", json=article, headers={"X-API-Token": "wrong"}).status_code == 401
    assert client.get("/api/stats").json()["articles"] == 3


def test_web_post_article_refused_when_no_token_is_configured(db):
    with TestClient(create_app(db[0])) as c:
        response = c.post("/api/articles", json={"text": "Troops fired."}, headers={"X-API-Token": ""})
    assert response.status_code == 403


def test_web_post_article_extracts_and_stores(writable_client, nlp):
    client = writable_client
    article = {"text": "Government forces shelled the town of Saraqeb on Tuesday, killing four people.",
               "title": "Shelling", "published": "2021-09-08"}
    response = client.post("/api/articles", json=article, headers={"X-API-Token": TOKEN})
    assert response.status_code == 201, response.text
    result = response.json()
    assert result["new"] is True and result["events"] >= 1
    stored = client.get(f"/api/events?article_id={result['article_id']}").json()["items"]
    assert len(stored) == result["events"]
    again = client.post("/api/articles", json=article, headers={"X-API-Token": TOKEN})
    assert again.status_code == 200 and again.json()["new"] is False
    refetched = dict(article, text=article["text"].replace(" the town", "  the town") + "\r\n")
    same = client.post("/api/articles", json=refetched, headers={"X-API-Token": TOKEN}).json()
    assert same == {"article_id": result["article_id"], "new": False, "events": result["events"], "warnings": []}


def test_web_post_article_bad_input_is_422(client):
    headers = {"X-API-Token": TOKEN}
    assert client.post("/api/articles", json={"text": "   "}, headers=headers).status_code == 422
    assert client.post("/api/articles", json={"title": "no text"}, headers=headers).status_code == 422


def test_web_oversized_body_is_413(db):
    with TestClient(create_app(db[0], api_token=TOKEN, max_body_bytes=1000)) as c:
        big = {"text": "Troops fired. " * 200}
        assert c.post("/api/articles", json=big, headers={"X-API-Token": TOKEN}).status_code == 413

        def chunks():  # no Content-Length: counted as it arrives
            for _ in range(10):
                yield b"x" * 500

        response = c.post("/api/articles", content=chunks(),
                          headers={"X-API-Token": TOKEN, "content-type": "application/json"})
        assert response.status_code == 413


# -- security and the page -------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/", "/docs", "/api/events", "/static/app.js", "/api/events/none"])
def test_web_every_response_has_the_csp(client, path):
    response = client.get(path)
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    script_src = re.search(r"script-src ([^;]*)", CSP).group(1)
    assert script_src == "'self'"


def test_web_hostile_article_comes_back_as_data(client, ids):
    detail = client.get(f"/api/events/{ids['stormed']}")
    assert detail.headers["content-type"] == "application/json"
    body = detail.json()
    assert body["article"]["text"] == HOSTILE_TEXT
    assert body["article"]["url"] == "javascript:alert(3)"
    assert body["event"]["actor1"]["text"] == '<script>alert("pwned")</script>'
    # the page is static: no article data is ever templated into HTML
    page = client.get("/").text
    assert "pwned" not in page and "onerror" not in page


@pytest.mark.parametrize("page", ["index.html", "docs.html"])
def test_web_pages_have_no_inline_script_and_no_remote_assets(page):
    html = (STATIC / page).read_text(encoding="utf-8")
    for tag in re.findall(r"<script[^>]*>", html):
        assert re.search(r'src="/static/', tag), tag
    assert not re.search(r"<script[^>]*>\s*[^<\s]", html)  # no script body
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert not re.search(r"<[^>]+\son\w+=", html)  # no inline event handlers


def test_web_script_never_uses_inner_html():
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    assert not re.search(r"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write", script)


def test_web_docs_use_vendored_swagger_ui(client):
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in client.get("/docs").text
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles", "/api/export.csv"} <= set(spec["paths"])


def test_web_vendored_assets_keep_their_licences():
    vendor = STATIC / "vendor"
    for package in ("leaflet", "world-atlas", "topojson-client", "swagger-ui"):
        assert (vendor / package / "LICENSE").is_file(), package
    topo = json.loads((vendor / "world-atlas" / "countries-50m.json").read_text())
    assert topo["type"] == "Topology" and "countries" in topo["objects"]


def test_web_serve_command_is_registered():
    from typer.testing import CliRunner

    from sitrep.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--token" in result.output


def test_web_merged_events_when_merge_is_installed(writable_client, tmp_path):
    merge = pytest.importorskip("sitrep.merge")
    with Store.open(tmp_path / "web.db") as store:
        merge.rebuild(store)
    body = writable_client.get("/api/merged?limit=2").json()
    assert len(body["items"]) == 2 and body["next_offset"] == 2
    assert writable_client.get(f"/api/merged?offset={10_001}").status_code == 422
    assert writable_client.get("/api/merged?since=2024-02-31").status_code == 422
    first_report = body["items"][0]["first_event_id"]
    assert writable_client.get(f"/api/events/{first_report}/merged").json()["id"] == body["items"][0]["id"]
    assert writable_client.get("/api/events/nope/merged").status_code == 404


def test_web_since_keeps_ranges_that_reach_into_it(tmp_path):
    article = make_article("Fighting raged through July. Troops shelled the town on 20 July.", published="2021-08-02")
    month = make_event(article, "raged", "ASSAULT", date=span(article.text, "July", DateValue, value="2021-07",
                                                              precision="month"))
    day = make_event(article, "shelled", "ASSAULT", date=span(article.text, "20 July", DateValue, value="2021-07-20"))
    with Store.open(tmp_path / "r.db") as store:
        store.add(article, [month, day])
    with TestClient(create_app(tmp_path / "r.db")) as c:
        assert triggers(c.get("/api/events?since=2021-07-15")) == ["raged", "shelled"]
        assert triggers(c.get("/api/events?since=2021-07-25")) == ["raged"]
        assert triggers(c.get("/api/events?since=2021-08-01")) == []
        # the range starting on 1 July comes first, in one ordered list across both halves of the query
        first = c.get("/api/events?since=2021-07-15&limit=1").json()
        assert first["items"][0]["trigger"]["text"] == "raged"
        second = c.get(f"/api/events?since=2021-07-15&limit=1&cursor={first['next_cursor']}").json()
        assert second["items"][0]["trigger"]["text"] == "shelled" and second["next_cursor"] is None
        assert [r["count"] for r in c.get("/api/timeline?since=2021-07-15").json()] == [1, 1]


def test_web_browser_favicon_request_is_no_error(client):
    # Browsers ask for /favicon.ico on every page; a 404 there is a console error on an empty page.
    response = client.get("/favicon.ico")
    assert response.status_code == 204


def test_web_posted_article_joins_the_merged_events(writable_client):
    # `sitrep ingest` merges what it stores; an article posted to the API must be merged too.
    body = {"text": "Rebels shelled an army post near Kumbo on Monday, killing 4 soldiers, the army said.",
            "published": "2022-05-03"}
    assert writable_client.post("/api/articles", json=body, headers={"X-API-Token": TOKEN}).status_code == 201
    [event] = [e for e in writable_client.get("/api/events?q=Kumbo").json()["items"] if e["trigger"]["text"] == "shelled"]
    assert writable_client.get(f"/api/events/{event['id']}/merged").status_code == 200


def test_web_serve_refuses_a_port_out_of_range(tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--port", "99999"])
    assert result.exit_code == 2 and "--port" in result.output and "Traceback" not in result.output


def test_web_post_article_with_an_unpaired_surrogate_is_422_not_500(client):
    raw = b'{"text": "Rebels shelled a post near Kumbo.", "title": "\\ud800"}'
    response = client.post("/api/articles", content=raw,
                           headers={"X-API-Token": TOKEN, "content-type": "application/json"})
    assert response.status_code == 422 and "title" in response.text


def test_web_articles_posted_at_once_about_one_strike_merge(writable_client, monkeypatch):
    # Each POST folds its events into the merged events: reads the merged events near them, clusters,
    # writes. Two posts running at once each read before the other wrote, and the strike stayed two
    # merged events for good (only merged events are candidates). The slow cluster widens that window.
    import threading
    import time

    from sitrep import merge

    texts = ["Rebels shelled an army post near Kumbo on Monday, killing 4 soldiers, the army said.",
             "Rebels shelled an army post near Kumbo on Monday, killing four soldiers, a local official said."]
    warm = {"text": "Troops arrested a trader in Bamenda on Sunday.", "published": "2022-05-03"}
    assert writable_client.post("/api/articles", json=warm, headers={"X-API-Token": TOKEN}).status_code == 201
    cluster = merge.cluster

    def slow_cluster(records):
        time.sleep(0.5)
        return cluster(records)

    monkeypatch.setattr(merge, "cluster", slow_cluster)
    start = threading.Barrier(len(texts))
    answers = []

    def post(text):
        start.wait()
        body = {"text": text, "published": "2022-05-03"}
        try:  # the test client raises a server error in this thread: keep it for the assert below
            answers.append(writable_client.post("/api/articles", json=body, headers={"X-API-Token": TOKEN}).status_code)
        except Exception as exc:
            answers.append(repr(exc))

    threads = [threading.Thread(target=post, args=(text,)) for text in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == [201, 201]
    shelled = [e["id"] for e in writable_client.get("/api/events?q=Kumbo").json()["items"]
               if e["trigger"]["text"] == "shelled"]
    assert len(shelled) == 2
    merged = [writable_client.get(f"/api/events/{i}/merged").json()["id"] for i in shelled]
    assert merged[0] == merged[1]


def test_web_a_database_connection_serves_one_request_at_a_time(tmp_path):
    # FastAPI runs a sync dependency and its endpoint on whichever worker thread is free, often two
    # different ones under load: a connection kept per thread was handed to a second request while
    # the first still used it (two transactions on one connection). Each request now holds its own.
    from sitrep.web.app import _Stores

    stores = _Stores(str(tmp_path / "s.db"))
    first, second = stores.get(), stores.get()  # two requests in flight on one thread
    assert first is not second
    stores.put(first)
    assert stores.get() is first  # a returned connection is reused, not reopened


def test_web_event_list_gives_the_day_an_undated_event_is_filed_under(client, ids):
    # 'stormed' names no day: it is filed under its article's publication day, and the list says so.
    items = client.get("/api/events?limit=10").json()["items"]
    by_trigger = {e["trigger"]["text"]: e for e in items}
    assert by_trigger["stormed"]["date"] is None
    assert by_trigger["stormed"]["filed_day"] == "2022-01-05"
    assert by_trigger["shelled"]["filed_day"] == "2021-03-02"


def test_web_posted_article_without_a_date_says_why_its_events_have_none(writable_client):
    body = {"text": "Gunmen torched a clinic near Kumbo yesterday, residents said."}
    result = writable_client.post("/api/articles", json=body, headers={"X-API-Token": TOKEN}).json()
    [warning] = result["warnings"]
    assert "'yesterday'" in warning and "published" in warning
    dated = {"text": "Gunmen torched a school near Kumbo yesterday, residents said.", "published": "2022-05-03"}
    assert writable_client.post("/api/articles", json=dated, headers={"X-API-Token": TOKEN}).json()["warnings"] == []


def test_web_serve_a_missing_database_without_a_token_is_refused(tmp_path, monkeypatch):
    # A mistyped --db served a new, empty database (no one could fill it without a token).
    import uvicorn
    from typer.testing import CliRunner

    from sitrep.cli import app

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: served.append(kw))
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(app, ["serve", "--db", str(missing)])
    assert result.exit_code == 1 and "no such database" in result.output and "sitrep ingest" in result.output
    assert not missing.exists() and served == []
    # with a token it is a fresh database to POST articles into
    result = CliRunner().invoke(app, ["serve", "--db", str(missing), "--token", "t0k"])
    assert result.exit_code == 0 and missing.exists() and len(served) == 1


def test_web_merged_refuses_a_period_that_ends_before_it_starts(writable_client):
    pytest.importorskip("sitrep.merge")
    response = writable_client.get("/api/merged?since=2024-03-10&until=2024-03-01")
    assert response.status_code == 422 and "is after until=2024-03-01" in response.json()["detail"]
    assert writable_client.get("/api/merged?since=2024-03-01&until=2024-03-01").status_code == 200


@pytest.mark.parametrize("period", ["since=2024-03-10&until=2024-03-01", "since=2024-13-01", "until=2023-02-30"])
def test_web_merged_and_events_refuse_a_bad_period_in_the_same_words(writable_client, period):
    # one rule, in the store: /api/merged has no wording of its own
    pytest.importorskip("sitrep.merge")
    from sitrep.errors import InputError
    from sitrep.store import day_period

    merged, events = writable_client.get(f"/api/merged?{period}"), writable_client.get(f"/api/events?{period}")
    assert merged.status_code == events.status_code == 422
    assert merged.json()["detail"] == events.json()["detail"]
    days = dict(part.split("=") for part in period.split("&"))
    with pytest.raises(InputError) as refused:
        day_period(days.get("since"), days.get("until"))
    assert merged.json()["detail"] == str(refused.value)


def test_web_articles_sorted_by_instant_undated_last(tmp_path):
    # As text, "2030-05-05T09:30:00-03:00" sorts first and an undated article before all; as instants the
    # +05:00 time (09:00Z) comes first and the -03:00 one (12:30Z) last.
    db = tmp_path / "order.db"
    with Store.open(db) as store:
        for text, published in [("Militia fighters raided a grain depot outside Velmora.", "2030-05-05T10:00:00+00:00"),
                                ("Police broke up a teachers' sit-in in Karst Lane.", "2030-05-05T09:30:00-03:00"),
                                ("Gunmen burned two trucks on the northern road.", None),
                                ("Army engineers cleared a roadblock near Osk Bridge.", "2030-05-05T14:00:00+05:00")]:
            store.add(make_article(text, published=published), [])
    with TestClient(create_app(db)) as c:
        items = c.get("/api/articles").json()["items"]
        assert [a["published"] for a in items] == ["2030-05-05T14:00:00+05:00", "2030-05-05T10:00:00+00:00",
                                                   "2030-05-05T09:30:00-03:00", None]
        paged = c.get("/api/articles?limit=2&offset=2").json()["items"]
        assert [a["published"] for a in paged] == ["2030-05-05T09:30:00-03:00", None]
