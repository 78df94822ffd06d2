"""The web page in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright; no browser is
downloaded): loads, filters, opens an event and checks the highlighted evidence; hostile articles
stay text. Screenshots go to screenshots/ for a person to look at."""
from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from test_web import HOSTILE_TEXT, build_db, make_event

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"

pytestmark = pytest.mark.browser

if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium: make browser-deps)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
expect = sync_api.expect


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(path: Path):
    """A uvicorn server for the database at `path`, in a thread; yields its base URL."""
    import uvicorn

    from sitrep.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "web.db"
    ids = build_db(path)
    with serving(path) as base:
        yield base, ids


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A page that may only reach the test servers (on loopback); it records dialogs, page errors,
    CSP reports and any attempt to go elsewhere."""
    base = "http://127.0.0.1:"
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.problems = []  # type: ignore[attr-defined]

    def route(r):
        if r.request.url.startswith(base):
            r.continue_()
        else:
            page.problems.append(f"network: {r.request.url}")
            r.abort()

    page.route("**/*", route)
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: page.problems.append(f"error: {e}"))
    page.on("console", lambda m: "Content Security Policy" in m.text and page.problems.append(f"csp: {m.text}"))
    yield page
    context.close()


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def marks(page, kind: str) -> list[str]:
    return page.locator(f"#ev-text mark.ev-{kind}").all_inner_texts()


def test_browser_page_filters_and_opens_evidence(page, server):
    base, _ = server
    page.goto(base + "/")
    expect(page.locator("#events tbody tr")).to_have_count(4)
    expect(page.locator("#timeline rect.bar")).to_have_count(4)
    # the basemap from the vendored world-atlas (hundreds of country outlines) and the event markers
    expect(page.locator(".leaflet-overlay-pane path").nth(100)).to_be_attached()
    assert page.locator("#legend li").count() == 2
    shot(page, "web-overview.png")

    page.fill("input[name=country]", "Syria")
    page.select_option("select[name=type]", "ASSAULT")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events tbody tr")).to_have_count(2)
    expect(page.locator("#timeline rect.bar")).to_have_count(2)
    assert "country=Syria" in page.url

    page.locator("#events tbody tr", has_text="shelled").click()
    page.wait_for_selector("#evidence:not([hidden]) #ev-text mark.ev-trigger")
    assert "".join(marks(page, "trigger")) == "shelled"
    assert "Government troops" in marks(page, "actor")
    assert marks(page, "place") == ["Talbiseh"]
    assert marks(page, "date") == ["on Tuesday"]
    assert "at least 12 civilians" in "".join(marks(page, "figure"))
    assert "the Observatory" in marks(page, "source")
    assert "shelled" in page.locator("#ev-title").inner_text()
    # each highlight is linked to its field: clicking the place marks its row in the field table
    page.locator("#ev-text mark.ev-place").click()
    assert page.locator("#ev-fields tr.linked").get_attribute("data-field") == "location"
    # and each field row links back to its words in the text
    assert page.locator('#ev-fields tr[data-field="figures.0"] a.jump').get_attribute("href") == "#ev-mark-figures.0"
    shot(page, "web-evidence.png")
    assert page.problems == []  # type: ignore[attr-defined]


def test_browser_timeline_click_filters_to_the_day(page, server):
    base, _ = server
    page.goto(base + "/?country=SY")
    expect(page.locator("#timeline rect.bar")).to_have_count(2)
    page.locator('#timeline rect.bar[data-day="2021-03-02"]').dispatch_event("click")
    expect(page.locator("#events tbody tr")).to_have_count(1)
    assert page.locator("#events tbody tr").inner_text().startswith("2021-03-02")
    assert page.problems == []  # type: ignore[attr-defined]


def test_browser_hostile_article_is_shown_as_text(page, server):
    base, ids = server
    page.goto(base + "/?q=mosul#event=" + ids["stormed"])
    page.wait_for_selector("#evidence:not([hidden]) #ev-text mark.ev-trigger")
    page.wait_for_timeout(300)  # give any injected handler time to fire
    text = page.locator("#ev-text").inner_text()
    assert text == HOSTILE_TEXT
    assert page.locator("#ev-text script, #ev-text img, #ev-text a, #ev-text [onerror]").count() == 0
    assert page.locator("img[src=x], img[src='x']").count() == 0
    assert '<script>alert("pwned")</script>' in marks(page, "actor")
    # the javascript: URL is shown, never made a link
    assert page.locator("#ev-article a").count() == 0
    assert "javascript:alert(3)" in page.locator("#ev-article").inner_text()
    assert page.locator("#events tbody tr", has_text='<script>alert("pwned")</script>').count() == 1
    shot(page, "web-xss.png")
    assert page.problems == []  # type: ignore[attr-defined]


def test_browser_api_docs_work_offline(page, server):
    base, _ = server
    page.goto(base + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert page.locator(".swagger-ui .opblock").count() >= 8
    shot(page, "web-docs.png")
    assert page.problems == []  # type: ignore[attr-defined]


def test_browser_event_list_shows_the_day_an_undated_event_is_filed_under(page, server):
    # 'stormed' has no date of its own: the list shows its article's publication day, marked as such.
    base, _ = server
    page.goto(base + "/?q=mosul")
    expect(page.locator("#events tbody tr")).to_have_count(1)
    assert page.locator("#events tbody tr td").first.inner_text().startswith("2022-01-05")
    assert page.problems == []  # type: ignore[attr-defined]


def test_browser_event_list_names_a_doer_no_words_name(page, tmp_path):
    # An attack with no named doer has an empty actor span and the name "unidentified armed forces".
    from sitrep.ingest import make_article
    from sitrep.models import Actor
    from sitrep.store import Store

    article = make_article("A roadside bomb struck a minibus near Kandahar on Friday.", published="2023-06-02")
    event = make_event(article, "struck", "ASSAULT", actor1=Actor(text="", start=0, end=0,
                                                                  name="unidentified armed forces"))
    with Store.open(tmp_path / "unnamed.db") as store:
        store.add(article, [event])
    with serving(tmp_path / "unnamed.db") as base:
        page.goto(base + "/")
        expect(page.locator("#events tbody tr")).to_have_count(1)
        assert "unidentified armed forces" in page.locator("#events tbody tr").inner_text()


def test_browser_evidence_of_an_undated_event_says_which_day_it_is_filed_under(page, server):
    base, ids = server
    page.goto(base + "/?q=mosul#event=" + ids["stormed"])
    page.wait_for_selector("#evidence:not([hidden]) #ev-text mark.ev-trigger")
    date_row = page.locator('#ev-fields tr[data-field="date"]').inner_text()
    assert "2022-01-05" in date_row and "publication" in date_row
    assert page.problems == []  # type: ignore[attr-defined]
