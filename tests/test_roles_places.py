"""Places in a sentence: where an act happened is no party to it (issue #3). Invented sentences."""
from sitrep.roles import participants


def _target(nlp, sentence, word):
    doc = nlp(sentence)
    _, actor2 = participants(next(t for t in doc if t.text == word))
    return actor2


def test_roles_places_a_protest_in_a_city_names_no_target_words(nlp):
    # CAMEO still codes the government where it happened, but the city is only the scene
    tgt = _target(nlp, "Hundreds of nurses marched in Accra on Tuesday, union leaders said.", "marched")
    assert tgt is not None and (tgt.code.country, tgt.code.role) == ("GHA", "GOV")
    assert tgt.text == "" and tgt.start == tgt.end and tgt.name == "authorities where it happened"


def test_roles_places_a_curfew_lifted_in_a_city_is_lifted_for_its_people(nlp):
    tgt = _target(nlp, "The army lifted the night curfew in Jos on Sunday.", "lifted")
    assert tgt is not None and tgt.code.country == "NGA" and tgt.text == ""
    assert tgt.name == "people where it happened"


def test_roles_places_a_town_hit_is_the_target_not_the_province_locating_it(nlp):
    tgt = _target(nlp, "Mortars hit Kfar Zeita in Hama.", "hit")
    assert tgt is not None and tgt.text == "Kfar Zeita"
    assert (tgt.code.country, tgt.code.role) == ("SYR", "CVL")


def test_roles_places_a_province_in_apposition_only_locates_the_town(nlp):
    tgt = _target(nlp, "Shelling struck Kafr Uwayd, Idlib province, on Sunday.", "struck")
    assert tgt is not None and tgt.text == "Kafr Uwayd" and tgt.code.country == "SYR"


def test_roles_places_a_capital_for_its_government_keeps_its_words(nlp):
    doc = nlp("Tehran expelled three British diplomats.")
    actor1, _ = participants(doc[1])
    assert actor1 is not None and actor1.text == "Tehran" and (actor1.code.country, actor1.code.role) == ("IRN", "GOV")
    tgt = _target(nlp, "Kenya opened talks with Kampala on the border dispute.", "talks")
    assert tgt is not None and tgt.text == "Kampala" and (tgt.code.country, tgt.code.role) == ("UGA", "GOV")


def test_roles_places_a_city_visited_stands_for_its_hosts(nlp):
    tgt = _target(nlp, "The Chinese premier arrived in Lusaka on a state visit.", "visit")
    assert tgt is not None and tgt.text == "Lusaka" and (tgt.code.country, tgt.code.role) == ("ZMB", "GOV")


def test_roles_places_ground_is_named_by_its_own_words_not_the_place_locating_it(nlp):
    tgt = _target(nlp, "Rebels seized the town of Kidal in northern Mali.", "seized")
    assert tgt is not None and tgt.text == "the town of Kidal" and tgt.code.country == "MLI"


def test_roles_places_a_place_near_ground_beats_the_gazetteers_guess_for_its_name(nlp):
    tgt = _target(nlp, "Israeli troops raided the Balata camp near Nablus overnight.", "raided")
    assert tgt is not None and tgt.text == "the Balata camp" and tgt.code.country == "PSE"


def test_roles_places_rebels_are_coded_where_their_positions_lie(nlp):
    tgt = _target(nlp, "Fighter jets bombed rebel positions around Sirte.", "bombed")
    assert tgt is not None and (tgt.code.country, tgt.code.role) == ("LBY", "REB")


def test_roles_places_a_thing_hit_is_the_target_the_place_after_it_only_locates(nlp):
    # the small parser hangs "in Aleppo" on the verb and tags the town a people: still where the bakery is
    tgt = _target(nlp, "Air strikes hit a bakery in Aleppo on Friday.", "hit")
    assert tgt is not None and tgt.text == "a bakery" and (tgt.code.country, tgt.code.role) == ("SYR", "CVL")
    tgt = _target(nlp, "Settlers torched olive groves outside Hebron.", "torched")
    assert tgt is not None and tgt.text == "olive groves" and tgt.code.country == "PSE"


def test_roles_places_a_wedding_party_is_no_political_party(nlp):
    tgt = _target(nlp, "Drones struck a wedding party in Kunduz province.", "struck")
    assert tgt is not None and tgt.code.role == "CVL" and tgt.code.country == "AFG"
