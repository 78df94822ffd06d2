"""Who is missing from the syntax: CAMEO and PLOVER gold-standard conventions for roles no phrase fills.

An attack with no doer named ("a roadside bomb killed", "was shot dead in X") is by unidentified
armed forces (UAF) of the country it happens in; harm done to a place ("shelled Kharkiv", "a
curfew in Jammu") is done to its people (CVL); a protest aimed at no one named is aimed at the
government where it happens, and an unnamed crowd protesting is the public; a concession with no
protesters named yields to the conceding side's public; a call for the release of people is aimed
at whoever holds them; an action with no party acted upon is aimed at the country it happens in
(not a meeting at its venue), a party no words name, since the place is only the scene; a pledge made to someone ("told X that ...") is aimed at them; forces a
state sends are its own, not the target.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from .. import actors
from ..eventtypes import TriggerType, event_type, lexicon, trigger_type, typed_triggers
from ..models import Actor, ActorCode
from ..nlp import dependency_tree, entities_within, sentence_of, text_of
from .country import sentence_country
from .mentions import actor_at, modifier_country, named_place, shared_actor_at, state_country, titled_pair
from .syntax import MEASURE_NOUNS, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, agent_of, prep_objects
from .words import CIVIL_PROPERTY, COUNT_WORDS, PLACE_NOUNS


# Prepositions of what an action is aimed at ("fired at", "shelling on", "raids against").
AIMED_PREPS = ("at", "on", "upon", "against")

# Prepositions of where a thing harmed is ("a market in X", "internet access across the X region")
PLACE_PREPS = ("in", "at", "near", "inside", "across", "outside")

# Prepositions of what a means of attack hits ("a bomb ripped through a market", "a shell slammed into X")
IMPACT_PREPS = ("through", "into", "at", "on", "in")

# Verbs of going somewhere: a meeting one goes to is hosted at the destination
TRAVEL_LEMMAS = {"fly", "travel", "go", "come", "arrive", "head", "leave", "return", "journey", "jet", "set"}

# Acts of settling between parties, and the accords they yield: where they are done is a venue, not a party
# ("signed a truce in X", "a ceasefire was agreed in Y")
SETTLING_LEMMAS = {"sign", "ink", "initial", "hammer", "conclude", "agree", "commit", "consent"}
ACCORD_NOUNS = {"accord", "agreement", "pact", "treaty", "deal", "memorandum", "protocol", "ceasefire", "truce",
                "compromise", "settlement", "declaration", "charter", "roadmap", "plan"}

# Acts of a state on the people it holds: a protest at, a call for or a welcome of one ("condemned the
# jailing of X", "demanded the release of X", "rallied to protest the arrest of X") is aimed at the holder,
# as CAMEO codes it, not at the person held
HOLDING_ACTS = {"release", "detention", "arrest", "jailing", "imprisonment", "incarceration", "internment", "sentencing",
                "sentence", "conviction", "execution", "hanging", "flogging", "caning", "trial", "prosecution",
                "deportation", "abduction", "disappearance", "torture", "mistreatment", "expulsion", "extradition"}

JUDGED_HOLDING_TYPES = {"ACCUSE", "REQUEST", "SUPPORT", "PROTEST"}

# Types of harm done to a place: an attack on, or a curfew or siege of, a town is done to the people there
# (CAMEO codes such a target as the country's civilians); a withdrawal from it or a visit is not.
PLACE_HARM_TYPES = {"ASSAULT", "COERCE", "THREATEN"}

# Means of an attack whose author the sentence does not name: "a roadside bomb killed ...",
# "were hurt when an explosive device detonated", "killed in an explosion"
ATTACK_MEANS = {"bomb", "bombing", "explosion", "blast", "device", "ied", "mine", "landmine", "grenade", "explosive",
                "attack", "ambush", "shooting", "gunfire", "booby", "car-bomb", "carbomb"}

# Verbs that address a statement to someone: "told X that ...", "assured X that ..."
ADDRESSING_LEMMAS = {"tell", "assure", "inform", "promise", "notify", "warn", "remind", "reassure", "pledge", "write"}

# Verbs and nouns of sending forces: the forces sent are the sender's, not whom the act is aimed at.
SENDING_LEMMAS = {"deploy", "send", "dispatch", "station", "mobilize", "mobilise", "redeploy", "mass", "amass", "muster",
                  "position", "move", "reinforce", "deployment", "redeployment", "mobilization", "mobilisation", "dispatching"}

# Nouns of popular pressure a concession yields to ("repealed the law after weeks of protests").
_PRESSURE_TYPES = {"PROTEST"}


def crowd(candidates: list[Token]) -> Optional[Actor]:
    """An unnamed crowd that protests ("Hundreds of thousands marched", "Thousands rallied") is the
    public (CVL), as CAMEO codes it."""
    for head in candidates:
        if head.dep_ in SUBJECT_DEPS and head.lemma_.lower() in COUNT_WORDS | {"crowd", "people", "thousands"}:
            span = head.doc[head.left_edge.i:head.right_edge.i + 1]
            return Actor(text=span.text, start=span.start_char, end=span.end_char, code=ActorCode(role="CVL"))
    return None


def holder_of(act: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """Who holds the people an act on them names: its possessor ("X's arrest of Y"), the doer "by X"
    (on the act or on the people: "civilians detained by the military"), else the government where
    it happens ("detained in Moscow"), else the people's own government."""
    people = prep_objects(act, ("of",))
    for owner in (c for c in act.children if c.dep_ == "poss" and c.pos_ != "PRON"):
        # "Croatia's arrest of a Serbian general", "the junta's detention of X": the possessor holds them
        actor = actor_at(owner, country_hint)
        if actor is not None and actor.code.country:
            return actor
    holders = [act, *people, *(c for p in people for c in p.children if c.dep_ in ("acl", "relcl"))]
    for holder in holders:
        agent = agent_of(holder)
        if agent is not None:
            actor = actor_at(agent, country_hint)
            if actor is not None and actor.code.country:
                return actor
    for holder in holders:
        place = named_place(holder, ("in", "at"))
        if place is not None:
            span = place[0].doc[place[0].left_edge.i:place[0].i + 1]
            return Actor(text=span.text, start=span.start_char, end=span.end_char,
                         code=ActorCode(country=place[1], role="GOV"))
    for person in people:
        actor = actor_at(person, country_hint)
        if actor is not None:
            # no words name the holder: an empty span before the people held, not their words coded as a government
            # ("protested the arrest of a judge": the judge is JUD, the protest aimed at his state)
            return Actor(text="", start=actor.start, end=actor.start, name=HOLDER_NAME,
                         code=ActorCode(country=actor.code.country, role="GOV"))
    return None


