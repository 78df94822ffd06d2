"""Whether a trigger's subject is of the kind its entry asks for ("armed", "crowd", "nonstate",
"munition"), and whether a phrase names a party (a state, group or people).

Some words are an act only for some doers ("gunmen seized" vs "the navy seized"): an entry for one
kind of subject falls back to its `otherwise` meaning for any other.
"""
from __future__ import annotations

from typing import Optional

from ..actors import code_actor
from ..models import ActorCode
from .loader import TriggerType, Entry, Lexicon


def checked(entry: Entry, token, lex: Lexicon) -> Optional[TriggerType]:
    if entry.subject_kind and not _has_subject_of_kind(token, lex.subject_words[entry.subject_kind]):
        return checked(entry.otherwise, token, lex) if entry.otherwise is not None else None  # (it may want its own kind)
    return entry.trigger


def _has_subject_of_kind(token, kind_words: set[str]) -> bool:
    """Whether the agent of this verb (through conjunctions and xcomp) is an armed actor (a crowd)."""
    verb = token
    for _ in range(4):  # "troops advanced and entered": the subject sits on the first verb
        for child in _agents(verb):
            if child.dep_ in ("nsubj", "agent", "poss", "compound", "appos"):
                agent = child if child.dep_ != "agent" else next(iter(child.children), child)
                words = {agent.lemma_.lower(), agent.text.lower()}
                words |= {c.lemma_.lower() for c in agent.children if c.dep_ in ("compound", "amod")}
                if words & kind_words:
                    return True
                if child.dep_ == "nsubj":
                    return False
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
            verb = verb.head
        else:
            break
    return False


_DATELINE_MARKS = {":", "--", "\u2014", "\u2013", "-"}


def _is_dateline(token) -> bool:
    """A place or agency name opening the sentence before a colon or dash ("Lagos: ...", "TASS -- ...")
    that the parser took for the subject: the narrator's dateline, not the doer."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (token.pos_ == "PROPN" and token.left_edge.i <= token.sent.start + 2 and following is not None
            and following.text in _DATELINE_MARKS)


def _agents(verb):
    """The verb's children, a dateline subject replaced by what follows it: its apposition ("Xinhua:
    radical students stormed") or the verb's next subject ("JAKARTA -- Thousands of workers occupied")."""
    for child in verb.children:
        if child.dep_ == "nsubj" and _is_dateline(child):
            yield from (c for c in child.children if c.dep_ == "appos")
            continue
        yield child


def phrase_code(token) -> ActorCode:
    """The actor code of the noun phrase `token` heads, read up to the head ("the UN peacekeeping mission"), not
    what trails it ("..., the state radio said")."""
    return code_actor(token.doc[token.left_edge.i:token.i + 1].text)


def names_party(token) -> bool:
    """Whether a noun phrase names a state, group or people (not "against corruption")."""
    if token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return True
    code = phrase_code(token)
    return bool(code.country or code.role)
