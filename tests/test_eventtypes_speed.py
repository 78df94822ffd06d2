"""The index forms the eventtypes rules read from the Doc's table (nlp.dependency_tree) give what the Token forms give."""
from sitrep.eventtypes.clause import _modal_anchor
from sitrep.eventtypes.phrases import _word_forms_at, word_forms
from sitrep.nlp import dependency_tree


def test_word_forms_by_index_match_the_token_forms(nlp):
    # a split hyphenated noun ("walk-out"), a preposition and inflected words
    doc = nlp("Dockers staged a walk-out on Monday and the guards were handing over keys to the mayor.")
    tree = dependency_tree(doc)
    assert any(f == "walk-out" for t in doc for f in word_forms(t))  # the hyphened form is exercised
    assert [_word_forms_at(tree, t.i) for t in doc] == [word_forms(t) for t in doc]


def test_modal_anchor_climbs_to_the_aspect_verb(nlp):
    doc = nlp("The rebels would begin releasing the prisoners tomorrow.")
    releasing = next(t for t in doc if t.lower_ == "releasing")
    anchor, aux = _modal_anchor(releasing, set())
    assert anchor.lower_ == "begin"
    assert "would" in aux
