"""Names that look like places but name something else: people (given names, surnames, titles,
relatives, who speaks), days, laws and bodies, diseases, storms, wars, currencies, saints'
houses and buildings named after someone. Each check says why the name is not the place of
that spelling, so recognition can drop it before resolution weighs it as context.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib.resources import files
from typing import Sequence

from spacy.symbols import PERSON  # (an entity label's id: comparing it spares a string look-up per entity)
from spacy.tokens import Doc, Span as SpacySpan

from sitrep.gazetteer import Gazetteer, Match
from sitrep.nlp import dependency_tree, span_text, text_of
from .demonyms import demonym_shaped
from .mention import Mention
from .names import (
    COMMON_WORDS, COMPASS_WORDS, FACILITY_WORDS, FEATURE_WORDS, INSTITUTION_WORDS, KIND_WORDS, SITE_WORDS,
    STREET_WORDS, prominent,
)


# Last words of names of days, laws, events, bodies and teams the model may take for places ("St.
# Patrick's Day", "Clean Water Act", "Riverside Music Festival", "Girl Guides", "Ashvale Hornets" is left).
NOT_PLACE_HEADS = {"Day", "Days", "Eve", "Weekend", "Act", "Festival", "Series", "Competition", "Championship",
                    "Championships", "Tournament", "Awards", "Genocide", "Crash", "Inquisition", "Guides",
                    "Auxiliary", "Association", "Society", "Foundation", "Company", "Corporation", "Inc", "Ltd",
                    "Group", "Band", "Orchestra", "Choir", "Forum", "Expo", "Campaign", "Initiative", "Agreement",
                    "Accord", "Accords", "Treaty", "Framework"}


@lru_cache(maxsize=1)
def given_names() -> frozenset:
    """Common given names (data/geonames/given_names.txt, built by scripts/build_given_names.py)."""
    path = files("sitrep") / "data" / "geonames" / "given_names.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


def given_name_person(text: str, matches: Sequence[Match], gaz: Gazetteer) -> bool:
    """A person the model called a place: a common given name alone that names no place of 5,000
    people ("Henrietta"), or followed by one or two capitalised words that are no kind of place
    ("Scott Pruitt"; not "Grant Park", "Jackson Township") when the gazetteer knows neither the
    whole nor a sizeable place of the first name's spelling ("Paris Hilton" stays ambiguous)."""
    words = text.split()
    if not words or len(words) > 3 or words[0] not in given_names() or not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 1:
        return all(m.kind == "alt" or m.place.feature_class == "P" and m.place.population < 5_000 for m in matches)
    kind = words[-1].lower().rstrip(".")
    if matches or (kind in STREET_WORDS or kind in FEATURE_WORDS or kind in FACILITY_WORDS or kind in KIND_WORDS
                   or kind in INSTITUTION_WORDS or kind in COMMON_WORDS or kind in SITE_WORDS):
        return False
    return not any(m.kind == "name" and (m.place.population >= 10_000 or m.place.feature_class == "A")
                   for m in gaz.matches(words[0]))


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "col", "capt", "sgt", "lt", "prof", "sir",
           "dame", "lord", "lady"}


def names_a_person(text: str, person_words: Counter) -> bool:
    """A name the gazetteer lacks that is a person's: after a title ("Ms Okafor"), or ending in a
    word the article uses in a person's name elsewhere ("Nana Zurabeli" when "Zurabeli said"
    is tagged a person); not when that word says what kind of place it is ("Ashcombe Center", "Pecos
    River"), nor a demonym ("Sri Lankan")."""
    words = text.split()
    if len(words) < 2:
        return False
    if words[0].lower().rstrip(".") in _TITLES:
        return True
    last = words[-1]
    kind = last.lower().rstrip(".")
    return person_words[last] > 0 and not (
        kind in STREET_WORDS or kind in FEATURE_WORDS or kind in FACILITY_WORDS or kind in KIND_WORDS
        or kind in INSTITUTION_WORDS or kind in COMMON_WORDS or demonym_shaped(last))


