"""Which actor a phrase names: the actor at a token, coded through the actor dictionary.

A phrase is read with what stands beside it: "X and Y" is a compound actor (the first conjunct
that codes stands for it); an apposition or a relative clause ("the rebels, who control the
north") names the same actor; a pronoun is the actor before it (coref); a thing said or done by a
party stands for it ("turned down a French demand"); ground stands for whoever holds it ("rebel
districts"); a border for the neighbour beyond it.

An actor without a country takes it from a place or owner named with it ("security forces in
X", "X rebels", "their forces"). The places named in "in X" / "of X" phrases are read here too
(`named_place`), since the doer and target rules ask for them as well.
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

from .. import actors
from ..models import Actor, ActorCode
from ..nlp import dependency_tree, doc_memo, sentence_bounds, text_of
from .coref import antecedent, state_described
from .syntax import (MONEY_NOUNS, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, agent_of, prep_objects,
                     speaker_conjunct)
from .words import BORDER_LEMMAS, CIVIL_PROPERTY, COUNT_WORDS, PLACE_NOUNS


# Heads that name ground rather than a party: "rebel districts" targets the rebels who hold them.
TERRAIN_LEMMAS = {
    "district", "area", "neighbourhood", "neighborhood", "position", "town", "village", "city", "stronghold",
    "territory", "base", "camp", "enclave", "region", "quarter", "zone", "held", "outpost", "checkpoint",
    "post", "garrison", "barracks", "airbase", "bunker", "depot", "airfield", "arsenal",
}

# Prepositions of where something is or happens ("in X", "near Y")
SCENE_PREPS = {"in", "inside", "near", "outside", "around", "at", "across", "through"}

# Prepositions of a place that locates ground ("villages in X", "a camp near Y"; not "a zone around X", which it bounds)
LOCATING_PREPS = ("in", "near", "outside")


def _prep_on(node: Token, phrase: Token) -> str:
    """The preposition on `node` whose phrase `phrase` is in."""
    while phrase.head.i != node.i and phrase.head.i != phrase.i:
        phrase = phrase.head
    return phrase.lower_


# Weapons and strikes, whose owner named by an adjective is its armed forces when they act ("Russian
# missiles struck", "hit by an Israeli air strike"), its government otherwise (platforms: ARMED_PLATFORMS)
ARMED_THINGS = {"missile", "rocket", "shell", "strike", "airstrike", "mortar", "shelling", "bombardment", "bombing",
                "raid", "offensive", "incursion", "fire", "barrage", "aircraft", "plane", "attack", "assault"}

# Military platforms and units: a state's are its military whether they act or are hit ("fired at an
# American destroyer"), unlike its acts ("condemned the American strike": the state's)
ARMED_PLATFORMS = {"drone", "warplane", "jet", "bomber", "helicopter", "gunship", "tank", "warship", "submarine", "destroyer",
                   "frigate", "cruiser", "carrier", "patrol", "troop", "unit", "battalion", "brigade", "artillery"}

# Nouns of trade in goods, whose goods' nationality names the party traded with ("imports of Georgian wine")
TRADE_NOUNS = {"import", "imports", "export", "exports", "sale", "sales", "purchase", "shipment", "shipments", "delivery",
               "deliveries", "supply", "supplies", "transit", "trade"}

# Ground held by armed forces: its owner is a military.
MILITARY_SITES = {"base", "outpost", "position", "garrison", "barracks", "checkpoint", "stronghold", "post", "airbase", "bunker",
                  "depot", "airfield", "arsenal"}

# Heads that name members of a group: the group, when named after "of" or "from", says who they are
# ("officials from both Sudans", "inspectors from the OPCW", "mediators from ECOWAS").
GROUP_HEADS = {"leader", "member", "official", "representative", "spokesman", "spokeswoman", "head", "chief", "supporter",
               "delegation", "delegate", "mediator", "inspector", "monitor", "observer", "envoy", "negotiator", "investigator",
               "expert", "team", "mission"}

# Accords and meetings, often named after the city they were made or held in ("the Lima accord", "the
# Vienna talks"): such a name is the venue, no party
VENUE_NAMED = {"agreement", "accord", "accords", "treaty", "pact", "protocol", "declaration", "convention", "communique",
               "memorandum", "charter", "deal", "process", "talks", "conference", "summit", "framework", "format", "understanding"}

# A person's bodies that stand for the person who holds them ("his office", "her campaign")
OWNED_BODIES = {"office", "campaign", "cabinet", "administration", "aides", "camp"}

# The people an international or non-governmental body sends ("its researchers", "their delegates"): they act for it
BODY_STAFF = {"researcher", "delegate", "delegation", "staff", "staffer", "inspector", "expert", "monitor", "observer",
              "investigator", "worker", "team", "envoy", "official", "representative", "mission", "doctor", "volunteer"}
# Roles of the bodies whose staff so stand for them
STAFFED_ROLES = {"NGO", "IGO"}


def _coded_code(code) -> bool:
    return bool(code.role or code.country)


def _coded(actor: Optional[Actor]) -> Optional[Actor]:
    return actor if actor is not None and (actor.code.role or actor.code.country) else None


def actor_at(token: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """The actor named by the phrase headed by `token`, if the dictionary knows what it is.

    "X and Y" codes as its first conjunct that the dictionary knows; an apposition stands in for
    an unknown head ("Mr Smith, the army chief"); a pronoun is resolved to the actor before it.
    Memoised per doc: every trigger of a sentence reads the same phrases. The Actor returned is shared:
    callers re-code it by copy (actors.with_role/with_country, model_copy), never in place."""
    return shared_actor_at(token, country_hint)


def shared_actor_at(token: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """`actor_at` without the copy, for callers that only test or read the actor: the object is the
    doc's memo, shared, and must not be changed or kept in an event (a pydantic copy per test costs)."""
    cache = doc_memo(token.doc, "sitrep_actor_at")
    key = (token.i, country_hint)
    found = cache.get(key, _UNSEEN)
    if found is _UNSEEN:
        found = cache[key] = _find_actor_at(token, country_hint)
    return found


