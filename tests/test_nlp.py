"""nlp: the parse, and the cached text the pipeline reads its offsets from."""
import re
from pathlib import Path

import sitrep
from sitrep.nlp import text_of

SRC = Path(sitrep.__file__).parent


def test_nlp_text_of_is_the_docs_text_and_is_cached(nlp):
    doc = nlp("Troops entered the town on Monday.")
    assert text_of(doc) == doc.text
    assert doc.user_data["sitrep_text"] is text_of(doc)


def test_nlp_no_module_reads_doc_text_directly():
    # Doc.text re-joins every token on each access: read in a loop it made extraction quadratic, twice
    direct = re.compile(r"(\bdoc|\.doc)\.text\b(?!_)")
    offenders = [f"{path.relative_to(SRC)}:{n}" for path in SRC.rglob("*.py") if path.name != "nlp.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if direct.search(line) and not line.lstrip().startswith("#")]
    assert offenders == []
