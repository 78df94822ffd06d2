"""Event typing: trigger words -> PLOVER type and mode, CAMEO root.

From data, not code: `data/event_lexicon.yaml`, a trigger lexicon of verbs and eventive nouns
grounded in the CAMEO and PLOVER codebooks (ACLED sub-event types are `sitrep.acled`'s). `trigger_type` runs on every token, so the lexicon is precomputed into dicts
and a token whose lemma is not a key is rejected with one set lookup.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Optional

import numpy
import yaml
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.strings import hash_string
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Token

from .actors import code_actor

LEXICON = "event_lexicon.yaml"
_NAME_ENTITIES = {"EVENT", "ORG", "FAC", "GPE", "LAW", "WORK_OF_ART", "PERSON", "NORP", "PRODUCT"}
_TIME_ENTITIES = {"DATE", "TIME"}


# Irregular past forms the small model leaves unlemmatised when it mistags them ("Pope John Paul II
# forgave X" tagged VB, lemma "forgave"; "unbanned" lemma "unbanne")
_PAST_FORMS = {"forgave": "forgive", "overran": "overrun", "withdrew": "withdraw", "undertook": "undertake",
               "froze": "freeze", "struck": "strike", "fought": "fight", "slew": "slay", "sought": "seek",
               "forbade": "forbid", "overthrew": "overthrow", "threw": "throw", "swore": "swear", "broke": "break",
               "drove": "drive", "forsook": "forsake", "foreswore": "forswear", "forswore": "forswear", "bade": "bid",
               "upheld": "uphold", "withheld": "withhold", "unbanne": "unban", "readmitte": "readmit",
               "shot": "shoot", "hid": "hide", "stood": "stand", "gave": "give", "took": "take", "sent": "send",
               "led": "lead", "met": "meet", "sold": "sell", "bought": "buy", "sank": "sink", "shook": "shake"}


def _regular_past_base(form: str, lemma: str, keys: set[str]) -> str:
    """The base of a regular past form the small model lemmatised wrongly ("extolled" -> "extoll",
    "prepositioned" -> "prepositione"): the form less "ed", "d", or "ed" and a doubled consonant,
    when that is a known verb; else `lemma`."""
    if not form.endswith("ed"):
        return lemma
    for base in (form[:-2], form[:-1], form[:-3] if form[-3:-2] == form[-4:-3] else ""):
        if base in keys:
            return base
    return lemma


@dataclass(frozen=True)
class TriggerType:
    plover_type: str
    plover_mode: Optional[str]
    cameo_root: Optional[str]


@dataclass(frozen=True)
class _Entry:
    trigger: TriggerType
    subject_kind: Optional[str] = None  # "armed", "crowd", "nonstate", "munition": only a trigger with such a subject
    otherwise: Optional["_Entry"] = None  # what the word means when its subject is not of that kind


class _Lexicon:
    """The parsed lexicon: dict lookups for triggers."""

    def __init__(self, data: dict):
        self.verbs, self.verb_phrases = self._entries(data["verbs"])
        self.nouns, self.noun_phrases = self._entries(data["nouns"])
        # idioms ("give short shrift", "pour cold water", "send packing", "pull the plug on"): a verb
        # with several words anywhere among its near dependents, longest first
        self.verb_idioms: dict[str, list[tuple[tuple[str, ...], _Entry]]] = {}
        for phrase, entry in self._idioms(data["verbs"]):
            lemma, *words = phrase.split()
            self.verb_idioms.setdefault(lemma, []).append((tuple(words), entry))
        for found in self.verb_idioms.values():
            found.sort(key=lambda we: -len(we[0]))
        # verbs of doing whose object names the act ("embarked on a build-up", "kicked off drills"):
        # the act is read at the verb's place in the sentence (roles.sentence.main_event)
        self.light_verbs = {v.lower() for v in data.get("light_verbs", [])}
        # verbs of making that report cooperation only when done jointly ("jointly built", "co-developed")
        self.joint_verbs = {v.lower() for v in data.get("joint_verbs", [])}
        # verbs of fitting efforts together that report cooperation when two parties do it ("X and Y
        # synchronised their patrols", "X dovetailed its operations with Y's")
        self.coordination_verbs = {v.lower() for v in data.get("coordination_verbs", [])}
        # every first or last word of a key: one set lookup rejects most tokens
        self.phrase_heads = {p.split()[0] for p in self.verb_phrases}
        self.verb_keys = set(self.verbs) | self.phrase_heads | set(self.verb_idioms) | self.joint_verbs | self.coordination_verbs
        self.verb_keys |= {past for past, base in _PAST_FORMS.items() if base in self.verb_keys}
        self.noun_keys = set(self.nouns) | {p.split()[-1] for p in self.noun_phrases}
        # "noun preposition" phrases ("call for": "calls for an inquiry"): the noun is the candidate
        self.noun_keys |= {p.split()[0] for p in self.noun_phrases if p.split()[-1] in _NOUN_PREPOSITIONS}
        # the tokenizer splits "sit-in" into sit, -, in: the last part makes the token a candidate
        self.noun_keys |= {k.split("-")[-1] for k in self.nouns if "-" in k}
        self.subject_words = {"armed": {a.lower() for a in data.get("armed_actors", [])},
                              "crowd": {a.lower() for a in data.get("crowd_actors", [])},
                              "nonstate": {a.lower() for a in data.get("nonstate_actors", [])},
                              "munition": {a.lower() for a in data.get("munitions", [])}}

    @staticmethod
    def _entry(group: dict) -> _Entry:
        kind = "armed" if group.get("armed_subject") else "crowd" if group.get("crowd_subject") else \
            "nonstate" if group.get("nonstate_subject") else "munition" if group.get("munition_subject") else None
        return _Entry(TriggerType(group["type"], group.get("mode"), group.get("cameo")), kind)

    @classmethod
    def _idioms(cls, groups: list[dict]) -> list[tuple[str, _Entry]]:
        """(idiom, entry) of every group's `idioms`, first definition first; a grid of idioms
        ("pull plug" x "internet", "aid") adds "pull plug internet", ..."""
        found = []
        for group in groups:
            entry = cls._entry(group)
            grid = group.get("idiom_grid") or {}
            found += [(p.lower(), entry) for p in group.get("idioms", [])]
            found += [(f"{h} {w}".lower(), entry) for h in grid.get("heads", []) for w in grid.get("words", [])]
        # first definition wins; a later one is kept for an armed-subject idiom whose subject is not armed
        # ("troops gave ground" withdraw, "the cabinet gave ground" yields)
        first: dict[str, _Entry] = {}
        for phrase, entry in found:
            kept = first.setdefault(phrase, entry)
            if kept is not entry and kept.subject_kind and kept.otherwise is None:
                first[phrase] = _Entry(kept.trigger, kept.subject_kind, entry)
        return list(first.items())

    @classmethod
    def _entries(cls, groups: list[dict]) -> tuple[dict[str, _Entry], dict[str, _Entry]]:
        single: dict[str, _Entry] = {}
        phrases: dict[str, _Entry] = {}
        for group in groups:
            entry = cls._entry(group)
            # first definition wins, so the lexicon reads top-down by precedence; a later one is
            # kept for an armed-subject word whose subject is not armed ("protesters marched")
            for lemma in group.get("lemmas", []):
                first = single.setdefault(lemma.lower(), entry)
                if first is not entry and first.subject_kind and first.otherwise is None:
                    single[lemma.lower()] = _Entry(first.trigger, first.subject_kind, entry)
            # a grid of verbs x objects ("suspend" x "tax", "law", ...): "suspend tax"
            grid = group.get("grid") or {}
            grid_phrases = [f"{head} {word}" for head in grid.get("heads", []) for word in grid.get("words", [])]
            for phrase in [*group.get("phrases", []), *grid_phrases]:
                phrases.setdefault(phrase.lower(), entry)
        return single, phrases


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    text = (files("sitrep") / "data" / LEXICON).read_text(encoding="utf-8")
    return _Lexicon(yaml.safe_load(text))


def _memoised(key: str, token, find) -> Optional[TriggerType]:
    # per doc and token: the typing, the roles and the modality of every event of a sentence ask
    # about the same tokens (a TriggerType is frozen, so sharing it is safe)
    cache = token.doc.user_data.setdefault(key, {})
    i = token.i
    if i not in cache:
        cache[i] = find(token)
    return cache[i]


def trigger_type(token) -> Optional[TriggerType]:
    """PLOVER type/mode and CAMEO root of a verb or eventive noun token, or None.

    Phrasal verbs and verb+object phrases ("blow up", "open fire", "hold talks") and noun
    compounds ("air strike", "hunger strike") beat the bare lemma. Negation is not looked at:
    that is the modality's business.
    """
    return _memoised("sitrep_trigger_type", token, _trigger_type)


def _trigger_type(token) -> Optional[TriggerType]:
    lex = lexicon()
    if token.ent_type_ in _TIME_ENTITIES:
        return None  # "on March 9", "the fiscal year ending in June" say when, not what
    lemma = token.lemma_.lower()
    pos = token.pos_
    if pos == "VERB":
        lemma = _PAST_FORMS.get(lemma, lemma)
        if lemma not in lex.verb_keys and token.tag_ in ("VBD", "VBN"):
            lemma = _regular_past_base(token.lower_, lemma, lex.verb_keys)
        if lemma not in lex.verb_keys or _hyphenated_modifier(token) or _describing_participle(token):
            return None
        idiom = _verb_idiom(token, lex.verb_idioms.get(lemma))
        found = _checked(idiom, token, lex) if idiom is not None else None
        if found is not None:
            return found
        phrase = _verb_phrase(token, lemma, lex.verb_phrases) if lemma in lex.phrase_heads else None
        found = _checked(phrase, token, lex) if phrase is not None else None
        # a phrase for one kind of subject ("gunmen seized the airliner") leaves the verb's own
        # meaning to any other subject ("the navy seized the ship")
        entry = lex.verbs.get(lemma)
        found = found or (_checked(entry, token, lex) if entry is not None else None)
        if found is None and lemma in lex.joint_verbs and _done_jointly(token):
            return TriggerType("COOPERATE", "economic", "06")
        if found is None and lemma in lex.coordination_verbs and (_done_jointly(token) or _done_by_two(token)):
            return TriggerType("COOPERATE", None, "06")
        if found is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() in _NATURAL_FORCES for c in token.children):
            return None  # "the earthquake flattened the town", "floods destroyed crops": no one's act
        return found
    elif pos in ("NOUN", "PROPN"):
        if lemma not in lex.noun_keys or (pos == "PROPN" and token.ent_type_ in _NAME_ENTITIES):
            return None  # "the Cold War", "the Warsaw Pact" name things, they report no event
        if token.dep_ == "compound" and token.head.lemma_.lower() in _KINDS_OF_FORCE:
            return None  # "riot police", "strike force", "attack helicopters" name who or what, not an act
        if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_.startswith(("d'", "d’")):
            return None  # "chargé d'affaires" is an envoy, not a charge
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod"):
                for word in _forms(child):
                    entry = lex.noun_phrases.get(f"{word} {lemma}")
                    if entry is not None:
                        return _checked(entry, token, lex)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _NOUN_PREPOSITIONS:
                entry = lex.noun_phrases.get(f"{lemma} {child.lower_}")
                if entry is not None:
                    return _checked(entry, token, lex)
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if following is not None and following.pos_ == "VERB":
            # "a war footing": the parser took the compound's head for a participle
            entry = lex.noun_phrases.get(f"{lemma} {following.lower_}")
            if entry is not None:
                return _checked(entry, token, lex)
        entry = lex.nouns.get(lemma) or lex.nouns.get(_hyphened(token))
    else:
        return None
    return _checked(entry, token, lex) if entry is not None else None


# Prepositions that make a noun an act in "noun preposition" phrases of the lexicon ("call for")
_NOUN_PREPOSITIONS = {"for"}


# Subjects whose doings are no one's act
_NATURAL_FORCES = {"earthquake", "quake", "flood", "floods", "storm", "cyclone", "hurricane", "typhoon", "tsunami", "drought",
                   "landslide", "wildfire", "blaze", "avalanche", "tornado", "monsoon", "eruption", "tremor", "famine"}


# Forces and gear a trigger noun may name a kind of ("riot police", "attack helicopters")
_KINDS_OF_FORCE = {"police", "policeman", "officer", "squad", "unit", "gear", "shield", "helmet", "van", "vehicle",
                   "force", "troop", "helicopter", "aircraft", "dog", "team", "brigade", "battalion", "group"}


# what cooperation is done under: "integrated their radar networks under a defence arrangement"
_FRAMEWORKS = {"arrangement", "agreement", "accord", "deal", "pact", "programme", "program", "treaty", "partnership",
               "protocol", "framework", "contract"}


def _done_jointly(token) -> bool:
    """A verb of making done by two together: "co-developed", "jointly built", "built together",
    "integrated ... under a defence arrangement"."""
    doc = token.doc
    i = token.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "co":
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("jointly", "together") for c in token.children):
        return True
    return any(p.lemma_.lower() in _FRAMEWORKS for c in token.children if c.dep_ == "prep" and c.lower_ == "under"
               for p in c.children if p.dep_ == "pobj")


def _done_by_two(token) -> bool:
    """A verb whose subject names two parties ("Colombia and Peru", "Indian and Bangladeshi forces")
    or that has a "with" partner."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "with" and any(p.dep_ == "pobj" for p in child.children):
            return True
        if child.dep_ in ("nsubj", "nsubjpass"):
            if any(c.dep_ == "conj" for c in child.children):
                return True
            if any(c.dep_ == "conj" for m in child.children if m.dep_ in ("amod", "compound", "nmod") for c in m.children):
                return True
    return False