_UNSEEN = object()  # (None is a memoised answer: no actor)


def _find_actor_at(token: Token, country_hint: Optional[str]) -> Optional[Actor]:
    if token.pos_ == "PRON" or token.tag_ in ("WP", "WDT"):
        if token.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and token.head.dep_ == "relcl" and (
                token.tag_ in ("WP", "WDT") or token.lower_ in ("who", "which", "that")):
            return actor_at(token.head.head, country_hint)  # "the rebels, who control ...": the rebels
        return antecedent(token, country_hint)
    described = state_described(token, country_hint)
    if described is not None:
        return described
    first = titled_pair(token)
    if first is not None:  # "President X and opposition leader Y": the first titled person
        actor = _coded(actors.actor_for(first[0], country_hint))
        if actor is not None:
            return actor
    crew = _crew_of_state_craft(token)
    if crew is not None:
        return crew
    for candidate in _same_referent(token):
        actor = _one_actor_at(candidate, country_hint)
        if actor is not None:
            return actor
    return None


# The people aboard a craft, and the craft a state sends (not an airline's or a trawler: CIVIL_CRAFT_WORDS)
CREW_HEADS = {"crew", "crewman", "crewmen", "crewmember", "pilot", "sailor", "member", "airman"}
STATE_CRAFT = ARMED_PLATFORMS | {"plane", "aircraft", "ship", "vessel", "boat", "airplane", "craft"}
CIVIL_CRAFT_WORDS = {"airliner", "airline", "passenger", "cargo", "commercial", "fishing", "merchant", "private", "civilian",
                     "charter", "freight", "trawler", "tanker", "ferry", "yacht"}


