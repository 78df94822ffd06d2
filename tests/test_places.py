from __future__ import annotations

import pytest

from sitrep.models import Span
from sitrep.places import demonym_place, find_places, resolve_spans


def _places(nlp, text, **kw):
    found = find_places(nlp(text), **kw)
    for loc in found:
        assert text[loc.start:loc.end] == loc.text
    return found


def test_places_example_story(nlp, example_text):
    found = _places(nlp, example_text)
    by_text = {}
    for loc in found:
        by_text.setdefault(loc.text, loc)
    assert by_text["Daraa"].geonameid == 170905
    assert by_text["Daraa"].country == "SY" and by_text["Daraa"].admin1 == "Daraa"
    assert by_text["Beirut"].country == "LB"
    assert by_text["Deraa al-Balad"].geonameid == 170905 and by_text["Deraa al-Balad"].precision == "district"
    assert by_text["Syria"].precision == "country"
    assert by_text["Russia"].country == "RU" and by_text["Iran"].country == "IR"
    assert not {"Syrian", "Russian", "Lebanese"} & set(by_text)


def test_places_demonyms_are_not_places(nlp):
    found = _places(nlp, "Syrian and Lebanese officials met Russian-brokered negotiators in Geneva.")
    assert [loc.text for loc in found] == ["Geneva"]
    assert found[0].country == "CH"


def test_places_context_picks_the_syrian_dara(nlp):
    found = _places(nlp, "Shelling hit Dara and Homs overnight, activists in Syria said.")
    dara = [loc for loc in found if loc.text == "Dara"]
    assert dara and dara[0].geonameid == 170905


def test_places_city_state_pair(nlp):
    found = _places(nlp, "The parade went through Paris, Texas, on Saturday.")
    paris = [loc for loc in found if loc.text == "Paris"]
    assert paris and paris[0].country == "US" and paris[0].admin1 == "Texas"


def test_places_country_hint_changes_the_choice(nlp):
    text = "Protesters gathered in Tripoli on Friday."
    hinted = [loc for loc in _places(nlp, text, country_hints=["LB"]) if loc.text == "Tripoli"]
    assert hinted and hinted[0].country == "LB"


def test_places_dateline_is_returned(nlp):
    text = "(Amman) Talks on water sharing resumed on Monday."
    found = _places(nlp, text, dateline_place=Span(text="Amman", start=1, end=6))
    assert any(loc.text == "Amman" and loc.country == "JO" for loc in found)


def test_places_no_places_in_plain_sentence(nlp):
    assert _places(nlp, "The committee will meet again next week to discuss the budget.") == []


@pytest.mark.parametrize("word,country", [("Syrian", "SY"), ("Lebanese", "LB"), ("Georgian", "GE"), ("French", "FR")])
def test_places_demonym_place(word, country):
    match = demonym_place(word)
    assert match is not None and match.place.country == country


def test_places_resolve_spans_uses_the_other_spans():
    text = "Springfield officials and Illinois lawmakers met in Chicago."
    locs = resolve_spans(text, [(0, 11), (26, 34), (52, 59)])
    assert locs[0].admin1 == "Illinois" and locs[1].precision == "admin1" and locs[2].country == "US"
