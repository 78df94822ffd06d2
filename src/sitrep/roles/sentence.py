"""Which triggers of a sentence are events of their own, and which is the sentence's main event.

A trigger that only describes another ("Russian-brokered ceasefire", "talks on the truce") is
part of that event. The main event is the trigger least embedded in the clause structure, where
a reporting verb's complement is what the sentence reports (so it counts as the main clause).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from ..eventtypes import TriggerType, lexicon, typed_triggers
from ..eventtypes.clause import DEMONSTRATION
from .syntax import SUBJECT_DEPS, adopting_verb, misattached_verb
from .words import REPORTING_LEMMAS



def sentence_events(sentence: SpacySpan) -> list[tuple[Token, TriggerType]]:
    """Triggers of a sentence with their types, without those that only modify another trigger."""
    found = typed_triggers(sentence)
    ids = {tok.i for tok, _ in found}
    return [(tok, kind) for tok, kind in found if not _is_modifier(tok, ids)]


def main_event(sentence: SpacySpan) -> Optional[tuple[Token, TriggerType]]:
    """The sentence's main event: the trigger least embedded in its clause structure (a reporting
    verb's complement counts as the main clause), verbs before eventive nouns, then text order."""
    found = sentence_events(sentence)
    if not found:
        return None
    told = [f for f in found if not _in_background_phrase(f[0])]
    if not told:
        return None  # "despite warnings from X, Y launched a satellite": the only act named is background
    main = min(told, key=_prominence)
    if main[1].plover_type == "REQUEST" and main[0].pos_ == "VERB" and _demand_made_in_protest(main[0], told):
        # "students on hunger strike, demanding ...", "called for X to go, in the largest protest yet": the
        # demand a protest voices is that protest (CAMEO 14), not a request made at a table
        return main[0], DEMONSTRATION
    if main[1].plover_type == "CONSULT" and _meets_alone(main[0]):
        # "the cabinet met on Sunday and approved a ceasefire", "... met and voted to suspend X": a
        # body's own session is no consultation of anyone; what it decided is the event
        for token, kind in found:
            if token.i > main[0].i and kind.plover_type != "CONSULT" and _goes_on_from(token, main[0], ("conj", "xcomp", "dobj")):
                return token, kind
    if main[1].plover_type == "COERCE" and main[1].plover_mode == "seize":
        # "torched homes, killing three", "burned granaries and shot seven herders": the killing the
        # same doer goes on to is the harm CAMEO codes, not the damage to property
        for token, kind in found:
            if kind.plover_type == "ASSAULT" and token.pos_ == "VERB" and _goes_on_from(token, main[0]):
                return token, kind
    return main


def _demand_made_in_protest(verb: Token, found: list[tuple[Token, TriggerType]]) -> bool:
    """Whether a demand verb is voiced by a protest told in the same clause: a protest noun in a phrase on the
    demand verb or on the verb it hangs from ("were on hunger strike, demanding", "called for ..., in the largest
    protest"). A bare "in protest" ("recalled its envoy in protest") is a motive, not a demonstration."""
    anchors = {verb.i}
    if verb.dep_ in ("advcl", "xcomp", "conj"):
        anchors.add(verb.head.i)
    for token, kind in found:
        if kind.plover_type != "PROTEST" or token.pos_ != "NOUN" or token.dep_ != "pobj":
            continue
        if token.head.lower_ not in ("on", "in", "during", "at") or token.head.head.i not in anchors:
            continue
        if token.head.lower_ == "in" and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in token.children):
            continue
        return True
    return False


def _prominence(found: tuple[Token, TriggerType]) -> tuple[int, bool, int]:
    """Sort key of a trigger for the main event: least embedded first, verbs before nouns, then text
    order. An act named by the object of a verb of doing that is no trigger itself ("embarked on a
    military build-up", "kicked off drills") stands where that verb stands."""
    token = found[0]
    doing = _doing_verb(token)
    if doing is not None:
        return _clause_depth(doing), False, token.i
    adopting = adopting_verb(token)
    if adopting is not None:
        return _clause_depth(adopting), False, token.i
    return _clause_depth(token), token.pos_ != "VERB", token.i


