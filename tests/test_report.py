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
