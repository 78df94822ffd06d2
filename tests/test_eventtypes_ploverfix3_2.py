# Share 2 of the PLOVER fixes on modern online news (MOBILIZE PROTEST REJECT REQUEST RETREAT SANCTION SUPPORT
# THREATEN): families of wording, each with sentences of our own and near misses that keep their type.
import pytest


def _main_type(nlp, sentence: str):
    from sitrep.roles import main_event
    found = main_event(nlp(sentence)[:])
    return found[1].plover_type if found else "NONE"


# one's own forces ordered to pull back, abandon or leave ground are withdrawing (RETREAT, CAMEO 0874);
# forces ordered somewhere or ordered to take ground are a build-up (MOBILIZE)
@pytest.mark.parametrize("sentence, expected", [
    ("Moldova's defence chief ordered the garrison to abandon the hilltop positions near Soroca.", "RETREAT"),
    ("Peru ordered its soldiers to pull back from the disputed ridge on Friday.", "RETREAT"),
    ("Peru ordered its soldiers to the disputed ridge on Friday.", "MOBILIZE"),
    ("Peru ordered its soldiers to seize the disputed ridge on Friday.", "MOBILIZE"),
])
def test_eventtypes_own_troops_ordered_back_is_a_withdrawal(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# attacks, shelling or hostilities halted or stopped are de-escalation (RETREAT, CAMEO 0871); halting talks, aid or
# exchanges stays a sanction, even after an attack ("suspended X after the bombing")
@pytest.mark.parametrize("sentence, expected", [
    ("The rebels and the army in Paraguay halted attacks on each other as a truce took hold on Monday.", "RETREAT"),
    ("The navy stopped its shelling of the island on Sunday, officials in Lima said.", "RETREAT"),
    ("Quito suspended defence exchanges with Bogota when its consulate was hit in a bomb attack.", "SANCTION"),
])
def test_eventtypes_halted_attacks_are_a_ceasefire(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# a cause or a time after the verb is not what is acted on: "suspended loans over the media law" suspends no law
def test_eventtypes_cause_is_not_the_object(nlp):
    assert _main_type(nlp, "The Asian Development Bank suspended new lending to Laos on Monday over its press law.") == "SANCTION"


# "demonstrated its resolve", "demonstrating that": shown, no protest; weapons shown off and warships sailing through
# contested waters are shows of force (MOBILIZE); crowds demonstrating still protest
@pytest.mark.parametrize("sentence, expected", [
    ("Two Chilean frigates sailed through the Beagle Channel on Friday in what the navy called a routine transit "
     "demonstrating Santiago's resolve to defend its waters.", "MOBILIZE"),
    ("Peru's navy showed off a new anti-ship missile at a parade in Callao, with admirals saying it demonstrated the "
     "country's reach.", "MOBILIZE"),
    ("Thousands of nurses demonstrated outside the health ministry in Quito.", "PROTEST"),
    ("The ferry sailed from Valparaiso to the islands on Friday.", "NONE"),
])
def test_eventtypes_demonstrating_a_capability_is_no_protest(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# saying sorry is an apology (SUPPORT, CAMEO 055)
def test_eventtypes_said_sorry_is_an_apology(nlp):
    assert _main_type(nlp, "Bolivia's president said sorry to miners' families for the massacre carried out by soldiers "
                           "in 1967.") == "SUPPORT"


# help, doses or mediation turned away are refused (REJECT); a boat of migrants turned away is no refusal of an offer
@pytest.mark.parametrize("sentence, expected", [
    ("Eritrea turned away two million doses of vaccine offered through an African scheme, health officials said.", "REJECT"),
    ("The coast guard turned away a boat carrying migrants.", "NONE"),
])
def test_eventtypes_turned_away_offer_is_a_refusal(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# penalties slapped like sanctions; "ready to slap penalties" is a threat of them
@pytest.mark.parametrize("sentence, expected", [
    ("The African Union said it stood ready to slap penalties on Eritrean firms that arm militias.", "THREATEN"),
    ("Canada slapped penalties on three Haitian gang leaders on Monday.", "SANCTION"),
])
def test_eventtypes_penalties_slapped_are_sanctions(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# aid scaled back is a cut (SANCTION, CAMEO 16); troops scaled back withdraw, a reform scaled back yields
@pytest.mark.parametrize("sentence, expected", [
    ("Norway has scaled back development aid to Malawi because of a fiscal squeeze.", "SANCTION"),
    ("Norway scaled back its troops in Mali.", "RETREAT"),
])
def test_eventtypes_aid_scaled_back_is_a_sanction(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# trucks let into a besieged place are access granted (RETREAT, CAMEO 086)
def test_eventtypes_trucks_let_in_are_access(nlp):
    assert _main_type(nlp, "Egypt allowed the first lorries carrying fuel into the enclave through the southern crossing "
                           "on Sunday.") == "RETREAT"


# "ready to teach X a lesson": a threat of force (THREATEN, CAMEO 13)
def test_eventtypes_teach_a_lesson_is_a_threat(nlp):
    assert _main_type(nlp, "Colombia's president told reporters that the navy would teach the smugglers a lesson if they returned.") == "THREATEN"


# police or troops drafted in are a build-up (MOBILIZE, CAMEO 15), even ahead of a march; a law drafted is nothing
@pytest.mark.parametrize("sentence, expected", [
    ("Lima drafted in 4,000 riot police on Thursday before a planned strike by miners.", "MOBILIZE"),
    ("The committee drafted a new bill on police powers.", "NONE"),
])
def test_eventtypes_police_drafted_in_is_a_build_up(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# a body agreeing or deciding on a punitive measure imposes it (SANCTION, CAMEO 16); agreeing to anything else, or to
# lift a measure, stays an agreement, and a refusal to agree stays a refusal
@pytest.mark.parametrize("sentence, expected", [
    ("Nordic ministers agreed on Tuesday to blacklist thirty more Iranian officials and bar its airline from their skies.",
     "SANCTION"),
    ("The Arab League agreed on an arms embargo on Libya at its summit in Tunis.", "SANCTION"),
    ("The Arab League agreed to send monitors to Syria.", "AGREE"),
    ("Leaders of the opposition agreed to postpone the march in Lima until June.", "AGREE"),
    ("The ministers did not agree to impose sanctions on Iran.", "REJECT"),
])
def test_eventtypes_sanction_agreed_is_imposed(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# looted heritage returned is property given back (RETREAT, CAMEO 0842), though the looting is named beside it
def test_eventtypes_looted_heritage_returned(nlp):
    assert _main_type(nlp, "France returned 26 royal bronzes to Benin on Tuesday, with its minister calling the "
                           "plunder of the objects a crime.") == "RETREAT"


# a pact, bloc or scheme stayed or opted out of is refused (REJECT, CAMEO 12)
@pytest.mark.parametrize("sentence", [
    "Peru stayed out of the regional trade pact, with its president telling fellow leaders that it hurt farmers.",
    "Chile opted out of the new regional currency scheme on Friday.",
])
def test_eventtypes_stayed_out_of_pact_is_a_refusal(nlp, sentence):
    assert _main_type(nlp, sentence) == "REJECT"


# places shut "in a strike" or "in protest" are the stoppage (PROTEST, CAMEO 14); a junta shutting papers coerces
@pytest.mark.parametrize("sentence, expected", [
    ("Ghana's teachers closed schools nationwide in a week-long strike for higher wages.", "PROTEST"),
    ("The junta shut down three newspapers on Monday.", "COERCE"),
])
def test_eventtypes_shut_in_a_strike_is_a_protest(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected
