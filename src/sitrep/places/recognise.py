"""Recognition: which spans of a parsed article are toponym mentions.

spaCy's GPE/LOC/FAC entities are sure mentions; names the model missed or mislabelled
("Daraa" tagged ORG, "Deraa al-Balad" tagged PERSON) are possible ones, kept later only when
the gazetteer knows them and the article's other places or the words around them make them
plausible ("in Wadena", "Lufkin Police Department", a list with a place the model found).
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import compress
from typing import Iterable, Sequence

from spacy.symbols import PERSON  # (an entity label's id: comparing it spares a string look-up per entity)
from spacy.tokens import Doc, Span as SpacySpan

from sitrep.gazetteer import Gazetteer, Match, distance_km, normalize
from sitrep.nlp import dependency_tree, text_of
from .demonyms import is_demonym
from .mention import Mention
from .resolve import currency_country
from .names import (
    COMMON_WORDS, COMPASS_WORDS, FEATURE_TAILS, KIND_WORDS, NAMED_AFTER_PLACES, PLACE_LABELS, RELABEL_LABELS,
    STREET_AFTER, clean_in_text, is_street_word, kind_hint_in_text, kind_hint_of, known_matches, looks_like_name,
    matches_for, prominent, street_name, without_institution,
)
from .notplaces import NOT_PLACE_HEADS, POSSESSIVE, acts_as_person, given_name_person, names_a_person, owns_person_noun


# Buildings that stand for the government in them ("the White House said"); as places they are
# in the alias table.
_SEATS_OF_POWER = {"white house", "kremlin", "pentagon", "downing street", "whitehall", "elysee", "elysee palace",
                   "oval office", "foggy bottom", "quai dorsay", "zhongnanhai", "blue house",
                   "number 10", "no 10", "holyrood", "stormont", "knesset", "bundestag", "duma"}


def _candidate_runs(doc: Doc, taken: list[bool]) -> Iterable[tuple[int, int]]:
    """Token ranges of capitalised proper-noun runs not inside another mention ("Deraa al-Balad")."""
    # words and tags from the doc's table: a Token object per word costs more than the scan
    tree = dependency_tree(doc)
    words = tree.texts
    # the tagger leaves names it cannot place, often those with an apostrophe ("Dera'a"), as X
    n = len(words)
    # (the tag test mapped over the column, a C call per word: only the few names are visited in Python)
    names = [i for i in compress(range(n), map(_NAME_TAGS.__contains__, tree.pos)) if words[i][:1].isupper()]
    proper = [False] * n
    for i in names:
        proper[i] = True
    end = 0  # where the last run ended: a run starts at a capitalised name after it that is not taken
    for i in names:
        if i < end or taken[i]:
            continue
        j = i + 1
        while j < n and not taken[j] and (
            proper[j]
            or (words[j] in {"-", "al", "el", "Al", "El"} and j + 1 < n and words[j + 1][:1].isupper())
            # "Darqa al-Zawr" split as "al", "-", "Zawr": the article goes with the name after it
            or (words[j] in {"al", "el"} and j + 2 < n and words[j + 1] == "-" and words[j + 2][:1].isupper())
            or (words[j] == "-" and j + 1 < n)
        ):
            j += 1
        yield i, j
        end = j


_NAME_TAGS = frozenset({"PROPN", "X"})


def _unknown_place(mention: "Mention") -> bool:
    """A name the gazetteer lacks that still reads as a place: several capitalised words
    ("Ashcombe Center", "Marigold Heights"), not a lone word that may be a surname or a brand."""
    words = mention.text.split()
    return len(words) > 1 and looks_like_name(mention.text)


def _place_cue(mention: "Mention", text: str) -> bool:
    """"in Wadena", "of Lufkin", "Nelson, Minn.", "Lufkin Police Department": the words around a
    name say it is a place."""
    before = text[max(0, mention.start - 12):mention.start]
    return bool(_PLACE_BEFORE.search(before)) or bool(_ADDRESS_BEFORE.search(before)) or bool(
        _FIRE_ON_BEFORE.search(text, max(0, mention.start - 24), mention.start)) or bool(
        _STATE_AFTER.match(text, mention.end)) or bool(_LOCAL_BODY_AFTER.match(text, mention.end))


_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez)[-‑]\w")  # "al-Bab", "el-Arish"


def recognise_mentions(doc: Doc, ents: Sequence[SpacySpan], gaz: Gazetteer) -> tuple[list[Mention], list[Mention]]:
    """Sure mentions (spaCy place entities) and possible ones (other names the gazetteer knows)."""
    sure: list[Mention] = []
    maybe: list[Mention] = []
    taken = [False] * len(doc)
    org_start: dict[int, int] = {}  # token -> first token of the organisation name around it
    # words read from the table by index: iterating a span or doc[i] builds a new Token per word
    tree = dependency_tree(doc)
    words, word_starts = tree.texts, tree.starts
    doc_text = text_of(doc)  # (read once: each text_of call looks the Doc's cache up again)
    person_words = Counter(words[t] for ent in ents if ent.label == PERSON for t in range(ent.start, ent.end))
    for ent in ents:
        label = ent.label_  # (read once: each read of Span.label_ looks the string up again)
        if label in PLACE_LABELS or label in RELABEL_LABELS or label == "NORP":
            for t in range(ent.start, ent.end):
                taken[t] = True
        if label not in PLACE_LABELS and label not in RELABEL_LABELS:
            continue
        if is_demonym(ent):
            continue
        start, end = clean_in_text(doc_text, ent.start_char, ent.end_char)
        if start >= end:
            continue
        street = STREET_AFTER.match(doc_text, end)
        if street:  # "Amarillo Street" is a street, not Amarillo
            after = doc.char_span(end, street.end(), alignment_mode="expand")
            for t in range(after.start, after.end):
                taken[t] = True
            end = street.end()
        text = doc_text[start:end]
        sure_label = label in PLACE_LABELS
        if sure_label and not street:
            start, end, text = without_institution(start, text, gaz, doc_text)
        hint = kind_hint_of(doc, ent)
        if text.lower() in KIND_WORDS:
            continue  # "the City of" cut short by the model, the name left outside
        kind = text.rsplit(" ", 1)
        if len(kind) == 2 and kind[1] in KIND_WORDS:
            # "Guangdong province", "Tianshui city": the toponym is the name; the word says its kind
            text, end, hint = kind[0], start + len(kind[0]), KIND_WORDS[kind[1]]
        matches = gaz.matches(text) if street else matches_for(gaz, text, located_by=sure_label)
        mention = Mention(start, end, text, matches, hint)
        if not matches and label == "PERSON" and len(ent) >= 2 and any(
                tree.lowers[t] in ("county", "parish") for t in range(ent.start + 1, ent.end)):
            # "Polk County Sheriff", "Caddo Parish Fire": the model took a county and an office
            # for a person; the run scan below finds the county.
            for t in range(ent.start, ent.end):
                taken[t] = False
                org_start[t] = ent.start
            continue
        if label == "PERSON" and acts_as_person(ent) and (owns_person_noun(ent) or not any(  # "Tbilisi says"
                m.kind != "alt" and m.place.population >= (100_000 if m.place.feature_code == "PPLC" else 1_000_000)
                for m in matches)):
            continue
        if sure_label:
            if text[:1].islower() and not _ARTICLE_PREFIX.match(text):
                continue  # "n't", "south city": not a name ("al-Bab" is)
            if not matches and label != "FAC" and names_a_person(text, person_words):
                continue  # "Nana Zurabeli", "Ms Okafor": a person the model called a place
            if not matches and text.startswith("United "):
                continue  # "United Way", "United Moldova": an organisation (the United States are known)
            if not matches and text.rsplit(" ", 1)[-1] in NOT_PLACE_HEADS:
                continue  # "St. Patrick's Day", "Wild Tygart Act": a day, a law, an event or a body
            if given_name_person(text, matches, gaz) and not (" " not in text and _place_cue(mention, doc_text)):
                continue  # "Henrietta and Tom", "Scott Pruitt's policy"
            if matches or _unknown_place(mention) or looks_like_name(text) and _place_cue(mention, doc_text):
                sure.append(mention)
        elif label == "ORG" and normalize(text) in _SEATS_OF_POWER:
            continue  # "the Kremlin said": the government, not the building
        elif street_name(text):
            # "Quillby Lane", "Tolland Drive": a street the model took for a person; in "Harare's Fifth
            # Street" the town before the possessive is a name of its own.
            owner, _, street_text = re.split(r"(['’]s )", text, maxsplit=1) if re.search(r"['’]s ", text) else ("", "", text)
            if owner and matches_for(gaz, owner, located_by=False):
                maybe.append(Mention(start, start + len(owner), owner, matches_for(gaz, owner, located_by=False)))
            if street_name(street_text):
                maybe.append(Mention(end - len(street_text), end, street_text, gaz.matches(street_text)))
        elif matches and looks_like_name(text):
            mention.attacked = attack_object(doc, ent.root, label)
            maybe.append(mention)
        elif label in NAMED_AFTER_PLACES:
            # "Lufkin Police", "University of Minnesota", "Travis County Sheriff's Office": the
            # place inside an organisation's name is a toponym; let the run scan below find it.
            for t in range(ent.start, ent.end):
                taken[t] = False
                org_start[t] = ent.start
    for i, j in _candidate_runs(doc, taken):
        if j - i >= 2 and is_street_word(words[j - 1]):
            start, end = clean_in_text(doc_text, word_starts[i], word_starts[j - 1] + len(words[j - 1]))
            if start < end:  # "Tolland Drive", "Old Amarillo Highway": a street, known or not
                maybe.append(Mention(start, end, doc_text[start:end], gaz.matches(doc_text[start:end])))
            continue
        # Longest known name first inside the run.
        k = i
        while k < j:
            for m in range(j, k, -1):
                # the run's characters from the table: a Span (doc[k:m]) builds Tokens for its offsets,
                # so it is made only for a name-shaped run
                run_start, run_end = word_starts[k], word_starts[m - 1] + len(words[m - 1])
                start, end = clean_in_text(doc_text, run_start, run_end)
                text = doc_text[start:end]
                if start >= end or not looks_like_name(text):
                    continue
                span = doc[k:m]
                if is_demonym(span):
                    continue
                matches = known_matches(gaz, text)
                if m < j and _heads_a_name(text, matches):
                    continue  # "Ohio State University": the place is "Ohio"
                if matches and (_leads_organisation(doc, k, org_start) or prominent(matches)):
                    if m < j and words[m] in FEATURE_TAILS:
                        # "Pecos River" in "Pecos River National Wildlife Refuge", "Yakima Valley
                        # Water District": the river or valley is the toponym, not the town of its name.
                        end = word_starts[m] + len(words[m])
                        whole = doc_text[start:end]
                        sure.append(Mention(start, end, whole, gaz.matches(whole)))
                        k = m + 1
                        break
                    hint = kind_hint_in_text(doc_text, run_start, run_end)
                    maybe.append(Mention(start, end, text, matches, hint,
                                         attacked=attack_object(doc, span.root, "PERSON")))
                    k = m
                    break
            else:
                k += 1
    return sure, maybe


# Verbs whose object is a place under attack or taken ("shelled Marj al-Tal", "stormed Kaprovo").
_ATTACK_VERBS = {"shell", "bomb", "bombard", "pound", "storm", "besiege", "raid", "overrun", "invade", "recapture",
                 "retake", "blockade", "encircle", "airstrike"}
_ATTACK_FORMS = {"shelled", "bombed", "bombarded", "pounded", "stormed", "besieged", "raided", "overran", "invaded",
                 "recaptured", "retook", "blockaded", "encircled"}
# Verbs of attack that people and things are objects of as often ("a pickup struck Corbin", "captured
# Clark", "hackers targeted Toyota"): a name the model took for a person, a product or an organisation is
# not made a place by them.
_ALSO_PERSON_VERBS = {"strike", "attack", "target", "capture", "seize"}
_ALSO_PERSON_FORMS = {"struck", "attacked", "targeted", "captured", "seized"}


def attack_object(doc: Doc, root, label: str = "") -> bool:
    """Whether a name is what a verb of attack hit or took: "shelled X", "X was bombed", "stormed
    X and Y". (Not "attacked Smith's record": the object must be the name itself.)"""
    node = root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = node.head
    if verb.pos_ != "VERB":
        return False
    lemma, form = verb.lemma_.lower(), verb.text.lower()
    if lemma in _ATTACK_VERBS or form in _ATTACK_FORMS:
        return True
    return label not in ("PERSON", "PRODUCT", "ORG") and (lemma in _ALSO_PERSON_VERBS or form in _ALSO_PERSON_FORMS)


