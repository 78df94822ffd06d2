"""Who says so: the sources a claim is attributed to, and the stretch of text each one covers.

Cues: "according to X", "X said / reported / claimed / told AFP", quotes with a speaker,
"citing X", "reported by X". Each source is normalised against `data/sources.yaml` (canonical
name and kind), extended by the user's YAML files (env `SITREP_SOURCES` or `load_sources(extra)`);
acronyms the article defines ("the Syrian Observatory for Human Rights (OSDH)") are resolved,
and a plain description ("official media", "an NGO", "police") gets its kind from the
descriptor lists of the same file.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from itertools import compress
from pathlib import Path
from typing import Iterable, Iterator, Optional

import yaml
from spacy.tokens import Doc, Span, Token

from .nlp import dependency_tree, sentence_bounds, sentence_of, span_text, text_of
from . import models

ENV_VAR = "SITREP_SOURCES"

# Verbs that attribute what follows (or precedes) to their subject.
SPEECH_LEMMAS = frozenset(
    "say tell report claim state announce add confirm estimate warn note explain allege insist deny "
    "declare write tweet post indicate reveal acknowledge admit assert contend argue maintain publish "
    "document record quote cite describe count testify stress charge".split()
)
# "Interfax cited the FSB as saying ...": both the one citing and the one cited are sources.
CITING_LEMMAS = frozenset({"cite", "quote"})
# Of these, the ones that attribute only with a clause after them ("the war claimed 500,000 lives"
# and "they added troops" attribute nothing).
CLAUSE_ONLY_LEMMAS = frozenset("claim add post write note describe publish record count stress charge maintain argue".split())
# Words that introduce a source as their object: "citing X", "quoting X".
CITING_WORDS = frozenset({"citing", "quoting"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# Subjects of "claimed", "reported" that are not speakers: "the war claimed 500,000 lives".
NOT_SPEAKERS = frozenset(
    "war conflict fighting attack violence blast explosion bombing storm flood earthquake disaster epidemic "
    "outbreak virus disease crisis uprising clash clashes shelling fire accident".split()
)
CASUALTY_OBJECTS = frozenset("life death victim casualty toll".split())
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# Children cut off a source's noun phrase: they belong to the claim, not to the name.
_CUT_DEPS = frozenset({"relcl", "conj", "cc", "advcl", "ccomp", "parataxis", "punct"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "that", "its", "their", "his", "her"})
_QUOTE_RE = re.compile(r"[\"“”]")
# "Long Name (ACR)": a capitalised name followed by a parenthesised acronym.
_ACRONYM_DEF_RE = re.compile(
    r"((?:[A-Z][\w'’.&-]*)(?:\s+(?:[A-Z][\w'’.&-]*|of|for|the|and|on|in|to|de|du|des|pour|la|le|el|al|&)){0,12})"
    r"\s*\(\s*([A-Z][A-Za-z]{1,9})\s*\)"
)

_LEAD_RE = re.compile(
    r"^(?:According|Citing|Quoting|Said|Told|In|On|At|By|From|With|For|Under|After|Before|As|And|But|The|A|An|"
    r"While|When|Since|During|To|Of)\s+(?:[a-z]+\s+)*"
)


@dataclass
class Attribution:
    source: models.SourceRef  # name normalised, kind, and the span where the source is named
    scope_start: int  # character range of the claim(s) it supports
    scope_end: int


@dataclass
class SourceLexicon:
    """Known sources by alias, and the descriptor words that give an unnamed source its kind."""

    by_alias: dict[str, tuple[str, str]] = field(default_factory=dict)  # alias -> (name, kind)
    descriptors: dict[str, str] = field(default_factory=dict)  # lower-case phrase -> kind
    modifiers: dict[str, str] = field(default_factory=dict)  # lower-case word -> kind
    _pattern: Optional[re.Pattern] = None
    # (each phrase's rank in the order describe() prefers, phrase by rank, the most words of a phrase), built
    # when first needed: see describe()
    _descriptor_ranks: Optional[tuple[dict[str, int], list[tuple[str, str]], int]] = field(
        default=None, repr=False, compare=False)

    def add_file(self, data: dict) -> None:
        for entry in data.get("sources") or []:
            name, kind = entry["name"], entry.get("kind", "unknown")
            for alias in {name, *(entry.get("aliases") or [])}:
                self.by_alias[_alias_key(alias)] = (name, kind)
        for kind, phrases in (data.get("descriptors") or {}).items():
            for phrase in phrases or []:
                self.descriptors[phrase.lower()] = kind
        for kind, words in (data.get("modifiers") or {}).items():
            for word in words or []:
                self.modifiers[word.lower()] = kind
        self._pattern = None
        self._descriptor_ranks = None

    def known_in(self, text: str) -> Optional[tuple[str, str, int, int]]:
        """The longest known alias in `text`: (name, kind, start, end), or None."""
        if self._pattern is None:
            aliases = sorted((a for a in self.by_alias), key=len, reverse=True)
            self._pattern = re.compile(
                r"(?<![\w-])(" + "|".join(_alias_regex(a) for a in aliases) + r")(?![\w-])"
            ) if aliases else re.compile(r"(?!x)x")
        best = None
        for m in self._pattern.finditer(text):
            key = _alias_key(m.group(1))
            if key in self.by_alias and (best is None or len(m.group(1)) > best[3] - best[2]):
                name, kind = self.by_alias[key]
                best = (name, kind, m.start(1), m.end(1))
        return best

    def describe(self, text: str) -> Optional[str]:
        """The kind of a plain description ("a senior army officer" -> military), or None."""
        lower = " " + re.sub(r"[^\w'’.-]+", " ", text.lower()).strip() + " "
        if self._descriptor_ranks is None:
            # The longest phrase found wins, the earliest in file order among equals: a stable sort by length
            # ranks them so.
            ordered = [(phrase, kind) for phrase, kind in sorted(self.descriptors.items(),
                                                                 key=lambda item: -len(item[0])) if phrase]
            self._descriptor_ranks = ({phrase: k for k, (phrase, _) in enumerate(ordered)}, ordered,
                                      max((phrase.count(" ") + 1 for phrase, _ in ordered), default=0))
        ranks, ordered, most_words = self._descriptor_ranks
        # A phrase is found when it is a run of the text's words (`lower` holds words joined by single spaces):
        # each run of up to `most_words` words looked up by rank, instead of a substring test per phrase.
        words = lower.split()
        best = None
        for size in range(1, min(most_words, len(words)) + 1):
            for k in range(len(words) - size + 1):
                rank = ranks.get(" ".join(words[k:k + size]) if size > 1 else words[k])
                if rank is not None and (best is None or rank < best):
                    best = rank
        best_phrase, best_kind = ordered[best] if best is not None else ("", None)
        if best_phrase and " " in best_phrase and best_kind != "unknown":
            return best_kind  # a multi-word description is specific: "army spokesman"
        for word in lower.split():
            if word in self.modifiers and word != best_phrase:
                return self.modifiers[word]
        return best_kind


def _alias_key(alias: str) -> str:
    # Acronyms are case-sensitive ("AP" but not "ap"); their title case counts too ("Ocha").
    if _is_acronym(alias):
        return alias
    if _is_acronym(alias.upper()) and alias[:1].isupper() and alias[1:].islower():
        return alias.upper()
    return alias.lower().replace("’", "'")


def _alias_regex(alias: str) -> str:
    if _is_acronym(alias):
        return re.escape(alias) + "|" + re.escape(alias.title())
    return "(?i:" + re.escape(alias).replace("'", "['’]") + ")"


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 7 and text.replace(".", "").replace("-", "").isupper() and " " not in text


def canonical_name(value: str) -> str:
    """A source as events store it: a known alias ("Syrian Observatory for Human Rights", "Syrian Civil
    Defence") gives the source's name (SOHR, White Helmets); anything else is left as it is."""
    known = load_sources().by_alias.get(_alias_key(value.strip()))
    return known[0] if known else value


def known_kind(name: str) -> Optional[str]:
    """The kind of a known source by any of its names (news_agency for "Reuters"), else None."""
    known = load_sources().by_alias.get(_alias_key(name.strip()))
    return known[1] if known else None


def load_sources(extra: Optional[Iterable[str | Path]] = None) -> SourceLexicon:
    """The bundled list, then the files in env SITREP_SOURCES, then `extra`; later files win."""
    paths: list[str | Path] = []
    if os.environ.get(ENV_VAR):
        paths += [p for p in os.environ[ENV_VAR].split(os.pathsep) if p]
    paths += list(extra or [])
    return _load(tuple(str(p) for p in paths))


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> SourceLexicon:
    lexicon = SourceLexicon()
    lexicon.add_file(yaml.safe_load((files("sitrep") / "data" / "sources.yaml").read_text(encoding="utf-8")))
    for path in paths:
        lexicon.add_file(yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {})
    return lexicon


def find_attributions(doc: Doc, lexicon: Optional[SourceLexicon] = None) -> list[Attribution]:
    """Every attribution cue in the document, in text order, with the claim range it covers."""
    lexicon = lexicon or load_sources()
    acronyms = defined_acronyms(text_of(doc))
    quotes = _quote_ranges(text_of(doc))
    found: list[Attribution] = []
    for i in _cue_candidates(doc):
        tok = doc[i]
        heads: list[Token] = []
        scope: Optional[tuple[int, int]] = None
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            heads = _objects(doc[tok.i + 1])
            scope = _sentence_range(tok)
        elif tok.lower_ in CITING_WORDS:
            heads = [c for c in tok.children if c.dep_ in ("dobj", "pobj", "nsubj")]
            scope = _sentence_range(tok)
        elif tok.lemma_.lower() in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX") and _attributes(tok, quotes):
            heads = _speakers(tok)
            scope = _claim_range(tok, quotes)
        for head in heads:
            for conjunct in _conjuncts(head):
                for ref in _source_refs(doc, conjunct, lexicon, acronyms, found):
                    found.append(Attribution(ref, *scope))
    return _dedupe(found)


def _cue_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that may cue an attribution ("according", "citing", a speech verb),
    read from the doc's table: building a Token for every word costs more than the rest."""
    tree = dependency_tree(doc)
    # each test mapped over the whole column (a C call per word, no bytecode); the few speech lemmas then
    # checked for a verb
    indices = range(len(tree.lowers))
    pos = tree.pos
    found = {i for i in compress(indices, map(SPEECH_LEMMAS.__contains__, tree.lemmas)) if pos[i] in ("VERB", "AUX")}
    found.update(compress(indices, map(_CUE_WORDS.__contains__, tree.lowers)))
    return sorted(found)


_CUE_WORDS = CITING_WORDS | {"according"}


def sources_for(attributions: list[Attribution], start: int, end: int) -> list[models.SourceRef]:
    """The sources whose claim range covers the characters [start, end)."""
    seen: set[tuple[str, int]] = set()
    refs: list[models.SourceRef] = []
    for a in attributions:
        key = (a.source.name, a.source.start)
        if a.scope_start <= start and end <= a.scope_end and key not in seen:
            seen.add(key)
            refs.append(a.source)
    return refs


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the article defines: "the UN Office for ... Affairs (Ocha)" -> {"Ocha": "UN Office ..."}."""
    found: dict[str, str] = {}
    for m in _ACRONYM_DEF_RE.finditer(text):
        long_form = re.split(r"(?<=[a-z])[.!?]\s+", m.group(1).strip())[-1]
        # "According to the UN Office ... (Ocha)": the name starts after the sentence's own words.
        while (stripped := _LEAD_RE.sub("", long_form, count=1)) != long_form:
            long_form = stripped
        acronym = m.group(2)
        if " " in long_form or len(long_form) > len(acronym) + 3:
            found.setdefault(acronym, long_form)
    return found


def _objects(to: Token) -> list[Token]:
    objs = [c for c in to.children if c.dep_ in ("pobj", "dobj")]
    if objs:
        return objs
    # The parser sometimes hangs the source elsewhere: take the next noun after "to".
    for tok in to.doc[to.i + 1 : min(len(to.doc), to.i + 8)]:
        if tok.pos_ in ("NOUN", "PROPN"):
            return [tok]
    return []


def _attributes(verb: Token, quotes: list[tuple[int, int]]) -> bool:
    tree = dependency_tree(verb.doc)  # children by index: no Token per child
    deps, children, v = tree.deps, tree.children[verb.i], verb.i
    if any(deps[c] == "dobj" and tree.lemmas[c] in CASUALTY_OBJECTS for c in children):
        return False  # "claimed 500,000 lives" counts dead, it does not report
    if tree.lemmas[v] not in CLAUSE_ONLY_LEMMAS:
        return True
    if any(deps[c] in ("ccomp", "parataxis") for c in children) or deps[v] in ("parataxis", "ccomp"):
        return True
    sent = sentence_of(verb)
    return any(q_start < sent.end_char and q_end > sent.start_char for q_start, q_end in quotes)


def _speakers(verb: Token) -> list[Token]:
    doc, tree = verb.doc, dependency_tree(verb.doc)  # children by index: a Token only for those taken
    children = tree.children[verb.i]
    subjects = [doc[c] for c in children if tree.deps[c] == "nsubj"]
    if tree.lemmas[verb.i] in CITING_LEMMAS:
        subjects += [doc[c] for c in children if tree.deps[c] == "dobj"]
    if not subjects and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        # "Sokolowski disagrees, saying ...": the participle's speaker is the main clause's subject
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects:
        # "it was reported by X": the agent is the source.
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            subjects += [c for c in agent.children if c.dep_ == "pobj"]
    if not subjects and verb.dep_ == "conj" and verb.head.lemma_.lower() in SPEECH_LEMMAS:
        return _speakers(verb.head)  # "X confirmed and said ..."
    if not subjects:
        subjects = _phrase_before(verb)
    out = []
    for subj in subjects:
        if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subj = verb.head  # "Ahmed, who said ..."
        after = subj.doc[subj.i + 1] if subj.i + 1 < len(subj.doc) else None
        starts = subj.i == sentence_bounds(subj.doc, subj.i)[0] or subj.doc[subj.i - 1].is_space
        if after is not None and after.text in ("--", "—", "–", "-") and starts and subj.text.isupper():
            continue  # "MAKHACHKALA -- ...": a dateline parsed as the subject
        if subj.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and subj.lemma_.lower() not in NOT_SPEAKERS:
            out.append(subj)
    return out


def _phrase_before(verb: Token) -> list[Token]:
    """"..., killing nine civilians, the Syrian Observatory said.": the small parser may hang the
    speaker on an earlier noun (an apposition) and leave the verb without a subject; the speaker is
    then the noun phrase between the last comma and the verb."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return []
    sentence_start = sentence_bounds(doc, verb.i)[0]
    candidates = [
        t for t in doc[sentence_start : verb.i]
        if t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == verb.i - 1 and t.left_edge.i > sentence_start
        and doc[t.left_edge.i - 1].text == ","
    ]
    return [min(candidates, key=lambda t: t.left_edge.i)] if candidates else []


def _conjuncts(head: Token) -> list[Token]:
    out = [head]
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and not _one_entity(head, c):
            out += _conjuncts(c)
    return out


def _entity_end(tok: Token) -> int:
    """The end (token index) of the named entity a token is in; 0 when it is in none."""
    if not tok.ent_type_:
        return 0
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return end


def _one_entity(a: Token, b: Token) -> bool:
    """Whether two conjuncts lie in one named entity ("the Armed Conflict Location and Event Data
    Project" is one organisation, not two)."""
    if not a.ent_type_ or a.ent_type_ != b.ent_type_:
        return False
    first, last = min(a.i, b.i), max(a.i, b.i)
    return all(t.ent_iob_ == "I" for t in a.doc[first + 1 : last + 1])


def _np_range(tok: Token) -> tuple[int, int]:
    """Token range of a source's noun phrase: its subtree without clauses and conjuncts."""
    # the subtree walk reads the parse by index: token.children builds a new Token per child
    tree = dependency_tree(tok.doc)
    deps, children = tree.deps, tree.children
    keep = [tok.i]
    stack = [c for c in children[tok.i] if deps[c] not in _CUT_DEPS or tree.texts[c] in "()"]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack += [c for c in children[t] if deps[c] not in ("relcl", "advcl", "ccomp", "parataxis")]
    first, last = min(keep), max(keep)
    # Keep it contiguous around the head (the parser may hang distant tokens on the phrase).
    doc, texts = tok.doc, tree.texts
    while first < tok.i and (doc[first].is_punct and texts[first] not in "(\""):
        first += 1
    while last > tok.i and doc[last].is_punct and texts[last] != ")":
        last -= 1
    # the phrase's text sliced from the Doc's text: Span.text builds a Token per word
    start, end = tree.chars(first, last)
    phrase = text_of(doc)[start:end]
    if phrase.count("(") > phrase.count(")"):
        if last + 1 < len(doc) and texts[last + 1] == ")":
            last += 1
    # the text test first: it spares building the Token for is_punct
    if last + 1 < len(doc) and re.fullmatch(r"[A-Z][A-Za-z]+\.", texts[last + 1]) and doc[last + 1].is_punct:
        last += 1  # "the Georgian MoD." tokenised as one punctuation token
    if last - first > 14:  # a runaway parse: fall back to the head's own words
        first, last = min(tok.left_edge.i, tok.i), tok.i
    return first, last + 1


def _source_refs(doc: Doc, head: Token, lexicon: SourceLexicon, acronyms: dict[str, str], earlier: list) -> list:
    """One source per noun phrase; two when conjoined modifiers share the head noun
    ("Kenyan police and clinic staff" -> "Kenyan police", "clinic staff")."""
    for mod in head.children:
        conj = [c for c in mod.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        if mod.dep_ in ("nmod", "compound") and mod.i < head.i and mod.pos_ in ("NOUN", "PROPN") and conj:
            first_span = doc[mod.left_edge.i : mod.i + 1]
            second_span = doc[conj[0].left_edge.i : head.i + 1]
            return [_ref_of_span(sp, lexicon, acronyms) for sp in (first_span, second_span)]
    ref = _source_ref(doc, head, lexicon, acronyms, earlier)
    return [ref] if ref is not None else []


def _ref_of_span(span: Span, lexicon: SourceLexicon, acronyms: dict[str, str]) -> models.SourceRef:
    name, kind = classify(span, lexicon, acronyms)
    return models.SourceRef(text=span.text, start=span.start_char, end=span.end_char, name=name, kind=kind)


def _source_ref(
    doc: Doc,
    head: Token,
    lexicon: SourceLexicon,
    acronyms: dict[str, str],
    earlier: list[Attribution],
) -> Optional[models.SourceRef]:
    if head.lower_ in PRONOUNS or head.pos_ == "PRON":
        # "he said": the most recent named source before it speaks again.
        prior = [a.source for a in earlier if a.source.end <= head.idx and a.source.text.lower() not in PRONOUNS]
        if not prior or head.lower_ in ("i", "we"):
            return None
        return models.SourceRef(
            text=head.text, start=head.idx, end=head.idx + len(head.text), name=prior[-1].name, kind=prior[-1].kind
        )
    head = _issuer(head)
    first, last = _np_range(head)
    last = max(last, _entity_end(head))  # "the Armed Conflict Location and Event Data Project"
    span = doc[first:last]
    span = _widen_to_definition(span, acronyms)
    if span_text(span).endswith(".") and span[-1].is_punct and len(span) > 1:
        span = doc.char_span(span.start_char, span.end_char - 1, alignment_mode="contract") or span
    name, kind = classify(span, lexicon, acronyms)
    return models.SourceRef(text=span_text(span), start=span.start_char, end=span.end_char, name=name, kind=kind)


# What a source issues: "according to a statement from the Health Ministry" cites the ministry.
DOCUMENT_NOUNS = frozenset(
    "statement report communique communiqué tweet post video footage release bulletin toll figure figures "
    "data tally count message notice letter announcement update".split()
)


def _issuer(head: Token) -> Token:
    """The party that issued a document named as the source ("a statement from/by/of X", "a report
    issued by X"), else the head itself."""
    if head.lemma_.lower() not in DOCUMENT_NOUNS and head.lower_ not in DOCUMENT_NOUNS:
        return head
    for child in head.children:
        preps = [child] if child.dep_ == "prep" else []
        if child.dep_ == "acl":  # "a statement issued by X"
            preps = [c for c in child.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"]
        for prep in preps:
            if prep.lower_ in ("from", "by", "of"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                        return obj
    return head


def _widen_to_definition(span: Span, acronyms: dict[str, str]) -> Span:
    """Stretch a cut phrase to a defined name it starts: "The Committee" -> "... to Protect Journalists (CPJ)"."""
    doc = span.doc
    # the first two words' offsets from the table: span[:2] built them anew for every acronym
    word_starts = dependency_tree(doc).starts[span.start : min(span.start + 2, span.end)]
    for acronym, long_form in acronyms.items():
        for word_start in word_starts:
            if text_of(doc).startswith(long_form, word_start):
                end = word_start + len(long_form)
                m = re.match(r"\s*\(\s*" + re.escape(acronym) + r"\s*\)", text_of(doc)[end:])
                end += m.end() if m else 0
                wider = doc.char_span(span.start_char, max(end, span.end_char), alignment_mode="expand")
                return wider if wider is not None else span
    return span


def classify(span: Span, lexicon: SourceLexicon, acronyms: dict[str, str]) -> tuple[str, str]:
    """(normalised name, kind) of the noun phrase naming a source."""
    text = span_text(span)
    for acronym, long_form in acronyms.items():
        if re.search(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text) or long_form in text:
            # The article's own definition: a known source only if the whole long form is one
            # ("Kurdish Red Crescent" is not the "Red Crescent" of the list).
            known = lexicon.known_in(long_form)
            if known is not None and known[3] - known[2] == len(long_form):
                return known[0], known[1]
            return long_form, known[1] if known else (lexicon.describe(long_form) or "unknown")
    known = lexicon.known_in(text)
    if known is not None:
        return known[0], known[1]
    kind = lexicon.describe(text)
    for label, ent_text in _entities_in(span):
        if label == "PERSON" or (label == "ORG" and kind is None):
            # the model's entity may open with "the": "the X said" and "according to X" are one source
            return re.sub(r"^(?:the|The)\s+", "", ent_text) or ent_text, kind or "unknown"
    words = [t for t in span if not t.is_punct]
    while words and words[0].lower_ in _DETERMINERS:
        words = words[1:]
    name = doc_text(span.doc, words) if words else text
    return name, kind or "unknown"


def _entities_in(span: Span) -> Iterator[tuple[str, str]]:
    """(label, text) of the named entities wholly inside a span, read from the tokens' IOB tags
    (Span.ents walks every entity of the doc on each call)."""
    doc = span.doc
    # read by index: doc[i] builds a new Token on every read
    tree = dependency_tree(doc)
    iobs, ent_types = tree.iobs, tree.ent_types
    i = span.start
    while i < span.end:
        if iobs[i] != "B":
            i += 1
            continue
        j = i + 1
        while j < len(iobs) and (
            iobs[j] == "I"
            # the small model splits some full names in two ("Oleksandr" "Prokudin"): one person
            or (ent_types[i] == "PERSON" and ent_types[j] == "PERSON" and j < span.end)
        ):
            j += 1
        if j <= span.end:
            first_char, end_char = tree.chars(i, j - 1)
            yield ent_types[i], text_of(doc)[first_char:end_char]
        i = j


def doc_text(doc: Doc, tokens: list[Token]) -> str:
    return text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _sentence_range(tok: Token) -> tuple[int, int]:
    sentence = sentence_of(tok)
    return sentence.start_char, sentence.end_char


def _quote_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of quoted passages, quote marks included (pairs in order)."""
    marks = [m.start() for m in _QUOTE_RE.finditer(text)]
    return [(marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2)]


def _claim_range(verb: Token, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """What a speech verb attributes: its reported clause, widened to a quote it stands beside."""
    sent_start, sent_end = _sentence_range(verb)
    # the verb's children and head read by index: a Token is built only for the clauses
    tree = dependency_tree(verb.doc)
    v = verb.i
    clauses = [verb.doc[c] for c in tree.children[v] if tree.deps[c] in ("ccomp", "xcomp", "parataxis")]
    if tree.deps[v] in ("parataxis", "ccomp", "advcl") and tree.heads[v] != v and not clauses:
        start, end = sent_start, sent_end  # "The attack killed five, police said."
    elif clauses:
        start = min(c.left_edge.idx for c in clauses)
        last = max((c.right_edge for c in clauses), key=lambda t: t.i)
        end = last.idx + len(last.text)
    else:
        start, end = sent_start, sent_end
    # A quote that touches the sentence of the verb is the speaker's, even across sentences.
    for q_start, q_end in quotes:
        if q_start < sent_end and q_end > sent_start and not (q_start <= verb.idx < q_end):
            start, end = min(start, q_start), max(end, q_end)
    return start, end


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    seen: set[tuple[int, int, int, int]] = set()
    out = []
    for a in found:
        key = (a.source.start, a.source.end, a.scope_start, a.scope_end)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out
