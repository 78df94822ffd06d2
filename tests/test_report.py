"""sitrep.report: a situation report from merged events, in Markdown, HTML and PDF."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep import merge, report
from sitrep.cli import app
from sitrep.store import Store

_spec = importlib.util.spec_from_file_location("merge_cases", Path(__file__).with_name("test_merge.py"))
cases = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cases)


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "r.db"
    with Store.open(path) as store:
        for article, events in cases.corpus():
            store.add(article, events)
        s = "Back in 2015 the old siege of <b>Northtown</b> killed 12 people."
        article, events = cases.make(s, "old.example/9", "2024-03-05T10:00:00+00:00",
                                     [{"sentence": s, "place": "Northtown", "date": "2015-01-01",
                                       "modality": "background"}])
        store.add(article, events)
        merge.rebuild(store)
    return path


def test_report_sections_cite_sentences_and_keep_background_apart(db):
    with Store.open(db) as store:
        rep = report.build(store, "Northern", "2024-03-01", "2024-03-10")
    assert rep.headlines[0]["kind"] == "killed"
    assert "Monitor" in rep.headlines[0]["sources"]
    first = rep.developments[0]
    assert first["quotes"][0]["sentence"].startswith("An air strike killed 12")
    assert "one.example" in first["quotes"][0]["cite"]
    assert [b["sentence"] for b in rep.background] == ["Back in 2015 the old siege of <b>Northtown</b> killed 12 people."]
    assert rep.chart_png.startswith(b"\x89PNG") and rep.map_png.startswith(b"\x89PNG")


def test_report_html_escapes_article_text(db, tmp_path):
    out = tmp_path / "r.html"
    with Store.open(db) as store:
        report.write(store, "Northern", "2024-03-01", "2024-03-10", out, "html")
    html = out.read_text()
    assert "&lt;b&gt;Northtown&lt;/b&gt;" in html and "<b>Northtown</b>" not in html
    assert "data:image/png;base64," in html


def test_report_cli_writes_markdown_and_pdf(db, tmp_path):
    runner = CliRunner()
    md = tmp_path / "r.md"
    result = runner.invoke(app, ["report", "--area", "Northern", "--since", "2024-03-01", "--until", "2024-03-10",
                                 "--out", str(md), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "## Key developments" in md.read_text() and (tmp_path / "r_chart.png").exists()
    pdf = tmp_path / "r.pdf"
    result = runner.invoke(app, ["report", "--area", "Northern", "--since", "2024-03-01", "--until", "2024-03-10",
                                 "--format", "pdf", "--out", str(pdf), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert pdf.read_bytes().startswith(b"%PDF")


def test_report_cli_rejects_bad_dates(db, tmp_path):
    result = CliRunner().invoke(app, ["report", "--area", "X", "--since", "March", "--until", "2024-03-10",
                                      "--out", str(tmp_path / "x.md"), "--db", str(db)])
    assert result.exit_code != 0


ARTICLES = [  # invented reports of one invented week, run through the real pipeline
    {"url": "https://levant-wire.example/idlib", "title": "Air strike on Idlib market kills 12",
     "published": "2024-03-04T10:00:00+00:00",
     "text": "IDLIB, Syria (Levant Wire) - An air strike killed 12 civilians in a crowded market in Idlib on Monday, "
             "the Syrian Observatory for Human Rights said."},
    {"url": "https://northern-daily.example/idlib", "title": "Jets strike Idlib market",
     "published": "2024-03-04T14:30:00+00:00",
     "text": "Warplanes struck a market in the city of Idlib on Monday, killing 9 people, local health officials said."},
    {"url": "https://southern-voice.example/daraa", "title": "Daraa rally ends in arrests",
     "published": "2024-03-06T18:00:00+00:00",
     "text": "Security forces detained 20 people after a protest in Daraa on Wednesday, the Syrian Observatory for "
             "Human Rights said."},
]


@pytest.fixture
def pipeline_db(tmp_path, nlp) -> Path:
    import json

    from sitrep.cli import run_ingest

    source = tmp_path / "week.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    path = tmp_path / "week.db"
    run_ingest([str(source)], str(path), quiet=True)
    return path


def test_report_from_pipeline_counts_each_figure_once_and_cites_it(pipeline_db):
    with Store.open(pipeline_db) as store:
        rep = report.build(store, "Syria", "2024-03-01", "2024-03-10")
    killed = next(h for h in rep.headlines if h["kind"] == "killed")
    assert killed["text"] == "9 to 12" and killed["events"] == 1
    assert "SOHR (12)" in killed["sources"] and "(9)" in killed["sources"]
    quoted = [(q["sentence"], q["cite"]) for d in rep.developments for q in d["quotes"]]
    assert len(quoted) == len(set(quoted))  # no sentence quoted twice


def test_report_pdf_puts_chart_and_map_on_one_page(pipeline_db, tmp_path):
    out = tmp_path / "r.pdf"
    with Store.open(pipeline_db) as store:
        report.write(store, "Syria", "2024-03-01", "2024-03-10", out, "pdf")
    data = out.read_bytes()
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>") <= 2


def test_report_marks_planned_and_conditional_developments(tmp_path):
    from sitrep import report
    from sitrep.cli import run_ingest

    story = tmp_path / "plan.txt"
    story.write_text(
        "(Beirut) Government forces shelled Homs on Monday, killing 4 people, the Syrian Observatory said.\n\n"
        "Posted on Mar 3, 2021 at 9:00 am\n\n"
        "The army will storm the city of Homs next week, a military source said.\n",
        encoding="utf-8",
    )
    db = tmp_path / "r.db"
    run_ingest([str(story)], str(db), quiet=True)
    from sitrep.store import Store

    with Store.open(db) as store:
        sitrep_report = report.build(store, "Syria", "2021-02-20", "2021-03-20")
    headings = [d["heading"] for d in sitrep_report.developments]
    assert any("(planned)" in h for h in headings), headings
    assert any("(planned)" not in h for h in headings), headings


def test_report_without_located_events_still_renders(tmp_path):
    from sitrep import report
    from sitrep.cli import run_ingest
    from sitrep.store import Store

    story = tmp_path / "nowhere.txt"
    story.write_text("Posted on Mar 3, 2021 at 9:00 am\n\nSyrian government forces shelled rebel positions on Monday, "
                     "killing 4 fighters, the Syrian Observatory said.\n", encoding="utf-8")
    db = tmp_path / "r.db"
    run_ingest([str(story)], str(db), quiet=True)
    with Store.open(db) as store:
        for fmt in ("md", "pdf"):
            report.write(store, "Syria", "2021-02-20", "2021-03-20", str(tmp_path / f"r.{fmt}"), format=fmt)
    assert (tmp_path / "r.pdf").stat().st_size > 0


def test_report_one_sentence_two_events_counts_its_attributed_source_not_the_outlet():
    s = "The Monitor said jets killed 4 people and wounded others in Northtown."
    article, events = cases.make(s, "paper.example/5", "2024-03-04T10:00:00+00:00", [
        {"sentence": s, "place": "Northtown", "date": "2024-03-04", "sources": ["Monitor"]},
        {"sentence": s, "place": "Northtown", "date": "2024-03-04", "trigger": "wounded", "type": "COERCE"},
    ])
    meta = {article.id: merge._ArticleMeta(article.id, article.published, article.url, None, s)}
    merged = [merge.summarise([e], meta) for e in events]
    assert merged[1].independent_sources == ["paper.example"]  # alone, the outlet stands for the report
    (folded,) = report.fold_happenings(merged)
    assert folded.independent_sources == ["Monitor"]


def test_report_a_headline_retelling_the_lead_is_not_a_second_event():
    title = "Raid on Northtown market leaves 5 dead"
    lead = "At least 5 people were killed in Northtown on Monday, the Monitor said."
    text = f"{title}\n{lead}"
    article, events = cases.make(text, "", "2024-03-04T10:00:00+00:00", [
        {"sentence": title, "place": "Northtown", "date": "2024-03-04", "trigger": "leaves",
         "figures": [("killed", 5, "exact")]},
        {"sentence": lead, "place": "Northtown", "date": "2024-03-04", "sources": ["Monitor"],
         "figures": [("killed", 5, "exact")]},
    ])
    meta = {article.id: merge._ArticleMeta(article.id, article.published, None, title, text)}
    (folded,) = report.fold_happenings([merge.summarise([e], meta) for e in events])
    assert folded.independent_sources == ["Monitor"]
    assert [h["text"] for h in report._headlines([folded])] == ["5"]


def test_report_pdf_names_characters_its_font_lacks_in_one_note(tmp_path):
    s = "Jets struck Northtown market on Monday as traders shouted «النجدة»."  # quotes are set in italics
    article, events = cases.make(s, "one.example/8", "2024-03-04T10:00:00+00:00",
                                 [{"sentence": s, "place": "Northtown", "date": "2024-03-04", "trigger": "struck"}])
    path = tmp_path / "a.db"
    with Store.open(path) as store:
        store.add(article, events)
        merge.rebuild(store)
    result = CliRunner().invoke(app, ["report", "--area", "Northern", "--since", "2024-03-01", "--until",
                                      "2024-03-10", "--format", "pdf", "--out", str(tmp_path / "a.pdf"),
                                      "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.count("warning:") == 1 and "no glyph" in result.output
    assert "UserWarning" not in result.output


def test_report_a_claim_copied_by_several_outlets_is_listed_once(tmp_path):
    with Store.open(tmp_path / "c.db") as store:
        for url, value, source in (("a.example/1", 12, "Monitor"), ("b.example/1", 12, "Monitor"),
                                   ("c.example/1", 30, "Medics")):
            text = f"Jets struck Northtown market on Monday and killed {value} people, the {source} said. {url}"
            store.add(*cases.make(text, url, "2024-03-04T10:00:00+00:00", [
                {"sentence": text, "place": "Northtown", "date": "2024-03-04", "sources": [source],
                 "figures": [("killed", value, "exact")]}]))
        merge.rebuild(store)
        rep = report.build(store, "Northern", "2024-03-01", "2024-03-10")
    [headline] = rep.headlines
    assert headline["text"] == "12 to 30" and headline["sources"] == "Medics (30); Monitor (12)"
    assert rep.developments[0]["facts"].count("12 killed (Monitor)") == 1
    [disagreement] = rep.disagreements
    assert len(disagreement["claims"]) == 2


@pytest.mark.parametrize("claims, expected", [
    ([(12, "approximately")], "about 12"),
    ([(10, "at_least"), (5, "exact")], "at least 15"),
    ([(10, "exact"), (5, "exact")], "15"),
])
def test_report_headline_total_keeps_the_qualifiers_of_its_counts(tmp_path, claims, expected):
    with Store.open(tmp_path / "q.db") as store:
        for (value, qualifier), day in zip(claims, ("2024-03-01", "2024-03-09")):
            text = f"Jets struck Northtown market and killed {value} people, the Monitor said on {day}."
            store.add(*cases.make(text, f"x.example/{day}", f"{day}T10:00:00+00:00", [
                {"sentence": text, "place": "Northtown", "date": day, "sources": ["Monitor"],
                 "figures": [("killed", value, qualifier)]}]))
        merge.rebuild(store)
        rep = report.build(store, "Northern", "2024-03-01", "2024-03-10")
    assert rep.headlines[0]["text"] == expected


@pytest.mark.parametrize("url", ["javascript:alert(1)", "https://x.example/a><img src=x onerror=alert(2)>"])
def test_report_links_only_plain_web_addresses(tmp_path, url):
    # An article's URL is hostile input too: it must not become a javascript: link or break out of one.
    with Store.open(tmp_path / "u.db") as store:
        text = "Jets struck Northtown market on Monday and killed 12 people, the Monitor said."
        store.add(*cases.make(text, url, "2024-03-04T10:00:00+00:00", [
            {"sentence": text, "place": "Northtown", "date": "2024-03-04", "sources": ["Monitor"]}]))
        merge.rebuild(store)
        for fmt in ("html", "md"):
            report.write(store, "Northern", "2024-03-01", "2024-03-10", tmp_path / f"r.{fmt}", fmt)
    html, md = (tmp_path / "r.html").read_text(), (tmp_path / "r.md").read_text()
    assert "href=\"javascript" not in html and "<img src=x" not in html
    assert "<javascript" not in md and "<img src=x" not in md


def test_report_pdf_prints_dollar_signs_of_an_article_as_written(tmp_path):
    # Matplotlib reads text between two "$" as mathematics: "$_$" in a quoted sentence made the whole
    # PDF fail, and "$5 million and $10 million" lost its dollar signs to a formula.
    s = "Jets struck Northtown market on Monday, where traders sold fuel at $_$ prices and $5 to $10 a can."
    article, events = cases.make(s, "one.example/9", "2024-03-04T10:00:00+00:00",
                                 [{"sentence": s, "place": "Northtown", "date": "2024-03-04", "trigger": "struck"}])
    with Store.open(tmp_path / "d.db") as store:
        store.add(article, events)
        merge.rebuild(store)
        report.write(store, "Northern", "2024-03-01", "2024-03-10", tmp_path / "d.pdf", "pdf")
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")


def test_report_and_merge_count_a_report_citing_only_agencies_alike():
    # Two wires and no other source: each wire speaks for itself, in merge list and in the report.
    s = "Jets killed 5 people and wounded 9 in Northtown, Reuters and AFP reported."
    article, events = cases.make(s, "daily.example/8", "2024-03-04T10:00:00+00:00", [
        {"sentence": s, "place": "Northtown", "date": "2024-03-04", "sources": ["Reuters", "AFP"]},
        {"sentence": s, "place": "Northtown", "date": "2024-03-04", "sources": ["Reuters", "AFP"],
         "trigger": "wounded", "type": "COERCE"},
    ])
    events = [e.model_copy(update={"sources": [src.model_copy(update={"kind": "news_agency"}) for src in e.sources]})
              for e in events]
    meta = {article.id: merge._ArticleMeta(article.id, article.published, article.url, None, s)}
    merged = [merge.summarise([e], meta) for e in events]
    assert merged[0].independent_sources == ["AFP", "Reuters"]
    (folded,) = report.fold_happenings(merged)
    assert folded.independent_sources == merged[0].independent_sources


def test_report_cli_warns_when_the_area_matches_nothing_stored(db, tmp_path):
    # A misspelt area gave an empty report and no word of why.
    runner = CliRunner()
    args = ["--since", "2024-03-01", "--until", "2024-03-10", "--db", str(db)]
    result = runner.invoke(app, ["report", "--area", "Nortern", "--out", str(tmp_path / "e.md"), *args])
    assert result.exit_code == 0
    [warning] = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert "Nortern" in warning and "spelling" in warning
    listed = runner.invoke(app, ["merge", "list", "--area", "Nortern", "--min-reports", "1", *args])
    assert "Nortern" in listed.stderr and "spelling" in listed.stderr
    # an area that has events, just none in the period, is no misspelling
    quiet = runner.invoke(app, ["report", "--area", "Northern", "--since", "2030-01-01", "--until", "2030-01-31",
                                "--out", str(tmp_path / "q.md"), "--db", str(db)])
    assert "spelling" not in quiet.stderr


def test_report_does_not_depend_on_the_command_line():
    # the report writer is a library module: the CLI builds on it, never the reverse
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(report))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name and name.split(".")[-1] == "cli"}


@pytest.mark.parametrize("target", ["-", "folder"])
def test_report_cli_needs_a_file_name(db, tmp_path, monkeypatch, target):
    # '--out -' wrote a file named '-' (and '-_chart.png'); a folder got 'Is a directory'.
    monkeypatch.chdir(tmp_path)
    out = "-" if target == "-" else str(tmp_path)
    result = CliRunner().invoke(app, ["report", "--area", "Northern", "--since", "2024-03-01", "--until", "2024-03-10",
                                      "--out", out, "--db", str(db)])
    assert result.exit_code == 1 and "give a file name" in result.stderr
    assert not (tmp_path / "-").exists() and not list(tmp_path.glob("*.png"))


def test_report_cite_names_an_article_without_url_once(tmp_path):
    from datetime import datetime

    from sitrep.models import Span

    sentence = Span(text="Rebels shelled a camp near Lowtown on Friday.", start=0, end=45)
    titled = merge.Report(event_id="e1", article_id="a" * 64, outlet="Camp shelled", published=datetime(2024, 5, 3),
                          title="Camp shelled", url=None, sentence=sentence, trigger=sentence,
                          independent_source="Camp shelled")
    bare = titled.model_copy(update={"title": None, "outlet": "article " + "a" * 12})
    web = titled.model_copy(update={"outlet": "east-news.example", "url": "https://east-news.example/1"})
    assert report._cite(titled) == "\u201cCamp shelled\u201d, 2024-05-03 (article aaaaaaaaaaaa, characters 0\u201345)"
    assert report._cite(bare) == "2024-05-03 (article aaaaaaaaaaaa, characters 0\u201345)"
    assert report._cite(web).startswith("\u201cCamp shelled\u201d, east-news.example, 2024-05-03 (")


@pytest.mark.parametrize("area, title", [("SY", "Syria"), ("syr", "Syria"), ("syria", "Syria"),
                                         ("Northern", "Northern"), (" Northern ", "Northern")])
def test_report_title_names_a_country_by_its_name(db, area, title):
    with Store.open(db) as store:
        rep = report.build(store, area, "2024-03-01", "2024-03-10")
    assert rep.title == f"{title}: situation report"


def test_report_over_a_period_without_events_says_none_in_every_section(db, tmp_path, monkeypatch):
    drawn = []
    monkeypatch.setattr("matplotlib.figure.Figure.text", lambda self, x, y, s, *a, **k: drawn.append(s))
    with Store.open(db) as store:
        report.write(store, "Northern", "2023-01-01", "2023-01-31", tmp_path / "r.md", "md")
        report.write(store, "Northern", "2023-01-01", "2023-01-31", tmp_path / "r.pdf", "pdf")
    md = tmp_path.joinpath("r.md").read_text()
    developments = md.split("## Key developments")[1].split("##")[0]
    assert developments.strip() == "None."
    assert drawn[drawn.index("Key developments") + 1] == "None."


def test_fold_happenings_lists_an_undated_event_under_the_day_it_was_first_reported():
    said = "Shells hit Northtown on Friday, the Monitor said."
    heard = "Shelling was heard near Northtown, residents said."
    first, [dated] = cases.make(said, "one.example/20", "2024-03-08T10:00:00+00:00",
                                [{"sentence": said, "place": "Northtown", "date": "2024-03-08", "trigger": "hit"}])
    second, [undated] = cases.make(heard, "two.example/21", "2024-03-10T10:00:00+00:00",
                                   [{"sentence": heard, "place": "Northtown", "date": "2024-03-10",
                                     "trigger": "Shelling"}])
    meta = {a.id: merge._ArticleMeta(a.id, a.published, a.url, None, a.text) for a in (first, second)}
    merged = [merge.summarise([undated.model_copy(update={"date": None})], meta), merge.summarise([dated], meta)]
    assert [m.first_event_id for m in report.fold_happenings(merged)] == [dated.id, undated.id]


@pytest.mark.parametrize("name, admin1, where", [
    ("Ma'rib", "Ma\u2019rib", "Ma'rib"), ("Lowtown", "lowtown", "Lowtown"), ("Lowtown", "Eastern", "Lowtown, Eastern"),
    ("Lowtown", None, "Lowtown")])
def test_report_names_a_town_and_its_province_of_one_name_once(name, admin1, where):
    from sitrep.models import Location

    merged = merge.MergedEvent.model_construct(location=Location(text=name, start=0, end=len(name), name=name,
                                                                   admin1=admin1))
    assert report._where(merged) == where
