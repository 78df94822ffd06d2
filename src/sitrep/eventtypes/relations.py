"""Clause readings of measures between states: expelling envoys, closing borders, trade bans and
their easing, putting a state out of a body, leaving talks (CAMEO 16, SANCTION, or 08 when eased),
and a blockade of one's own places (17, COERCE).

Each reading takes (token, base type) and returns the type the clause makes it, or None to leave it.
"""
from __future__ import annotations

from typing import Optional

from ..actors import code_actor
from .loader import TriggerType
from .subjects import names_party, phrase_code


# Measures aimed at another state's envoys, missions, borders or travellers reduce relations (CAMEO 16,
# SANCTION), where the same verbs on one's own people coerce (17): "expelled ten Polish diplomats",
# "closed its border with Belarus", "imposed visa bans on Togolese generals", "suspended visas".
_ENVOYS = {"diplomat", "ambassador", "envoy", "consul", "attache", "attaché", "embassy", "consulate", "diplomatic"}
# (and lines of contact: "cut the telephone links with X", "severed the hotline to Y")
_CROSSINGS = {"border", "crossing", "frontier", "airspace", "line", "link", "hotline", "channel", "communication", "contact"}
_TRAVEL = {"travel", "visa", "entry"}


def reduces_relations(token, base: TriggerType) -> Optional[TriggerType]:
    # (an embassy burned, raided or seized is property harmed or taken, not relations reduced)
    if base.plover_type != "COERCE" or base.plover_mode in ("arrest", "seize"):
        return None
    if token.pos_ == "VERB":
        objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        # "ordered the expulsion of X", "two of its border crossings": what the noun is of
        objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]
    else:
        objects = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if token.lemma_.lower() in _PUTTING_OUT:  # "the expulsion of the Organization of American States' mission"
            objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"]
    for obj in objects:
        lemma = obj.lemma_.lower()
        modifiers = {c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound")}
        # "spies working as embassy staff", "agents posing as consuls"
        posing = {p.lemma_.lower() for a in obj.children if a.dep_ == "acl" for c in a.children
                  if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"}
        if ({lemma} | modifiers | posing) & _ENVOYS or lemma == "visa" or (
                lemma in ("ban", "restriction") and modifiers & _TRAVEL):
            return TriggerType("SANCTION", "expel" if lemma != "visa" and lemma != "ban" else None, "16")
        if token.lemma_.lower() in _PUTTING_OUT and _outside_body(obj, lemma, modifiers):
            return TriggerType("SANCTION", "expel", "16")
        if lemma in _CROSSINGS or modifiers & _CROSSINGS:
            others = [p for h in (obj, token) for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to")
                      for p in c.children if p.dep_ == "pobj"]
            others += [m for p in list(others) for m in p.children if m.dep_ in ("amod", "compound")]
            if any(names_party(p) for p in others):
                return TriggerType("SANCTION", None, "16")
    return None


# acts that put a body out of a country or shut it there, and who, sent from outside, is so put out: an outside
# body's mission, office or inspectors expelled or shut is CAMEO 166 (SANCTION), where one's own people are coerced
_PUTTING_OUT = {"expel", "expulsion", "deport", "eject", "close", "closure", "shut", "shutdown", "withdraw", "revoke",
                "revocation", "order"}
_OUTSIDE_EYES = {"inspector", "monitor", "observer", "peacekeeper", "inspection", "monitoring", "peacekeeping"}
_OUTSIDE_POSTS = {"mission", "office", "team", "agency", "delegation", "bureau"}


def _outside_body(obj, lemma: str, modifiers: set[str]) -> bool:
    """"the UN weapons inspection team", "several IAEA inspectors", "the UN human rights office": people or posts
    an outside body sent ("the newspaper's office", "members of the party" are one's own)."""
    if lemma in _OUTSIDE_EYES or modifiers & _OUTSIDE_EYES:
        return True
    return lemma in _OUTSIDE_POSTS and world_body(obj)


def world_body(noun) -> bool:
    """Whether the phrase up to the noun names a body from outside any one state: an IGO ("the UN"), or an
    international NGO, whose aid workers or observers put out are CAMEO 166 as much as a world body's
    ("the Red Cross mission"). A body's name the parser cut in two is read whole ("the Organization of [...]
    mission")."""
    start = noun.left_edge.i
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "PROPN":
        start = noun.head.head.left_edge.i
    code = code_actor(noun.doc[start:noun.i + 1].text)
    return code.role == "IGO" or (code.role == "NGO" and code.country == "INT")


# a body's going named as a noun ("the withdrawal of the UN mission") or a verb ("asked the UN to pull its team out")
_GOINGS = {"withdrawal", "departure", "exit", "pullout", "removal"}
_GOING_VERBS = {"withdraw", "pull", "leave", "depart", "quit"}


def sent_away(token, base: TriggerType) -> Optional[TriggerType]:
    """"demanded the withdrawal of the UN peacekeeping mission", "asked the UN to pull its team out": a world
    body's mission told to leave is expelled (CAMEO 166, SANCTION); a state asked to pull its troops out of a
    place is asked (REQUEST): "urged X to withdraw its peacekeepers" stays a request."""
    if base.plover_type != "REQUEST" or token.pos_ != "VERB":
        return None
    asked = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    clauses = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
    goings = [o for o in asked if o.lemma_.lower() in _GOINGS]
    goings += [o for c in clauses for o in c.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _GOINGS]
    # whose going: "the withdrawal [without delay] of X"
    gone = [w for g in goings for w in g.subtree if w.dep_ == "pobj" and w.head.lower_ == "of"]
    if goings or any(c.lemma_.lower() in _GOING_VERBS for c in clauses):
        gone += asked + [o for c in clauses for o in c.children if o.dep_ in ("dobj", "obj", "nsubj")]
    # ("the UN peacekeeping mission MINUSMA": the name carries the mission as its compound)
    gone += [m for b in list(gone) for m in b.children if m.dep_ == "compound" and m.pos_ == "NOUN"]
    for body in gone:
        modifiers = {c.lemma_.lower() for c in body.children if c.dep_ in ("amod", "compound")}
        if (body.lemma_.lower() in _OUTSIDE_POSTS | _OUTSIDE_EYES or modifiers & _OUTSIDE_EYES) and (
                world_body(body) or any(world_body(a) for a in asked)):
            return TriggerType("SANCTION", "expel", "16")
    return None


# What one leaves when halting negotiations or mediation (CAMEO 164/165, PLOVER SANCTION)
_TALKS = {"talk", "talks", "negotiation", "mediation", "dialogue", "conference", "summit"}


# What one leaves when walking away from a deal ("quit the nuclear deal", "withdrew from the treaty"): ties cut (CAMEO 16)
_ACCORDS = {"accord", "agreement", "pact", "treaty", "deal", "partnership", "memorandum"}


def quits_talks(token, base: TriggerType) -> Optional[TriggerType]:
    """"pulled out of the talks", "withdrew from the mediation effort", "walked out of the talks",
    "called off the talks", "quit the deal": a halt to negotiations or a deal (CAMEO 16), not a military
    withdrawal, a walkout in protest or a concession."""
    if base.plover_type not in ("RETREAT", "PROTEST", "CONCEDE") or token.pos_ != "VERB":
        return None
    holders = [token, *(c for c in token.children if c.lower_ in ("out", "away"))]
    left = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for p in c.children if p.dep_ == "pobj"]
    if base.plover_type == "CONCEDE":  # "called off the talks" (not "called off the strike": a concession)
        left = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not left:
        return None  # (before the subject is looked up in the actor dictionary)
    if base.plover_type == "PROTEST" and any(c.dep_ == "prep" and c.lower_ == "during" for c in token.children):
        return None  # "walked out of the assembly during the president's speech": a walkout in protest, talks go on
    # a state leaving a body of states ("quit the bloc", "withdrew from the alliance"), not a minister leaving a cabinet
    by_state = any(c.dep_ == "nsubj" and (c.ent_type_ == "GPE" or c.pos_ == "PROPN" and code_actor(c.text).country)
                   for c in token.children)
    for pobj in left:
        words = {pobj.lemma_.lower(), *(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "amod"))}
        # ("took its battalion out of a peacekeeping mission": peacekeepers withdrawn, CAMEO 166)
        if words & _TALKS or {"peace", "process"} <= words or pobj.lemma_.lower() in _ACCORDS or "peacekeeping" in words or (
                by_state and (pobj.ent_type_ == "ORG" or pobj.lemma_.lower() in _BODIES_OF_STATES
                              or code_actor(pobj.text).role == "IGO")):
            return TriggerType("SANCTION", "withdraw", "16")
    return None


