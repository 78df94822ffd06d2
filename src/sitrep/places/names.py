"""What a name looks like and which gazetteer readings it has.

Word lists the other steps share (kind words, common words, street, facility, institution and
site words), the shape of a name (capitalised words, a street, an abbreviation), the kind of
place a neighbouring word implies ("Daraa province", "the city of Daraa"), and lookups that
fall back to a name's place part ("Daraa province", "University of Minnesota", "Polk County
Elections"). How prominent a reading is ("Air France") is decided here too, since recognition,
the "names something else" checks and the pipeline all weigh it.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from spacy.tokens import Doc, Span as SpacySpan

from sitrep.dateline import is_dateline_place
from sitrep.gazetteer import Gazetteer, Match, normalize
from sitrep.nlp import text_of


PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entities whose names often contain a place ("Lufkin Police", "University of Minnesota").
NAMED_AFTER_PLACES = {"ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
# Entities a toponym is often mislabelled as; others (DATE, MONEY, NORP ...) are never places.
RELABEL_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"}

# Words around a name that say what kind of place it is ("the province of Daraa", "Daraa city").
KIND_WORDS = {
    "city": "P", "town": "P", "village": "P", "capital": "P", "suburb": "P", "township": "P",
    "province": "ADM1", "governorate": "ADM1", "state": "ADM1", "region": "ADM1", "oblast": "ADM1",
    "county": "ADM2", "district": "ADM2", "parish": "ADM2", "municipality": "ADM2",
    "country": "PCLI", "republic": "PCLI", "kingdom": "PCLI", "nation": "PCLI",
}
LEADING = re.compile(r"^(?:the|The|THE)\s+")
TRAILING = re.compile(r"(?:['’]s|['’])$")
COMMON_WORDS = {  # capitalised words that are names of some hamlet but rarely meant as places
    "university", "college", "school", "police", "court", "mr", "mrs", "ms", "dr", "president", "minister",
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "god", "day", "news", "union", "miss", "city", "county", "state", "republic", "government", "army",
    "centre", "center", "village", "metro", "king", "queen", "hope", "easter", "christmas", "mass", "church",
    "forest", "reserve", "valley", "delta", "summit", "northwest", "northeast", "southwest", "southeast", "airport",
    # English words that also name a hamlet: "Superior Court", "Commerce Ministry", "Justice Department",
    # "Independence Day", "the Refuge", "Price Cutters"
    "superior", "commerce", "justice", "enterprise", "independence", "centennial", "triangle", "refuge", "marina",
    "post", "price", "trooper", "liberty", "unity", "progress", "victory", "energy", "pioneer", "transit", "freedom",
    "harmony", "industry", "economy", "security", "patriot", "republican", "democrat", "federal", "national",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    # rank words before an office ("Deputy Mayor", "Acting Chief"), also names of hamlets
    "deputy", "acting", "interim", "assistant",
}


def clean(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim a leading "the", a trailing possessive or conjunction and surrounding punctuation from a char range."""
    return clean_in_text(text_of(doc), start, end)


def clean_in_text(whole: str, start: int, end: int) -> tuple[int, int]:
    """`clean` on a text already read (the Doc's, by a caller that asks for every candidate name of every run)."""
    # (each regex only where the text's first or last letters allow a match: most candidate names have neither
    # a "the" nor a possessive or a conjunction; `$` also matches before a final line break)
    text = whole[start:end]
    if text.startswith(_THE):
        m = LEADING.match(text)
        if m:
            start += m.end()
    text = whole[start:end]
    if text.endswith(_TRAILING_ENDS):
        m = TRAILING.search(text)
        if m:
            end -= len(m.group())
    while start < end and not whole[start].isalnum():
        start += 1
    while end > start and not whole[end - 1].isalnum() and whole[end - 1] != ".":
        end -= 1
    if whole[start:end].endswith(" of"):  # "City of" (spaCy cut "City of Lufkin" short)
        return clean_in_text(whole, start, end - 3)
    text = whole[start:end]
    tail = _CONJUNCTION_TAIL.search(text) if text.endswith(_CONJUNCTION_ENDS) else None
    if tail:  # "St. Kitts and" (spaCy cut "St. Kitts and Nevis" short): the name may be lengthened later
        return clean_in_text(whole, start, end - len(tail.group()))
    return start, end


_CONJUNCTION_TAIL = re.compile(r"\s+(?:and|or|&)$")
_THE = ("the", "The", "THE")  # what LEADING's matches start with
_TRAILING_ENDS = ("'", "’", "s", "\n")  # and TRAILING's end with (or a line break after them)
_CONJUNCTION_ENDS = ("d", "r", "&", "\n")  # and _CONJUNCTION_TAIL's


