"""The doer and the done-to of a trigger: `participants` tries the candidate phrases of doers and
targets in order through the actor dictionary, then the conventions for who is missing, then the
country rules.

The first doer candidate that names an actor is the doer. Of the target candidates, the first
that names a country wins over role-only ones ("sent troops to X": X, not the troops), except
forces the doer sends or mobilises, its own troops, and people held (their holder is the target).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .. import actors
from ..nlp import sentence_of, text_of
from ..eventtypes import event_type, lexicon, rallied_against, trigger_type, verb_read_as_modifier
from ..models import Actor, ActorCode
from .conventions import (HOLDING_ACTS, JUDGED_HOLDING_TYPES, addressee_of, coordinated_partner, crowd, election_judged,
                          harmed_place, holder_of, people_under_measure, place_acted_in, protest_ended, protested_place,
                          protesters, provoker, scene_party, sent_forces, threat_suffered,
                          unnamed_attacker, vetoed_body)
from .country import BETWEEN_STATES, fill_country, people_as_civilians, preceding_country, where_they_live, with_country
from .doers import demander_of, subject_candidates
from .mentions import actor_at, named_place, state_country
from .syntax import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, prep_objects
from .targets import asked_of, condition_subjects, demanded_clause, target_candidates
from .words import MUNITIONS, MUTUAL_TYPES


# A state's own people abroad, whom it sends, recalls or evacuates ("pulled its diplomats out of X")
OWN_ENVOYS = {"diplomat", "ambassador", "envoy", "staff", "personnel", "citizen", "national", "delegation", "embassy"}

# Types of acts that judge something: praise, criticism, rejection, demands about it
JUDGING_TYPES = {"SUPPORT", "ACCUSE", "REJECT", "REQUEST"}


def participants(trigger: Token, country_hint: Optional[str] = None) -> tuple[Optional[Actor], Optional[Actor]]:
    """(actor1, actor2) of a trigger, each None when no phrase in its place names a known kind of actor.

    Of the target candidates, the first that names a country wins over role-only ones ("sent
    troops to Chad": Chad, not the troops), as a CAMEO coder codes the party acted upon."""
    if country_hint is not None:
        # the article's main country, named only after the sentence, yields to the nearest place named up to it
        # (the dateline at the latest): a later paragraph about another country says nothing of who acts here
        country_hint = preceding_country(sentence_of(trigger), country_hint)
    misread_object = verb_read_as_modifier(trigger) if trigger.dep_ == "amod" else None
    if misread_object is not None:
        # "Qatar's emir voiced support for X" parsed as one noun phrase: the doer is the phrase before the verb,
        # the party acted upon is read around the phrase's head
        doer = actor_at(trigger.doc[trigger.i - 1], country_hint)
        actor1, actor2 = participants(misread_object, country_hint)
        return (doer or actor1), actor2
    actor1, actor2 = _participants(trigger, country_hint)
    pair = _headline_pair(trigger, actor1)
    if pair is not None:
        actor1, actor2 = pair
    if actor1 is not None and not actor1.code.country and actor1.code.role in ("GOV", "MIL", "COP"):
        # "Israel's defence minister warned that the army would ...": a state body in what a speaker says is the speaker's
        actor1 = with_country(actor1, _speaker_country(trigger, country_hint))
    sentence = sentence_of(trigger)
    if country_hint is None:  # no story around the sentence: a role-only actor is of the sentence's country
        kind = event_type(trigger)
        between_states = kind is not None and kind.plover_type in BETWEEN_STATES
        # the victims of an attack or arrest are where it happens ("shot three farmers in the Malian
        # district of X"); not so for a meeting's venue or a protest's street
        here = None
        if actor2 is not None and not actor2.code.country and kind is not None and kind.plover_type in ("ASSAULT", "COERCE"):
            # (also one step down: "killed nine people in a shopping arcade in Mosul")
            here = named_place(trigger, ("in", "at", "near")) or next(
                (p for site in prep_objects(trigger, ("in", "at")) if site.pos_ == "NOUN"
                 for p in [named_place(site, ("in", "of"))] if p is not None), None)
        actor1, actor2 = with_country(actor1, fill_country(sentence, actor1, actor2, between_states)), \
            with_country(actor2, here[1] if here else fill_country(sentence, actor2, actor1, between_states))
    actor1 = _forces_of_state(people_as_civilians(where_they_live(actor1, sentence), sentence), trigger)
    actor2 = protested_place(harmed_place(people_as_civilians(where_they_live(actor2, sentence), sentence), trigger),
                             trigger, country_hint, actor1)
    return actor1, scene_party(_given_refuge(_counterpart_of(actor2, actor1), trigger))


# Words a headline's leading "X, Y verb" may not start with: a dateline's day ("Lima, Monday - ...")
DATELINE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}


