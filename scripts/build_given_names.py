#!/usr/bin/env python3
"""Derive a list of common given names from the person-name data of the `Faker` package.

spaCy's small English model often tags a person's name as a place ("Kristina and Tim",
"Ufuk Yilmaz, and ..."); when the gazetteer does not know the name either, a first word that
is a common given name tells the person apart from an unknown village or venue. The PyPI
package `Faker` (MIT licence) ships first names for some seventy locales. This script keeps
the names written in Latin script that at least two locales list (a name known in one
locale only is often also a word or a place: "West", "River"), and leaves out those that open
50 or more multi-word place names of the gazetteer ("Santa", "Villa", "Juan": a place name's
first word as often as a person's), plus a few words that open Arabic place names ("Ali
Khel", "Wadi Araba"). It writes one name per line:

    src/sitrep/data/geonames/given_names.txt

Usage (offline once the wheel is fetched with pip's ordinary client):
    pip download --no-deps faker==40.63.0 -d /tmp/faker
    pip install --no-deps --target /tmp/faker/lib /tmp/faker/faker-40.63.0-*.whl
    .venv/bin/python scripts/build_given_names.py /tmp/faker/lib
"""
from __future__ import annotations

import importlib
import pkgutil
import sqlite3
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitrep" / "data" / "geonames" / "given_names.txt"
GAZETTEER = ROOT / "src" / "sitrep" / "data" / "gazetteer.sqlite"
MIN_LOCALES = 2
MAX_PLACE_PREFIX = 50  # a given name opening this many place names is a place-name word too
PLACE_WORDS = {"Al", "El", "Ali", "Wadi", "Jabal", "Ras", "Tell", "Ain", "Bir"}  # open Arabic place names
_NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or c in "’'-" for c in name)


def locale_counts(faker_lib: Path) -> Counter:
    """How many Faker locales list each capitalised one-word first name in Latin script."""
    sys.path.insert(0, str(faker_lib))
    import faker.providers.person as person

    counts: Counter = Counter()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        names: set[str] = set()
        for attribute in _NAME_ATTRIBUTES:
            value = getattr(provider, attribute, None)
            if isinstance(value, (dict, list, tuple, set)):  # some locales build them in properties
                names.update(value)
        counts.update(n for n in names if n[:1].isupper() and " " not in n and _latin(n))
    return counts


def place_prefixes(gazetteer: Path) -> Counter:
    """How many multi-word populated places and areas each first word opens."""
    with sqlite3.connect(gazetteer) as db:
        rows = db.execute("SELECT name FROM places WHERE feature_class IN ('P', 'A')").fetchall()
    return Counter(name.split()[0] for (name,) in rows if " " in name)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    counts = locale_counts(Path(sys.argv[1]))
    prefixes = place_prefixes(GAZETTEER)
    names = sorted(n for n, k in counts.items()
                   if k >= MIN_LOCALES and prefixes[n] < MAX_PLACE_PREFIX and n not in PLACE_WORDS)
    OUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names -> {OUT}")


if __name__ == "__main__":
    main()