def kind_hint_of(doc: Doc, span: SpacySpan) -> Optional[str]:
    """The feature code a neighbouring word implies: "Daraa province", "the city of Daraa"."""
    return kind_hint_in_text(text_of(doc), span.start_char, span.end_char)


_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_KIND_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+$")


def kind_hint_in_text(text: str, start: int, end: int) -> Optional[str]:
    """The feature code the word after a span or the "<kind> of" before it implies; a dateline
    names a town ("NEW YORK (AP) --")."""
    if is_dateline_place(text, start, end):
        return "P"
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1).lower() in KIND_WORDS:
        return KIND_WORDS[after.group(1).lower()]
    before = _KIND_OF_BEFORE.search(text[max(0, start - 20):start])
    if before and before.group(1).lower() in KIND_WORDS:
        return KIND_WORDS[before.group(1).lower()]
    if _PEOPLE_AFTER.match(text, end):
        return "P"  # "a Lebanon woman": a country's people take its demonym (a Lebanese woman); a town's, its name
    return None


_PEOPLE_AFTER = re.compile(r"\s+(?:man|woman|men|women|boy|girl|teen|teenager|couple|residents?|natives?|motorist|"
                           r"motorcyclist|driver)\b")


# Words that make a name of a thing located in a place ("Colorado State University", "Manchester
# City", "University of Alberta"): with no match for the whole name, the place part locates it.
FACILITY_WORDS = {
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


# Ayin and hamza written as marks ("Dar‘ā", "Baʿalbek", "Maʾrib"); the gazetteer drops them, but the
# usual English spelling often writes a vowel in their place ("Daraa").
_AYIN_HAMZA = re.compile("[‘’ʿʾʻʼ'`´]")


def known_matches(gaz: Gazetteer, text: str) -> list[Match]:
    """The gazetteer's readings of a name; a name written with ayin or hamza marks that has none
    as written is tried with an "a" for each mark ("Dar‘ā al-Mahatta" as "Daraa al-Mahatta")."""
    matches = gaz.matches(text)
    if matches or not _AYIN_HAMZA.search(text) or not any(c.isalpha() for c in text[1:]):
        return matches
    return gaz.matches(_AYIN_HAMZA.sub("a", text))


# "Geneva-based"; "London based" unless "based on/in ..." goes on ("strikes in Idlib based on reports")
_SEAT_AFTER = re.compile(r"(?:\s?[-‑–]\s?based\b|\s+based\b(?!\s+(?:on|upon|in|at|out|off|around|near)\b))",
                         re.IGNORECASE)


def source_seat(text: str, end: int) -> bool:
    """Whether the name ending at `end` gives where a source sits: "the Geneva-based monitor",
    "a London based group"."""
    return _SEAT_AFTER.match(text, end) is not None


def matches_for(gaz: Gazetteer, text: str, located_by: bool = True) -> list[Match]:
    """Candidates for a name; with `located_by`, a facility or team name falls back to its place part."""
    matches = known_matches(gaz, text)
    if _is_abbreviation(text):
        # "SA", "CHU": an abbreviation, not the alternate name of a hamlet ("Siá", "Chũ").
        return [m for m in matches if m.kind in ("alias", "district") or m.place.feature_class == "A"
                or m.place.population >= 100_000]
    if matches or " " not in text:
        return matches
    # "Daraa province", "Homs city": drop a trailing or leading kind word and try again.
    words = text.split()
    if words[-1].lower() in KIND_WORDS:
        return gaz.matches(" ".join(words[:-1]))
    if words[0].lower() in KIND_WORDS and normalize(text) not in _TOWN_BUILDINGS:
        # "County Kerry"; not "City Hall", nor "County Road" by an other name of a hamlet (Rode)
        return [m for m in gaz.matches(" ".join(words[1:])) if m.kind != "alt"]
    return _located_by(gaz, words) if located_by else []


def _located_by(gaz: Gazetteer, words: list[str]) -> list[Match]:
    """The place in a facility or team name: the words before trailing facility words, or after "of"."""
    lowered = [w.lower().strip(".,") for w in words]
    parts = []
    end = len(words)
    while end > 1 and lowered[end - 1] in FACILITY_WORDS:
        end -= 1
    if end < len(words):
        parts.append(" ".join(words[:end]))
    if "of" in lowered[1:-1] and lowered[0] in FACILITY_WORDS:
        parts.append(" ".join(words[lowered.index("of") + 1:]))
    for part in parts:
        found = [m for m in gaz.matches(part) if m.kind != "alt" and (
            m.place.population >= 10_000 or m.place.feature_class != "P")]
        if found:
            return found
    return []


_WORD_SEPARATORS = re.compile(r"[\s\-]+")


def looks_like_name(text: str) -> bool:
    words = [w for w in _WORD_SEPARATORS.split(text) if w]
    return bool(words) and all(w[0].isupper() or w.lower() in {"al", "el", "de", "of", "la", "le", "upon", "on"}
                               for w in words) and words[0][0].isupper()


# Street words: a name followed by one names a street, not the town it is named after.
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "drive", "boulevard", "blvd", "lane", "highway",
                 "parkway", "freeway", "expressway", "turnpike"}
