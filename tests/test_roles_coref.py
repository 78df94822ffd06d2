"""What a pronoun stands for (sitrep.roles.coref), on invented sentences."""
from sitrep.roles.coref import antecedent


def _pronoun(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_roles_coref_it_skips_a_person(nlp):
    actor = antecedent(_pronoun(nlp, "The Kenyan president thanked the Ugandan army. It promised to withdraw.", "It"), None)
    assert actor is not None and (actor.code.country, actor.code.role) == ("UGA", "MIL")


def test_roles_coref_he_takes_the_person(nlp):
    actor = antecedent(_pronoun(nlp, "The Ugandan army met the Kenyan president. He promised to withdraw.", "He"), None)
    assert actor is not None and actor.code.country == "KEN"


def test_roles_coref_offsets_are_in_the_article(nlp):
    text = "Chadian rebels attacked the barracks. They later withdrew."
    actor = antecedent(_pronoun(nlp, text, "They"), None)
    assert actor is not None and text[actor.start:actor.end] == actor.text


def test_roles_coref_weather_it_has_no_antecedent(nlp):
    assert antecedent(_pronoun(nlp, "It rained heavily in Kampala.", "It"), None) is None


def test_roles_coref_the_kingdom_is_the_monarchy_named_before_it(nlp):
    from sitrep.roles import participants
    doc = nlp("Jordan's foreign minister said on Monday the kingdom had sent 200 tonnes of flour to Gaza.")
    source, _ = participants(next(t for t in doc if t.text == "sent"))
    assert source is not None and source.code.country == "JOR"
    doc = nlp("Iran warned Bahrain on Friday that it would respond if the kingdom kept up its crackdown.")
    _, target = participants(next(t for t in doc if t.text == "warned"))
    assert target is not None and target.code.country == "BHR"


def test_roles_coref_window_copy_is_what_span_as_doc_builds(nlp):
    # the window copy is built without Span.as_doc's costly parts; everything read from it must be the same,
    # including entities cut at either edge of the window and heads outside it
    from sitrep import nlp as nlp_stage
    from sitrep.roles.coref import _CorefFacts

    doc = nlp("Officials of the Kenya Defence Forces said on Tuesday that the Al-Shabaab fighters withdrew from Lamu County. "
              "The Somali National Army later entered the town of Kismayo, a spokesman for the African Union said.")
    facts = _CorefFacts(doc)
    head = doc._get_array_attrs()
    windows = [(a, b) for a in range(len(doc)) for b in range(a + 1, len(doc) + 1) if (a + b) % 7 == 0]
    cut_entities = 0
    for a, b in windows:
        ours, theirs = facts._as_doc(a, b), doc[a:b].as_doc(array_head=head, array=doc.to_array(head))
        assert ours.to_json() == theirs.to_json(), (a, b)
        assert (ours.to_array(head) == theirs.to_array(head)).all(), (a, b)
        assert [(c.start, c.end) for c in ours.noun_chunks] == [(c.start, c.end) for c in theirs.noun_chunks]
        # the entities remembered for the copy (its readers do not re-read Doc.ents) are what it holds
        assert [(e.start, e.end, e.label_) for e in nlp_stage.entities(ours)] == \
            [(e.start, e.end, e.label_) for e in theirs.ents], (a, b)
        cut_entities += any(e.start < a < e.end or e.start < b < e.end for e in doc.ents)
    assert cut_entities  # the windows did cut entities
    assert len(doc) == len(facts.doc)  # the doc itself is untouched
    assert [t.head.i for t in doc] == [t.head.i for t in nlp(doc.text)]


def test_roles_coref_window_copy_keeps_the_spacing_of_the_words(nlp):
    # the copy's words and spaces come from the doc's table and array, not from its Tokens: runs of spaces,
    # line breaks and words glued to punctuation must come out as Span.as_doc gives them
    from sitrep.roles.coref import _CorefFacts

    doc = nlp("HARARE  --  The ruling party said (on Monday)  it had won.\n\nIts rivals,   in turn, rejected the count!")
    facts = _CorefFacts(doc)
    for a in range(len(doc)):
        for b in range(a + 1, len(doc) + 1):
            ours, theirs = facts._as_doc(a, b), doc[a:b].as_doc()
            assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in theirs], (a, b)
            assert ours.text == doc[a:b].text_with_ws
