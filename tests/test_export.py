import csv
import json

import pyarrow.parquet as pq
import pytest

from sitrep import export
from sitrep.ingest import make_article
from sitrep.models import Actor, ActorCode, DateValue, Event, Figure, Location, SourceRef, Span


@pytest.fixture
def sample():
    article = make_article("Rebels shelled Daraa, killing 3, SANA said.", published="2021-09-08",
                           url="https://example.org/x")
    event = Event(
        id="e1", article_id=article.id,
        sentence=Span(text=article.text, start=0, end=len(article.text)),
        trigger=Span(text="shelled", start=7, end=14),
        plover_type="ASSAULT", plover_mode="aerial", cameo_root="19",
        acled_event_type="Explosions/Remote violence", acled_sub_event_type="Shelling/artillery/missile attack",
        actor1=Actor(text="Rebels", start=0, end=6, code=ActorCode(country="SYR", role="REB")),
        location=Location(text="Daraa", start=15, end=20, name="Daraa", geonameid=170905, lat=32.6189,
                          lon=36.1021, country="SY", admin1="Daraa", precision="exact"),
        date=DateValue(text="x", start=0, end=1, value="2021-09-08", precision="day"),
        figures=[Figure(text="killing 3", start=22, end=31, kind="killed", value=3)],
        sources=[SourceRef(text="SANA", start=33, end=37, name="SANA", kind="official_media")],
    )
    return [event], [article]


def test_export_acled_csv(tmp_path, sample):
    events, articles = sample
    path = tmp_path / "e.csv"
    export.export(events, "acled-csv", str(path), articles)
    [row] = list(csv.DictReader(path.open()))
    assert row["event_date"] == "2021-09-08" and row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert row["fatalities"] == "3" and row["inter1"] == "2" and row["iso3"] == "SYR"
    assert row["country"] == "Syria" and row["source"] == "SANA" and row["url"] == "https://example.org/x"


@pytest.mark.parametrize("role, event_type, expected", [
    ("CVL", "Protests", "6"),      # demonstrators are protesters whatever the dictionary calls them
    ("OPP", "Riots", "5"),
    ("CVL", "Violence against civilians", "7"),
    ("UAF", "Explosions/Remote violence", "3"),  # unidentified armed group: filed with political militias
    ("MIL", "Protests", "1"),      # the state's forces stay the state's
])
def test_export_acled_interaction_codes(tmp_path, sample, role, event_type, expected):
    events, articles = sample
    event = events[0].model_copy(update={
        "acled_event_type": event_type,
        "actor1": Actor(text="Rebels", start=0, end=6, code=ActorCode(country="SYR", role=role)),
    })
    path = tmp_path / "e.csv"
    export.export([event], "acled-csv", str(path), articles)
    [row] = list(csv.DictReader(path.open()))
    assert row["inter1"] == expected


def test_export_geojson_points_are_lon_lat(tmp_path, sample):
    events, articles = sample
    path = tmp_path / "e.geojson"
    export.export(events, "geojson", str(path), articles)
    data = json.loads(path.read_text())
    [feature] = data["features"]
    assert feature["geometry"]["coordinates"] == [36.1021, 32.6189]
    assert feature["properties"]["killed"] == 3


def test_export_plover_json(tmp_path, sample):
    events, articles = sample
    path = tmp_path / "e.json"
    export.export(events, "plover-json", str(path), articles)
    [record] = json.loads(path.read_text())["events"]
    assert record["event_type"] == "ASSAULT" and record["source_actor"] == "Rebels"
    assert record["source_country"] == "SYR" and record["story_date"].startswith("2021-09-08")


def test_export_parquet_keeps_full_event(tmp_path, sample):
    events, articles = sample
    path = tmp_path / "e.parquet"
    export.export(events, "parquet", str(path), articles)
    table = pq.read_table(path)
    assert table.num_rows == 1
    assert Event.model_validate_json(table.column("event_json")[0].as_py()) == events[0]


def test_export_empty_still_writes_headers(tmp_path):
    path = tmp_path / "none.csv"
    export.export([], "acled-csv", str(path))
    assert path.read_text().startswith("event_id_cnty,event_date")
    export.export([], "parquet", str(tmp_path / "none.parquet"))
    assert pq.read_table(tmp_path / "none.parquet").num_rows == 0


def test_export_csv_cells_cannot_run_as_formulas(tmp_path, sample):
    events, articles = sample
    # actors are frozen (shared per Doc): a hostile name comes in through a copy
    events[0].actor1 = events[0].actor1.model_copy(update={"text": "=HYPERLINK(\"http://evil.example\",\"x\")"})
    events[0].sentence.text = "+1+cmd|' /C calc'!A0"
    path = tmp_path / "e.csv"
    export.export(events, "acled-csv", str(path), articles)
    [row] = list(csv.DictReader(path.open()))
    assert row["actor1"].startswith("'=") and row["notes"].startswith("'+")
    assert row["fatalities"] == "3"  # numbers untouched


