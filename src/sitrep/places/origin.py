"""Where fire came from: "rockets fired from Gaza that landed near Sderot", "shelling from X hit Y".

The place projectiles were fired or launched from is their origin; the place they landed on or struck is
where the event happened. Recognition keeps both (they are toponyms); events leave the origin out when
its sentence names another place.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

# what is fired, and the firing: the words a "from" phrase of an origin hangs on
FIRE_WORDS = frozenset(
    "fire launch shoot lob shell shelling rocket missile mortar projectile drone artillery barrage salvo "
    "volley bombard bombardment".split()
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def fired_from(doc: Doc, text: str, start: int) -> bool:
    """Whether the name starting at character `start` says where fire came from: the object of a "from"
    that hangs on a firing or on what is fired ("fired rockets from Gaza", "shelling from Donetsk",
    "drones launched from the Gaza Strip")."""
    if _FROM_BEFORE.search(text, max(0, start - 10), start) is None:
        return False  # the cheap test first: most names have no "from" before them
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    node = span[0]
    for _ in range(3):  # "Gaza" in "the Gaza Strip": up to the name's head
        if node.dep_ != "compound":
            break
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "from":
        return False
    governor = node.head.head
    return governor.lemma_.lower() in FIRE_WORDS or governor.lower_ in FIRE_WORDS