def _crew_of_state_craft(token: Token) -> Optional[Actor]:
    """"the pilots of a Ukrainian helicopter", "sailors of a Chinese vessel": the people aboard a craft named by
    its state (no airline's or trader's) are that state's military, as its aircraft and ships are."""
    if token.lemma_.lower() not in CREW_HEADS:
        return None
    head = token
    if head.lemma_.lower() == "member":  # "crew members of ..."
        if not any(c.dep_ == "compound" and c.lemma_.lower() == "crew" for c in head.children):
            return None
    for craft in prep_objects(head, ("of", "aboard", "on")):
        words = {t.lemma_.lower() for t in craft.subtree}
        if craft.lemma_.lower() not in STATE_CRAFT or words & CIVIL_CRAFT_WORDS:
            continue
        for mod in (c for c in craft.children if c.dep_ in ("amod", "compound", "nmod", "poss")):
            country = state_country(actors.code_actor(mod.text).country)
            if country:
                start = head.left_edge.i
                while start < head.i and head.doc[start].pos_ in ("DET", "NUM"):
                    start += 1
                span = head.doc[start:craft.i + 1]
                return Actor(text=span.text, start=span.start_char, end=span.end_char, code=ActorCode(country=country, role="MIL"))
    return None


def titled_pair(name: Token) -> Optional[tuple[Token, Token]]:
    """"President X and opposition leader Y", which the small parser reads as one name whose modifier is
    "President X and opposition leader": (the first person's head, the second's title), or None."""
    if name.pos_ != "PROPN":
        return None
    for mod in name.lefts:
        if mod.dep_ not in ("nmod", "compound") or mod.pos_ != "PROPN" or not any(c.dep_ == "cc" for c in mod.children):
            continue
        title = next((c for c in mod.children if c.dep_ == "conj" and c.i > mod.i), None)
        if title is not None and title.pos_ in ("NOUN", "PROPN") and \
                actors.code_actor(name.doc[title.left_edge.i:title.i + 1].text).role is not None:
            return mod, title
    return None


def _same_referent(token: Token) -> Iterable[Token]:
    """The head, its appositions, then its conjuncts ("Hungary and Romania")."""
    yield token
    # children, labels and tags by index from the doc's table: `Token.children` builds a Token per child
    doc = token.doc
    tree = dependency_tree(doc)
    deps, pos, children = tree.deps, tree.pos, tree.children
    for child in children[token.i]:
        if deps[child] == "appos":
            yield doc[child]
    node = token.i
    for _ in range(4):
        node = next((c for c in children[node] if deps[c] == "conj" and pos[c] in ("NOUN", "PROPN")), None)
        if node is None or speaker_conjunct(conj := doc[node]):
            break
        yield conj


