"""nlp: the parse, and the cached text the pipeline reads its offsets from."""
import re
from pathlib import Path

import sitrep
from spacy.attrs import IS_ALPHA, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc

from sitrep.nlp import _StringCache, doc_memo
from sitrep.nlp import DOC_ARRAY_ATTRS, dependency_tree, entities, entities_within, sentence_bounds, sentence_of, span_text, text_of, token_rows

SRC = Path(sitrep.__file__).parent


def test_nlp_text_of_is_the_docs_text_and_is_cached(nlp):
    doc = nlp("Troops entered the town on Monday.")
    assert text_of(doc) == doc.text
    assert doc.user_data["sitrep_text"] is text_of(doc)


def test_nlp_no_module_reads_doc_text_directly():
    # Doc.text re-joins every token on each access: read in a loop it made extraction quadratic, twice
    direct = re.compile(r"(\bdoc|\.doc)\.text\b(?!_)")
    offenders = [f"{path.relative_to(SRC)}:{n}" for path in SRC.rglob("*.py") if path.name != "nlp.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if direct.search(line) and not line.lstrip().startswith("#")]
    assert offenders == []


def test_nlp_token_rows_give_each_tokens_attributes_in_order(nlp):
    doc = nlp("Militia fighters shelled two villages near the river.")
    rows = list(token_rows(doc, [ORTH, POS, LEMMA]))
    strings = doc.vocab.strings
    assert [(strings[o], p, strings[lemma]) for o, p, lemma in rows] == [(t.text, t.pos, t.lemma_) for t in doc]


def test_nlp_token_rows_and_table_ids_are_the_docs_array(nlp):
    # columns the table read are cut from its array; any other attribute is read from the Doc
    doc = nlp("Gunmen torched three lorries on the highway, police said.")
    tree = dependency_tree(doc)
    for attrs in ([TAG, LEMMA], [LOWER, LEMMA], [LEMMA, POS], [IS_ALPHA, TAG]):
        assert tree.ids(attrs).tolist() == doc.to_array(attrs).tolist()
        assert list(token_rows(doc, attrs)) == [tuple(row) for row in doc.to_array(attrs).tolist()]
    for attrs in ([LEMMA], [IS_ALPHA]):  # one attribute: one column, the shape Doc.to_array gives
        assert tree.ids(attrs).shape == doc.to_array(attrs).shape
        assert tree.ids(attrs).tolist() == doc.to_array(attrs).tolist()


def test_nlp_token_rows_of_an_empty_doc_are_empty(nlp):
    assert list(token_rows(nlp(""), [ORTH, POS])) == []


def test_nlp_sentence_of_is_the_tokens_sentence(nlp):
    doc = nlp("Rebels took the bridge. The army said nothing on Monday.\n\nTalks resume in Geneva next week.")
    assert len(list(doc.sents)) >= 3
    for token in doc:
        assert sentence_of(token) == token.sent
        assert sentence_bounds(doc, token.i) == (token.sent.start, token.sent.end)
    assert sentence_of(doc[0]) is sentence_of(doc[2])  # one Span per sentence, made once


def test_nlp_a_blank_line_ends_a_sentence(nlp):
    # a headline, a blank line and a lead: the parser alone ran them into one sentence
    doc = nlp("Clashes erupt near Goma\n\nGOMA, Congo - Rebel fighters shelled army posts north of the town on Friday.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Clashes erupt near Goma"
    # the lead stays whole: the parser, given a start, tended to end the sentence after its first word
    assert sentences[1].startswith("GOMA, Congo - Rebel fighters shelled")
    doc = nlp("Clashes erupt near Goma\n \n Rebel fighters shelled army posts north of the town.")
    assert [s.text.strip() for s in doc.sents][1] == "Rebel fighters shelled army posts north of the town."


def test_nlp_a_single_line_break_is_no_paragraph(nlp):
    doc = nlp("Rebel fighters shelled army posts\nnorth of the town on Friday.")
    assert len(list(doc.sents)) == 1


def test_nlp_dependency_tree_matches_the_tokens_and_is_cached(nlp):
    # heads to the left and right, a root per sentence, a passive with an agent: every table as the Token says
    # (and entities: a place, a day)
    doc = nlp("Two convoys were attacked by gunmen near Kandahar. Relief workers flew the wounded to a clinic on Friday.")
    tree = dependency_tree(doc)
    assert tree.heads == [t.head.i for t in doc]
    assert tree.children == [[c.i for c in t.children] for t in doc]
    assert tree.deps == [t.dep_ for t in doc]
    assert tree.lowers == [t.lower_ for t in doc]
    assert tree.lemmas == [t.lemma_.lower() for t in doc]
    assert tree.pos == [t.pos_ for t in doc]
    assert tree.texts == [t.text for t in doc]
    assert tree.ent_types == [t.ent_type_ for t in doc] and "DATE" in tree.ent_types and "" in tree.ent_types
    assert dependency_tree(doc) is tree


def test_nlp_dependency_tree_annotation_is_the_docs_array(nlp):
    # the columns Doc.from_array restores, read in the table's pass: a Doc rebuilt from them has the same parse
    doc = nlp("Militants stormed a checkpoint outside Quetta on Sunday, police said.")
    tree = dependency_tree(doc)
    assert (tree.annotation == doc.to_array(list(DOC_ARRAY_ATTRS))).all()
    assert tree.annotation.shape == (len(doc), len(DOC_ARRAY_ATTRS))
    assert tree.iobs == [t.ent_iob_ for t in doc] and tree.starts == [t.idx for t in doc]
    copy = Doc(doc.vocab, words=tree.texts, spaces=[bool(t.whitespace_) for t in doc])
    copy.from_array(list(DOC_ARRAY_ATTRS), tree.annotation.copy())
    assert [(t.head.i, t.dep_, t.lemma_, t.ent_type_) for t in copy] == [(t.head.i, t.dep_, t.lemma_, t.ent_type_) for t in doc]


def test_nlp_dependency_tree_chars_are_the_offsets_of_a_run_of_words(nlp):
    doc = nlp("Two convoys were attacked by gunmen near Kandahar.")
    tree = dependency_tree(doc)
    assert tree.chars(0, 0) == (doc[0].idx, doc[0].idx + len(doc[0].text))
    assert tree.chars(4, 5) == (doc[4:6].start_char, doc[4:6].end_char)
    assert text_of(doc)[slice(*tree.chars(1, 3))] == "convoys were attacked"


def test_nlp_dependency_tree_of_an_empty_doc_is_empty(nlp):
    tree = dependency_tree(nlp(""))
    assert tree.heads == tree.children == tree.deps == tree.texts == tree.ent_types == []


def test_nlp_entities_within_are_the_spans_ents_and_read_once(nlp):
    # entities inside, at the edges, and one running across the end of a stretch (Span.ents stops there)
    doc = Doc(nlp.vocab, words=["Troops", "from", "Ruritania", "entered", "Port", "Vell", "on", "Monday", "near", "Oslo"])
    doc.ents = [doc.char_span(*span, label=label) for span, label in
                (((12, 21), "GPE"), ((30, 39), "GPE"), ((43, 49), "DATE"), ((55, 59), "GPE"))]
    assert entities(doc) is entities(doc)  # cached: Doc.ents builds new Spans on each read
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            got = [(e.start, e.end, e.label_) for e in entities_within(doc, start, end)]
            assert got == [(e.start, e.end, e.label_) for e in doc[start:end].ents], (start, end)
    assert [e.text for e in entities_within(doc, 3, 6)] == ["Port Vell"]
    assert [e.text for e in entities_within(doc, 3, 5)] == []  # "Port Vell" runs past the end


def test_nlp_span_text_matches_spacy_span_text(nlp):
    doc = nlp("The provincial health office (PHO) said on Monday that   two clinics closed.")
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def test_string_cache_reads_missing_ids_from_the_store_passed(nlp):
    # the Doc's StringStore is passed with each call, not kept on the shared cache; once read, no store is needed
    doc = nlp("Varnian Troops crossed the Kelo river.")
    lemmas = [t.lemma for t in doc]
    cache = _StringCache(lowered=True)
    assert cache.strings_of(doc.vocab.strings, lemmas) == [t.lemma_.lower() for t in doc]
    assert not hasattr(cache, "strings")
    assert cache.strings_of(None, lemmas) == [t.lemma_.lower() for t in doc]


def test_doc_memo_is_made_once_per_doc_and_key(nlp):
    doc = nlp("Troops crossed the river.")
    memo = doc_memo(doc, "test_memo")
    memo[1] = "x"
    assert doc_memo(doc, "test_memo") is memo and doc_memo(doc, "other_memo") == {}
    assert doc_memo(nlp("Troops crossed the river."), "test_memo") == {}


def test_nlp_noun_chunk_bounds_from_the_table_are_spacys_noun_chunks(nlp):
    from sitrep.nlp import built_dependency_tree, noun_chunk_bounds
    texts = [
        "Gunmen from the Harrow Valley militia stormed a police post and two checkpoints near Ostrel on Friday.",
        "The governor, his deputy and three aides were flown to the capital, where they met the envoys of Varnia.",
        "She said that they had given him nothing, and it was unclear who paid the fighters or why.",
        "Farmers, herders and traders in the dry north of Kesland blamed the drought and the army for the famine.",
        "Troops loyal to General Amos Brel shelled the port town of Lintor, killing nine civilians, officials said.",
        "Talks between the two sides over the disputed islands broke down after the navy seized a fishing boat.",
    ]
    for text in texts:
        doc = nlp(text)
        plain = [(a, b) for a, b, _ in doc.noun_chunks_iterator(doc)]
        assert list(noun_chunk_bounds(doc)) == plain  # no table built yet: spaCy's own iterator
        dependency_tree(doc)
        assert built_dependency_tree(doc) is not None
        assert plain and list(noun_chunk_bounds(doc)) == plain
        for sent in doc.sents:
            want = [(a, b) for a, b, _ in doc.noun_chunks_iterator(doc[sent.start:sent.end])]
            assert list(noun_chunk_bounds(doc, sent.start, sent.end)) == want
        # a window cut inside a sentence: chunks may reach left of it, as spaCy's do
        cut = len(doc) // 2
        assert list(noun_chunk_bounds(doc, cut, len(doc))) == [
            (a, b) for a, b, _ in doc.noun_chunks_iterator(doc[cut:])]