def _doing_verb(noun: Token) -> Optional[Token]:
    """The verb of doing whose object (or "on/in/with" phrase) `noun` is, or None."""
    if noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "in", "upon", "with") and noun.head.dep_ == "prep":
        verb = noun.head.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon().light_verbs:
        return None
    return verb


def _is_modifier(token: Token, triggers: set[int]) -> bool:
    """A trigger that only describes another one ("Russian-brokered ceasefire", "talks on the truce",
    "entered the city under a deal") is part of that event, not one of its own."""
    node = token
    for _ in range(6):
        if node.dep_ not in {"pobj", "prep", "compound", "amod", "nmod", "poss", "npadvmod"}:
            return False
        node = node.head
        if node.i in triggers:
            return True
    return False


# Prepositions whose object is the background a thing happens against ("despite warnings", "amid protests")
BACKGROUND_PREPS = {"despite", "amid", "amidst", "notwithstanding"}


def _in_background_phrase(token: Token) -> bool:
    """Whether `token` heads (or is inside) the object of "despite"/"amid"/"in spite of": what the news happened
    against or in spite of, not the news."""
    node = token
    for _ in range(6):
        if node.dep_ == "pobj" and (node.head.lower_ in BACKGROUND_PREPS or (
                node.head.lower_ == "of" and node.head.head.lower_ == "spite")):
            return True
        if node.dep_ not in ("pobj", "prep", "compound", "amod", "nmod", "conj", "acl") or node.head.i == node.i:
            return False
        node = node.head
    return False


# Conjunctions of a clause of time told as background to the news
BACKGROUND_MARKS = {"after", "before", "since"}
CLAUSE_DEPS = {"conj", "advcl", "ccomp", "parataxis", "xcomp", "csubj"}


def _clause_depth(token: Token) -> int:
    """How deeply a trigger is embedded: clauses count, and a reporting verb's complement is not
    embedded (it is what the sentence reports)."""
    depth = 0
    node = token
    below = None  # the dependent of `node` the path came through
    while True:
        if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children) and not (
                node.head.i == node.i and below is not None and below.dep_ in CLAUSE_DEPS):
            # "..., two days after militants shot 17": what came before or after the news is its background,
            # even where the small parser made it the reported clause or the root (then the clauses it
            # hung on that root are the news)
            depth += 2
        if node.head.i == node.i:
            break
        parent = node.head
        if node.pos_ == "NOUN" and node.dep_ in ("dobj", "obj") and parent.lemma_.lower() in REPORTING_LEMMAS and \
                node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == "," and node.left_edge.i > parent.i + 1:
            # "..., officials said on Monday, her first trip abroad": a phrase after the report describes the news
            depth += 2
        if misattached_verb(node) or _past_tense_as_modifier(node):
            pass  # the small parser hung the clause's verb on its subject or object: it is that clause's head
        elif not (parent.lemma_.lower() in REPORTING_LEMMAS and node.dep_ in ("ccomp", "parataxis", "xcomp")):
            depth += 2 if node.dep_ in ("relcl", "acl", "advcl", "pcomp", "csubj") else 1
        below, node = node, parent
    return depth


def _past_tense_as_modifier(verb: Token) -> bool:
    """"ECOWAS froze Mali's assets": a past tense the small parser hung on its object as an adjective."""
    return verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.pos_ == "VERB" and verb.i < verb.head.i


def _meets_alone(verb: Token) -> bool:
    """A meeting verb with no one met: no object, no "with", no partner in its subject ("the Gulf council met in Muscat")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("meet", "convene", "gather", "assemble", "sit"):
        return False
    if any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("with", "between")) for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    # "Egypt and Israel met", "the Egyptian and Israeli ministers met" (not "the Peace and Security Council")
    return bool(subjects) and not any(c.dep_ == "conj" for s in subjects for c in s.children) and not any(
        t.dep_ == "conj" and t.ent_type_ in ("GPE", "NORP", "PERSON") for s in subjects for t in s.subtree)


def _goes_on_from(verb: Token, first: Token, deps=("conj", "advcl")) -> bool:
    """Whether `verb` is a conjoined verb or participle clause of `first` ("burned X and shot Y", "burned X, killing Y")."""
    node = verb
    for _ in range(3):
        if node.dep_ not in deps or node.head.i == node.i:
            return False
        node = node.head
        if node.i == first.i:
            return True
    return False
