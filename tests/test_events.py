"""Event building: which date, place and modality each trigger takes from its sentence."""
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
            "The Paris-based watchdog reported that the attack lasted hours.")
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
