from sitrep.eventtypes import TriggerType, acled_type, trigger_type


def _trigger(nlp, sentence: str, word: str):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    return trigger_type(token)


def test_eventtypes_verb_trigger_assault(nlp):
    t = _trigger(nlp, "Insurgents shelled the army base overnight.", "shelled")
    assert t == TriggerType("ASSAULT", "heavy-weapons", "19")


def test_eventtypes_noun_trigger_clashes(nlp):
    t = _trigger(nlp, "Heavy clashes broke out near the border post.", "clashes")
    assert t is not None and t.plover_type == "ASSAULT"


def test_eventtypes_arrest_is_coerce(nlp):
    t = _trigger(nlp, "Police arrested twelve students in the capital.", "arrested")
    assert t == TriggerType("COERCE", "arrest", "17")


def test_eventtypes_agreement_and_negotiation(nlp):
    assert _trigger(nlp, "The two parties signed an agreement on Monday.", "agreement").plover_type == "SUPPORT"
    assert _trigger(nlp, "Qatar negotiated the prisoner swap.", "negotiated").plover_type == "CONSULT"


def test_eventtypes_phrasal_verb_beats_lemma(nlp):
    t = _trigger(nlp, "The militants blew up a bridge near the village.", "blew")
    assert t is not None and t.plover_mode == "explosives"


def test_eventtypes_noun_compound_hunger_strike(nlp):
    t = _trigger(nlp, "The prisoners began a hunger strike last week.", "strike")
    assert t is not None and t.plover_type == "PROTEST"


def test_eventtypes_entry_needs_armed_subject(nlp):
    assert _trigger(nlp, "Government troops entered the northern town on Friday.", "entered").plover_type == "COERCE"
    assert _trigger(nlp, "The minister entered the conference room.", "entered") is None


def test_eventtypes_non_trigger_words(nlp):
    doc = nlp("The weather was pleasant and the market was busy.")
    assert all(trigger_type(t) is None for t in doc)


def test_eventtypes_acled_families():
    assert acled_type("A roadside bomb exploded under a police truck, killing two officers.") == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert acled_type("Hundreds of teachers marched peacefully to demand higher wages.") == ("Protests", "Peaceful protest")
    assert acled_type("Police fired tear gas to disperse the protesters outside parliament.")[1] == "Protest with intervention"
    assert acled_type("A magnitude 6.1 earthquake flattened houses in the mountain villages.")[0] == "Natural disaster"
    assert acled_type("The bakery opened at seven in the morning.") == ("none", "none")


def test_eventtypes_territory_actor_decides():
    assert acled_type("The army recaptured the district from the insurgents after a week.")[1] == "Government regains territory"
    assert acled_type("Jihadist fighters captured the garrison town at dawn.")[1] == "Non-state actor overtakes territory"


def test_eventtypes_entry_under_deal_is_non_violent_transfer():
    text = "Army units entered the besieged quarter under a ceasefire deal brokered by tribal elders."
    assert acled_type(text) == ("Strategic developments", "Non-violent transfer of territory")


def test_eventtypes_plover_hint_breaks_ties():
    assert acled_type("The minister said the incident would be examined.", "ASSAULT")[1] == "Attack"


def _event(nlp, sentence: str, word: str):
    from sitrep.eventtypes import event_type

    doc = nlp(sentence)
    return event_type(next(t for t in doc if t.text == word))


def test_eventtypes_object_control_is_a_request(nlp):
    assert _event(nlp, "The envoy urged the militia to release the captives.", "release").plover_type == "REQUEST"


def test_eventtypes_failure_to_agree_is_reject(nlp):
    assert _event(nlp, "The two delegations failed to sign the accord.", "sign").plover_type == "REJECT"


def test_eventtypes_conditional_withdrawal_is_a_threat(nlp):
    kind = _event(nlp, "Niger will withdraw its troops unless the junta holds elections.", "withdraw")
    assert kind.plover_type == "THREATEN"


def test_eventtypes_fire_at_and_occupation(nlp):
    assert _trigger(nlp, "Gunboats fired at the fishing fleet.", "fired").plover_type == "ASSAULT"
    occupied = _trigger(nlp, "The army occupied the hills above the valley.", "occupied")
    assert occupied.plover_type == "COERCE" and occupied.cameo_root == "19"