def _headline_pair(trigger: Token, actor1: Optional[Actor]) -> Optional[tuple[Actor, Actor]]:
    """The two sides of a headline that lists them with a comma before its verb ("Lima, Quito agree to ...",
    "Chilean, Bolivian envoys meet ...", "Caracas, opposition resume talks"): the small parser hangs the first
    as a modifier and takes the second for the subject. The first is the source, the second the target; a
    demonym before the second's noun ("Chilean, Bolivian envoys") shares its role."""
    if actor1 is None:
        return None
    sentence = sentence_of(trigger)
    comma = next((t.i for t in sentence[:4] if t.text == ","), None)
    if comma is None or comma == sentence.start or comma + 1 >= sentence.end:
        return None
    doc = trigger.doc
    after = doc[comma + 1]
    if after.lower_ in DATELINE_WORDS or after.ent_type_ in ("DATE", "TIME") or after.i >= trigger.i:
        return None
    first = doc[sentence.start:comma]
    if any(t.pos_ not in ("PROPN", "ADJ", "NOUN") for t in first):
        return None
    # the second side is the subject found: its phrase starts right after the comma (or runs over it)
    if not (actor1.start == after.idx or actor1.start <= first[0].idx and actor1.end > after.idx):
        return None
    code = actors.code_actor(first.text)
    country = state_country(code.country)
    if not country:
        return None
    demonym = len(first) == 1 and first[0].pos_ == "ADJ"
    role = actor1.code.role if demonym or not code.role and actor1.code.role in ("MIL", "COP") else (code.role or "GOV")
    second = actor1.model_copy(update={"text": text_of(doc)[after.idx:actor1.end], "start": after.idx})
    if (country, role) == (second.code.country, second.code.role):
        return None
    source = Actor(text=first.text, start=first[0].idx, end=first[-1].idx + len(first[-1].text),
                   code=ActorCode(country=country, role=role))
    return source, second


def _with_role(actor: Actor, role: Optional[str]) -> Actor:
    return actors.with_role(actor, role)


# Words for the holder of the same office on the other side
COUNTERPART_WORDS = {"counterpart", "counterparts"}


def _counterpart_of(actor2: Optional[Actor], actor1: Optional[Actor]) -> Optional[Actor]:
    """"Chilean marines trained with their Peruvian counterparts": a counterpart holds the doer's
    kind of office (police, army, ministers), on the other side."""
    if actor2 is None or actor1 is None or not actor1.code.role:
        return actor2
    words = actor2.text.split()  # (none for an actor no words name: conventions.UNNAMED_DOER)
    if not words or words[-1].lower() not in COUNTERPART_WORDS:
        return actor2
    return _with_role(actor2, actor1.code.role)


# What a state grants people fleeing another ("granted asylum to X")
REFUGE_WORDS = {"asylum", "refuge", "sanctuary"}


