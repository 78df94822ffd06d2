"""Places: find every toponym in a parsed article and resolve it to a GeoNames place.

Recognition takes spaCy's GPE/LOC/FAC entities, then adds names the model missed or
mislabelled ("Daraa" tagged ORG, "Deraa al-Balad" tagged PERSON) when the gazetteer or the
alias table knows them and the article's other places make them plausible. Demonyms and
adjectives ("Syrian", "Russian-brokered") are never places.

Resolution scores each candidate by its prominence (population, feature type, how its
name matched) and by the article's context: the countries and admin1 areas of the other
places, "City, State" pairs, nearness to the other places, and the caller's country hints.
Names the gazetteer lacks (streets, buildings, parks, neighbourhoods) are placed in the
article's enclosing place at "district" precision.
"""
from __future__ import annotations

import math
import re

import numpy as np
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Iterable, Optional, Sequence

from spacy.attrs import ORTH, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span as SpacySpan

from sitrep.dateline import dateline_places, is_dateline_place
from sitrep.gazetteer import Gazetteer, Match, distance_km, normalize
from sitrep.models import Location, Span
from sitrep.nlp import text_of

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entities whose names often contain a place ("Fargo Police", "University of Minnesota").
_NAMED_AFTER_PLACES = {"ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
# Entities a toponym is often mislabelled as; others (DATE, MONEY, NORP ...) are never places.
RELABEL_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"}

# Words around a name that say what kind of place it is ("the province of Daraa", "Daraa city").
_KIND_WORDS = {
    "city": "P", "town": "P", "village": "P", "capital": "P", "suburb": "P", "township": "P",
    "province": "ADM1", "governorate": "ADM1", "state": "ADM1", "region": "ADM1", "oblast": "ADM1",
    "county": "ADM2", "district": "ADM2", "parish": "ADM2", "municipality": "ADM2",
    "country": "PCLI", "republic": "PCLI", "kingdom": "PCLI", "nation": "PCLI",
}
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’])$")
# Adjective/demonym endings: "Syrian", "Lebanese", "Kurdish", "Iraqi", "Russian-brokered".
_DEMONYM = re.compile(r"(?:ians?|ans?|eses?|ish|is?|ic|ean|ene|ites?)$")
_COMMON_WORDS = {  # capitalised words that are names of some hamlet but rarely meant as places
    "university", "college", "school", "police", "court", "mr", "mrs", "ms", "dr", "president", "minister",
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "god", "day", "news", "union", "miss", "city", "county", "state", "republic", "government", "army",
    "centre", "center", "village", "metro", "king", "queen", "hope", "easter", "christmas", "mass", "church",
    "forest", "reserve", "valley", "delta", "summit", "northwest", "northeast", "southwest", "southeast", "airport",
    # English words that also name a hamlet: "Superior Court", "Commerce Ministry", "Justice Department",
    # "Independence Day", "the Refuge", "Price Chopper"
    "superior", "commerce", "justice", "enterprise", "independence", "centennial", "triangle", "refuge", "marina",
    "post", "price", "trooper", "liberty", "unity", "progress", "victory", "energy", "pioneer", "transit", "freedom",
    "harmony", "industry", "economy", "security", "patriot", "republican", "democrat", "federal", "national",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    matches: list[Match]
    kind_hint: Optional[str] = None  # feature code suggested by a neighbouring word
    scores: dict[int, float] = field(default_factory=dict)
    best: Optional[Match] = None


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
    # Stems of four letters or more: "Gor" from "Gori" is an other name of Ghor, not a country.
    found = [m for name in names if len(name) >= 4 for m in gaz.matches(name) if m.place.feature_code in rank]
    if not found:
        return None
    best = min(found, key=lambda m: (rank[m.place.feature_code], -m.place.population))
    return Match(best.place, "alias", best.precision)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use if missing)."""
    return Gazetteer.open()


# --- recognition -----------------------------------------------------------------------


def _clean(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim a leading "the", a trailing possessive and surrounding punctuation from a char range."""
    text = text_of(doc)[start:end]
    m = _LEADING.match(text)
    if m:
        start += m.end()
    text = text_of(doc)[start:end]
    m = _TRAILING.search(text)
    if m:
        end -= len(m.group())
    while start < end and not text_of(doc)[start].isalnum():
        start += 1
    while end > start and not text_of(doc)[end - 1].isalnum() and text_of(doc)[end - 1] != ".":
        end -= 1
    if text_of(doc)[start:end].endswith(" of"):  # "City of" (spaCy cut "City of Fargo" short)
        return _clean(doc, start, end - 3)
    return start, end


def _demonym_shaped(text: str) -> bool:
    words = text.replace("-", " ").split()
    return not words or not text[:1].isupper() or any(
        bool(_DEMONYM.search(w)) or w.lower() in _IRREGULAR_DEMONYMS or w.lower().rstrip("s") in _IRREGULAR_DEMONYMS
        for w in words)


def _is_demonym(span: SpacySpan) -> bool:
    """"Syrian", "Russian-brokered", "Lebanese": adjectives and people, not places."""
    first = span[0]
    if span.label_ == "NORP" or first.ent_type_ == "NORP":
        # The model also tags some town names NORP ("Toruń", "Longview"): only demonym-shaped words are people.
        return _demonym_shaped(span.text)
    if len(span) <= 3 and any(t.text == "-" for t in span) and span[-1].is_lower:
        return True  # "Russian-brokered", "Syrian-backed"
    return len(span) == 1 and first.pos_ == "ADJ" and bool(_DEMONYM.search(first.text))


def _kind_hint(doc: Doc, span: SpacySpan) -> Optional[str]:
    """The feature code a neighbouring word implies: "Daraa province", "the city of Daraa"."""
    return _kind_hint_in_text(text_of(doc), span.start_char, span.end_char)


_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_KIND_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+$")


def _kind_hint_in_text(text: str, start: int, end: int) -> Optional[str]:
    """The feature code the word after a span or the "<kind> of" before it implies; a dateline
    names a town ("NEW YORK (AP) --")."""
    if is_dateline_place(text, start, end):
        return "P"
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1).lower() in _KIND_WORDS:
        return _KIND_WORDS[after.group(1).lower()]
    before = _KIND_OF_BEFORE.search(text[max(0, start - 20):start])
    if before and before.group(1).lower() in _KIND_WORDS:
        return _KIND_WORDS[before.group(1).lower()]
    return None


# Buildings that stand for the government in them ("the White House said"); as places they are
# in the alias table.
_SEATS_OF_POWER = {"white house", "kremlin", "pentagon", "downing street", "whitehall", "elysee", "elysee palace",
                   "oval office", "foggy bottom", "quai dorsay", "zhongnanhai", "blue house",
                   "number 10", "no 10", "holyrood", "stormont", "knesset", "bundestag", "duma"}

# Words that make a name of a thing located in a place ("Colorado State University", "Manchester
# City", "University of Alberta"): with no match for the whole name, the place part locates it.
_FACILITY_WORDS = {
    "university", "college", "institute", "academy", "school", "hospital", "airport", "stadium", "council",
    "city", "state", "county", "province", "district", "region", "republic", "metro", "station", "court",
    "center", "centre", "cathedral", "castle", "tower", "township", "police", "department", "fc", "united",
}


def _is_abbreviation(text: str) -> bool:
    letters = text.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 3


# Buildings every town has, named by its kind: the town's own, not a place named Hall or Square.
_TOWN_BUILDINGS = {"city hall", "town hall", "county hall", "village hall", "city square", "town square",
                   "city centre", "city center", "town centre", "town center", "county courthouse", "state capitol"}


def _matches_for(gaz: Gazetteer, text: str, located_by: bool = True) -> list[Match]:
    """Candidates for a name; with `located_by`, a facility or team name falls back to its place part."""
    matches = gaz.matches(text)
    if _is_abbreviation(text):
        # "SA", "CHU": an abbreviation, not the alternate name of a hamlet ("Siá", "Chũ").
        return [m for m in matches if m.kind in ("alias", "district") or m.place.feature_class == "A"
                or m.place.population >= 100_000]
    if matches or " " not in text:
        return matches
    # "Daraa province", "Homs city": drop a trailing or leading kind word and try again.
    words = text.split()
    if words[-1].lower() in _KIND_WORDS:
        return gaz.matches(" ".join(words[:-1]))
    if words[0].lower() in _KIND_WORDS and normalize(text) not in _TOWN_BUILDINGS:
        # "County Kerry"; not "City Hall", nor "County Road" by an other name of a hamlet (Rode)
        return [m for m in gaz.matches(" ".join(words[1:])) if m.kind != "alt"]
    return _located_by(gaz, words) if located_by else []


def _located_by(gaz: Gazetteer, words: list[str]) -> list[Match]:
    """The place in a facility or team name: the words before trailing facility words, or after "of"."""
    lowered = [w.lower().strip(".,") for w in words]
    parts = []
    end = len(words)
    while end > 1 and lowered[end - 1] in _FACILITY_WORDS:
        end -= 1
    if end < len(words):
        parts.append(" ".join(words[:end]))
    if "of" in lowered[1:-1] and lowered[0] in _FACILITY_WORDS:
        parts.append(" ".join(words[lowered.index("of") + 1:]))
    for part in parts:
        found = [m for m in gaz.matches(part) if m.kind != "alt" and (
            m.place.population >= 10_000 or m.place.feature_class != "P")]
        if found:
            return found
    return []


def _looks_like_name(text: str) -> bool:
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    return bool(words) and all(w[0].isupper() or w.lower() in {"al", "el", "de", "of", "la", "le", "upon", "on"}
                               for w in words) and words[0][0].isupper()


def _candidate_runs(doc: Doc, taken: list[bool]) -> Iterable[tuple[int, int]]:
    """Token ranges of capitalised proper-noun runs not inside another mention ("Deraa al-Balad")."""
    # words and tags from the doc's arrays: a Token object per word costs more than the scan
    strings = doc.vocab.strings
    words, proper = [], []
    for orth, pos in doc.to_array([ORTH, POS]).tolist():
        text = strings[orth]
        words.append(text)
        proper.append(pos == PROPN and text[:1].isupper())
    n = len(words)
    i = 0
    while i < n:
        if taken[i] or not proper[i]:
            i += 1
            continue
        j = i + 1
        while j < n and not taken[j] and (
            proper[j]
            or (words[j] in {"-", "al", "el", "Al", "El"} and j + 1 < n and words[j + 1][:1].isupper())
            or (words[j] == "-" and j + 1 < n)
        ):
            j += 1
        yield i, j
        i = j


