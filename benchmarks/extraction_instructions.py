"""Instructions executed by event extraction per article, counted by valgrind: a deterministic cost figure.

Usage: python benchmarks/extraction_instructions.py [LGL_XML] [--articles N]

CPU time on a shared VM varies by about 10 % between two processes running the same code, which hides
the few per cent one change costs or saves. This script parses N articles of about 600 words (built as
in extraction_cpu.py) with spaCy, saves the Docs, then runs itself under valgrind's callgrind with
instrumentation switched on only around `pipeline.extract_article` over fresh copies of those Docs (after
a warm-up pass, with the same caches cleared as extraction_cpu.py). The count repeats to within 0.1 %
between runs, so two commits can be compared exactly. It counts instructions, not time: it does not see
cache misses, and it does not replace extraction_cpu.py's ratio against parsing.
Needs `valgrind` and a C compiler (`apt-get install valgrind gcc`); callgrind runs extraction about
50 times slower than native (20 articles: about 2 minutes).
Last line: `articles=<n> extract_instructions_per_article=<count>`.
"""
from __future__ import annotations

import argparse
import ctypes
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT = "/work/shared/benchmarks/geoparsing-gwn-lgl-trnews/lgl.xml"
# Client requests are macros in valgrind's header: a two-function library lets Python switch counting on and off.
_SWITCH_SOURCE = """#include <valgrind/callgrind.h>
void count_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void count_stop(void) { CALLGRIND_STOP_INSTRUMENTATION; CALLGRIND_DUMP_STATS_AT("extraction"); }
"""


def _parse_to_file(xml: str, count: int, out: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from extraction_cpu import build_articles
    from spacy.tokens import DocBin
    from sitrep import nlp

    texts = build_articles(xml, count)
    docs = DocBin(store_user_data=False)
    for doc in nlp.load().pipe(texts, batch_size=16):
        docs.add(doc)
    out.with_suffix(".txt").write_text("\x1e".join(texts), encoding="utf-8")
    out.write_bytes(docs.to_bytes())


def _extract_counted(saved: Path, switch_library: Path) -> None:
    """Runs under callgrind: extraction over fresh Docs, with counting on only around it."""
    from spacy.tokens import DocBin
    from sitrep import acled, gazetteer, nlp
    from sitrep.ingest import make_article
    from sitrep.pipeline import extract_article

    switch = ctypes.CDLL(str(switch_library))
    vocab = nlp.load().vocab
    texts = saved.with_suffix(".txt").read_text(encoding="utf-8").split("\x1e")
    articles = [make_article(t, published="2021-09-08") for t in texts]
    data = saved.read_bytes()
    for article, doc in zip(articles, DocBin().from_bytes(data).get_docs(vocab)):  # warm-up: lazy loads
        extract_article(article, doc)
    docs = list(DocBin().from_bytes(data).get_docs(vocab))
    for cached in (acled._acled_scores, acled._combined_label, gazetteer.normalize):
        cached.cache_clear()
    switch.count_start()
    for article, doc in zip(articles, docs):
        extract_article(article, doc)
    switch.count_stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("xml", nargs="?", default=DEFAULT)
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--counted", nargs=2, help=argparse.SUPPRESS)  # internal: the run under valgrind
    args = ap.parse_args()
    if args.counted:
        _extract_counted(Path(args.counted[0]), Path(args.counted[1]))
        return
    missing = [tool for tool in ("valgrind", "cc") if shutil.which(tool) is None]
    if missing:
        sys.exit(f"extraction_instructions: {', '.join(missing)} not found; install with apt-get install valgrind gcc")
    if not Path(args.xml).is_file():
        sys.exit(f"extraction_instructions: {args.xml}: no such file; give an LGL-format XML file")
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        (folder / "switch.c").write_text(_SWITCH_SOURCE)
        subprocess.run(["cc", "-shared", "-fPIC", "-O2", "-o", str(folder / "switch.so"), str(folder / "switch.c")],
                       check=True)
        saved = folder / "docs.spacy"
        _parse_to_file(args.xml, args.articles, saved)
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={folder}/callgrind.%p",
             sys.executable, __file__, "--counted", str(saved), str(folder / "switch.so")],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        collected = re.search(r"Collected : (\d+)", run.stderr)
        if run.returncode != 0 or collected is None:
            sys.exit(f"extraction_instructions: the counted run failed:\n{run.stderr[-2000:]}")
        count = len(saved.with_suffix(".txt").read_text(encoding="utf-8").split("\x1e"))
        print(f"articles={count} extract_instructions_per_article={int(collected.group(1)) // count}")


if __name__ == "__main__":
    main()