_PERSON_VERBS = {"say", "tell", "add", "admit", "explain", "note", "ask", "think", "believe", "recall", "insist",
                 "write", "testify", "consider", "hope", "feel", "remember", "want", "warn", "argue", "describe"}
_PERSON_NOUNS = {"administration", "family", "campaign", "presidency", "aide", "aides", "spokesman", "spokeswoman"}


def acts_as_person(ent: SpacySpan) -> bool:
    """A name the model calls a person and the sentence treats as one: the one who speaks or thinks
    ("Douglas told reporters", "Okafor told the council") or owns an administration ("the Bush administration")."""
    head = ent.root
    if span_text(ent).isupper():  # (Span.text builds a Token per word)
        return False  # a dateline ("NALCHIK -- Two days of talks...") parses as anything
    tree = dependency_tree(ent.doc)  # by index: token.head and doc[i] build a new Token on every call
    if tree.deps[head.i] in ("nsubj", "nsubjpass") and tree.lemmas[tree.heads[head.i]] in _PERSON_VERBS:
        return True
    return ent.end < len(tree.lowers) and tree.lowers[ent.end] in _PERSON_NOUNS


def owns_person_noun(ent: SpacySpan) -> bool:
    """"the Bush administration", "the Kennedy family": a person whatever town bears the name."""
    lowers = dependency_tree(ent.doc).lowers  # by index: doc[i] builds a Token
    return ent.end < len(lowers) and lowers[ent.end] in _PERSON_NOUNS


# Words that qualify a place, not a given name: "Historic Oakbury", "Downtown Brennford" tagged PERSON.
_PLACE_MODIFIERS = COMPASS_WORDS | {"historic", "downtown", "uptown", "midtown", "greater", "metro", "rural",
                                    "suburban", "northern", "southern", "eastern", "western"}


def people_names(doc: Doc, ents: Sequence[SpacySpan]) -> set[str]:
    """Names the article uses for people: after "John Clark", a bare "Clark" is the man, not the town."""
    names = set()
    tree = dependency_tree(doc)  # words by index: ent[i] builds a Token
    for ent in ents:
        if ent.label == PERSON and len(ent) >= 2 and tree.lowers[ent.start] not in _PLACE_MODIFIERS:
            # Only the surname: a whole "person" that is a known place name ("Rapid City, S.D.")
            # is usually a place the model mislabelled.
            names.add(tree.texts[ent.end - 1].lower())
    return names


def full_name_surnames(doc: Doc, ents: Sequence[SpacySpan], gaz: Gazetteer) -> set[str]:
    """Surnames of the people the article names in full ("Narendra Modi", then "Modi's cabinet"),
    leaving out "persons" that are themselves place names the model mislabelled."""
    words, text = dependency_tree(doc).texts, text_of(doc)  # no Token per word or Span.text
    return {words[ent.end - 1].lower() for ent in ents
            if ent.label == PERSON and len(ent) >= 2 and words[ent.end - 1][:1].isupper()
            and not gaz.matches(text[ent.start_char:ent.end_char])}


CODE = re.compile(r"\b(?=\w*\d)(?=\w*[A-Za-z])\w+\b")  # a word of letters and digits ("H5N1")
# A place name that names a disease or its agent: "West Nile virus", "Ebola haemorrhagic fever".
_DISEASE_AFTER = re.compile(r"\s+(?:h(?:a)?emorrhagic\s+fever|virus(?:es)?|ebolavirus|fever|disease|encephalitis)\b",
                            re.IGNORECASE)
_STORM_WORDS = {"hurricane", "typhoon", "cyclone", "storm"}