# Name of the unnamed holder of people an act is on (`holder_of`)
HOLDER_NAME = "government holding them"


def _object_place(obj: Token, harmful: bool) -> Optional[Actor]:
    """The place a verb's object names, as a target coded by its country: a place name ("shelled
    Kharkiv"), or a noun of a place with its name, its country's adjective or a place it is in ("the
    town of X", "the Armenian town of Y", "villages in Darfur"); for harm done to a
    place whose name is unknown, the country the sentence is about."""
    doc = obj.doc
    # (a town the small tagger left untagged or took for a person is as much a place when harmed: "rebels seized X",
    # and so is a name another place locates: "shelled X in Y province")
    if obj.pos_ == "PROPN" and (obj.ent_type_ in ("GPE", "LOC", "FAC") or (
            harmful and obj.ent_type_ in ("", "PERSON", "ORG") and (actors.is_city(doc[obj.left_edge.i:obj.i + 1].text) or
                                                                     _locating_country(obj) is not None))):
        country = _locating_country(obj) or actors.place_country(doc[obj.left_edge.i:obj.i + 1].text)
        return _place_actor(doc[obj.left_edge.i:obj.i + 1], country) if country else None
    lemma = obj.lemma_.lower()
    if lemma not in PLACE_NOUNS and not (harmful and lemma in CIVIL_PROPERTY):
        return None
    for name in prep_objects(obj, ("of",)):
        if name.pos_ == "PROPN":
            span = doc[obj.left_edge.i:name.i + 1]
            # "the West Bank city of X": the modifiers' state before the gazetteer's guess for the name
            country = modifier_country(obj) or actors.place_country(doc[name.left_edge.i:name.i + 1].text)
            if country is None and harmful:
                country = sentence_country(obj.sent, places_only=True) or sentence_country(obj.sent)
            return _place_actor(span, country) if country else None
    return None


def _place_actor(span: SpacySpan, country: Optional[str]) -> Actor:
    return Actor(text=span.text, start=span.start_char, end=span.end_char, code=ActorCode(country=country))


def _locating_country(name: Token) -> Optional[str]:
    """The country of the place that locates a place named as an object: "X in Y", on the name or on the verb
    right after it (where the small parser hangs it), or "X, Y province" (an apposition). The locating place
    is no party: it only says where the one harmed is."""
    found = named_place(name, ("in",))
    after = name.right_edge.i + 1
    if found is None and name.dep_ in OBJECT_DEPS and after < len(name.doc) and name.doc[after].lower_ == "in" and \
            name.doc[after].head.i == name.head.i:
        found = named_place(name.head, ("in",))
    if found is not None:
        return found[1]
    for appos in (c for c in name.children if c.dep_ == "appos" and c.ent_type_ in ("GPE", "LOC")):
        country = state_country(actors.place_country(appos.doc[appos.left_edge.i:appos.i + 1].text))
        if country:
            return country
    return None


# Prepositions that say where an act happened, not whom it was done to ("marched in X", "fighting near Y"):
# CAMEO codes the government or people of such a scene as the target, but no words in the sentence name them
LOCATIVE_PREPS = {"in", "inside", "across", "near", "outside", "around", "at", "through"}

# The scene's party, named by the role it is coded with (an empty span, as for an unnamed attacker)
SCENE_PARTIES = {"GOV": "authorities where it happened", "CVL": "people where it happened"}


def _scene_actor(country: str, at: Token) -> Actor:
    """The unnamed party of the place an act happened in: the place's country, with an empty span at the act."""
    return Actor(text="", start=at.idx, end=at.idx, code=ActorCode(country=country))


def scene_party(actor: Optional[Actor]) -> Optional[Actor]:
    """An unnamed party of a scene (`_scene_actor`) with the name of the role it was given."""
    if actor is None or actor.text or actor.name is not None or actor.start != actor.end:
        return actor
    return actor.model_copy(update={"name": SCENE_PARTIES.get(actor.code.role or "", "those where it happened")})


def _prep_of(node: Token, phrase: Token) -> Token:
    """The preposition on `node` whose phrase `phrase` is in."""
    while phrase.head.i != node.i and phrase.head.i != phrase.i:
        phrase = phrase.head
    return phrase


def _thing_located(node: Token, trigger: Token, prep: Token) -> Optional[Token]:
    """The noun harmed that a place only locates: the object the place hangs on ("torched groves outside X"), or the
    trigger's object just before a place the small parser hung on the verb ("hit a bakery in X")."""
    if node.i != trigger.i:
        return node if node.dep_ in OBJECT_DEPS and node.pos_ == "NOUN" else None
    return next((o for o in trigger.children if o.dep_ in OBJECT_DEPS and o.pos_ == "NOUN" and o.right_edge.i + 1 == prep.i), None)