# Street words: a name followed by one names a street, not the town it is named after.
_STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "drive", "boulevard", "blvd", "lane", "highway",
                 "parkway", "freeway", "expressway", "turnpike"}
_STREET_AFTER = re.compile(r"[ \t]+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Drive|Boulevard|Blvd\.|Lane|Highway|Parkway|"
                           r"Freeway|Expressway|Turnpike)(?!\w)")


def _street_name(text: str) -> bool:
    """"Bucknell Drive", "S. Clinton Avenue"; not "Marvin F. Lane" (a person) nor a list of streets."""
    words = text.split()
    return (len(words) >= 2 and _is_street_word(words[-1]) and _looks_like_name(text) and "," not in text
            and not re.fullmatch(r"[A-Z]\.", words[-2]))


def _is_street_word(word: str) -> bool:
    return word[:1].isupper() and word.lower().rstrip(".") in _STREET_WORDS


# Words ending an institution's name: "Wyandotte County District Court" is an institution in a
# place, and the toponym is its place part.
_INSTITUTION_WORDS = {"court", "party", "council", "jail", "department", "office", "board", "commission",
                      "committee", "police", "sheriff", "legislature", "assembly", "government", "administration",
                      "courthouse", "commissioners", "commissioner", "coordinator", "elections", "judges", "judge",
                      "clerk", "attorney", "manager", "mayor"}


_INSTITUTION_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")


def _without_institution(start: int, text: str, gaz: Gazetteer, doc_text: str = "") -> tuple[int, int, str]:
    """The place part of an institution's name the model called a place ("Lamar County Elections",
    or "Moore County District" before "Attorney"), else the name unchanged."""
    words = text.split()
    last = re.sub(r"['’]s?$", "", words[-1]).lower()
    after = _INSTITUTION_AFTER.match(doc_text, start + len(text))
    ends_office = last in _INSTITUTION_WORDS or last.endswith("s") and last[:-1] in _INSTITUTION_WORDS or (
        after is not None and after.group(1).lower() in _INSTITUTION_WORDS and not gaz.matches(text))
    if len(words) < 2 or not ends_office:
        return start, start + len(text), text
    for size in range(len(words) - 1, 0, -1):
        part = " ".join(words[:size])
        if part.lower() not in _COMMON_WORDS and any(
                m.kind != "alt" and (m.place.feature_class == "A" or m.place.population >= 1000) for m in gaz.matches(part)):
            return start, start + len(part), part
    return start, start + len(text), text


def _unknown_place(mention: "_Mention") -> bool:
    """A name the gazetteer lacks that still reads as a place: several capitalised words
    ("Webb Center", "Faubourg Marigny"), not a lone word that may be a surname or a brand."""
    words = mention.text.split()
    return len(words) > 1 and _looks_like_name(mention.text)


def _place_cue(mention: "_Mention", text: str) -> bool:
    """"in Nokomis", "of Roswell", "Nelson, Minn.", "Athens Police Department": the words around a
    name say it is a place."""
    before = text[max(0, mention.start - 12):mention.start]
    return bool(_PLACE_BEFORE.search(before)) or bool(_ADDRESS_BEFORE.search(before)) or bool(
        _STATE_AFTER.match(text, mention.end)) or bool(_LOCAL_BODY_AFTER.match(text, mention.end))


_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez)[-‑]\w")  # "al-Bab", "el-Arish"


def _recognise(doc: Doc, ents: Sequence[SpacySpan], gaz: Gazetteer) -> tuple[list[_Mention], list[_Mention]]:
    """Sure mentions (spaCy place entities) and possible ones (other names the gazetteer knows)."""
    sure: list[_Mention] = []
    maybe: list[_Mention] = []
    taken = [False] * len(doc)
    org_start: dict[int, int] = {}  # token -> first token of the organisation name around it
    person_words = Counter(t.text for ent in ents if ent.label_ == "PERSON" for t in ent)
    for ent in ents:
        if ent.label_ in PLACE_LABELS or ent.label_ in RELABEL_LABELS or ent.label_ == "NORP":
            for t in range(ent.start, ent.end):
                taken[t] = True
        if ent.label_ not in PLACE_LABELS and ent.label_ not in RELABEL_LABELS:
            continue
        if _is_demonym(ent):
            continue
        start, end = _clean(doc, ent.start_char, ent.end_char)
        if start >= end:
            continue
        street = _STREET_AFTER.match(text_of(doc), end)
        if street:  # "Wichita Street" is a street, not Wichita
            after = doc.char_span(end, street.end(), alignment_mode="expand")
            for t in range(after.start, after.end):
                taken[t] = True
            end = street.end()
        text = text_of(doc)[start:end]
        sure_label = ent.label_ in PLACE_LABELS
        if sure_label and not street:
            start, end, text = _without_institution(start, text, gaz, text_of(doc))
        hint = _kind_hint(doc, ent)
        if text.lower() in _KIND_WORDS:
            continue  # "the City of" cut short by the model, the name left outside
        kind = text.rsplit(" ", 1)
        if len(kind) == 2 and kind[1] in _KIND_WORDS:
            # "Guangdong province", "Pingliang city": the toponym is the name; the word says its kind
            text, end, hint = kind[0], start + len(kind[0]), _KIND_WORDS[kind[1]]
        matches = gaz.matches(text) if street else _matches_for(gaz, text, located_by=sure_label)
        mention = _Mention(start, end, text, matches, hint)
        if not matches and ent.label_ == "PERSON" and len(ent) >= 2 and any(
                t.lower_ in ("county", "parish") for t in ent[1:]):
            # "McMinn County Sheriff", "Rapides Parish Fire": the model took a county and an office
            # for a person; the run scan below finds the county.
            for t in range(ent.start, ent.end):
                taken[t] = False
                org_start[t] = ent.start
            continue
        if ent.label_ == "PERSON" and _acts_as_person(ent) and (_owns_person_noun(ent) or not any(  # "Tbilisi says"
                m.kind != "alt" and m.place.population >= (100_000 if m.place.feature_code == "PPLC" else 1_000_000)
                for m in matches)):
            continue
        if sure_label:
            if text[:1].islower() and not _ARTICLE_PREFIX.match(text):
                continue  # "n't", "south city": not a name ("al-Bab" is)
            if not matches and ent.label_ != "FAC" and _names_a_person(text, person_words):
                continue  # "Nino Burjanadze", "Ms Okafor": a person the model called a place
            if not matches and text.startswith("United "):
                continue  # "United Way", "United Georgia": an organisation (the United States are known)
            if not matches and text.rsplit(" ", 1)[-1] in _NOT_PLACE_HEADS:
                continue  # "St. Patrick's Day", "Wild Monongahela Act": a day, a law, an event or a body
            if _given_name_person(text, matches, gaz) and not (" " not in text and _place_cue(mention, text_of(doc))):
                continue  # "Kristina and Tim", "Scott Pruitt's policy"
            if matches or _unknown_place(mention) or _looks_like_name(text) and _place_cue(mention, text_of(doc)):
                sure.append(mention)
        elif ent.label_ == "ORG" and normalize(text) in _SEATS_OF_POWER:
            continue  # "the Kremlin said": the government, not the building
        elif _street_name(text):
            # "Jay Lane", "Bucknell Drive": a street the model took for a person; in "Harare's Third
            # Street" the town before the possessive is a name of its own.
            owner, _, street_text = re.split(r"(['’]s )", text, maxsplit=1) if re.search(r"['’]s ", text) else ("", "", text)
            if owner and _matches_for(gaz, owner, located_by=False):
                maybe.append(_Mention(start, start + len(owner), owner, _matches_for(gaz, owner, located_by=False)))
            if _street_name(street_text):
                maybe.append(_Mention(end - len(street_text), end, street_text, gaz.matches(street_text)))
        elif matches and _looks_like_name(text):
            maybe.append(mention)
        elif ent.label_ in _NAMED_AFTER_PLACES:
            # "Fargo Police", "University of Minnesota", "Tarrant County Sheriff's Office": the
            # place inside an organisation's name is a toponym; let the run scan below find it.
            for t in range(ent.start, ent.end):
                taken[t] = False
                org_start[t] = ent.start
    for i, j in _candidate_runs(doc, taken):
        if j - i >= 2 and _is_street_word(doc[j - 1].text):
            start, end = _clean(doc, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text))
            if start < end:  # "Bucknell Drive", "Old Lexington Highway": a street, known or not
                maybe.append(_Mention(start, end, text_of(doc)[start:end], gaz.matches(text_of(doc)[start:end])))
            continue
        # Longest known name first inside the run.
        k = i
        while k < j:
            for m in range(j, k, -1):
                span = doc[k:m]
                start, end = _clean(doc, span.start_char, span.end_char)
                text = text_of(doc)[start:end]
                if start >= end or _is_demonym(span) or not _looks_like_name(text):
                    continue
                matches = gaz.matches(text)
                if m < j and _heads_a_name(text, matches):
                    continue  # "Ohio State University": the place is "Ohio"
                if matches and (_leads_organisation(doc, k, org_start) or _prominent(matches)):
                    maybe.append(_Mention(start, end, text, matches, _kind_hint(doc, span)))
                    k = m
                    break
            else:
                k += 1
    return sure, maybe


# Last words of names of days, laws, events, bodies and teams the model may take for places ("St.
# Patrick's Day", "Clean Water Act", "Riverside Music Festival", "Girl Guides", "Buffalo Bisons" is left).
_NOT_PLACE_HEADS = {"Day", "Days", "Eve", "Weekend", "Act", "Festival", "Series", "Competition", "Championship",
                    "Championships", "Tournament", "Awards", "Genocide", "Crash", "Inquisition", "Guides",
                    "Auxiliary", "Association", "Society", "Foundation", "Company", "Corporation", "Inc", "Ltd",
                    "Group", "Band", "Orchestra", "Choir", "Forum", "Expo", "Campaign", "Initiative", "Agreement",
                    "Accord", "Accords", "Treaty", "Framework"}


