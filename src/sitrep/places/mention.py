"""A toponym mention as the steps pass it along (span, readings, chosen reading), and the
`Location` it becomes."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from sitrep.gazetteer import Match
from sitrep.models import Location


@dataclass
class Mention:
    start: int
    end: int
    text: str
    matches: list[Match]
    kind_hint: Optional[str] = None  # feature code suggested by a neighbouring word
    attacked: bool = False  # the object of a verb of attack ("shelled X", "X was bombed")
    scores: dict[int, float] = field(default_factory=dict)
    best: Optional[Match] = None


def location(m: Mention) -> Location:
    if m.best is None:
        return Location(text=m.text, start=m.start, end=m.end, name=m.text, precision="exact")
    p = m.best.place
    return Location(text=m.text, start=m.start, end=m.end, name=p.name, geonameid=p.geonameid if p.geonameid > 0 else None,
                    lat=p.lat, lon=p.lon, country=p.country or None, admin1=p.admin1, admin2=p.admin2,
                    feature_class=p.feature_class, precision=m.best.precision)