def place_acted_in(trigger: Token, kind: Optional[TriggerType]) -> Optional[Actor]:
    """The place an action with no party acted upon happens in, as its target coded by country: CAMEO
    codes such an action against that country ("protesters demonstrated in Serbia", "lifted the curfew
    in Montenegro", "shelled Kharkiv"); a meeting is not held against its venue ("met in Geneva")."""
    meeting = kind is not None and kind.plover_type == "CONSULT" and kind.plover_mode != "visit"
    nodes: list[Token] = []
    # children and labels by index from the doc's table: each walk of `Token.children` builds a Token per child
    doc = trigger.doc
    tree = dependency_tree(doc)
    deps, lowers, children = tree.deps, tree.lowers, tree.children
    own = children[trigger.i]
    if trigger.pos_ == "VERB":
        nodes = [trigger, *(doc[c] for c in own if deps[c] in OBJECT_DEPS)]
        # "demanded the release of prisoners in X": where the thing's people are
        nodes += [p for o in nodes[1:] if o.pos_ == "NOUN" for p in prep_objects(o, ("of",)) if p.pos_ == "NOUN"]
        nodes += prep_objects(trigger, AIMED_PREPS)  # "fired at targets in Jericho": where the targets are
        # "threatened to impose a curfew in Algiers", "refused to deploy troops in Iraq": the act's place
        for comp in (c for c in own if deps[c] == "xcomp" and tree.pos[c] == "VERB"):
            nodes += [doc[comp], *(doc[c] for c in children[comp] if deps[c] in OBJECT_DEPS)]
        # "pulled out of villages in southern Lebanon", "withdrew from positions near X"
        nodes += [p for prt in [trigger, *(doc[c] for c in own if deps[c] in ("prt", "advmod") or lowers[c] == "out")]
                  for p in prep_objects(prt, ("of", "from")) if p.pos_ == "NOUN"]
        # "sealed off the city of X": the small parser hangs the object on the particle
        nodes += [doc[c] for prt in own if deps[prt] == "prt" for c in children[prt] if deps[c] == "pobj"]
    elif kind is not None and kind.plover_mode == "visit" and trigger.dep_ == "pobj" and trigger.head.head.pos_ == "VERB":
        nodes = [trigger.head.head]  # "arrived in Lusaka on a visit": the visit is to Lusaka
    elif kind is not None and kind.plover_type == "CONSULT" and trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and \
            trigger.head.head.lemma_.lower() in TRAVEL_LEMMAS:
        nodes = [trigger.head.head]  # "travelled to Hanoi for a summit": the meeting is hosted there
        meeting = False
    elif trigger.pos_ == "NOUN":
        nodes = [trigger]  # "extend the curfew in Abidjan", "clashes in Aleppo"
    if meeting:
        return None
    settling = kind is not None and kind.plover_type in ("AGREE", "SUPPORT") and \
        trigger.lemma_.lower() in SETTLING_LEMMAS
    harmful = kind is not None and kind.plover_type in PLACE_HARM_TYPES
    if harmful and trigger.pos_ == "NOUN" and trigger.dep_ in SUBJECT_DEPS and trigger.head.pos_ == "VERB":
        # "a car bomb exploded at a bus depot in X": what the means hit
        nodes += [doc[c] for c in children[tree.heads[trigger.i]] if deps[c] in OBJECT_DEPS] + prep_objects(trigger.head, IMPACT_PREPS)
    # "shelled Kharkiv", "broke the blockade of the city of X" (a place noun under the object)
    for obj in (n for n in nodes[1:] if n.dep_ in OBJECT_DEPS or n.lemma_.lower() in PLACE_NOUNS):
        place = _object_place(obj, harmful)
        if place is not None:  # "visited Aden", "shelled Kherson", "bombed the town of X": the place is the object
            return place
    # "pulled its troops out of Chad", "pulled back from eastern Sudan": the place left
    exits = [doc[c] for c in own if lowers[c] in ("out", "back", "away", "off")] if trigger.pos_ == "VERB" else []
    visit = kind is not None and kind.plover_mode == "visit"
    for preps, holders in ((("in", "into", "inside", "across"), nodes), (("near", "outside", "around", "at", "from", "to"), nodes),
                           (("of", "from"), exits)):  # "in X" first
        for node in holders:
            place = named_place(node, preps, scene=True)
            if place is not None:
                prep = _prep_of(node, place[0])
                thing = _thing_located(node, trigger, prep) if harmful and holders is nodes else None
                if thing is not None:  # "torched olive groves outside X": the thing harmed (its people), located by X
                    return _place_actor(thing.doc[thing.left_edge.i:thing.i + 1], place[1])
                if settling and (node.i == trigger.i or node.lemma_.lower() in ACCORD_NOUNS) and \
                        sentence_country(trigger.sent, exclude=place[1]) is not None:
                    # "X and Y signed an accord in Z", "agreed in Z to a truce": a settling abroad (the sentence names
                    # another country) is hosted by the venue, no party to it
                    continue
                if holders is nodes and not visit and prep.lower_ in LOCATIVE_PREPS:
                    # "protesters marched in X", "lifted the curfew in Y": X is where, not whom (a place visited is the host)
                    return _scene_actor(place[1], trigger)
                return _place_actor(place[0].doc[place[0].left_edge.i:place[0].i + 1], place[1])
    if kind is not None and kind.plover_type in ("ASSAULT", "COERCE"):
        # "raided a clinic inside an army barracks in X", "a hotel popular with officials in X": harm
        # done to a thing is done where the first place named under it is (not in a clause about it)
        sites = prep_objects(trigger, PLACE_PREPS) if trigger.pos_ == "VERB" else []  # "detonated his vest inside a cinema in X"
        for node in [*nodes[1:], *sites]:
            for prep in (t for t in _phrase_tokens(node) if t.dep_ == "prep" and t.lower_ in PLACE_PREPS):
                place = named_place(prep.head, (prep.lower_,))
                if place is not None and node.pos_ in ("NOUN", "PROPN"):
                    # "hit a market in X": the thing hit (its people), which the place only locates
                    return _place_actor(node.doc[node.left_edge.i:node.i + 1], place[1])
                if place is not None:
                    return _scene_actor(place[1], trigger)
    return None


def _phrase_tokens(node: Token) -> list[Token]:
    """The tokens of a noun's phrase, without the clauses inside it ("a market that X had shelled"), but with
    its participles ("a convoy carrying a minister in X")."""
    out, stack = [], [node]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("relcl", "advcl", "ccomp", "appos"))
    return sorted(out, key=lambda t: t.i)


# The name of the doer of an attack no words name ("was shot dead"), coded UAF with an empty span
UNNAMED_DOER = "unidentified armed forces"


