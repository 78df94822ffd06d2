"""Enclosure: places for the names the gazetteer lacks, and second thoughts on weak readings.

Streets, buildings, parks and neighbourhoods are placed at "district" precision in the place
the text puts them in, a place their name carries, a town named just before them, or the
article's main town. Readings nothing supports (a lone US post-office hamlet, a small town far
from every other place, a village abroad) are dropped first, as a venue or a street of that
name is likelier.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional, Sequence

from sitrep.gazetteer import Gazetteer, Match, distance_km, normalize
from .mention import Mention
from .names import COMMON_WORDS, COMPASS_WORDS, FACILITY_WORDS, FEATURE_WORDS, SITE_WORDS, is_street_word, street_name
from .resolve import lies_inside


def _container(mentions: Sequence[Mention], i: int, text: str):
    """The place right after "Name, " when it is an admin1 area or a country ("Springfield, Illinois")."""
    if i + 1 >= len(mentions):
        return None
    nxt = mentions[i + 1]
    between = text[mentions[i].end:nxt.start]
    if between.strip() != "," or nxt.best is None:
        return None
    p = nxt.best.place
    return p if p.feature_code in ("ADM1", "PCLI", "ADM2") else None


def _is_local(place) -> bool:
    return place.feature_class in ("P", "S") or place.feature_code == "ADM2"


def _area(place) -> tuple:
    return place.country, place.admin1


# What joins a building or a street to the place it is in: "the Peace Palace in The Hague",
# "Tolland Drive, Ashvale", "a hospital in the city of Rome".
_IN_PLACE = re.compile(r"(?:,|\s+(?:in|at|near|outside)(?:\s+the)?(?:\s+(?:city|town|village|suburb) of)?)\s+$")


def _place_after(mentions: Sequence[Mention], i: int, text: str) -> Optional[Match]:
    """The resolved place named right after mention i as its location ("X in Geneva", "X, Brennford")."""
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


def _place_just_before(mentions: Sequence[Mention], i: int, text: str) -> Optional[Match]:
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


def site_in_named_town(mentions: Sequence[Mention], gaz: Gazetteer, text: str) -> None:
    """A facility placed by the place in its name ("Ashvale University", read as Ashvale) that the
    text then puts in a town ("Ashvale University in Brennford") is in that town."""
    for i, m in enumerate(mentions):
        words = m.text.split()
        if (m.best is None or m.best.kind == "enclosing" or len(words) < 2
                or words[-1].lower().strip(".,") not in FACILITY_WORDS):
            continue
        after = _place_after(mentions, i, text)
        if after is None or not _is_local(after.place) or after.place.geonameid == m.best.place.geonameid:
            continue
        if not gaz.matches(m.text):  # its reading came from the place part of its name
            m.best = Match(after.place, "enclosing", "district")


def enclose_unknown(mentions: Sequence[Mention], gaz: Gazetteer, text: str) -> None:
    """Place the names the gazetteer lacks (streets, buildings, parks, neighbourhoods) in the
    article's place around them, at "district" precision.

    The place the text puts it in comes first ("the Peace Palace in The Hague"); then a part of
    the name that is one of the article's places ("Old Town Ashvale", "Ashvale Trade Centre");
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


def drop_lone_hamlets(mentions: Sequence[Mention], text: str) -> None:
    """Unresolve names read as a US post-office hamlet (PPLL: no population, no GeoNames id) that
    nothing in the article supports: a street or a building ("Juniper Fields") is far likelier
    than a hamlet in a state the article never mentions. Support is another place in the same
    state, or a "Town, State" container; with no other place in the article the hamlet stays.
    The names are then placed by `enclose_unknown`."""
    if not any(m.best is not None and m.best.place.feature_code != "PPLL" for m in mentions):
        return
    for i, m in enumerate(mentions):
        if m.best is None or m.best.place.feature_code != "PPLL":
            continue
        p = m.best.place
        container = _container(mentions, i, text)
        if container is not None and lies_inside(p, container):
            continue
        if any(o.best is not None and o is not m and normalize(o.text) != normalize(m.text)
               and o.best.place.country == p.country and o.best.place.admin1 == p.admin1 for o in mentions):
            continue
        m.best = None