def _given_refuge(actor2: Optional[Actor], trigger: Token) -> Optional[Actor]:
    """People granted asylum or refuge are refugees (REF), not the public."""
    if actor2 is None or actor2.code.role not in (None, "CVL"):
        return actor2
    things = [trigger, *(c for c in trigger.children if c.dep_ in OBJECT_DEPS)]
    if not any(t.lemma_.lower() in REFUGE_WORDS for t in things):
        return actor2
    return _with_role(actor2, "REF")


def _participants(trigger: Token, country_hint: Optional[str]) -> tuple[Optional[Actor], Optional[Actor]]:
    asked = asked_of(trigger)
    candidates = subject_candidates(trigger)
    demanded = demanded_clause(trigger)
    if demanded is not None and (demander := demander_of(demanded)) is not None:
        # "X said Y must release ...": X asks; Y, the one asked, is no doer
        candidates = [demander, *(c for c in candidates if not (c.dep_ in SUBJECT_DEPS and c.head.i == demanded.i))]
    if asked is not None and (demander := demander_of(trigger)) is not None:
        candidates.insert(0, demander)  # "the ILO reiterated its demand that Israel ease ...": the ILO asks
    actor1, subject_head = _first_actor(candidates, country_hint)
    kind = event_type(trigger)
    if kind is not None and kind.plover_type == "THREATEN" and threat_suffered(trigger):
        # "Ottawa said Beijing would pay for the hacking": the speaker threatens, the one to pay is threatened
        speaker = demander_of(trigger) if trigger.dep_ in ("ccomp", "parataxis") else None
        victim = next((c for c in trigger.children if c.dep_ in SUBJECT_DEPS), None)
        return (actor_at(speaker, country_hint) if speaker is not None else None,
                actor_at(victim, country_hint) if victim is not None else None)
    if actor1 is None and kind is not None and kind.plover_type == "PROTEST":
        actor1 = crowd(candidates)
    if actor1 is None and kind is not None and kind.plover_type == "ASSAULT":
        actor1 = unnamed_attacker(trigger, candidates, country_hint)
    pair_partner = None
    if actor1 is not None and subject_head is not None and subject_head.lower_ in ("they", "we"):
        # "Kenya and Uganda said they had agreed ...": a plural pronoun stands for the whole pair, coded as its
        # first member, the other its partner when no one else is acted upon (coref found the nearest member)
        span = trigger.doc.char_span(actor1.start, actor1.end, alignment_mode="expand")
        member = span.root if span is not None else None
        if member is not None and member.dep_ == "conj":
            while member.dep_ == "conj" and member.head.i != member.i:
                member = member.head
            first = actor_at(member, country_hint)
            if first is not None and first.code.country and first.code.country != actor1.code.country:
                actor1, pair_partner = first, actor1
    if actor1 is None and kind is not None and kind.plover_type in MUTUAL_TYPES and (pair := _pair_between(trigger, country_hint)):
        return pair  # "talks between X and Y were held": X with Y
    if actor1 is not None and kind is not None and kind.plover_type in MUTUAL_TYPES:
        # "Iranian and Iraqi ministers met", "German and Polish police launched joint patrols": the partner
        partner = coordinated_partner(subject_head, actor1)
        if partner is not None:
            return actor1, partner
    if kind is not None and kind.plover_type == "PROTEST" and subject_head is not None and (held := _jailer(subject_head)) is not None:
        return actor1, held  # "prisoners in Israeli jails went on hunger strike": their protest is aimed at the jailer
    role_only = None
    armed_words = lexicon().subject_words["armed"]
    # a threat, or an offer, is aimed at whoever its condition is set on ("... unless X withdraws",
    # "ready to reopen the border post if the Bolivian authorities ensure safety")
    conditions = condition_subjects(trigger) if kind is not None and kind.plover_type in ("THREATEN", "AGREE") else []
    if asked is not None:
        conditions = [asked, *conditions]  # ... of Israel
    if kind is not None and kind.plover_type == "ACCUSE" and (rallied := rallied_against(trigger)) is not None:
        conditions = [rallied]  # "urged the miners to rise against the junta": the regime
    held = []
    if kind is not None and kind.plover_type in JUDGED_HOLDING_TYPES and trigger.pos_ == "VERB":
        # "called for the release of X", "pressed for the extradition of X"
        held = [p for p in prep_objects(trigger, ("for",)) if p.lemma_.lower() in HOLDING_ACTS]
    # a condition on an act ("... if the truce holds") names no one: whom the offer is made to comes first
    acts = [c for c in conditions if c.pos_ == "NOUN" and trigger_type(c) is not None]
    conditions = [c for c in conditions if c not in acts]
    yielded = protest_ended(trigger, kind, actor1)
    if yielded is not None:  # "the union called off its strike": a concession to the authorities it was aimed at
        return actor1, yielded
    for head in [*conditions, *held, *target_candidates(trigger, subject_head), *acts]:
        if sent_forces(head):
            continue  # "deployed peacekeepers in X", "mobilized reservists for a war against X": the forces are the doer's
        if kind is not None and kind.plover_type in JUDGED_HOLDING_TYPES and head.pos_ == "NOUN" and \
                head.lemma_.lower() in HOLDING_ACTS:
            holder = holder_of(head, country_hint)
            if holder is not None and holder.code.country:  # "denounced the detention of a Belarusian blogger": Russia's government
                return actor1, holder
            if holder is not None:
                role_only = role_only or holder  # "the release of protesters": the government, of the country named
                continue
        actor = actor_at(head, country_hint)
        if actor is None or (actor1 is not None and (actor.start, actor.end) == (actor1.start, actor1.end)):
            continue
        if kind is not None and kind.plover_type == "RETREAT" and _intermediary(head, actor, trigger):
            continue  # "handed the captives over to the Red Cross": the captives' side is released, the carrier only takes them
        own = actor1 is not None and actor.code.country == actor1.code.country and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)
        if own and (head.lemma_.lower() in armed_words or head.lemma_.lower() in OWN_ENVOYS):
            continue  # "offered its troops to X", "pulled its diplomats out of X": its own forces and envoys are no target
        if head.dep_ in OBJECT_DEPS and head.lemma_.lower() in MUNITIONS and (
                not actor.code.country or (actor1 is not None and actor.code.country == actor1.code.country)):
            continue  # "lobbed three mortar rounds at X": the shells are the doer's (not "downed Iranian missiles")
        if actor1 is not None and actor.code.country and (actor.code.country, actor.code.role) == (
                actor1.code.country, actor1.code.role) and \
                head.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and head.head.dep_ == "ccomp" and head.head.head.i == trigger.i:
            continue  # "Turkey could block X, its minister warned": the speaker's own side is no target
        if kind is not None and kind.plover_type == "MOBILIZE" and head.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and \
                not _purpose_object(head, trigger) and (
                head.lemma_.lower() in armed_words or actor.code.role == "MIL") and not (
                actor1 is not None and state_country(named := actors.code_actor(actor.text).country) and named != actor1.code.country):
            # "called up army reservists", "placed its navy on standby": the forces mobilised are the doer's
            # (not those its own phrase names another state's: "told Belgian soldiers to go home"; "paratroopers
            # in Gabon" are still the doer's)
            continue
        if actor.code.country and not own:
            return actor1, actor
        role_only = role_only or actor
    if role_only is None and kind is not None and kind.plover_type == "MOBILIZE":
        # "scrambled fighters after Russian patrol planes came close to X", "called up reservists amid tension with Y"
        faced = provoker(trigger, actor1, country_hint)
        if faced is not None:
            return actor1, faced
    if role_only is None and kind is not None and kind.plover_type in JUDGING_TYPES:
        # "praised the running of Ghana's parliamentary vote", "questioned the tally of the presidential ballot"
        judged = election_judged(trigger, actor1, country_hint)
        if judged is not None:
            return actor1, judged
    if role_only is None and actor1 is not None and not (kind is not None and kind.plover_type == "PROTEST"):
        # (a protest is aimed at the authorities where it is held, not at a fellow protester)
        # "Kyrgyz and Tajik troops pulled apart", "X and Y forces traded fire over the frontier": with no one
        # else acted upon, each party of a two-party subject is the other's (before where it happens)
        partner = pair_partner or coordinated_partner(subject_head, actor1)
        if partner is not None and partner.code.country != actor1.code.country:  # "police and troops raided": both doers
            return actor1, partner
    if role_only is None:
        place = place_acted_in(trigger, kind)
        if place is not None:
            return actor1, place
    if role_only is None and kind is not None and kind.plover_type == "CONCEDE":
        yielded_to = protesters(trigger, actor1, country_hint)
        if yielded_to is not None:
            return actor1, yielded_to
    if role_only is None:
        # "told Jordanian officials that Tokyo would supply ...", "assured Nepal that it would ...":
        # a pledge or warning made to someone is aimed at them
        addressee = addressee_of(trigger)
        if addressee is not None:
            actor = actor_at(addressee, country_hint)
            if actor is not None and (actor1 is None or (actor.start, actor.end) != (actor1.start, actor1.end)):
                return actor1, actor
    if role_only is None:
        # "proclaimed an emergency", "threatened to impose a curfew": the people under it
        under = people_under_measure(trigger, kind, actor1) or vetoed_body(trigger, actor1)
        if under is not None:  # (or "vetoed a draft resolution": the Security Council's)
            return actor1, under
    return actor1, role_only