def _one_actor_at(token: Token, country_hint: Optional[str]) -> Optional[Actor]:
    lemma = token.lemma_.lower()  # (read once: each read of a Token attribute looks its string up again)
    if token.pos_ == "NUM" and (counted := prep_objects(token, ("of",))):
        return actor_at(counted[0], country_hint)  # "freed 20 of the captured soldiers": the soldiers
    if lemma in MONEY_NOUNS and (goods := [p for p in prep_objects(token, ("of",)) if p.pos_ == "NOUN"]):
        return actor_at(goods[0], country_hint)  # "tariffs on 50 billion dollars of X goods": the goods
    if lemma in OWNED_BODIES:
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None:  # "his ministry was ready to hand over ...": the office is its holder's
            return antecedent(owner, country_hint)
    if lemma in BODY_STAFF:
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        body = antecedent(owner, country_hint) if owner is not None else None
        if body is not None and body.code.role in STAFFED_ROLES:  # "Oxfam said its staff met ...": Oxfam
            return body
    if lemma == "state" and (token.dep_ == "compound" or prep_objects(token, ("of",))):
        return None  # "a state visit", "the state of emergency" name no government
    if lemma in BORDER_LEMMAS:  # "its border with Syria", "the Ukrainian border": the neighbour
        neighbour = _modifier_actor(token, country_hint, ("amod", "compound", "nmod", "poss"), ("with",), adjective_needs_country=True)
        if neighbour is not None and neighbour.code.role is None and state_country(neighbour.code.country):
            # "sent tanks to the Bolivian frontier": the state beyond it, not its ground
            neighbour = actors.with_role(neighbour, "GOV")
        return neighbour
    # "rebel districts" / "opposition-held areas": the party is the modifier, not the ground.
    if lemma in TERRAIN_LEMMAS:
        # "Pakistani militant positions" read together; "positions of X", "camp for X"
        owner = _premodifier_actor(token, country_hint) or _whole_holder(token, country_hint) or _modifier_actor(
            token, country_hint, ("amod", "compound", "nmod", "poss"), ("of", "for")) or _holder_of_ground(token, country_hint)
        if owner is not None and owner.code.role is None and lemma in MILITARY_SITES:
            # "a Russian air base", "an Israeli outpost": a state's military site stands for its forces
            owner = actors.with_role(owner, "MIL")
        if owner is not None and owner.code.role in ("REB", "INS"):
            # "PKK camps in northern Iraq", "rebel positions around X": rebels are coded where they operate
            country = _place_country(token, (*LOCATING_PREPS, "around")) or (
                _place_country(token.head, (*LOCATING_PREPS, "around")) if token.dep_ in OBJECT_DEPS else None)  # "bombed PKK camps in Iraq"
            if country is not None:
                owner = actors.with_country(owner, country)
        preps = ("of",) if any(c.dep_ == "poss" for c in token.children) else ("of", *LOCATING_PREPS)  # (a possessor says whose)
        if owner is None and (place := named_place(token, preps)) is not None:
            # "districts of Kenya's Turkana county", "the outskirts of X", "villages in Y", "a camp near Z": ground of a
            # place is that place's country's; the ground is what is named (the place only locates it), and the place
            # locating it beats the gazetteer's guess for its own name ("the town of X in Y")
            named = _prep_on(token, place[0]) == "of"
            located = named_place(token, LOCATING_PREPS) if named and preps != ("of",) else None
            end = max([token.i] + [n.i for n in prep_objects(token, ("of",)) if n.pos_ == "PROPN"])  # "the town of X"
            span = token.doc[token.left_edge.i:(place[0].i if named else end) + 1]
            owner = Actor(text=span.text, start=span.start_char, end=span.end_char,
                          code=ActorCode(country=located[1] if located else place[1]))
        if owner is None and not token.ent_type_ and (country := _modifier_place_country(token)) is not None:
            # "left Manas air base", "the Mazar airfield": ground named by its place is that place's country's
            # (not a name the head is part of: "the Green Zone")
            span = token.doc[token.left_edge.i:token.i + 1]
            owner = Actor(text=span.text, start=span.start_char, end=span.end_char, code=ActorCode(country=country))
        return owner
    actor = _coded(actors.actor_for(token, country_hint))
    if actor is not None and actor.code.country is None and lemma in GROUP_HEADS:
        # "leaders of the opposition coalition", "members of the militia": the group says more
        actor = _modifier_actor(token, country_hint, (), ("of", "from")) or actor
    elif lemma == "member" and (body := _modifier_actor(token, country_hint, (), ("of",))) is not None and (
            body.code.role == "IGO" or body.code.country in ("UN", "INT")):
        # "expelled the American members of the UN monitoring team": they serve the international body
        actor = body
    # "the Soviet invasion of X": a thing named with a people the dictionary knows by name, and aimed at another
    # country's place, is that people's state's act, as "an American proposal" is (not the place's)
    owner_of_thing = actor is not None and actor.name is not None and actor.code.country and actor.code.role is None \
        and token.pos_ == "NOUN" and actor.start < token.idx and lemma not in COUNT_WORDS and \
        not _coded_code(actors.code_actor(token.text)) and \
        _place_country(token, ("in", "of", "from")) not in (None, actor.code.country)
    if owner_of_thing:
        actor = actors.with_role(actor, _owner_role(token, lemma, actor))
    if actor is None and token.pos_ == "NOUN":
        # a thing said or done by a party stands for it: "turned down a French demand", "North Korea's
        # demand", "an appeal from the president", "the release of the hostages"; its modifiers
        # read together first ("Israeli army bulldozers" -> the Israeli army)
        actor = _premodifier_actor(token, country_hint) or _led_by(token) or _modifier_actor(
            token, country_hint, ("poss", "amod", "compound", "nmod"), ("by", "from", "of"), adjective_needs_country=True,
            venue_named=lemma in VENUE_NAMED)
        if actor is None:  # "abuses committed by Chadian militias", "the plan drawn up by X": the doer of the thing
            tree = dependency_tree(token.doc)  # (children by index: a Token only for a clause)
            for acl in (c for c in (token.doc[i] for i in tree.children[token.i] if tree.deps[i] == "acl") if c.tag_ == "VBN"):
                doer = agent_of(acl)
                actor = _coded(actors.actor_for(doer, country_hint)) if doer is not None else None
                if actor is not None:
                    break
        if actor is None and lemma in TRADE_NOUNS:
            # "banned imports of Moldovan apples", "the sale of American jets": the goods' country
            for goods in (p for p in prep_objects(token, ("of",)) if p.pos_ == "NOUN"):
                actor = _modifier_actor(goods, country_hint, ("amod", "compound", "nmod"), (), adjective_needs_country=True)
                if actor is not None:
                    break
        # "thousands of Kurds", "dozens of villagers": a count of people is those people, not their thing
        owner_of_thing = actor is not None and not actor.start <= token.idx < actor.end and \
            lemma not in COUNT_WORDS
        # (a demonym the tagger took for a place comes back as a government: "Ukrainian" drones)
        bare = actor is not None and actor.code.role is None or (
            actor is not None and actor.code.role == "GOV" and actor.name is None and actors.code_actor(actor.text).role is None)
        if owner_of_thing and actor.code.country and bare:
            # "an American proposal", "the Israeli request": a state's act is its government's;
            # "Palestinian homes", "Iraqi towns": a people's property and ground are its public's
            # weapons that act ("Russian missiles struck", "hit by an Israeli air strike") are the forces'
            role = _owner_role(token, lemma, actor)
            if _people_by_trade(token) and actor.start < token.idx and \
                    not any(t.dep_ == "cc" for t in token.doc[token.left_edge.i:token.i]):
                # (not "Russian and Kazakh specialists": two states' people working together are their states')
                # the people are the actor, named by their whole phrase: "Peruvian scientists" (CVL, as the
                # dictionary codes people named by their trade)
                role, end = "CVL", token.idx + len(token.text)
                actor = actor.model_copy(update={"text": text_of(token.doc)[actor.start:end], "end": end})
            actor = actors.with_role(actor, role)
    if actor is not None and (actor.code.country is None or actor.code.role is None) and not (
            owner_of_thing and actor.code.country):  # "the American strike in Baghdad" stays American
        # "security forces in Guinea", "opposition groups in Zimbabwe": the place gives the country;
        # so it does for a people ("ethnic Albanians in Serbia"), coded, as CAMEO does, where they live
        country = _place_country(token, ("in", "of", "from"))
        if country is None and actor.code.country is None:
            country = _possessor_country(token, country_hint) or _modifier_place_country(token)
        if country is not None:
            actor = actors.with_country(actor, country)
    return actor