def _hyphenated_modifier(token) -> bool:
    """"drought-hit Afghanistan", "rebel-held areas", "war-torn": a participle hyphened to a word and
    modifying a noun describes it, it reports no event ("test-fired" is a verb: a test is an act)."""
    i = token.i
    doc = token.doc
    return (i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ not in ("test", "re")
            and token.dep_ in ("amod", "compound", "nmod") and token.head.pos_ in ("NOUN", "PROPN"))


def _describing_participle(token) -> bool:
    """"the besieged enclave", "the banned party": a past participle modifying a noun describes
    it; the act it names is not what the sentence reports."""
    if token.dep_ != "amod" or token.tag_ != "VBN" or token.head.pos_ not in ("NOUN", "PROPN") or token.head.dep_ == "ROOT":
        return False
    # only words like "the", "two", "newly" before it in its noun phrase: "The air force scrambled
    # jets" is a clause the small parser misread as a noun phrase
    return all(w.pos_ in ("DET", "NUM", "ADV", "ADJ", "PRON") for w in token.doc[token.head.left_edge.i:token.i])


def _hyphened(token) -> str:
    """"sit-in" for the "in" of sit, -, in (the tokenizer splits hyphenated nouns), else ""."""
    i = token.i
    doc = token.doc
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 1].idx + 1 == token.idx:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return ""


