"""The example story's requirements (issue 2), end to end through the public API."""
import pytest

import sitrep
from sitrep import nlp
from sitrep.pipeline import extract_article, make_article


@pytest.fixture(scope="module")
def example_events(example_text):
    return sitrep.extract(example_text)


def _in_text(span, text):
    return text[span.start:span.end] == span.text


def test_pipeline_every_span_points_at_its_text(example_events, example_text):
    assert example_events
    for event in example_events:
        spans = [event.sentence, event.trigger, event.actor1, event.actor2, event.location, event.date,
                 *event.figures, *event.sources]
        for span in spans:
            if span is not None:
                assert _in_text(span, example_text), (event.trigger.text, span)


def test_pipeline_entry_into_daraa(example_events):
    """Syrian government forces entered rebel districts of Daraa on Wednesday, per official media and an NGO."""
    matches = [
        e for e in example_events
        if e.location and e.location.geonameid == 170905 and e.date and e.date.value == "2021-09-08"
        and e.actor1 and e.actor1.code.country == "SYR" and e.actor1.code.role in {"GOV", "MIL"}
    ]
    assert matches, [(e.trigger.text, e.actor1, e.location, e.date) for e in example_events]
    event = matches[0]
    assert event.actor2 is not None and event.actor2.code.country == "SYR" and event.actor2.code.role == "REB"
    kinds = {s.kind for s in event.sources}
    assert {"official_media", "ngo"} <= kinds
    assert event.modality == "asserted"
    assert abs(event.location.lat - 32.619) < 0.01 and abs(event.location.lon - 36.102) < 0.01


def test_pipeline_dateline_is_beirut_and_no_event_there(example_text, example_events):
    article = sitrep.make_article(example_text)
    assert article.dateline.place is not None and article.dateline.place.text == "Beirut"
    assert article.published is not None and article.published.date().isoformat() == "2021-09-08"
    for event in example_events:
        assert event.location is None or event.location.country != "LB", event


def test_pipeline_displacement_figure_sourced_to_ocha(example_events):
    figures = [(f, e) for e in example_events for f in e.figures if f.kind == "displaced"]
    assert figures, "no displacement figure"
    figure, event = figures[0]
    assert figure.value == 40000 and figure.qualifier == "approximately"
    names = {s.name for s in figure.sources} | {s.name for s in event.sources}
    kinds = {s.kind for s in figure.sources} | {s.kind for s in event.sources}
    assert "OCHA" in names and "un" in kinds


def test_pipeline_war_deaths_are_background(example_events):
    carrying = [e for e in example_events if any(f.value == 500000 for f in e.figures)]
    for event in carrying:
        assert event.modality == "background"
        assert event.date is None or not event.date.value.startswith("2021-09")


def test_pipeline_ids_stable_across_runs(example_text, example_events):
    again = sitrep.extract(example_text)
    assert [e.id for e in again] == [e.id for e in example_events]
    assert len({e.id for e in example_events}) == len(example_events)


def test_pipeline_plover_types_are_plover(example_events):
    from sitrep.models import PLOVER_TYPES

    assert {e.plover_type for e in example_events} <= set(PLOVER_TYPES)


def test_pipeline_own_sentence_attack_with_figures():
    events = sitrep.extract(
        "Government jets hit a bakery in Hama on Monday, leaving at least 12 civilians dead, "
        "the Syrian Observatory for Human Rights said.",
        published="2021-09-08",
    )
    killed = [f for e in events for f in e.figures if f.kind == "killed"]
    assert killed and killed[0].value == 12 and killed[0].qualifier == "at_least"
    assert any(e.plover_type == "ASSAULT" for e in events)
    assert any(e.location and e.location.country == "SY" for e in events)
    assert any(e.date and e.date.value == "2021-09-06" for e in events)
    assert any(s.name == "SOHR" for e in events for s in e.sources)


def test_pipeline_two_sources_two_figures_kept_side_by_side():
    text = ("Shelling killed 12 people in Aleppo on Monday, according to the Syrian Observatory for Human Rights. "
            "State news agency SANA said 3 people were killed in the shelling.")
    events = sitrep.extract(text, published="2021-09-08")
    killed = {(f.value, tuple(s.name for s in f.sources)) for e in events for f in e.figures if f.kind == "killed"}
    values = {value for value, _ in killed}
    assert {12, 3} <= values, killed
    by_value = {value: names for value, names in killed}
    assert "SOHR" in by_value[12] and "SANA" in by_value[3]


def test_pipeline_relative_clause_takes_the_conditional_of_its_main_clause(example_events):
    """'Those who refuse to surrender must be evacuated': nobody has refused yet."""
    refuse = [e for e in example_events if e.trigger.text == "refuse"]
    assert refuse and all(e.modality == "conditional" for e in refuse)
    entered = [e for e in example_events if e.trigger.text == "entered"]
    assert entered and entered[0].modality == "asserted"