def _pair_between(trigger: Token, country_hint: Optional[str]) -> Optional[tuple[Actor, Actor]]:
    """The two parties of a mutual act no one is named the doer of, told by its "between" phrase ("talks
    between X and Y were held", "a meeting between Sudanese and Chadian envoys"): the first, and the second."""
    nouns = [trigger] if trigger.pos_ == "NOUN" else [c for c in trigger.children if c.dep_ in PASSIVE_SUBJECT_DEPS | OBJECT_DEPS]
    for party in (p for n in nouns for p in prep_objects(n, ("between", "among"))):
        first = actor_at(party, country_hint)
        if first is None:
            continue
        second = next((a for c in party.children if c.dep_ == "conj" for a in [actor_at(c, country_hint)] if a is not None), None)
        second = second or coordinated_partner(party, first)
        if second is not None and second.code.country != first.code.country:
            return first, second
    return None


# Roles of bodies that receive people or things only to carry them on (the Red Cross, a UN agency)
INTERMEDIARY_ROLES = {"NGO", "IGO"}


def _intermediary(head: Token, actor: Actor, trigger: Token) -> bool:
    """Whether `head` is a humanitarian or international body that people or things released are handed
    "to" ("freed the hostages and handed them to the ICRC") while the trigger names what is released."""
    return actor.code.role in INTERMEDIARY_ROLES and head.dep_ == "pobj" and head.head.lower_ in ("to", "into") and \
        any(c.dep_ in OBJECT_DEPS and c.i != head.i for c in trigger.children)


