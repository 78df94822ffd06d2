"""Conventions for roles no phrase fills (roles/conventions.py), on invented sentences."""
from sitrep.roles import participants


def _codes(nlp, sentence, word):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    return tuple((a.code.country, a.code.role) if a else None for a in participants(token))


def test_roles_conventions_mobilisation_faces_who_it_follows(nlp):
    _, target = _codes(nlp, "Norway put its navy on alert after Russian submarines entered the fjord.", "put")
    assert target is not None and target[0] == "RUS"


def test_roles_conventions_mobilisation_faces_the_other_side_of_a_strain(nlp):
    _, target = _codes(nlp, "Peru called up its reservists as tension with Ecuador grew over the river.", "called")
    assert target is not None and target[0] == "ECU"
    _, target = _codes(nlp, "Chile moved two brigades to the north amid a dispute with Bolivia.", "moved")
    assert target is not None and target[0] == "BOL"


def test_roles_conventions_mobilisation_never_faces_its_own_side(nlp):
    _, target = _codes(nlp, "Peru called up its reservists after Peruvian farmers blocked the roads.", "called")
    assert target is None or target[0] != "PER"


def test_roles_conventions_harm_is_done_where_the_thing_harmed_is(nlp):
    # the place hangs several phrases down the object
    _, target = _codes(nlp, "Gunmen stormed a restaurant popular with aid workers in Baidoa.", "stormed")
    assert target is not None and target[0] == "SOM"


def test_roles_conventions_a_place_nouns_modifiers_name_its_state(nlp):
    # (an invented town the gazetteer cannot know: "Sierra Leonean" read as one word)
    _, target = _codes(nlp, "A ban on gatherings was imposed in the Sierra Leonean village of Kpandema on Tuesday.", "imposed")
    assert target is not None and target[0] == "SLE"


def test_roles_conventions_a_bomb_harms_what_it_rips_through(nlp):
    _, target = _codes(nlp, "A car bomb exploded at a bus depot in Quetta on Sunday.", "bomb")
    assert target is not None and target[0] == "PAK"


def test_roles_conventions_harm_done_inside_a_place_is_done_where_it_is(nlp):
    _, target = _codes(nlp, "Militants attacked inside a hospital in an army cantonment in Rawalpindi.", "attacked")
    assert target is not None and target[0] == "PAK"


def test_roles_conventions_a_protest_aimed_at_no_one_is_aimed_at_the_protesters_government(nlp):
    _, target = _codes(nlp, "Chilean dockworkers walked off the job for a second day.", "walked")
    assert target == ("CHL", "GOV")


def test_roles_conventions_a_place_helped_stands_for_its_people(nlp):
    _, target = _codes(nlp, "Oxfam trucked drinking water into the flooded Pakistani town of Sukkur.", "trucked")
    assert target == ("PAK", "CVL")


def test_roles_conventions_judging_an_election_judges_the_state_that_held_it(nlp):
    _, target = _codes(nlp, "Malawi's main opposition party contested the declared tally of the parliamentary vote.", "contested")
    assert target == ("MWI", "GOV")
    _, target = _codes(nlp, "The conduct of Malawi's elections was commended by Commonwealth observers.", "commended")
    assert target == ("MWI", "GOV")


def test_roles_conventions_forces_readied_for_a_protest_face_those_who_hold_it(nlp):
    _, target = _codes(nlp, "Bolivian police deployed water cannon in La Paz ahead of a rally called by the opposition.", "deployed")
    assert target is not None and target[1] == "OPP"


def test_roles_conventions_a_state_of_alert_faces_what_it_follows(nlp):
    _, target = _codes(nlp, "Chilean troops remained on alert near the border after a week of Bolivian military manoeuvres.", "alert")
    assert target is not None and target[0] == "BOL"


def test_roles_conventions_a_place_where_a_measure_is_lifted_is_its_people(nlp):
    from sitrep.roles import participants
    doc = nlp("Serbia eased its blockade of the Kosovo town of Mitrovica after the talks.")
    _, target = participants(next(t for t in doc if t.text == "eased"))
    assert target is not None and (target.code.country, target.code.role) == ("XKX", "CVL")
    doc = nlp("Armenian units withdrew from western Azerbaijan.")
    _, target = participants(next(t for t in doc if t.text == "withdrew"))
    assert target is not None and (target.code.country, target.code.role) == ("AZE", None)
    doc = nlp("Chilean authorities relaxed the night-time curfew across Valparaiso on Sunday.")
    _, target = participants(next(t for t in doc if t.text == "relaxed"))
    assert target is not None and (target.code.country, target.code.role) == ("CHL", "CVL")