def _owner_role(token: Token, lemma: str, owner: Actor) -> str:
    """The role of a state or people named as a thing's owner: a state's act is its government's; a people's
    property and ground its public's ("Palestinian homes"); weapons that act its forces' ("Russian missiles struck")."""
    acting = token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.lower_ == "by")
    return "CVL" if lemma in CIVIL_PROPERTY or _people_named(token, owner) else \
        "MIL" if lemma in ARMED_PLATFORMS or (lemma in ARMED_THINGS and acting) else "GOV"


# Participles that name who leads or authored a thing ("the Saudi-led coalition", "a US-drafted deal"); not who
# backs or trains it ("US-backed rebels" are the rebels)
AUTHORING_PARTICIPLES = {"led", "brokered", "drafted", "sponsored", "proposed", "authored", "mediated", "imposed",
                         "written"}
# Of these, the ones that also say who backs a body of men: a text or plan so named is its author's, a group is not
# ("a state-sponsored militia" is the militia)
BACKING_PARTICIPLES = {"sponsored", "proposed"}
# Bodies of people a state may sponsor without being them
SPONSORED_GROUPS = {"group", "faction", "proxy", "outfit", "movement", "network", "cell", "organisation",
                    "organization", "army", "force", "militia", "militiaman", "rebel", "fighter", "insurgent",
                    "guerrilla", "militant", "gunman", "paramilitary", "separatist", "mercenary", "brigade"}

# Bodies of armed men a state leads ("a French-led force", "the Saudi-led coalition"): its military
LED_FORCES = {"coalition", "force", "forces", "troops", "mission", "operation", "offensive", "campaign", "alliance"}