def test_pipeline_a_sources_seat_gives_the_story_no_country():
    # "London-based" says where the group sits, not whose militants shelled the checkpoint
    text = ("Militants shelled a checkpoint outside the town on Monday. "
            "Four guards were killed, the London-based group said.")
    events = sitrep.extract(text)
    shelling = next(e for e in events if e.trigger.text == "shelled")
    assert shelling.actor1 is not None and shelling.actor1.code.role == "REB"
    assert shelling.actor1.code.country != "GBR"


@pytest.mark.parametrize("published", ["garbage", "2021-02-30", 20210908.5j])
def test_pipeline_extract_refuses_a_publication_time_that_is_no_date(published):
    from sitrep.errors import InputError

    with pytest.raises(InputError, match="published"):
        sitrep.extract("Rebels shelled an army post near Kumbo on Monday.", published=published)


def test_pipeline_extract_takes_a_date_object():
    from datetime import date

    [event] = [e for e in sitrep.extract("Rebels shelled an army post near Kumbo on Monday.",
                                         published=date(2022, 5, 4)) if e.trigger.text == "shelled"]
    assert event.date.value == "2022-05-02"


def test_pipeline_undated_warning_names_the_cli_option_and_the_json_field():
    # The same warning goes to the command line and to an HTTP client of POST /api/articles.
    from sitrep.ingest import make_article
    from sitrep.nlp import parse
    from sitrep.pipeline import undated_warning

    text = "Raiders set fire to a grain store outside Bossangoa on Thursday, a farmer said."
    warning = undated_warning(make_article(text=text), parse(text))
    assert "'Thursday'" in warning
    assert "--published YYYY-MM-DD on the command line" in warning
    assert "a 'published' field in JSON" in warning
    assert undated_warning(make_article(text=text, published="2024-03-07"), parse(text)) is None


def test_pipeline_a_headline_does_not_take_the_leads_actor():
    # headline, blank line, lead: run into one sentence, the headline's event took the lead's rebels
    text = ("Clashes erupt near Goma\n\nGOMA, Congo - Rebel fighters shelled army posts north of the town on "
            "Friday, a local official said.")
    events = sitrep.extract(text, published="2024-03-02")
    headline = [e for e in events if e.trigger.start < text.index("\n")]
    lead = [e for e in events if e.trigger.text == "shelled"]
    assert lead and lead[0].actor1 is not None and "Rebel fighters" in lead[0].actor1.text
    assert lead[0].sentence.text.startswith("GOMA, Congo")
    for event in headline:
        assert event.sentence.end <= text.index("GOMA")
        assert event.actor1 is None or "Rebel" not in event.actor1.text


@pytest.mark.parametrize("text, origin, landed", [
    ("Shelling from Donetsk hit Horlivka on Sunday, local officials said.", "Donetsk", "Horlivka"),
    ("Rebels fired mortars from Idlib at Aleppo overnight.", "Idlib", "Aleppo"),
])
def test_pipeline_where_fire_came_from_is_not_where_it_landed(text, origin, landed):
    events = sitrep.extract(text, published="2024-03-02")
    assert events
    for event in events:
        assert event.location is not None and event.location.text == landed, (event.trigger.text, event.location)


def test_pipeline_where_fire_came_from_stays_the_place_when_no_other_is_named():
    events = sitrep.extract("Rebels fired mortars from Idlib overnight.", published="2024-03-02")
    assert events and all(e.location is not None and e.location.text == "Idlib" for e in events)


def test_pipeline_a_noun_phrase_headline_adds_no_event_the_lead_reports():
    text = ("Clashes near Tripoli\n\nRival militias clashed south of Tripoli on Friday, residents said.")
    events = sitrep.extract(text)
    assert [e.trigger.text for e in events if e.plover_type == "ASSAULT"] == ["clashed"]


def test_pipeline_a_headline_of_another_event_or_with_a_verb_keeps_its_event():
    other = sitrep.extract("Protests in Basra\n\nRival militias clashed south of Tripoli on Friday.")
    assert {e.trigger.text for e in other} >= {"Protests", "clashed"}
    told = sitrep.extract("Militias clash near Tripoli\n\nRival militias clashed south of Tripoli on Friday.")
    assert [e.trigger.text for e in told] == ["clash", "clashed"]


def test_pipeline_drops_its_memos_and_a_parsed_doc_gives_the_same_events_again(example_text, example_events):
    # the per-Doc memos hold Spans of the Doc (a reference cycle): extraction drops them when done, and
    # extracting the same parsed Doc again rebuilds them and gives the same events
    doc = nlp.parse(example_text)
    article = make_article(example_text)
    first = extract_article(article, doc)
    assert [k for k in doc.user_data if str(k).startswith("sitrep_")] == ["sitrep_text"]
    second = extract_article(article, doc)
    assert [e.model_dump() for e in second] == [e.model_dump() for e in first]
    assert [e.id for e in first] == [e.id for e in example_events]
