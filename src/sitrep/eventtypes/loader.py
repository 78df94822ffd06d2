"""The trigger lexicon, `data/event_lexicon.yaml`, parsed once into dict lookups.

Entries are grounded in the CAMEO and PLOVER codebooks. `trigger_type` runs on every token, so the
lexicon is precomputed into dicts and key sets: a token whose lemma is no key is rejected with one
set lookup. The first definition of a word wins, so the file reads top-down by precedence.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Optional

import yaml


LEXICON = "event_lexicon.yaml"


# Irregular past forms the small model leaves unlemmatised when it mistags them ("Pope John Paul II
# forgave X" tagged VB, lemma "forgave"; "unbanned" lemma "unbanne")
PAST_FORMS = {"forgave": "forgive", "overran": "overrun", "withdrew": "withdraw", "undertook": "undertake",
               "froze": "freeze", "struck": "strike", "fought": "fight", "slew": "slay", "sought": "seek",
               "forbade": "forbid", "overthrew": "overthrow", "threw": "throw", "swore": "swear", "broke": "break",
               "drove": "drive", "forsook": "forsake", "foreswore": "forswear", "forswore": "forswear", "bade": "bid",
               "upheld": "uphold", "withheld": "withhold", "unbanne": "unban", "readmitte": "readmit",
               "shot": "shoot", "hid": "hide", "stood": "stand", "gave": "give", "took": "take", "sent": "send",
               "led": "lead", "met": "meet", "fin": "fine", "sold": "sell", "bought": "buy", "sank": "sink", "shook": "shake", "unfroze": "unfreeze"}


@dataclass(frozen=True)
class TriggerType:
    plover_type: str
    plover_mode: Optional[str]
    cameo_root: Optional[str]


@dataclass(frozen=True)
class Entry:
    trigger: TriggerType
    subject_kind: Optional[str] = None  # "armed", "crowd", "nonstate", "munition": only a trigger with such a subject
    otherwise: Optional["Entry"] = None  # what the word means when its subject is not of that kind


class Lexicon:
    """The parsed lexicon: dict lookups for triggers."""

    def __init__(self, data: dict):
        self.verbs, self.verb_phrases = self._entries(data["verbs"])
        self.nouns, self.noun_phrases = self._entries(data["nouns"])
        # idioms ("give short shrift", "pour cold water", "send packing", "pull the plug on"): a verb
        # with several words anywhere among its near dependents, longest first
        self.verb_idioms: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
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
        # verbs of naming what something is ("called the killings a war crime", "described the claims as
        # baseless"): the name given is a charge (ACCUSE) or a denial (REJECT); eventtypes.speech.labelled
        self.labelling_verbs = {v.lower() for v in data.get("labelling_verbs", [])}
        self.charge_words = {v.lower() for v in data.get("charge_words", [])}
        self.denial_words = {v.lower() for v in data.get("denial_words", [])}
        # every first or last word of a key: one set lookup rejects most tokens
        self.phrase_heads = {p.split()[0] for p in self.verb_phrases}
        self.verb_keys = set(self.verbs) | self.phrase_heads | set(self.verb_idioms) | self.joint_verbs | self.coordination_verbs
        self.verb_keys |= self.labelling_verbs | ADOPTING_VERBS
        self.verb_keys |= {past for past, base in PAST_FORMS.items() if base in self.verb_keys}
        # nouns made from verbs ("resumption", "restoration"): with what they are "of", they read as the verb's phrase
        self.nominal_verbs = {n.lower(): v.lower() for n, v in (data.get("nominal_verbs") or {}).items()}
        # what is help when received from a party ("received money from X"): eventtypes.handovers.received_help
        self.help_received = {w.lower() for w in data.get("help_received", [])}
        self.noun_keys = set(self.nouns) | {p.split()[-1] for p in self.noun_phrases} | set(self.nominal_verbs)
        self.noun_keys |= self.help_received
        # nouns naming a course of action whose modifiers name the act ("a bombing campaign", "a killing spree")
        self.frame_nouns = {w.lower() for w in data.get("frame_nouns", [])}
        self.noun_keys |= self.frame_nouns
        # heads under which an event noun modifying them still tells the event ("a coup attempt", "an aid
        # convoy"); under any other noun it names a kind of thing ("a war monitor"): eventtypes.naming
        self.event_heads = {w.lower() for w in data.get("event_heads", [])}
        # "noun preposition" phrases ("call for": "calls for an inquiry"): the noun is the candidate
        self.noun_keys |= {p.split()[0] for p in self.noun_phrases if p.split()[-1] in NOUN_PREPOSITIONS}
        # the tokenizer splits "sit-in" into sit, -, in: the last part makes the token a candidate
        self.noun_keys |= {k.split("-")[-1] for k in self.nouns if "-" in k}
        self.subject_words = {"armed": {a.lower() for a in data.get("armed_actors", [])},
                              "crowd": {a.lower() for a in data.get("crowd_actors", [])},
                              "nonstate": {a.lower() for a in data.get("nonstate_actors", [])},
                              "munition": {a.lower() for a in data.get("munitions", [])}}

    @staticmethod
    def _entry(group: dict) -> Entry:
        kind = "armed" if group.get("armed_subject") else "crowd" if group.get("crowd_subject") else \
            "nonstate" if group.get("nonstate_subject") else "munition" if group.get("munition_subject") else None
        return Entry(TriggerType(group["type"], group.get("mode"), group.get("cameo")), kind)

    @classmethod
    def _idioms(cls, groups: list[dict]) -> list[tuple[str, Entry]]:
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
        first: dict[str, Entry] = {}
        for phrase, entry in found:
            kept = first.setdefault(phrase, entry)
            if kept is not entry and kept.subject_kind and kept.otherwise is None:
                first[phrase] = Entry(kept.trigger, kept.subject_kind, entry)
        return list(first.items())

    @classmethod
    def _entries(cls, groups: list[dict]) -> tuple[dict[str, Entry], dict[str, Entry]]:
        single: dict[str, Entry] = {}
        phrases: dict[str, Entry] = {}
        for group in groups:
            entry = cls._entry(group)
            # first definition wins, so the lexicon reads top-down by precedence; a later one is
            # kept for an armed-subject word whose subject is not armed ("protesters marched")
            for lemma in group.get("lemmas", []):
                first = single.setdefault(lemma.lower(), entry)
                if first is not entry and first.subject_kind and first.otherwise is None:
                    single[lemma.lower()] = Entry(first.trigger, first.subject_kind, entry)
            # a grid of verbs x objects ("suspend" x "tax", "law", ...): "suspend tax"
            grid = group.get("grid") or {}
            grid_phrases = [f"{head} {word}" for head in grid.get("heads", []) for word in grid.get("words", [])]
            for phrase in [*group.get("phrases", []), *grid_phrases]:
                # (the same for a phrase: "raid office" by gunmen is an attack, by police a search)
                first = phrases.setdefault(phrase.lower(), entry)
                if first is not entry and first.subject_kind and first.otherwise is None:
                    phrases[phrase.lower()] = Entry(first.trigger, first.subject_kind, entry)
        return single, phrases


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    text = (files("sitrep") / "data" / LEXICON).read_text(encoding="utf-8")
    return Lexicon(yaml.safe_load(text))


# Verbs of receiving: help received from a party is that party's aid (eventtypes.handovers.received_help)
RECEIVING_VERBS = {"receive", "get", "obtain", "secure"}


# Verbs of adopting a text: one adopted with a partner is a formal agreement (eventtypes.triggers)
ADOPTING_VERBS = {"adopt", "issue", "approve"}


# Prepositions that make a noun an act in "noun preposition" phrases of the lexicon ("call for")
NOUN_PREPOSITIONS = {"for"}
