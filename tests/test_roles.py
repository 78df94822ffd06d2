"""Participants and main events, on invented sentences modelled on the coder mechanics that
PETRARCH's unit tests exercise: compound actors, passives with agents, control verbs, pronouns,
appositions, nominal triggers, reporting verbs."""
from sitrep.roles import main_event, participants


def _roles(nlp, sentence, word, hint=None):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    a1, a2 = participants(token, hint)
    code = lambda a: (a.code.country, a.code.role) if a else None  # noqa: E731
    return code(a1), code(a2), doc, (a1, a2)


def test_roles_active_subject_and_object(nlp):
    src, tgt, _, _ = _roles(nlp, "Kenyan police arrested two Somali traders in the port.", "arrested")
    assert src == ("KEN", "COP")
    assert tgt is not None and tgt[0] == "SOM"


def test_roles_passive_agent_is_source(nlp):
    src, tgt, _, _ = _roles(nlp, "Ugandan villagers were attacked by Congolese militiamen on Sunday.", "attacked")
    assert src == ("COD", "REB")
    assert tgt is not None and tgt[0] == "UGA"


def test_roles_compound_actor_first_member(nlp):
    src, _, _, _ = _roles(nlp, "Norway and Denmark condemned the blockade of the port.", "condemned")
    assert src == ("NOR", "GOV")


def test_roles_control_verb_shares_subject(nlp):
    src, tgt, _, _ = _roles(nlp, "Chadian rebels agreed to release the Nigerien hostages.", "release")
    assert src == ("TCD", "REB")
    assert tgt is not None and tgt[0] == "NER"


def test_roles_pronoun_takes_the_actor_before_it(nlp):
    src, _, _, _ = _roles(nlp, "Ghana says it will deploy troops to the border.", "deploy")
    assert src == ("GHA", "GOV")


def test_roles_modifier_of_a_speech_act_noun_is_the_target(nlp):
    _, tgt, _, _ = _roles(nlp, "Peru rejected a Chilean proposal on fishing rights.", "rejected")
    assert tgt is not None and tgt[0] == "CHL"


def test_roles_nominal_trigger_takes_possessor_and_on_phrase(nlp):
    src, tgt, _, _ = _roles(nlp, "The Ethiopian army's attack on Eritrean positions lasted hours.", "attack")
    assert src == ("ETH", "MIL")
    assert tgt is not None and tgt[0] == "ERI"


def test_roles_spans_point_at_the_text(nlp):
    text = "Jordan said it would host talks with Iraqi officials."
    _, _, doc, pair = _roles(nlp, text, "host")
    for actor in pair:
        if actor is not None:
            assert text[actor.start:actor.end] == actor.text


def test_roles_country_hint_for_bare_roles(nlp):
    src, _, _, _ = _roles(nlp, "Rebels shelled the airport overnight.", "shelled", "YEM")
    assert src == ("YEM", "REB")


def test_roles_main_event_skips_reporting_verb(nlp):
    doc = nlp("Officials said soldiers shot three smugglers near the border.")
    token, kind = main_event(doc[:])
    assert token.text == "shot" and kind.plover_type == "ASSAULT"


def test_roles_main_event_prefers_main_clause_over_relative_clause(nlp):
    doc = nlp("The ministry that had criticised the strike agreed to reopen the crossing.")
    token, _ = main_event(doc[:])
    assert token.text == "agreed"


def test_roles_main_event_none_without_trigger(nlp):
    doc = nlp("The weather was mild and the shops were open.")
    assert main_event(doc[:]) is None