def test_roles_conventions_forces_readied_ahead_of_a_fight_face_its_enemy(nlp):
    from sitrep.roles import participants
    doc = nlp("Uganda put three brigades on standby before an expected push against Congolese rebels.")
    _, target = participants(next(t for t in doc if t.text == "put"))
    assert target is not None and (target.code.country, target.code.role) == ("COD", "REB")


def test_roles_conventions_rule_laid_on_a_population_is_done_to_its_people(nlp):
    # no place named: the people of the state that declares, threatens or lifts it
    for sentence, word, country in (
            ("Moldova declared a nationwide state of emergency after the floods.", "declared", "MDA"),
            ("Zambia's president said he would impose a curfew if the looting went on.", "impose", "ZMB"),
            ("The Bolivian government lifted martial law after three weeks.", "lifted", "BOL")):
        _, target = _codes(nlp, sentence, word)
        assert target == (country, "CVL"), sentence
    # a mobilisation declared with it faces the enemy, and a curfew word elsewhere changes nothing
    _, target = _codes(nlp, "Chile mobilised its reservists as the war with Bolivia began.", "mobilised")
    assert target is None or target[1] != "CVL"


def test_roles_conventions_a_protest_called_off_yields_to_the_authorities(nlp):
    sentence = "Striking dockers in Uruguay called off their strike after the minister offered talks."
    _, target = _codes(nlp, sentence, "called")
    assert target == ("URY", "GOV")
    sentence = "Some two hundred pupils ended their week-long sit-in inside Colegio Marquez in Quito."
    _, target = _codes(nlp, sentence, "ended")
    assert target == ("ECU", "GOV")
    # an attack called off is no concession to protesters: whom it was aimed at stays the target
    _, target = _codes(nlp, "Chile called off the air strikes against Bolivian positions.", "called")
    assert target is not None and target[1] != "GOV"


def test_roles_conventions_a_strike_on_a_named_target_is_an_attack_called_off(nlp):
    # a strike "on" something is aimed at it: no labour dispute with the caller's own government
    sentence = "The Peruvian president called off a planned strike on Ecuador's radar sites."
    _, target = _codes(nlp, sentence, "called")
    assert target is not None and target[0] == "ECU"
    # a day after "on" is no target: the strike stays the nurses' protest
    _, target = _codes(nlp, "Nurses in Valdivia called off their strike on Monday after the minister offered talks.",
                       "called")
    assert target == ("CHL", "GOV")


def test_roles_conventions_a_strike_at_a_private_employer_yields_to_no_government(nlp):
    sentence = "Bakers at a family bakery in Valdivia called off their strike after the owner agreed to raise wages."
    _, target = _codes(nlp, sentence, "called")
    assert target is None or target[1] != "GOV"


def test_roles_conventions_a_city_shelled_under_a_long_title_is_its_people(nlp):
    sentence = "Before dawn, rebel gunners shelled the national capital Monrovia from the ridge."
    _, target = _codes(nlp, sentence, "shelled")
    assert target == ("LBR", "CVL")


def test_roles_conventions_relief_withheld_from_a_place_is_withheld_from_its_people(nlp):
    sentence = "Citing insecurity, a Danish charity suspended food distributions across Mosul for a week."
    _, target = _codes(nlp, sentence, "suspended")
    assert target == ("IRQ", "CVL")
    # arms withheld are no relief: the place stays a place
    _, target = _codes(nlp, "Norway halted arms shipments to the Darfur region.", "halted")
    assert target is not None and target[1] != "CVL"


def test_roles_conventions_a_vetoed_resolution_is_the_security_councils(nlp):
    for sentence, word in (("France vetoed a draft resolution calling for a truce in the Andes.", "vetoed"),
                           ("A draft text deploring the raids was vetoed by Chile in the Security Council.", "vetoed")):
        _, target = _codes(nlp, sentence, word)
        assert target == ("UN", "IGO"), sentence
    # a bill vetoed at home is no Security Council matter
    _, target = _codes(nlp, "The Chilean president vetoed the pension bill.", "vetoed")
    assert target is None or target[0] != "UN"
    # nor is a resolution of a council at home, vetoed by a state that holds no permanent seat
    for sentence in ("The mayor of Valdivia vetoed a resolution of the town council on bus fares.",
                     "Chile vetoed a draft resolution calling for a truce in the Andes."):
        _, target = _codes(nlp, sentence, "vetoed")
        assert target is None or target[0] != "UN", sentence
