"""Snippet classification: text -> ACLED sub-event type label (CASE 2021 label set).

For analysts who have snippets rather than articles (`sitrep classify FILE.tsv`). The labels
are the CASE 2021 task 2 codes: the 25 ACLED sub-event types (ARMED_CLASH, AIR_STRIKE, ...)
and ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB. A snippet that matches no
rule is DIPLO: in news snippets the residue is mostly statements and meetings.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from sitrep.acled import NONE_LABEL, acled_label

DEFAULT_LABEL = "DIPLO"


def classify_text(text: str) -> str:
    """The CASE 2021 sub-event label of one snippet."""
    label = acled_label(" ".join(text.split()))
    return DEFAULT_LABEL if label == NONE_LABEL else label


def classify_rows(rows: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """(id, text) rows -> (id, label) rows, lazily, in input order."""
    for row_id, text in rows:
        yield row_id, classify_text(text)
