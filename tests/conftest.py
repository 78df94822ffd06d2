from __future__ import annotations

from importlib.resources import files

import pytest


@pytest.fixture(scope="session")
def nlp():
    from sitrep import nlp as nlp_stage

    return nlp_stage.load()


@pytest.fixture(scope="session")
def example_text() -> str:
    return (files("sitrep") / "data" / "examples" / "daraa-2021-09-08.txt").read_text(encoding="utf-8")