def _forms(token) -> tuple[str, ...]:
    """A word's lemma and its lower-cased form: phrase keys may be written either way
    ("impose sanctions", "send supplies"), and a split hyphenated noun whole ("broke up a sit-in")."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if token.dep_ == "prep":
        return (lower,)  # a preposition by its spelling: "according" (to) is no "accord", "following" no "follow"
    forms = (lemma,) if lemma == lower else (lemma, lower)
    hyphened = _hyphened(token) if lower in _SPLIT_ENDINGS else ""
    return (*forms, hyphened) if hyphened else forms


# last parts of hyphenated nouns the tokenizer splits: "sit-in", "call-up", "walk-out"
_SPLIT_ENDINGS = {"in", "up", "out", "off", "down"}


_QUANTITIES = {"thousand", "hundred", "dozen", "million", "billion", "ton", "tonne", "kg", "kilogram", "number", "lot",
               "batch", "consignment", "load", "cargo", "convoy", "truckload", "planeload", "shipment", "quantity",
               "amount", "worth", "unit", "score", "wave",
               # "expelled members of the mission", "freed the crew of the ship": the group stands for its people
               "member", "staff", "personnel", "team", "crew", "group"}
# nouns of someone's coming or being somewhere: what they are "of" stands for them
_MOVES = {"deployment", "presence", "entry", "return", "arrival", "stationing", "dispatch"}
_PARTICLES = {"up", "down", "out", "off", "over", "back", "in", "away", "on", "aside"}


def _verb_phrase(token, lemma: str, phrases: dict[str, _Entry]) -> Optional[_Entry]:
    """The phrase entry of a verb with an object, particle or preposition, most direct link first:
    the object beats the particle ("handed over the suspect to the court" is judicial cooperation,
    "handed over the town" a withdrawal)."""
    children = list(token.children)
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    particle = [following] if following is not None and following.pos_ in ("ADP", "ADV", "PART") else []
    objects = [c for c in children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    # "handed over 700 kg of medicine", "moved thousands of troops": the stuff counts as the object
    objects += [p for o in objects if o.lemma_.lower() in _QUANTITIES or any(c.dep_ == "nummod" for c in o.children)
                for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    # "accepted the deployment of peacekeepers", "acquiesced to the return of the monitors": who is let in
    moved = [p for c in children if c.dep_ in ("prep", "dative") for p in c.children if p.dep_ == "pobj"]
    moved = [p for o in objects + moved if o.lemma_.lower() in _MOVES for c in o.children
             if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    objects += moved + [m for p in moved for m in p.children if m.dep_ in ("amod", "compound")]  # "a peacekeeping force"
    # a name's title stands for the person: "received Soviet leader Mikhail Gorbachev" (receive leader)
    objects += [c for o in objects if o.pos_ == "PROPN" for c in o.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    ranked = (
        objects,
        # particles the small parser attaches as adverbs or elsewhere ("pulled back", "handed over five soldiers")
        [c for c in children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PARTICLES)]
        + [p for p in particle if p.lower_ in _PARTICLES]
        + [c for c in children if c.dep_ == "intj"],  # "said no to the plan"
        # "fire at", "test-fired" (the small parser's npadvmod); "drove thousands from X" (hung on the object)
        # (a preposition spelt like a particle, with its own object, reads as one only when the verb has
        # none: "took over the town", "pulled its troops out of X", not "took X to court over the mining")
        [c for c in children if c.dep_ in ("prep", "dative", "npadvmod") and not (
            objects and c.lower_ in _PARTICLES and any(g.dep_ == "pobj" for g in c.children))]
        + [c for o in objects for c in o.children if c.dep_ == "prep"],
    )
    for group in ranked:
        for child in group:
            for word in _forms(child):
                entry = phrases.get(f"{lemma} {word}")
                if entry is not None:
                    return entry
    for child in children:
        linked = []
        if child.dep_ in ("dobj", "obj"):
            # "ended mediation efforts", "imposed a state of emergency": the object's modifier
            linked = [m for m in child.children if m.dep_ in ("compound", "amod")]
            # "returned archives and property": a coordinated object
            linked += [c for c in child.children if c.dep_ == "conj"]
            # "stripped the leader of her citizenship": the object's own phrase (hung there by the parser)
            linked += [p for c in child.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        elif child.dep_ in ("prep", "dative"):
            # "agreed to the demand", "lifted the ban on": the preposition's object
            linked = [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ in ("ccomp", "xcomp"):
            # "allowed inspectors to return": the complement's subject is the verb's object
            linked = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        for word in (w for m in linked for w in _forms(m)):
            entry = phrases.get(f"{lemma} {word}")
            if entry is not None:
                return entry
    return None


# links from a verb to the words of an idiom: its object, particle, preposition and their own
# modifiers and objects ("gave short shrift to", "threw its weight behind", "sent X packing")
_IDIOM_LINKS = {"dobj", "obj", "prt", "prep", "dative", "advmod", "npadvmod", "xcomp", "acomp", "oprd", "ccomp", "advcl",
                "pobj", "amod", "compound", "nsubjpass", "attr", "intj", "acl"}


def _verb_idiom(token, idioms) -> Optional[_Entry]:
    """The idiom entry whose words all sit among the verb's near dependents (three links down)."""
    if not idioms:
        return None
    # most verbs with idioms are common ("give", "take", "put"): first, whether the text has the words at all
    here = _doc_word_ids(token.doc)
    idioms = [(words, entry) for words, entry in idioms if all(hash_string(w) in here for w in words)]
    if not idioms:
        return None
    forms: set[str] = set()
    layer = [token]
    for depth in range(3):
        layer = [c for t in layer for c in t.children if c.dep_ in _IDIOM_LINKS and not (
            t is not token and c.pos_ in ("VERB", "AUX") and c.dep_ not in ("xcomp", "advcl", "ccomp", "acl"))]
        # a preposition three links down belongs to another phrase ("rounded up youths in a raid on X")
        forms.update(w for child in layer if depth < 2 or child.pos_ not in ("ADP", "ADV", "PART") for w in _forms(child))
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.pos_ in ("ADP", "ADV", "PART"):
        forms.add(following.lower_)  # a particle the parser hung elsewhere
    for words, entry in idioms:
        if all(w in forms for w in words):
            return entry
    return None


def _doc_word_ids(doc) -> set[int]:
    """The string ids of every lower-cased form and lemma of a doc, once per doc (read from its arrays:
    building Token objects or the doc's text would cost more than the idioms save)."""
    ids = doc.user_data.get("sitrep_word_ids")
    if ids is None:
        ids = doc.user_data["sitrep_word_ids"] = set(numpy.unique(doc.to_array([LOWER, LEMMA])).tolist())
    return ids


def _checked(entry: _Entry, token, lex: _Lexicon) -> Optional[TriggerType]:
    if entry.subject_kind and not _has_subject_of_kind(token, lex.subject_words[entry.subject_kind]):
        return _checked(entry.otherwise, token, lex) if entry.otherwise is not None else None  # (it may want its own kind)
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


# PLOVER/CAMEO codebook conventions for what a sentence says about an action:
# an intent to cooperate is AGREE (CAMEO 03), an intent to harm is THREATEN (13), a "must" is
# REQUEST (10), a refusal to cooperate is REJECT (12).
_COOPERATIVE = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
_HOSTILE = {"COERCE", "ASSAULT", "SANCTION", "MOBILIZE", "PROTEST"}
_FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
_POSSIBLE_AUX = {"may", "might", "could"}
_MUST_AUX = {"must", "should", "ought"}
_INTENT_HEADS = {"ready", "willing", "prepared", "plan", "intend", "vow", "promise", "pledge", "offer", "agree", "volunteer",
                 "expect", "aim", "seek", "want", "hope", "commit", "threaten", "swear", "intention",
                 "determined", "eager", "poised", "set", "undertake",
                 # nouns of intent: "expressed willingness to cooperate", "announced its readiness to talk"
                 "willingness", "readiness", "intent", "desire", "determination", "resolve", "commitment", "plan"}
