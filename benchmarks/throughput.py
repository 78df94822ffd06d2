"""Throughput: bare spaCy parsing against the whole sitrep pipeline with storage.

Usage: python benchmarks/throughput.py [CORPUS] [--quick] [--workers N] [--out DIR] [--limit N]

CORPUS is either a folder of .jsonl files (used as it is) or the folder of the geoparsing
benchmark (GeoWebNews, LGL, GeoVirus XML; the default), from whose real news articles a corpus
of 5,000 articles of about 600 words is built in DIR (default: a temporary folder; never in src/).
Each built article joins consecutive real articles, in a shuffled order, up to ~600 words at a
sentence end, so every text is distinct (distinct content hash) and reads like news.

Runs (a) bare parsing: the same model, settings, batches and pool of N spawned processes as
sitrep, nlp.pipe only, and (b) sitrep's `ingest_parallel` with N workers into a fresh database; then the same two with one worker on a
slice, for the scaling. Prints articles/s, words/s and peak memory (largest single process).
`--quick` runs a small slice and finishes in well under 45 s.
Last line: `ratio=<b/a> articles_per_s=<b>`.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import psutil

DEFAULT_SOURCE = "/work/shared/benchmarks/geoparsing-gwn-lgl-trnews"
TARGET_WORDS = 600
CORPUS_SIZE = 5000
RECORDS_PER_FILE = 500


# -- corpus ---------------------------------------------------------------------------------------
def source_texts(folder: Path) -> list[str]:
    texts = []
    for xml in sorted(folder.glob("*.xml")):
        for article in ET.parse(xml).getroot().iter("article"):
            text = (article.findtext("text") or "").strip()
            if len(text.split()) >= 20:
                texts.append(text)
    return texts


def compose(texts: list[str], rng: random.Random) -> str:
    """Real articles joined as paragraphs until ~600 words, cut at a sentence end."""
    parts, words = [], 0
    while words < TARGET_WORDS:
        text = rng.choice(texts)
        parts.append(text)
        words += len(text.split())
    joined = "\n\n".join(parts)
    tokens = list(re.finditer(r"\S+", joined))
    if len(tokens) > TARGET_WORDS + 50:
        limit = tokens[TARGET_WORDS - 1].end()
        stop = max(joined.rfind(". ", 0, limit), joined.rfind(".\n", 0, limit))
        joined = joined[: stop + 1] if stop > len(joined) // 3 else joined[:limit]
    return joined


def build_corpus(source: Path, out: Path, size: int = CORPUS_SIZE) -> list[Path]:
    texts = source_texts(source)
    if not texts:
        sys.exit(f"{source}: no <article><text> found in *.xml")
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    files, seen = [], set()
    records = []
    while len(records) < size:
        text = compose(texts, rng)
        if text not in seen:
            seen.add(text)
            day = f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            records.append({"text": text, "published": day})
    for n in range(0, size, RECORDS_PER_FILE):
        path = out / f"corpus-{n // RECORDS_PER_FILE:03d}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for record in records[n : n + RECORDS_PER_FILE]:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        files.append(path)
    return files


def load_corpus(files: list[Path]) -> list[dict]:
    records = []
    for path in files:
        with path.open(encoding="utf-8") as f:
            records.extend(json.loads(line) for line in f if line.strip())
    return records


# -- measuring --------------------------------------------------------------------------------------
class Monitor:
    """Peak resident memory of the largest single process (this one or a child) and CPU seconds
    used by all of them while the block runs. CPU time makes the comparison fair on a busy
    machine, where wall-clock rates depend on what else is running."""

    def __init__(self, interval: float = 0.1):
        self.interval, self.peak, self._stop = interval, 0, threading.Event()
        self._cpu: dict[int, float] = {}

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            for proc in me.children(recursive=True):
                try:
                    with proc.oneshot():
                        self.peak = max(self.peak, proc.memory_info().rss)
                        times = proc.cpu_times()
                        self._cpu[proc.pid] = times.user + times.system
                except psutil.Error:
                    pass
            self.peak = max(self.peak, me.memory_info().rss)
            self._stop.wait(self.interval)

    @staticmethod
    def _own_cpu() -> float:
        times = psutil.Process().cpu_times()
        return times.user + times.system

    def __enter__(self):
        self._own = self._own_cpu()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.cpu = self._own_cpu() - self._own + sum(self._cpu.values())


def parse_batch(texts: list[str]) -> int:
    """Bare parsing of one batch in a pool process; only a token count comes back."""
    from sitrep import nlp

    return sum(len(doc) for doc in nlp.load().pipe(texts, batch_size=len(texts)))


def run_spacy(texts: list[str], workers: int) -> float:
    """The same model, settings, batches and process pool as `ingest_parallel`, parsing only.
    (spaCy's own n_process ships every Doc back to the parent, which sitrep does not need, so
    it would make a slower baseline than this.)"""
    from sitrep import nlp
    from sitrep.distributed import BATCH_SIZE

    batches = [texts[i : i + BATCH_SIZE] for i in range(0, len(texts), BATCH_SIZE)]
    started = time.perf_counter()
    if workers <= 1:
        for batch in batches:
            parse_batch(batch)
    else:
        with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=nlp.load) as pool:
            list(pool.map(parse_batch, batches))
    return time.perf_counter() - started


def run_sitrep(files: list[Path], workers: int, db: Path) -> tuple[float, dict]:
    from sitrep.distributed import ingest_parallel

    started = time.perf_counter()
    summary = ingest_parallel([str(f) for f in files], db, workers)
    return time.perf_counter() - started, summary


def report(label: str, n: int, words: int, seconds: float, mon: Monitor) -> tuple[float, float]:
    rate, per_cpu = n / seconds, n / mon.cpu
    print(f"{label:<32} {n:>5} articles {seconds:7.1f} s {rate:6.2f} articles/s {words / seconds:7.0f} words/s"
          f" | {mon.cpu:7.1f} cpu-s {per_cpu:5.2f} articles/cpu-s | peak {mon.peak / 2**20:5.0f} MB/process",
          flush=True)
    return rate, per_cpu


def measure(records: list[dict], workers: int, scratch: Path, tag: str):
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    part = scratch / f"slice-{tag}.jsonl"
    with part.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with Monitor() as mon:
        seconds = run_spacy(texts, workers)
    a = report(f"(a) spaCy parse only, {workers} proc", len(texts), words, seconds, mon)
    db = scratch / f"bench-{tag}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with Monitor() as mon:
        seconds, summary = run_sitrep([part], workers, db)
    if summary["new"] != len(texts) or summary["errors"]:
        print(f"warning: stored {summary['new']} of {len(texts)} articles, {summary['errors']} errors")
    b = report(f"(b) sitrep ingest, {workers} worker(s)", len(texts), words, seconds, mon)
    print(f"    events stored: {summary['events']}; ratio b/a: {b[0] / a[0]:.2f} wall-clock, "
          f"{b[1] / a[1]:.2f} by cpu time", flush=True)
    return a, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=DEFAULT_SOURCE)
    parser.add_argument("--quick", action="store_true", help="a small slice, under 45 s")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", help="folder for the built corpus and scratch databases")
    parser.add_argument("--limit", type=int, help="articles for the N-worker run (default: all)")
    args = parser.parse_args()

    scratch = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="sitrep-throughput-"))
    scratch.mkdir(parents=True, exist_ok=True)
    source = Path(args.corpus)
    files = sorted(source.glob("*.jsonl")) if source.is_dir() else [source]
    if source.is_dir() and not files:
        files = sorted((scratch / "corpus").glob("*.jsonl"))
        if len(load_corpus(files)) < CORPUS_SIZE:
            files = build_corpus(source, scratch / "corpus")
    records = load_corpus(files)
    words = sum(len(r["text"].split()) for r in records)
    print(f"corpus: {len(records)} articles, {words / len(records):.0f} words on average, in {scratch}", flush=True)

    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1) * 0.5:
        print(f"note: load average {load:.1f} on {os.cpu_count()} cores before starting: wall-clock rates "
              "are shared with other work; the cpu-time figures are not")
    n_all = 60 if args.quick else (args.limit or len(records))
    n_one = 0 if args.quick else min(n_all // 2, 500)
    a, b = measure(records[:n_all], args.workers, scratch, f"{args.workers}w")
    if n_one and args.workers > 1:
        a1, b1 = measure(records[-n_one:], 1, scratch, "1w")
        print(f"scaling 1 -> {args.workers} workers (wall-clock): spaCy x{a[0] / a1[0]:.2f}, "
              f"sitrep x{b[0] / b1[0]:.2f}")
    print(f"per worker (cpu time): spaCy {a[1]:.2f} articles/s, sitrep {b[1]:.2f} articles/s; "
          f"on {args.workers} idle cores sitrep would do about {b[1] * args.workers:.1f} articles/s")
    print(f"ratio={b[0] / a[0]:.3f} articles_per_s={b[0]:.2f}")


if __name__ == "__main__":
    main()
