"""Who did it and to whom: the doer (actor1) and the done-to (actor2) of a trigger, from the
dependency parse, coded through the actor dictionary; and which trigger is a sentence's main event.

The argument rules follow the mechanics an event coder such as PETRARCH applies: the subject
of an active verb is the source and its object the target; a passive's agent ("by ...") is the
source and its subject the target; a subject shared by conjoined or controlled verbs ("troops
advanced and entered", "rebels agreed to withdraw") belongs to each of them; "X and Y" is a
compound actor (the first conjunct that codes stands for it); an apposition or a relative clause
("the rebels, who control the north"; "militants who stormed the base") names the same actor; a
pronoun is the nearest subject named before it that agrees in kind ("it" is no president);
nominal triggers take possessors, modifiers and "by"/"of"/"between" phrases.

Targets follow CAMEO coding conventions: the recipient of the action ("granted asylum to X",
"sanctions on X", "talks with X"), whom a demand is made of ("demanded that X ...", "X must ..."),
the object of a complement or purpose clause ("agreed to release X", "a strike to protest X's
decision"), the giver of what is received ("received aid from X" is X's act); a candidate that
names a country wins over a role-only one ("sent troops to X"); with no party acted upon, the
country the action happens in (or is aimed at: "fired at targets in X"); a threat is aimed at
the subject of its condition ("... unless X withdraws"); forces a state sends are its own, not
the target ("deployed troops to its border with X": X).

An actor without a country takes it from a place or owner named with it ("security forces in
X", "X rebels", "their forces"); with no story hint, from the country its sentence names most
(a government meeting or aiding another is not given the other's). CAMEO conventions for
peoples: "ethnic X" are coded where they live, and a people named by its demonym ("Kurds",
"Palestinians") is the public of its country (CVL).

CAMEO and PLOVER gold-standard conventions for who is missing from the syntax: an attack with no
doer named ("a roadside bomb killed", "was shot dead in X") is by unidentified armed forces (UAF)
of the country it happens in; harm done to a place ("shelled Kharkiv", "a curfew in Jammu") is
done to its people (CVL); a protest aimed at no one named is aimed at the government where it
happens; a concession with no protesters named yields to the conceding side's public; a threat
or an offer is aimed at whom its condition is set on.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional

from spacy.tokens import Span as SpacySpan, Token

from . import actors
from .eventtypes import TriggerType, event_type, lexicon, rallied_against, trigger_type, typed_triggers
from .models import Actor, ActorCode

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "dative"}
# Prepositions whose object is the target of an action ("fired on", "clashed with", "attack against",
# "appealed to", "withdrew from").
TARGET_PREPS = ("against", "on", "upon", "at", "with", "to", "into", "toward", "towards", "from", "over")
# Verbs whose clausal complement carries the action, not the verb itself: their subject is the
# complement's subject ("rebels agreed to withdraw") and their object may be its target.
CONTROL_DEPS = {"xcomp", "conj", "advcl"}
# Heads that name ground rather than a party: "rebel districts" targets the rebels who hold them.
TERRAIN_LEMMAS = {
    "district", "area", "neighbourhood", "neighborhood", "position", "town", "village", "city", "stronghold",
    "territory", "base", "camp", "enclave", "region", "quarter", "zone", "held", "outpost", "checkpoint",
    "post", "garrison", "barracks", "airbase", "bunker", "depot", "airfield", "arsenal",
}
# Things put to a party, whose author a "by" phrase names: "backed a proposal by France"
PROPOSALS = {"proposal", "plan", "offer", "initiative", "invitation", "resolution", "demand", "call", "request",
             "motion", "draft", "bid", "overture", "scheme", "roadmap", "formula", "ultimatum", "peace plan"}
# Sums a noun trigger is counted in: "400 million dollars in military aid", "tons of food aid".
MONEY_NOUNS = {"dollar", "euro", "pound", "yen", "franc", "rupee", "riyal", "yuan", "million", "billion", "ton", "tonne",
               "worth", "package", "sum", "amount", "tranche", "shipment", "consignment"}
# Nouns of acts with no one acted upon, whose "of X" is the doer: "the withdrawal of Serbian forces",
# "the resignation of the president", "a visit of the emir".
INTRANSITIVE_NOUNS = {"resignation", "withdrawal", "retreat", "surrender", "visit", "trip", "departure", "arrival",
                      "pullout", "walkout", "protest", "strike", "march", "rally", "demonstration", "uprising",
                      "mobilization", "mobilisation", "deployment", "redeployment", "advance", "flight", "exodus", "exit",
                      "abdication", "return", "escape", "defection", "mutiny", "revolt"}
# Weapons and strikes, whose owner named by an adjective is its armed forces when they act ("Russian
# missiles struck", "hit by an Israeli air strike"), its government otherwise (platforms: ARMED_PLATFORMS)
ARMED_THINGS = {"missile", "rocket", "shell", "strike", "airstrike", "mortar", "shelling", "bombardment", "bombing",
                "raid", "offensive", "incursion", "fire", "barrage", "aircraft", "plane", "attack", "assault"}
# Seats of power a protest held at is aimed at ("outside the British embassy", "at parliament")
PROTESTED_SEATS = {"embassy", "consulate", "mission", "parliament", "ministry", "palace", "residence", "headquarters", "office"}
# Military platforms and units: a state's are its military whether they act or are hit ("fired at an
# American destroyer"), unlike its acts ("condemned the American strike": the state's)
ARMED_PLATFORMS = {"drone", "warplane", "jet", "bomber", "helicopter", "gunship", "tank", "warship", "submarine", "destroyer",
                   "frigate", "cruiser", "carrier", "patrol", "troop", "unit", "battalion", "brigade", "artillery"}
# Nouns of trade in goods, whose goods' nationality names the party traded with ("imports of Georgian wine")
TRADE_NOUNS = {"import", "imports", "export", "exports", "sale", "sales", "purchase", "shipment", "shipments", "delivery",
               "deliveries", "supply", "supplies", "transit", "trade"}
# Nouns of an intent or decision whose "to" clause says what its owner will do.
INTENT_NOUNS = {"readiness", "willingness", "intention", "intent", "plan", "decision", "desire", "determination",
                "commitment", "pledge", "promise", "offer", "bid", "resolve", "refusal", "attempt", "effort", "threat"}
# Nouns that count or measure an event: "a round of talks", "a wave of arrests", "a series of raids".
MEASURE_NOUNS = {"round", "series", "wave", "spate", "string", "bout", "flurry", "burst", "campaign", "day", "week",
                 "month", "night", "hour", "number", "cycle", "resumption", "start", "continuation"}
# Nouns of "in protest against X", "in response to X", "in retaliation for X".
PROTEST_NOUNS = {"protest", "response", "retaliation", "reprisal", "solidarity", "defiance"}
# Heads that name a border: troops sent to a border face the country beyond it.
BORDER_LEMMAS = {"border", "frontier", "boundary", "borderland"}
# Ground held by armed forces: its owner is a military.
MILITARY_SITES = {"base", "outpost", "position", "garrison", "barracks", "checkpoint", "stronghold", "post", "airbase", "bunker",
                  "depot", "airfield", "arsenal"}
# Verbs of saying: not events themselves, and their complement is what is said.
REPORTING_LEMMAS = {
    "say", "tell", "report", "add", "state", "announce", "claim", "note", "explain", "quote", "confirm", "write",
    "declare", "insist", "believe", "think", "know", "acknowledge", "indicate", "suggest", "reveal", "disclose",
    "charge", "allege",
}
# Heads that name one person (for pronoun agreement: "it" is no president).
PERSON_TITLES = {"president", "minister", "leader", "official", "spokesman", "spokeswoman", "spokesperson", "king", "queen",
                 "emir", "prince", "general", "commander", "governor", "mayor", "ambassador", "envoy", "secretary",
                 "chancellor", "premier", "chief", "judge", "prosecutor", "activist", "man", "woman"}
# Types of mutual acts: "X and Y agreed" is an agreement of X with Y.
MUTUAL_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE"}
# Verbs of receiving: "X received aid from Y" is Y's aid to X (CAMEO codes the giver as source).
RECEIVING_LEMMAS = {"receive", "get", "obtain", "accept", "secure", "win"}
# Nouns whose "of" phrase names the place: "the city of Kirkuk", "the province of Aceh".
PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "port", "island", "state"}
# Heads that name members of a group: the group, when named after "of", says who they are.
GROUP_HEADS = {"leader", "member", "official", "representative", "spokesman", "spokeswoman", "head", "chief", "supporter",
               "delegation", "delegate"}
MUST_AUX = {"must", "should", "ought"}
# Prepositions of what an action is aimed at ("fired at", "shelling on", "raids against").
AIMED_PREPS = ("at", "on", "upon", "against")
# Pronouns that stand for an actor named earlier (not "it" of weather or "there").
ACTOR_PRONOUNS = {"he", "she", "they", "it", "we", "his", "her", "their", "its", "our", "who", "which", "that"}
# How far back a pronoun may look for what it stands for, in sentences.
_COREF_SENTENCES = 2


def _coded(actor: Optional[Actor]) -> Optional[Actor]:
    return actor if actor is not None and (actor.code.role or actor.code.country) else None


def _actor_at(token: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """The actor named by the phrase headed by `token`, if the dictionary knows what it is.

    "X and Y" codes as its first conjunct that the dictionary knows; an apposition stands in for
    an unknown head ("Mr Smith, the army chief"); a pronoun is resolved to the actor before it.
    Memoised per doc: every trigger of a sentence reads the same phrases (callers get a copy)."""
    cache = token.doc.user_data.setdefault("sitrep_actor_at", {})
    key = (token.i, country_hint)
    if key not in cache:
        cache[key] = _find_actor_at(token, country_hint)
    found = cache[key]
    return found.model_copy() if found is not None else None


def _find_actor_at(token: Token, country_hint: Optional[str]) -> Optional[Actor]:
    if token.pos_ == "PRON" or token.tag_ in ("WP", "WDT"):
        return _antecedent(token, country_hint)
    for candidate in _same_referent(token):
        actor = _one_actor_at(candidate, country_hint)
        if actor is not None:
            return actor
    return None


def _same_referent(token: Token) -> Iterable[Token]:
    """The head, its appositions, then its conjuncts ("Hungary and Romania")."""
    yield token
    for child in token.children:
        if child.dep_ == "appos":
            yield child
    node = token
    for _ in range(4):
        conj = next((c for c in node.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
        if conj is None:
            break
        yield conj
        node = conj


def _one_actor_at(token: Token, country_hint: Optional[str]) -> Optional[Actor]:
    if token.lemma_.lower() == "state" and (token.dep_ == "compound" or _prep_objects(token, ("of",))):
        return None  # "a state visit", "the state of emergency" name no government
    # "rebel districts" / "opposition-held areas": the party is the modifier, not the ground.
    if token.lemma_.lower() in BORDER_LEMMAS:  # "its border with Syria", "the Ukrainian border": the neighbour
        return _modifier_actor(token, country_hint, ("amod", "compound", "nmod", "poss"), ("with",), adjective_needs_country=True)
    if token.lemma_.lower() in TERRAIN_LEMMAS:
        owner = _modifier_actor(token, country_hint, ("amod", "compound", "nmod"), ("of", "for"))  # "positions of X", "camp for X"
        if owner is not None and owner.code.role is None and token.lemma_.lower() in MILITARY_SITES:
            # "a Russian air base", "an Israeli outpost": a state's military site stands for its forces
            owner = owner.model_copy(update={"code": owner.code.model_copy(update={"role": "MIL"})})
        if owner is not None and owner.code.role in ("REB", "INS"):
            # "PKK camps in northern Iraq": rebels are coded where they operate
            country = _place_country(token, ("in",)) or (
                _place_country(token.head, ("in",)) if token.dep_ in OBJECT_DEPS else None)  # "bombed PKK camps in Iraq"
            if country is not None:
                owner = owner.model_copy(update={"code": owner.code.model_copy(update={"country": country})})
        return owner
    actor = _coded(actors.actor_for(token, country_hint))
    if actor is not None and actor.code.country is None and token.lemma_.lower() in GROUP_HEADS:
        # "leaders of the opposition coalition", "members of the militia": the group says more
        actor = _modifier_actor(token, country_hint, (), ("of",)) or actor
    owner_of_thing = False
    if actor is None and token.pos_ == "NOUN":
        # a thing said or done by a party stands for it: "rejected a U.S. request", "North Korea's
        # demand", "an appeal from the president", "the release of the hostages"; its modifiers
        # read together first ("Israeli army bulldozers" -> the Israeli army)
        actor = _premodifier_actor(token, country_hint) or _modifier_actor(
            token, country_hint, ("poss", "amod", "compound", "nmod"), ("by", "from", "of"), adjective_needs_country=True)
        if actor is None:  # "crimes committed by Croat forces", "the plan drawn up by X": the doer of the thing
            for acl in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                doer = _agent(acl)
                actor = _coded(actors.actor_for(doer, country_hint)) if doer is not None else None
                if actor is not None:
                    break
        if actor is None and token.lemma_.lower() in TRADE_NOUNS:
            # "banned imports of Georgian wine", "the sale of American jets": the goods' country
            for goods in (p for p in _prep_objects(token, ("of",)) if p.pos_ == "NOUN"):
                actor = _modifier_actor(goods, country_hint, ("amod", "compound", "nmod"), (), adjective_needs_country=True)
                if actor is not None:
                    break
        # "thousands of Kurds", "dozens of villagers": a count of people is those people, not their thing
        owner_of_thing = actor is not None and not actor.start <= token.idx < actor.end and \
            token.lemma_.lower() not in _COUNT_WORDS
        # (a demonym the tagger took for a place comes back as a government: "Ukrainian" drones)
        bare = actor is not None and actor.code.role is None or (
            actor is not None and actor.code.role == "GOV" and actor.name is None and actors.code_actor(actor.text).role is None)
        if owner_of_thing and actor.code.country and bare:
            # "an American proposal", "the Israeli request": a state's act is its government's;
            # "Palestinian homes", "Iraqi towns": a people's property and ground are its public's
            lemma = token.lemma_.lower()
            # weapons that act ("Russian missiles struck", "hit by an Israeli air strike") are the forces'
            acting = token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.lower_ == "by")
            role = "CVL" if lemma in CIVIL_PROPERTY else \
                "MIL" if lemma in ARMED_PLATFORMS or (lemma in ARMED_THINGS and acting) else "GOV"
            actor = actor.model_copy(update={"code": actor.code.model_copy(update={"role": role})})
    if actor is not None and (actor.code.country is None or actor.code.role is None) and not (
            owner_of_thing and actor.code.country):  # "the American strike in Baghdad" stays American
        # "security forces in Guinea", "opposition groups in Zimbabwe": the place gives the country;
        # so it does for a people ("ethnic Albanians in Serbia"), coded, as CAMEO does, where they live
        country = _place_country(token, ("in", "of", "from"))
        if country is None and actor.code.country is None:
            country = _possessor_country(token, country_hint) or _modifier_place_country(token)
        if country is not None:
            actor = actor.model_copy(update={"code": actor.code.model_copy(update={"country": country})})
    return actor


def _possessor_country(token: Token, country_hint: Optional[str]) -> Optional[str]:
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            owner = _antecedent(child, country_hint)
            return owner.code.country if owner is not None else None
    return None


def _modifier_place_country(token: Token) -> Optional[str]:
    """The country of a place naming a group: "Darfur rebels", "Tigray forces"."""
    for child in token.lefts:
        # the small parser often tags such a place ORG or NORP ("Tigray rebels")
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "PROPN" and \
                child.ent_type_ in ("GPE", "LOC", "ORG", "NORP"):
            country = actors.place_country(child.text)
            if country:
                return country
    return None


def _place_country(token: Token, preps) -> Optional[str]:
    found = _place(token, preps)
    return found[1] if found else None


def _place(token: Token, preps) -> Optional[tuple[Token, str]]:
    """A place named in a "in X" / "of X" phrase on `token` and its country, when the actor
    dictionary knows it ("in Serbia", "in Baghdad", "of the Syrian Golan")."""
    for pobj in _prep_objects(token, preps):
        named = None
        if pobj.lemma_.lower() in PLACE_NOUNS:  # "in the northern city of Kirkuk", "in the Odesa region"
            named = next((p for p in _prep_objects(pobj, ("of",)) if p.pos_ == "PROPN"), None) or next(
                (c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
            pobj = named or pobj
        if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in TERRAIN_LEMMAS | PLACE_NOUNS | {"soil", "airspace", "water", "waters"}:
            # "inside Eritrean territory", "in Syrian airspace": the adjective's country
            country = next((c for c in (_nonempty(actors.code_actor(m.text).country) for m in pobj.lefts
                                        if m.dep_ in ("amod", "compound") and m.pos_ in ("ADJ", "PROPN")) if c), None)
            if country:
                return pobj, country
        if pobj.pos_ != "PROPN" and pobj.ent_type_ not in ("GPE", "LOC"):
            continue
        text = pobj.doc[pobj.left_edge.i:pobj.i + 1].text
        # the gazetteer only for what the parser takes for a place, or what "the city of" names:
        # "of John Smith" is no place
        country = actors.place_country(text) if pobj.ent_type_ in ("GPE", "LOC", "FAC") or named is not None else \
            _nonempty(actors.code_actor(text).country)
        if country is None and named is not None:  # "in the Ukrainian town of Vuhledar": the adjective's country
            country = next((c for c in (_nonempty(actors.code_actor(m.text).country) for m in named.head.head.lefts
                                        if m.dep_ in ("amod", "compound")) if c), None)
        if country:
            return pobj, country
    return None


def _nonempty(country: Optional[str]) -> Optional[str]:
    return country if country not in ("UN", "INT") else None


def _premodifier_actor(token: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """The actor named by a thing's pre-modifiers read as one phrase ("Israeli army" in "Israeli
    army bulldozers"), when there are several of them and they name both a country and a role."""
    mods = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("PROPN", "NOUN", "ADJ")]
    if len(mods) < 2:
        return None
    doc = token.doc
    span = doc[mods[0].left_edge.i:token.i]
    code = actors.code_actor(span.text, country_hint)
    if code.country and code.role:
        return Actor(text=span.text, start=span.start_char, end=span.end_char, code=code)
    return None