# Last words of names of sites often called after someone ("Grant Park", "Ellis Island", "Washington
# Square"): neither a person's name nor inside the place whose name they carry.
_SITE_WORDS = {"park", "square", "plaza", "gardens", "garden", "heights", "hills", "hill", "beach", "estate",
               "estates", "farm", "ranch", "field", "fields", "springs", "falls", "creek", "point", "harbor",
               "harbour", "bridge", "grove", "woods", "mill", "crossing", "junction", "landing", "island", "isle",
               "bay", "lake"}


@lru_cache(maxsize=1)
def _given_names() -> frozenset:
    """Common given names (data/geonames/given_names.txt, built by scripts/build_given_names.py)."""
    path = files("sitrep") / "data" / "geonames" / "given_names.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


def _given_name_person(text: str, matches: Sequence[Match], gaz: Gazetteer) -> bool:
    """A person the model called a place: a common given name alone that names no place of 5,000
    people ("Kristina"), or followed by one or two capitalised words that are no kind of place
    ("Scott Pruitt"; not "Grant Park", "Jackson Township") when the gazetteer knows neither the
    whole nor a sizeable place of the first name's spelling ("Paris Hilton" stays ambiguous)."""
    words = text.split()
    if not words or len(words) > 3 or words[0] not in _given_names() or not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 1:
        return all(m.kind == "alt" or m.place.feature_class == "P" and m.place.population < 5_000 for m in matches)
    kind = words[-1].lower().rstrip(".")
    if matches or (kind in _STREET_WORDS or kind in _FEATURE_WORDS or kind in _FACILITY_WORDS or kind in _KIND_WORDS
                   or kind in _INSTITUTION_WORDS or kind in _COMMON_WORDS or kind in _SITE_WORDS):
        return False
    return not any(m.kind == "name" and (m.place.population >= 10_000 or m.place.feature_class == "A")
                   for m in gaz.matches(words[0]))


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "col", "capt", "sgt", "lt", "prof", "sir",
           "dame", "lord", "lady"}


def _names_a_person(text: str, person_words: Counter) -> bool:
    """A name the gazetteer lacks that is a person's: after a title ("Ms Okafor"), or ending in a
    word the article uses in a person's name elsewhere ("Nino Burjanadze" when "Burjanadze said"
    is tagged a person); not when that word says what kind of place it is ("Webb Center", "Neches
    River"), nor a demonym ("Sri Lankan")."""
    words = text.split()
    if len(words) < 2:
        return False
    if words[0].lower().rstrip(".") in _TITLES:
        return True
    last = words[-1]
    kind = last.lower().rstrip(".")
    return person_words[last] > 0 and not (
        kind in _STREET_WORDS or kind in _FEATURE_WORDS or kind in _FACILITY_WORDS or kind in _KIND_WORDS
        or kind in _INSTITUTION_WORDS or kind in _COMMON_WORDS or _demonym_shaped(last))


def _heads_a_name(text: str, matches: Sequence[Match]) -> bool:
    """A state's other name "<Name> State" that more capitalised words follow heads an
    institution's name ("Ohio State University", "Georgia State Ethics Commission"), whose toponym
    is the bare state name. ("DeSoto Parish School Board" keeps its parish.)"""
    return text.endswith(" State") and all(m.kind == "alt" for m in matches)


def _leads_organisation(doc: Doc, k: int, org_start: dict[int, int]) -> bool:
    """Whether a place name may start at token k: inside an organisation's name only at its head
    or after "of" ("Fargo Police", "University of Minnesota"), not in the middle ("Clarke County
    Superior Court", "Federal Reserve") unless it is prominent."""
    first = org_start.get(k)
    if first is None or k == first:
        return True
    if doc[k - 1].lower_ == "of":
        # "University of Minnesota", "Arts Center of Cannon County"; not "Ministry of Commerce",
        # "Department of Homeland Security", whose word after "of" is a field, not a place.
        return k < 2 or doc[k - 2].lower_ not in _OF_FIELD_HEADS
    return k == first + 1 and doc[first].lower_ == "the"


# Heads of organisation names whose "of" introduces a field of government, not a place.
_OF_FIELD_HEADS = {"ministry", "department", "dept", "minister", "secretary", "secretaries", "chamber", "chambers",
                   "bureau", "office", "commissioner", "agency", "director", "division", "undersecretary"}


def _prominent(matches: Sequence[Match]) -> bool:
    """A country, state or large city: a reading likely wherever the name appears ("Air France")."""
    return any(m.kind != "alt" and (m.place.feature_code in ("PCLI", "ADM1", "CONT") or m.place.population >= 100_000)
               for m in matches)


def _metropolitan(matches: Sequence[Match]) -> bool:
    """A country, state or city of a million: a reading likely even beside a person of the name."""
    return any(m.kind != "alt" and (m.place.feature_code in ("PCLI", "ADM1", "CONT") or m.place.population >= 1_000_000)
               for m in matches)


_PERSON_VERBS = {"say", "tell", "add", "admit", "explain", "note", "ask", "think", "believe", "recall", "insist",
                 "write", "testify", "consider", "hope", "feel", "remember", "want", "warn", "argue", "describe"}
_PERSON_NOUNS = {"administration", "family", "campaign", "presidency", "aide", "aides", "spokesman", "spokeswoman"}


def _acts_as_person(ent: SpacySpan) -> bool:
    """A name the model calls a person and the sentence treats as one: the one who speaks or thinks
    ("Douglas said", "Martin told the council") or owns an administration ("the Bush administration")."""
    head = ent.root
    if ent.text.isupper():
        return False  # a dateline ("MAKHACHKALA -- Three days of fighting...") parses as anything
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in _PERSON_VERBS:
        return True
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return nxt is not None and nxt.lower_ in _PERSON_NOUNS


def _owns_person_noun(ent: SpacySpan) -> bool:
    """"the Bush administration", "the Kennedy family": a person whatever town bears the name."""
    return ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in _PERSON_NOUNS


def _people_names(doc: Doc, ents: Sequence[SpacySpan]) -> set[str]:
    """Names the article uses for people: after "John Clark", a bare "Clark" is the man, not the town."""
    names = set()
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) >= 2:
            # Only the surname: a whole "person" that is a known place name ("Sioux Falls, S.D.")
            # is usually a place the model mislabelled.
            names.add(ent[-1].text.lower())
    return names


def _surnames(doc: Doc, ents: Sequence[SpacySpan], gaz: Gazetteer) -> set[str]:
    """Surnames of the people the article names in full ("Narendra Modi", then "Modi's cabinet"),
    leaving out "persons" that are themselves place names the model mislabelled."""
    return {ent[-1].text.lower() for ent in ents
            if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text[:1].isupper() and not gaz.matches(ent.text)}


_AREA_WORDS = {"county", "parish", "province", "governorate", "district", "township", "oblast", "prefecture"}
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|of|to|into|across|around)\s+$")
_STATE_AFTER = re.compile(r",\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]+)")
# Bodies named after the town or county they serve: "Athens Police Department", "DeKalb City Council".
_LOCAL_BODY_AFTER = re.compile(
    r"(?:\s+(?:City|Town|County|Village|Township|Borough))?\s+(?:Police|Fire|Sheriff|Public\s+(?:Schools?|Library)|"
    r"(?:City|Town|Village|County)\s+(?:Council|Hall|Commission|Manager)|Council|Board\s+of|School\s+(?:District|Board)|"
    r"Superior\s+Court|Municipal|Mayor|Chamber\s+of\s+Commerce|Housing\s+Authority|Parks?\s+and\s+Recreation|"
    r"Volunteer\s+Fire|High\s+School|Senior\s+Citizens|pupils|students|voters|taxpayers|"
    r"residents?|police|officials|natives?|man|woman|men|women|teens?|couple|parents)\b")
# "of 88 Birch Rd., Alexandria": the town of a street address.
_ADDRESS_BEFORE = re.compile(r"\b(?:St|Ave|Rd|Blvd|Dr|Ln|Street|Avenue|Road|Drive|Lane|Boulevard)\.?,\s+$")


_MATE_SEPARATOR = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")
MATE_KM = 300.0  # a listed name's reading this close to its listed place makes it a place too


def _listed_with_a_place(mention: _Mention, sure: Sequence[_Mention], text: str) -> bool:
    """"Only Cornwall and Kent", "the universities of Oregon and Leeds": a name listed with a
    place the model found is a place when one of its own readings lies near that place (towns of
    a region), or both are countries."""
    for other in sure:
        if other.best is None or not (_MATE_SEPARATOR.fullmatch(text, other.end, mention.start)
                                      or _MATE_SEPARATOR.fullmatch(text, mention.end, other.start)):
            continue
        q = other.best.place
        for c in mention.matches:
            p = c.place
            if c.kind != "name":
                continue
            if p.feature_code == "PCLI" and q.feature_code == "PCLI":
                return True
            if (p.feature_class in ("P", "A") and q.feature_class in ("P", "A")
                    and distance_km(p.lat, p.lon, q.lat, q.lon) < MATE_KM):
                return True
    return False


