"""Event building: which date, place and modality each trigger takes from its sentence."""
import pytest

import sitrep

PUBLISHED = "2024-05-10"


def _event(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in events]
    return found[0]


def test_date_inside_a_relative_clause_dates_what_the_clause_describes():
    text = ("Under a truce that ended the fighting in March, troops entered the old quarter of Kandahar, "
            "residents said.")
    entered = _event(sitrep.extract(text, published=PUBLISHED), "entered")
    assert entered.date is None, entered.date
    assert entered.modality == "asserted"


def test_date_of_the_main_clause_still_dates_its_event():
    text = ("Under a truce that ended the fighting in March, troops entered the old quarter of Kandahar "
            "on Wednesday, residents said.")
    entered = _event(sitrep.extract(text, published=PUBLISHED), "entered")
    assert entered.date is not None and entered.date.value == "2024-05-08"


def test_old_date_in_a_relative_clause_does_not_make_the_news_background():
    text = "The police unit, which was set up in 2019, arrested two smugglers near the border, the ministry said."
    arrested = _event(sitrep.extract(text, published=PUBLISHED), "arrested")
    assert arrested.date is None, arrested.date
    assert arrested.modality == "asserted"


def test_a_state_acting_is_not_where_the_event_happened():
    text = "Ethiopia sent troops and aid convoys into Somalia on Monday, officials said."
    events = sitrep.extract(text, published=PUBLISHED)
    sent = _event(events, "sent")
    assert sent.actor1 is not None and sent.actor1.text == "Ethiopia"
    assert sent.location is not None and sent.location.text == "Somalia"


def test_a_state_acting_stays_the_place_when_the_sentence_names_no_other():
    text = "Ethiopia sent troops and aid convoys on Monday, officials said."
    sent = _event(sitrep.extract(text, published=PUBLISHED), "sent")
    assert sent.location is not None and sent.location.text == "Ethiopia"


def test_a_source_seat_is_never_where_the_event_happened():
    text = ("Insurgents ambushed a supply column outside Gao on Friday, killing nine soldiers. "
            "The Paris-based watchdog reported that the attack on the column lasted hours.")
    events = sitrep.extract(text, published=PUBLISHED)
    for trigger in ("ambushed", "attack"):
        event = _event(events, trigger)
        assert event.location is not None and event.location.text == "Gao", (trigger, event.location)
    # alone in the article, the seat still gives no place
    shelled = _event(sitrep.extract("A London-based monitor said troops shelled two villages on Sunday.",
                                    published=PUBLISHED), "shelled")
    assert shelled.location is None, shelled.location
    # "based on" after a place is no seat
    struck = _event(sitrep.extract("Jets struck depots in Homs based on tips from informants.", published=PUBLISHED),
                    "struck")
    assert struck.location is not None and struck.location.text == "Homs", struck.location


def test_a_source_named_after_its_office_town_gives_way_to_where_the_event_happened():
    text = "Gunfire was heard overnight, the Bamako office of the rights group said, quoting witnesses in Kidal."
    gunfire = _event(sitrep.extract(text, published=PUBLISHED), "Gunfire")
    assert gunfire.location is not None and gunfire.location.text == "Kidal", gunfire.location


def test_a_fight_between_people_is_an_assault():
    # brawls and scuffles between people are physical assaults (CAMEO 18), like clashes between armed groups
    for text, word in (("A brawl outside the ferry terminal left two dockers in hospital.", "brawl"),
                       ("The melee began when stewards tried to close the gates.", "melee")):
        events = sitrep.extract(text)
        assert any(e.plover_type == "ASSAULT" and e.trigger.text == word for e in events), text


def test_hedged_past_act_is_asserted_as_its_sources_claim():
    text = "Border guards may have shot as many as 9 migrants, a monitoring group said."
    shot = _event(sitrep.extract(text, published=PUBLISHED), "shot")
    assert shot.plover_type == "ASSAULT"
    assert shot.modality == "asserted"
    assert shot.sources and shot.sources[0].text == "a monitoring group"


def test_date_inside_an_after_clause_dates_that_clauses_event():
    text = "The raid came three years after militants overran the garrison in 2021, the army said."
    events = sitrep.extract(text, published=PUBLISHED)
    raid = _event(events, "raid")
    assert raid.date is None, raid.date
    assert raid.modality == "asserted"
    overran = _event(events, "overran")
    assert overran.date is not None and overran.date.value == "2021"


