"""Modality: did the event happen, will it, might it, was it denied, or is it history."""
from __future__ import annotations

from datetime import datetime

import pytest

from sitrep import modality
from sitrep.models import DateValue

PUBLISHED = datetime(2021, 9, 8, 11, 21)


def _token(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


@pytest.mark.parametrize(
    "word,expected",
    [
        ("entered", "asserted"),
        ("search", "planned"),
        ("record", "planned"),
        ("evacuated", "conditional"),
        ("claimed", "background"),
        ("forced", "asserted"),
    ],
)
def test_modality_example_story(nlp, example_text, word, expected):
    assert modality.modality_of(_token(nlp(example_text), word), PUBLISHED) == expected


@pytest.mark.parametrize(
    "text,word,expected",
    [
        ("Rebels shelled the airport on Monday.", "shelled", "asserted"),
        ("The army denied shelling the market.", "shelling", "denied"),
        ("Police did not detain the organisers.", "detain", "denied"),
        ("No civilians were hurt in the strike.", "hurt", "denied"),
        ("If the talks collapse, the militia would storm the port.", "storm", "conditional"),
        ("Deserters must be handed over to the court.", "handed", "conditional"),
        ("The rebels plan to attack the garrison.", "attack", "planned"),
        ("Troops are expected to withdraw from the valley.", "withdraw", "planned"),
        ("Protesters will march to the parliament.", "march", "planned"),
        ("The militia has held the town since 2014.", "held", "background"),
        ("The conflict has killed thousands of people.", "killed", "background"),
        ("The governor said the convoy would leave for the camp at dawn.", "leave", "planned"),
        ("The envoy told reporters that both sides would sign the accord.", "sign", "planned"),
        ("The militia said it would free the hostages if the ransom was paid.", "free", "conditional"),
        ("Rebels said they would have stormed the base without the storm.", "stormed", "conditional"),
        ("A ceasefire would save lives.", "save", "conditional"),
        ("Militiamen will blow up the bridge if the column advances.", "blow", "conditional"),
        ("Unless the fee is paid, the gang will execute the driver.", "execute", "conditional"),
        ("The patrol opened fire even if officers deny it.", "opened", "asserted"),
    ],
)
def test_modality_cues(nlp, text, word, expected):
    assert modality.modality_of(_token(nlp(text), word), PUBLISHED) == expected


def test_modality_dates_decide_background_and_future(nlp):
    doc = nlp("Soldiers stormed the village.")
    tok = _token(doc, "stormed")
    old = DateValue(text="x", start=0, end=1, value="2015-03-01")
    recent = DateValue(text="x", start=0, end=1, value="2021-07-01/2021-08-31", precision="range")
    later = DateValue(text="x", start=0, end=1, value="2021-10-02")
    assert modality.modality_of(tok, PUBLISHED, old) == "background"
    assert modality.modality_of(tok, PUBLISHED, recent) == "asserted"
    assert modality.modality_of(tok, PUBLISHED, later) == "planned"
    assert modality.modality_of(tok, None, old) == "asserted"  # no publication date, no judgement


def test_modality_a_running_toll_in_the_perfect_is_background(nlp):
    published = datetime(2023, 6, 14)
    doc = nlp("Fighting between the two factions erupted on April 15 and has killed more than 900 people.")
    since_april = DateValue(text="April 15", start=0, end=1, value="2023-04-15")
    assert modality.modality_of(_token(doc, "killed"), published, since_april) == "background"
    assert modality.modality_of(_token(doc, "Fighting"), published, since_april) == "background"
    doc = nlp("Clashes have killed 14 people in the port city, police said.")
    assert modality.modality_of(_token(doc, "killed"), published, None) == "asserted"  # news told in the perfect


@pytest.mark.parametrize("text,word", [
    ("Peace talks are scheduled to resume in Arusha on Friday.", "talks"),
    ("The vote is expected to take place next spring.", "vote"),
    ("A new offensive is set to begin within days, commanders said.", "offensive"),
])
def test_modality_an_event_noun_subject_of_a_plan_is_planned(nlp, text, word):
    assert modality.modality_of(_token(nlp(text), word), PUBLISHED) == "planned"


def test_modality_an_event_noun_subject_of_a_done_act_stays_asserted(nlp):
    assert modality.modality_of(_token(nlp("The talks ended without a deal in Arusha."), "talks"), PUBLISHED) == "asserted"


@pytest.mark.parametrize("text, word, expected", [
    ("Police did not comment on the bombing in the old town.", "bombing", "asserted"),
    ("Officials would not confirm the raid on the depot.", "raid", "asserted"),
    ("The ministry gave no details of the ambush.", "ambush", "asserted"),
    # the act's own verb negated still denies it
    ("The rebels did not carry out the ambush, their leader said.", "ambush", "denied"),
    ("No attack took place in the valley.", "attack", "denied"),
])
def test_modality_silence_about_an_act_does_not_deny_it(nlp, text, word, expected):
    # Declining to speak of an attack is no denial that it happened.
    assert modality.modality_of(_token(nlp(text), word), PUBLISHED) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("The assault came a week after a similar raid east of the city.", "raid", "background"),
    ("The bombing followed a raid on the market.", "raid", "background"),
    ("The raid was the latest in a spate of killings near the dam.", "killings", "background"),
    # the act the sentence is about is still news
    ("The bombing followed a raid on the market.", "bombing", "asserted"),
])
def test_modality_an_act_named_as_earlier_is_background(nlp, text, word, expected):
    assert modality.modality_of(_token(nlp(text), word), PUBLISHED) == expected


def test_modality_a_headline_latest_on_an_act_is_not_background(nlp):
    text = "The latest on the shooting at the depot in Mosul: police sealed the road."
    assert modality.modality_of(_token(nlp(text), "shooting"), PUBLISHED) == "asserted"