def unnamed_attacker(trigger: Token, candidates: list[Token], country_hint: Optional[str]) -> Optional[Actor]:
    """An attack done by a means with no author named ("a car bomb exploded", "killed by a roadside
    bomb") is coded, as CAMEO does, to unidentified armed forces (UAF) of the country it happens in."""
    heads = [*candidates, *prep_objects(trigger, ("in", "by", "during", "from"))]
    for clause in (c for c in trigger.children if c.dep_ == "advcl"):  # "... when a bomb went off"
        heads.extend(c for c in clause.children if c.dep_ in SUBJECT_DEPS)
    means = next((h for h in heads if h.pos_ in ("NOUN", "PROPN") and h.lemma_.lower() in ATTACK_MEANS), None)
    if means is None:
        if not _agentless_attack(trigger):
            return None
        means = trigger  # "a minister was shot dead in Peshawar": the act stands for its unnamed doer
    if means is trigger:
        # no words name the doer: an empty span where the act is, and the code (a verb is no actor's text)
        span_text, start, end, name = "", trigger.idx, trigger.idx, UNNAMED_DOER
    else:
        span = means.doc[_first_word(means):means.i + 1]
        span_text, start, end, name = span.text, span.start_char, span.end_char, None
        owner = state_country(actors.code_actor(span.text).country)
        if owner is not None:  # "US Predator attacks killed ...": a state's attack is its military's
            return Actor(text=span.text, start=start, end=end, code=ActorCode(country=owner, role="MIL"))
    # where it happened: a place named on the means or the act ("a mine blast close to the city of
    # Baqubah"), else the sentence's places, else its peoples
    place = named_place(means, ("near", "in", "at", "outside")) or named_place(trigger, ("near", "in", "at", "outside"))
    country = country_hint or (place[1] if place else None) or sentence_country(sentence_of(trigger), places_only=True) or \
        sentence_country(sentence_of(trigger))
    if country is None:
        return None
    return Actor(text=span_text, start=start, end=end, name=name, code=ActorCode(country=country, role="UAF"))


def threat_suffered(trigger: Token) -> bool:
    """Threat idioms whose subject is the one threatened: "X would pay a price", "Y will face consequences"."""
    return trigger.lemma_.lower() in ("pay", "face") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("price", "consequence", "repercussion", "retaliation", "retribution")
        for c in trigger.children)


def _agentless_attack(trigger: Token) -> bool:
    """A passive attack with no doer named ("was shot dead", "was found murdered") or a foiled one
    ("an attempt to assassinate X was foiled")."""
    if trigger.pos_ != "VERB" or agent_of(trigger) is not None:
        return False
    verbs = [trigger]
    if trigger.dep_ in ("xcomp", "oprd", "ccomp") and trigger.head.pos_ == "VERB":
        verbs.append(trigger.head)  # "was found murdered"
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS for v in verbs for c in v.children):
        return not any(c.dep_ == "agent" for v in verbs for c in v.children)
    # "an attempt to assassinate X": the attempt's own verb names no doer either
    head = trigger.head
    return trigger.dep_ in ("acl", "xcomp") and head.lemma_.lower() in ("attempt", "plot", "bid") and \
        not any(c.dep_ == "poss" for c in head.children) and head.dep_ in PASSIVE_SUBJECT_DEPS | SUBJECT_DEPS


def _first_word(token: Token) -> int:
    """The first token of a noun's phrase, after its determiner ("a roadside bomb": "roadside")."""
    start = token.left_edge.i
    while start < token.i and token.doc[start].pos_ in ("DET", "PUNCT"):
        start += 1
    return start


def harmed_place(actor: Optional[Actor], trigger: Token) -> Optional[Actor]:
    """A place harmed ("shelled Kharkiv", "imposed a curfew in Jammu", "would blockade Paris"), or helped,
    stands for its people: CVL. A city named as the object of harm is the city, not the metonym for a
    government it is elsewhere ("Paris rejected ...")."""
    kind = event_type(trigger)
    if actor is not None and kind is not None and kind.plover_type == "CONSULT" and actor.code.country and \
            actor.code.role is None and actor.code.country not in ("UN", "INT"):
        # "travelled to Brasilia for talks", "visited Aden": a place visited stands for its hosts
        return actors.with_role(actor, "GOV")
    if actor is not None and kind is not None and kind.plover_type == "AID" and state_country(actor.code.country) and \
            actor.code.role is None:
        # "ferried supplies into the besieged town of X", "paid salaries in the Gaza Strip": a place (not a
        # state named as such) helped stands for the people there
        return actors.with_role(actor, "CVL")
    if actor is not None and kind is not None and state_country(actor.code.country) and actor.code.role is None and (
            kind.plover_type == "CONCEDE" or (kind.plover_type == "RETREAT" and _eases_restriction(trigger))
            or (kind.plover_type == "SANCTION" and _relief_withheld(trigger))):
        # (relief stopped in a place, "froze food distributions across X", is withheld from the people there)
        # "relaxed the curfew across X", "eased the siege of Y": the place a measure is lifted in stands for its people
        return actors.with_role(actor, "CVL")
    if actor is None or kind is None or kind.plover_type not in PLACE_HARM_TYPES or not actor.code.country:
        return actor
    if actor.code.role == "GOV":
        base = trigger_type(trigger)
        harm = base is not None and base.plover_type in ("ASSAULT", "COERCE", "PROTEST")
        span = trigger.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        root = span.root if span is not None else None
        name = trigger.doc[root.left_edge.i:root.i + 1].text if root is not None else ""
        # (a capital the tagger took for a person or a body is as much a place: "shelled Kinshasa")
        # (a city as a subject is its government still: "would strike X's sites if Tehran retaliated")
        if not harm or root is None or root.pos_ != "PROPN" or root.dep_ in SUBJECT_DEPS or (
                root.ent_type_ not in ("GPE", "LOC", "FAC") and actors.code_actor(name).role is not None) or \
                not (actors.is_city(name) or (root.ent_type_ in ("GPE", "LOC") and span is not None and
                                              root.i == span.end - 1 and actors.is_city(root.text))):
            # ("the remote provincial capital X": the city's own name, ending the phrase)
            return actor
    elif actor.code.role:
        return actor
    return actors.with_role(actor, "CVL")


# Measures laid on a place's people, whose easing is done for them
RESTRICTIONS = {"curfew", "blockade", "siege", "restriction", "lockdown", "closure", "cordon", "quarantine", "emergency"}


# Relief given to people, whose suspension in a place bears on the people there
RELIEF_WORDS = {"aid", "relief", "food", "delivery", "deliveries", "assistance", "supplies", "convoy", "convoys",
                "operation", "operations", "distribution", "distributions", "work"}
# Modifiers that make such a noun relief ("food distributions", not "arms deliveries")
RELIEF_MARKS = {"aid", "relief", "humanitarian", "food"}