def _purpose_object(head: Token, trigger: Token) -> bool:
    """Whether `head` is the object of the purpose clause of a show of force ("sent troops to fight X"),
    not of the deploying verb (whose objects are the doer's forces)."""
    verb = head.head
    return verb.i != trigger.i and verb.dep_ in ("advcl", "xcomp") and verb.head.i == trigger.i and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# People held, and where: "prisoners in Israeli jails", "detainees in Egyptian custody"
HELD_PEOPLE = {"prisoner", "detainee", "inmate", "captive"}
PLACES_OF_HOLDING = {"jail", "prison", "custody", "detention", "cell", "camp", "gaol"}


def _jailer(people: Token) -> Optional[Actor]:
    """The state that holds people named as held there ("prisoners in Israeli jails": Israel's government)."""
    if people.lemma_.lower() not in HELD_PEOPLE:
        counted = prep_objects(people, ("of",))  # "hundreds of prisoners in ..."
        if not counted or counted[0].lemma_.lower() not in HELD_PEOPLE:
            return None
        people = counted[0]
    for place in prep_objects(people, ("in",)):
        if place.lemma_.lower() not in PLACES_OF_HOLDING:
            continue
        for mod in (c for c in place.children if c.dep_ in ("amod", "poss", "compound")):
            country = state_country(actors.code_actor(mod.text).country)
            if country:
                return Actor(text=mod.text, start=mod.idx, end=mod.idx + len(mod.text), code=ActorCode(country=country, role="GOV"))
    return None


