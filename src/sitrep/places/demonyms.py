"""Demonyms and adjectives ("Syrian", "Lebanese", "Russian-brokered"): never places in running
text, but a caller's toponym span may be one, and then it stands for its country."""
from __future__ import annotations

import re
from typing import Optional

from spacy.symbols import NORP
from spacy.tokens import Span as SpacySpan

from sitrep.gazetteer import Match
from sitrep.nlp import dependency_tree
from .index import gazetteer


# Adjective/demonym endings: "Syrian", "Lebanese", "Kurdish", "Iraqi", "Russian-brokered".
DEMONYM = re.compile(r"(?:ians?|ans?|eses?|ish|is?|ic|ean|ene|ites?)$")


# Demonyms whose country name no suffix rule reaches.
_IRREGULAR_DEMONYMS = {
    "french": "France", "dutch": "Netherlands", "spanish": "Spain", "swiss": "Switzerland", "greek": "Greece",
    "thai": "Thailand", "filipino": "Philippines", "welsh": "Wales", "scottish": "Scotland", "scots": "Scotland",
    "afghan": "Afghanistan", "norwegian": "Norway", "danish": "Denmark", "swedish": "Sweden", "finnish": "Finland",
    "polish": "Poland", "turkish": "Turkey", "portuguese": "Portugal", "british": "United Kingdom",
    "english": "England", "burmese": "Myanmar", "lao": "Laos", "icelandic": "Iceland", "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates", "kiwi": "New Zealand", "yemeni": "Yemen", "malagasy": "Madagascar",
    "argentine": "Argentina", "argentinian": "Argentina", "slovak": "Slovakia", "czech": "Czechia",
    "croat": "Croatia", "croatian": "Croatia", "serb": "Serbia", "bosnian": "Bosnia and Herzegovina",
    "irish": "Ireland", "cypriot": "Cyprus", "cypriots": "Cyprus", "czechs": "Czechia", "south ossetian": "South Ossetia",
    "south ossetians": "South Ossetia", "abkhazian": "Abkhazia", "arab": None, "kurdish": None, "kurd": None, "abkhaz": "Abkhazia",
    "german": "Germany", "peruvian": "Peru", "belgian": "Belgium", "somali": "Somalia", "panamanian": "Panama",
    "honduran": "Honduras", "salvadoran": "El Salvador", "salvadorean": "El Salvador", "uzbek": "Uzbekistan",
    "kazakh": "Kazakhstan", "tajik": "Tajikistan", "kyrgyz": "Kyrgyzstan", "turkmen": "Turkmenistan",
    "kosovar": "Kosovo", "montenegrin": "Montenegro", "laotian": "Laos", "nigerien": "Niger", "ivorian": "Ivory Coast",
    "mozambican": "Mozambique", "bahamian": "Bahamas", "barbadian": "Barbados", "trinidadian": "Trinidad and Tobago",
    "burkinabe": "Burkina Faso", "new zealander": "New Zealand", "luxembourger": "Luxembourg", "swazi": "Eswatini",
    "bruneian": "Brunei", "monegasque": "Monaco", "malagasy": "Madagascar", "sri lankan": "Sri Lanka",
}
_DEMONYM_RULES = [  # (suffix, replacements): Russian -> Russia, Sudanese -> Sudan, Israeli -> Israel ...
    ("ians", ("ia", "", "a", "e", "y", "o", "i")), ("ian", ("ia", "", "a", "e", "y", "o", "i")),
    ("ans", ("a", "", "o", "e")), ("an", ("a", "", "o", "e")), ("ns", ("",)), ("n", ("",)),
    ("ese", ("", "a", "on", "o", "e")), ("is", ("",)), ("i", ("", "istan")), ("ish", ("", "ey", "and", "en", "ain")),
    ("ic", ("ia",)), ("ean", ("ea", "e", "ia")), ("eans", ("ea", "e", "ia")),
]


def demonym_place(word: str) -> Optional[Match]:
    """The country, continent or admin1 area a demonym or adjective names ("Syrian" -> Syria), if any.

    For resolving spans a caller already knows to be toponyms; find_places never treats
    demonyms as places.
    """
    gaz = gazetteer()
    key = word.strip().lower().replace("-", " ")
    if key not in _IRREGULAR_DEMONYMS and key[:-1] in _IRREGULAR_DEMONYMS and key.endswith("s"):
        key = key[:-1]  # "Germans", "Somalis"
    if key in _IRREGULAR_DEMONYMS:
        target = _IRREGULAR_DEMONYMS[key]
        names = [target] if target else []
    else:
        names = [key[: len(key) - len(suffix)] + repl for suffix, repls in _DEMONYM_RULES
                 if key.endswith(suffix) for repl in repls]
    rank = {"PCLI": 0, "CONT": 1, "ADM1": 2, "RGN": 3}
    # Stems of four letters or more: a three-letter stem left by a town name ending like "Iraqi" is
    # too often an other name of some province, not a country.
    found = [m for name in names if len(name) >= 4 for m in gaz.matches(name) if m.place.feature_code in rank]
    if not found:
        return None
    best = min(found, key=lambda m: (rank[m.place.feature_code], -m.place.population))
    return Match(best.place, "alias", best.precision)


def demonym_shaped(text: str) -> bool:
    words = text.replace("-", " ").split()
    return not words or not text[:1].isupper() or any(
        bool(DEMONYM.search(w)) or w.lower() in _IRREGULAR_DEMONYMS or w.lower().rstrip("s") in _IRREGULAR_DEMONYMS
        for w in words)


def is_demonym(span: SpacySpan) -> bool:
    """"Syrian", "Russian-brokered", "Lebanese": adjectives and people, not places."""
    # read by index: indexing or iterating the span builds a new Token per word
    tree = dependency_tree(span.doc)
    first = span.start
    if span.label == NORP or tree.ent_types[first] == "NORP":  # (the label's id: no string look-up per span)
        # The model also tags some town names NORP ("a <Town> woman"): only demonym-shaped words are people.
        return demonym_shaped(span.text)
    if len(span) <= 3 and "-" in tree.texts[span.start:span.end] and tree.texts[span.end - 1].islower():
        return True  # "Russian-brokered", "Syrian-backed"
    return len(span) == 1 and tree.pos[first] == "ADJ" and bool(DEMONYM.search(tree.texts[first]))
