"""The index forms the eventtypes rules read from the Doc's table (nlp.dependency_tree) give what the Token forms give."""
from sitrep.eventtypes import clause
from sitrep.eventtypes.clause import _modal_anchor, _possible_triggers
from sitrep.eventtypes.phrases import word_forms_at
from sitrep.nlp import dependency_tree


def test_word_forms_read_from_the_table(nlp):
    # a split hyphenated noun ("walk-out"), prepositions by their spelling, inflected words by lemma and form
    doc = nlp("Dockers staged a walk-out on Monday and the guards were handing over keys to the mayor, according to the union.")
    tree = dependency_tree(doc)
    forms = {t.text: word_forms_at(tree, t.i) for t in doc}
    assert forms["out"] == ("out", "walk-out")
    assert forms["guards"] == ("guard", "guards")
    assert forms["handing"] == ("hand", "handing")
    assert forms["Monday"] == ("monday",)
    assert forms["according"] == ("according",)  # a preposition: no "accord"


def test_modal_anchor_climbs_to_the_aspect_verb(nlp):
    doc = nlp("The rebels would begin releasing the prisoners tomorrow.")
    releasing = next(t for t in doc if t.lower_ == "releasing")
    anchor, aux = _modal_anchor(releasing, set())
    assert anchor.lower_ == "begin"
    assert "would" in aux


def test_possible_triggers_read_the_table(nlp):
    # the verb done "jointly" and the verb a party is "ready to" do are candidates (found by index on the table),
    # as are a ccomp (compared by its label's hash)
    doc = nlp("The two ferry firms jointly repainted the pier. The mayor is ready to repaint it too, he said they could.")
    found = _possible_triggers(doc)
    assert found == sorted(set(found))
    jointly = next(t for t in doc if t.lower_ == "jointly")
    assert jointly.head.pos_ == "VERB" and jointly.head.i in found
    expected_ready = {c.i for t in doc if t.lower_ == "ready" for c in t.children
                      if c.dep_ in ("xcomp", "acl") and c.pos_ == "VERB"}
    assert expected_ready <= set(found)
    assert {t.i for t in doc if t.dep_ == "ccomp"} <= set(found)


def test_possible_triggers_same_with_the_lemma_tests_kept_across_docs(nlp, monkeypatch):
    # the (lemma, part of speech) tests are kept across Docs: a Doc read after others gets what it gets alone
    first = "Militia fighters shelled the river port and the governor condemned the shelling."
    second = "The governor shelled out funds; fighters condemned the port, and the militia said it would retaliate."
    monkeypatch.setattr(clause, "_LEMMA_KEYS", [None, {}])  # (a fresh memo, the shared one given back after)
    alone = clause._possible_triggers(nlp(second))
    assert alone  # (some candidates, or the comparison says nothing)
    clause._possible_triggers(nlp(first))
    assert clause._LEMMA_KEYS[1]  # the tests were kept
    assert clause._possible_triggers(nlp(second)) == alone

