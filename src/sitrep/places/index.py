"""The process-wide gazetteer handle: one index opened once and shared by every caller
(the place resolver, `actors.place_country`), since opening it costs more than a lookup."""
from __future__ import annotations

from functools import lru_cache

from sitrep.gazetteer import Gazetteer


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use if missing)."""
    return Gazetteer.open()