_DEMAND_HEADS = {"demand", "urge", "insist", "ask", "call", "press", "pressure", "push", "request", "appeal", "encourage",
                 "invite", "plea", "call"}
# verbs whose object is asked to act: "wants Y to attack", "told them to leave", "ordered troops to withdraw".
# Not "forced/persuaded Y to flee": those say the fleeing happened.
_OBJECT_CONTROL = {"want", "tell", "order", "ask", "urge", "encourage", "invite", "press", "pressure", "push",
                   "instruct", "direct", "call", "need", "expect"}
_FAIL_HEADS = {"fail", "refuse", "decline", "reluctant", "unwilling"}
# nouns naming a demand, whose "that" clause says what is demanded
_DEMAND_NOUNS = {"demand", "call", "appeal", "request", "insistence", "ultimatum"}
# Verbs of getting ready: an armed actor readying an attack mobilises
_PREPARE_VERBS = {"prepare", "gear", "mass", "regroup"}
_ASPECT_VERBS = {"resume", "continue", "begin", "start", "renew", "launch"}
# Verbs that make a decision known (not a warning): "announced it would cut aid" is the sanction
_DECISION_VERBS = {"announce", "decide", "declare", "confirm", "say", "state"}
# Verbs of ruling: what they say "would" happen is decided, not intended
_DECREEING = {"decree", "rule", "legislate", "proclaim"}
_REPORTING = {"say", "tell", "report", "add", "state", "announce", "declare", "insist", "warn", "conclude", "stress"}


# Verbs of command: an authority ordering an action is coded as the action (CAMEO codes the decision).
_COMMAND_VERBS = {"order", "decree", "authorize", "authorise", "direct", "instruct"}
# what someone is ordered to do that puts them out: "ordered foreigners to leave" is coercion
_ORDERED_OUT = {"leave", "quit", "depart", "vacate", "stop", "halt", "cease", "close", "suspend", "shut", "disband",
                "dissolve", "surrender", "evacuate"}
# "X said Y was responsible for ...": blame laid (CAMEO 112 accuse)
_BLAME_WORDS = {"responsible", "guilty", "culpable", "complicit", "accountable"}
# people a border is opened to: letting them in is asylum (CAMEO 075), not de-escalation
_SHELTERED = {"refugee", "civilian", "people", "migrant", "family", "asylum", "evacuee", "woman", "child", "wounded"}
_JOINT_WORDS = {"jointly", "together", "joint", "combined", "coordinated"}
# purposes that make sending forces help for someone else (CAMEO 072 military aid, 074 protection)
_HELP_PURPOSE = {"help", "assist", "support", "aid", "bolster", "back", "reinforce", "protect", "secure"}
_AIMED = {"at", "on", "upon", "against", "into", "toward", "towards", "over"}
_SEA = {"sea", "ocean", "water", "waters", "pacific", "atlantic"}