def _led_by(token: Token) -> Optional[Actor]:
    """"the Saudi-led coalition", "a US-drafted deal", "a Russian-brokered truce": the state or body named before
    a leading or authoring participle (which the parser hangs on the noun, with the name under it)."""
    doc = token.doc
    tree = dependency_tree(doc)  # (children by index: no Token per child)
    for mod in tree.children[token.i]:
        if mod > token.i or tree.deps[mod] != "amod" or tree.lowers[mod] not in AUTHORING_PARTICIPLES:
            continue
        if tree.lowers[mod] in BACKING_PARTICIPLES and tree.lemmas[token.i] in SPONSORED_GROUPS:
            continue
        for name in (c for c in tree.children[mod] if c < mod and tree.pos[c] in ("PROPN", "NOUN", "ADJ")):
            span = doc[doc[name].left_edge.i:name + 1]
            code = actors.code_actor(span.text)
            if not code.country:
                continue
            if state_country(code.country):
                role = "MIL" if tree.lemmas[token.i] in LED_FORCES or tree.lemmas[token.i] in ARMED_PLATFORMS else "GOV"
                code = ActorCode(country=code.country, role=role)
            return Actor(text=span.text, start=span.start_char, end=span.end_char, code=code)
    return None


def _people_named(thing: Token, owner: Actor) -> bool:
    """Whether a thing's owner is a people named by its plural demonym after "of" ("the safety of 400 Bolivians",
    "the plight of the Kurds"): its public, not its government (a people's own demand may be its leaders')."""
    word = next((t for t in thing.subtree if t.idx == owner.start and t.idx + len(t.text) == owner.end), None)
    return word is not None and word.tag_ in ("NNS", "NNPS") and word.lower_.endswith("s") and \
        word.lemma_.lower() not in COUNT_WORDS and word.dep_ == "pobj" and word.head.lower_ == "of"


def _people_by_trade(token: Token) -> bool:
    """Whether a plural noun the dictionary does not know names people by what they do ("Chilean
    scientists", "Kenyan technicians"): a demonym on them gives their country, not their government."""
    word = token.lower_
    return token.tag_ == "NNS" and len(word) > 6 and word.endswith(("ists", "ians"))


# Places people live in, whose harm is done to their people whoever holds them
SETTLEMENTS = {"town", "city", "village", "capital", "port", "camp", "settlement"}

# Participles that say who holds ground ("rebel-held", "Kurdish-controlled", "army-occupied")
HOLDING_PARTICIPLES = {"held", "controlled", "occupied", "run", "dominated"}


