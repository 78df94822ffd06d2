"""Crash safety: `sitrep ingest` is SIGKILLed part-way through 2,000 articles, twice, then run to the end.

After every kill the database must open and pass SQLite's integrity and foreign-key checks, and the
articles written last before the kill (where a torn write would show) plus a sample of the others must
have exactly the events a clean extraction gives: an article and its events are one transaction, never
half stored. At the end every article is stored once and no event twice.
"""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from sitrep.ingest import article_id, make_article
from sitrep.pipeline import extract_articles
from sitrep.store import Store

N_ARTICLES = 2000
KILL_AT = (150, 900)  # articles stored when each SIGKILL is sent
LAST_CHECKED = 40  # the articles written last before a kill are compared with a clean run...
SAMPLE_EVERY = 40  # ...and so is every 40th of the others (a full reference would double the run time)
TEMPLATES = [
    "Rebels attacked an army checkpoint near Homs on Monday, killing {n} soldiers, state media said.",
    "Police arrested {n} protesters in Khartoum on Sunday, witnesses said.",
    "Government forces shelled villages outside Idlib on Tuesday and {n} civilians fled, a monitor said.",
    "Militants fired rockets at a base near Mosul on Friday, wounding {n} people, officials said.",
]
INGEST = [sys.executable, "-c", "from sitrep.cli import app; app()", "ingest"]


def _texts() -> list[str]:
    return [f"Report {i}. " + TEMPLATES[i % len(TEMPLATES)].format(n=i % 40 + 2) + "\n" for i in range(N_ARTICLES)]


def _stored_count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:  # not created or not migrated yet
        return 0


def _ingest_until_killed(folder: Path, db: Path, stored: int) -> None:
    proc = subprocess.Popen([*INGEST, str(folder), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300  # generous: a loaded CI machine is slow, not broken
        while _stored_count(db) < stored:
            assert proc.poll() is None, f"ingest ended before the kill: {proc.stderr.read().decode()}"
            assert time.monotonic() < deadline, "ingest too slow to reach the kill point"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


def _reference(texts_by_id: dict[str, str], ids: set[str], expected: dict[str, set[str]]) -> None:
    """What a clean run stores for these articles (event ids), added to `expected`."""
    todo = [make_article(texts_by_id[i], source_path="ref") for i in sorted(ids - set(expected))]
    expected.update({a.id: {e.id for e in events} for a, events in extract_articles(todo, batch_size=64)})


def _check_whole(db: Path, texts_by_id: dict[str, str], expected: dict[str, set[str]]) -> dict[str, set[str]]:
    """The database opens and is intact; articles are whole: the last ones written before the kill
    (where a torn write would be) and a sample of the others have exactly a clean run's events."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        articles = [row[0] for row in con.execute("SELECT id FROM articles ORDER BY rowid")]
        stored: dict[str, set[str]] = defaultdict(set)
        for event_id, article_id in con.execute("SELECT id, article_id FROM events"):
            stored[article_id].add(event_id)
        orphans = con.execute(
            "SELECT COUNT(*) FROM event_sources s WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.event_id)"
        ).fetchone()[0]
    finally:
        con.close()
    assert orphans == 0
    assert set(stored) <= set(articles), "events of an article that is not stored"
    assert set(articles) <= set(texts_by_id), "an article that is not in the input"
    checked = set(articles[-LAST_CHECKED:]) | set(articles[::SAMPLE_EVERY])
    _reference(texts_by_id, checked, expected)
    for article_id in checked:
        assert stored.get(article_id, set()) == expected[article_id], f"article {article_id} half stored"
    with Store.open(db) as store:  # and sitrep itself opens it (migrations check out)
        assert store.counts()["articles"] == len(articles)
    return stored


def test_crash_safety_sigkill_mid_ingest_then_resume(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    texts = _texts()
    for i, text in enumerate(texts):
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
    texts_by_id = {article_id(t): t for t in texts}
    db = tmp_path / "crash.db"
    expected: dict[str, set[str]] = {}

    for stored in KILL_AT:
        _ingest_until_killed(folder, db, stored)
        _check_whole(db, texts_by_id, expected)

    count_before = _stored_count(db)
    assert KILL_AT[-1] <= count_before < N_ARTICLES
    done = subprocess.run([*INGEST, str(folder), "--db", str(db)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"articles read: {N_ARTICLES}, new: {N_ARTICLES - count_before}," in done.stderr
    _check_whole(db, texts_by_id, expected)

    con = sqlite3.connect(db)
    try:
        ids = [row[0] for row in con.execute("SELECT id FROM articles")]
        triggers = con.execute(
            "SELECT COUNT(*), COUNT(DISTINCT article_id || ':' || json_extract(json, '$.trigger.start')) FROM events"
        ).fetchone()
    finally:
        con.close()
    assert sorted(ids) == sorted(texts_by_id), "every article stored, once"
    assert triggers[0] == triggers[1], "an event stored twice"
    assert triggers[0] > N_ARTICLES // 2  # the corpus does produce events