def _ordered(token, base: TriggerType) -> Optional[TriggerType]:
    """"ordered the closure of X", "ordered troops to the border", "ordered X to leave": the act ordered."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _COMMAND_VERBS:
        return None
    lex = lexicon()
    for child in token.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass"):
            # "ordered troops to the border", "the carrier Nimitz was ordered to the gulf"
            words = {child.lemma_.lower(), *(c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "appos"))}
            if words & lex.subject_words["armed"]:
                return TriggerType("MOBILIZE", "troops", "15")
            kind = trigger_type(child) if child.pos_ == "NOUN" else None
            if kind is not None and kind.plover_type not in ("REQUEST", "THREATEN"):
                return kind  # "ordered the expulsion of ...", "ordered a total embargo"
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB":
            if child.lemma_.lower() in _ORDERED_OUT:
                return TriggerType("COERCE", "restrict", "17")
            kind = trigger_type(child)
            if kind is not None and kind.plover_type not in ("REQUEST", "THREATEN"):
                return kind  # "ordered the troops to withdraw"
    return None


def _joint(token, base: TriggerType) -> Optional[TriggerType]:
    """Forces or police acting jointly ("jointly investigated", "coordinated raids") cooperate (CAMEO 06)."""
    if base.plover_type not in ("ASSAULT", "COERCE", "MOBILIZE", "ACCUSE", "AID", "RETREAT"):
        return None
    # the act's own modifiers, "joint military exercises" (joint on military), "conducted a joint test"
    # (on the object), "dismantled a cell in a joint operation" (on the means)
    things = [token]
    if token.pos_ == "VERB":
        things += [c for c in token.children if c.dep_ in ("dobj", "obj")]
        things += [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "through")
                   for p in c.children if p.dep_ == "pobj"]
    modifiers = [m for t in things for m in t.children if m.dep_ in ("advmod", "amod", "compound")]
    modifiers += [m2 for m in modifiers for m2 in m.children if m2.dep_ in ("advmod", "amod")]
    words = {m.lower_ for m in modifiers}
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj"):  # "carried out joint raids"
        words |= {c.lower_ for c in token.head.children if c.dep_ == "advmod"}
    return TriggerType("COOPERATE", "military", "06") if words & _JOINT_WORDS else None


# Words that make a person handed over someone sought by justice: "handed over a suspected arms dealer"
_SOUGHT = {"suspect", "suspected", "alleged", "wanted", "accused", "fugitive", "convicted"}
_HANDING = {"hand", "turn", "deliver", "surrender", "transfer", "send", "return"}


def _handed_suspect(token, base: TriggerType) -> Optional[TriggerType]:
    """Handing a suspect over to another state's police or courts is judicial cooperation (CAMEO 063),
    not the release of a captive ("handed over two suspected smugglers to the Spanish authorities")."""
    if base.plover_type != "RETREAT" or token.pos_ != "VERB" or token.lemma_.lower() not in _HANDING:
        return None
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
        # "two suspected smugglers", "a man accused of the bombing was handed over", "a man wanted for ..."
        words = {obj.lemma_.lower(), *(m.lower_ for m in obj.children if m.dep_ in ("amod", "compound", "acl"))}
        if words & _SOUGHT:
            return TriggerType("COOPERATE", "legal", "06")
    # "handed over the arms dealer to American agents", "... into the custody of": who receives is justice
    holders = [token, *(c for c in token.children if c.dep_ in ("prt", "advmod"))]
    if any(p.lemma_.lower() in _JUSTICE for h in holders for c in h.children if c.dep_ in ("prep", "dative")
           and c.lower_ in ("to", "into") for p in c.children if p.dep_ == "pobj"):
        return TriggerType("COOPERATE", "legal", "06")
    return None


# who receives a person handed over for trial or questioning
_JUSTICE = {"custody", "court", "tribunal", "judiciary", "justice", "prosecutor", "icc", "interpol", "fbi", "agent",
            "investigator", "detective"}


# Means of crowd control ("tear gas", "water cannon", "rubber bullets", "stun grenades") and what firing
# them or live rounds is for ("to disperse", "to break up"): repression of a crowd, coded COERCE as the
# PLOVER gold standard and our conventions code a dispersal (firing on a crowd to kill stays ASSAULT).
_CROWD_CONTROL_WORDS = {"tear", "teargas", "tear-gas", "water", "rubber", "plastic", "stun", "pepper", "baton",
                        "truncheon", "birdshot", "pellet", "buckshot"}
_DISPERSING = {"disperse", "scatter", "break", "quell", "clear", "repel", "control"}


def _crowd_control(token, base: TriggerType) -> Optional[TriggerType]:
    """"fired tear gas at protesters", "opened fire to disperse demonstrators": crowd control (COERCE)."""
    if base.plover_type != "ASSAULT" or token.pos_ != "VERB":
        return None
    verbs = [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    means = [o for v in verbs for o in v.children if o.dep_ in ("dobj", "obj", "conj")]
    means += [c for o in means for c in o.children if c.dep_ == "conj"]
    words = {w.lower_ for o in means for w in (o, *(c for c in o.children if c.dep_ in ("amod", "compound")))}
    if words & _CROWD_CONTROL_WORDS:
        return TriggerType("COERCE", "restrict", "17")
    for verb in verbs:
        for clause in verb.children:
            if clause.dep_ in ("xcomp", "advcl") and clause.lemma_.lower() in _DISPERSING and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                return TriggerType("COERCE", "restrict", "17")
    return None


# Measures aimed at another state's envoys, missions, borders or travellers reduce relations (CAMEO 16,
# SANCTION), where the same verbs on one's own people coerce (17): "expelled ten Polish diplomats",
# "closed its border with Belarus", "imposed travel bans on Venezuelan officials", "suspended visas".
_ENVOYS = {"diplomat", "ambassador", "envoy", "consul", "attache", "attaché", "embassy", "consulate", "diplomatic"}
_CROSSINGS = {"border", "crossing", "frontier", "airspace"}
_TRAVEL = {"travel", "visa", "entry"}


def _reduces_relations(token, base: TriggerType) -> Optional[TriggerType]:
    if base.plover_type != "COERCE" or base.plover_mode == "arrest":
        return None
    if token.pos_ == "VERB":
        objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        # "ordered the expulsion of X", "two of its border crossings": what the noun is of
        objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]
    else:
        objects = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for obj in objects:
        lemma = obj.lemma_.lower()
        modifiers = {c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound")}
        # "intelligence officers posing as diplomats"
        posing = {p.lemma_.lower() for a in obj.children if a.dep_ == "acl" for c in a.children
                  if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"}
        if ({lemma} | modifiers | posing) & _ENVOYS or lemma == "visa" or (
                lemma in ("ban", "restriction") and modifiers & _TRAVEL):
            return TriggerType("SANCTION", "expel" if lemma != "visa" and lemma != "ban" else None, "16")
        if lemma in _CROSSINGS or modifiers & _CROSSINGS:
            others = [p for h in (obj, token) for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to")
                      for p in c.children if p.dep_ == "pobj"]
            others += [m for p in list(others) for m in p.children if m.dep_ in ("amod", "compound")]
            if any(_names_party(p) for p in others):
                return TriggerType("SANCTION", None, "16")
    return None


def _test_or_help(token, base: TriggerType) -> Optional[TriggerType]:
    """Weapons tests ("test-fired a missile", "fired a missile into the sea") are shows of force
    (CAMEO 15); forces sent "to help" someone are military aid (07)."""
    kind = base.plover_type
    if kind == "ASSAULT" and token.pos_ == "VERB":
        if any(c.lower_ == "test" for c in token.children) or token.lower_.startswith("test"):
            return TriggerType("MOBILIZE", "weapons-test", "15")
        # (the parser may hang "into the sea" on the missiles)
        holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
        sea = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("into", "in")
               for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _SEA]
        aimed = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
                 and any(p.ent_type_ not in ("DATE", "TIME") for p in c.children)]  # not "on Monday"
        if sea and not aimed:
            return TriggerType("MOBILIZE", "weapons-test", "15")
    if kind == "ASSAULT" and token.pos_ == "VERB" and token.lemma_.lower() == "launch" and any(
            c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() == "missile" for c in token.children) and not any(
            c.dep_ == "prep" and c.lower_ in _AIMED and any(p.ent_type_ not in ("DATE", "TIME") for p in c.children)
            for c in token.children):
        return TriggerType("MOBILIZE", "weapons-test", "15")  # "launched a new missile" aimed at no one: a show of force
    if kind == "RETREAT" and base.plover_mode == "ease" and token.pos_ == "VERB":
        # "opened its border to refugees", "... to Syrians fleeing the fighting"
        pobjs = [p for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                 for p in c.children if p.dep_ == "pobj"]
        for _ in range(2):  # "to hundreds of thousands of Syrian refugees"
            pobjs += [p for o in pobjs if o.lemma_.lower() in _QUANTITIES for c in o.children if c.dep_ == "prep"
                      and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" and p not in pobjs]
        for pobj in pobjs:
            # people named by their nationality are people too: "to West Africans expelled from X"
            if pobj.lemma_.lower() in _SHELTERED or (pobj.ent_type_ == "NORP" and pobj.pos_ in ("NOUN", "PROPN")) or any(
                    c.dep_ == "acl" and c.lemma_.lower() in ("flee", "escape") for c in pobj.children):
                return TriggerType("AID", "asylum", "07")
    if kind == "MOBILIZE" and token.pos_ == "VERB" and _arms_to_state(token):
        return TriggerType("AID", "military", "07")
    if kind == "MOBILIZE" and token.pos_ == "VERB":
        for child in token.children:
            if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in _HELP_PURPOSE and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                return TriggerType("AID", "military", "07")
    return None


# munitions flown or shipped to a state are arms supplied to it (CAMEO 072 military aid), where troops or
# tanks moved to a border are a deployment
_MUNITIONS = {"weapon", "arms", "arm", "ammunition", "munition", "munitions", "shell", "rifle", "gun", "missile", "rocket",
              "explosive", "grenade", "bullet"}


def _arms_to_state(token) -> bool:
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]
    if not any(o.lemma_.lower() in _MUNITIONS for o in objects):
        return False
    # (the small model may take a state's name for a person's: "to Chad")
    return any(p.ent_type_ == "GPE" or (p.pos_ == "PROPN" and code_actor(p.text).country) for c in token.children
               if c.dep_ in ("prep", "dative") and c.lower_ == "to" for p in c.children if p.dep_ == "pobj")


# Calls on others to act against a third party rally opposition against it (CAMEO 113, PLOVER ACCUSE):
# "called on Arab states to unite against X", "urged the world to isolate X", "called for a boycott of X".
_RALLY_HEADS = {"call", "urge", "appeal", "ask", "press", "encourage", "exhort", "implore", "demand", "lobby"}
_RALLY_WORDS = {"unite", "mobilize", "mobilise", "rise", "resist", "oppose", "isolate", "boycott", "confront", "ostracize",
                "ostracise", "shun", "punish", "sanction", "embargo", "action", "measure", "stand", "fight", "struggle",
                "isolation", "sanctions", "campaign", "front", "pressure", "rally"}
# ... that take their target as an object: "isolate Israel", "a boycott of the regime"
_RALLY_OBJECT_WORDS = {"isolate", "boycott", "ostracize", "ostracise", "shun", "punish", "sanction", "resist", "oppose",
                       "confront", "embargo", "isolation"}
# what is stopped or lifted is no act called for: "demanded that X stop attacks against Y"
_UNDOING = {"stop", "end", "halt", "cease", "refrain", "avoid", "lift", "ease", "suspend", "drop", "abandon", "prevent",
            "renounce", "disavow", "forswear", "quit", "withdraw", "reverse", "scrap", "cancel"}


def rallied_against(token: Token) -> Optional[Token]:
    """The party a call on others to act against names ("unite against Israel", "isolate Israel", "a
    boycott of the regime"), or None when the call is no such rally (a plain request)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _RALLY_HEADS:
        return None
    for word in token.subtree:
        if word.i == token.i or word.pos_ not in ("VERB", "NOUN"):
            continue
        lemma = word.lemma_.lower()
        kind = trigger_type(word)
        if lemma not in _RALLY_WORDS and (kind is None or kind.plover_type not in ("SANCTION", "ASSAULT")):
            continue
        if _undone(word, token):
            continue
        holders = [word, *(c for c in word.children if c.dep_ == "prt")]
        if word.dep_ in ("dobj", "obj") and word.head.pos_ == "VERB":
            holders.append(word.head)  # "take action against", "impose an embargo against"
        targets = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "against"
                   for p in c.children if p.dep_ == "pobj"]
        if lemma in _RALLY_OBJECT_WORDS:
            targets += [c for c in word.children if c.dep_ in ("dobj", "obj")]
            targets += [p for c in word.children if c.dep_ == "prep" and c.lower_ in ("of", "on")
                        for p in c.children if p.dep_ == "pobj"]
        for target in targets:
            if _names_party(target):
                return target
    return None


