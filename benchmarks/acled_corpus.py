"""The snippet classifier on a labelled corpus laid out as `<LABEL>.txt` files, one snippet a line.

Usage: python benchmarks/acled_corpus.py CORPUS_DIR [--method rules|combined|model] [--errors] [--label L] [--cv K]
(the project's own corpus is `src/sitrep/data/acled_training`). It is the tuning set of the keyword
rules (issue #3): read its confusions and errors freely, unlike the CASE 2021 dev set's fold 4.
`--method` as in case2021.py (rules alone by default: the learned model is trained on this corpus,
so its figures here are not a test). `--errors` prints each misclassified line (gold, predicted, text),
`--label L` only those whose gold or predicted label is L.
`--cv K` scores the learned model alone by K-fold cross-validation instead: for each fold (every K-th
line) it trains `scripts/train_acled_model.py`'s recipe on the other K-1 parts and labels the held-out part
(nothing is written; `--arch`/`--epochs` pass through to the recipe).
Last line: `accuracy=<x> weighted_f1=<y>`.
"""
from __future__ import annotations

import argparse
import importlib.util
from collections import Counter
from pathlib import Path

from case2021 import METHODS, f1_scores  # same methods and scoring as the CASE 2021 benchmark


def read_corpus(directory: str) -> list[tuple[str, str]]:
    """(text, label) pairs from every `<LABEL>.txt` in `directory`, in file and line order."""
    rows = []
    for path in sorted(Path(directory).glob("*.txt")):
        rows.extend((line.strip(), path.stem) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def _training_recipe():
    """scripts/train_acled_model.py as a module (it is a script, not part of the package)."""
    script = Path(__file__).resolve().parent.parent / "scripts" / "train_acled_model.py"
    spec = importlib.util.spec_from_file_location("train_acled_model", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cross_validated_labels(rows: list[tuple[str, str]], k: int, **recipe) -> list[str]:
    """The model's label for every row, each predicted by a model trained without that row's fold."""
    trainer = _training_recipe()
    labels = sorted({label for _, label in rows})
    pred = [""] * len(rows)
    for fold in range(k):
        kept = [row for i, row in enumerate(rows) if i % k != fold]
        held = [i for i in range(len(rows)) if i % k == fold]
        nlp = trainer.train(kept, labels, **recipe)
        for i, label in zip(held, trainer.predict(nlp, [rows[i][0] for i in held])):
            pred[i] = label
    return pred


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--method", choices=sorted(METHODS), default="rules")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--label", default=None)
    ap.add_argument("--cv", type=int, default=0, help="K-fold cross-validated figures of the model alone")
    ap.add_argument("--arch", default=None, help="with --cv: the recipe's architecture (default: its own)")
    ap.add_argument("--epochs", type=int, default=None, help="with --cv: training epochs (default: the recipe's)")
    args = ap.parse_args()
    rows = read_corpus(args.corpus)
    gold = [label for _, label in rows]
    if args.cv:
        recipe = {key: value for key, value in (("architecture", args.arch), ("epochs", args.epochs)) if value is not None}
        pred = cross_validated_labels(rows, args.cv, **recipe)
    else:
        pred = [METHODS[args.method](text) for text, _ in rows]
    scores = f1_scores(gold, pred)
    confusions = Counter((g, p) for g, p in zip(gold, pred) if g != p)
    print(f"{'label':32} {'prec':>5} {'rec':>5} {'f1':>5} {'n':>4}  most confused with")
    for label, (prec, rec, f1, n) in sorted(scores.items(), key=lambda kv: kv[1][2]):
        worst = ", ".join(f"{p} {c}" for (g, p), c in confusions.most_common() if g == label)[:70]
        print(f"{label:32} {prec:5.2f} {rec:5.2f} {f1:5.2f} {n:4d}  {worst}")
    if args.errors:
        for (text, g), p in zip(rows, pred):
            if g != p and (args.label is None or args.label in (g, p)):
                print(f"{g}\t{p}\t{text}")
    total = len(gold)
    weighted = sum(f1 * n for _, _, f1, n in scores.values()) / total
    accuracy = sum(g == p for g, p in zip(gold, pred)) / total
    print(f"accuracy={accuracy:.3f} weighted_f1={weighted:.3f}")


if __name__ == "__main__":
    main()