def test_date_inside_a_before_clause_or_an_after_phrase_stays_there():
    text = "Police detained the editor on Monday, a decade before his newspaper was banned in 2014."
    events = sitrep.extract(text, published=PUBLISHED)
    detained = _event(events, "detained")
    assert detained.date is not None and detained.date.value == "2024-05-06", detained.date
    assert detained.modality == "asserted"
    banned = _event(events, "banned")  # the main clause's Monday is not the ban's date
    assert banned.date is not None and banned.date.value == "2014", banned.date
    text = "Rebels shelled the port weeks after signing the truce in 2019."
    shelled = _event(sitrep.extract(text, published=PUBLISHED), "shelled")
    assert shelled.date is None and shelled.modality == "asserted", (shelled.date, shelled.modality)


def test_main_clause_date_does_not_date_the_event_of_an_after_clause():
    text = "Troops shelled the market on Tuesday, hours after rebels ambushed a convoy near the bridge."
    events = sitrep.extract(text, published=PUBLISHED)
    assert _event(events, "shelled").date.value == "2024-05-07"
    assert _event(events, "ambushed").date is None


def test_casualties_told_with_their_cause_are_one_event_of_the_cause():
    text = "Seven soldiers died and 14 were hurt in the ambush near the dam, the army said."
    events = sitrep.extract(text, published=PUBLISHED)
    assert [(e.trigger.text, e.plover_type) for e in events] == [("ambush", "ASSAULT")]
    assert sorted(f.kind for f in events[0].figures) == ["injured", "killed"]
    text = "Two guards were killed and a driver was injured in a rocket attack on the depot."
    events = sitrep.extract(text, published=PUBLISHED)
    assert [(e.trigger.text, e.plover_type) for e in events] == [("attack", "ASSAULT")]


def test_casualties_with_a_named_doer_stay_the_doers_act():
    text = "Gunmen killed four farmers and wounded two others in the raid, police said."
    events = sitrep.extract(text, published=PUBLISHED)
    killed = _event(events, "killed")
    assert killed.plover_type == "ASSAULT" and killed.actor1 is not None


def test_casualties_of_a_blast_told_in_a_when_clause_or_a_gapped_passive():
    text = "Six pilgrims died and 20 were injured when a car bomb exploded outside the shrine."
    events = sitrep.extract(text, published=PUBLISHED)
    assert "injured" not in [e.trigger.text for e in events]  # the bombing is the event, with both figures
    assert {e.plover_type for e in events} == {"ASSAULT"}
    assert sorted(f.kind for f in events[0].figures) == ["injured", "killed"]
    text = "Three guards were killed and two wounded in a gunfight at the checkpoint."
    events = sitrep.extract(text, published=PUBLISHED)
    assert [(e.trigger.text, e.plover_type) for e in events] == [("gunfight", "ASSAULT")]


def test_a_past_tense_parsed_as_its_objects_modifier_is_the_event_with_its_parties():
    # the small parser reads the whole sentence as one noun phrase ("voiced" modifying "support"): the verb is
    # the event (not subsumed as a modifier), its doer the words before it, its target read around the object
    events = sitrep.extract("Oman's sultan voiced support for Jordan's king after the failed plot.", published="2022-03-07")
    supports = [e for e in events if e.plover_type == "SUPPORT"]
    assert supports, "no SUPPORT event"
    event = supports[0]
    assert event.actor1 is not None and event.actor1.code.country == "OMN"
    assert event.actor2 is not None and event.actor2.code.country == "JOR"


def test_a_definite_event_noun_after_an_act_of_its_type_is_that_act_told_again():
    text = ("KANDAHAR, May 10, 2024 - Insurgents ambushed a police patrol outside Kandahar on Tuesday, killing "
            "four officers. The police did not comment on the ambush.")
    events = sitrep.extract(text, published=PUBLISHED)
    assert "ambush" not in [e.trigger.text for e in events]  # no second ambush, and none by the police
    assert _event(events, "ambushed").actor1.text == "Insurgents"


def test_a_retold_act_and_an_earlier_act_it_came_after():
    text = ("MAIDUGURI, May 10, 2024 - Gunmen stormed a market in Maiduguri on Monday, killing six traders, "
            "witnesses said. The assault came a week after a similar raid east of the city.")
    events = sitrep.extract(text, published=PUBLISHED)
    assert "assault" not in [e.trigger.text for e in events]
    assert _event(events, "raid").modality == "background"  # an earlier act, not news of the day