def _plausible(mention: _Mention, context: Counter, doc_text: str) -> bool:
    """Keep a mention spaCy did not call a place when the name is clearly a place here."""
    key = mention.text.lower()
    # "EU", "BC", "La.": a short other name only when written as an abbreviation ("La Niña" is no state).
    abbreviated = mention.text.isupper() or mention.text.endswith(".") or len(mention.text) >= 4
    short_alias = abbreviated and any(m.kind == "alias" and (m.precision == "country" or m.precision == "admin1"
                                                             and context[m.place.country]) for m in mention.matches)
    body = _LOCAL_BODY_AFTER.match(doc_text, mention.end)
    # "the Meadow Grove man", "Bantam Superior Court": people or a body named after a town say it
    # is one, of whatever size, in the article's country ("Duke women's" is a team)
    of_town = body is not None and not _POSSESSIVE.match(doc_text, body.end())
    if key in _COMMON_WORDS and key not in _COMPASS_WORDS and of_town and any(
            m.kind == "name" and m.place.feature_class == "P" and m.place.population >= 10_000
            and context[m.place.country] for m in mention.matches):
        return True  # "Delta police": a town of the article's country, not the generic word
    if key in _COMMON_WORDS or len(mention.text) < 3 and not short_alias:
        return False
    words = mention.text.split()
    if len(words) > 1 and _is_street_word(words[-1]):
        return True
    if mention.text.isupper() and len(mention.text) <= 3 and not any(m.kind in ("alias", "district") for m in mention.matches):
        return False
    if len(words) > 1 and words[-1].lower() in _AREA_WORDS and any(
            m.kind == "name" and m.place.feature_class == "A" for m in mention.matches):
        return True  # "Madison County", "Rapides Parish": the name says it is an area
    if len(words) > 1 and words[-1] == "State" and any(
            m.place.feature_code == "ADM1" and m.place.country != "US"
            and normalize(" ".join(words[:-1])) == normalize(m.place.name) for m in mention.matches):
        return True  # "Osun State"; in the US "<State> State" is a university or its team
    cue = _place_cue(mention, doc_text)
    for m in mention.matches:
        if of_town and m.kind == "name" and m.place.feature_class == "P" and context[m.place.country]:
            return True
        # A town's other name of several words ("Matias Romero" for Matías Romero Avendaño) when the
        # town is in the article's country; single-word other names are too often surnames.
        if cue and (m.kind == "name" or m.kind == "alt" and len(words) > 1 and m.place.feature_class == "P"
                    and context[m.place.country]) and (
                m.place.population >= 1000 or m.place.feature_class == "A") and (not context or context[m.place.country]):
            return True
        if m.kind in ("alias", "district") and (len(mention.text) > 4 or short_alias):
            return True  # a known other name; short ones only for countries and unions ("EU", "UAE"),
            # and states or provinces of the article's country ("BC" among Canadian places)
        p = m.place
        if p.feature_code in ("PCLI", "CONT") and m.kind == "name":
            return True
        if p.feature_code == "ADM1" and m.kind == "name" and p.population >= 1_000_000 and not context:
            return True  # "Northeast Texas Community College" in an article that names no other place
        if context[p.country] and (p.population >= 5000 or p.feature_class == "A") and m.kind == "name":
            return True
    return False


# --- resolution ------------------------------------------------------------------------

COUNTRY_WEIGHT = 4.0  # how much the share of the article's other places in a country counts
NEAR_WEIGHT = 2.5  # how much each other name with a reading near a candidate counts
NEAR_KM = 110.0  # two places this close support each other's reading (a town and its county, neighbours)
BIG_CITY = 300_000  # population from which a town's name is known nationally
MAX_CANDIDATES = 40
VILLAGE_PENALTY = 4.0  # a village of under 10,000 against a state or country of a million of its name
ALT_PENALTY = 2.0  # an alternate name against a place that bears the name as its own  # readings per name weighed against the others (by prior); the rest are not plausible
_FEATURE_BONUS = {"PCLI": 4.0, "CONT": 5.0, "ADM1": 2.5, "ADM2": 0.5, "PPLC": 1.5,
                  # regions and natural features from the alias table: no population, known by name
                  "RGN": 6.0, "OCN": 7.0, "SEA": 6.0, "GULF": 6.0, "STM": 4.0, "ISL": 5.0, "PEN": 6.0,
                  "DSRT": 6.0, "MTS": 5.0, "VAL": 4.0, "LK": 4.0, "PCLH": 6.0}
_KIND_BONUS = {"alias": 3.0, "district": 3.0, "name": 1.0, "alt": 0.0}


def _prior(match: Match, kind_hint: Optional[str], seat_areas: frozenset = frozenset()) -> float:
    p = match.place
    score = math.log10(p.population + 1) + _FEATURE_BONUS.get(p.feature_code, 0.0) + _KIND_BONUS[match.kind]
    if p.feature_class == "P" and p.population >= BIG_CITY and match.kind != "alt":
        score += 1.0  # a city known beyond its region (Portland, Oregon): more than its log population says
    if p.geonameid in seat_areas:
        score -= 3.0  # a bare name shared by a town and the area around it usually means the town (Daraa, Amman)
    if kind_hint:
        code = "PPL" if p.feature_class == "P" else p.feature_code
        if (kind_hint == "P" and p.feature_class == "P") or kind_hint == code:
            score += 3.0
    return score


def _seat_areas(matches: Sequence[Match]) -> frozenset:
    """Admin areas among the readings that contain a sizeable town of the same name, or that a city of
    the same name elsewhere outnumbers (Gaza the city, not the Mozambican province): the bare name
    usually means the town. Likewise areas and small towns named after a sea, island or region the
    alias table knows (the Red Sea governorate, a village named Luzon)."""
    towns = [c.place for c in matches if c.place.feature_class == "P" and c.place.population >= 10_000]
    largest_city = max((t.population for t in towns), default=0)
    feature = any(f.kind == "alias" and f.place.feature_class in ("H", "T", "L") for f in matches)
    return frozenset(
        c.place.geonameid for c in matches if c.place.feature_code in ("ADM1", "ADM2") and (any(
            t.country == c.place.country and t.admin1 == c.place.admin1
            and (c.place.feature_code == "ADM1" or t.admin2 in (None, c.place.admin2)) for t in towns)
            or largest_city >= max(c.place.population, 100_000) or feature)
        or feature and c.place.feature_class == "P" and c.place.population < 100_000)


def _context(mentions: Sequence[_Mention], hints: Iterable[str]) -> tuple[Counter, Counter]:
    """Countries and (country, admin1) pairs of the mentions' current best places."""
    countries: Counter = Counter()
    admin1s: Counter = Counter()
    for hint in hints:
        countries[hint.upper()] += 2
    seen = set()
    for m in mentions:
        if m.best is None or m.text.lower() in seen:
            continue
        seen.add(m.text.lower())
        p = m.best.place
        if p.country:
            countries[p.country] += 1
        if p.admin1:
            admin1s[(p.country, p.admin1)] += 1
    return countries, admin1s


def _nearness(places: Sequence) -> np.ndarray:
    """How strongly each pair of readings supports each other: 1 for places within NEAR_KM or an
    admin1 area and a place inside it, 0.5 for two places in the same admin1 area, else 0."""
    lat = np.radians([p.lat for p in places])
    lon = np.radians([p.lon for p in places])
    a = (np.sin((lat[:, None] - lat[None, :]) / 2) ** 2
         + np.cos(lat[:, None]) * np.cos(lat[None, :]) * np.sin((lon[:, None] - lon[None, :]) / 2) ** 2)
    km = 12742.0 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    local = np.array([p.feature_class in ("P", "S") or p.feature_code == "ADM2" for p in places])  # not regions, seas
    adm1 = np.array([p.feature_code == "ADM1" for p in places])
    area_ids: dict = {}
    area = np.array([area_ids.setdefault((p.country, p.admin1), len(area_ids)) if p.admin1 else -1 - i
                     for i, p in enumerate(places)])
    same_area = area[:, None] == area[None, :]
    near = np.where(same_area & local[:, None] & local[None, :], 0.5, 0.0)
    near = np.maximum(near, np.where((km < NEAR_KM) & local[:, None] & local[None, :], 1.0, 0.0))
    inside = same_area & ((adm1[:, None] & local[None, :]) | (local[:, None] & adm1[None, :]))
    return np.maximum(near, np.where(inside, 1.0, 0.0))


_LIST_SEPARATOR = re.compile(r"\s*(?:[,;/&]|,?\s+(?:and|or))\s*")


def _add_list_mates(near: np.ndarray, mentions: Sequence[_Mention], keys: list[str], group_arr: np.ndarray,
                    places: Sequence, text: str) -> None:
    """Names listed together are things of one kind: in "Kansas, Louisiana, Missouri and Nevada" each
    state supports the others' state readings (not the Missouri towns named Louisiana and Nevada).
    Readings of list-mates that are both countries, both towns of 10,000, or both admin areas of one
    level in one country, count as near."""
    order = sorted((m for m in mentions if m.matches), key=lambda m: m.start)
    # Chains of names joined by separators; only a chain closed by "and"/"or" is a list ("Oaxaca
    # State, Mexico" is a town's address, not a list).
    chains: list[list[_Mention]] = [order[:1]]
    for a, b in zip(order, order[1:]):
        if _LIST_SEPARATOR.fullmatch(text, a.end, b.start):
            chains[-1].append(b)
        else:
            chains.append([b])
    list_of: dict[int, int] = {}
    for n, chain in enumerate(chains):
        if len(chain) < 2 or not re.search(r"\b(?:and|or)\s*$", text[chain[-2].end:chain[-1].start]):
            continue
        for m in chain:
            list_of.setdefault(keys.index(normalize(m.text)), n)  # a name in two lists: the first
    if not list_of:
        return
    lists = np.array([list_of.get(int(g), -1 - int(g)) for g in group_arr])
    codes = np.array([p.feature_code if p.feature_code in ("PCLI", "ADM1", "ADM2")
                      else "P" if p.feature_class == "P" and p.population >= 10_000 else "" for p in places])
    countries = np.array([p.country if p.feature_code in ("ADM1", "ADM2") else "" for p in places])
    mates = ((lists[:, None] == lists[None, :]) & (codes[:, None] == codes[None, :]) & (codes[:, None] != "")
             & (countries[:, None] == countries[None, :]))
    np.maximum(near, mates.astype(float), out=near)


CURRENCY_WEIGHT = 1.0  # how much an article's currency favours towns of the country that writes amounts in it
_DOLLARS = re.compile(r"(?<![A-Za-z])\$\s?\d")
_OTHER_DOLLARS = re.compile(r"\b(?:C|A|NZ|HK|S|NT|R|Z|J|EC|Mex)\$")  # Canadian, Australian ... dollars
_POUNDS = re.compile(r"£\s?\d")


def _currency_country(text: str) -> Optional[str]:
    """The country an article's money points to: amounts in dollars alone ("$765,000") are mostly
    American local news, in pounds alone British. A weak hint for towns of the same name on both
    sides of the Atlantic (Mansfield, Dublin, Oxford); None when both or other dollars appear."""
    dollars, pounds = bool(_DOLLARS.search(text)), bool(_POUNDS.search(text))
    if dollars and not pounds and not _OTHER_DOLLARS.search(text):
        return "US"
    if pounds and not dollars:
        return "GB"
    return None


