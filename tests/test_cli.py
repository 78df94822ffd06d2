import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()
STORY = "Syrian army troops shelled rebel positions in Idlib on Tuesday, state media said.\n"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bin.json").write_bytes(b"\x00\x00\x00")
    return folder


def test_cli_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "ingest", "events", "export", "demo", "gazetteer"):
        assert command in result.output


def test_cli_extract_prints_json(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2021-09-08"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)
    assert any(e["plover_type"] == "ASSAULT" for e in events)


def test_cli_extract_missing_file_is_one_line_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "nope.txt: no such file; check the path" in result.output and "Traceback" not in result.output
    folder = runner.invoke(app, ["extract", str(tmp_path)])
    assert folder.exit_code == 1 and "a folder" in folder.output and "sitrep ingest" in folder.output


def test_cli_ingest_reports_errors_keeps_going_and_is_idempotent(corpus, tmp_path):
    db = str(tmp_path / "s.db")
    first = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert first.exit_code == 1  # two bad files
    assert "empty.txt" in first.output and "bin.json" in first.output
    assert "articles read: 1, new: 1" in first.output
    second = runner.invoke(app, ["ingest", str(corpus / "a.txt"), "--db", db])
    assert second.exit_code == 0
    assert "articles read: 1, new: 0, events: 0, errors: 0" in second.output
    listed = runner.invoke(app, ["events", "--db", db, "--format", "json"])
    assert listed.exit_code == 0
    assert len(json.loads(listed.stdout)) >= 1


def test_cli_events_filters_and_formats(corpus, tmp_path):
    db = str(tmp_path / "s.db")
    runner.invoke(app, ["ingest", str(corpus / "a.txt"), "--db", db])
    none = runner.invoke(app, ["events", "--db", db, "--country", "EG", "--format", "json"])
    assert json.loads(none.stdout) == []
    csv_out = runner.invoke(app, ["events", "--db", db, "--format", "csv"])
    assert csv_out.stdout.startswith("id,article_id")
    bad = runner.invoke(app, ["events", "--db", db, "--format", "xml"])
    assert bad.exit_code == 1 and "unknown format" in bad.output


def test_cli_export_formats(corpus, tmp_path):
    db = str(tmp_path / "s.db")
    runner.invoke(app, ["ingest", str(corpus / "a.txt"), "--db", db])
    for fmt, name in (("acled-csv", "e.csv"), ("plover-json", "e.json"), ("geojson", "e.geojson"),
                      ("parquet", "e.parquet")):
        result = runner.invoke(app, ["export", "--format", fmt, "--out", str(tmp_path / name), "--db", db])
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).stat().st_size > 0


def test_cli_events_without_database_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "sitrep ingest" in result.output


def test_cli_demo_prints_the_example_events(tmp_path):
    result = runner.invoke(app, ["demo", "--db", str(tmp_path / "demo.db")])
    assert result.exit_code == 0, result.output
    assert "Daraa" in result.output and "events" in result.output


def test_cli_classify_labels_rows_and_flags_bad_ones(tmp_path):
    path = tmp_path / "snippets.tsv"
    path.write_text(
        "id\ttext\n"
        "a\tRiot police fired tear gas to disperse demonstrators in the capital.\n"
        "b\tA magnitude 6 earthquake destroyed hundreds of homes.\n"
        "broken row without a tab\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["classify", str(path)])
    assert result.exit_code == 1
    lines = [line.split("\t") for line in result.stdout.strip().splitlines()]
    assert lines[0] == ["id", "label"]
    labels = dict(lines[1:])
    assert labels["b"] == "NATURAL_DISASTER"
    assert labels["a"] in {"PROTEST_WITH_INTER", "EXCESSIVE_FORCE", "VIOL_DEMONSTR"}  # the protest family
    assert "snippets.tsv:4" in result.output


def test_cli_ingest_goes_on_when_one_article_fails_to_extract(tmp_path, monkeypatch):
    import sitrep.pipeline as pipeline

    real = pipeline.extract_article

    def fragile(article, doc=None):
        if "poison" in article.text:
            raise RuntimeError("boom")
        return real(article, doc)

    monkeypatch.setattr(pipeline, "extract_article", fragile)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("A poison article about shelling in Homs.", encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db])
    assert result.exit_code == 1
    assert "b.txt: extraction failed (RuntimeError: boom)" in result.output
    assert "new: 1" in result.output and "Traceback" not in result.output