def test_export_sentence_text_leaves_out_the_paragraph_break(tmp_path):
    text = "Rebels shelled Daraa on Monday.\n\nMore to come."
    article = make_article(text, published="2021-09-08")
    sentence = Span(text=text[:32], start=0, end=32)  # a parser's sentence keeps the break it ends on
    event = Event(id="e2", article_id=article.id, sentence=sentence, trigger=Span(text="shelled", start=7, end=14))
    export.export([event], "acled-csv", str(tmp_path / "e.csv"), [article])
    export.export([event], "plover-json", str(tmp_path / "e.json"), [article])
    [row] = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert row["notes"] == "Rebels shelled Daraa on Monday."
    assert json.loads((tmp_path / "e.json").read_text())["events"][0]["event_text"] == "Rebels shelled Daraa on Monday."


def test_export_fatalities_add_up_the_groups_a_source_counts(tmp_path):
    text = "Jets killed four fighters and two shepherds, the Monitor said."
    article = make_article(text, published="2021-09-08")
    monitor = [SourceRef(text="the Monitor", start=45, end=56, name="Monitor", kind="ngo")]
    figures = [Figure(text="four fighters", start=12, end=25, kind="killed", value=4, group="fighters", sources=monitor),
               Figure(text="two shepherds", start=30, end=43, kind="killed", value=2, group="shepherds", sources=monitor)]
    event = Event(id="e3", article_id=article.id, sentence=Span(text=text, start=0, end=len(text)),
                  trigger=Span(text="killed", start=5, end=11), figures=figures)
    export.export([event], "acled-csv", str(tmp_path / "e.csv"), [article])
    [row] = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert row["fatalities"] == "6"


def test_export_parquet_has_one_schema_whatever_the_events(tmp_path, sample):
    # A reader appending daily files needs the same column types every day: not strings when the
    # export is empty, not the null type when no event has an injured count.
    events, articles = sample
    export.export(events, "parquet", str(tmp_path / "one.parquet"), articles)
    export.export([], "parquet", str(tmp_path / "none.parquet"))
    one, none = pq.read_schema(tmp_path / "one.parquet"), pq.read_schema(tmp_path / "none.parquet")
    assert one.remove_metadata() == none.remove_metadata()
    types = {field.name: str(field.type) for field in one}
    assert types["injured"] == "int64" and types["lat"] == "double" and types["admin2"] == "string"
    assert types["event_json"] == "string"


@pytest.mark.parametrize("role1, role2, expected", [
    ("REB", "MIL", "12"),  # ACLED writes the lower code first: rebels against the military is 12
    ("MIL", "CVL", "17"),
    ("CVL", None, "60"),   # protesters alone: the code, then 0
    ("REB", None, "20"),
])
def test_export_acled_interaction_is_lower_code_first_and_0_for_one_actor(tmp_path, sample, role1, role2, expected):
    events, articles = sample
    event = events[0].model_copy(update={
        "acled_event_type": "Protests" if role1 == "CVL" else "Battles",
        "actor1": Actor(text="Rebels", start=0, end=6, code=ActorCode(country="SYR", role=role1)),
        "actor2": Actor(text="Daraa", start=15, end=20, code=ActorCode(country="SYR", role=role2)) if role2 else None,
    })
    path = tmp_path / "e.csv"
    export.export([event], "acled-csv", str(path), articles)
    [row] = list(csv.DictReader(path.open()))
    assert row["interaction"] == expected


def test_export_acled_row_of_an_event_with_no_day_has_no_time_precision(tmp_path, sample):
    events, _ = sample
    undated = events[0].model_copy(update={"date": None, "location": None})
    path = tmp_path / "e.csv"
    export.export([undated], "acled-csv", str(path), [])  # no article: no publication day either
    [row] = list(csv.DictReader(path.open()))
    assert row["event_date"] == row["year"] == row["time_precision"] == ""
    assert row["latitude"] == row["country"] == row["geo_precision"] == ""


def test_export_plover_json_keeps_figures_with_qualifiers_trigger_and_url(tmp_path, sample):
    events, articles = sample
    events[0].figures = [Figure(text="at least 3", start=22, end=32, kind="killed", value=3, qualifier="at_least",
                                sources=[SourceRef(text="SANA", start=33, end=37, name="SANA")])]
    export.export(events, "plover-json", str(tmp_path / "e.json"), articles)
    [record] = json.loads((tmp_path / "e.json").read_text())["events"]
    [figure] = record["figures"]
    assert Figure.model_validate(figure) == events[0].figures[0]
    assert figure["qualifier"] == "at_least" and figure["sources"][0]["name"] == "SANA"
    assert Span.model_validate(record["trigger"]) == events[0].trigger
    assert record["story_url"] == "https://example.org/x"


