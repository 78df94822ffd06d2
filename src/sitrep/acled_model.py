"""A small learned ACLED snippet classifier: text -> probability of each CASE 2021 label.

A spaCy `textcat` (bag of word uni- and bigrams, exclusive classes) on a blank English tokenizer,
trained by `scripts/train_acled_model.py` from the project's own corpus `data/acled_training/`
(one `<LABEL>.txt` per label, one snippet per line). The artefact is `data/acled_model/`; its meta
records the sha256 of the corpus it was trained from (see `corpus_sha256`).
It complements the keyword rules of `acled.py`, which decide how the two are combined.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

MODEL_DIR = "acled_model"
CORPUS_DIR = "acled_training"


def data_path(name: str) -> Path:
    return Path(str(files("sitrep") / "data" / name))


def normalise(text: str) -> str:
    """What the model reads: whitespace collapsed, lowercased (the bag-of-words features are the
    tokens' exact text, so case would split each word in two)."""
    return " ".join(text.split()).lower()


def corpus_sha256(directory: Path | None = None) -> str:
    """sha256 over the corpus files (`*.txt`, by name order): each file's name and bytes."""
    directory = Path(directory) if directory is not None else data_path(CORPUS_DIR)
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.txt")):
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def load():
    """The trained pipeline (loaded once; about a tenth of a second)."""
    import spacy  # imported here: `sitrep` itself loads without the model

    return spacy.load(data_path(MODEL_DIR))


@lru_cache(maxsize=4096)
def _probabilities(text: str) -> tuple[tuple[str, float], ...]:
    # cached: the pipeline asks about the same sentence once per event in it
    doc = load()(normalise(text))
    return tuple(doc.cats.items())


def label_probabilities(text: str) -> dict[str, float]:
    """Probability of each CASE 2021 label for a sentence or snippet (they sum to 1)."""
    return dict(_probabilities(text))