def _holder_of_ground(token: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """"rebel-held districts": the holder named before a holding participle the parser split off (a town so held
    is still the town: harm to a town so held is harm to its people)."""
    if token.lemma_.lower() in SETTLEMENTS:
        return None
    for participle in (c for c in token.lefts if c.dep_ == "amod" and c.lower_ in HOLDING_PARTICIPLES):
        actor = _modifier_actor(participle, country_hint, ("npadvmod", "compound", "amod", "nmod"), ())
        if actor is not None:
            return actor
    return None


def _whole_holder(token: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """"Malian rebel-held areas": the words before a holding participle, read together, when they name both a
    country and a role (one by one, the demonym would name the state)."""
    if token.lemma_.lower() in SETTLEMENTS:
        return None
    doc = token.doc
    for participle in (c for c in token.lefts if c.dep_ == "amod" and c.lower_ in HOLDING_PARTICIPLES):
        start = token.left_edge.i
        while start < participle.i and doc[start].pos_ in ("DET", "NUM"):
            start += 1
        end = participle.i - 1 if doc[participle.i - 1].text == "-" else participle.i
        if end - start < 2:
            continue
        names = doc[start:end]
        code = actors.code_actor(names.text, country_hint)
        if code.country and code.role:
            return Actor(text=names.text, start=names.start_char, end=names.end_char, code=code)
    return None


def _possessor_country(token: Token, country_hint: Optional[str]) -> Optional[str]:
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            owner = antecedent(child, country_hint)
            return owner.code.country if owner is not None else None
    return None


# capitalised words of an office's own name that are no place ("the Federal Government", "the Royal Army"),
# though a gazetteer holds towns so named
_STATE_WORDS = {"federal", "national", "royal", "central", "provisional", "interim", "transitional", "imperial", "union"}


def _modifier_place_country(token: Token) -> Optional[str]:
    """The country of a place naming a group: "Darfur rebels", "Tigray forces"."""
    for child in token.lefts:
        # the small parser often tags such a place ORG or NORP ("Tigray rebels")
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "PROPN" and \
                child.ent_type_ in ("GPE", "LOC", "ORG", "NORP") and child.lower_ not in _STATE_WORDS:
            country = actors.place_country(child.text)
            if country:
                return country
    return None


def _place_country(token: Token, preps) -> Optional[str]:
    found = named_place(token, preps)
    return found[1] if found else None


def named_place(token: Token, preps, scene: bool = False) -> Optional[tuple[Token, str]]:
    """A place named in a "in X" / "of X" phrase on `token` and its country, when the actor
    dictionary knows it ("in Serbia", "in Baghdad", "of the Syrian Golan"); for the `scene` of an act,
    also a town the small tagger took for a people or a person."""
    for pobj in prep_objects(token, preps):
        named = None
        noun = pobj
        if pobj.pos_ == "PROPN" and pobj.lemma_.lower() in PLACE_NOUNS and pobj.ent_type_ in ("GPE", "LOC", "FAC"):
            # "in Baghdad's Sadr City", "in Gaza City": a place noun in the name is part of it
            country = actors.place_country(pobj.doc[pobj.left_edge.i:pobj.i + 1].text)
            if country:
                return pobj, country
        if pobj.lemma_.lower() in PLACE_NOUNS:  # "in the southern city of Basra", "in the Odesa region"
            named = next((p for p in prep_objects(pobj, ("of",)) if p.pos_ == "PROPN"), None) or next(
                # (a name tagged a place but not a proper noun: "in X region")
                (c for c in pobj.children if c.dep_ == "compound" and (
                    c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "LOC"))), None)
            if named is None and [c.lower_ for c in pobj.children] == ["the"] and (before := _place_named_before(pobj)):
                return pobj, before  # "witnesses in Kharkiv said troops shelled districts of the city": Kharkiv's
            if named is None and pobj.pos_ == "NOUN" and (within := named_place(pobj, ("in",), scene)) is not None:
                return within  # "torched houses in a village in X region": the unnamed place is in X
            pobj = named or pobj
        if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in TERRAIN_LEMMAS | PLACE_NOUNS | {"soil", "airspace", "water", "waters"}:
            # "inside Eritrean territory", "in Syrian airspace", "in Nepal's Karnali province": the modifier's country
            country = next((c for c in (state_country(actors.code_actor(m.text).country) for m in pobj.lefts
                                        if m.dep_ in ("amod", "compound", "poss") and m.pos_ in ("ADJ", "PROPN")) if c), None)
            if country:
                return pobj, country
        if pobj.pos_ != "PROPN" and pobj.ent_type_ not in ("GPE", "LOC"):
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in pobj.children):
            # "to its east coast": the owner's ground, not a namesake in the gazetteer
            country = _possessor_country(pobj, None)
            if country:
                return pobj, country
            continue
        text = pobj.doc[pobj.left_edge.i:pobj.i + 1].text
        # "in the Malian district of Kidal": the adjective's country first
        country = modifier_country(named.head.head) if named is not None and named.dep_ == "pobj" else None
        # the gazetteer only for what the parser takes for a place, or what "the city of" names:
        # "of John Smith" is no place
        country = country or (actors.place_country(text) if pobj.ent_type_ in ("GPE", "LOC", "FAC") or named is not None
                              else state_country(actors.code_actor(text).country))
        if scene and not country and pobj.ent_type_ in ("NORP", "PERSON", "ORG") and pobj.head.lower_ in SCENE_PREPS and \
                actors.is_city(text):
            # "clashed with militants in X": a town the small tagger took for a people or a person, where it happened
            country = actors.place_country(text)
        if not country and noun.lemma_.lower() in PLACE_NOUNS:
            # "in Yemen's Saada province": the state that owns the place when its own name is unknown
            country = next((c for c in (state_country(actors.code_actor(o.text).country) for o in noun.children
                                        if o.dep_ == "poss") if c), None)
        if country:
            return pobj, country
    return None