# A kinship word before a name, or an age after it, says the name is a person's: "her son, Denver",
# "daughters Georgia and Paris", "Henrietta, 81, met ...".
_KIN_BEFORE = re.compile(r"\b(?:sons?|daughters?|wife|husband|brothers?|sisters?|mother|father|grand(?:son|daughter)s?|"
                         r"nieces?|nephews?|cousins?|baby|girlfriend|boyfriend|widow|uncle|aunt),?\s+$")
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
# A courtesy or rank title just before a name: "Mr. Carlisle", "Sen. Hadley" ("Dr." may end a street).
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Mx|Sen|Rep|Gov|Gen|Capt|Sgt|Lt|Prof|Sir)\.?\s+$")


def names_a_relative(mention: Mention, text: str) -> bool:
    """A person named by a kinship word or a title before it, an age after it, or by a byline in
    capitals ("BY CHAD MORROW"), not a place of that name."""
    before = text[max(0, mention.start - 20):mention.start]
    return bool(_KIN_BEFORE.search(before)) or bool(_TITLE_BEFORE.search(before)) or bool(
        _AGE_AFTER.match(text, mention.end)) or mention.text.isupper() and text[max(0, mention.start - 3):mention.start] == "BY "


# Schools, colleges, homes, houses and funeral parlours are mostly named after people or
# neighbourhoods ("Hollins Elementary", "Ashcombe Middle School", "Cedar Point Academy", "Ridley
# Funeral Home", "Linwood House", "Whitman College"): the name before them is no toponym (town
# high schools are: "Dayton High School"; a city of 100,000 keeps its college: "Boston College").
_NAMED_BUILDING_AFTER = re.compile(r"[ \t]+(?:Elementary|Middle\s+School|Academy|Retirement|Funeral|Mortuary|"
                                   r"Montessori|Nursing\s+Home|House|College)\b")


def _names_a_building(mention: Mention, text: str) -> bool:
    """The name of a school or home named after a person or a neighbourhood, not a town."""
    return bool(_NAMED_BUILDING_AFTER.match(text, mention.end)) and not prominent(mention.matches)


_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?)\s+[A-Z][a-z]+")
POSSESSIVE = re.compile(r"['’]s\b")


def _names_a_saints_house(mention: Mention, text: str) -> bool:
    """"St. Mary's", "St. Michael's (Catholic School)", "St. Patrick's Day": a saint's church,
    school, hospital or feast, not a small town or parish named after the saint ("St. Petersburg's" is the
    city's)."""
    return bool(_SAINT.fullmatch(mention.text)) and bool(POSSESSIVE.match(text, mention.end)) and not any(
        m.kind != "alt" and (m.place.feature_code == "PCLI" or m.place.feature_class == "P"
                             and m.place.population >= 100_000) for m in mention.matches)


_WAR_AFTER = re.compile(r"[ \t-]+[Ww]ars?\b")


def names_a_thing(mention: Mention, text: str) -> bool:
    """A disease ("West Nile virus"), a storm ("Hurricane Katrina") or a war named after a sea or
    region ("Gulf War"; "Iraq War" keeps its country), not the place of that name."""
    return bool(_DISEASE_AFTER.match(text, mention.end)) or (
        mention.text.lower() in _STORM_WORDS and bool(re.match(r"\s+[A-Z][a-z]", text[mention.end:mention.end + 3]))) or (
        bool(_WAR_AFTER.match(text, mention.end)) and not any(m.place.feature_code == "PCLI" for m in mention.matches))


def names_a_currency(mention: Mention, text: str) -> bool:
    """"$US 15 billion", "US$5", "NZ$ 3m": a country's code in a currency's name."""
    return text[mention.start - 1:mention.start] == "$" or text[mention.end:mention.end + 1] == "$"


def names_something_else(mention: Mention, text: str) -> bool:
    """A thing, a relative, a saint's house or a building named after someone, not a place of that name."""
    return (names_a_thing(mention, text) or names_a_relative(mention, text) or names_a_currency(mention, text)
            or _names_a_saints_house(mention, text) or _names_a_building(mention, text))