_BODIES_OF_STATES = {"alliance", "bloc", "union", "organisation", "organization", "community", "league", "commonwealth",
                     "federation", "grouping", "forum", "council", "court", "convention"}


# places a state besieges or starves: an embargo on its own villages is repression, not a sanction
_PLACES = {"village", "town", "city", "camp", "area", "district", "region", "province", "enclave", "township",
           "neighbourhood", "neighborhood", "quarter", "suburb", "valley"}


def embargo_on_places(token, base: TriggerType) -> Optional[TriggerType]:
    """"imposed a fuel embargo on towns in X": a blockade of places (CAMEO 17), not a sanction
    on a state."""
    if base.plover_type != "SANCTION":
        return None
    holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
    for pobj in (p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                 for p in c.children if p.dep_ == "pobj"):
        if pobj.lemma_.lower() in _PLACES:
            return TriggerType("COERCE", "restrict", "17")
    return None


# what a ban or a restriction on dealings with another state bars: an embargo (CAMEO 163, SANCTION), and
# lifting it eases sanctions (085, RETREAT); a ban on one's own people's parties or rallies is neither
_DEALINGS = {"import", "export", "trade", "investment", "remittance", "travel", "flight", "shipment", "sale", "purchase",
             "loan", "credit", "transaction", "commerce", "tourism", "arm", "oil", "visa"}