def _undone(word, call) -> bool:
    """Whether `word` is something to stop or not to do, on the way up to the call."""
    node = word
    for _ in range(6):
        if node.i == call.i:
            return False
        if node.lemma_.lower() in _UNDOING or any(c.dep_ == "neg" for c in node.children):
            return True
        node = node.head
    return False


def _names_party(token) -> bool:
    """Whether a noun phrase names a state, group or people (not "against corruption")."""
    if token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return True
    text = token.doc[token.left_edge.i:token.i + 1].text
    code = code_actor(text)
    return bool(code.country or code.role)


# What one leaves when halting negotiations or mediation (CAMEO 164/165, PLOVER SANCTION)
_TALKS = {"talk", "talks", "negotiation", "mediation", "dialogue", "conference", "summit"}


def _quits_talks(token, base: TriggerType) -> Optional[TriggerType]:
    """"pulled out of the talks", "withdrew from the mediation effort", "walked out of the talks",
    "called off the talks": a halt to negotiations (CAMEO 164), not a military withdrawal, a
    walkout in protest or a concession."""
    if base.plover_type not in ("RETREAT", "PROTEST", "CONCEDE") or token.pos_ != "VERB":
        return None
    holders = [token, *(c for c in token.children if c.lower_ in ("out", "away"))]
    left = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for p in c.children if p.dep_ == "pobj"]
    if base.plover_type == "CONCEDE":  # "called off the talks" (not "called off the strike": a concession)
        left = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    for pobj in left:
        words = {pobj.lemma_.lower(), *(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "amod"))}
        if words & _TALKS or {"peace", "process"} <= words:
            return TriggerType("SANCTION", "withdraw", "16")
    return None


# what goods change hands under: a sale or a barter, not a gift (CAMEO 061/062 material cooperation)
_CONTRACTS = {"contract", "deal", "agreement", "protocol", "accord", "arrangement", "treaty"}


def _under_contract(token, base: TriggerType) -> Optional[TriggerType]:
    """"delivered fighters to India under an arms deal", "resumed oil shipments under a trade
    protocol": supplies sold or bartered are trade, not aid."""
    if base.plover_type != "AID":
        return None
    holders = [token] + ([token.head] if token.dep_ in ("dobj", "obj") else [])
    for pobj in (p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("under", "as")
                 for p in c.children if p.dep_ == "pobj"):
        if pobj.lemma_.lower() in _CONTRACTS:
            return TriggerType("COOPERATE", "economic", "06")
    return None


