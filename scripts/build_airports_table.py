#!/usr/bin/env python3
"""Derive a table of airports and air bases from the `airportsdata` package.

Conflict reports name air bases and airports as places ("strikes on Bagram Air Base", "flights
from Heathrow"), and no GeoNames extract on a package registry carries them. The PyPI package
`airportsdata` 20260905 (MIT; a fork of mwgg/Airports, checked against national AIPs) lists
28,000 airports with ICAO/IATA codes, names and reference points. This script keeps the
airports with an IATA code (those with scheduled flights) and every military field, and writes

    src/sitrep/data/geonames/airports.tsv   country<TAB>name<TAB>city<TAB>lat<TAB>lon<TAB>code<TAB>icao

`code` is the GeoNames feature code: AIRB for air bases, AIRP for other airports.
`gazetteer.build` adds them as spots (feature class S) without a GeoNames id.

Usage (offline once the wheel is fetched with pip's ordinary client):
    pip download --no-deps airportsdata==20260905 -d /tmp/airports
    .venv/bin/python scripts/build_airports_table.py /tmp/airports/airportsdata-20260905-py3-none-any.whl
"""
from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitrep" / "data" / "geonames" / "airports.tsv"
_MILITARY = re.compile(r"\b(?:air ?base|air force|air station|airfield|army|naval|military|afb|ab)\b", re.I)


def main(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        text = z.read("airportsdata/airports.csv").decode("utf-8")
    rows = []
    for a in csv.DictReader(io.StringIO(text)):
        military = bool(_MILITARY.search(a["name"]))
        if not (a["iata"] or military) or not a["name"] or not a["country"]:
            continue
        code = "AIRB" if military else "AIRP"
        rows.append(f"{a['country']}\t{a['name']}\t{a['city']}\t{float(a['lat']):.5f}\t{float(a['lon']):.5f}"
                    f"\t{code}\t{a['icao']}\n")
    OUT.write_text("".join(sorted(rows)), encoding="utf-8")
    print(f"{len(rows)} airports -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