def test_an_event_noun_with_words_of_its_own_or_no_act_before_it_stays_an_event():
    text = ("Militants ambushed a convoy near Gao on Friday. A second attack hit a checkpoint in Menaka "
            "on Saturday.")
    events = sitrep.extract(text, published=PUBLISHED)
    assert "attack" in [e.trigger.text for e in events]  # another act, not the ambush told again
    events = sitrep.extract("The garrison declined to comment on the attack.", published=PUBLISHED)
    attack = _event(events, "attack")  # the only mention: kept, but not the garrison's act
    assert attack.actor1 is None or "garrison" not in attack.actor1.text


@pytest.mark.parametrize("text, speaker", [
    ("The governor condemned the bombing.", "governor"),
    ("Police are investigating the killings.", "Police"),
    ("The ministry confirmed the shelling.", "ministry"),
])
def test_the_speaker_about_an_act_is_not_its_doer(text, speaker):
    events = sitrep.extract(text, published=PUBLISHED)
    act = [e for e in events if e.plover_type == "ASSAULT"]
    assert act, [(e.trigger.text, e.plover_type) for e in events]
    assert all(e.actor1 is None or speaker not in e.actor1.text for e in act), [(e.trigger.text, e.actor1) for e in act]


def test_a_retold_act_that_counts_its_casualties_keeps_them():
    text = "Rebels attacked an army post near Bentiu on Sunday. The attack killed seven soldiers, officials said."
    events = sitrep.extract(text, published=PUBLISHED)
    attack = _event(events, "attack")  # its figures are its own: kept, not dropped as a retelling
    assert [f.kind for f in attack.figures] == ["killed"]


def test_events_an_arrest_figure_stays_with_the_detaining_act():
    text = "Gendarmes sprayed water cannon and detained about 40 traders at the Bamako market on Monday."
    events = {e.trigger.text: e for e in sitrep.extract(text, published="2024-06-05")}
    assert [(f.kind, f.value) for f in events["detained"].figures] == [("arrested", 40)]
    assert [f for f in events["sprayed"].figures if f.kind == "arrested"] == []


@pytest.mark.parametrize("toll", [
    "Hospital staff put the toll at 13 dead.",
    "The death toll rose to 13, a medic said.",
    "The toll stood at thirteen on Tuesday.",
])
def test_events_a_toll_told_in_a_sentence_of_its_own_counts_the_attack_before_it(toll):
    text = "Militants stormed a checkpoint outside Bunia on Monday. " + toll
    events = sitrep.extract(text, published=PUBLISHED)
    stormed = _event(events, "stormed")
    assert [(f.kind, f.value) for f in stormed.figures] == [("killed", 13)]


def test_events_a_toll_goes_to_an_attack_not_to_an_arrest():
    text = "Police detained two suspects in Bunia on Monday. The toll of the market fire stood at 13."
    events = sitrep.extract(text, published=PUBLISHED)
    assert [f for e in events if e.trigger.text == "detained" for f in e.figures if f.kind == "killed"] == []


def test_events_a_toll_two_sentences_after_the_attack_is_another_story():
    text = ("Militants stormed a checkpoint outside Bunia on Monday. The town is small. Its market is busy. "
            "The toll stood at 13 in 1996.")
    stormed = _event(sitrep.extract(text, published=PUBLISHED), "stormed")
    assert stormed.figures == []


def test_subtree_offsets_are_the_character_offsets_of_the_token_subtree():
    from sitrep import nlp
    from sitrep.events import _subtree_offsets
    doc = nlp.parse("Masked gunmen who had crossed the river at dawn burned two warehouses near the old mill, "
                    "a farmer told reporters on Sunday.")
    for token in doc:
        assert _subtree_offsets(token) == {t.idx for t in token.subtree}, token.text


def test_clauses_above_a_date_are_found_once_and_are_those_of_its_root():
    from sitrep import nlp
    from sitrep.events import _clauses_above, _clauses_above_date
    from sitrep.models import DateValue
    text = "Two years after rebels seized the depot in 2019, soldiers retook it."
    doc = nlp.parse(text)
    start = text.index("2019")
    date = DateValue(text="2019", start=start, end=start + 4, value="2019")
    clauses = _clauses_above_date(doc, date)
    assert [c.i for c in clauses] == [c.i for c in _clauses_above(doc.char_span(start, start + 4).root)]
    assert [c.text for c in clauses] == ["seized"]
    assert _clauses_above_date(doc, date) is clauses  # cached per Doc