STREET_AFTER = re.compile(r"[ \t]+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Drive|Boulevard|Blvd\.|Lane|Highway|Parkway|"
                           r"Freeway|Expressway|Turnpike)(?!\w)")


def street_name(text: str) -> bool:
    """"Tolland Drive", "N. Harlow Avenue"; not "Osgood R. Lane" (a person) nor a list of streets."""
    words = text.split()
    return (len(words) >= 2 and is_street_word(words[-1]) and looks_like_name(text) and "," not in text
            and not re.fullmatch(r"[A-Z]\.", words[-2]))


def is_street_word(word: str) -> bool:
    return word[:1].isupper() and word.lower().rstrip(".") in STREET_WORDS


# Words ending an institution's name: "Polk County District Court" is an institution in a
# place, and the toponym is its place part.
INSTITUTION_WORDS = {"court", "party", "council", "jail", "department", "office", "board", "commission",
                      "committee", "police", "sheriff", "legislature", "assembly", "government", "administration",
                      "courthouse", "commissioners", "commissioner", "coordinator", "elections", "judges", "judge",
                      "clerk", "attorney", "manager", "mayor"}


_INSTITUTION_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
# Districts that are bodies serving a place: "Harlow County Sewer District", "Yakima Valley
# Water District".
_SERVICE_WORDS = {"water", "school", "sanitation", "fire", "utility", "utilities", "irrigation", "transit", "park",
                  "parks", "library", "hospital", "conservation", "sewer", "drainage", "levee", "port", "college"}
# A river or valley named after a place, whose name the gazetteer may lack ("Yakima Valley").
FEATURE_TAILS = {"River", "Valley", "Delta", "Creek", "Basin", "Canyon", "Mountains", "Peninsula", "Desert"}


def without_institution(start: int, text: str, gaz: Gazetteer, doc_text: str = "") -> tuple[int, int, str]:
    """The place part of an institution's name the model called a place ("Polk County Elections",
    or "Polk County District" before "Attorney"), else the name unchanged."""
    words = text.split()
    last = re.sub(r"['’]s?$", "", words[-1]).lower()
    after = _INSTITUTION_AFTER.match(doc_text, start + len(text))
    ends_office = last in INSTITUTION_WORDS or last.endswith("s") and last[:-1] in INSTITUTION_WORDS or (
        after is not None and after.group(1).lower() in INSTITUTION_WORDS and not gaz.matches(text)) or (
        len(words) >= 3 and last == "district" and words[-2].lower() in _SERVICE_WORDS and not gaz.matches(text))
    if len(words) < 2 or not ends_office:
        return start, start + len(text), text
    for size in range(len(words) - 1, 0, -1):
        part = " ".join(words[:size])
        if part.lower() not in COMMON_WORDS and any(
                m.kind != "alt" and (m.place.feature_class == "A" or m.place.population >= 1000) for m in gaz.matches(part)):
            if words[size] in FEATURE_TAILS:  # "Yakima Valley Water District": the valley
                part = " ".join(words[:size + 1])
            return start, start + len(part), part
    return start, start + len(text), text


# Last words of names of sites often called after someone ("Grant Park", "Ellis Island", "Lincoln
# Square"): neither a person's name nor inside the place whose name they carry.
SITE_WORDS = {"park", "square", "plaza", "gardens", "garden", "heights", "hills", "hill", "beach", "estate",
               "estates", "farm", "ranch", "field", "fields", "springs", "falls", "creek", "point", "harbor",
               "harbour", "bridge", "grove", "woods", "mill", "crossing", "junction", "landing", "island", "isle",
               "bay", "lake"}


def prominent(matches: Sequence[Match]) -> bool:
    """A country, state or large city: a reading likely wherever the name appears ("Air France")."""
    return any(m.kind != "alt" and (m.place.feature_code in ("PCLI", "ADM1", "CONT") or m.place.population >= 100_000)
               for m in matches)


def metropolitan(matches: Sequence[Match]) -> bool:
    """A country, state or city of a million: a reading likely even beside a person of the name."""
    return any(m.kind != "alt" and (m.place.feature_code in ("PCLI", "ADM1", "CONT") or m.place.population >= 1_000_000)
               for m in matches)


FEATURE_WORDS = {"delta", "river", "valley", "basin", "lake", "sea", "gulf", "bay", "mountains", "mountain",
                  "hills", "desert", "plateau", "coast", "quarter", "island", "islands", "peninsula", "forest"}
COMPASS_WORDS = {"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "central"}