def _resolve(mentions: list[_Mention], text: str, hints: Iterable[str] = ()) -> None:
    """Choose each name's place: prominence, then agreement with the readings of the other names.

    One sense per discourse: every mention of a name (after normalisation) gets the same place.
    Each reading is scored by its prior (population, feature type, how the name matched), the
    share of the other names' likely readings in its country, and how many other names have a
    likely reading near it (a town and its county, neighbouring towns, a state and a town in it).
    """
    hints = [h.upper() for h in hints if h]
    hint_set = set(hints)
    money_country = _currency_country(text)
    groups: dict[str, list[_Mention]] = {}
    for m in mentions:
        if m.matches:
            groups.setdefault(normalize(m.text), []).append(m)
    if not groups:
        for m in mentions:
            m.best = None
        return
    keys = list(groups)
    cands: list[Match] = []
    group_of: list[int] = []
    starts: list[int] = []
    prior: list[float] = []
    for g, key in enumerate(keys):
        members = groups[key]
        matches = members[0].matches
        hint = next((m.kind_hint for m in members if m.kind_hint), None)
        seats = _seat_areas(matches)
        # When a place of the same class bears the name as its own, another's alternate name
        # (Twickenham, an old name of Huntsville) is a weaker reading.
        own_name = {c.place.feature_class for c in matches if c.kind != "alt"}
        # A state or country of a million bears the name as its own: a village of the same name is a
        # weak reading (an unnamed man "in Florida" is not in Florida, New York).
        big_area = any(c.kind == "name" and c.place.feature_code in ("ADM1", "PCLI")
                       and c.place.population >= 1_000_000 for c in matches)
        # The currency hint is for towns and counties; a country or state is named as such.
        scored = sorted(((_prior(c, hint, seats) + (2.0 if c.place.country in hint_set else 0.0)
                          + (CURRENCY_WEIGHT if c.place.country == money_country and (
                              c.place.feature_class == "P" or c.place.feature_code == "ADM2") else 0.0)
                          - (ALT_PENALTY if c.kind == "alt" and c.place.feature_class in own_name else 0.0)
                          - (VILLAGE_PENALTY if big_area and c.place.feature_class == "P"
                             and c.place.population < 10_000 else 0.0), c)
                         for c in matches), key=lambda x: -x[0])[:MAX_CANDIDATES]
        starts.append(len(cands))
        for score, c in scored:
            cands.append(c)
            group_of.append(g)
            prior.append(score)
    prior_arr = np.array(prior)
    group_arr = np.array(group_of)
    starts_arr = np.array(starts)
    places = [c.place for c in cands]
    near = _nearness(places)
    _add_list_mates(near, mentions, keys, group_arr, places, text)
    near[group_arr[:, None] == group_arr[None, :]] = 0.0
    countries = sorted({p.country for p in places})
    country_idx = np.array([countries.index(p.country) for p in places])
    hint_mass = np.zeros(len(countries))
    for h in hints:
        if h in countries:
            hint_mass[countries.index(h)] += 2.0
    # The mention that follows "Name, " as a container ("Springfield, Illinois").
    order = sorted(mentions, key=lambda m: m.start)
    followers: list[tuple[int, int]] = []  # (group of the name, group of its container)
    for a, b in zip(order, order[1:]):
        if a.matches and b.matches and text[a.end:b.start].strip() == ",":
            followers.append((keys.index(normalize(a.text)), keys.index(normalize(b.text))))
    score = prior_arr.copy()
    n_groups = len(keys)
    for _ in range(3):
        prob = np.exp(score - score.max())
        totals = np.add.reduceat(prob, starts_arr)
        prob = prob / totals[group_arr]
        # Support: for each other name, its most likely reading near this one.
        # The square root lets a name with many readings (Douglas County in a dozen states) still
        # vote for the one near this reading, without letting unlikely readings dominate.
        per_group = np.maximum.reduceat(near * np.sqrt(prob)[None, :], starts_arr, axis=1)
        # Landmarks placed in the town around them (White House, Oval Office, West Wing: all
        # Washington) are one piece of evidence, not several.
        top = [cands[starts[g] + int(np.argmax(prob[starts[g]:(starts[g + 1] if g + 1 < n_groups else len(cands))]))]
               for g in range(n_groups)]
        voter_ids: dict = {}
        voter_of = np.array([voter_ids.setdefault(t.place.geonameid if t.kind == "district" else ("name", g),
                                                  len(voter_ids)) for g, t in enumerate(top)])
        per_voter = np.zeros((len(cands), len(voter_ids)))
        np.maximum.at(per_voter.T, voter_of, per_group.T)
        support = per_voter.sum(axis=1)
        # Country share: the other names' probability mass in the reading's country.
        mass = np.zeros((n_groups, len(countries)))
        np.add.at(mass, (group_arr, country_idx), prob)
        others = mass.sum(axis=0)[None, :] - mass  # per group: mass of the other groups
        others = others + hint_mass[None, :]
        total = others.sum(axis=1)[group_arr]
        share = np.where(total > 0, others[group_arr, country_idx] / np.maximum(total, 1e-9), 0.0)
        new = prior_arr + NEAR_WEIGHT * support + COUNTRY_WEIGHT * share
        best_idx = [starts[g] + int(np.argmax(new[starts[g]:(starts[g + 1] if g + 1 < n_groups else len(cands))]))
                    for g in range(n_groups)]
        for g, container_g in followers:
            container = places[best_idx[container_g]]
            if container.feature_code not in ("ADM1", "PCLI", "ADM2"):
                continue
            lo, hi = starts[g], (starts[g + 1] if g + 1 < n_groups else len(cands))
            for i in range(lo, hi):
                if _inside(places[i], container):
                    new[i] += 6.0
        score = new
    for g, key in enumerate(keys):
        lo, hi = starts[g], (starts[g + 1] if g + 1 < n_groups else len(cands))
        best = cands[lo + int(np.argmax(score[lo:hi]))]
        for m in groups[key]:
            m.best = best
            m.scores = {cands[i].place.geonameid: float(score[i]) for i in range(lo, hi)}
    for m in mentions:
        if not m.matches:
            m.best = None


def _container(mentions: Sequence[_Mention], i: int, text: str):
    """The place right after "Name, " when it is an admin1 area or a country ("Springfield, Illinois")."""
    if i + 1 >= len(mentions):
        return None
    nxt = mentions[i + 1]
    between = text[mentions[i].end:nxt.start]
    if between.strip() != "," or nxt.best is None:
        return None
    p = nxt.best.place
    return p if p.feature_code in ("ADM1", "PCLI", "ADM2") else None


def _inside(place, container) -> bool:
    if place.geonameid == container.geonameid or place.country != container.country:
        return False
    if container.feature_code == "PCLI":
        return True
    if container.feature_code == "ADM1":
        return place.admin1 == container.admin1
    return place.admin1 == container.admin1  # ADM2: the admin1 is the most we know of a city


def _is_local(place) -> bool:
    return place.feature_class in ("P", "S") or place.feature_code == "ADM2"


def _area(place) -> tuple:
    return place.country, place.admin1


# What joins a building or a street to the place it is in: "the Peace Palace in The Hague",
# "Bucknell Drive, Lewisburg", "a hospital in the city of Rome".
_IN_PLACE = re.compile(r"(?:,|\s+(?:in|at|near|outside)(?:\s+the)?(?:\s+(?:city|town|village|suburb) of)?)\s+$")


def _place_after(mentions: Sequence[_Mention], i: int, text: str) -> Optional[Match]:
    """The resolved place named right after mention i as its location ("X in Geneva", "X, Owerri")."""
    m = mentions[i]
    for n in mentions[i + 1:i + 3]:
        if n.start < m.end:
            continue
        if _IN_PLACE.fullmatch(text, m.end, n.start) and n.best is not None and n.best.kind != "enclosing":
            return n.best
        break
    return None


NEAR_BEFORE_CHARS = 40  # a town named this shortly before an unknown site, in its clause, sets its scene
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_AT_SITE = re.compile(r"\b(?:in|at|of|near|on|to|into|outside)\s+(?:the\s+)?$")
_CONJUNCTION = re.compile(r"\b(?:and|or|but|nor|&)\b")


def _place_just_before(mentions: Sequence[_Mention], i: int, text: str) -> Optional[Match]:
    """The town named just before mention i when the words between introduce it as a site in that
    town ("stayed in Ashvale at the Brenn Lodge", "fans in Oakbury gathered at Fennel Park")."""
    m = mentions[i]
    for n in reversed(mentions[max(0, i - 3):i]):
        if n.end > m.start or n.best is None or n.best.kind == "enclosing":
            continue
        between = text[n.end:m.start]
        # A country or a state is too wide a scene for a building; list-mates ("Elm and Birch") are
        # neighbours, not a town and what is in it.
        if (not _is_local(n.best.place) or len(between) > NEAR_BEFORE_CHARS or not _AT_SITE.search(between)
                or _SENTENCE_END.search(between) or _CONJUNCTION.search(between)):
            return None
        return n.best
    return None


def _site_in_named_town(mentions: Sequence[_Mention], gaz: Gazetteer, text: str) -> None:
    """A facility placed by the place in its name ("Ashvale University", read as Ashvale) that the
    text then puts in a town ("Ashvale University in Brennford") is in that town."""
    for i, m in enumerate(mentions):
        words = m.text.split()
        if (m.best is None or m.best.kind == "enclosing" or len(words) < 2
                or words[-1].lower().strip(".,") not in _FACILITY_WORDS):
            continue
        after = _place_after(mentions, i, text)
        if after is None or not _is_local(after.place) or after.place.geonameid == m.best.place.geonameid:
            continue
        if not gaz.matches(m.text):  # its reading came from the place part of its name
            m.best = Match(after.place, "enclosing", "district")


