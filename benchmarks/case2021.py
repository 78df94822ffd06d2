"""CASE 2021 task 2 (ACLED sub-event types + 5 non-conflict labels): weighted and macro F1.

Usage: python benchmarks/case2021.py [TSV] [--fold K] [--method combined|rules|model] [--errors]
TSV has the header `id<TAB>EventSnippet<TAB>SubType` (default: the shared dev set).
`--fold K` (0-4) scores only the rows with (id // 2) % 5 == K: fold 4 is the one the rule
authors never looked at while writing rules (nor the combination with the model while tuning it),
so its score is the honest one for the dev set.
`--method`: what `sitrep classify` does (combined, the default), the keyword rules alone, or the
learned model alone (trained from the project's own corpus, never on this data).
Last line: `weighted_f1=<x> macro_f1=<y>`.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter

from sitrep.acled import rules_label
from sitrep.acled_model import label_probabilities
from sitrep.classify import DEFAULT_LABEL, classify_text

DEFAULT = "/work/shared/benchmarks/case2021-task2-acled-subtypes/dev.tsv"


# header names that mark the snippet and label columns (CASE 2021 writes id, EventSnippet, SubType)
TEXT_COLUMNS = ("eventsnippet", "snippet", "text", "sentence")
LABEL_COLUMNS = ("subtype", "label", "sub_event_type", "event_type", "class")


def read_rows(path: str) -> list[tuple[str, str, str]]:
    """(id, snippet, gold label) rows; the columns are found by their header names, else id, text, ..., label."""
    csv.field_size_limit(sys.maxsize)
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = [h.strip().lower() for h in next(reader, [])]
            table = [r for r in reader if len(r) >= 3 or (len(r) == 2 and len(header) == 2)]
    except OSError as exc:
        sys.exit(f"{path}: cannot read the snippets ({exc.strerror})")
    text_at = next((header.index(n) for n in TEXT_COLUMNS if n in header), 1)
    label_at = next((header.index(n) for n in LABEL_COLUMNS if n in header), -1)
    id_at = header.index("id") if "id" in header else 0
    rows = [(r[id_at] if id_at != text_at else str(i), r[text_at], r[label_at].strip())
            for i, r in enumerate(table) if r[label_at].strip()]
    if not rows:
        sys.exit(f"{path}: no rows with a snippet and a label (expected a TSV with a header such as id, EventSnippet, SubType)")
    return rows


def f1_scores(gold: list[str], pred: list[str]) -> dict[str, tuple[float, float, float, int]]:
    """Per label: precision, recall, F1, support."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        if g == p:
            tp[g] += 1
        else:
            fp[p] += 1
            fn[g] += 1
    support = Counter(gold)
    out = {}
    for label in sorted(set(gold)):
        prec = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        rec = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[label] = (prec, rec, f1, support[label])
    return out


def _rules_only(text: str) -> str:
    label = rules_label(" ".join(text.split()))
    return DEFAULT_LABEL if label == "NONE" else label


def _model_only(text: str) -> str:
    probabilities = label_probabilities(text)
    return max(probabilities, key=probabilities.get)


METHODS = {"combined": classify_text, "rules": _rules_only, "model": _model_only}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tsv", nargs="?", default=DEFAULT)
    ap.add_argument("--fold", type=int, default=None)
    ap.add_argument("--method", choices=sorted(METHODS), default="combined")
    ap.add_argument("--errors", action="store_true", help="print misclassified rows (id, gold, pred)")
    args = ap.parse_args()
    rows = read_rows(args.tsv)
    if args.fold is not None:
        rows = [r for r in rows if r[0].isdigit() and (int(r[0]) // 2) % 5 == args.fold]
    gold = [r[2] for r in rows]
    pred = [METHODS[args.method](r[1]) for r in rows]
    scores = f1_scores(gold, pred)
    total = len(gold)
    weighted = sum(f1 * n for _, _, f1, n in scores.values()) / total
    macro = sum(f1 for _, _, f1, _ in scores.values()) / len(scores)
    accuracy = sum(g == p for g, p in zip(gold, pred)) / total
    print(f"{'label':32} {'prec':>5} {'rec':>5} {'f1':>5} {'n':>4}  most confused with")
    confusions = Counter((g, p) for g, p in zip(gold, pred) if g != p)
    for label, (prec, rec, f1, n) in sorted(scores.items(), key=lambda kv: kv[1][2])[:10]:
        worst = ", ".join(f"{p} {c}" for (g, p), c in confusions.most_common() if g == label)[:60]
        print(f"{label:32} {prec:5.2f} {rec:5.2f} {f1:5.2f} {n:4d}  {worst}")
    if args.errors:
        for (rid, text, g), p in zip(rows, pred):
            if g != p:
                print(f"{rid}\t{g}\t{p}\t{text[:200]}")
    print(f"rows={total} accuracy={accuracy:.3f}")
    print(f"weighted_f1={weighted:.3f} macro_f1={macro:.3f}")


if __name__ == "__main__":
    main()