def _modifier_actor(token: Token, country_hint: Optional[str], deps, preps,
                    adjective_needs_country: bool = False) -> Optional[Actor]:
    for child in token.lefts:
        if child.dep_ not in deps or child.pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue
        actor = actors.actor_for(child, country_hint)
        if actor is None:
            # an adjective ("rebel", "Kurdish-held", "Indian") is no noun phrase of its own: code the word itself
            code = actors.code_actor(child.text, country_hint)
            # "military aid", "official protest": a role adjective on a thing names no party
            if code.country or (code.role and not adjective_needs_country):
                actor = Actor(text=child.text, start=child.idx, end=child.idx + len(child.text), code=code)
        if _coded(actor) is not None:
            return actor
    for pobj in _prep_objects(token, preps):
        if pobj.pos_ in ("PROPN", "NOUN"):
            actor = _coded(actors.actor_for(pobj, country_hint))
            if actor is not None:
                return actor
    return None


def _antecedent(pronoun: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """What a pronoun stands for: a relative pronoun's noun, else the nearest actor named before it
    in its own or the previous sentences (the subject of the previous clause, most often)."""
    if pronoun.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and pronoun.head.dep_ == "relcl":
        return _actor_at(pronoun.head.head, country_hint)
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
    actor = best.actor.model_copy()  # cached actors are shared by every pronoun of the doc
    if actor.code.country is None:
        # "Bolivia said its troops ... their withdrawal": a role-only antecedent belongs to the
        # country named before it
        owner = next((a.actor for a in reversed(found[:found.index(best)]) if a.actor.code.country), None)
        if owner is not None:
            actor = actor.model_copy(update={"code": actor.code.model_copy(update={"country": owner.code.country})})
    return actor


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
        self.sent_starts = [s.start for s in doc.sents]
        self._sentence_heads: dict[int, tuple[list[int], list[int]]] = {}
        self._entities: Optional[list[tuple[int, int, str]]] = None
        self._array_head = doc._get_array_attrs()
        self._array = None
        self._actors: dict = {}  # (token index, country hint) -> candidate or None

    @classmethod
    def of(cls, doc) -> "_CorefFacts":
        facts = doc.user_data.get("sitrep_coref")
        if facts is None or facts.doc is not doc:
            facts = doc.user_data["sitrep_coref"] = cls(doc)
        return facts

    def _as_doc(self, start: int, end: int):
        if self._array is None:
            self._array = self.doc.to_array(self._array_head)
        # as_doc rewrites the heads of its array slice in place: give it a copy of the cached array
        return self.doc[start:end].as_doc(array_head=self._array_head, array=self._array.copy())

    def _heads_of_sentence(self, start: int) -> tuple[list[int], list[int]]:
        """Roots of the noun chunks and of the actor-typed entities of the sentence at `start`."""
        if start not in self._sentence_heads:
            doc = self.doc
            k = self.sent_starts.index(start)
            end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(doc)
            chunks = [doc[a:b].root.i for a, b, _ in doc.noun_chunks_iterator(doc[start:end])]
            if self._entities is None:
                self._entities = [(e.start, e.end, e.label_) for e in doc.ents]
            entities = [doc[a:b].root.i for a, b, label in self._entities
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
        cuts = [s for s in self.sent_starts if start <= s <= cut]
        if any(self.doc[s].ent_iob_ == "I" for s in cuts):  # an entity crosses a cut: copy the whole window
            window_doc = self._as_doc(start, end)
            offset = self.doc[start].idx
            return [_candidate(window_doc, a, offset) for a in actors.find_actors(window_doc, country_hint)]
        cut_doc = self._as_doc(cut, end) if end > cut else None
        whole = [self._heads_of_sentence(s) for s in cuts[:-1]]
        # the head set is built in the same order and window offsets as find_actors builds it, so
        # that it iterates in the same order (which decides ties between same-span candidates)
        chunk_heads = [i - start for chunks, _ in whole for i in chunks]
        entity_heads = [i - start for _, entities in whole for i in entities]
        if cut_doc is not None:
            chunk_heads += [chunk.root.i + cut - start for chunk in cut_doc.noun_chunks]
            entity_heads += [ent.root.i + cut - start for ent in cut_doc.ents if ent.label_ in actors.ACTOR_ENTITY_LABELS]
        heads = set(chunk_heads)
        heads |= set(entity_heads)
        offset = self.doc[cut].idx
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
    local = (actor.start - offset, actor.end - offset)
    return _Candidate(actor, _is_person(doc, *local), _is_subject(doc, *local))


def _is_person(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and (span.root.ent_type_ == "PERSON" or span.root.lemma_.lower() in PERSON_TITLES)


def _is_subject(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "X and Y said"
        root = root.head
    return root.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS


def _first(tokens, deps) -> Optional[Token]:
    for tok in tokens:
        if tok.dep_ in deps:
            return tok
    return None


def _prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    wanted = tuple(preps)
    out = []
    for child in token.children:
        # "granted asylum to X" parses "to" as a dative
        if child.dep_ in ("prep", "dative") and child.lower_ in wanted:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    out.sort(key=lambda t: wanted.index(t.head.lower_))
    return out


def _agent(token: Token) -> Optional[Token]:
    for child in token.children:
        if child.dep_ == "agent":
            return _first(child.children, {"pobj"})
    # the small parser sometimes hangs a passive's "by X" as a plain preposition
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                return _first(child.children, {"pobj"})
    return None


def _headless_participle(trigger: Token) -> bool:
    """"Iraqi forces massed on the border": a sentence with no verb of its own but a participle on
    its root noun is a misparsed clause, whose noun is the doer (with "by X" it is a caption: done-to)."""
    return (trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.dep_ == "ROOT"
            and trigger.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "agent" or c.lower_ == "by" for c in trigger.children))


def _subject_candidates(trigger: Token) -> list[Token]:
    """Possible heads of the doer, best first."""
    out: list[Token] = []
    agent = _agent(trigger)
    if agent is not None:
        out.append(agent)
    elif _headless_participle(trigger):
        out.append(trigger.head)
    elif trigger.pos_ == "VERB" and _first(trigger.children, PASSIVE_SUBJECT_DEPS) is not None:
        # "civilians were killed when government aircraft bombed a market": the doer of the "when" act
        for clause in trigger.children:
            if clause.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after")
                                              for m in clause.children) \
                    and trigger_type(clause) is not None:
                out.extend(c for c in clause.children if c.dep_ in SUBJECT_DEPS)
        # "were killed in an air strike by government forces": the means' author did it
        for means in _prep_objects(trigger, ("in", "during", "by")):
            out.extend(_prep_objects(means, ("by",)))
    verb = trigger
    for _ in range(4):
        children = list(verb.children)
        passive = _first(children, PASSIVE_SUBJECT_DEPS)
        subject = _first(children, SUBJECT_DEPS) or _stance_subject(verb)
        if subject is not None:
            out.append(subject)
            break
        if passive is not None and verb.i != trigger.i and verb.dep_ != "conj":
            break  # "talks were held to ..." : the governing verb's patient is no doer
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.i == trigger.i:
            out.append(verb.head)  # "militants who stormed the base" (no relative pronoun parsed)
            if verb.head.dep_ == "attr":  # "India was the first country to recognise X": India
                out.extend(c for c in verb.head.head.children if c.dep_ in SUBJECT_DEPS)
            break
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            intent = verb.head
            if intent.lemma_.lower() in INTENT_NOUNS:
                # "expressed its readiness to resume talks", "the government's decision to withdraw": whose intent
                out.extend(c for c in intent.children if c.dep_ == "poss")
                if intent.dep_ in ("dobj", "obj") and intent.head.i != intent.i:
                    out.extend(_subject_candidates(intent.head))
            elif verb.tag_ != "VBN" or _misattached_verb(verb):
                out.append(verb.head)  # "soldiers deploying in the city"
                if verb.head.dep_ == "attr":  # "India was the first country to recognise X": India
                    out.extend(c for c in verb.head.head.children if c.dep_ in SUBJECT_DEPS)
            break
        if verb.dep_ in CONTROL_DEPS | {"acomp"} and verb.head.i != verb.i:
            verb = verb.head
            if passive is None and verb.pos_ in ("NOUN", "PROPN"):
                break
            continue
        break
    if not out and trigger.pos_ == "VERB" and trigger.dep_ == "ROOT" and trigger.i > trigger.sent.start:
        # a main verb left with no subject by the parser ("Following talks in X, Y's president and the
        # rebel leader agreed"): the noun phrase right before it, from its first conjunct
        before = trigger.doc[trigger.i - 1]
        if before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("appos", "conj", "pobj", "dobj"):
            while before.dep_ == "conj" and before.head.i < before.i:
                before = before.head
            out.append(before)
    if trigger.pos_ in ("NOUN", "PROPN"):
        # "Russian air strikes", "the regime's offensive", "an attack by rebels", "clashes between X and Y"
        out.extend(_prep_objects(trigger, ("by", "between")))
        for child in trigger.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.pos_ in {"PROPN", "NOUN", "ADJ", "PRON"}:
                out.append(child)
        phrase = _noun_phrase_head(trigger)  # "a mediation mission": the mission's
        if phrase.dep_ in ("dobj", "obj") and _receives(phrase.head):
            out.extend(_prep_objects(phrase.head, ("from",)))  # "X received aid from Y": Y gave it
        elif phrase.dep_ in ("dobj", "obj"):  # "rebels launched an attack", "the two sides held talks"
            out.extend(_subject_candidates(phrase.head))
        elif phrase.dep_ == "pobj" and phrase.head.lower_ in ("on", "for", "as", "under") and phrase.head.head.pos_ == "VERB":
            # "arrived on a visit", "went on strike", "placed X under house arrest"
            out.extend(_subject_candidates(phrase.head.head))
        elif phrase.dep_ == "pobj" and phrase.head.lower_ == "in" and (
                _is_protest(trigger) or phrase.head.head.lemma_.lower() in ("take", "part", "participate", "join")):
            # "workers stayed away in a general strike", "troops took part in the exercise": who acts
            holder = phrase.head.head
            if holder.lemma_.lower() == "part" and holder.head.pos_ == "VERB":
                holder = holder.head
            if holder.pos_ == "VERB":
                out.extend(_subject_candidates(holder))
        if trigger.lemma_.lower() in INTRANSITIVE_NOUNS:
            # "the resignation of the president was announced": who resigns, after whoever
            # carries it out ("the US sped up the withdrawal of its forces")
            out.extend(_prep_objects(trigger, ("of",)))
    return out


def _is_protest(token: Token) -> bool:
    kind = trigger_type(token)
    return kind is not None and kind.plover_type == "PROTEST"


# Participles that say what state their subject is in, not what was done to it: "X is committed to
# talks", "Y was engaged in fighting", "Z is prepared to withdraw" (X, Y, Z act).
STANCE_PARTICIPLES = {"commit", "engage", "involve", "prepare", "determine", "resolve", "dedicate", "poise", "bind"}


def _stance_subject(verb: Token) -> Optional[Token]:
    """The grammatical subject of a stance participle with no "by" agent, or None."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in STANCE_PARTICIPLES or _agent(verb) is not None:
        return None
    return _first(verb.children, PASSIVE_SUBJECT_DEPS)


# Conjunctions of a condition: "threatened to strike unless X withdraws" is aimed at X.
CONDITION_MARKS = {"unless", "if", "until"}


def _condition_subjects(trigger: Token) -> list[Token]:
    """Subjects of the conditions set on a threat, on the trigger or its complement ("threatened to
    cut aid unless the junta frees ..." is a threat to the junta)."""
    out = []
    governors = []  # "is prepared to reopen ... if X guarantees": the condition hangs on "prepared"
    node = trigger
    while node.dep_ in ("xcomp", "acomp") and node.head.i != node.i and len(governors) < 2:
        node = node.head
        governors.append(node)
    for verb in [trigger, *(c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")), *governors]:
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
                out.extend(c for c in clause.children if c.dep_ in SUBJECT_DEPS)
    return out


def _receives(verb: Token) -> bool:
    """A verb of receiving with a giver named: the action is the giver's, the receiver its target."""
    return verb.lemma_.lower() in RECEIVING_LEMMAS and bool(_prep_objects(verb, ("from",)))


def _noun_phrase_head(noun: Token) -> Token:
    """The head of the noun compound a noun trigger modifies ("mediation" in "a mediation effort"), or
    of the measure it is counted by ("a new round of talks", "a wave of arrests")."""
    for _ in range(4):
        if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MEASURE_NOUNS:
            noun = noun.head.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") and noun.head.head.lemma_.lower() in MONEY_NOUNS:
            noun = noun.head.head  # "announced 400 million dollars in military aid"
        else:
            break
    return noun


def _target_candidates(trigger: Token, subject: Optional[Token]) -> list[Token]:
    """Possible heads of the done-to, best first."""
    children = list(trigger.children)
    out: list[Token] = []
    passive = _first(children, PASSIVE_SUBJECT_DEPS)
    if passive is not None and _stance_subject(trigger) is None:
        out.append(passive)
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ in ("NOUN", "PROPN") and \
            not _headless_participle(trigger) and not _misattached_verb(trigger):
        out.append(trigger.head)  # "civilians killed by the strike"
    demanded = _demanded_clause(trigger)
    if demanded is not None:  # "X said Y must release ...": Y is asked to act
        out.extend(c for c in demanded.children if c.dep_ in SUBJECT_DEPS)
    out.extend(_objects_and_recipients(trigger))
    out.extend(c for c in children if c.dep_ == "attr")
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.lemma_.lower() in DEMAND_WORDS:
        # "its demand that the army release ...", "reiterated its call today that X ...": who is asked
        clauses = [c for c in children if c.dep_ in ("acl", "relcl", "ccomp")]
        if trigger.dep_ in ("dobj", "obj"):
            clauses += [c for c in trigger.head.children if c.dep_ == "ccomp"]
        out.extend(s for c in clauses for s in c.children if s.dep_ in SUBJECT_DEPS)
    if trigger.pos_ in ("NOUN", "PROPN"):
        if trigger.lemma_.lower() in INTRANSITIVE_NOUNS:  # "the withdrawal of X from Y": Y
            out.extend(_prep_objects(trigger, ("from", "to", "against", "into", "between")))
        else:
            out.extend(_prep_objects(trigger, ("of", "between", "among")))
            # "sanctions against Russia", "aid to Ukraine", "relief for Pakistan", "talks with X"
            out.extend(_prep_objects(trigger, TARGET_PREPS + ("for",)))
        # "a suspension of air links with Serbia": whom the thing acted upon is shared with
        out.extend(p for o in _prep_objects(trigger, ("of",)) if o.pos_ == "NOUN" for p in _prep_objects(o, TARGET_PREPS))
        phrase = _noun_phrase_head(trigger)
        if phrase.i != trigger.i:  # "a mediation effort between X and Y"
            out.extend(_prep_objects(phrase, TARGET_PREPS + ("between", "among")))
        if phrase.dep_ in ("dobj", "obj") and _receives(phrase.head):
            out.extend(_subject_candidates(phrase.head))  # "X received aid from Y": X got it
        elif phrase.dep_ in ("dobj", "obj"):  # "launched an attack on ...": the verb's "on" phrase
            out.extend(_prep_objects(phrase.head, TARGET_PREPS))
        elif phrase.dep_ == "pobj" and phrase.head.lower_ in ("as", "under") and phrase.head.head.pos_ == "VERB":
            # "held villagers as human shields": the verb's object is what the act is done to
            out.extend(c for c in phrase.head.head.children if c.dep_ in OBJECT_DEPS)
    # "demanded that X release ...": who is asked; "agreed to help the refugees", "urged to
    # release", "threatened to break relations with X": the complement's object or recipient
    for child in children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            if child.dep_ == "ccomp":
                out.extend(c for c in child.children if c.dep_ in SUBJECT_DEPS)
            out.extend(_objects_and_recipients(child))
    # "a hunger strike in protest against X's decision", "rallied in protest at Y": what is protested
    holders = [trigger, *(c for c in children if c.dep_ in OBJECT_DEPS)] + (
        [_noun_phrase_head(trigger).head] if trigger.pos_ in ("NOUN", "PROPN") and _noun_phrase_head(trigger).dep_ in ("dobj", "obj") else [])
    for protest in (p for h in holders for p in _prep_objects(h, ("in",)) if p.lemma_.lower() in PROTEST_NOUNS):
        out.extend(_prep_objects(protest, ("against", "at", "of", "over", "to")))
    # "massed troops near / along the Ukrainian border": the border names whom the act faces
    # (also "moved tanks closer to X's border", where the phrase hangs on "closer")
    out.extend(b for h in [trigger, *(c for c in children if c.dep_ == "advmod")]
               for b in _prep_objects(h, ("near", "along", "toward", "towards", "across", "on", "to"))
               if b.lemma_.lower() in BORDER_LEMMAS)
    # "protested outside the British embassy": a protest at a state's mission or seat is aimed at its owner
    if _is_protest(trigger):
        out.extend(p for p in _prep_objects(trigger, ("outside", "at", "near", "before", "in"))
                   if p.lemma_.lower() in PROTESTED_SEATS)
    # "mobilized reservists for a war against X", "massed troops for an offensive on X": the fight
    # the act is for is aimed at X
    for purpose in (p for h in [trigger, *(c for c in children if c.dep_ in OBJECT_DEPS)] for p in _prep_objects(h, ("for",))):
        if purpose.pos_ == "NOUN" and trigger_type(purpose) is not None:  # "visited X for talks with Y" too
            out.extend(_prep_objects(purpose, ("against", "on", "upon", "with")))
    # "began a hunger strike to protest X's decision", "rallied to demand Y's resignation": the
    # purpose names whom the action is aimed at
    holders = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and _noun_phrase_head(trigger).dep_ in ("dobj", "obj"):
        holders.append(_noun_phrase_head(trigger).head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("advcl", "acl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                out.extend(_objects_and_recipients(child))
    # between X and Y: the second party is the target when the first is the source; so for
    # "X and Y agreed / met / signed" (a mutual act) when nothing else is its target
    if subject is not None:
        out = [t for t in out if t.i != subject.i]
        kind = trigger_type(trigger)
        partners = [c for c in subject.children if c.dep_ == "conj"]
        if trigger.pos_ in ("NOUN", "PROPN") and kind is not None and kind.plover_type in MUTUAL_TYPES:
            out = partners + out  # "Egypt, Sudan and Ethiopia resumed negotiations on the dam": the partners first
        elif trigger.pos_ in ("NOUN", "PROPN") or (kind is not None and kind.plover_type in MUTUAL_TYPES):
            out.extend(partners)
    return out


def _objects_and_recipients(verb: Token) -> list[Token]:
    """A verb's objects, then who its action is aimed at: "granted asylum to X", "imposed sanctions
    on X", "fired at X", "broke relations with X" (the phrase hangs on the verb or its object)."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    out = list(objects)
    # "filed a complaint against X at the court": what the thing is against beats where it is done
    out.extend(p for o in objects for p in _prep_objects(o, ("against",)))
    out.extend(_prep_objects(verb, TARGET_PREPS))
    # "kidnapped up to 16 advisers": the small parser hangs the counted object on the particle
    for particle in (c for c in verb.children if c.dep_ == "prt"):
        out.extend(_prep_objects(particle, ("to",)))
    if not objects:  # "denounced as a crime X's bombing of ...": the object after "as"
        objects = [p for p in _prep_objects(verb, ("as",)) if p.pos_ == "NOUN"]
        out.extend(objects)
    if verb.lemma_.lower() in ("participate", "join", "engage") or any(o.lemma_.lower() == "part" for o in objects):
        out.extend(_prep_objects(verb, ("in",)))  # "participated in the EU's operation", "took part in X"
    if verb.lemma_.lower() in ("deposit", "invest", "inject", "put"):  # "deposited two billion in X's central bank"
        out.extend(_prep_objects(verb, ("in", "into")))
    for obj in objects:
        if obj.lemma_.lower() == "part":  # "take part in X"
            out.extend(_prep_objects(obj, ("in",)))
        if obj.lemma_.lower() in MONEY_NOUNS or any(c.dep_ == "nummod" for c in obj.children):
            # "disbursed five billion euros in aid to Ukraine": the sum's aid is for whom
            out.extend(p for thing in _prep_objects(obj, ("in", "of")) for p in _prep_objects(thing, ("to", "for")))
        # a noun, or an adjective or participle used as one ("evacuated the wounded from X")
        if obj.pos_ == "NOUN" or (obj.pos_ in ("VERB", "ADJ") and any(c.dep_ == "det" for c in obj.children)):
            # "backed a proposal by France", "rejected a plan put forward by Brazil": whose the thing is
            # (before "for": "a proposal by X for Y")
            if obj.lemma_.lower() in PROPOSALS:
                out.extend(_prep_objects(obj, ("by",)))
                if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
                    out.extend(_prep_objects(verb, ("by",)))  # (the small parser hangs it on an active verb)
                out.extend(a for c in obj.children if c.dep_ == "acl" for a in [_agent(c) or _first(
                    [p for q in c.children if q.dep_ == "prep" and q.lower_ == "by" for p in q.children], {"pobj"})] if a is not None)
            # "ended mediation between X and Y", "showed disapproval for X's policies"
            out.extend(_prep_objects(obj, TARGET_PREPS + ("between", "among", "for")))
            # "welcomed the resumption of ties with X"
            for inner in _prep_objects(obj, ("of",)):
                if inner.pos_ == "NOUN":
                    out.extend(_prep_objects(inner, TARGET_PREPS))
    return out


def _demanded_clause(trigger: Token) -> Optional[Token]:
    """The verb of a "Y must do" clause reported by someone else ("X said Y must release ...",
    "X's reminder that Y must cooperate"), reached from the trigger through its complements, or None."""
    verb = trigger
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in MUST_AUX for c in verb.children):
            return verb if verb.dep_ in ("ccomp", "parataxis", "acl") and verb.head.i != verb.i else None
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _demander(clause: Token) -> Optional[Token]:
    """Who makes the demand of a "Y must" clause: the subject of the clause that reports it."""
    node = clause.head
    for _ in range(3):
        subject = _first(node.children, SUBJECT_DEPS)
        if subject is not None:
            return subject
        if node.head.i == node.i:
            break
        node = node.head
    return None


def participants(trigger: Token, country_hint: Optional[str] = None) -> tuple[Optional[Actor], Optional[Actor]]:
    """(actor1, actor2) of a trigger, each None when no phrase in its place names a known kind of actor.

    Of the target candidates, the first that names a country wins over role-only ones ("sent
    troops to Chad": Chad, not the troops), as a CAMEO coder codes the party acted upon."""
    actor1, actor2 = _participants(trigger, country_hint)
    sentence = trigger.sent
    if country_hint is None:  # no story around the sentence: a role-only actor is of the sentence's country
        kind = event_type(trigger)
        between_states = kind is not None and kind.plover_type in _BETWEEN_STATES
        # the victims of an attack or arrest are where it happens ("killed five civilians in the Ukrainian
        # town of X"); not so for a meeting's venue or a protest's street
        here = None
        if actor2 is not None and not actor2.code.country and kind is not None and kind.plover_type in ("ASSAULT", "COERCE"):
            # (also one step down: "killed twelve people in a residential building in Gaza City")
            here = _place(trigger, ("in", "at", "near")) or next(
                (p for site in _prep_objects(trigger, ("in", "at")) if site.pos_ == "NOUN"
                 for p in [_place(site, ("in", "of"))] if p is not None), None)
        actor1, actor2 = _with_country(actor1, _fill_country(sentence, actor1, actor2, between_states)), \
            _with_country(actor2, here[1] if here else _fill_country(sentence, actor2, actor1, between_states))
    return _people_as_civilians(_where_they_live(actor1, sentence), sentence), \
        _protested_place(_harmed_place(_people_as_civilians(_where_they_live(actor2, sentence), sentence), trigger),
                         trigger, country_hint)


_COUNT_WORDS = {"thousand", "hundred", "dozen", "ten", "million", "score", "group", "crowd", "number"}


def _people_as_civilians(actor: Optional[Actor], sentence: SpacySpan) -> Optional[Actor]:
    """A people named by its plural demonym ("Palestinians", "ethnic Albanians", "thousands of Kurds")
    is the public of its country: role CVL, as for protesters and residents."""
    if actor is None or actor.code.role is not None or not actor.code.country:
        return actor
    span = sentence.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span.start < sentence.start or span.end > sentence.end:
        return actor
    head = span.root
    if head.lemma_.lower() in _COUNT_WORDS:  # "thousands of Kurds"
        head = next(iter(_prep_objects(head, ("of",))), head)
    if head.tag_ not in ("NNS", "NNPS") or (head.ent_type_ != "NORP" and not actors.code_actor(head.text).country):
        return actor
    return actor.model_copy(update={"code": actor.code.model_copy(update={"role": "CVL"})})


# Types of acts that, between two governments, are between two countries ("the government thanked
# China", "the President met the South African leader"); not coercion, concessions or protest,
# which happen at home ("the king dismissed the government").
_BETWEEN_STATES = {"CONSULT", "COOPERATE", "AID", "SANCTION", "SUPPORT", "AGREE", "REQUEST", "REJECT", "ACCUSE", "THREATEN",
                   "MOBILIZE", "RETREAT", "ASSAULT"}


def _crowd(candidates: list[Token]) -> Optional[Actor]:
    """An unnamed crowd that protests ("Hundreds of thousands marched", "Thousands rallied") is the
    public (CVL), as CAMEO codes it."""
    for head in candidates:
        if head.dep_ in SUBJECT_DEPS and head.lemma_.lower() in _COUNT_WORDS | {"crowd", "people", "thousands"}:
            span = head.doc[head.left_edge.i:head.right_edge.i + 1]
            return Actor(text=span.text, start=span.start_char, end=span.end_char, code=ActorCode(role="CVL"))
    return None


def _fill_country(sentence: SpacySpan, actor: Optional[Actor], other: Optional[Actor], between_states: bool) -> Optional[str]:
    """The sentence's country for a role-only actor; in an act between states, a government acting on
    another government is of another country ("the President met the South African leader")."""
    if actor is None or actor.code.country:
        return None
    exclude = other.code.country if between_states and other is not None and actor.code.role == "GOV" and \
        other.code.role == "GOV" else None
    return sentence_country(sentence, exclude=exclude)


def _where_they_live(actor: Optional[Actor], sentence: SpacySpan) -> Optional[Actor]:
    """A people named as "ethnic X" is coded, as CAMEO does, by the country it lives in: the place
    the sentence names that is not X's own ("ethnic Albanians demonstrated in Serbia": SRB)."""
    if actor is None or not actor.code.country or "ethnic" not in actor.text.lower().split():
        return actor
    home = sentence_country(sentence, exclude=actor.code.country, places_only=True)
    if home is None:
        return actor
    return actor.model_copy(update={"code": actor.code.model_copy(update={"country": home})})


# Roles that belong to a country (not "IGO", "NGO"): a role-only actor of these takes the sentence's.
_DOMESTIC_ROLES = actors.DOMESTIC_ROLES | {"INS", "REF"}


# Words that say an actor is not of the country where it acts: "the international tribunal", "foreign troops".
_NOT_LOCAL = {"international", "foreign", "multinational", "regional", "global", "world", "un", "u.n.", "western"}


def _with_country(actor: Optional[Actor], country: Optional[str]) -> Optional[Actor]:
    if actor is None or country is None or actor.code.country or actor.code.role not in _DOMESTIC_ROLES or (
            _NOT_LOCAL & set(actor.text.lower().split())):
        return actor
    return actor.model_copy(update={"code": actor.code.model_copy(update={"country": country})})


def _participants(trigger: Token, country_hint: Optional[str]) -> tuple[Optional[Actor], Optional[Actor]]:
    actor1 = None
    subject_head = None
    demanded = _demanded_clause(trigger)
    candidates = _subject_candidates(trigger)
    if demanded is not None and (demander := _demander(demanded)) is not None:
        candidates.insert(0, demander)
    asked = _asked_of(trigger)
    if asked is not None and (demander := _demander(trigger)) is not None:
        candidates.insert(0, demander)  # "the ILO reiterated its demand that Israel ease ...": the ILO asks
    for head in candidates:
        actor1 = _actor_at(head, country_hint)
        if actor1 is not None:
            subject_head = head
            break
    kind = event_type(trigger)
    if kind is not None and kind.plover_type == "THREATEN" and _threat_suffered(trigger):
        # "Washington said Moscow would pay a heavy price": the speaker threatens, the one to pay is threatened
        speaker = _demander(trigger) if trigger.dep_ in ("ccomp", "parataxis") else None
        victim = next((c for c in trigger.children if c.dep_ in SUBJECT_DEPS), None)
        return (_actor_at(speaker, country_hint) if speaker is not None else None,
                _actor_at(victim, country_hint) if victim is not None else None)
    if actor1 is None and kind is not None and kind.plover_type == "PROTEST":
        actor1 = _crowd(candidates)
    if actor1 is None and kind is not None and kind.plover_type == "ASSAULT":
        actor1 = _unnamed_attacker(trigger, candidates, country_hint)
    if actor1 is not None and kind is not None and kind.plover_type in MUTUAL_TYPES | {"COOPERATE"}:
        # "Iranian and Iraqi ministers met", "German and Polish police launched joint patrols": the partner
        partner = _coordinated_partner(subject_head, actor1)
        if partner is not None:
            return actor1, partner
    role_only = None
    armed_words = lexicon().subject_words["armed"]
    # a threat, or an offer, is aimed at whoever its condition is set on ("... unless X withdraws",
    # "ready to reopen the crossing if the Afghan authorities guarantee security")
    conditions = _condition_subjects(trigger) if kind is not None and kind.plover_type in ("THREATEN", "AGREE") else []
    if asked is not None:
        conditions = [asked, *conditions]  # ... of Israel
    if kind is not None and kind.plover_type == "ACCUSE" and (rallied := rallied_against(trigger)) is not None:
        conditions = [rallied]  # "called on citizens to rise up against the regime": the regime
    held = []
    if kind is not None and kind.plover_type in JUDGED_HOLDING_TYPES and trigger.pos_ == "VERB":
        # "called for the release of X", "pressed for the extradition of X"
        held = [p for p in _prep_objects(trigger, ("for",)) if p.lemma_.lower() in HOLDING_ACTS]
    for head in [*conditions, *held, *_target_candidates(trigger, subject_head)]:
        if _sent_forces(head):
            continue  # "deployed peacekeepers in X", "mobilized reservists for a war against X": the forces are the doer's
        if kind is not None and kind.plover_type in JUDGED_HOLDING_TYPES and head.pos_ == "NOUN" and \
                head.lemma_.lower() in HOLDING_ACTS:
            holder = _holder(head, country_hint)
            if holder is not None and holder.code.country:  # "condemned the jailing of a Russian journalist": Russia's government
                return actor1, holder
            if holder is not None:
                role_only = role_only or holder  # "the release of protesters": the government, of the country named
                continue
        actor = _actor_at(head, country_hint)
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
        nodes += [p for o in nodes[1:] if o.pos_ == "NOUN" for p in _prep_objects(o, ("of",)) if p.pos_ == "NOUN"]
        nodes += _prep_objects(trigger, AIMED_PREPS)  # "fired at targets in Jericho": where the targets are
        # "threatened to impose a curfew in Algiers", "refused to deploy troops in Iraq": the act's place
        for comp in (c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            nodes += [comp, *(c for c in comp.children if c.dep_ in OBJECT_DEPS)]
        # "pulled out of villages in southern Lebanon", "withdrew from positions near X"
        nodes += [p for prt in [trigger, *(c for c in trigger.children if c.dep_ in ("prt", "advmod") or c.lower_ == "out")]
                  for p in _prep_objects(prt, ("of", "from")) if p.pos_ == "NOUN"]
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
            place = _object_place(obj, harmful)
            if place is not None:  # "visited Aden", "shelled Kherson", "bombed the town of X": the place is the object
                return actor1, place
        # "pulled its troops out of Cambodia", "pulled back from northern Iraq": the place left
        exits = [c for c in trigger.children if c.lower_ in ("out", "back", "away", "off")] if trigger.pos_ == "VERB" else []
        for preps, holders in ((("in", "into", "inside"), nodes), (("near", "outside", "around", "at", "from", "to"), nodes),
                               (("of", "from"), exits)):  # "in X" first
            for node in holders:
                place = _place(node, preps)
                if place is not None:
                    span = place[0].doc[place[0].left_edge.i:place[0].i + 1]
                    return actor1, Actor(text=span.text, start=span.start_char, end=span.end_char,
                                         code=ActorCode(country=place[1]))
    if role_only is None and kind is not None and kind.plover_type == "CONCEDE":
        yielded_to = _protesters(trigger, actor1, country_hint)
        if yielded_to is not None:
            return actor1, yielded_to
    if role_only is None:
        # "told Israeli leaders that Washington would provide ...", "assured Pakistan that it would ...":
        # a pledge or warning made to someone is aimed at them
        addressee = _addressee(trigger)
        if addressee is not None:
            actor = _actor_at(addressee, country_hint)
            if actor is not None and (actor1 is None or (actor.start, actor.end) != (actor1.start, actor1.end)):
                return actor1, actor
    return actor1, role_only


# Acts of a state on the people it holds: a protest at, a call for or a welcome of one ("condemned the
# jailing of X", "demanded the release of X", "rallied to protest the arrest of X") is aimed at the holder,
# as CAMEO codes it, not at the person held
HOLDING_ACTS = {"release", "detention", "arrest", "jailing", "imprisonment", "incarceration", "internment", "sentencing",
                "sentence", "conviction", "execution", "hanging", "flogging", "caning", "trial", "prosecution",
                "deportation", "abduction", "disappearance", "torture", "mistreatment", "expulsion", "extradition"}
JUDGED_HOLDING_TYPES = {"ACCUSE", "REQUEST", "SUPPORT", "PROTEST"}


def _holder(act: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """Who holds the people an act on them names: the doer "by X" (on the act or on the people:
    "civilians detained by the military"), else the government where it happens ("detained in
    Moscow"), else the people's own government."""
    people = [p for p in _prep_objects(act, ("of",))]
    holders = [act, *people, *(c for p in people for c in p.children if c.dep_ in ("acl", "relcl"))]
    for holder in holders:
        agent = _agent(holder)
        if agent is not None:
            actor = _actor_at(agent, country_hint)
            if actor is not None and actor.code.country:
                return actor
    for holder in holders:
        place = _place(holder, ("in", "at"))
        if place is not None:
            span = place[0].doc[place[0].left_edge.i:place[0].i + 1]
            return Actor(text=span.text, start=span.start_char, end=span.end_char,
                         code=ActorCode(country=place[1], role="GOV"))
    for person in people:
        actor = _actor_at(person, country_hint)
        if actor is not None:
            return actor.model_copy(update={"code": ActorCode(country=actor.code.country, role="GOV")})
    return None


# Types of harm done to a place: an attack on, or a curfew or siege of, a town is done to the people there
# (CAMEO codes such a target as the country's civilians); a withdrawal from it or a visit is not.
PLACE_HARM_TYPES = {"ASSAULT", "COERCE", "THREATEN"}
# Nouns of inhabited ground and civilian property, whose owner named by an adjective is its people
# ("Palestinian homes", "Iraqi towns"), not its government
CIVIL_PROPERTY = {"home", "house", "building", "property", "shop", "farm", "land", "orchard", "crop", "field", "apartment",
                  "dwelling", "hut", "tent", "village", "town", "city", "neighbourhood", "neighborhood", "suburb",
                  "market", "street", "road", "car", "vehicle", "bus", "boat", "airliner", "ferry", "train", "infrastructure",
                  "area", "quarter"}


def _object_place(obj: Token, harmful: bool) -> Optional[Actor]:
    """The place a verb's object names, as a target coded by its country: a place name ("shelled
    Kharkiv"), or a noun of a place with its name, its country's adjective or a place it is in ("the
    town of Adigrat", "the Azerbaijani town of Tartar", "villages in Tigray"); for harm done to a
    place whose name is unknown, the country the sentence is about."""
    doc = obj.doc
    if obj.pos_ == "PROPN" and obj.ent_type_ in ("GPE", "LOC", "FAC"):
        country = actors.place_country(doc[obj.left_edge.i:obj.i + 1].text)
        return _place_actor(doc[obj.left_edge.i:obj.i + 1], country) if country else None
    lemma = obj.lemma_.lower()
    if lemma not in PLACE_NOUNS and not (harmful and lemma in CIVIL_PROPERTY):
        return None
    for name in _prep_objects(obj, ("of",)):
        if name.pos_ == "PROPN":
            span = doc[obj.left_edge.i:name.i + 1]
            country = actors.place_country(doc[name.left_edge.i:name.i + 1].text)
            if country is None:
                country = next((c for c in (_nonempty(actors.code_actor(m.text).country) for m in obj.lefts
                                            if m.dep_ in ("amod", "compound")) if c), None)
            if country is None and harmful:
                country = sentence_country(obj.sent, places_only=True) or sentence_country(obj.sent)
            return _place_actor(span, country) if country else None
    return None


def _place_actor(span: SpacySpan, country: Optional[str]) -> Actor:
    return Actor(text=span.text, start=span.start_char, end=span.end_char, code=ActorCode(country=country))


# Means of an attack whose author the sentence does not name: "a roadside bomb killed ...",
# "were wounded when a bomb went off", "killed in an explosion"
ATTACK_MEANS = {"bomb", "bombing", "explosion", "blast", "device", "ied", "mine", "landmine", "grenade", "explosive",
                "attack", "ambush", "shooting", "gunfire", "booby", "car-bomb", "carbomb"}


def _unnamed_attacker(trigger: Token, candidates: list[Token], country_hint: Optional[str]) -> Optional[Actor]:
    """An attack done by a means with no author named ("a car bomb exploded", "killed by a roadside
    bomb") is coded, as CAMEO does, to unidentified armed forces (UAF) of the country it happens in."""
    heads = [*candidates, *_prep_objects(trigger, ("in", "by", "during", "from"))]
    for clause in (c for c in trigger.children if c.dep_ == "advcl"):  # "... when a bomb went off"
        heads.extend(c for c in clause.children if c.dep_ in SUBJECT_DEPS)
    means = next((h for h in heads if h.pos_ in ("NOUN", "PROPN") and h.lemma_.lower() in ATTACK_MEANS), None)
    if means is None:
        if not _agentless_attack(trigger):
            return None
        means = trigger  # "a minister was shot dead in Peshawar": the act stands for its unnamed doer
    span = means.doc[_first_word(means):means.i + 1] if means is not trigger else means.doc[means.i:means.i + 1]
    owner = _nonempty(actors.code_actor(span.text).country)
    if owner is not None:  # "US Predator attacks killed ...": a state's attack is its military's
        return Actor(text=span.text, start=span.start_char, end=span.end_char, code=ActorCode(country=owner, role="MIL"))
    # where it happened: a place named on the means or the act ("a roadside bombing near the town of
    # Samarra"), else the sentence's places, else its peoples
    place = _place(means, ("near", "in", "at", "outside")) or _place(trigger, ("near", "in", "at", "outside"))
    country = country_hint or (place[1] if place else None) or sentence_country(trigger.sent, places_only=True) or \
        sentence_country(trigger.sent)
    if country is None:
        return None
    return Actor(text=span.text, start=span.start_char, end=span.end_char, code=ActorCode(country=country, role="UAF"))


# Words whose "that" clause is what is demanded ("demanded that X ...", "its demand that X ...")
DEMAND_WORDS = {"demand", "call", "appeal", "request", "insistence", "ultimatum", "insist", "urge", "ask", "press"}


def _asked_of(trigger: Token) -> Optional[Token]:
    """The subject of a clause that is a demand's content ("its demand that Israel ease"), when the
    trigger is that clause's verb: the one asked, not the asker."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in ("ccomp", "acl", "relcl"):
        return None
    head = trigger.head
    if head.lemma_.lower() not in DEMAND_WORDS and not any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in DEMAND_WORDS for c in head.children):
        return None  # "demanded that X", "its demand that X", "reiterated its demand ... that X"
    kind, base = event_type(trigger), trigger_type(trigger)
    if kind is None or kind.plover_type != "REQUEST" or (base is not None and base.plover_type == "REQUEST"):
        return None
    return next((c for c in trigger.children if c.dep_ in SUBJECT_DEPS), None)


def _threat_suffered(trigger: Token) -> bool:
    """Threat idioms whose subject is the one threatened: "X would pay a price", "Y will face consequences"."""
    return trigger.lemma_.lower() in ("pay", "face") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("price", "consequence", "repercussion", "retaliation", "retribution")
        for c in trigger.children)


def _agentless_attack(trigger: Token) -> bool:
    """A passive attack with no doer named ("was shot dead", "was found murdered") or a foiled one
    ("an attempt to assassinate X was foiled")."""
    if trigger.pos_ != "VERB" or _agent(trigger) is not None:
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


def _harmed_place(actor: Optional[Actor], trigger: Token) -> Optional[Actor]:
    """A place harmed ("shelled Kharkiv", "imposed a curfew in Jammu", "would blockade Paris") stands
    for its people: CVL. A city named as the object of harm is the city, not the metonym for a
    government it is elsewhere ("Paris rejected ...")."""
    kind = event_type(trigger)
    if actor is not None and kind is not None and kind.plover_type == "CONSULT" and actor.code.country and \
            actor.code.role is None and actor.code.country not in ("UN", "INT"):
        # "travelled to Moscow for talks", "visited Aden": a place visited stands for its hosts
        return actor.model_copy(update={"code": actor.code.model_copy(update={"role": "GOV"})})
    if actor is None or kind is None or kind.plover_type not in PLACE_HARM_TYPES or not actor.code.country:
        return actor
    if actor.code.role == "GOV":
        base = trigger_type(trigger)
        harm = base is not None and base.plover_type in ("ASSAULT", "COERCE", "PROTEST")
        span = trigger.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if not harm or root is None or root.pos_ != "PROPN" or root.ent_type_ not in ("GPE", "LOC", "FAC") or \
                not actors.is_city(trigger.doc[root.left_edge.i:root.i + 1].text):
            return actor
    elif actor.code.role:
        return actor
    return actor.model_copy(update={"code": actor.code.model_copy(update={"role": "CVL"})})


def _protested_place(actor: Optional[Actor], trigger: Token, country_hint: Optional[str]) -> Optional[Actor]:
    """A protest is aimed at the authorities of where it happens ("marched in Tel Aviv against the
    reform", "went on strike in Seoul"): CAMEO codes its target as that country's government, when the
    report names no one protested against."""
    kind = event_type(trigger)
    if kind is None or kind.plover_type != "PROTEST":
        return actor
    if actor is not None and actor.code.role == "CVL" and actor.code.country:
        # "took to the streets of Nairobi": a place owning the streets is no people protested against
        span = trigger.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is not None and span.root.ent_type_ in ("GPE", "LOC"):
            return actor.model_copy(update={"code": actor.code.model_copy(update={"role": "GOV"})})
    if actor is not None and (actor.code.role or not actor.code.country):
        return actor
    if actor is not None:
        return actor.model_copy(update={"code": actor.code.model_copy(update={"role": "GOV"})})
    # the place named in the sentence stands for it (the authorities there)
    sentence = trigger.sent
    country = sentence_country(sentence, places_only=True)
    place = next((e for e in sentence.ents if e.label_ in ("GPE", "LOC") and actors.place_country(e.text) == country), None)
    if country is None or place is None or (country_hint is not None and country != country_hint):
        return None
    return Actor(text=place.text, start=place.start_char, end=place.end_char, code=ActorCode(country=country, role="GOV"))


# Verbs of going somewhere: a meeting one goes to is hosted at the destination
TRAVEL_LEMMAS = {"fly", "travel", "go", "come", "arrive", "head", "leave", "return", "journey", "jet", "set"}
# Verbs that address a statement to someone: "told X that ...", "assured X that ..."
ADDRESSING_LEMMAS = {"tell", "assure", "inform", "promise", "notify", "warn", "remind", "reassure", "pledge", "write"}


def _addressee(trigger: Token) -> Optional[Token]:
    """Whom the statement carrying the trigger is addressed to: the object of "told", "assured"."""
    node = trigger
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in ADDRESSING_LEMMAS:
            speaker_verb = node.head
            for child in speaker_verb.children:
                if child.dep_ in ("dobj", "obj", "dative") and child.pos_ in ("NOUN", "PROPN", "PRON"):
                    return child
            return None
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


# Entities whose country a sentence is about: places, peoples ("Chilean"), organisations and known people
_COUNTRY_ENTITIES = {"GPE", "LOC", "NORP", "ORG", "PERSON"}


def sentence_country(sentence: SpacySpan, exclude: Optional[str] = None, places_only: bool = False) -> Optional[str]:
    """The country a sentence is about when no story is around it: the one its places and peoples
    name most often, the first named on a tie ("rebels" in a sentence on Sudan are Sudanese), other
    than `exclude`; with `places_only`, places alone count (not peoples or organisations)."""
    counts: Counter = Counter()
    for country, is_place in _sentence_countries(sentence):
        if country != exclude and (is_place or not places_only):
            counts[country] += 1
    # Counter keeps first-seen order, and most_common is stable: a tie goes to the first named
    return counts.most_common(1)[0][0] if counts else None


def _sentence_countries(sentence: SpacySpan) -> list[tuple[str, bool]]:
    """(country, whether named by a place) of each entity of the sentence that names one, in text
    order, cached per doc. "anti-Syria" names the country one is against, so it does not count."""
    doc = sentence.doc
    cache = doc.user_data.setdefault("sitrep_sentence_countries", {})
    if sentence.start not in cache:
        found = []
        for ent in sentence.ents:
            if ent.label_ not in _COUNTRY_ENTITIES or ent.text.lower().startswith("anti") or (
                    ent.start >= 2 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].lower_ == "anti"):
                continue
            is_place = ent.label_ in ("GPE", "LOC")
            country = actors.place_country(ent.text) if is_place else _nonempty(actors.code_actor(ent.text).country)
            if country:
                found.append((country, is_place))
        cache[sentence.start] = found
    return cache[sentence.start]


# Verbs and nouns of sending forces: the forces sent are the sender's, not whom the act is aimed at.
SENDING_LEMMAS = {"deploy", "send", "dispatch", "station", "mobilize", "mobilise", "redeploy", "mass", "amass", "muster",
                  "position", "move", "reinforce", "deployment", "redeployment", "mobilization", "mobilisation", "dispatching"}


def _sent_forces(head: Token) -> bool:
    """Whether `head` names armed forces that are the object of a verb or noun of sending."""
    if head.lemma_.lower() not in lexicon().subject_words["armed"]:
        return False
    sender = head.head if head.dep_ in OBJECT_DEPS else head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return sender is not None and sender.lemma_.lower() in SENDING_LEMMAS


def _coordinated_partner(subject: Optional[Token], actor1: Actor) -> Optional[Actor]:
    """The second party of a subject that names two ("Iranian and Iraqi ministers", "North and South
    Korea"): its country, with the first party's role."""
    if subject is None:
        return None
    for mod in subject.children:
        if mod.dep_ not in ("amod", "compound", "nmod"):
            continue
        for conj in mod.children:
            if conj.dep_ != "conj":
                continue
            code = actors.code_actor(conj.text)
            if code.country and code.country != actor1.code.country:
                return Actor(text=conj.text, start=conj.idx, end=conj.idx + len(conj.text),
                             code=ActorCode(country=code.country, role=code.role or actor1.code.role))
    return None


# Nouns of popular pressure a concession yields to ("repealed the law after weeks of protests").
_PRESSURE_TYPES = {"PROTEST"}


def _protesters(trigger: Token, actor1: Optional[Actor], country_hint: Optional[str]) -> Optional[Actor]:
    """Whom a concession yields to, when the sentence names the protests that won it: the protesters
    named with them ("protests by farmers"), else the public of the conceding side's country (CAMEO
    codes a concession's target as the side whose demand is met)."""
    protest_verbs = _protest_verbs(trigger.sent)
    for token in trigger.sent:
        if token.i in protest_verbs and token.i != trigger.i:
            # "resigned after tens of thousands marched through Bucharest": who protested
            subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
            actor = next((a for a in (_actor_at(h, country_hint) for h in subjects) if a is not None and a.code.role), None)
            actor = actor or _crowd(subjects) or _crowd_words(subjects)
            if actor is not None:
                if actor.code.country is None and actor1 is not None:
                    actor = actor.model_copy(update={"code": actor.code.model_copy(update={"country": actor1.code.country})})
                return actor
        if token.pos_ != "NOUN" or token.i == trigger.i:
            continue
        if token.lemma_.lower() == "pressure":  # "lifted the emergency after pressure from the opposition"
            for head in _prep_objects(token, ("from", "by")):
                actor = _actor_at(head, country_hint)
                if actor is not None and actor.code.role:
                    return actor
        kind = trigger_type(token)
        if kind is None or kind.plover_type not in _PRESSURE_TYPES:
            continue
        for head in [*_prep_objects(token, ("by", "of")), *(c for c in token.children if c.dep_ in ("amod", "compound"))]:
            actor = _actor_at(head, country_hint)
            if actor is not None and actor.code.role:
                if actor.code.country is None and actor1 is not None:
                    actor = actor.model_copy(update={"code": actor.code.model_copy(update={"country": actor1.code.country})})
                return actor
        if actor1 is not None and actor1.code.country:
            return Actor(text=token.text, start=token.idx, end=token.idx + len(token.text),
                         code=ActorCode(country=actor1.code.country, role="CVL"))
    # no protest named: a government lifting an emergency or a minister resigning yields to its public,
    # named by the country's name or people in the sentence
    if actor1 is not None and actor1.code.country:
        # (the small parser often tags a country before "'s" as an organisation)
        for ent in sorted(trigger.sent.ents, key=lambda e: e.label_ not in ("GPE", "NORP")):
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
        if head.lemma_.lower() in _COUNT_WORDS | {"ten", "tens", "hundreds", "thousands"} or head.like_num:
            span = head.doc[head.left_edge.i:head.right_edge.i + 1]
            return Actor(text=span.text, start=span.start_char, end=span.end_char, code=ActorCode(role="CVL"))
    return None


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


def _clause_depth(token: Token) -> int:
    """How deeply a trigger is embedded: clauses count, and a reporting verb's complement is not
    embedded (it is what the sentence reports)."""
    depth = 0
    node = token
    while node.head.i != node.i:
        parent = node.head
        if _misattached_verb(node):
            pass  # the small parser hung the clause's verb on its subject: it is that clause's head
        elif not (parent.lemma_.lower() in REPORTING_LEMMAS and node.dep_ in ("ccomp", "parataxis", "xcomp")):
            depth += 2 if node.dep_ in ("relcl", "acl", "advcl", "pcomp", "csubj") else 1
        node = parent
    return depth


def _misattached_verb(verb: Token) -> bool:
    """A finite verb the small parser hung on its own subject as a modifier: "The EU, which ...,
    called on X" (a past tense "acl" of the root noun), "Bandits killed forty villagers, police said"
    (a participle with a direct object and no "by" is active, so its noun is the doer)."""
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB":
        return False
    if verb.i < verb.head.i or any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children):
        return False
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("dobj", "obj") for c in verb.children) and _agent(verb) is None


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
    main = min(found, key=lambda tk: (_clause_depth(tk[0]), tk[0].pos_ != "VERB", tk[0].i))
    if main[1].plover_type == "CONSULT" and _meets_alone(main[0]):
        # "the cabinet met on Sunday and approved a ceasefire", "... met and voted to suspend X": a
        # body's own session is no consultation of anyone; what it decided is the event
        for token, kind in found:
            if token.i > main[0].i and kind.plover_type != "CONSULT" and _goes_on_from(token, main[0], ("conj", "xcomp", "dobj")):
                return token, kind
    if main[1].plover_type == "COERCE" and main[1].plover_mode == "seize":
        # "torched homes, killing three", "looted shops and killed eleven villagers": the killing the
        # same doer goes on to is the harm CAMEO codes, not the damage to property
        for token, kind in found:
            if kind.plover_type == "ASSAULT" and token.pos_ == "VERB" and _goes_on_from(token, main[0]):
                return token, kind
    return main


def _meets_alone(verb: Token) -> bool:
    """A meeting verb with no one met: no object, no "with", no partner in its subject ("the Arab League met in Cairo")."""
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


__all__ = ["participants", "main_event", "sentence_events", "sentence_country", "REPORTING_LEMMAS"]
