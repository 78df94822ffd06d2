"""Who did it and to whom: the doer (actor1) and the done-to (actor2) of a trigger, from the
dependency parse, coded through the actor dictionary."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from . import actors
from .models import Actor

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "attr"}
# Prepositions whose object is the target of an action ("fired on", "clashed with", "attack against").
TARGET_PREPS = {"on", "against", "at", "with", "upon", "into", "toward", "towards"}
# Heads that name ground rather than a party: "rebel districts" targets the rebels who hold them.
TERRAIN_LEMMAS = {
    "district", "area", "neighbourhood", "neighborhood", "position", "town", "village", "city", "stronghold",
    "territory", "base", "camp", "enclave", "region", "quarter", "zone", "held", "outpost", "checkpoint",
}
def _actor_at(token: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """The actor named by the phrase headed by `token`, if the dictionary knows what it is."""
    if token.pos_ == "PRON":
        return None
    # "rebel districts" / "opposition-held areas": the party is the modifier, not the ground.
    if token.lemma_.lower() in TERRAIN_LEMMAS:
        for child in token.lefts:
            if child.dep_ in {"amod", "compound", "nmod"}:
                actor = actors.actor_for(child, country_hint)
                if actor is None:
                    # an adjective ("rebel", "Kurdish-held") is no noun phrase of its own: code the word itself
                    code = actors.code_actor(child.text, country_hint)
                    if code.role or code.country:
                        actor = Actor(text=child.text, start=child.idx, end=child.idx + len(child.text), code=code)
                if actor is not None and (actor.code.role or actor.code.country):
                    return actor
        return None
    actor = actors.actor_for(token, country_hint)
    if actor is not None and (actor.code.role or actor.code.country):
        return actor
    return None


def _first(tokens, deps) -> Optional[Token]:
    for tok in tokens:
        if tok.dep_ in deps:
            return tok
    return None


def _participants(trigger: Token) -> tuple[Optional[Token], Optional[Token]]:
    """Heads of the doer and the done-to of a trigger, through actives, passives, and nominal triggers."""
    children = list(trigger.children)
    subject = _first(children, SUBJECT_DEPS)
    passive_subject = _first(children, PASSIVE_SUBJECT_DEPS)
    obj = _first(children, OBJECT_DEPS)
    agent = None
    for child in children:
        if child.dep_ == "agent":
            agent = _first(child.children, {"pobj"})
    if subject is None and trigger.dep_ in {"xcomp", "conj", "advcl"}:
        # "forces moved to retake the town": the subject is the governing verb's.
        head = trigger.head
        subject = _first(head.children, SUBJECT_DEPS)
    if subject is None and trigger.dep_ == "acl" and trigger.head.pos_ in {"NOUN", "PROPN"}:
        subject = trigger.head  # "soldiers deployed in the city"
    if passive_subject is not None:
        actor1, actor2 = agent, passive_subject
    else:
        actor1, actor2 = subject, obj
    if actor2 is None:
        for child in children:
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                actor2 = _first(child.children, {"pobj"})
                if actor2 is not None:
                    break
    if trigger.pos_ == "NOUN" and actor1 is None:
        # "Russian air strikes", "the regime's offensive", "an attack by rebels"
        for child in children:
            if child.dep_ in {"poss", "compound", "amod"} and child.pos_ in {"PROPN", "NOUN", "ADJ"}:
                actor1 = child
                break
            if child.dep_ == "prep" and child.lower_ == "by":
                actor1 = _first(child.children, {"pobj"})
    return actor1, actor2



def participants(trigger: Token, country_hint: Optional[str] = None) -> tuple[Optional[Actor], Optional[Actor]]:
    """(actor1, actor2) of a trigger, each None when the phrase names no known kind of actor."""
    head1, head2 = _participants(trigger)
    actor1 = _actor_at(head1, country_hint) if head1 is not None else None
    actor2 = _actor_at(head2, country_hint) if head2 is not None else None
    return actor1, actor2