def _heads_a_name(text: str, matches: Sequence[Match]) -> bool:
    """A state's other name "<Name> State" that more capitalised words follow heads an
    institution's name ("Ohio State University", "Ohio State Ethics Commission"), whose toponym
    is the bare state name. ("Caddo Parish School Board" keeps its parish.)"""
    # Elsewhere "<Name> State" is the state's own name ("Kogi State Police Command", "Kano State
    # Government"): only American states name universities and boards this way.
    return text.endswith(" State") and all(m.kind == "alt" and m.place.country == "US" for m in matches)


def _leads_organisation(doc: Doc, k: int, org_start: dict[int, int]) -> bool:
    """Whether a place name may start at token k: inside an organisation's name only at its head
    or after "of" ("Lufkin Police", "University of Minnesota"), not in the middle ("Polk County
    Superior Court", "Federal Reserve") unless it is prominent."""
    first = org_start.get(k)
    if first is None or k == first:
        return True
    lowers = dependency_tree(doc).lowers  # by index: doc[i] builds a Token
    if lowers[k - 1] == "of":
        # "University of Minnesota", "Arts Center of Polk County"; not "Ministry of Commerce",
        # "Department of Homeland Security", whose word after "of" is a field, not a place.
        return k < 2 or lowers[k - 2] not in _OF_FIELD_HEADS
    return k == first + 1 and lowers[first] == "the"


