"""Resolution: which GeoNames place each name means.

Each reading is scored by its prior (population, feature type, how the name matched, seat
areas), then by the article's context: the share of the other names' readings in its country,
how many other names have a reading near it (with list-mates counted as near), "City, State"
containers, the caller's country hints and the article's currency. One sense per discourse:
every mention of a name gets the same place.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Optional, Sequence

import numpy as np

from sitrep.gazetteer import Match, normalize
from .mention import Mention


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
        elif kind_hint == "P" and p.feature_code == "PCLI":
            score -= _FEATURE_BONUS["PCLI"]  # "a Lebanon woman", "the town of Jordan": not the country
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


def context_counts(mentions: Sequence[Mention], hints: Iterable[str]) -> tuple[Counter, Counter]:
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
    # The same place under two names ("Wash." in a dateline, "Washington" in the text): each supports the other.
    ids = np.array([p.geonameid for p in places])
    same = ids[:, None] == ids[None, :]
    return np.maximum(np.maximum(near, np.where(inside, 1.0, 0.0)), np.where(same, 1.0, 0.0))


_LIST_SEPARATOR = re.compile(r"\s*(?:[,;/&]|,?\s+(?:and|or))\s*")


def _add_list_mates(near: np.ndarray, mentions: Sequence[Mention], keys: list[str], group_arr: np.ndarray,
                    places: Sequence, text: str) -> None:
    """Names listed together are things of one kind: in "Kansas, Louisiana, Missouri and Nevada" each
    state supports the others' state readings (not the Missouri towns named Louisiana and Nevada).
    Readings of list-mates that are both countries, both towns of 10,000, or both admin areas of one
    level in one country, count as near."""
    order = sorted((m for m in mentions if m.matches), key=lambda m: m.start)
    # Chains of names joined by separators; only a chain closed by "and"/"or" is a list ("Coahuila
    # State, Mexico" is a town's address, not a list).
    chains: list[list[Mention]] = [order[:1]]
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


@lru_cache(maxsize=4)
def currency_country(text: str) -> Optional[str]:
    """The country an article's money points to: amounts in dollars alone ("$2 million") are mostly
    American local news, in pounds alone British. A weak hint for towns of the same name on both
    sides of the Atlantic (Mansfield, Dublin, Oxford); None when both or other dollars appear.
    Cached: `recognise.plausible` asks it once per name of the article, each time scanning the whole text."""
    dollars, pounds = bool(_DOLLARS.search(text)), bool(_POUNDS.search(text))
    if dollars and not pounds and not _OTHER_DOLLARS.search(text):
        return "US"
    if pounds and not dollars:
        return "GB"
    return None


def resolve_mentions(mentions: list[Mention], text: str, hints: Iterable[str] = ()) -> None:
    """Choose each name's place: prominence, then agreement with the readings of the other names.

    One sense per discourse: every mention of a name (after normalisation) gets the same place.
    Each reading is scored by its prior (population, feature type, how the name matched), the
    share of the other names' likely readings in its country, and how many other names have a
    likely reading near it (a town and its county, neighbouring towns, a state and a town in it).
    """
    hints = [h.upper() for h in hints if h]
    hint_set = set(hints)
    money_country = currency_country(text)
    groups: dict[str, list[Mention]] = {}
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
        # (a town's old name kept as an alternate by another town) is a weaker reading.
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
    # The mention that follows a name as its container: "Springfield, Illinois", "Tanga in Borno state",
    # "Tanga village, Borno state", "Tanga, a town in Borno", "the Tanga area of Borno".
    order = sorted(mentions, key=lambda m: m.start)
    followers: list[tuple[int, int]] = []  # (group of the name, group of its container)
    worded: set[tuple[int, int]] = set()  # of which those the words between call a container, not a comma alone
    for a, b in zip(order, order[1:]):
        if a.matches and b.matches and _CONTAINER_JOIN.fullmatch(text, a.end, b.start) \
                and normalize(a.text) != normalize(b.text):
            pair = (keys.index(normalize(a.text)), keys.index(normalize(b.text)))
            followers.append(pair)
            between = text[a.end:b.start].strip()
            # "X in Y" alone says little (a statue of X in Y): the area must be named as one ("in Y state")
            if between != "," and (not _PLAIN_IN.fullmatch(between) or _AREA_KIND_AFTER.match(text, b.end)):
                worded.add(pair)
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
                if lies_inside(places[i], container):
                    new[i] += 6.0
        score = new
    chosen = [cands[starts[g] + int(np.argmax(score[starts[g]:(starts[g + 1] if g + 1 < n_groups else len(cands))]))]
              for g in range(n_groups)]
    for g, container_g in worded:
        # a list of countries or states ("Kenya, Uganda") is no name and its container: only the worded
        # shapes, only for a name read as a town or a smaller area, and only inside a state, province or
        # district (a country is too wide a fall-back)
        container = chosen[container_g]
        if container.place.feature_code not in ("ADM1", "ADM2") or container.kind == "enclosing" \
                or chosen[g].place.feature_code in ("PCLI", "ADM1", "CONT"):
            continue
        lo, hi = starts[g], (starts[g + 1] if g + 1 < n_groups else len(cands))
        if not any(lies_inside(places[i], container.place) or places[i].geonameid == container.place.geonameid
                   for i in range(lo, hi)):
            # no reading inside the area the text puts it in ("the village of Tanga in Borno state", with no
            # Tanga of Borno known): the area, not a same-name place abroad
            chosen[g] = Match(container.place, "enclosing", container.precision)
    for g, key in enumerate(keys):
        lo, hi = starts[g], (starts[g + 1] if g + 1 < n_groups else len(cands))
        best = chosen[g]
        for m in groups[key]:
            m.best = best
            m.scores = {cands[i].place.geonameid: float(score[i]) for i in range(lo, hi)}
    for m in mentions:
        if not m.matches:
            m.best = None


# What joins a name to the area it lies in: a comma, "in (the) (northern...)", "village, ", ", a town in (the)",
# " area of ", "district of" (the area's kind word, "state", "province", follows the area's name)
_CONTAINER_JOIN = re.compile(
    r"\s*,\s*"
    r"|\s+(?:village|town|city|area|district|community|settlement)\s*,\s*"
    r"|(?:,\s+an?\s+(?:(?:small|remote|rural|farming|border|market)\s+)?(?:village|town|city|community|settlement)"
    r"|\s+(?:village|town|city|area|district|community|settlement))?"
    r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?"
    r"|\s+(?:area|district|part|region)\s+of\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?"
)


_PLAIN_IN = re.compile(r"in(?:\s+the)?(?:\s+\S+ern|\s+central)?", re.IGNORECASE)
_AREA_KIND_AFTER = re.compile(r"\s+(?:state|province|region|district|county|governorate|oblast|prefecture|department|"
                              r"municipality|local government area|LGA)\b", re.IGNORECASE)


def lies_inside(place, container) -> bool:
    if place.geonameid == container.geonameid or place.country != container.country:
        return False
    if container.feature_code == "PCLI":
        return True
    if container.feature_code == "ADM1":
        return place.admin1 == container.admin1
    return place.admin1 == container.admin1  # ADM2: the admin1 is the most we know of a city
