"""The doer and the done-to of a trigger: `participants`, which tries the candidates of doers and
targets in order through the actor dictionary, then applies the conventions for who is missing
and the country rules.

Of the target candidates, the first that names a country wins over role-only ones ("sent troops
to X": X, not the troops); with no party acted upon, the target is the country the action happens
in (or is aimed at: "fired at targets in X"); a meeting is not held against its venue.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..eventtypes import event_type, lexicon, rallied_against
from ..models import Actor, ActorCode
from .conventions import (HOLDING_ACTS, JUDGED_HOLDING_TYPES, PLACE_HARM_TYPES, addressee_of, coordinated_partner, crowd,
                          harmed_place, holder_of, object_place, protested_place, protesters, sent_forces, threat_suffered,
                          unnamed_attacker)
from .country import BETWEEN_STATES, fill_country, people_as_civilians, where_they_live, with_country
from .doers import demander_of, subject_candidates
from .mentions import actor_at, named_place
from .syntax import OBJECT_DEPS, SUBJECT_DEPS, prep_objects
from .targets import asked_of, condition_subjects, demanded_clause, target_candidates
from .words import MUTUAL_TYPES, PLACE_NOUNS


# Prepositions of what an action is aimed at ("fired at", "shelling on", "raids against").
AIMED_PREPS = ("at", "on", "upon", "against")

# Verbs of going somewhere: a meeting one goes to is hosted at the destination
TRAVEL_LEMMAS = {"fly", "travel", "go", "come", "arrive", "head", "leave", "return", "journey", "jet", "set"}


def participants(trigger: Token, country_hint: Optional[str] = None) -> tuple[Optional[Actor], Optional[Actor]]:
    """(actor1, actor2) of a trigger, each None when no phrase in its place names a known kind of actor.

    Of the target candidates, the first that names a country wins over role-only ones ("sent
    troops to Chad": Chad, not the troops), as a CAMEO coder codes the party acted upon."""
    actor1, actor2 = _participants(trigger, country_hint)
    sentence = trigger.sent
    if country_hint is None:  # no story around the sentence: a role-only actor is of the sentence's country
        kind = event_type(trigger)
        between_states = kind is not None and kind.plover_type in BETWEEN_STATES
        # the victims of an attack or arrest are where it happens ("killed five civilians in the Ukrainian
        # town of X"); not so for a meeting's venue or a protest's street
        here = None
        if actor2 is not None and not actor2.code.country and kind is not None and kind.plover_type in ("ASSAULT", "COERCE"):
            # (also one step down: "killed twelve people in a residential building in Gaza City")
            here = named_place(trigger, ("in", "at", "near")) or next(
                (p for site in prep_objects(trigger, ("in", "at")) if site.pos_ == "NOUN"
                 for p in [named_place(site, ("in", "of"))] if p is not None), None)
        actor1, actor2 = with_country(actor1, fill_country(sentence, actor1, actor2, between_states)), \
            with_country(actor2, here[1] if here else fill_country(sentence, actor2, actor1, between_states))
    return people_as_civilians(where_they_live(actor1, sentence), sentence), \
        protested_place(harmed_place(people_as_civilians(where_they_live(actor2, sentence), sentence), trigger),
                        trigger, country_hint)


def _participants(trigger: Token, country_hint: Optional[str]) -> tuple[Optional[Actor], Optional[Actor]]:
    actor1 = None
    subject_head = None
    demanded = demanded_clause(trigger)
    candidates = subject_candidates(trigger)
    if demanded is not None and (demander := demander_of(demanded)) is not None:
        candidates.insert(0, demander)
    asked = asked_of(trigger)
    if asked is not None and (demander := demander_of(trigger)) is not None:
        candidates.insert(0, demander)  # "the ILO reiterated its demand that Israel ease ...": the ILO asks
    for head in candidates:
        actor1 = actor_at(head, country_hint)
        if actor1 is not None:
            subject_head = head
            break
    kind = event_type(trigger)
    if kind is not None and kind.plover_type == "THREATEN" and threat_suffered(trigger):
        # "Washington said Moscow would pay a heavy price": the speaker threatens, the one to pay is threatened
        speaker = demander_of(trigger) if trigger.dep_ in ("ccomp", "parataxis") else None
        victim = next((c for c in trigger.children if c.dep_ in SUBJECT_DEPS), None)
        return (actor_at(speaker, country_hint) if speaker is not None else None,
                actor_at(victim, country_hint) if victim is not None else None)
    if actor1 is None and kind is not None and kind.plover_type == "PROTEST":
        actor1 = crowd(candidates)
    if actor1 is None and kind is not None and kind.plover_type == "ASSAULT":
        actor1 = unnamed_attacker(trigger, candidates, country_hint)
    if actor1 is not None and kind is not None and kind.plover_type in MUTUAL_TYPES | {"COOPERATE"}:
        # "Iranian and Iraqi ministers met", "German and Polish police launched joint patrols": the partner
        partner = coordinated_partner(subject_head, actor1)
        if partner is not None:
            return actor1, partner
    role_only = None
    armed_words = lexicon().subject_words["armed"]
    # a threat, or an offer, is aimed at whoever its condition is set on ("... unless X withdraws",
    # "ready to reopen the crossing if the Afghan authorities guarantee security")
    conditions = condition_subjects(trigger) if kind is not None and kind.plover_type in ("THREATEN", "AGREE") else []
    if asked is not None:
        conditions = [asked, *conditions]  # ... of Israel
    if kind is not None and kind.plover_type == "ACCUSE" and (rallied := rallied_against(trigger)) is not None:
        conditions = [rallied]  # "called on citizens to rise up against the regime": the regime
    held = []
    if kind is not None and kind.plover_type in JUDGED_HOLDING_TYPES and trigger.pos_ == "VERB":
        # "called for the release of X", "pressed for the extradition of X"
        held = [p for p in prep_objects(trigger, ("for",)) if p.lemma_.lower() in HOLDING_ACTS]
    for head in [*conditions, *held, *target_candidates(trigger, subject_head)]:
        if sent_forces(head):
            continue  # "deployed peacekeepers in X", "mobilized reservists for a war against X": the forces are the doer's
        if kind is not None and kind.plover_type in JUDGED_HOLDING_TYPES and head.pos_ == "NOUN" and \
                head.lemma_.lower() in HOLDING_ACTS:
            holder = holder_of(head, country_hint)
            if holder is not None and holder.code.country:  # "condemned the jailing of a Russian journalist": Russia's government
                return actor1, holder
            if holder is not None:
                role_only = role_only or holder  # "the release of protesters": the government, of the country named
                continue
        actor = actor_at(head, country_hint)
        if actor is None or (actor1 is not None and (actor.start, actor.end) == (actor1.start, actor1.end)):
            continue
        own = actor1 is not None and actor.code.country == actor1.code.country and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)
        if own and head.lemma_.lower() in armed_words:
            continue  # "offered its troops to X", "pulled its troops out of X": its own forces are no target
        if actor1 is not None and actor.code.country and (actor.code.country, actor.code.role) == (
                actor1.code.country, actor1.code.role) and \
                head.dep_ in SUBJECT_DEPS and head.head.dep_ == "ccomp" and head.head.head.i == trigger.i:
            continue  # "Turkey could block X, its minister warned": the speaker's own side is no target
        if kind is not None and kind.plover_type == "MOBILIZE" and head.dep_ in OBJECT_DEPS and (
                head.lemma_.lower() in armed_words or actor.code.role == "MIL"):
            continue  # "called up army reservists", "put its air force on alert": the forces mobilised are the doer's
        if actor.code.country and not own:
            return actor1, actor
        role_only = role_only or actor
    meeting = kind is not None and kind.plover_type == "CONSULT" and kind.plover_mode != "visit"
    nodes: list[Token] = []
    if trigger.pos_ == "VERB":
        nodes = [trigger, *(c for c in trigger.children if c.dep_ in OBJECT_DEPS)]
        # "demanded the release of prisoners in X": where the thing's people are
        nodes += [p for o in nodes[1:] if o.pos_ == "NOUN" for p in prep_objects(o, ("of",)) if p.pos_ == "NOUN"]
        nodes += prep_objects(trigger, AIMED_PREPS)  # "fired at targets in Jericho": where the targets are
        # "threatened to impose a curfew in Algiers", "refused to deploy troops in Iraq": the act's place
        for comp in (c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            nodes += [comp, *(c for c in comp.children if c.dep_ in OBJECT_DEPS)]
        # "pulled out of villages in southern Lebanon", "withdrew from positions near X"
        nodes += [p for prt in [trigger, *(c for c in trigger.children if c.dep_ in ("prt", "advmod") or c.lower_ == "out")]
                  for p in prep_objects(prt, ("of", "from")) if p.pos_ == "NOUN"]
    elif kind is not None and kind.plover_mode == "visit" and trigger.dep_ == "pobj" and trigger.head.head.pos_ == "VERB":
        nodes = [trigger.head.head]  # "arrived in Amman on a visit": the visit is to Amman
    elif kind is not None and kind.plover_type == "CONSULT" and trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and \
            trigger.head.head.lemma_.lower() in TRAVEL_LEMMAS:
        nodes = [trigger.head.head]  # "flew to Seoul for a summit": the meeting is hosted there
        meeting = False
    elif trigger.pos_ == "NOUN":
        nodes = [trigger]  # "extend the curfew in Abidjan", "clashes in Aleppo"
    if role_only is None and not meeting:
        # CAMEO codes an action with no party acted upon against the country it happens in
        # ("protesters demonstrated in Serbia", "lifted the curfew in Montenegro"); a meeting is
        # not held against its venue ("met in Geneva")
        harmful = kind is not None and kind.plover_type in PLACE_HARM_TYPES
        # "shelled Kharkiv", "lifted the siege of the town of Bihac" (a place noun under the object)
        for obj in (n for n in nodes[1:] if n.dep_ in OBJECT_DEPS or n.lemma_.lower() in PLACE_NOUNS):
            place = object_place(obj, harmful)
            if place is not None:  # "visited Aden", "shelled Kherson", "bombed the town of X": the place is the object
                return actor1, place
        # "pulled its troops out of Cambodia", "pulled back from northern Iraq": the place left
        exits = [c for c in trigger.children if c.lower_ in ("out", "back", "away", "off")] if trigger.pos_ == "VERB" else []
        for preps, holders in ((("in", "into", "inside"), nodes), (("near", "outside", "around", "at", "from", "to"), nodes),
                               (("of", "from"), exits)):  # "in X" first
            for node in holders:
                place = named_place(node, preps)
                if place is not None:
                    span = place[0].doc[place[0].left_edge.i:place[0].i + 1]
                    return actor1, Actor(text=span.text, start=span.start_char, end=span.end_char,
                                         code=ActorCode(country=place[1]))
    if role_only is None and kind is not None and kind.plover_type == "CONCEDE":
        yielded_to = protesters(trigger, actor1, country_hint)
        if yielded_to is not None:
            return actor1, yielded_to
    if role_only is None:
        # "told Israeli leaders that Washington would provide ...", "assured Pakistan that it would ...":
        # a pledge or warning made to someone is aimed at them
        addressee = addressee_of(trigger)
        if addressee is not None:
            actor = actor_at(addressee, country_hint)
            if actor is not None and (actor1 is None or (actor.start, actor.end) != (actor1.start, actor1.end)):
                return actor1, actor
    return actor1, role_only