# Heads of organisation names whose "of" introduces a field of government, not a place.
_OF_FIELD_HEADS = {"ministry", "department", "dept", "minister", "secretary", "secretaries", "chamber", "chambers",
                   "bureau", "office", "commissioner", "agency", "director", "division", "undersecretary"}


_AREA_WORDS = {"county", "parish", "province", "governorate", "district", "township", "oblast", "prefecture"}
_AREA_AFTER = re.compile(r"\s+(?:province|region|governorate|oblast|district|prefecture)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|of|to|into|across|around)\s+$")
# "barrel bombs on X", "air strikes on X": what fire falls on is a place ("attacks on X" are as often on people)
_FIRE_ON_BEFORE = re.compile(r"\b(?:bombs|air\s*strikes|strikes|raids|shells|shelling|rockets|missiles|mortars|"
                             r"bombardment|bombing|bombings)\s+on\s+$", re.IGNORECASE)
_STATE_AFTER = re.compile(r",\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]+)")
# Bodies named after the town or county they serve: "Lufkin Police Department", "Dothan City Council".
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


def listed_with_a_place(mention: Mention, sure: Sequence[Mention], text: str) -> bool:
    """"Only Kent and Ravenna", "the universities of Oregon and Leeds": a name listed with a
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


# "landed near Sderot", "shelled villages outside Kilis": a town named after a preposition of place
_NEAR_BEFORE = re.compile(r"\b(?:in|near|outside|around|at|into|toward|towards)\s+$")
NEAR_KM = 100.0  # a cued town this close to a place the model found is a place, across a border too


def near_a_place(mention: Mention, sure: Sequence[Mention], text: str) -> bool:
    """"Rockets from Gaza landed near Sderot": a town of some size named after "near" or "in" is a
    place when it lies close to a place the model found, though in another country than the
    article's others (cross-border fire, refugees over a frontier). The same country's towns are
    kept by `plausible` already."""
    if mention.text.lower() in COMMON_WORDS or len(mention.text) < 3 or not mention.text[:1].isupper():
        return False
    if not _NEAR_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return False
    for c in mention.matches:
        p = c.place
        if c.kind != "name" or p.feature_class != "P" or p.population < 1000:
            continue
        for other in sure:
            if other.best is None or other.best.place.feature_class != "P":  # a town, not a country's middle
                continue
            q = other.best.place
            if distance_km(p.lat, p.lon, q.lat, q.lon) < NEAR_KM:
                return True
    return False


# "Gajiram village", "the village of Gajiram", "Kukawa district": the syntax says place
# lower case after the name: "Haymarket Village Center" is a name of its own
_FRAME_AFTER = re.compile(r"\s+(?:village|hamlet|settlement|district|locality)\b")
_FRAME_BEFORE = re.compile(r"\b(?:village|hamlet|settlement|district|locality)\s+of\s+$", re.IGNORECASE)


def place_frame(mention: Mention, context: Counter, doc_text: str) -> bool:
    """A name in a place's frame ("raided Gajiram village", "the village of Damasak") that the
    gazetteer knows as a village, town or area of the article's country, of any size: a place even
    where the model called it a person. Both must say so: the frame alone does not make a person
    a place, nor a gazetteer hit abroad."""
    if not context or mention.text.lower() in COMMON_WORDS or len(mention.text) < 3:
        return False
    if not (_FRAME_AFTER.match(doc_text, mention.end)
            or _FRAME_BEFORE.search(doc_text, max(0, mention.start - 20), mention.start)):
        return False
    return any(m.kind == "name" and m.place.feature_class in ("P", "A") and context[m.place.country]
               for m in mention.matches)


def plausible(mention: Mention, context: Counter, doc_text: str) -> bool:
    """Keep a mention spaCy did not call a place when the name is clearly a place here."""
    key = mention.text.lower()
    # "EU", "BC", "La.": a short other name only when written as an abbreviation ("La Niña" is no state).
    abbreviated = mention.text.isupper() or mention.text.endswith(".") or len(mention.text) >= 4
    short_alias = abbreviated and any(m.kind == "alias" and (m.precision == "country" or m.precision == "admin1"
                                                             and context[m.place.country]) for m in mention.matches)
    body = _LOCAL_BODY_AFTER.match(doc_text, mention.end)
    # "the Blakesburg man", "Fennimore Superior Court": people or a body named after a town say it
    # is one, of whatever size, in the article's country ("Blakesburg women's" is a team)
    of_town = body is not None and not POSSESSIVE.match(doc_text, body.end())
    if key in COMMON_WORDS and key not in COMPASS_WORDS and of_town and any(
            m.kind == "name" and m.place.feature_class == "P" and m.place.population >= 10_000
            and context[m.place.country] for m in mention.matches):
        return True  # "Liberty police": a town of the article's country, not the generic word
    if key in COMMON_WORDS or len(mention.text) < 3 and not short_alias:
        return False
    if place_frame(mention, context, doc_text):
        return True
    words = mention.text.split()
    if len(words) > 1 and is_street_word(words[-1]):
        return True
    if mention.text.isupper() and len(mention.text) <= 3 and not any(m.kind in ("alias", "district") for m in mention.matches):
        return False
    if len(words) > 1 and words[-1].lower() in _AREA_WORDS and any(
            m.kind == "name" and m.place.feature_class == "A" for m in mention.matches):
        return True  # "Madison County", "Caddo Parish": the name says it is an area
    if len(words) > 1 and words[-1] == "State" and any(
            m.place.feature_code == "ADM1" and m.place.country != "US"
            and normalize(" ".join(words[:-1])) == normalize(m.place.name) for m in mention.matches):
        return True  # "Ekiti State"; in the US "<State> State" is a university or its team
    if _AREA_AFTER.match(doc_text, mention.end) and any(
            m.kind in ("name", "alt") and m.place.feature_code in ("ADM1", "ADM2") for m in mention.matches):
        return True  # "the Varnitsa region", "Qalbah province": a known area, named by its kind
    if mention.attacked and any(
            (not context or context[m.place.country]) and (
                m.kind == "name" and (
                    m.place.feature_class == "A" or m.place.population >= 10_000
                    # a village of no recorded size, the name's only reading, in the article's country
                    or len(mention.matches) == 1 and m.place.feature_class == "P" and context[m.place.country])
                # another spelling of a province or a city ("Rakka" for Ar-Raqqah), or of a town of the
                # article's country ("Kafr Nabl" for Kafranbel beside Idlib)
                or m.kind == "alt" and (m.place.feature_code == "ADM1" or m.place.population >= 100_000
                                        or context[m.place.country] and m.place.population >= 10_000))
            for m in mention.matches):
        return True  # "shelled Marj Zahra": what was shelled is a place, when the gazetteer knows a town of the name
    cue = _place_cue(mention, doc_text)
    money_country = currency_country(doc_text) if of_town else None
    for m in mention.matches:
        if of_town and m.kind == "name" and m.place.feature_class == "P" and (
                context[m.place.country] or m.place.population >= 100_000 or m.place.country == money_country):
            # "Fennimore Superior Court"; "Norwich pupils" whatever else the article names; a town of
            # the country the article counts money in ("the Brennford School Board" beside "$40,000")
            return True
        # A town's other name of several words ("Ciudad Sabinas" for Sabinas) when the
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
            return True  # "Upper Valley Community College" in an article that names no other place
        if context[p.country] and (p.population >= 5000 or p.feature_class == "A") and m.kind == "name":
            return True
    return False
