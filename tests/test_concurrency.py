"""Concurrency: two `sitrep ingest` processes write one database (with overlapping inputs) while
`sitrep serve` answers readers. No "database is locked" may reach a user, and no write is lost.
"""
from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from sitrep.ingest import make_article
from sitrep.store import Store

N_EACH = 150  # articles per ingest process
OVERLAP = 50  # articles both processes are given
TEMPLATES = [
    "Armed men attacked a police station near Kandahar on Thursday, killing {n} officers, officials said.",
    "Security forces detained {n} demonstrators in Tehran on Saturday, a rights group said.",
    "Air strikes hit a market near Aleppo on Wednesday, wounding {n} people, medics said.",
]
CLI = [sys.executable, "-c", "from sitrep.cli import app; app()"]
READ_PATHS = ["/api/stats", "/api/events?limit=50", "/api/articles?limit=20", "/api/timeline",
              "/api/events?type=ASSAULT&limit=10"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _write_corpus(folder: Path, numbers: range) -> list[str]:
    folder.mkdir()
    texts = []
    for i in numbers:
        text = f"Dispatch {i}. " + TEMPLATES[i % len(TEMPLATES)].format(n=i % 30 + 3) + "\n"
        (folder / f"d{i:04d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def _summary(stderr: str) -> dict[str, int]:
    line = [x for x in stderr.splitlines() if x.startswith("articles read:")][-1]
    pairs = (part.split(":") for part in line.replace("articles read", "read").split(","))
    return {k.strip(): int(v) for k, v in pairs}


def test_concurrency_two_ingests_and_api_readers(tmp_path):
    first = _write_corpus(tmp_path / "a", range(0, N_EACH))
    second = _write_corpus(tmp_path / "b", range(N_EACH - OVERLAP, 2 * N_EACH - OVERLAP))
    expected_ids = {make_article(t).id for t in first + second}
    db = tmp_path / "shared.db"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"

    with Store.open(db):  # the server reads an existing database; the two ingests fill it
        pass
    server = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if _get(base + "/api/stats")[0] == 200:
                    break
            except OSError:
                pass
            assert server.poll() is None, server.stderr.read()
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)

        stop = threading.Event()
        failures: list[str] = []
        seen_counts: list[int] = []
        requests = [0]

        def reader(offset: int) -> None:
            n = offset
            while not stop.is_set():
                path = READ_PATHS[n % len(READ_PATHS)]
                n += 1
                status, body = _get(base + path)
                requests[0] += 1
                if status != 200 or b"locked" in body:
                    failures.append(f"{path}: {status} {body[:200]!r}")
                elif path == "/api/stats" and offset == 0:
                    seen_counts.append(json.loads(body)["articles"])

        readers = [threading.Thread(target=reader, args=(k,)) for k in range(4)]
        for thread in readers:
            thread.start()
        ingests = [
            subprocess.Popen([*CLI, "ingest", str(tmp_path / name), "--db", str(db)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            for name in ("a", "b")
        ]
        try:
            outputs = [proc.communicate(timeout=300)[1] for proc in ingests]
        finally:
            stop.set()
            for thread in readers:
                thread.join()
            for proc in ingests:
                proc.kill()
    finally:
        server.terminate()
        server_log = server.communicate(timeout=30)[1]

    for proc, stderr in zip(ingests, outputs):
        assert proc.returncode == 0, stderr
        assert "locked" not in stderr.lower() and "Traceback" not in stderr
    assert "locked" not in server_log.lower() and "Traceback" not in server_log
    assert failures == [], failures[:5]
    assert requests[0] > 20, "the readers should have been busy during the ingest"
    assert seen_counts == sorted(seen_counts), "a reader saw the article count go down"

    summaries = [_summary(stderr) for stderr in outputs]
    assert [s["read"] for s in summaries] == [N_EACH, N_EACH]
    assert sum(s["new"] for s in summaries) == len(expected_ids)  # overlap stored once, by one of them
    con = sqlite3.connect(db)
    try:
        stored_ids = {row[0] for row in con.execute("SELECT id FROM articles")}
        events = con.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM events").fetchone()
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert stored_ids == expected_ids, "no write lost"
    assert events[0] == events[1] == sum(s["events"] for s in summaries) > 0
    print(f"concurrency: articles={len(stored_ids)} events={events[0]} new={[s['new'] for s in summaries]} "
          f"api_requests={requests[0]} api_errors={len(failures)}")


def _open_and_count(db: str, results) -> None:
    from sitrep.store import Store

    try:
        with Store.open(db) as store:
            results.put(store.counts()["articles"])
    except Exception as exc:  # reported to the parent, which fails the test with it
        results.put(f"{type(exc).__name__}: {exc}")


def test_concurrency_processes_creating_one_new_database_at_once(tmp_path):
    import multiprocessing

    context = multiprocessing.get_context("fork")
    for round_ in range(5):
        db = str(tmp_path / f"new{round_}.db")
        results = context.Queue()
        procs = [context.Process(target=_open_and_count, args=(db, results)) for _ in range(4)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(timeout=60)
        assert [results.get(timeout=5) for _ in procs] == [0, 0, 0, 0]  # migrations ran once, nobody locked out
