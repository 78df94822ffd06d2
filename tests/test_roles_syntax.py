"""Reading the dependency parse (sitrep.roles.syntax), on invented sentences."""
from sitrep.roles.syntax import agent_of, noun_phrase_head, prep_objects


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_roles_syntax_prep_objects_follow_the_order_asked(nlp):
    doc = nlp("The army fired on the town with mortars.")
    assert [t.text for t in prep_objects(_token(doc, "fired"), ("with", "on"))] == ["mortars", "town"]
    assert [t.text for t in prep_objects(_token(doc, "fired"), ("on",))] == ["town"]


def test_roles_syntax_agent_of_a_passive(nlp):
    doc = nlp("The convoy was attacked by gunmen near the river.")
    assert agent_of(_token(doc, "attacked")).text == "gunmen"
    assert agent_of(_token(nlp("Gunmen attacked the convoy."), "attacked")) is None


def test_roles_syntax_noun_phrase_head_climbs_a_measure(nlp):
    doc = nlp("The two sides began a new round of talks.")
    assert noun_phrase_head(_token(doc, "talks")).text == "round"


def test_roles_syntax_a_preposition_left_without_its_object(nlp):
    # the small parser's slip, built by hand: no object on "to", the phrase after it the subject of the participle
    from spacy.tokens import Doc
    words = ["Chile", "sent", "food", "to", "three", "hamlets", "cut", "off", "there", "."]
    heads = [1, 1, 1, 1, 5, 6, 1, 6, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "dative", "nummod", "nsubj", "advcl", "prt", "advmod", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "NUM", "NOUN", "VERB", "ADP", "ADV", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in prep_objects(doc[1], ("to",))] == ["hamlets"]
