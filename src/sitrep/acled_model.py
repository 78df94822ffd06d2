"""A small learned ACLED snippet classifier: text -> probability of each CASE 2021 label.

A spaCy `textcat` (bag of words and word prefixes, see `normalise`; exclusive classes) on a blank English tokenizer,
trained by `scripts/train_acled_model.py` from the project's own corpus `data/acled_training/`
(one `<LABEL>.txt` per label, one snippet per line). The artefact is `data/acled_model/`; its meta
records the sha256 of the corpus it was trained from (see `corpus_sha256`).
It complements the keyword rules of `acled.py`; `classify.py` (snippets) and `acled.py` (article
sentences) decide how the two are combined.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

MODEL_DIR = "acled_model"
CORPUS_DIR = "acled_training"


def data_path(name: str) -> Path:
    return Path(str(files("sitrep") / "data" / name))


# Words longer than this also give their first PREFIX_LETTERS letters as a feature of their own.
PREFIX_LETTERS = 5
# The first LEAD_WORDS words' prefixes are features a second time, marked as the lead ("l_attac"): a news
# snippet's label is its first event, and a bag of words cannot otherwise tell the lead from background
# (CASE 2021 dev folds 0-3, model alone: 0.649 without, 0.682 with 12 words, 0.662 with 20, 0.666 with 30;
# own blind set, model alone, 0.881 -> 0.887).
LEAD_WORDS = 12
_NOT_A_LETTER = re.compile(r"\W+")


def normalise(text: str) -> str:
    """What the model reads: the words lowercased (the bag-of-words features are the tokens' exact
    text, so case would split each word in two), then each longer word's first five letters as an
    extra token ("attacked", "attackers" -> "p_attac"), so that inflections and derivations share a
    feature that a small corpus cannot teach word by word (5-fold CV on the corpus 0.908 -> 0.918,
    CASE 2021 dev folds 0-3, model alone, 0.637 -> 0.656), then the lead's prefixes again (see LEAD_WORDS)."""
    words = text.lower().split()
    prefixes, lead = [], []
    for position, word in enumerate(words):
        letters = _NOT_A_LETTER.sub("", word)
        if len(letters) > PREFIX_LETTERS:
            prefixes.append("p_" + letters[:PREFIX_LETTERS])
            if position < LEAD_WORDS:
                lead.append("l_" + letters[:PREFIX_LETTERS])
    return " ".join(words + prefixes + lead)


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
