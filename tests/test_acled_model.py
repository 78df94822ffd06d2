import importlib.util
import json
from pathlib import Path

import pytest

from sitrep import acled_model
from sitrep.acled import acled_label, rules_label

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "train_acled_model.py"


def _training_script():
    spec = importlib.util.spec_from_file_location("train_acled_model", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_acled_model_was_trained_from_the_shipped_corpus():
    # re-run scripts/train_acled_model.py when the corpus changes
    meta = json.loads((acled_model.data_path(acled_model.MODEL_DIR) / "meta.json").read_text())
    assert meta["sitrep"]["corpus_sha256"] == acled_model.corpus_sha256()


def test_acled_model_artefact_is_small():
    model_dir = acled_model.data_path(acled_model.MODEL_DIR)
    assert sum(p.stat().st_size for p in model_dir.rglob("*") if p.is_file()) < 8_000_000


def test_acled_model_probabilities_cover_every_corpus_label():
    probabilities = acled_model.label_probabilities("Gunmen opened fire on a minibus near the market.")
    corpus_labels = {p.stem for p in acled_model.data_path(acled_model.CORPUS_DIR).glob("*.txt")}
    assert set(probabilities) == corpus_labels
    assert sum(probabilities.values()) == pytest.approx(1.0, abs=1e-4)


def test_acled_model_corpus_hash_changes_with_a_line(tmp_path):
    (tmp_path / "DIPLO.txt").write_text("The envoys met in the capital.\n", encoding="utf-8")
    before = acled_model.corpus_sha256(tmp_path)
    (tmp_path / "DIPLO.txt").write_text("The envoys met in the capital again.\n", encoding="utf-8")
    assert acled_model.corpus_sha256(tmp_path) != before


def test_acled_model_training_is_deterministic():
    script = _training_script()
    pairs = [("Fighter jets pounded the hills at dawn.", "AIR_STRIKE"),
             ("Warplanes hit a fuel depot near the river.", "AIR_STRIKE"),
             ("Nurses marched to the ministry over unpaid wages.", "PEACE_PROTEST"),
             ("Shopkeepers held a sit-in against the new tax.", "PEACE_PROTEST")]
    labels = ["AIR_STRIKE", "PEACE_PROTEST"]
    first, second = (script.train(pairs, labels, epochs=3) for _ in range(2))
    text = ["Jets struck a depot while nurses marched."]
    assert [d.cats for d in first.pipe(text)] == [d.cats for d in second.pipe(text)]
    assert script.predict(first, ["Fighter jets hit the hills."]) == ["AIR_STRIKE"]