def _place_named_before(noun: Token) -> Optional[str]:
    """The country of the nearest place named before a bare "the city" / "the town" in its sentence."""
    for token in reversed(noun.doc[sentence_bounds(noun.doc, noun.i)[0]:noun.i]):
        # (a place the tagger missed still stands after "in": "doctors in Mariupol said ...")
        if token.pos_ == "PROPN" and (token.ent_type_ in ("GPE", "LOC") and token.ent_iob_ == "B" or (
                token.dep_ == "pobj" and token.head.lower_ == "in")):
            end = token.i
            while end + 1 < noun.i and noun.doc[end + 1].ent_iob_ == "I":
                end += 1
            country = actors.place_country(noun.doc[token.i:end + 1].text)
            if country:
                return country
    return None


def modifier_country(noun: Token) -> Optional[str]:
    """The state a place noun's modifiers name, read together then one by one ("the Sri Lankan town",
    "the West Bank city", "the Ukrainian village"): it beats the gazetteer's guess for the name after it."""
    mods = [m for m in noun.lefts if m.dep_ in ("amod", "compound", "nmod") and m.pos_ in ("ADJ", "PROPN")]
    if not mods:
        return None
    doc = noun.doc
    together = state_country(actors.code_actor(doc[min(m.left_edge.i for m in mods):noun.i].text).country)
    return together or next((c for c in (state_country(actors.code_actor(m.text).country) for m in mods) if c), None)


def state_country(country: Optional[str]) -> Optional[str]:
    """`country` unless it is the UN's or "international" code, which names no state."""
    return country if country not in ("UN", "INT") else None


def _premodifier_actor(token: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """The actor named by a thing's pre-modifiers read as one phrase ("Israeli army" in "Israeli
    army bulldozers"), when there are several of them and they name both a country and a role."""
    doc = token.doc
    tree = dependency_tree(doc)  # (the left children by index: `token.lefts` builds a Token per child)
    mods = [c for c in tree.children[token.i] if c < token.i and tree.deps[c] in ("amod", "compound", "nmod")
            and tree.pos[c] in ("PROPN", "NOUN", "ADJ")]
    if len(mods) < 2:
        return None
    span = doc[doc[mods[0]].left_edge.i:token.i]
    code = actors.code_actor(span.text, country_hint)
    if code.country and code.role:
        return Actor(text=span.text, start=span.start_char, end=span.end_char, code=code)
    return None


def _modifier_actor(token: Token, country_hint: Optional[str], deps, preps,
                    adjective_needs_country: bool = False, venue_named: bool = False) -> Optional[Actor]:
    tree = dependency_tree(token.doc)  # (the left children by index: `token.lefts` builds a Token per child)
    for child in (token.doc[c] for c in tree.children[token.i]
                  if c < token.i and tree.deps[c] in deps and tree.pos[c] in ("PROPN", "NOUN", "ADJ")):
        if venue_named and child.dep_ == "compound" and child.pos_ == "PROPN" and actors.is_city(child.text):
            continue  # "the Lima accord", "the Vienna talks": the city they were held in is no party to them
        if child.dep_ == "compound" and child.pos_ == "NOUN" and not _coded_code(actors.code_actor(f"{child.text} {token.text}")):
            continue  # "a school bus" is no school's: the pair names no actor (actors.yaml no_role)
        actor = actors.actor_for(child, country_hint)
        if actor is None:
            # an adjective ("rebel", "Kurdish-held", "Indian") is no noun phrase of its own: code the word itself
            code = actors.code_actor(child.text, country_hint)
            # "military aid", "official protest": a role adjective on a thing names no party
            if code.country or (code.role and not adjective_needs_country):
                actor = Actor(text=child.text, start=child.idx, end=child.idx + len(child.text), code=code)
        if _coded(actor) is not None:
            return actor
    for pobj in prep_objects(token, preps):
        if pobj.pos_ in ("PROPN", "NOUN"):
            actor = _coded(actors.actor_for(pobj, country_hint))
            if actor is not None:
                return actor
    return None
