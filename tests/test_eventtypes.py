from sitrep.eventtypes import TriggerType, trigger_type


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


def test_eventtypes_forced_to_flee_is_flight_not_a_request(nlp):
    from sitrep.eventtypes import event_type

    doc = nlp("The shelling forced thousands of families to flee their homes.")
    flee = next(t for t in doc if t.lemma_ == "flee")
    kind = event_type(flee)
    assert kind is not None and kind.plover_type != "REQUEST"
    doc = nlp("The ministry ordered the troops to withdraw from the border.")
    withdraw = next(t for t in doc if t.lemma_ == "withdraw")
    assert event_type(withdraw).plover_type == "REQUEST"