def _enclose(mentions: Sequence[_Mention], gaz: Gazetteer, text: str) -> None:
    """Place the names the gazetteer lacks (streets, buildings, parks, neighbourhoods) in the
    article's place around them, at "district" precision.

    The place the text puts it in comes first ("the Peace Palace in The Hague"); then a part of
    the name that is one of the article's places ("Old Town Manassas", "Dubai World Trade Centre");
    then a town named just before it that introduces it as a site ("in Ashvale at the Brenn Lodge");
    else the town the article mentions most, the nearest one before the name on a tie (mentions in
    its admin1 area count too); else the article's most mentioned area or country.
    """
    resolved = [m for m in mentions if m.best is not None and m.best.kind != "enclosing"]
    if not resolved or all(m.best is not None for m in mentions):
        return
    counts = Counter(m.best.place.geonameid for m in resolved)
    areas = Counter(_area(m.best.place) for m in resolved)
    for i, m in enumerate(mentions):
        if m.best is not None:
            continue
        after = _place_after(mentions, i, text)
        if after is not None:
            m.best = Match(after.place, "enclosing", "district" if _is_local(after.place) else after.precision)
            continue
        part = _known_part(m.text, gaz, counts, {r.best.place.country for r in resolved})
        if part is not None:
            m.best = Match(part.place, "enclosing", "district" if _is_local(part.place) else part.precision)
            continue
        before = _place_just_before(mentions, i, text)
        if before is not None:
            m.best = Match(before.place, "enclosing", "district")
            continue
        pool = [r for r in resolved if _is_local(r.best.place)] or resolved
        # A post-office hamlet (no population) encloses nothing when a real town is at hand.
        pool = [r for r in pool if r.best.place.feature_code != "PPLL"] or pool
        # The town with most mentions of it and of other places in its admin1 area; on a tie the
        # nearest before the name, then the first after it.
        around = max(pool, key=lambda r: (counts[r.best.place.geonameid] + areas[_area(r.best.place)],
                                          r.start < m.start, r.start if r.start < m.start else -r.start)).best
        m.best = Match(around.place, "enclosing", "district" if _is_local(around.place) else around.precision)


def _drop_lone_hamlets(mentions: Sequence[_Mention], text: str) -> None:
    """Unresolve names read as a US post-office hamlet (PPLL: no population, no GeoNames id) that
    nothing in the article supports: a street or a building ("Elysian Fields") is far likelier
    than a hamlet in a state the article never mentions. Support is another place in the same
    state, or a "Town, State" container; with no other place in the article the hamlet stays.
    The names are then placed by `_enclose`."""
    if not any(m.best is not None and m.best.place.feature_code != "PPLL" for m in mentions):
        return
    for i, m in enumerate(mentions):
        if m.best is None or m.best.place.feature_code != "PPLL":
            continue
        p = m.best.place
        container = _container(mentions, i, text)
        if container is not None and _inside(p, container):
            continue
        if any(o.best is not None and o is not m and normalize(o.text) != normalize(m.text)
               and o.best.place.country == p.country and o.best.place.admin1 == p.admin1 for o in mentions):
            continue
        m.best = None


STRAY_TOWN_POP = 100_000  # towns under this size, far from all the article's other places ...
STRAY_TOWN_KM = 500.0  # ... by this much, read as a place they are more likely to be a venue or a street
STRAY_TOWN_OTHERS = 3  # other names the article must place for that comparison to mean anything


def _drop_stray_towns(mentions: Sequence[_Mention], text: str) -> None:
    """Unresolve names read as a town of under 100,000 people lying over 500 km from every other
    place the article names (three at least): in a story set in New Orleans, "Bourbon" is the
    street, not a town in Indiana; "Rogers Centre" in Toronto is not in Rogers, Arkansas. A
    "Town, State" container keeps the town. The names are then placed by `_enclose`."""
    keys = [normalize(m.text) if m.best is not None else "" for m in mentions]
    place_of: dict[str, object] = {}
    for key, m in zip(keys, mentions):
        if m.best is not None:
            place_of.setdefault(key, m.best.place)
    if len(place_of) <= STRAY_TOWN_OTHERS:
        return
    for i, (key, m) in enumerate(zip(keys, mentions)):
        if m.best is None or m.best.kind == "enclosing":
            continue
        p = m.best.place
        if p.feature_class != "P" or p.population >= STRAY_TOWN_POP:
            continue
        container = _container(mentions, i, text)
        if container is not None and _inside(p, container):
            continue
        if all(distance_km(p.lat, p.lon, q.lat, q.lon) > STRAY_TOWN_KM for k, q in place_of.items() if k != key):
            m.best = None


def _without_stray_villages(mentions: list[_Mention]) -> list[_Mention]:
    """Leave out a name read as a village abroad (under 2,000 people, in a country no other name of the
    article is in) when another country holds at least three of the article's names: a company or a
    person in a story set elsewhere is likelier than a far-off hamlet of the same spelling."""
    by_country: dict[str, set[str]] = {}
    for m in mentions:
        if m.best is not None:
            by_country.setdefault(m.best.place.country, set()).add(normalize(m.text))
    if not by_country or max(len(names) for names in by_country.values()) < 3:
        return mentions
    kept = []
    for m in mentions:
        p = m.best.place if m.best is not None else None
        if (p is not None and p.feature_class == "P" and p.population < 2_000
                and by_country[p.country] == {normalize(m.text)}):
            continue
        kept.append(m)
    return kept


_FEATURE_WORDS = {"delta", "river", "valley", "basin", "lake", "sea", "gulf", "bay", "mountains", "mountain",
                  "hills", "desert", "plateau", "coast", "quarter", "island", "islands", "peninsula", "forest"}
