"""sitrep: conflict news in, evidence-linked event data out.

    >>> import sitrep
    >>> events = sitrep.extract(text, published="2021-09-08")
    >>> with sitrep.Store.open("sitrep.db") as store:
    ...     store.events(country="SY", since="2021-09-01")
"""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["extract", "Store", "EventFilter", "Event", "Article", "make_article", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .ingest import make_article
    from .models import Article, Event
    from .pipeline import extract
    from .store import EventFilter, Store


def __getattr__(name: str):
    # Lazy: `import sitrep` stays cheap; spaCy loads only when extraction is asked for.
    if name == "extract":
        from .pipeline import extract

        return extract
    if name in ("Store", "EventFilter"):
        from . import store

        return getattr(store, name)
    if name in ("Event", "Article"):
        from . import models

        return getattr(models, name)
    if name == "make_article":
        from .ingest import make_article

        return make_article
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