def test_cli_table_shows_article_text_as_text_not_markup(tmp_path):
    from sitrep.cli import events_table
    from sitrep.models import Event, Span
    from rich.console import Console

    hostile = "[link=https://evil.example]click[/link] \x1b[31mred"
    event = Event(id="x", article_id="y", sentence=Span(text=hostile, start=0, end=len(hostile)),
                  trigger=Span(text=hostile, start=0, end=len(hostile)))
    console = Console(record=True, width=200)
    console.print(events_table([event]))
    rendered = console.export_text()
    assert "[link=https://evil.example]" in rendered and "\x1b" not in rendered


def test_cli_ingest_workers_stores_what_the_serial_run_stores(corpus, tmp_path):
    serial, parallel = str(tmp_path / "serial.db"), str(tmp_path / "parallel.db")
    (corpus / "b.txt").write_text("Police arrested 30 protesters in Cairo on Friday, AFP reported.\n", encoding="utf-8")
    runner.invoke(app, ["ingest", str(corpus), "--db", serial])
    result = runner.invoke(app, ["ingest", str(corpus), "--db", parallel, "--workers", "2"])
    assert result.exit_code == 1  # the two bad files are still reported
    assert "articles read: 2, new: 2" in result.output
    ids = []
    for db in (serial, parallel):
        listed = runner.invoke(app, ["events", "--db", db, "--format", "json"])
        ids.append(sorted(e["id"] for e in json.loads(listed.stdout)))
    assert ids[0] == ids[1] and ids[0]


def test_cli_ingest_parquet_dir_needs_dask(corpus, tmp_path):
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "x.db"), "--parquet-dir", "out"])
    assert result.exit_code == 1 and "--parquet-dir goes with --dask" in result.output


def test_cli_filters_take_any_case_and_refuse_typos(corpus, tmp_path):
    db = str(tmp_path / "s.db")
    runner.invoke(app, ["ingest", str(corpus / "a.txt"), "--db", db])
    upper = runner.invoke(app, ["events", "--db", db, "--type", "ASSAULT", "--modality", "asserted", "--format", "json"])
    lower = runner.invoke(app, ["events", "--db", db, "--type", "assault", "--modality", "Asserted", "--format", "json"])
    assert json.loads(upper.stdout) and json.loads(lower.stdout) == json.loads(upper.stdout)
    for args, words in (
        (["events", "--since", "2024-13-01"], "--since 2024-13-01: not a date"),
        (["events", "--type", "SHOOT"], "not a PLOVER type"),
        (["export", "--format", "geojson", "--out", str(tmp_path / "x.geojson"), "--modality", "asserted_"],
         "unknown modality"),
        (["merge", "list", "--until", "yesterday"], "--until yesterday: not a date"),
        (["events", "--since", "2024-06-01", "--until", "2024-05-01"], "is after --until"),
        (["events", "--country", "Narnia"], "--country Narnia: not a country"),
        (["report", "--area", "Syria", "--since", "2024-06-01", "--until", "2024-05-01", "--out",
          str(tmp_path / "r.md")], "is after --until"),
    ):
        result = runner.invoke(app, args + ["--db", db])
        assert result.exit_code == 1 and words in result.output, result.output
    assert not (tmp_path / "x.geojson").exists()


def test_cli_merge_commands_do_not_create_a_missing_database(tmp_path):
    for command in ("list", "rebuild", "update"):
        result = runner.invoke(app, ["merge", command, "--db", str(tmp_path / "none.db")])
        assert result.exit_code == 1 and "sitrep ingest" in result.output
    assert not (tmp_path / "none.db").exists()


def test_cli_geojson_export_counts_only_the_events_it_can_map(tmp_path):
    db = str(tmp_path / "s.db")
    (tmp_path / "a.txt").write_text("Gunmen stormed a checkpoint, killing four guards, the army said.\n")
    runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db])
    result = runner.invoke(app, ["export", "--format", "geojson", "--out", str(tmp_path / "e.geojson"), "--db", db])
    features = json.loads((tmp_path / "e.geojson").read_text())["features"]
    assert features == [] and "wrote 0 events" in result.output and "without a place left out" in result.output