_COMPASS_WORDS = {"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "central"}


def _known_part(name: str, gaz: Gazetteer, article_places: Counter, article_countries: set) -> Optional[Match]:
    """The longest run of words inside a name that names one of the article's places."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i:i + size])
            if len(part) < 3 or part.lower() in _COMMON_WORDS or not part[:1].isupper():
                continue
            found = [c for c in gaz.matches(part) if c.place.geonameid in article_places]
            if found:
                return max(found, key=lambda c: article_places[c.place.geonameid])
    # Else a country or state the name carries, or a city it ends with ("Bank of Japan", "US Federal
    # Reserve", "Robinson College Cambridge"): an institution named after a place is most often in
    # it. Not streets or natural features: the Niger Delta, Victoria Street are not in Niger, Victoria.
    if (_street_name(name) or _is_street_word(words[-1]) or words[-1].lower() in _FEATURE_WORDS
            or words[-1].lower() in _SITE_WORDS):
        return None
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i:i + size])
            if (part.lower() in _COMMON_WORDS or part.lower() in _COMPASS_WORDS or not part[:1].isupper()
                    or len(part) < 3 and not part.isupper()):
                continue
            found = [c for c in gaz.matches(part) if c.kind in ("name", "alias") and (
                c.place.feature_code == "PCLI" or c.place.country in article_countries and (
                    c.place.feature_code == "ADM1" or i + size == len(words) and len(part) >= 3
                    and c.place.feature_class == "P" and c.place.population >= 100_000))]
            if found:
                return max(found, key=lambda c: (c.place.feature_code == "PCLI", c.place.feature_class == "P",
                                                 c.place.population))
    return None


def _location(m: _Mention) -> Location:
    if m.best is None:
        return Location(text=m.text, start=m.start, end=m.end, name=m.text, precision="exact")
    p = m.best.place
    return Location(text=m.text, start=m.start, end=m.end, name=p.name, geonameid=p.geonameid if p.geonameid > 0 else None,
                    lat=p.lat, lon=p.lon, country=p.country or None, admin1=p.admin1, admin2=p.admin2,
                    feature_class=p.feature_class, precision=m.best.precision)


_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
_COORDINATED = re.compile(rf"((?:{_NAME}, )*{_NAME},? (?:and|or) {_NAME}) (counties|parishes|provinces|districts)\b")
_AREA_NOUN = {"counties": "County", "parishes": "Parish", "provinces": "Province", "districts": "District"}
_AREAS_WORD = re.compile(r" (?:counties|parishes|provinces|districts)\b")


def _coordinated_areas(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    """The names in "Jackson, Barrow and Madison counties", each read as "<Name> County"."""
    text = text_of(doc)
    found = []
    if not _AREAS_WORD.search(text):
        return found
    for hit in _COORDINATED.finditer(text):
        noun = _AREA_NOUN[hit.group(2)]
        for name in re.finditer(_NAME, hit.group(1)):
            if name.group() in ("And", "Or"):
                continue
            matches = [m for m in gaz.matches(f"{name.group()} {noun}") if m.place.feature_class == "A"]
            if matches:
                start = hit.start(1) + name.start()
                found.append(_Mention(start, start + len(name.group()), name.group(), matches, "ADM2"))
    return found


_COORDINATED_STREETS = re.compile(
    rf"((?:{_NAME}, )*{_NAME},? (?:and|or) {_NAME}) (?:streets|roads|avenues|boulevards|drives|lanes)\b")
_STREETS_WORD = re.compile(r" (?:streets|roads|avenues|boulevards|drives|lanes)\b")
_ORDINALS = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
             "Twelfth"}


def _coordinated_streets(doc: Doc) -> list[_Mention]:
    """The names in "Culver and Charter streets", each a street (placed in the article's town);
    numbered streets ("Fourth and Seventh streets") are left out, as they are no names."""
    text = text_of(doc)
    found = []
    if not _STREETS_WORD.search(text):  # a cheap scan first: the full pattern is slow on long texts
        return found
    for hit in _COORDINATED_STREETS.finditer(text):
        for name in re.finditer(_NAME, hit.group(1)):
            if name.group() not in ("And", "Or") and name.group().split()[0] not in _ORDINALS:
                start = hit.start(1) + name.start()
                found.append(_Mention(start, start + len(name.group()), name.group(), []))
    return found


# "the village of Flumeri", "the villages of Nuli and Avnevi": a kind of place, then its name.
_KIND_OF_NAME = re.compile(
    r"\b(?:city|town|village|suburb|hamlet|township|province|district|region|county|municipality|borough|"
    r"neighbou?rhood|island|cities|towns|villages|suburbs|provinces|districts|regions|islands)\s+of\s+"
    r"(?P<names>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|al|el))*(?:(?:,\s+|,?\s+and\s+)[A-Z][\w’'-]+)*)")


def _kind_of_names(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    """Names the text calls a town, village, district ... ("the village of Cellardyke"), known to
    the gazetteer or not (then placed in the article's place around them)."""
    text = text_of(doc)
    found = []
    for hit in _KIND_OF_NAME.finditer(text):
        for name in re.finditer(r"[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|al|el))*", hit.group("names")):
            start = hit.start("names") + name.start()
            word = _TRAILING.sub("", name.group())
            if word.lower() in _COMMON_WORDS or _demonym_shaped(word):
                continue
            found.append(_Mention(start, start + len(word), word, gaz.matches(word), "P"))
    return found


# Protected areas: "Ozark National Forest", "Gila Wilderness", "Itasca State Park".
# The model calls them organisations or persons; the whole name is the place.
_PROTECTED_AREA = re.compile(
    r"(?<![\w’'-])(?:[A-Z][\w’'-]*\.?\s+){1,5}?"
    r"(?:National\s+(?:Forest|Park|Preserve|Monument|Wildlife\s+Refuge|Seashore|Lakeshore|Recreation\s+Area|Grassland)|"
    r"State\s+(?:Park|Forest|Beach)|Wilderness(?:\s+Area)?|Wildlife\s+(?:Refuge|Sanctuary)|Nature\s+Reserve|"
    r"Game\s+Reserve|Conservation\s+Area|Protection\s+Area|Marine\s+Park|Provincial\s+Park|Country\s+Park)(?![\w-])")
_PROTECTED_WORD = re.compile(r"\b(?:National|State|Wilderness|Wildlife|Reserve|Area|Marine|Provincial|Country)\b")
_OWNER = re.compile(r"^(?:The\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+")  # "Utah's Zion National Park"


def _protected_areas(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    """Parks, forests, wildernesses and refuges named as such, whole ("Zion National Park")."""
    text = text_of(doc)
    found = []
    if not _PROTECTED_WORD.search(text):
        return found
    for hit in _PROTECTED_AREA.finditer(text):
        start, name = hit.start(), hit.group()
        owner = _OWNER.match(name) or _LEADING.match(name)
        if owner:
            start, name = start + owner.end(), name[owner.end():]
        if len(name.split()) >= 2 and name.split()[0].lower() not in _COMMON_WORDS:
            found.append(_Mention(start, start + len(name), name, gaz.matches(name)))
    return found


def _caps_datelines(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    """Capitalised dateline places near the top of the article that the gazetteer knows by name."""
    text = text_of(doc)
    found = []
    for start, end in dateline_places(text):
        name = text[start:end]
        if len(name) < 3 or name.lower() in _COMMON_WORDS:
            continue
        # A capitalised word is an alternate name of some hamlet too often; a city's other name is
        # what datelines print ("NEW YORK" for New York City).
        matches = [m for m in gaz.matches(name) if m.kind != "alt" or m.place.population >= 100_000]
        if matches:
            found.append(_Mention(start, end, name, matches, "P"))  # a reporter files from a town
    return found


# A US legislator's party and home town or state: "Sen. Tom Bakk, DFL-Cook", "(R-Elbow Lake)".
_PARTY_HOME = re.compile(r"(?<![\w-])(?:R|D|I|DFL)-(?P<place>[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?)(?=[,)\s])")


def _party_homes(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    """The home towns and states in legislators' party labels that the gazetteer knows by name."""
    text = text_of(doc)
    if "-" not in text:
        return []
    found = []
    for hit in _PARTY_HOME.finditer(text):
        start, end = hit.span("place")
        if hit.group("place").lower() in _COMMON_WORDS:
            continue  # "D-Day"
        matches = [m for m in _matches_for(gaz, hit.group("place"), located_by=False) if m.kind != "alt"]
        if matches:
            found.append(_Mention(start, end, hit.group("place"), matches))
    return found


_CITY_WORDS = {"City", "Town", "Village"}
# Offices of a town's government: "Huntsville City Manager", "Oxford City Council". (Not its
# buildings: "Seoul City Hall" is a place of its own for some annotators, the town's for others.)
_TOWN_OFFICES = {"Council", "Councillor", "Councilman", "Councilwoman", "Manager", "Commission", "Commissioner",
                 "Commissioners", "Clerk", "Attorney", "Area", "Public", "Police", "Schools", "Planning", "Board",
                 "Mayor", "Treasurer", "Administrator", "Engineer", "Limits", "Government", "Officials", "Department",
                 "Transit"}
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")


def _trim_city_word(m: _Mention, text: str, gaz: Gazetteer) -> None:
    """"Huntsville City Manager", "Ludlow Town Council": the town of an office named "<Town>
    City/Town ..." is the toponym, unless "<Town> City" is a town's own name ("Kansas City",
    "Boulder City Council")."""
    words = m.text.split()
    for i in range(1, len(words)):
        if words[i] not in _CITY_WORDS:
            continue
        after = words[i + 1] if i + 1 < len(words) else (_NEXT_WORD.match(text, m.end) or [None, None])[1]
        if after not in _TOWN_OFFICES:
            return  # "Suffolk City chief of detectives", "Norwich City Football Club": no office named
        whole = " ".join(words[:i + 1])
        if any(c.kind != "alt" and c.place.feature_class == "P" and normalize(c.place.name) == normalize(whole)
               for c in gaz.matches(whole)):
            return
        head = " ".join(words[:i])
        matches = [c for c in gaz.matches(head) if c.kind != "alt"]
        if matches and head.lower() not in _COMMON_WORDS:
            m.end, m.text, m.matches = m.start + len(head), head, matches
        return


_NAME_TAIL = re.compile(r"(?:-|[ \t]+)((?:(?:del|de|do|da|dos|das|di|du|la|los|las|y|sur|sul|upon)[ \t-]+)?[A-Z][\w’'.]*)")


def _town_office_named(whole: str, text: str, end: int, matches: Sequence[Match]) -> bool:
    """'Dublin City' before 'Manager': an office of the town Dublin, though Dublin City is also an Irish
    district's name; a town called '<Name> City' keeps its name ('Kansas City Council')."""
    after = _NEXT_WORD.match(text, end)
    return (whole.rsplit(" ", 1)[-1] in _CITY_WORDS and after is not None and after[1] in _TOWN_OFFICES
            and not any(c.place.feature_class == "P" and normalize(c.place.name) == normalize(whole) for c in matches))


def _extend_to_known_names(sure: list[_Mention], maybe: list[_Mention], text: str,
                           gaz: Gazetteer) -> tuple[list[_Mention], list[_Mention]]:
    """Lengthen a mention over the capitalised words or hyphenated part after it when together they
    are a place's own name the model cut in two ("Boa" + "Vista", "Gilgit" + "-Baltistan",
    "Batesburg-Leesville"); the mentions of the parts give way to it."""
    grown = []
    for m in sure + maybe:
        end, best = m.end, None
        for _ in range(3):
            tail = _NAME_TAIL.match(text, end)
            if tail is None:
                break
            end = tail.end()
            whole = text[m.start:end].rstrip(".")
            matches = gaz.matches(whole)
            if any(c.kind in ("name", "alias") and normalize(c.place.name) == normalize(whole) for c in matches) and (
                    not _town_office_named(whole, text, m.start + len(whole), matches)):
                best = (m.start + len(whole), whole, matches)
        if best is not None and not _STREET_AFTER.match(text, m.start + len(best[1])):  # "Mineral Wells Avenue"
            m.end, m.text, m.matches = best
            grown.append(m)
    if not grown:
        return sure, maybe
    inside = lambda m: any(g is not m and g.start <= m.start and m.end <= g.end for g in grown)
    return [m for m in sure if not inside(m)], [m for m in maybe if not inside(m)]


def _merge_pairs(mentions: list[_Mention], text: str, gaz: Gazetteer) -> list[_Mention]:
    """Join two adjacent names that together are a place's own name ("Washington, D.C.")."""
    merged: list[_Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        if i + 1 < len(mentions) and text[a.end:mentions[i + 1].start] in (", ", " "):
            b = mentions[i + 1]
            whole = text[a.start:b.end]
            matches = gaz.matches(whole)
            if any(m.kind == "name" and normalize(m.place.name) == normalize(whole) for m in matches):
                merged.append(_Mention(a.start, b.end, whole, matches))
                i += 2
                continue
        merged.append(a)
        i += 1
    return merged


def _repeats(doc: Doc, ents: Sequence[SpacySpan], mentions: Sequence[_Mention]) -> list[_Mention]:
    """Other occurrences of names already found as places, which the model tagged otherwise
    ("Alexandria" as a person in one sentence, a place in the next): one sense per article.
    Only names found as places more often than the model calls them persons; an occurrence
    inside a longer name ("George Washington", "Lake Alexandria") is left alone."""
    text = text_of(doc)
    known = {m.text: m for m in mentions if m.matches and len(m.text) >= 3 and m.text[:1].isupper()
             and m.text.lower() not in _COMMON_WORDS}
    if not known:
        return []
    as_place = Counter(m.text for m in mentions)
    as_person = Counter(ent.text for ent in ents if ent.label_ == "PERSON" and ent.text in known)
    known = {t: m for t, m in known.items() if as_place[t] > as_person[t]}  # "Salah" said..., "Salah" joined...
    if not known:
        return []
    covered = sorted((m.start, m.end) for m in mentions)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in sorted(known, key=len, reverse=True))
                         + r")(?![\w-])")
    found = []
    for hit in pattern.finditer(text):
        start, end = hit.span()
        if any(a < end and start < b for a, b in covered):
            continue
        span = doc.char_span(start, end)
        if span is None:
            continue
        first, last = span[0], span[-1]
        if first.i > 0 and (doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].text[:1].isupper()
                            or first.ent_iob_ == "I" and doc[first.i - 1].lower_ != "of"):
            continue  # "George Washington", "New Alexandria"
        if last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I" and doc[last.i + 1].ent_type_ in (
                "PERSON", "GPE", "LOC", "FAC"):
            continue  # "Alexandria Smith", "Illinois State Armory"
        source = known[hit.group()]
        found.append(_Mention(start, end, hit.group(), source.matches, _kind_hint(doc, span)))
    return found


_CODE = re.compile(r"\b(?=\w*\d)(?=\w*[A-Za-z])\w+\b")  # a word of letters and digits ("H5N1")
# A place name that names a disease or its agent: "West Nile virus", "Ebola haemorrhagic fever".
_DISEASE_AFTER = re.compile(r"\s+(?:h(?:a)?emorrhagic\s+fever|virus(?:es)?|ebolavirus|fever|disease|encephalitis)\b",
                            re.IGNORECASE)
_STORM_WORDS = {"hurricane", "typhoon", "cyclone", "storm"}


# A kinship word before a name, or an age after it, says the name is a person's: "her son, Parker",
# "daughters North and Chicago", "Beryl, 81, met ...".
_KIN_BEFORE = re.compile(r"\b(?:sons?|daughters?|wife|husband|brothers?|sisters?|mother|father|grand(?:son|daughter)s?|"
                         r"nieces?|nephews?|cousins?|baby|girlfriend|boyfriend|widow|uncle|aunt),?\s+$")
_AGE_AFTER = re.compile(r",\s+\d{1,3},")


def _names_a_relative(mention: _Mention, text: str) -> bool:
    """A person named by a kinship word before it or an age after it, or by a byline in capitals
    ("BY CHAD MORROW"), not a place of that name."""
    return bool(_KIN_BEFORE.search(text[max(0, mention.start - 20):mention.start])) or bool(
        _AGE_AFTER.match(text, mention.end)) or mention.text.isupper() and text[max(0, mention.start - 3):mention.start] == "BY "


# Schools, homes and funeral parlours are mostly named after people or neighbourhoods ("Westwood
# Elementary", "Rothschild Middle School", "Battle Ground Academy", "Ridgeway Funeral Home"): the
# name before them is no toponym (town high schools are: "Norfolk High School").
_NAMED_BUILDING_AFTER = re.compile(r"[ \t]+(?:Elementary|Middle\s+School|Academy|Retirement|Funeral|Mortuary|"
                                   r"Montessori|Nursing\s+Home)\b")


def _names_a_building(mention: _Mention, text: str) -> bool:
    """The name of a school or home named after a person or a neighbourhood, not a town."""
    return bool(_NAMED_BUILDING_AFTER.match(text, mention.end)) and not _prominent(mention.matches)


_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?)\s+[A-Z][a-z]+")
_POSSESSIVE = re.compile(r"['’]s\b")


def _names_a_saints_house(mention: _Mention, text: str) -> bool:
    """"St. Mary's", "St. Michael's (Catholic School)", "St. Patrick's Day": a saint's church,
    school, hospital or feast, not a small town or parish named after the saint ("St. Petersburg's" is the
    city's)."""
    return bool(_SAINT.fullmatch(mention.text)) and bool(_POSSESSIVE.match(text, mention.end)) and not any(
        m.kind != "alt" and (m.place.feature_code == "PCLI" or m.place.feature_class == "P"
                             and m.place.population >= 100_000) for m in mention.matches)


_WAR_AFTER = re.compile(r"[ \t-]+[Ww]ars?\b")


def _names_a_thing(mention: _Mention, text: str) -> bool:
    """A disease ("West Nile virus"), a storm ("Hurricane Katrina") or a war named after a sea or
    region ("Gulf War"; "Iraq War" keeps its country), not the place of that name."""
    return bool(_DISEASE_AFTER.match(text, mention.end)) or (
        mention.text.lower() in _STORM_WORDS and bool(re.match(r"\s+[A-Z][a-z]", text[mention.end:mention.end + 3]))) or (
        bool(_WAR_AFTER.match(text, mention.end)) and not any(m.place.feature_code == "PCLI" for m in mention.matches))


def _names_a_currency(mention: _Mention, text: str) -> bool:
    """"$US 15 billion", "US$5", "NZ$ 3m": a country's code in a currency's name."""
    return text[mention.start - 1:mention.start] == "$" or text[mention.end:mention.end + 1] == "$"


def _names_something_else(mention: _Mention, text: str) -> bool:
    """A thing, a relative, a saint's house or a building named after someone, not a place of that name."""
    return (_names_a_thing(mention, text) or _names_a_relative(mention, text) or _names_a_currency(mention, text)
            or _names_a_saints_house(mention, text) or _names_a_building(mention, text))


def find_places(doc: Doc, dateline_place: Optional[Span] = None, country_hints: Iterable[str] = ()) -> list[Location]:
    """Every toponym mention in the Doc, resolved, in text order.

    `country_hints` are ISO alpha-2 codes the caller already believes in (from actors, the
    source). The dateline place, when it lies in the Doc, is returned like any other mention
    and counts as context; callers exclude it from event locations.
    """
    gaz = gazetteer()
    hints = list(country_hints)
    ents = doc.ents  # read once: spaCy rebuilds every entity Span on each read
    sure, maybe = _recognise(doc, ents, gaz)
    text = text_of(doc)
    # "H5N1", "H1N1": a strain's code the model called a place
    sure = [m for m in sure if not _names_something_else(m, text) and (m.matches or not _CODE.search(m.text))]
    maybe = [m for m in maybe if not _names_something_else(m, text)]
    for dateline in _caps_datelines(doc, gaz) + _party_homes(doc, gaz):
        sure = [m for m in sure if not (m.start < dateline.end and dateline.start < m.end)] + [dateline]
        maybe = [m for m in maybe if not (m.start < dateline.end and dateline.start < m.end)]
    surnames = _surnames(doc, ents, gaz)
    # A surname after a common given name ("Elizabeth Fairfield") is the person's wherever a town of
    # the name is not a metropolis; other full names leave a city of 100,000 its place.
    named = {ent[-1].text.lower() for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2
             and ent[0].text in _given_names() and ent[-1].text.lower() in surnames}
    sure = [m for m in sure if m.text.lower() not in surnames or (
        _metropolitan(m.matches) if m.text.lower() in named else _prominent(m.matches))]
    if dateline_place is not None and not any(s.start <= dateline_place.start < s.end for s in sure):
        promoted = [m for m in maybe if m.start <= dateline_place.start < m.end]
        maybe = [m for m in maybe if m not in promoted]
        sure.extend(promoted)
        if not promoted and text_of(doc)[dateline_place.start:dateline_place.end] == dateline_place.text:
            start, end = _clean(doc, dateline_place.start, dateline_place.end)
            matches = gaz.matches(text_of(doc)[start:end])
            if matches:
                sure.append(_Mention(start, end, text_of(doc)[start:end], matches))
    for m in sure + maybe:
        _trim_city_word(m, text, gaz)
    sure, maybe = _extend_to_known_names(sure, maybe, text_of(doc), gaz)
    sure = _merge_pairs(sorted(sure, key=lambda m: m.start), text_of(doc), gaz)
    _resolve(sure, text_of(doc), hints)
    countries, _ = _context(sure, hints)
    people = _people_names(doc, ents)
    kept = [m for m in maybe if (_plausible(m, countries, text_of(doc)) or _listed_with_a_place(m, sure, text))
            and (m.text.lower() not in people or any(
                c.kind == "name" and c.place.feature_code in ("PCLI", "ADM1") for c in m.matches))]
    areas = _coordinated_areas(doc, gaz)
    if areas:  # "Jackson and Barrow counties": the names are counties, whatever the model said
        spans = {(a.start, a.end) for a in areas}
        sure = [m for m in sure if (m.start, m.end) not in spans]
        kept = [m for m in kept if (m.start, m.end) not in spans]
        kept += [a for a in areas if not any(m.start < a.end and a.start < m.end for m in sure + kept)]
    parks = _protected_areas(doc, gaz) + _coordinated_streets(doc)
    if parks:  # "Jefferson National Forest", "Culver and Charter streets": what the name is, whatever the model said
        sure = [m for m in sure if not any(p.start < m.end and m.start < p.end for p in parks)]
        kept = [m for m in kept if not any(p.start < m.end and m.start < p.end for p in parks)] + parks
    kept += [k for k in _kind_of_names(doc, gaz) if not any(m.start < k.end and k.start < m.end for m in sure + kept)]
    kept += [m for m in _repeats(doc, ents, sure + kept) if not _names_a_thing(m, text)
             and not _names_a_relative(m, text) and not _names_a_currency(m, text)]
    if kept:
        mentions = _merge_pairs(sorted(sure + kept, key=lambda m: m.start), text_of(doc), gaz)
        for m in mentions:
            m.scores.clear()
        _resolve(mentions, text_of(doc), hints)
    else:
        mentions = sure
    _drop_lone_hamlets(mentions, text_of(doc))
    mentions = _without_stray_villages(mentions)
    _drop_stray_towns(mentions, text_of(doc))
    _site_in_named_town(mentions, gaz, text_of(doc))
    _enclose(mentions, gaz, text_of(doc))
    return [_location(m) for m in mentions]


def resolve_spans(text: str, spans: Sequence[tuple[int, int]], country_hints: Iterable[str] = ()) -> list[Location]:
    """Resolve given toponym spans (character offsets into `text`) together, each with the others as context."""
    gaz = gazetteer()
    mentions = []
    for s, e in spans:
        name = text[s:e]
        matches = _matches_for(gaz, name)
        # "Canadian" names a few hamlets, but as a toponym it stands for Canada.
        # A town's own name ("Gori", 40,000 people) is no demonym.
        if not matches or (name[:1].isupper() and _DEMONYM.search(name) and not any(
                m.place.population >= 100_000 or m.place.feature_code == "PCLI"
                or m.place.feature_code == "ADM1" and m.place.population >= 10_000  # not "German", a Manx parish
                or m.kind == "name" and m.place.population >= 10_000 for m in matches)):
            demonym = demonym_place(name)
            if demonym is not None:
                matches = [demonym]
        mentions.append(_Mention(s, e, name, matches, _kind_hint_in_text(text, s, e)))
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    ordered = [mentions[i] for i in order]
    _resolve(ordered, text, country_hints)
    _drop_lone_hamlets(ordered, text)
    _drop_stray_towns(ordered, text)
    _site_in_named_town(ordered, gaz, text)
    _enclose(ordered, gaz, text)
    return [_location(m) for m in mentions]
