"""Pattern rules: names recognised by the words around them rather than by the model.

Coordinated counties and streets ("Jackson and Franklin counties"), "the village of X",
protected areas ("Arches National Park"), capitalised datelines, legislators' party homes
("DFL-Mankato"), town offices ("Dothan City Manager"), names the model cut in two ("Boa" +
"Vista"), adjacent pairs that are one name ("Washington, D.C."), and repeats of names already
found (one sense per article).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator, Sequence

from spacy.symbols import PERSON  # (an entity label's id: comparing it spares a string look-up per entity)
from spacy.tokens import Doc, Span as SpacySpan

from sitrep.dateline import dateline_places
from sitrep.gazetteer import Gazetteer, Match, normalize
from sitrep.nlp import dependency_tree, text_of
from .demonyms import demonym_shaped
from .mention import Mention
from .names import COMMON_WORDS, LEADING, STREET_AFTER, TRAILING, kind_hint_of, matches_for, prominent


_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
_COORDINATED = re.compile(rf"((?:{_NAME}, )*{_NAME},? (?:and|or) {_NAME}) (counties|parishes|provinces|districts)\b")
_AREA_NOUN = {"counties": "County", "parishes": "Parish", "provinces": "Province", "districts": "District"}
_AREAS_WORD = re.compile(r" (?:counties|parishes|provinces|districts)\b")


def _coordinated_names(text: str, scan: re.Pattern, pattern: re.Pattern) -> Iterator[tuple[int, str, str]]:
    """(start, name, kind word) for each name in the lists `pattern` finds ("Jackson, Franklin and
    Madison counties"); `scan` looks for the kind word first, as the full pattern is slow on long texts."""
    if not scan.search(text):
        return
    for hit in pattern.finditer(text):
        for name in re.finditer(_NAME, hit.group(1)):
            if name.group() not in ("And", "Or"):
                yield hit.start(1) + name.start(), name.group(), hit.group(2)


def coordinated_areas(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """The names in "Jackson, Franklin and Madison counties", each read as "<Name> County"."""
    found = []
    for start, word, kind in _coordinated_names(text_of(doc), _AREAS_WORD, _COORDINATED):
        noun = _AREA_NOUN[kind]
        matches = [m for m in gaz.matches(f"{word} {noun}") if m.place.feature_class == "A"]
        if not matches and " " in word:  # "Rural Dundy and Furnas counties": a word before the first name
            first, word = word.split(" ", 1)
            start += len(first) + 1
            matches = [m for m in gaz.matches(f"{word} {noun}") if m.place.feature_class == "A"]
        if matches:
            found.append(Mention(start, start + len(word), word, matches, "ADM2"))
    return found


_COORDINATED_STREETS = re.compile(
    rf"((?:{_NAME}, )*{_NAME},? (?:and|or) {_NAME}) (streets|roads|avenues|boulevards|drives|lanes)\b")
_STREETS_WORD = re.compile(r" (?:streets|roads|avenues|boulevards|drives|lanes)\b")
_ORDINALS = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
             "Twelfth"}


def coordinated_streets(doc: Doc) -> list[Mention]:
    """The names in "Pelham and Wexley streets", each a street (placed in the article's town);
    numbered streets ("Third and Ninth streets") are left out, as they are no names."""
    return [Mention(start, start + len(name), name, [])
            for start, name, _ in _coordinated_names(text_of(doc), _STREETS_WORD, _COORDINATED_STREETS)
            if name.split()[0] not in _ORDINALS]


# "the village of Zandogo", "the villages of Kwarbuti and Zandogo": a kind of place, then its name.
_KIND_OF_NAME = re.compile(
    r"\b(?:city|town|village|suburb|hamlet|township|province|district|region|county|municipality|borough|"
    r"neighbou?rhood|island|cities|towns|villages|suburbs|provinces|districts|regions|islands)\s+of\s+"
    r"(?P<names>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|al|el))*(?:(?:,\s+|,?\s+and\s+)[A-Z][\w’'-]+)*)")


def kind_of_names(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Names the text calls a town, village, district ... ("the village of Kwarbuti"), known to
    the gazetteer or not (then placed in the article's place around them)."""
    text = text_of(doc)
    found = []
    for hit in _KIND_OF_NAME.finditer(text):
        for name in re.finditer(r"[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|al|el))*", hit.group("names")):
            start = hit.start("names") + name.start()
            word = TRAILING.sub("", name.group())
            if word.lower() in COMMON_WORDS or demonym_shaped(word):
                continue
            found.append(Mention(start, start + len(word), word, gaz.matches(word), "P"))
    return found


# Protected areas: "Ozark National Forest", "Gila Wilderness", "Itasca State Park".
# The model calls them organisations or persons; the whole name is the place.
# (the lookaheads before the lookbehinds below test first, at each position of the whole text, the
# capital every match starts with: a cheaper test that rejects most positions; same matches)
_PROTECTED_AREA = re.compile(
    r"(?=[A-Z])(?<![\w’'-])(?:[A-Z][\w’'-]*\.?\s+){1,5}?"
    r"(?:National\s+(?:Forest|Park|Preserve|Monument|Wildlife\s+Refuge|Seashore|Lakeshore|Recreation\s+Area|Grassland)|"
    r"State\s+(?:Park|Forest|Beach)|Wilderness(?:\s+Area)?|Wildlife\s+(?:Refuge|Sanctuary)|Nature\s+Reserve|"
    r"Game\s+Reserve|Conservation\s+Area|Protection\s+Area|Marine\s+Park|Provincial\s+Park|Country\s+Park)(?![\w-])")
_PROTECTED_WORD = re.compile(r"\b(?:National|State|Wilderness|Wildlife|Reserve|Area|Marine|Provincial|Country)\b")
_OWNER = re.compile(r"^(?:The\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+")  # "Utah's Arches National Park"


def protected_areas(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Parks, forests, wildernesses and refuges named as such, whole ("Arches National Park")."""
    text = text_of(doc)
    found = []
    if not _PROTECTED_WORD.search(text):
        return found
    for hit in _PROTECTED_AREA.finditer(text):
        start, name = hit.start(), hit.group()
        owner = _OWNER.match(name) or LEADING.match(name)
        if owner:
            start, name = start + owner.end(), name[owner.end():]
        if len(name.split()) >= 2 and name.split()[0].lower() not in COMMON_WORDS:
            found.append(Mention(start, start + len(name), name, gaz.matches(name)))
    return found


def caps_datelines(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Capitalised dateline places near the top of the article that the gazetteer knows by name."""
    text = text_of(doc)
    found = []
    for start, end in dateline_places(text):
        name = text[start:end]
        if len(name) < 3 or name.lower() in COMMON_WORDS:
            continue
        # A capitalised word is an alternate name of some hamlet too often; a city's other name is
        # what datelines print ("NEW YORK" for New York City).
        matches = [m for m in gaz.matches(name) if m.kind != "alt" or m.place.population >= 100_000]
        if matches:
            found.append(Mention(start, end, name, matches, "P"))  # a reporter files from a town
    return found


# A US legislator's party and home town or state: "Sen. Ann Vorland, DFL-Mankato", "(R-Detroit Lakes)".
_PARTY_HOME = re.compile(r"(?=[RDI])(?<![\w-])(?:R|D|I|DFL)-(?P<place>[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?)(?=[,)\s])")


def party_homes(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """The home towns and states in legislators' party labels that the gazetteer knows by name."""
    text = text_of(doc)
    if "-" not in text:
        return []
    found = []
    for hit in _PARTY_HOME.finditer(text):
        start, end = hit.span("place")
        if hit.group("place").lower() in COMMON_WORDS:
            continue  # "D-Day"
        matches = [m for m in matches_for(gaz, hit.group("place"), located_by=False) if m.kind != "alt"]
        if matches:
            found.append(Mention(start, end, hit.group("place"), matches))
    return found


_CITY_WORDS = {"City", "Town", "Village"}
# Offices of a town's government: "Dothan City Manager", "Bristol City Council". (Not its
# buildings: "Tokyo City Hall" is a place of its own for some annotators, the town's for others.)
_TOWN_OFFICES = {"Council", "Councillor", "Councilman", "Councilwoman", "Manager", "Commission", "Commissioner",
                 "Commissioners", "Clerk", "Attorney", "Area", "Public", "Police", "Schools", "Planning", "Board",
                 "Mayor", "Treasurer", "Administrator", "Engineer", "Limits", "Government", "Officials", "Department",
                 "Transit"}
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")


def trim_city_word(m: Mention, text: str, gaz: Gazetteer) -> None:
    """"Dothan City Manager", "Ashvale Town Council": the town of an office named "<Town>
    City/Town ..." is the toponym, unless "<Town> City" is a town's own name ("Kansas City",
    "Carson City Council")."""
    words = m.text.split()
    for i in range(1, len(words)):
        if words[i] not in _CITY_WORDS:
            continue
        after = words[i + 1] if i + 1 < len(words) else (_NEXT_WORD.match(text, m.end) or [None, None])[1]
        if after not in _TOWN_OFFICES:
            return  # "Ashvale City chief of detectives", "Norwich City Football Club": no office named
        whole = " ".join(words[:i + 1])
        if any(c.kind != "alt" and c.place.feature_class == "P" and normalize(c.place.name) == normalize(whole)
               for c in gaz.matches(whole)):
            return
        head = " ".join(words[:i])
        matches = [c for c in gaz.matches(head) if c.kind != "alt"]
        if matches and head.lower() not in COMMON_WORDS:
            m.end, m.text, m.matches = m.start + len(head), head, matches
        return


_NAME_TAIL = re.compile(r"(?:-|[ \t]+)((?:(?:del|de|do|da|dos|das|di|du|la|los|las|y|and|sur|sul|upon)[ \t-]+)?[A-Z][\w’'.]*)")


def _town_office_named(whole: str, text: str, end: int, matches: Sequence[Match]) -> bool:
    """'Dublin City' before 'Manager': an office of the town Dublin, though Dublin City is also an Irish
    district's name; a town called '<Name> City' keeps its name ('Kansas City Council')."""
    after = _NEXT_WORD.match(text, end)
    return (whole.rsplit(" ", 1)[-1] in _CITY_WORDS and after is not None and after[1] in _TOWN_OFFICES
            and not any(c.place.feature_class == "P" and normalize(c.place.name) == normalize(whole) for c in matches))


def extend_to_known_names(sure: list[Mention], maybe: list[Mention], text: str,
                           gaz: Gazetteer) -> tuple[list[Mention], list[Mention]]:
    """Lengthen a mention over the capitalised words or hyphenated part after it when together they
    are a place's own name the model cut in two ("Boa" + "Vista", "Gilgit" + "-Baltistan",
    "Wilkes-Barre"); the mentions of the parts give way to it."""
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
        if best is not None and not STREET_AFTER.match(text, m.start + len(best[1])):  # "Mineral Springs Avenue"
            m.end, m.text, m.matches = best
            grown.append(m)
    if not grown:
        return sure, maybe
    inside = lambda m: any(g is not m and g.start <= m.start and m.end <= g.end for g in grown)
    return [m for m in sure if not inside(m)], [m for m in maybe if not inside(m)]


def merge_pairs(mentions: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """Join two adjacent names that together are a place's own name ("Washington, D.C.")."""
    merged: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        if i + 1 < len(mentions) and text[a.end:mentions[i + 1].start] in (", ", " "):
            b = mentions[i + 1]
            whole = text[a.start:b.end]
            matches = gaz.matches(whole)
            if any(m.kind == "name" and normalize(m.place.name) == normalize(whole) for m in matches):
                merged.append(Mention(a.start, b.end, whole, matches))
                i += 2
                continue
        merged.append(a)
        i += 1
    return merged


def repeats(doc: Doc, ents: Sequence[SpacySpan], mentions: Sequence[Mention]) -> list[Mention]:
    """Other occurrences of names already found as places, which the model tagged otherwise
    ("Alexandria" as a person in one sentence, a place in the next): one sense per article.
    Only names found as places more often than the model calls them persons; an occurrence
    inside a longer name ("George Washington", "Lake Alexandria") is left alone."""
    text = text_of(doc)
    known = {m.text: m for m in mentions if m.matches and len(m.text) >= 3 and m.text[:1].isupper()
             and m.text.lower() not in COMMON_WORDS}
    if not known:
        return []
    as_place = Counter(m.text for m in mentions)
    # names sliced from the text and words read by index: Span.text and ent[i] build Tokens
    person_names = [text[ent.start_char:ent.end_char] for ent in ents if ent.label == PERSON]
    as_person = Counter(name for name in person_names if name in known)
    # The model's "persons" of a name are people ("Okafor" said..., "Okafor" joined...) unless the name is
    # found as a place more often, or it is a city of 100,000, a state or a country that no person the
    # article names in full bears ("Fresno says no" without any "Omar Fresno").
    words = dependency_tree(doc).texts
    surnames = {words[ent.end - 1] for ent in ents if ent.label == PERSON and len(ent) >= 2}
    big = {m.text for m in mentions if prominent(m.matches)}
    known = {t: m for t, m in known.items() if as_place[t] > as_person[t] or t not in surnames and t in big}
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
            continue  # "Alexandria Smith", "Ohio State Armory"
        source = known[hit.group()]
        found.append(Mention(start, end, hit.group(), source.matches, kind_hint_of(doc, span)))
    return found