def test_cli_table_names_an_unnamed_doer():
    from sitrep.cli import _actor_cell
    from sitrep.models import Actor, ActorCode

    unnamed = Actor(text="", start=9, end=9, name="unidentified armed forces", code=ActorCode(country="SYR", role="UAF"))
    assert _actor_cell(unnamed) == "unidentified armed forces (SYR UAF)"


def test_cli_export_takes_the_filters_of_events(corpus, tmp_path):
    import csv

    db = str(tmp_path / "s.db")
    runner.invoke(app, ["ingest", str(corpus / "a.txt"), "--db", db])
    everything = tmp_path / "all.csv"
    runner.invoke(app, ["export", "--format", "acled-csv", "--out", str(everything), "--db", db])
    assert list(csv.DictReader(everything.open()))
    for args, rows in ((["--country", "Syria", "--modality", "asserted"], None), (["--type", "protest"], 0),
                       (["--until", "1999-12-31"], 0)):
        subset = tmp_path / "subset.csv"
        result = runner.invoke(app, ["export", "--format", "acled-csv", "--out", str(subset), "--db", db] + args)
        assert result.exit_code == 0, result.output
        found = list(csv.DictReader(subset.open()))
        assert len(found) == (len(list(csv.DictReader(everything.open()))) if rows is None else rows), args
    result = runner.invoke(app, ["export", "--format", "geojson", "--out", str(tmp_path / "x.json"), "--db", db,
                                 "--country", "Narnia"])
    assert result.exit_code == 1 and "--country Narnia" in result.output


def test_cli_extract_refuses_a_publication_time_that_is_no_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2021-13-45"])
    assert result.exit_code == 1 and "--published 2021-13-45: not a date" in result.output


def test_cli_extract_says_why_relative_dates_give_no_date(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Gunmen raided a clinic in Kandahar yesterday, killing two guards.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    assert all(e["date"] is None for e in json.loads(result.stdout))
    [line] = [l for l in result.stderr.splitlines() if l.strip()]
    assert "undated.txt" in line and "'yesterday'" in line and "--published" in line
    dated = runner.invoke(app, ["extract", str(path), "--published", "2024-05-02"])
    assert dated.stderr.strip() == "" and json.loads(dated.stdout)[0]["date"]["value"] == "2024-05-01"


def test_cli_events_table_shows_the_day_an_undated_event_is_filed_under(tmp_path):
    # No date words: the event is filed (and sorted) under the publication day, and the table says so.
    story = tmp_path / "d.json"
    story.write_text(json.dumps({"text": "Militants stormed a police post in Gao, the army said.",
                                 "published": "2024-04-02T08:00:00"}), encoding="utf-8")
    db = str(tmp_path / "d.db")
    assert runner.invoke(app, ["ingest", str(story), "--db", db]).exit_code == 0
    table = runner.invoke(app, ["events", "--db", db, "--format", "table"]).stdout
    assert "stormed" in table and "2024-04-02 (published)" in table


QUAKE = "A strong earthquake flattened hundreds of houses in the hills."
RALLY = "Teachers marched peacefully through the capital demanding higher pay."


@pytest.mark.parametrize("name, data", [
    ("swapped.tsv", f"text\tid\n{QUAKE}\tq\n{RALLY}\tr\n".encode()),
    ("extra.tsv", f"id\tsource\ttext\nq\tWire\t{QUAKE}\nr\tPaper\t{RALLY}\n".encode()),
    ("bom-crlf.tsv", f"\ufeffid\ttext\r\nq\t{QUAKE}\r\n\r\n\r\nr\t{RALLY}\r\n".encode()),
    ("upper.tsv", f"ID\tText\nq\t{QUAKE}\n\nr\t{RALLY}\n".encode()),
])
def test_cli_classify_reads_columns_by_their_header(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(app, ["classify", str(path)])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0] == ["id", "label"] and [r[0] for r in rows[1:]] == ["q", "r"]
    assert rows[1][1] == "NATURAL_DISASTER" and rows[2][1] != "NATURAL_DISASTER"


@pytest.mark.parametrize("name, data, says", [
    ("empty.tsv", b"", ["empty.tsv: the file is empty", "id<TAB>text"]),
    ("no-text.tsv", b"id\tsource\tdate\nq\tWire\t2024-01-01\n", ["no-text.tsv: no 'text' column", "'text'"]),
    ("comma.tsv", f"id,text\nq,{QUAKE}\n".encode(), ["comma.tsv:1", "tab"]),
    ("latin.tsv", f"id\ttext\nq\t{QUAKE}\nr\tA caf\xe9 burned.\n".encode("latin-1"), ["latin.tsv:3", "UTF-8"]),
    ("huge.tsv", ("id\ttext\nq\t" + "Troops shelled the town. " * 50_000 + f"\nr\t{RALLY}\n").encode(),
     ["huge.tsv:2", "split"]),
])
def test_cli_classify_bad_files_get_one_line_per_fault(tmp_path, name, data, says):
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(app, ["classify", str(path)])
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("error: "), result.stderr
    assert all(word in errors[0] for word in says), errors[0]
    if name in ("latin.tsv", "huge.tsv"):  # the readable rows are still labelled
        assert len(result.stdout.splitlines()) == 2


def test_cli_filter_and_output_errors_name_the_option_and_the_remedy(tmp_path):
    db = str(tmp_path / "f.db")
    story = tmp_path / "s.txt"
    story.write_text("Rebels shelled an army base near Gao on Monday, the army said.", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(story), "--db", db]).exit_code == 0
    country = runner.invoke(app, ["events", "--db", db, "--country", "Atlantis"])
    assert country.exit_code == 1 and "--country Atlantis: not a country" in country.stderr
    out = runner.invoke(app, ["export", "--format", "geojson", "--out", str(tmp_path / "no" / "x.geojson"), "--db", db])
    assert out.exit_code == 1 and "cannot write" in out.stderr and "; check" in out.stderr
    notdb = runner.invoke(app, ["events", "--db", str(story)])
    assert notdb.exit_code == 1 and "a sitrep SQLite file" in notdb.stderr