def _done_by_event(token, base: TriggerType) -> Optional[TriggerType]:
    """"a general strike shut down shops", "the riots destroyed the market": what a protest or an
    attack named as the subject did is that protest or attack."""
    if base.plover_type != "COERCE" or token.pos_ != "VERB":
        return None
    for subject in (c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        kind = trigger_type(subject)
        if kind is not None and kind.plover_type in ("PROTEST", "ASSAULT"):
            return kind
    return None


# places a state besieges or starves: an embargo on its own villages is repression, not a sanction
_PLACES = {"village", "town", "city", "camp", "area", "district", "region", "province", "enclave", "township",
           "neighbourhood", "neighborhood", "quarter", "suburb", "valley"}


def _embargo_on_places(token, base: TriggerType) -> Optional[TriggerType]:
    """"imposed a food embargo on villages in X": a blockade of places (CAMEO 17), not a sanction
    on a state."""
    if base.plover_type != "SANCTION":
        return None
    holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
    for pobj in (p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                 for p in c.children if p.dep_ == "pobj"):
        if pobj.lemma_.lower() in _PLACES:
            return TriggerType("COERCE", "restrict", "17")
    return None


# acts one takes part in as one of their doers; taking part in anything else (an exercise, a
# purchase, elections) is cooperation
_JOINED_ACTS = {"PROTEST", "ASSAULT", "CONSULT"}


def _participation(token, base: TriggerType) -> Optional[TriggerType]:
    """"took part in the protest" is a protest, "participated in the talks" a consultation."""
    if base.plover_type != "COOPERATE" or base.plover_mode != "participate" or token.pos_ != "VERB":
        return None
    for pobj in (p for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"):
        kind = trigger_type(pobj) if pobj.pos_ == "NOUN" else None
        if kind is not None and kind.plover_type in _JOINED_ACTS:
            return kind
    return None


# what someone is let do that sets them free: "let the nationals leave", "allowed the crew to go"
_GOING = {"leave", "go", "depart"}


def _let_go(token, base: TriggerType) -> Optional[TriggerType]:
    """Letting people held leave is releasing them (CAMEO 0841), not easing a restriction."""
    if base.plover_type != "CONCEDE" or token.pos_ != "VERB" or token.lemma_.lower() not in ("let", "allow", "permit"):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") and (c.lemma_.lower() in _GOING or _going_home(c)) for c in token.children):
        return TriggerType("RETREAT", "release", "08")
    return None


def _going_home(verb) -> bool:
    """"fly home", "sail home": leaving for home ("let exiles return home" is a concession)."""
    return verb.lemma_.lower() in ("fly", "travel", "sail", "head", "walk", "drive") and any(
        c.dep_ in ("advmod", "npadvmod", "dobj") and c.lower_ == "home" for c in verb.children)


# what a ban or a restriction on dealings with another state bars: an embargo (CAMEO 163, SANCTION), and
# lifting it eases sanctions (085, RETREAT); a ban on one's own people's parties or rallies is neither
_DEALINGS = {"import", "export", "trade", "investment", "remittance", "travel", "flight", "shipment", "sale", "purchase",
             "loan", "credit", "transaction", "commerce", "tourism", "arm", "oil"}
_MEASURES = {"ban", "restriction", "curb", "limit", "prohibition", "moratorium", "control", "barrier", "embargo"}


def _trade_measure(token, base: TriggerType) -> Optional[TriggerType]:
    """"slapped a ban on new investment in X", "imposed curbs on imports from X": an embargo;
    "loosened restrictions on remittances and travel to X": sanctions eased."""
    if not ((base.plover_type == "COERCE" and base.plover_mode == "restrict") or base.plover_type == "CONCEDE"):
        return None
    measures = [token] if token.pos_ == "NOUN" else [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    for measure in (m for m in measures if m.lemma_.lower() in _MEASURES):
        barred = [p for c in measure.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                  for p in c.children if p.dep_ == "pobj"]
        barred += [c for b in barred for c in b.children if c.dep_ == "conj"]
        if any(b.lemma_.lower() in _DEALINGS or any(m.lemma_.lower() in _DEALINGS for m in b.children
                                                      if m.dep_ in ("compound", "amod")) for b in barred):
            if base.plover_type == "CONCEDE":
                return TriggerType("RETREAT", "ease", "08")
            return TriggerType("SANCTION", "embargo", "16")
    return None


def _expels_state(token, base: TriggerType) -> Optional[TriggerType]:
    """"ejected Russia", "expelled Yugoslavia from the organisation": a state put out of a body is
    suspended from it (CAMEO 16), not deported."""
    if base.plover_type != "COERCE" or base.plover_mode != "deport" or token.pos_ != "VERB":
        return None
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.ent_type_ == "GPE" for c in token.children):
        return TriggerType("SANCTION", "expel", "16")
    # "ejected X from its ranks", "expelled the party from the alliance": put out of a body's membership
    if any(p.dep_ == "pobj" and p.lemma_.lower() in _MEMBERSHIP_WORDS for c in token.children
           if c.dep_ == "prep" and c.lower_ == "from" for p in c.children):
        return TriggerType("SANCTION", "expel", "16")
    return None


_MEMBERSHIP_WORDS = {"rank", "ranks", "membership", "organisation", "organization", "bloc", "alliance", "union", "league",
                     "grouping", "club", "community", "commonwealth", "federation", "council", "body", "group", "coalition"}


# what one is sent or handed to face: a trial abroad makes it an extradition (CAMEO 063)
_TRIAL_WORDS = {"charge", "charges", "trial", "justice", "prosecution", "court", "jury", "judge"}


def _sent_for_trial(token, base: TriggerType) -> Optional[TriggerType]:
    """"shipped the drug lord to the United States to face trafficking charges": judicial cooperation."""
    if base.plover_type not in ("AID", "RETREAT", "COERCE", "MOBILIZE") or token.pos_ != "VERB":
        return None
    for clause in (c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("face", "stand")):
        if any(w.lower_ in _TRIAL_WORDS for w in clause.subtree):  # ("to face trafficking charges")
            return TriggerType("COOPERATE", "legal", "06")
    return None


# verbs of keeping one's word: "vowed to honour the accord" is a promise, not a threat
_KEEPING = {"honour", "honor", "respect", "abide", "uphold", "observe", "implement", "keep", "maintain", "extend", "renew"}
_PROMISING = {"promise", "pledge", "vow", "swear", "guarantee"}


def _promised(token, base: TriggerType) -> Optional[TriggerType]:
    """A vow to keep or to do something cooperative is a promise (CAMEO 03); a promise of attacks or
    reprisals is a threat (13); an offer made on a condition ("offered X credit if ...") an offer (03)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _PROMISING | {"offer"}:
        return None
    if base.plover_type == "THREATEN":
        for clause in (c for c in token.children if c.dep_ in ("xcomp", "ccomp")):
            kind = trigger_type(clause)
            if clause.lemma_.lower() in _KEEPING or (kind is not None and kind.plover_type in _COOPERATIVE):
                return TriggerType("AGREE", None, "03")
        return None
    if base.plover_type == "AGREE":
        for obj in (c for c in token.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"):
            kind = trigger_type(obj)
            if kind is not None and kind.plover_type in ("ASSAULT", "COERCE"):
                return TriggerType("THREATEN", None, "13")
        return None
    if base.plover_type in _COOPERATIVE and any(m.dep_ == "mark" and m.lower_ in ("if", "provided", "providing")
                                                for c in token.children if c.dep_ == "advcl" for m in c.children):
        return TriggerType("AGREE", None, "03")
    return None


_PROSPECTS = {"prospect", "possibility", "spectre", "specter"}


def _prospect_of(token, base: TriggerType) -> Optional[TriggerType]:
    """"raised the prospect of sanctions" is a threat, "raised the prospect of talks" an offer (CAMEO 03)."""
    if base.plover_type != "THREATEN" or token.pos_ != "VERB":
        return None
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _PROSPECTS):
        kinds = [trigger_type(w) for w in obj.subtree if w.i != obj.i and w.pos_ in ("NOUN", "VERB")]
        kinds = [k.plover_type for k in kinds if k is not None]
        if kinds and all(k in _COOPERATIVE for k in kinds):
            return TriggerType("AGREE", None, "03")
    return None


def _called_on(token, base: TriggerType) -> Optional[TriggerType]:
    """"called on the president at the White House (to discuss X)": a visit (CAMEO 042), where "called on
    X to withdraw" is a demand."""
    if base.plover_type != "REQUEST" or token.pos_ != "VERB" or token.lemma_.lower() != "call":
        return None
    children = list(token.children)
    if not any(c.dep_ == "prep" and c.lower_ == "on" for c in children) or not any(
            c.dep_ == "prep" and c.lower_ == "at" for c in children):
        return None
    for clause in (c for c in children if c.dep_ in ("xcomp", "ccomp", "advcl")):
        kind = trigger_type(clause)
        if kind is None or kind.plover_type != "CONSULT":
            return None  # "called on X at the UN to withdraw": a demand
    return TriggerType("CONSULT", "visit", "04")


def _held_responsible(token) -> bool:
    """"held Syria responsible for the attack": blame laid (CAMEO 112)."""
    return token.pos_ == "VERB" and token.lemma_.lower() == "hold" and any(
        c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lemma_.lower() in _BLAME_WORDS for c in token.children)


def _trailing_attribution(token) -> bool:
    """"..., a rights group protested on Monday": a verb after a comma with a noun subject and no
    object, closing a sentence whose first clause is what was said (the small parser often hangs it
    on the noun as a participle)."""
    if token.pos_ != "VERB" or token.dep_ not in ("acl", "relcl") or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    start = token.head.left_edge.i
    return start > token.sent.start + 2 and token.doc[start - 1].text == "," and not any(
        c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in token.children)


_HEEDING = {"heed", "answer", "obey", "follow", "respond", "join"}


def _heeded_call(token, base: TriggerType) -> Optional[TriggerType]:
    """"heeded a call for a three-day stayaway", "answered the call for a general strike": the act
    called for took place; a call issued or made stays a demand."""
    if base.plover_type != "REQUEST" or token.pos_ != "NOUN" or token.lemma_.lower() != "call":
        return None
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "to" else token.head
    if verb.lemma_.lower() not in _HEEDING:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
        for act in (p for p in prep.children if p.dep_ == "pobj"):
            kind = trigger_type(act)
            if kind is not None:
                return kind
    return None


# Things published, not people freed, when "released" ("released a video", "figures released on Monday")
_INFORMATION = {"video", "statement", "report", "figure", "data", "detail", "list", "photo", "photograph", "picture",
                "image", "footage", "tape", "recording", "audio", "result", "document", "name", "transcript",
                "communique", "communiqué", "message", "letter", "film", "album", "book", "memoir", "study", "survey",
                "poll", "estimate", "statistic", "forecast", "text", "version", "update", "guideline", "plan", "budget"}


def _released_information(verb) -> bool:
    """Whether what the verb releases is information: its object, its passive subject, or the noun
    it describes ("a video released on Monday")."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        things.append(verb.head)
    return any(t.lemma_.lower() in _INFORMATION for t in things)


def event_type(token) -> Optional[TriggerType]:
    """trigger_type() read in its clause: negated, future, intended or demanded actions.

    "will withdraw" -> AGREE, "would impose a blockade" -> THREATEN, "must release" -> REQUEST,
    "urged X to release" -> REQUEST, "did not agree" / "failed to agree" -> REJECT, "will withdraw
    unless ..." -> THREATEN. Negated hostile actions and plain statements keep their type; a
    reported "X must do Y" is a demand even when Y is no trigger.
    """
    return _memoised("sitrep_event_type", token, _event_type)


def _event_type(token) -> Optional[TriggerType]:
    base = trigger_type(token)
    if _held_responsible(token):
        return TriggerType("ACCUSE", "allege", "11")
    if base is None:
        if token.pos_ == "VERB" and token.dep_ == "ccomp" and token.head.lemma_.lower() in _REPORTING and any(
                c.dep_ == "aux" and c.lower_ in _MUST_AUX for c in token.children):
            return TriggerType("REQUEST", None, "10")
        if token.lemma_ == "be" and token.dep_ == "ccomp" and token.head.lemma_.lower() in _REPORTING and any(
                (c.dep_ == "acomp" and c.lemma_.lower() in _BLAME_WORDS) or (c.dep_ == "prep" and c.lower_ == "behind")
                for c in token.children):
            return TriggerType("ACCUSE", "allege", "11")  # "said X was responsible for / behind Y"
        return None
    base = (_participation(token, base) or _ordered(token, base) or _joint(token, base) or _test_or_help(token, base) or _quits_talks(token, base)
            or _handed_suspect(token, base) or _crowd_control(token, base) or _under_contract(token, base)
            or _done_by_event(token, base) or _embargo_on_places(token, base) or _let_go(token, base) or base)
    base = _reduces_relations(token, base) or base  # also on an act ordered: "ordered the expulsion of ... diplomats"
    base = (_trade_measure(token, base) or _expels_state(token, base) or _sent_for_trial(token, base)
            or _promised(token, base) or _called_on(token, base) or _prospect_of(token, base) or base)
    base = _heeded_call(token, base) or base
    if base.plover_type == "RETREAT" and base.plover_mode == "ease" and token.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("door", "gate") for c in token.children):
        return None  # doors opened to no one sheltered ("the school opened its doors"): refugees let in are asylum
    if base.plover_type == "RETREAT" and base.plover_mode == "release" and token.pos_ == "VERB" and _released_information(token):
        return None  # "released a video", "in a statement released on Monday": published, nobody freed
    kind = base.plover_type
    verb = token if token.pos_ == "VERB" else token.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    negated = any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in token.children)
    # "sworn to fight" is often parsed as an infinitival adverbial clause: it is a complement too
    infinitive = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # (a "that" clause on a demand noun the parser took for a relative clause: "renewed its call that X withdraw")
    demand_clause = verb.dep_ == "relcl" and verb.head.lemma_.lower() in _DEMAND_NOUNS and any(
        c.lower_ == "that" for c in verb.children)
    governing = verb.head if (verb.dep_ in ("xcomp", "ccomp", "acomp", "acl") or infinitive or demand_clause) and \
        verb.head.i != verb.i else None
    governor = governing.lemma_.lower() if governing is not None else ""
    if governing is not None:
        # "X must be ready to mediate": the "must" sits on the governing verb ("be" of "ready")
        node = governing
        for _ in range(2):
            aux |= {c.lower_ for c in node.children if c.dep_ == "aux" and c.lower_ in _MUST_AUX}
            if node.dep_ not in ("acomp", "xcomp") or node.head.i == node.i:
                break
            node = node.head
        if verb.dep_ == "ccomp" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _DEMAND_NOUNS
                                        for c in governing.children):
            governor = "demand"  # "reiterated its demand that X ease ...": the clause is what is demanded
    # "protested that ...", "..., the group protested", "protested to the ambassador"
    verbal = token.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in token.children) or (
        token.lemma_.lower() == "protest" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)) or (
        _trailing_attribution(token))
    if kind == "PROTEST" and token.pos_ == "VERB" and verbal:
        # "protested that ...", "..., the group protested": a verbal protest is disapproval (CAMEO 11),
        # not a demonstration (14)
        return TriggerType("ACCUSE", "disapprove", "11")
    if kind == "REQUEST" and rallied_against(token) is not None:
        return TriggerType("ACCUSE", "disapprove", "11")  # "called on Arab states to unite against X"
    if governing is not None and governor in _FAIL_HEADS and kind in _COOPERATIVE:
        return TriggerType("REJECT", None, "12")
    if negated and kind in _COOPERATIVE:
        return TriggerType("REJECT", None, "12")
    if kind not in ("REQUEST", "REJECT", "ACCUSE", "THREATEN"):
        # "urged the rebels to release", "wants Y to attack": a demand made of someone else
        object_control = governing is not None and verb.dep_ == "xcomp" and any(
            c.dep_ in ("dobj", "obj") for c in governing.children) and governor in _OBJECT_CONTROL
        if aux & _MUST_AUX or governor in _DEMAND_HEADS or object_control:
            return TriggerType("REQUEST", None, "10")
    readying = governing
    if readying is not None and governor in _ASPECT_VERBS and readying.dep_ == "xcomp" and readying.head.i != readying.i:
        readying = readying.head  # "prepared to resume shelling"
    if kind in _HOSTILE and readying is not None and readying.lemma_.lower() in _PREPARE_VERBS and readying.tag_ != "VBN":
        # "the army prepared to resume shelling", "troops are preparing to storm": readying force is a
        # show of force (CAMEO 15); "is prepared to use force" (a stance) stays a threat
        return TriggerType("MOBILIZE", "troops", "15")
    conditional = any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for c in verb.children if c.dep_ == "advcl"
                      for m in c.children)
    if kind == "SANCTION" and aux & _FUTURE_AUX and governor in _DECISION_VERBS and not conditional:
        return base  # "announced it would halt all aid": a decision made known, not a threat ("... if X" is one)
    if aux & _FUTURE_AUX and governor in _DECREEING and not conditional:
        return base  # "the king decreed that women would be permitted to drive": the decree is the act
    if aux & _FUTURE_AUX and kind == "CONCEDE" and verb.lemma_.lower() in ("allow", "permit") and any(
            c.dep_ == "auxpass" for c in verb.children) and not any(
            t.dep_ == "mark" and t.lower_ in ("if", "unless", "once", "provided") for t in verb.subtree):
        return base  # "women will be allowed to drive from June": a rule announced, no mere intent
    if aux & _FUTURE_AUX or governor in _INTENT_HEADS:
        marks = {m.lower_ for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"}
        # "will withdraw unless ...", "will strike if ...": an ultimatum; "would meet if ..." stays an offer
        ultimatum = "unless" in marks or ("if" in marks and kind in _HOSTILE)
        if ultimatum and kind in _COOPERATIVE | _HOSTILE and kind != "AGREE":
            return TriggerType("THREATEN", None, "13")
        if kind in _COOPERATIVE and kind != "AGREE":
            return TriggerType("AGREE", None, "03")
        if kind in _HOSTILE:
            return TriggerType("THREATEN", None, "13")
    if aux & _POSSIBLE_AUX and kind in _HOSTILE:
        return TriggerType("THREATEN", None, "13")  # "may halt", "could impose"
    return base


def typed_triggers(sentence) -> list:
    """(token, event_type) of each token of a sentence (a spaCy Span) that has a type, in text order.

    Only tokens that may have one are read: reading a token builds a Python object, and most
    tokens are no trigger. The candidates are found once per doc from its arrays."""
    doc = sentence.doc
    candidates = _possible_triggers(doc)
    found = []
    for i in candidates[bisect_left(candidates, sentence.start):bisect_left(candidates, sentence.end)]:
        token = doc[i]
        kind = event_type(token)
        if kind is not None:
            found.append((token, kind))
    return found


def _possible_triggers(doc) -> list[int]:
    """Indices of the tokens event_type may type: a verb or noun whose lemma starts or ends a
    lexicon key, or a clausal complement (a reported demand or blame: "said X must ...")."""
    cached = doc.user_data.get("sitrep_possible_triggers")
    if cached is not None:
        return cached
    lex = lexicon()
    strings = doc.vocab.strings
    lemma_keys: dict[tuple[int, int], bool] = {}
    complement: dict[int, bool] = {}
    found = []
    for i, (lemma, pos, dep) in enumerate(doc.to_array([LEMMA, POS, DEP]).tolist()):
        if dep not in complement:
            complement[dep] = strings[dep] == "ccomp"
        if complement[dep]:
            found.append(i)
            continue
        if pos == VERB or pos == NOUN or pos == PROPN:
            key = (lemma, pos)
            if key not in lemma_keys:
                word = strings[lemma].lower()
                lemma_keys[key] = (word in lex.verb_keys or (  # "extoll", "prepositione": see _regular_past_base
                    len(word) > 3 and (word[-1] == "e" or word[-1] == word[-2]) and word[:-1] in lex.verb_keys)) \
                    if pos == VERB else word in lex.noun_keys
            if lemma_keys[key]:
                found.append(i)
    doc.user_data["sitrep_possible_triggers"] = found
    return found
