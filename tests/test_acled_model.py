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


def test_acled_model_corpus_lines_follow_source_md():
    # SOURCE.md: one snippet a line, no tabs, no empty lines, the label never inside the line;
    # and no snippet twice (a line under two labels would teach the model both)
    seen = {}
    for path in sorted(acled_model.data_path(acled_model.CORPUS_DIR).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert text.endswith("\n"), path.name  # else the next appended line would join the last one
        for number, line in enumerate(text.splitlines(), 1):
            where = f"{path.name}:{number}"
            assert line.strip() and "\t" not in line, where
            assert path.stem not in line, where
            assert line not in seen, f"{where} repeats {seen.get(line)}"
            seen[line] = where
    assert len(seen) > 1000


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


# sentences of our own that no keyword rule catches
UNCUED = {
    "Unknown men whisked a village chief off into the night; his family is still waiting for word of him.": "ABDUCT_DISSAP",
    "More than two hundred inmates got out after armed men stormed the prison.": "OTHER",
}


def test_acled_model_labels_sentences_no_rule_catches():
    for text, label in UNCUED.items():
        assert rules_label(text) == "NONE", text
        probabilities = acled_model.label_probabilities(text)
        assert max(probabilities, key=probabilities.get) == label, text
        assert acled_label(text) == label, text


def test_acled_model_fills_in_only_when_fairly_sure(monkeypatch):
    # no rule fires on this sentence; what the model says decides, but only at MODEL_FILLS_IN or above
    from sitrep import acled

    text = "Workers downed tools at the port to demand better pay."
    assert rules_label(text) == "NONE"

    def unsure(_text):
        return {"PEACE_PROTEST": acled.MODEL_FILLS_IN - 0.05, "DIPLO": 1 - acled.MODEL_FILLS_IN + 0.05}

    def sure(_text):
        return {"PEACE_PROTEST": acled.MODEL_FILLS_IN + 0.05, "DIPLO": 1 - acled.MODEL_FILLS_IN - 0.05}

    monkeypatch.setattr(acled_model, "label_probabilities", unsure)
    acled._combined_label.cache_clear()  # (labels are cached per sentence: forget the real model's)
    assert acled_label(text) == "NONE"
    monkeypatch.setattr(acled_model, "label_probabilities", sure)
    acled._combined_label.cache_clear()
    assert acled_label(text) == "PEACE_PROTEST"
    acled._combined_label.cache_clear()  # nor keep the fake model's for later tests


def test_acled_model_never_overrules_a_rule(monkeypatch):
    from sitrep import acled

    clear = {
        "A suicide bomber blew himself up at the checkpoint, killing five soldiers.": "SUIC_BOMB",
        "Police fired tear gas to scatter students protesting outside the ministry.": "PROTEST_WITH_INTER",
        "Soldiers and insurgents exchanged gunfire near the market for two hours.": "ARMED_CLASH",
        "Heavy snowfall cut off dozens of villages and killed livestock across the valley.": "NATURAL_DISASTER",
    }
    for text, label in clear.items():
        assert acled_label(text) == label, text
    # even a model sure of something else does not change a label a rule decided
    monkeypatch.setattr(acled_model, "label_probabilities", lambda text: {"DIPLO": 0.99, "ATTACK": 0.01})
    acled._combined_label.cache_clear()  # (labels are cached per sentence: forget the real model's)
    for text, label in clear.items():
        assert acled_label(text) == label, text
    assert acled_label("More than two hundred inmates got out after armed men stormed the prison.") == "DIPLO"
    acled._combined_label.cache_clear()


def test_acled_model_input_marks_the_lead_words():
    # a snippet's label is its first event: the lead's word prefixes are features of their own
    words = ["Gunmen"] + ["then"] * acled_model.LEAD_WORDS + ["kidnapped", "a", "pilot"]
    features = acled_model.normalise(" ".join(words)).split()
    assert "l_gunme" in features and "p_gunme" in features
    assert "p_kidna" in features and "l_kidna" not in features
    assert "gunmen" in features  # lowercased words stay features