def _acted_upon(trigger: Token) -> list[Token]:
    """What the trigger acts upon: a noun trigger itself ("the blockade"), else the verb's objects."""
    return [trigger] if trigger.pos_ == "NOUN" else [c for c in trigger.children if c.dep_ in OBJECT_DEPS]


def _relief_withheld(trigger: Token) -> bool:
    """Whether the trigger stops relief ("froze food distributions", "paused the relief convoys"), named by its
    object or the object's modifiers; not arms or trade ("halted arms shipments")."""
    things = _acted_upon(trigger)
    return any(t.lemma_.lower() in RELIEF_WORDS and (t.lemma_.lower() in ("aid", "relief") or any(
        m.lemma_.lower() in RELIEF_MARKS for m in t.children if m.dep_ in ("compound", "amod"))) for t in things)


def _eases_restriction(trigger: Token) -> bool:
    """Whether the trigger eases a measure laid on a place ("eased its blockade of X", "lifted the siege")."""
    things = _acted_upon(trigger)
    return any(t.lemma_.lower() in RESTRICTIONS for t in things)


def protested_place(actor: Optional[Actor], trigger: Token, country_hint: Optional[str],
                    protesters: Optional[Actor] = None) -> Optional[Actor]:
    """A protest is aimed at the authorities of where it happens ("marched in Lisbon over the
    pension cuts", "went on strike in Seoul"): CAMEO codes its target as that country's government, when the
    report names no one protested against; with no place known, the protesters' own government
    ("Egyptian students marched", "a jailed Russian dissident went on hunger strike")."""
    kind = event_type(trigger)
    if kind is None or kind.plover_type != "PROTEST":
        return actor
    if actor is not None and actor.code.role == "CVL" and actor.code.country:
        # "took to the streets of Quito": a place owning the streets is no people protested against
        span = trigger.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is not None and span.root.ent_type_ in ("GPE", "LOC"):
            return actors.with_role(actor, "GOV")
    if actor is not None and (actor.code.role or not actor.code.country):
        return actor
    if actor is not None:
        return actors.with_role(actor, "GOV")
    # the place named in the sentence stands for it (the authorities there)
    sentence = sentence_of(trigger)
    country = sentence_country(sentence, places_only=True)
    place = next((e for e in entities_within(sentence.doc, sentence.start, sentence.end) if e.label_ in ("GPE", "LOC") and actors.place_country(e.text) == country), None)
    if country is None or place is None:
        return _own_government(protesters)
    if country_hint is not None and country != country_hint:
        return None
    # (the place is where the protest was, not whom it was aimed at: no words name the authorities)
    return Actor(text="", start=trigger.idx, end=trigger.idx, code=ActorCode(country=country, role="GOV"))


# Roles of protesters at home, whose protest aimed at no one named is aimed at their own government
_PUBLIC_ROLES = {"CVL", "EDU", "OPP", "LAB", "REL", "MED", "BUS", "HLH", "REF", "JUD", "LEG", "POL", None}


def _own_government(protesters: Optional[Actor]) -> Optional[Actor]:
    """The government of the protesters' country, named by the country word in their phrase (else the
    phrase itself): "Egyptian students" -> the Egyptian government."""
    if protesters is None or not state_country(protesters.code.country) or protesters.code.role not in _PUBLIC_ROLES:
        return None
    word = next((m for m in _TOKEN_WORDS.finditer(protesters.text)
                 if actors.code_actor(m.group()).country == protesters.code.country), None)
    start, end = (protesters.start + word.start(), protesters.start + word.end()) if word else (protesters.start, protesters.end)
    return Actor(text=protesters.text[start - protesters.start:end - protesters.start], start=start, end=end,
                 code=ActorCode(country=protesters.code.country, role="GOV"))


_TOKEN_WORDS = re.compile(r"[A-Za-zÀ-ÿ][\w'-]*")


def addressee_of(trigger: Token) -> Optional[Token]:
    """Whom the statement carrying the trigger is addressed to: the object of "told", "assured"; not
    the reporter of a trailing attribution ("X launched an offensive, a source told the news agency")."""
    node = trigger
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in ADDRESSING_LEMMAS:
            speaker_verb = node.head
            if speaker_verb.i > trigger.i and speaker_verb.lemma_.lower() == "tell":
                return None
            for child in speaker_verb.children:
                if child.dep_ in ("dobj", "obj", "dative") and child.pos_ in ("NOUN", "PROPN", "PRON"):
                    return child
            return None
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


def sent_forces(head: Token) -> bool:
    """Whether `head` names armed forces that are the object of a verb or noun of sending."""
    if head.lemma_.lower() not in lexicon().subject_words["armed"]:
        return False
    sender = head.head if head.dep_ in OBJECT_DEPS else head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return sender is not None and sender.lemma_.lower() in SENDING_LEMMAS


