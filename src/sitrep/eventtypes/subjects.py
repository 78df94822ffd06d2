"""Whether a trigger's subject is of the kind its entry asks for ("armed", "crowd", "nonstate",
"munition"), and whether a phrase names a party (a state, group or people).

Some words are an act only for some doers ("gunmen seized" vs "the navy seized"): an entry for one
kind of subject falls back to its `otherwise` meaning for any other.
"""
from __future__ import annotations

from typing import Optional

from ..actors import code_actor
from .loader import TriggerType, Entry, Lexicon


def checked(entry: Entry, token, lex: Lexicon) -> Optional[TriggerType]:
    if entry.subject_kind and not _has_subject_of_kind(token, lex.subject_words[entry.subject_kind]):
        return checked(entry.otherwise, token, lex) if entry.otherwise is not None else None  # (it may want its own kind)
    return entry.trigger


def _has_subject_of_kind(token, kind_words: set[str]) -> bool:
    """Whether the agent of this verb (through conjunctions and xcomp) is an armed actor (a crowd)."""
    verb = token
    for _ in range(4):  # "troops advanced and entered": the subject sits on the first verb
        for child in verb.children:
            if child.dep_ in ("nsubj", "agent", "poss", "compound"):
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


def names_party(token) -> bool:
    """Whether a noun phrase names a state, group or people (not "against corruption")."""
    if token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return True
    text = token.doc[token.left_edge.i:token.i + 1].text
    code = code_actor(text)
    return bool(code.country or code.role)
