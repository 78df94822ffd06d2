"""Our own PLOVER-coded sentences: event type accuracy and source/target actor agreement.

Usage: python benchmarks/plover_own.py [TSV] [--errors]   (default: benchmarks/plover_own/sentences.tsv,
tab-separated with the header `type source_country source_role target_country target_role text`).
The sentences are original, written for sitrep (no evaluation set): this is the tuning corpus for
the trigger lexicon and the clause conventions; benchmarks/plover.py stays the check on real text.
sitrep's event and actors come from the product's own code, exactly as in benchmarks/plover.py:
`roles.main_event` (the least embedded trigger typed by `eventtypes.event_type`) and
`roles.participants`. Country agreement is scored over rows with a gold country, role agreement
over rows with a gold role; an empty cell (or "-") means none. A gold country "IGO" agrees with any actor
whose country is UN or INT (sitrep's for international bodies, whatever their role), as in benchmarks/plover.py.
Last line: `plover_type_accuracy=<x> source_country_agree=<y> target_country_agree=<z> ...`.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from sitrep import nlp
from sitrep.roles import main_event, participants

from plover import INTERNATIONAL

DEFAULT = Path(__file__).parent / "plover_own" / "sentences.tsv"
COLUMNS = ("type", "source_country", "source_role", "target_country", "target_role", "text")


def _cell(row: dict, key: str) -> str | None:
    value = (row.get(key) or "").strip()
    return value.upper() if value and value != "-" else None


def _code(actor) -> str:
    return f"{actor.text!r} {actor.code.country} {actor.code.role}" if actor else "-"


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise SystemExit(f"{path}: missing columns {sorted(missing)}")
        return [row for row in reader if (row.get("text") or "").strip() and _cell(row, "type")]


def print_confusion(pairs: list[tuple[str, str]]) -> None:
    """Gold types as rows, predicted types as columns (NONE: no trigger found)."""
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    counts = Counter(pairs)
    width = max(len(label) for label in labels)
    print(" " * (width + 1) + " ".join(label[:4].rjust(4) for label in labels) + "     n   acc")
    for gold in labels:
        row = [counts[(gold, pred)] for pred in labels]
        n = sum(row)
        if not n:
            continue
        cells = " ".join((str(c) if c else ".").rjust(4) for c in row)
        print(f"{gold.ljust(width)} {cells} {n:5d} {counts[(gold, gold)] / n:5.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tsv", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--errors", action="store_true", help="print misclassified or miscoded rows")
    args = ap.parse_args()
    rows = read_rows(args.tsv)
    language = nlp.load()
    pairs: list[tuple[str, str]] = []
    agree = {key: [0, 0] for key in ("source", "target", "source_role", "target_role")}
    for number, (row, doc) in enumerate(zip(rows, language.pipe(r["text"] for r in rows)), start=2):
        gold = _cell(row, "type")
        chosen = main_event(doc[:])
        trigger, found = chosen if chosen else (None, None)
        pred = found.plover_type if found else "NONE"
        pairs.append((gold, pred))
        source, target = participants(trigger) if trigger is not None else (None, None)
        wrong = pred != gold
        for side, actor in (("source", source), ("target", target)):
            country, role = _cell(row, side + "_country"), _cell(row, side + "_role")
            if country == "IGO":  # as in benchmarks/plover.py: sitrep's country of such bodies is UN or INT
                country = actor.code.country if actor and actor.code.country in INTERNATIONAL else "IGO"
            if country is not None:
                agree[side][1] += 1
                hit = bool(actor and actor.code.country == country)
                agree[side][0] += hit
                wrong = wrong or not hit
            if role is not None:
                agree[side + "_role"][1] += 1
                hit = bool(actor and actor.code.role == role)
                agree[side + "_role"][0] += hit
                wrong = wrong or not hit
        if args.errors and wrong:
            mark = "TYPE" if pred != gold else "actor"
            print(f"{number}\t{mark}\t{gold}\t{pred}\t{trigger}\t{row['text'][:160]}\n"
                  f"\tsource {_cell(row, 'source_country')} {_cell(row, 'source_role')} ~ {_code(source)}"
                  f"\ttarget {_cell(row, 'target_country')} {_cell(row, 'target_role')} ~ {_code(target)}")
    print("confusion (rows gold, columns predicted):")
    print_confusion(pairs)
    ratio = {k: (v[0] / v[1] if v[1] else 0.0) for k, v in agree.items()}
    hits = sum(g == p for g, p in pairs)
    print(f"records={len(pairs)} source_n={agree['source'][1]} target_n={agree['target'][1]} "
          f"source_role_n={agree['source_role'][1]} target_role_n={agree['target_role'][1]}")
    print(f"plover_type_accuracy={hits / max(len(pairs), 1):.3f} source_country_agree={ratio['source']:.3f} "
          f"target_country_agree={ratio['target']:.3f} source_role_agree={ratio['source_role']:.3f} "
          f"target_role_agree={ratio['target_role']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
