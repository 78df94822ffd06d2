"""A few seconds of benchmarks/load.py: concurrent clients get no error, oversized bodies get 413
(declared and chunked) and a POST without the token 401. The 30-second run is the benchmark."""
from __future__ import annotations

import subprocess
import sys
from importlib.resources import as_file, files
from pathlib import Path

LOAD = Path(__file__).resolve().parent.parent / "benchmarks" / "load.py"


def test_load_short_run_has_no_errors_and_refuses_oversized(tmp_path):
    from sitrep.cli import run_ingest

    db = tmp_path / "load.db"
    with as_file(files("sitrep") / "data" / "examples" / "daraa-2021-09-08.txt") as example:
        assert run_ingest([str(example)], str(db), quiet=True)["new"] == 1
    done = subprocess.run([sys.executable, str(LOAD), str(db), "--clients", "20", "--seconds", "3"],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no "error: ..." lines
    *_, summary, last = done.stdout.strip().splitlines()
    assert "refusals_ok=3/3" in summary
    figures = dict(part.split("=") for part in last.split())
    assert figures["errors"] == "0"
    assert float(figures["rps"]) > 0 and float(figures["p99_ms"]) > 0