def coordinated_partner(subject: Optional[Token], actor1: Actor) -> Optional[Actor]:
    """The second party of a subject that names two ("Iranian and Iraqi ministers", "North and South
    Korea"): its country, with the first party's role."""
    if subject is None:
        return None
    pair = titled_pair(subject)
    if pair is not None:  # "President X and opposition leader Y": the second titled person
        left = pair[1].left_edge
        text = text_of(subject.doc)[left.idx:subject.idx + len(subject.text)]
        code = actors.code_actor(text)
        if code.role or code.country:
            return Actor(text=text, start=left.idx, end=subject.idx + len(subject.text),
                         code=ActorCode(country=code.country or actor1.code.country, role=code.role))
    # children, labels and entity types by index from the doc's table: `Token.children` builds a Token per child
    # on each walk; a Token is built only for a word that is handed on
    doc = subject.doc
    tree = dependency_tree(doc)
    deps, lowers, children = tree.deps, tree.lowers, tree.children
    subject_children = children[subject.i]
    verb_i = tree.heads[subject.i]
    verb_children = children[verb_i]
    # "President X and opposition leader Y signed": the small parser may give the verb two subjects, no conjunct
    for other in (doc[c] for c in verb_children if deps[c] in SUBJECT_DEPS and c > subject.i):
        if doc[other.left_edge.i - 1].text == ",":
            continue  # "X and Y agreed ..., Swiss mediators said": the speaker of a trailing attribution
        if any(deps[t] == "cc" for t in subject_children) or doc[other.left_edge.i - 1].lower_ == "and":
            partner = actor_at(other, None)
            if partner is not None and (partner.code.country, partner.code.role) != (actor1.code.country, actor1.code.role):
                return partner if partner.code.country else actors.with_country(partner, actor1.code.country)
    for mod in subject_children:
        if deps[mod] not in ("amod", "compound", "nmod"):
            continue
        for conj in (doc[c] for c in children[mod] if deps[c] == "conj"):
            # (with its own modifiers: "South and North Korean officials" pairs South Korea with North Korea)
            words = doc[conj.left_edge.i:conj.i + 1]
            code = actors.code_actor(words.text)
            if code.country and code.country != actor1.code.country:
                return Actor(text=words.text, start=words.start_char, end=words.end_char,
                             code=ActorCode(country=code.country, role=code.role or actor1.code.role))
    objects = [o for o in verb_children if deps[o] in OBJECT_DEPS]
    within_objects = [t for o in objects for t in tree.subtree(o)]
    if any(deps[p] == "prep" and lowers[p] in ("with", "between") for t in (verb_i, *verb_children, *within_objects)
           for p in children[t]):
        # "X and several senators met officials of Y": Y is the partner ("... hailed a resumption of ties with Y" too)
        return None
    if any(shared_actor_at(doc[o], None) is not None for o in objects):
        return None  # "Kenyan ministers and MPs received Somali elders": whom they received, not each other
    # "ministers from Bolivia and Paraguay", "the navies of Chile and Peru": the second state,
    # with the first party's role
    for prep in subject_children:
        if deps[prep] == "prep" and lowers[prep] in ("of", "from"):
            for c in (c for p in children[prep] if deps[p] == "pobj" for c in children[p] if deps[c] == "conj"):
                if tree.ent_types[c] in ("GPE", "NORP"):
                    place = doc[c]
                    code = actors.code_actor(place.text)
                    if code.country and code.country != actor1.code.country:
                        return Actor(text=place.text, start=place.idx, end=place.idx + len(place.text),
                                     code=ActorCode(country=code.country, role=actor1.code.role))
    # "heads of Malawi's governing party and the opposition": a second party named by its role alone is
    # of the first party's country
    for conj in (doc[c] for c in subject_children if deps[c] == "conj"):
        if actor1.code.country:
            left, right = next(t for t in conj.subtree if t.dep_ != "det" or t.i == conj.i), conj.right_edge
            text = text_of(conj.doc)[left.idx:right.idx + len(right.text)]
            code = actors.code_actor(text)
            if code.role and not code.country and code.role != actor1.code.role:
                return Actor(text=text, start=left.idx, end=right.idx + len(right.text),
                             code=ActorCode(country=actor1.code.country, role=code.role))
    return None


def protesters(trigger: Token, actor1: Optional[Actor], country_hint: Optional[str]) -> Optional[Actor]:
    """Whom a concession yields to, when the sentence names the protests that won it: the protesters
    named with them ("protests by farmers"), else the public of the conceding side's country (CAMEO
    codes a concession's target as the side whose demand is met)."""
    sentence = sentence_of(trigger)
    protest_verbs = _protest_verbs(sentence)
    for token in sentence:
        if token.i in protest_verbs and token.i != trigger.i:
            # "resigned after crowds of farmers rallied in Chisinau": who protested
            subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
            actor = next((a for a in (actor_at(h, country_hint) for h in subjects) if a is not None and a.code.role), None)
            actor = actor or crowd(subjects) or _crowd_words(subjects)
            if actor is not None:
                if actor.code.country is None and actor1 is not None:
                    actor = actors.with_country(actor, actor1.code.country)
                return actor
        if token.pos_ != "NOUN" or token.i == trigger.i:
            continue
        if token.lemma_.lower() == "pressure":  # "lifted the emergency after pressure from the opposition"
            for head in prep_objects(token, ("from", "by")):
                actor = actor_at(head, country_hint)
                if actor is not None and actor.code.role:
                    return actor
        kind = trigger_type(token)
        if kind is None or kind.plover_type not in _PRESSURE_TYPES:
            continue
        for head in [*prep_objects(token, ("by", "of")), *(c for c in token.children if c.dep_ in ("amod", "compound"))]:
            actor = actor_at(head, country_hint)
            if actor is not None and actor.code.role:
                if actor.code.country is None and actor1 is not None:
                    actor = actors.with_country(actor, actor1.code.country)
                return actor
        if actor1 is not None and actor1.code.country:
            return Actor(text=token.text, start=token.idx, end=token.idx + len(token.text),
                         code=ActorCode(country=actor1.code.country, role="CVL"))
    # no protest named: a government lifting an emergency or a minister resigning yields to its public,
    # named by the country's name or people in the sentence
    if actor1 is not None and actor1.code.country:
        # (the small parser often tags a country before "'s" as an organisation)
        for ent in sorted(entities_within(sentence.doc, sentence.start, sentence.end), key=lambda e: e.label_ not in ("GPE", "NORP")):
            if ent.label_ in ("GPE", "NORP", "ORG") and actors.code_actor(ent.text).country == actor1.code.country \
                    and actors.code_actor(ent.text).role in (None, "GOV"):
                return Actor(text=ent.text, start=ent.start_char, end=ent.end_char,
                             code=ActorCode(country=actor1.code.country, role="CVL"))
    return None


def _protest_verbs(sentence: SpacySpan) -> set[int]:
    """Indices of the sentence's verbs typed PROTEST ("marched", "students occupied")."""
    return {tok.i for tok, kind in typed_triggers(sentence) if kind.plover_type == "PROTEST" and tok.pos_ == "VERB"}


def _crowd_words(subjects: list[Token]) -> Optional[Actor]:
    """A crowd named by its size ("tens of thousands marched"): the public."""
    for head in subjects:
        if head.lemma_.lower() in COUNT_WORDS | {"ten", "tens", "hundreds", "thousands"} or head.like_num:
            span = head.doc[head.left_edge.i:head.right_edge.i + 1]
            return Actor(text=span.text, start=span.start_char, end=span.end_char, code=ActorCode(role="CVL"))
    return None


# Nouns of a strained relation whose "with X" names the other side ("as tension with X rose")
STRAIN_NOUNS = {"tension", "dispute", "standoff", "stand-off", "row", "feud", "crisis", "confrontation", "conflict",
                "friction", "spat", "quarrel", "showdown", "hostility"}

