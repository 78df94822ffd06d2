"""What a personal pronoun stands for ("they", "its", "he"): the actor named before it.

A pronoun looks back over its own sentence and the two before it, and takes the nearest subject
there that agrees in kind ("it" is a state or body, "he" a person), else the nearest actor: a
pronoun mostly continues the topic. The actors of whole sentences are found once per doc and
cached; relative pronouns ("who", "which") are resolved by mentions.actor_at, from the parse.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

from spacy.attrs import ENT_IOB, SPACY
from spacy.tokens import Doc, Token

from .. import actors, nlp
from ..models import Actor, ActorCode
from .syntax import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS

# Heads that name one person (for pronoun agreement: "it" is no president).
PERSON_TITLES = {"president", "minister", "leader", "official", "spokesman", "spokeswoman", "spokesperson", "king", "queen",
                 "emir", "prince", "general", "commander", "governor", "mayor", "ambassador", "envoy", "secretary",
                 "chancellor", "premier", "chief", "judge", "prosecutor", "activist", "man", "woman"}

# Pronouns that stand for an actor named earlier (not "it" of weather or "there").
ACTOR_PRONOUNS = {"he", "she", "they", "it", "we", "his", "her", "their", "its", "our", "who", "which", "that"}

# How far back a pronoun may look for what it stands for, in sentences.
_COREF_SENTENCES = 2


def antecedent(pronoun: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """What a personal pronoun stands for: the nearest actor named before it in its own or the
    previous sentences (the subject of the previous clause, most often)."""
    if pronoun.lower_ not in ACTOR_PRONOUNS:
        return None
    doc = pronoun.doc
    facts = _CorefFacts.of(doc)
    k = bisect_right(facts.sent_starts, pronoun.i) - 1
    start = facts.sent_starts[max(0, k - _COREF_SENTENCES)]
    if start == pronoun.i:
        return None
    found = facts.window_actors(start, facts.sent_starts[k], pronoun.i, country_hint)
    if not found:
        return None
    # the nearest subject before the pronoun, else the nearest actor: a pronoun mostly continues
    # the topic ("the President arrived in X on his visit": his = the President's)
    if pronoun.lower_ in ("it", "its"):  # a state or body, not a person
        found = [a for a in found if not a.is_person] or found
    elif pronoun.lower_ in ("he", "she", "his", "her"):
        found = [a for a in found if a.is_person] or found
    subjects = [a for a in found if a.is_subject]
    best = subjects[-1] if subjects else found[-1]
    actor = best.actor  # shared by every pronoun of the doc: changed only by copy (with_country below)
    if actor.code.country is None:
        # "Bolivia said its troops ... their withdrawal": a role-only antecedent belongs to the
        # country named before it
        owner = next((a.actor for a in reversed(found[:found.index(best)]) if a.actor.code.country), None)
        if owner is not None:
            actor = actors.with_country(actor, owner.code.country)
    return actor


# Nouns that, bare ("the country"), describe a state named before them
STATE_NOUNS = {"country", "nation", "kingdom", "emirate", "sultanate"}
# States a title of their kind stands for ("the kingdom", "the emirate"): today's monarchies of each kind
MONARCHIES = {
    "kingdom": {"SAU", "JOR", "MAR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "THA", "BHR", "SWZ", "LSO", "KHM",
                "BTN", "TON", "NPL"},
    "emirate": {"KWT", "QAT", "ARE"},
    "sultanate": {"OMN", "BRN"},
}
# Prepositions before such a noun that make it a party ("lend the money to the country", "talks with the nation")
PARTY_PREPS = {"to", "for", "with", "against", "on", "upon"}


def state_described(noun: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """What "the country" or "the nation" stands for when nothing else says which ("Sudan said the
    country would not ...", "the IMF would lend the country ...", "the country's people"): the state of the nearest subject
    before it that names one (else of the nearest actor), as its government; None when none does."""
    if noun.lemma_.lower() not in STATE_NOUNS or noun.tag_ != "NN" or [c.lower_ for c in noun.children] != ["the"]:
        return None
    if not (noun.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"poss"} or (noun.dep_ == "pobj" and noun.head.lower_ in PARTY_PREPS)):
        return None  # where things happen or go ("left the country", "withdrew from the country") is ground
    doc = noun.doc
    facts = _CorefFacts.of(doc)
    k = bisect_right(facts.sent_starts, noun.i) - 1
    start = facts.sent_starts[max(0, k - _COREF_SENTENCES)]
    kinds = MONARCHIES.get(noun.lemma_.lower())
    found = [a for a in facts.window_actors(start, facts.sent_starts[k], noun.i, country_hint) if a.actor.code.country
             and a.actor.code.country not in ("UN", "INT") and (kinds is None or a.actor.code.country in kinds)] \
        if start < noun.i else []
    if not found:
        return None
    subjects = [a for a in found if a.is_subject]
    country = (subjects or found)[-1].actor.code.country
    phrase = doc[noun.i - 1:noun.i + 1]
    return Actor(text=phrase.text, start=phrase.start_char, end=phrase.end_char, code=ActorCode(country=country, role="GOV"))


@dataclass(frozen=True)
class _Candidate:
    """An actor a pronoun may stand for, in doc offsets, with its kind read once."""

    actor: Actor
    is_person: bool
    is_subject: bool


class _CorefFacts:
    """Per-doc data every pronoun of the doc reuses (cached in doc.user_data).

    A pronoun's antecedents are the actors of a window of text: up to two whole sentences and
    its own sentence up to the pronoun, read as a Doc of their own. Whole sentences read alone
    parse as they do in the doc (no arc crosses a sentence boundary), so their actors are found
    once per doc; only the cut sentence is copied out (its heads past the pronoun are re-rooted
    by spaCy). Where an entity crosses a cut, the whole window is copied, as before."""

    def __init__(self, doc):
        self.doc = doc
        self.sent_starts = nlp.sentence_starts(doc)  # (read once per Doc: doc.sents builds a Span per sentence)
        self._sentence_heads: dict[int, tuple[list[int], list[int]]] = {}
        self._entities: Optional[list[tuple[int, int, str]]] = None
        self._array_head = nlp.DOC_ARRAY_ATTRS
        self._actors: dict = {}  # (token index, country hint) -> candidate or None

    @classmethod
    def of(cls, doc) -> "_CorefFacts":
        facts = doc.user_data.get("sitrep_coref")
        if facts is None or facts.doc is not doc:
            facts = doc.user_data["sitrep_coref"] = cls(doc)
        return facts

    def _as_doc(self, start: int, end: int):
        """doc[start:end] as a Doc of its own: what spaCy's Span.as_doc builds (words, the
        sliced annotation with heads outside the span re-rooted, the entities, the hooks and the
        tensor slice), with two costs left out: the span's entities are read from the doc's
        entity list cached here instead of Span.ents building a Span for every entity of the doc,
        and the Doc gets no averaged vector (nothing here reads vectors; spaCy averages the
        per-token vectors one at a time). Only the span's rows of the array are copied."""
        doc = self.doc
        span = doc[start:end]
        # words, spaces and the annotation from the doc's table: iterating the span builds a Token per
        # word, and a to_array of its own would read the whole doc again
        table = nlp.dependency_tree(doc)
        words = table.texts[start:end]
        spaces = table.annotation[start:end, self._array_head.index(SPACY)].astype(bool).tolist()
        copy = Doc(doc.vocab, words=words, spaces=spaces)
        array = table.annotation[start:end].copy()  # _fix_dep_copy rewrites heads in place
        span._fix_dep_copy(self._array_head, array)
        if len(array) > 0 and ENT_IOB in self._array_head:
            column = self._array_head.index(ENT_IOB)
            if array[0][column] == 1:  # an entity cut at the start: a valid beginning (as Span.as_doc)
                array[0][column] = 3
        copy.from_array(self._array_head, array)
        # entities cut at either edge keep no annotation there (as Span.as_doc)
        span_ents = {(a, b) for a, b, _ in self._doc_entities() if start <= a and b <= end}
        copy_ents = list(copy.ents)
        kept = copy_ents.copy()
        if len(copy_ents) > 0:
            if (copy_ents[0].start + start, copy_ents[0].end + start) not in span_ents:
                copy.set_ents([], missing=[copy_ents[0]], default="unmodified")
                kept = kept[1:]
            if (copy_ents[-1].start + start, copy_ents[-1].end + start) not in span_ents:
                copy.set_ents([], missing=[copy_ents[-1]], default="unmodified")
                kept = kept[:-1]
        # what copy.ents now gives (the other entities' tags are unmodified), so that the copy's readers
        # (find_actors, window_actors) do not rebuild them
        nlp.remember_entities(copy, kept)
        copy.noun_chunks_iterator = doc.noun_chunks_iterator
        copy.user_hooks = doc.user_hooks
        copy.user_span_hooks = doc.user_span_hooks
        copy.user_token_hooks = doc.user_token_hooks
        copy.tensor = doc.tensor[start:end]
        span_chars = (span.start_char, span.end_char) if doc.cats else None
        for key, value in doc.cats.items():
            if hasattr(key, "__len__") and len(key) == 3 and tuple(key[:2]) == span_chars:
                copy.cats[key[2]] = value
        return copy

    def _doc_entities(self) -> list[tuple[int, int, str]]:
        if self._entities is None:
            self._entities = [(e.start, e.end, e.label_) for e in nlp.entities(self.doc)]
        return self._entities

    def _heads_of_sentence(self, start: int) -> tuple[list[int], list[int]]:
        """Roots of the noun chunks and of the actor-typed entities of the sentence at `start`."""
        if start not in self._sentence_heads:
            doc = self.doc
            k = self.sent_starts.index(start)
            end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(doc)
            chunks = [doc[a:b].root.i for a, b in nlp.noun_chunk_bounds(doc, start, end)]
            entities = [doc[a:b].root.i for a, b, label in self._doc_entities()
                        if start <= a and b <= end and label in actors.ACTOR_ENTITY_LABELS]
            self._sentence_heads[start] = (chunks, entities)
        return self._sentence_heads[start]

    def _doc_actor(self, i: int, country_hint: Optional[str]) -> Optional[_Candidate]:
        key = (i, country_hint)
        if key not in self._actors:
            actor = actors.actor_for(self.doc[i], country_hint)
            self._actors[key] = None if actor is None else _candidate(self.doc, actor, 0)
        return self._actors[key]

    def window_actors(self, start: int, cut: int, end: int, country_hint: Optional[str]) -> list[_Candidate]:
        """Actors of the window doc[start:end] (whole sentences up to `cut`), as actors.find_actors
        finds them in the window read as a Doc of its own, in doc offsets."""
        # IOB tags and character offsets from the doc's table: doc[i] builds a Token
        table = nlp.dependency_tree(self.doc)
        cuts = [s for s in self.sent_starts if start <= s <= cut]
        if any(table.iobs[s] == "I" for s in cuts):  # an entity crosses a cut: copy the whole window
            window_doc = self._as_doc(start, end)
            offset = table.starts[start]
            return [_candidate(window_doc, a, offset) for a in actors.find_actors(window_doc, country_hint)]
        cut_doc = self._as_doc(cut, end) if end > cut else None
        whole = [self._heads_of_sentence(s) for s in cuts[:-1]]
        # the head set is built in the same order and window offsets as find_actors builds it, so
        # that it iterates in the same order (which decides ties between same-span candidates)
        chunk_heads = [i - start for chunks, _ in whole for i in chunks]
        entity_heads = [i - start for _, entities in whole for i in entities]
        if cut_doc is not None:
            chunk_heads += [chunk.root.i + cut - start for chunk in cut_doc.noun_chunks]
            entity_heads += [ent.root.i + cut - start for ent in nlp.entities(cut_doc) if ent.label_ in actors.ACTOR_ENTITY_LABELS]
        heads = set(chunk_heads)
        heads |= set(entity_heads)
        offset = table.starts[cut]
        candidates = []
        for rel in heads:
            i = rel + start
            if i < cut:
                candidate = self._doc_actor(i, country_hint)
            else:
                actor = actors.actor_for(cut_doc[i - cut], country_hint)
                candidate = None if actor is None else _candidate(cut_doc, actor, offset)
            if candidate is not None:
                candidates.append(candidate)
        return [candidates[j] for j in actors.non_overlapping([c.actor for c in candidates])]


def _candidate(doc, actor: Actor, offset: int) -> _Candidate:
    """`actor` found in `doc`, which starts `offset` characters into the article."""
    if offset:
        actor = actor.model_copy(update={"start": actor.start + offset, "end": actor.end + offset})
    # one span and one root for both kind tests: char_span and Span.root cost more than the tests
    span = doc.char_span(actor.start - offset, actor.end - offset, alignment_mode="expand")
    if span is None:
        return _Candidate(actor, False, False)
    root = span.root
    return _Candidate(actor, _is_person(root), _is_subject(root))


# Dependencies of a subject, active or passive
_ANY_SUBJECT_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS


def _is_person(root: Token) -> bool:
    """Whether the actor whose span has this root names one person."""
    return root.ent_type_ == "PERSON" or root.lemma_.lower() in PERSON_TITLES


def _is_subject(root: Token) -> bool:
    """Whether the actor whose span has this root is a subject (or a conjunct of one)."""
    while root.dep_ == "conj" and root.head.i != root.i:  # "X and Y said"
        root = root.head
    return root.dep_ in _ANY_SUBJECT_DEPS