STRAY_TOWN_POP = 100_000  # towns under this size, far from all the article's other places ...
STRAY_TOWN_KM = 500.0  # ... by this much, read as a place they are more likely to be a venue or a street
STRAY_TOWN_OTHERS = 3  # other names the article must place for that comparison to mean anything


def drop_stray_towns(mentions: Sequence[Mention], text: str) -> None:
    """Unresolve names read as a town of under 100,000 people lying over 500 km from every other
    place the article names (three at least): in a story set in New Orleans, "Magazine" is the
    street, not a hamlet in Arkansas; a "Springdale Arena" in Toronto is not in Springdale, Arkansas. A
    "Town, State" container keeps the town. The names are then placed by `enclose_unknown`."""
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
        if container is not None and lies_inside(p, container):
            continue
        if all(distance_km(p.lat, p.lon, q.lat, q.lon) > STRAY_TOWN_KM for k, q in place_of.items() if k != key):
            m.best = None


# "Solhan village in Burkina Faso", "Kumba, Cameroon", "Tessit in northern Mali": the country or
# state the text puts a village or town in.
_PUT_IN = re.compile(r"(?:\s+(?:village|town|city|district|area|locality|commune|settlement))?"
                     r"(?:,|\s+in(?:\s+the)?(?:\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|\s+central)?)\s+$",
                     re.IGNORECASE)
PUT_IN_MAX_POP = 100_000  # a city this size named "in" another country is more often its people abroad


def follow_stated_country(mentions: Sequence[Mention], text: str) -> None:
    """A village or town the text puts in a country or a state it does not lie in takes a reading
    inside it, else none (to be placed in that country by `enclose_unknown`): "Solhan village in
    Burkina Faso" is not the Turkish town of that name that the gazetteer knows best."""
    for i, m in enumerate(mentions):
        if m.best is None or m.best.kind == "enclosing" or i + 1 >= len(mentions):
            continue
        p, nxt = m.best.place, mentions[i + 1]
        if (p.feature_class not in ("P", "S", "L", "T", "H") or p.population >= PUT_IN_MAX_POP or nxt.best is None
                or nxt.best.place.feature_code not in ("PCLI", "ADM1") or not _PUT_IN.fullmatch(text, m.end, nxt.start)):
            continue
        container = nxt.best.place
        if p.country == container.country and (container.feature_code == "PCLI" or p.admin1 == container.admin1):
            continue
        inside = [c for c in m.matches if lies_inside(c.place, container)]
        m.best = max(inside, key=lambda c: c.place.population) if inside else None


def without_stray_villages(mentions: list[Mention]) -> list[Mention]:
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


def _known_part(name: str, gaz: Gazetteer, article_places: Counter, article_countries: set) -> Optional[Match]:
    """The longest run of words inside a name that names one of the article's places."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i:i + size])
            if len(part) < 3 or part.lower() in COMMON_WORDS or not part[:1].isupper():
                continue
            found = [c for c in gaz.matches(part) if c.place.geonameid in article_places]
            if found:
                return max(found, key=lambda c: article_places[c.place.geonameid])
    # Else a country or state the name carries, or a city it ends with ("Bank of Japan", "US Federal
    # Reserve", "Fenwick College Cambridge"): an institution named after a place is most often in
    # it. Not streets or natural features: the Niger Delta, Victoria Street are not in Niger, Victoria.
    if (street_name(name) or is_street_word(words[-1]) or words[-1].lower() in FEATURE_WORDS
            or words[-1].lower() in SITE_WORDS):
        return None
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i:i + size])
            if (part.lower() in COMMON_WORDS or part.lower() in COMPASS_WORDS or not part[:1].isupper()
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