# Nouns of a signal sent to someone ("in a warning to X", "as a message to Y")
SIGNAL_NOUNS = {"warning", "message", "signal", "response", "reply", "retaliation", "riposte", "answer"}

# Marks of a clause or phrase saying what a mobilisation answers ("after X entered", "following X's test")
PROVOCATION_MARKS = {"after", "following", "as", "when", "amid", "amidst", "since"}


def provoker(trigger: Token, actor1: Optional[Actor], country_hint: Optional[str]) -> Optional[Actor]:
    """Whom a mobilisation with no one named as its target answers or faces, as CAMEO codes it: the
    doer of what it follows ("scrambled fighters after Russian patrol planes came close to X", "after the Iranian
    missile test"), the other side of a strain ("amid tension with Iran", "as the dispute with X
    deepened"), the addressee of a signal ("in a warning to X"). Never the doer's own country."""
    own = actor1.code.country if actor1 is not None else None
    verbs = [trigger, *(c for c in trigger.children if c.dep_ in ("conj", "xcomp") and c.pos_ == "VERB")]
    if trigger.dep_ == "pobj" and trigger.head.head.pos_ in ("VERB", "AUX"):
        verbs.append(trigger.head.head)  # "remained on alert after X": the verb the state hangs on
    heads: list[Token] = []
    for verb in verbs:
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod", "prep") and m.lower_ in PROVOCATION_MARKS
                                              for m in clause.children):
                heads.extend(c for c in clause.children if c.dep_ in SUBJECT_DEPS)
        for noun in prep_objects(verb, PROVOCATION_MARKS):
            if noun.lemma_.lower() in MEASURE_NOUNS:  # "after a week of Palestinian unrest": the unrest
                noun = next(iter(prep_objects(noun, ("of",))), noun)
            if noun.lemma_.lower() in STRAIN_NOUNS:
                heads.extend(prep_objects(noun, ("with", "between")))
            elif noun.pos_ in ("NOUN", "PROPN"):
                # "after the Iranian missile test", "following Turkey's incursion": its author, not what it is of
                heads.extend(c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod"))
                heads.extend(prep_objects(noun, ("by",)))
            for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl", "conj") and c.pos_ == "VERB"):
                heads.extend(c for c in clause.children if c.dep_ in SUBJECT_DEPS)  # "as tension with X rose"
        for noun in prep_objects(verb, ("in", "as")):
            if noun.lemma_.lower() in SIGNAL_NOUNS:
                heads.extend(prep_objects(noun, ("to", "against", "for")))
    # the small parser hangs "as tension with X rose" as a conjoined verb whose subject is the phrase
    for verb in (c for c in trigger.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"):
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            if subject.lemma_.lower() in STRAIN_NOUNS:
                heads.extend(prep_objects(subject, ("with", "between")))
    # "put riot units on standby before a rally planned by teachers": security forces readied for a
    # protest face those who hold it, at home too
    holders = verbs + ([trigger.head] if trigger.dep_ in ("advcl", "conj") and trigger.head.pos_ == "VERB" else [])
    for ahead in (c for v in holders for c in v.children if c.lower_ in ("ahead", "before")):
        for protest in [*prep_objects(ahead, ("of",)), *(c for c in ahead.children if c.dep_ == "pobj")]:
            # "put brigades on standby before an expected push against X": whom the coming fight is against
            for aimed in prep_objects(protest, ("against",)):
                actor = actor_at(aimed, country_hint)
                if actor is not None and actor.code.country != own:
                    return actor
            kind = trigger_type(protest)
            if kind is not None and kind.plover_type == "PROTEST":
                actor = actor_at(protest, country_hint)
                if actor is not None and actor.code.role in ("OPP", "CVL", "EDU", "LAB", "REL"):
                    return actor
    for head in heads:
        if head.lemma_.lower() in STRAIN_NOUNS:
            continue
        actor = actor_at(head, country_hint)
        if actor is None and head.pos_ == "ADJ":
            code = actors.code_actor(head.text, country_hint)
            actor = Actor(text=head.text, start=head.idx, end=head.idx + len(head.text), code=code) if code.country else None
        if actor is not None and actor.code.country and state_country(actor.code.country) and actor.code.country != own:
            return actor
    return None


# Nouns of a vote and of how it was run: judging one judges the state that held it
ELECTION_NOUNS = {"election", "elections", "vote", "poll", "polls", "run-off", "runoff", "referendum", "ballot", "plebiscite",
                  "count", "recount", "result", "results", "conduct", "handling"}


def election_judged(trigger: Token, actor1: Optional[Actor], country_hint: Optional[str]) -> Optional[Actor]:
    """Whom praise, criticism or rejection of an election is aimed at: the government of the state that
    held it (CAMEO codes the government), named by a possessor or adjective on the vote ("the running of
    Gambia's polls", "rejected the declared outcome of the presidential ballot"), else left to
    the sentence's country."""
    heads = [c for c in trigger.children if c.dep_ in OBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS]
    for head in heads:
        chain = [head]
        while len(chain) < 3 and (inner := next(iter(prep_objects(chain[-1], ("of",))), None)) is not None:
            chain.append(inner)
        votes = [n for n in chain if n.lemma_.lower() in ELECTION_NOUNS or n.lower_ in ELECTION_NOUNS]
        if not votes or not any(n.lemma_.lower() not in ("conduct", "handling", "result", "count") for n in votes):
            continue
        country = None
        for noun in chain:
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            country = modifier_country(noun) or (state_country(actors.code_actor(
                noun.doc[owner.left_edge.i:owner.i + 1].text).country) if owner is not None else None)
            if country:
                break
        if country is None and actor1 is not None and actor1.code.role not in ("GOV", "IGO", "NGO"):
            country = state_country(actor1.code.country)  # "Kenya's opposition disputed the results": at home
        span = head.doc[head.left_edge.i:head.right_edge.i + 1]
        return Actor(text=span.text, start=span.start_char, end=span.end_char, code=ActorCode(country=country, role="GOV"))
    return None


# Rule laid on a whole population: a curfew, a lockdown, a state of emergency, martial law
POPULATION_MEASURES = {"curfew", "lockdown"}
# the act types that impose, threaten or lift such rule (a mobilisation declared with it faces the enemy instead)
POPULATION_MEASURE_TYPES = {"COERCE", "THREATEN", "CONCEDE", "RETREAT"}


def _population_measure(noun: Token) -> bool:
    """"a curfew", "a lockdown", "martial law", "a state of emergency", "emergency rule"."""
    lemma = noun.lemma_.lower()
    if lemma in POPULATION_MEASURES:
        return True
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if lemma == "law":
        return "martial" in words
    if lemma == "rule":
        return "emergency" in words
    return lemma == "state" and any(p.lemma_.lower() == "emergency" for p in prep_objects(noun, ("of",)))


def people_under_measure(trigger: Token, kind: Optional[TriggerType], actor1: Optional[Actor]) -> Optional[Actor]:
    """A curfew, martial law or a state of emergency with no place named ("Moldova proclaimed a state of
    emergency", "threatened to impose a curfew"): CAMEO codes it as done to the people under it, the public of
    the state that imposes, threatens or lifts it (else of the place the sentence names)."""
    if kind is None or kind.plover_type not in POPULATION_MEASURE_TYPES:
        return None
    tree = dependency_tree(trigger.doc)  # (children and labels by index: a Token only for a noun tested)
    deps, children = tree.deps, tree.children
    nodes = [trigger.i, *(c for c in children[trigger.i] if deps[c] in ("xcomp", "conj") and tree.pos[c] == "VERB")]
    things = [trigger.i] if tree.pos[trigger.i] == "NOUN" else []
    things += [c for n in nodes for c in children[n] if deps[c] in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if not any(_population_measure(trigger.doc[t]) for t in things):
        return None
    return _unnamed_of_country(trigger, actor1, "CVL")


def _unnamed_of_country(trigger: Token, actor1: Optional[Actor], role: str) -> Optional[Actor]:
    """An actor named by no words, of `role`, of the doer's state (else of the place the sentence names)."""
    country = state_country(actor1.code.country) if actor1 is not None else None
    country = country or sentence_country(sentence_of(trigger), places_only=True)
    if country is None:
        return None
    return Actor(text="", start=trigger.idx, end=trigger.idx, code=ActorCode(country=country, role=role))


# Words that make a strike an attack ("called off the air strikes")
ARMED_STRIKE_WORDS = {"air", "missile", "drone", "military", "nuclear", "rocket", "artillery", "naval", "aerial",
                      "retaliatory"}


def _labour_strike(noun: Token) -> bool:
    """"their strike", "a four-day strike": a strike no word makes an attack, nor an object after "on" (a strike
    "on X's radar sites" is aimed at them; not a day, "their strike on Monday")."""
    return noun.lemma_.lower() == "strike" and not any(
        c.lower_ in ARMED_STRIKE_WORDS for c in noun.children if c.dep_ in ("amod", "compound")) and not any(
        o.ent_type_ not in ("DATE", "TIME") for o in prep_objects(noun, ("on",)))


# A private employer named beside a strike: the dispute is with it, not with the state
PRIVATE_EMPLOYERS = {"owner", "management", "employer", "company", "firm", "boss", "bakery", "factory", "mill", "shop",
                     "store", "restaurant", "hotel", "supermarket", "carmaker"}


def protest_ended(trigger: Token, kind: Optional[TriggerType], actor1: Optional[Actor]) -> Optional[Actor]:
    """A protest called off or ended ("the union called off its strike", "students ended their sit-in") yields to
    whom it was aimed at: CAMEO codes the concession as made to the authorities, those of the protesters' own
    country (else of the place the sentence names), unless the protest names whom it is against."""
    if kind is None or kind.plover_type != "CONCEDE" or trigger.pos_ != "VERB":
        return None
    tree = dependency_tree(trigger.doc)  # (children by index: a Token only for an object tested)
    holders = [trigger.i, *(c for c in tree.children[trigger.i] if tree.deps[c] == "prt")]
    protests = [trigger.doc[c] for h in holders for c in tree.children[h] if tree.deps[c] in OBJECT_DEPS or (
        tree.deps[c] == "pobj" and h != trigger.i)]
    protests = [p for p in protests if p.pos_ == "NOUN" and (
        (act := trigger_type(p)) is not None and act.plover_type == "PROTEST" or _labour_strike(p))]
    if not protests or any(prep_objects(p, ("against", "at")) for p in protests):
        return None
    if any(_labour_strike(p) for p in protests) and any(
            t.lemma_.lower() in PRIVATE_EMPLOYERS and t.pos_ == "NOUN" for t in sentence_of(trigger)):
        return None  # "bakers ... called off their strike after the owner agreed": a private dispute
    return _unnamed_of_country(trigger, actor1, "GOV")


# What a veto is cast on in the Security Council: a (draft) resolution
VETOED_TEXTS = {"resolution", "draft"}
# The Security Council's permanent members, whose veto needs no council named
VETO_POWERS = {"USA", "RUS", "CHN", "GBR", "FRA"}
UN_NAMED = re.compile(r"\b(?:Security Council|United Nations|UN|U\.N\.)\b")


def vetoed_body(trigger: Token, actor1: Optional[Actor]) -> Optional[Actor]:
    """"vetoed a draft resolution calling for ...", "a draft resolution ... was vetoed by X": a veto on a
    resolution is cast in the UN Security Council, the body rejected (CAMEO codes it the UN's), when the UN is
    named or the vetoer holds a permanent seat, and no author of the resolution is named (a city council's)."""
    if trigger.lemma_.lower() != "veto" or trigger.pos_ != "VERB":
        return None
    if not UN_NAMED.search(sentence_of(trigger).text) and (actor1 is None or actor1.code.country not in VETO_POWERS):
        return None
    for text in (c for c in trigger.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        if prep_objects(text, ("of", "by")):
            continue  # "a resolution of the town council": that body's own
        if text.lemma_.lower() in VETOED_TEXTS or any(c.dep_ in ("compound", "amod") and c.lower_ == "draft"
                                                      for c in text.children):  # ("a draft text")
            span = text.doc[_first_word(text):text.i + 1]
            return Actor(text=span.text, start=span.start_char, end=span.end_char,
                         code=ActorCode(country="UN", role="IGO"))
    return None