def test_export_names_an_unnamed_actor_in_every_format(tmp_path, sample):
    events, articles = sample
    events[0].actor2 = Actor(text="", start=7, end=7, name="people where it happened",
                             code=ActorCode(country="SYR", role="CVL"))
    for fmt in ("csv", "acled-csv", "plover-json", "geojson"):
        export.export(events, fmt, str(tmp_path / f"e.{fmt}"), articles)
    assert next(csv.DictReader((tmp_path / "e.csv").open()))["actor2"] == "people where it happened"
    assert next(csv.DictReader((tmp_path / "e.acled-csv").open()))["actor2"] == "people where it happened"
    assert json.loads((tmp_path / "e.plover-json").read_text())["events"][0]["target_actor"] == "people where it happened"
    [feature] = json.loads((tmp_path / "e.geojson").read_text())["features"]
    assert feature["properties"]["actor2"] == "people where it happened"


@pytest.mark.parametrize("value, precision, day, time_precision", [
    ("2024-03", "month", "2024-03-01", "3"), ("2023", "year", "2023-01-01", "3"),
    ("2024-03-04/2024-03-06", "range", "2024-03-04", "2"), ("2024-07-01/2024-08-31", "range", "2024-07-01", "3"),
    ("2024-03-04", "day", "2024-03-04", "1")])
def test_export_acled_event_date_is_always_a_day(tmp_path, sample, value, precision, day, time_precision):
    events, articles = sample
    events[0].date = DateValue(text="x", start=0, end=1, value=value, precision=precision)
    export.export(events, "acled-csv", str(tmp_path / "e.csv"), articles)
    [row] = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert (row["event_date"], row["year"], row["time_precision"]) == (day, day[:4], time_precision)


def test_export_flat_formats_keep_the_qualifier_and_range_of_counts(tmp_path):
    text = "Raiders burned Osk village, killing at least 14 herders; up to 30 were hurt and dozens fled."
    article = make_article(text, published="2030-06-11", url="https://example.org/osk")

    def fig(part, kind, value, qualifier, value_max=None):
        start = text.index(part)
        return Figure(text=part, start=start, end=start + len(part), kind=kind, value=value, value_max=value_max,
                      qualifier=qualifier)

    event = Event(id="q1", article_id=article.id, sentence=Span(text=text, start=0, end=len(text)),
                  trigger=Span(text="burned", start=8, end=14), plover_type="ASSAULT",
                  location=Location(text="Osk", start=15, end=18, name="Osk", lat=10.0, lon=20.0, country="SD"),
                  figures=[fig("at least 14 herders", "killed", 14, "at_least"), fig("up to 30", "injured", 30, "up_to"),
                           fig("dozens", "displaced", 24, "approximately", value_max=99)])
    for fmt in ("csv", "acled-csv", "geojson", "parquet"):
        export.export([event], fmt, str(tmp_path / f"e.{fmt}"), [article])
    [flat] = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert (flat["killed"], flat["killed_max"], flat["killed_qualifier"]) == ("14", "", "at_least")
    assert (flat["injured"], flat["injured_qualifier"]) == ("30", "up_to")
    assert (flat["displaced"], flat["displaced_max"], flat["displaced_qualifier"]) == ("24", "99", "approximately")
    assert flat["arrested"] == flat["arrested_max"] == flat["arrested_qualifier"] == ""
    [acled] = list(csv.DictReader((tmp_path / "e.acled-csv").open()))
    assert (acled["fatalities"], acled["fatalities_max"], acled["fatalities_qualifier"]) == ("14", "", "at_least")
    [feature] = json.loads((tmp_path / "e.geojson").read_text())["features"]
    assert feature["properties"]["killed_qualifier"] == "at_least" and feature["properties"]["displaced_max"] == 99
    [row] = pq.read_table(tmp_path / "e.parquet").to_pylist()
    assert (row["killed"], row["killed_qualifier"], row["displaced_max"]) == (14, "at_least", 99)
    none = event.model_copy(update={"figures": []})
    export.export([none], "acled-csv", str(tmp_path / "n.csv"), [article])
    [acled] = list(csv.DictReader((tmp_path / "n.csv").open()))
    assert (acled["fatalities"], acled["fatalities_max"], acled["fatalities_qualifier"]) == ("0", "", "")


def test_export_actor_label_is_the_words_else_the_name():
    said = Actor(text="the border guards", start=0, end=17, name="Border Guard", code=ActorCode(role="MIL"))
    unnamed = Actor(text="", start=5, end=5, name="people where it happened", code=ActorCode(role="CVL"))
    assert export.actor_label(said) == "the border guards"
    assert export.actor_label(unnamed) == "people where it happened"
    assert export.actor_label(None) is None