def test_eventtypes_scores_prefer_specific_evidence():
    from sitrep.eventtypes import acled_scores

    scores = acled_scores("A suicide bomber blew himself up at a market, killing nine people.")
    assert max(scores, key=scores.get) == "SUIC_BOMB" and "ATTACK" in scores


def test_eventtypes_easing_restrictions_is_concede_easing_sanctions_is_retreat(nlp):
    # CAMEO 081x (curfews, bans, emergencies) vs 085 (economic sanctions) and 0872 (blockades)
    assert _trigger(nlp, "The governor lifted the curfew in the old city.", "lifted").plover_type == "CONCEDE"
    assert _trigger(nlp, "The court cancelled the ban on the opposition paper.", "cancelled").plover_type == "CONCEDE"
    assert _trigger(nlp, "The bloc lifted sanctions on the shipping company.", "lifted").plover_type == "RETREAT"
    assert _trigger(nlp, "The navy eased the blockade of the harbour.", "eased").plover_type == "RETREAT"


def test_eventtypes_destroying_property_is_coerce(nlp):
    # CAMEO 1712 sits under root 17 (coerce); killing stays ASSAULT
    assert _trigger(nlp, "Bulldozers demolished six shops in the market.", "demolished") == TriggerType("COERCE", "seize", "17")
    assert _trigger(nlp, "Settlers set fire to a barn near the road.", "set").plover_type == "COERCE"
    assert _trigger(nlp, "Gunmen killed two farmers near the road.", "killed").plover_type == "ASSAULT"


def test_eventtypes_territory_taker_through_reports_and_losses():
    # the reporter is not the taker; a side pushed out lost the ground; the lead capture decides
    assert acled_type("An army spokesman said rebels had taken over three villages.")[1] == "Non-state actor overtakes territory"
    assert acled_type("Insurgents were pushed back from the hills by government troops.")[1] == "Government regains territory"
    assert acled_type("Rebel fighters were driven out of the town on Sunday.")[1] == "Government regains territory"
    text = "Soldiers recaptured the crossing on Monday, a week after it was captured by militants."
    assert acled_type(text)[1] == "Government regains territory"


def test_eventtypes_forced_to_flee_is_flight_not_a_request(nlp):
    from sitrep.eventtypes import event_type

    doc = nlp("The shelling forced thousands of families to flee their homes.")
    flee = next(t for t in doc if t.lemma_ == "flee")
    kind = event_type(flee)
    assert kind is not None and kind.plover_type != "REQUEST"
    doc = nlp("The ministry ordered the troops to withdraw from the border.")
    withdraw = next(t for t in doc if t.lemma_ == "withdraw")
    assert event_type(withdraw).plover_type == "REQUEST"


def test_eventtypes_literal_precheck_never_changes_a_score():
    """The ASCII shortcut (skip a rule whose required words are absent) must agree with the full search."""
    import dataclasses

    from sitrep import eventtypes

    sentences = [
        "Rebels ambushed an army convoy near the border, killing six soldiers.",
        "Police fired tear gas at students marching against fuel prices.",
        "A roadside bomb exploded as a patrol passed, officials said.",
        "The two governments signed a trade agreement in the capital.",
        "Floods swept away dozens of homes after days of heavy rain.",
        "Gunmen kidnapped three aid workers from their vehicle on Tuesday.",
        "Hundreds of people protested peacefully outside parliament.",
        "Warplanes struck a market, and artillery shelled nearby villages.",
    ]
    lex = eventtypes.lexicon()
    eventtypes._acled_scores.cache_clear()
    with_shortcut = [eventtypes.acled_scores(s) for s in sentences]
    saved = lex.rules
    try:
        lex.rules = [dataclasses.replace(r, any_literals=None) for r in saved]
        eventtypes._acled_scores.cache_clear()
        without = [eventtypes.acled_scores(s) for s in sentences]
    finally:
        lex.rules = saved
        eventtypes._acled_scores.cache_clear()
    assert with_shortcut == without
    assert any(with_shortcut)