# Verbs by which a state orders or plans a mobilisation rather than carrying it out
ORDERING_LEMMAS = {"order", "plan", "decide", "announce", "declare", "approve", "authorise", "authorize", "decree"}


# Forces a state moves as its own ("pulled its troops out", "withdrew the last of its soldiers")
OWN_FORCES = {"troop", "troops", "force", "forces", "soldier", "soldiers", "army", "unit", "units", "contingent", "garrison"}


def _forces_of_state(actor: Optional[Actor], trigger: Token) -> Optional[Actor]:
    """A state named as the doer of a show of force ("Peru stationed divisions near its border", "Moscow
    test-fired a missile") acts through its armed forces: MIL, as the PLOVER gold codes the deploying
    side; not when it orders or declares the measure ("ordered a general mobilisation")."""
    kind = event_type(trigger)
    if actor is None or kind is None or kind.plover_type not in ("MOBILIZE", "RETREAT") or actor.code.role != "GOV" or \
            actor.name is not None or not actors.names_state(actor.text):
        return actor
    if kind.plover_type == "RETREAT":
        # "X pulled its troops out of Y", "completed the withdrawal of its forces from Z": its own forces withdraw
        moved = [c for c in trigger.children if c.dep_ in OBJECT_DEPS] + (prep_objects(trigger, ("of",)) if trigger.pos_ == "NOUN" else [])
        own = any(f.lemma_.lower() in OWN_FORCES and all(c.dep_ in ("poss", "det", "amod", "nummod") and (
            c.dep_ != "amod" or c.lower_ in ("last", "remaining")) and (c.dep_ != "poss" or c.pos_ == "PRON")
            for c in f.children if c.i < f.i) for f in moved)
        return _with_role(actor, "MIL") if own else actor
    # (a nominal show of force counts through the verb it is the object of: "held drills", not "declared a mobilisation")
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ == "VERB" else trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() in ORDERING_LEMMAS or (
            verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.lemma_.lower() in ORDERING_LEMMAS):
        return actor
    return _with_role(actor, "MIL")


def _speaker_country(trigger: Token, country_hint: Optional[str]) -> Optional[str]:
    """The country of whoever reports or announces the clause the trigger is in ("X's minister said
    the army had ..."), reached up through complements; None if no speaker names one."""
    node, reported = trigger, False
    for _ in range(4):
        if node.head.i == node.i or node.dep_ not in ("ccomp", "xcomp", "conj", "parataxis"):
            break
        reported = reported or node.dep_ in ("ccomp", "parataxis")
        node = node.head
        speaker = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if reported and speaker is not None:
            actor = actor_at(speaker, country_hint)
            return state_country(actor.code.country) if actor is not None else None
    return None


def _first_actor(heads: list[Token], country_hint: Optional[str]) -> tuple[Optional[Actor], Optional[Token]]:
    """The actor named at the first of `heads` that names one, and that head."""
    for head in heads:
        actor = actor_at(head, country_hint)
        if actor is not None:
            return actor, head
    return None, None