_MEASURES = {"ban", "restriction", "curb", "limit", "prohibition", "moratorium", "control", "barrier", "embargo"}


def trade_measure(token, base: TriggerType) -> Optional[TriggerType]:
    """"slapped a ban on fresh mining in X", "imposed curbs on imports from X": an embargo;
    "relaxed limits on cash transfers and flights to X": sanctions eased."""
    if not ((base.plover_type == "COERCE" and base.plover_mode == "restrict") or base.plover_type == "CONCEDE"):
        return None
    measures = [token] if token.pos_ == "NOUN" else [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if token.pos_ == "VERB" and token.dep_ == "amod" and token.tag_ in ("VBD", "VBN") and token.i < token.head.i and (
            token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN"):
        measures.append(token.head)  # "X relaxed curbs on ...": a past tense the parser hung on its object as an adjective
    for measure in (m for m in measures if m.lemma_.lower() in _MEASURES):
        # (the parser may hang the "on" on the verb: "imposed export controls on X")
        holders = [measure, token] if token.pos_ == "VERB" else [measure]
        barred = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                  for p in c.children if p.dep_ == "pobj"]
        barred += [c for b in barred for c in b.children if c.dep_ == "conj"]
        # "curbs on imports from X", "restrictions on trade with X", or dealings named on the measure: "travel
        # restrictions on Cuba", "export controls on China"
        dealing = any(m.lemma_.lower() in _DEALINGS for m in measure.children if m.dep_ in ("compound", "amod"))
        # ("export controls on chip tools bound for X": the party the goods go to, further down)
        if any(b.lemma_.lower() in _DEALINGS or any(m.lemma_.lower() in _DEALINGS for m in b.children
                                                      if m.dep_ in ("compound", "amod")) or (dealing and names_party(b))
               for b in barred) or (dealing and any(_goods_bound_for_party(b) for b in barred)):
            if base.plover_type == "CONCEDE":
                return TriggerType("RETREAT", "ease", "08")
            return TriggerType("SANCTION", "embargo", "16")
    return None


def _goods_bound_for_party(goods) -> bool:
    """"tools bound for China", "parts destined for Iran": goods named by the party they are to reach."""
    return any(a.lower_ in ("bound", "destined", "headed", "heading") and any(
        p.dep_ == "pobj" and names_party(p) for c in a.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
        for p in c.children) for a in goods.children if a.dep_ in ("amod", "acl"))


# what a freeze hits, and what a sum is held in ("froze $2 billion in central bank deposits"): goods held, not talks
# or aid (lemmas; roles.targets reads the holder of such a sum with it too)
HOLDINGS = frozenset({"reserve", "asset", "fund", "deposit", "holding", "account", "saving", "revenue", "property"})
# bodies of a state's own society: their goods frozen by that state are seized (CAMEO 17), not a sanction (16)
_CIVIL_BODIES = {"organisation", "organization", "group", "charity", "ngo", "newspaper", "paper", "broadcaster",
                 "station", "party", "union", "foundation", "movement", "church", "university", "association"}
_CIVIL_ROLES = {"NGO", "MED", "OPP", "EDU", "REL", "LAB", "CVL"}


def frozen_at_home(token, base: TriggerType) -> Optional[TriggerType]:
    """"authorities froze the assets of several rights groups", "froze the paper's funds": a state's hold on the
    goods of its own society's bodies is coercion (CAMEO 17); the assets of another state, its officials or firms
    frozen stay a sanction ("froze Libyan assets", "froze the assets of twelve generals")."""
    if base.plover_type != "SANCTION" or token.pos_ != "VERB" or token.lemma_.lower() != "freeze":
        return None
    held = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in HOLDINGS]
    owners = [p for h in held for c in h.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
              for p in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"])]
    if not owners:
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    home = phrase_code(subject).country if subject is not None else None
    for owner in owners:
        named = token.doc[owner.left_edge.i:owner.i + 1]
        code = phrase_code(owner)
        if code.country not in (None, home) or any(m.ent_type_ in ("GPE", "NORP") for m in named):
            return None  # another state's goods or people ("Libyan assets", "Venezuela's state oil company")
        # (an armed group's or a firm's goods: "militant groups", coded by their role, stay a sanction)
        if not (code.role in _CIVIL_ROLES or (code.role is None and owner.lemma_.lower() in _CIVIL_BODIES)):
            return None
    return TriggerType("COERCE", "seize", "17")


def expels_state(token, base: TriggerType) -> Optional[TriggerType]:
    """"ejected Russia", "expelled Yugoslavia from the organisation": a state put out of a body is
    suspended from it (CAMEO 16), not deported."""
    if base.plover_type != "COERCE" or token.pos_ != "VERB":
        return None
    deported = base.plover_mode == "deport"
    if not deported and token.lemma_.lower() not in _KEEPING_OUT:
        return None
    state = any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.ent_type_ == "GPE" for c in token.children)
    bodies = _MEMBERSHIP_WORDS if deported else _BODY_WORK
    body = any(p.dep_ == "pobj" and p.lemma_.lower() in bodies for c in token.children
               if c.dep_ == "prep" and c.lower_ == "from" for p in c.children)
    # deported: a state ("ejected X") or anyone put out of a body's membership ("expelled the party from the
    # alliance"); kept out: a state from a body's work ("barred X from all its meetings", "excluded X from the summit")
    put_out = (state or body) if deported else (state and body)
    return TriggerType("SANCTION", "expel", "16") if put_out else None


_KEEPING_OUT = {"bar", "ban", "exclude", "suspend", "block"}
_BODY_WORK = {"activity", "meeting", "summit", "session", "event", "function", "body", "organisation", "organization",
              "institution", "membership", "participation", "decision-making", "vote", "council", "assembly"}
_MEMBERSHIP_WORDS = {"rank", "ranks", "membership", "organisation", "organization", "bloc", "alliance", "union", "league",
                     "grouping", "club", "community", "commonwealth", "federation", "council", "body", "group", "coalition"}


# a restriction said to stay in force: "the curfew will remain in place", "the embargo stays in effect"
_STAYING = {"remain", "stay"}
_IN_FORCE = {"place", "force", "effect"}


def kept_in_force(token, base: TriggerType) -> Optional[TriggerType]:
    """A measure that is to stay in force is a refusal to ease it (CAMEO 124, REJECT), not the measure anew."""
    if base.plover_type not in ("COERCE", "SANCTION") or token.pos_ != "NOUN" or token.dep_ != "nsubj":
        return None
    verb = token.head
    if verb.lemma_.lower() not in _STAYING:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() in _IN_FORCE
                                                         for p in c.children) for c in verb.children):
        return TriggerType("REJECT", None, "12")
    return None