def test_cli_ingest_says_how_many_events_lack_a_date_for_want_of_a_publication_time(tmp_path):
    (tmp_path / "undated.txt").write_text("Gunmen torched a clinic near Kumbo yesterday, residents said.",
                                          encoding="utf-8")
    (tmp_path / "dated.json").write_text(json.dumps({"text": "Gunmen torched a school near Kumbo yesterday.",
                                                     "published": "2024-04-02"}), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "u.db")])
    assert result.exit_code == 0
    [warning] = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert "1 article has no publication time" in warning and "'published'" in warning
    assert "so 1 of its events has no date" in warning and "ISO 8601" in warning


def test_cli_export_to_dash_writes_standard_output_and_a_folder_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "x.db")
    story = tmp_path / "s.txt"
    story.write_text("Rebels shelled an army base near Gao on Monday, the army said.", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(story), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["export", "--format", "geojson", "--out", "-", "--db", db])
    assert result.exit_code == 0 and json.loads(result.stdout)["type"] == "FeatureCollection"
    assert not (tmp_path / "-").exists()
    binary = runner.invoke(app, ["export", "--format", "parquet", "--out", "-", "--db", db])
    assert binary.exit_code == 1 and "parquet" in binary.stderr and "file name" in binary.stderr
    folder = runner.invoke(app, ["export", "--format", "acled-csv", "--out", str(tmp_path), "--db", db])
    assert folder.exit_code == 1 and "a folder" in folder.stderr and "file name" in folder.stderr


def test_cli_events_table_figures_keep_their_qualifier_and_range():
    from sitrep.cli import events_table
    from sitrep.models import Event, Figure, Span

    s = "Raiders killed at least 11 herders and dozens fled, elders said."
    event = Event(id="e", article_id="a", sentence=Span(text=s, start=0, end=len(s)),
                  trigger=Span(text="killed", start=8, end=14), figures=[
                      Figure(kind="killed", value=11, qualifier="at_least", text="at least 11", start=15, end=26),
                      Figure(kind="displaced", value=24, value_max=99, qualifier="approximately", text="dozens",
                             start=39, end=45)])
    table = events_table([event])
    figures = table.columns[5]._cells[0].plain
    assert figures == "killed at least 11, displaced about 24\u201399"


def test_cli_ingest_into_a_log_says_it_is_alive_now_and_then(tmp_path, monkeypatch):
    import sitrep.cli as cli

    (tmp_path / "a.txt").write_text("Rebels shelled an army post near Gao on Monday, the army said.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Militiamen looted a market near Mopti on Friday.",
                                                  "published": "2024-04-06"}) + "\n", encoding="utf-8")
    monkeypatch.setattr(cli, "PROGRESS_LOG_SECONDS", 0.0)  # the bar is off (no terminal): plain lines instead
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "p.db")])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("ingest: ")]
    assert lines and lines[-1].startswith("ingest: 2/2 files, 2 articles read, ")
    monkeypatch.setattr(cli, "PROGRESS_LOG_SECONDS", 3600.0)
    quiet = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "q.db")])
    assert not [line for line in quiet.stderr.splitlines() if line.startswith("ingest: ")]


def test_cli_classify_help_says_what_its_labels_are():
    result = runner.invoke(app, ["classify", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "CASE 2021 codes" in text and "ART_MISS_ATTACK (Shelling/artillery/missile attack)" in text


def test_cli_ingest_help_paragraph_is_wrapped_not_broken_where_the_source_broke_it():
    result = runner.invoke(app, ["ingest", "--help"], env={"COLUMNS": "200", "TERMINAL_WIDTH": "200"})
    assert result.exit_code == 0
    assert "A run that was stopped can simply be started again" in result.output
    assert "no article file in it is an error" in " ".join(result.output.split())


def test_cli_format_is_read_in_any_case(corpus, tmp_path):
    db = str(tmp_path / "c.db")
    runner.invoke(app, ["ingest", str(corpus / "a.txt"), "--db", db])
    events = runner.invoke(app, ["events", "--db", db, "--format", "JSON"])
    assert events.exit_code == 0 and json.loads(events.stdout)
    exported = runner.invoke(app, ["export", "--db", db, "--format", "GeoJSON", "--out", str(tmp_path / "e.geojson")])
    assert exported.exit_code == 0 and json.loads((tmp_path / "e.geojson").read_text())["type"] == "FeatureCollection"
    listed = runner.invoke(app, ["merge", "list", "--db", db, "--format", "Json", "--min-reports", "1"])
    assert listed.exit_code == 0 and isinstance(json.loads(listed.stdout), list)
    reported = runner.invoke(app, ["report", "--db", db, "--area", "SY", "--since", "2021-09-01", "--until",
                                   "2021-09-30", "--format", "MD", "--out", str(tmp_path / "r.md")])
    assert reported.exit_code == 0 and (tmp_path / "r.md").read_text().startswith("# Syria")


def test_cli_a_period_ending_before_it_starts_is_refused_in_the_store_s_words(tmp_path):
    from sitrep.errors import InputError
    from sitrep.store import day_period

    with pytest.raises(InputError) as api:
        day_period("2023-09-10", "2023-09-02")
    result = runner.invoke(app, ["events", "--since", "2023-09-10", "--until", "2023-09-02", "--db", str(tmp_path / "p.db")])
    # the same sentence, only the option names differ ("since=" in the API, "--since " here)
    words = str(api.value).replace("since=", "--since ").replace("until=", "--until ")
    assert result.exit_code == 1 and words in " ".join(result.output.split()), result.output


def test_cli_days_written_without_dashes_filter_as_the_same_days(tmp_path):
    # "20210907" is a valid ISO day; compared as raw text with stored "2021-09-08" it would sort after it
    db = str(tmp_path / "d.db")
    example = Path(__file__).parents[1] / "src" / "sitrep" / "data" / "examples" / "daraa-2021-09-08.txt"
    assert runner.invoke(app, ["ingest", str(example), "--db", db]).exit_code == 0
    listings = [runner.invoke(app, ["merge", "list", "--db", db, "--format", "json", "--min-reports", "1",
                                    "--since", since]) for since in ("2021-09-07", "20210907")]
    assert all(listed.exit_code == 0 for listed in listings)
    dashed, basic = (json.loads(listed.stdout) for listed in listings)
    assert dashed and basic == dashed
    refused = runner.invoke(app, ["events", "--db", db, "--since", "2021-09-10", "--until", "20210908"])
    assert refused.exit_code == 1 and "--since 2021-09-10: is after --until 2021-09-08" in " ".join(refused.output.split())
