"""Parallel and Dask ingest: same events as the serial path, resumable, idempotent."""
import json
import os

import pytest

from sitrep.cli import run_ingest
from sitrep.distributed import (
    extract_batch,
    ingest_dask,
    ingest_parallel,
    list_inputs,
    make_partitions,
    read_partition,
)
from sitrep.errors import InputError
from sitrep.ingest import make_article
from sitrep.store import Store

STORIES = [
    "TRIPOLI, June 4 (Reuters) - Militia fighters shelled a residential district of Tripoli on Sunday, "
    "killing three civilians and wounding nine, the health ministry said.",
    "Police fired tear gas at thousands of students who marched on parliament in Kathmandu on Monday to "
    "demand the release of detained activists, witnesses said.",
    "Government troops recaptured two villages near Gao after heavy clashes with insurgents on Friday, "
    "the army said in a statement. About 1,200 residents fled to nearby towns, a UN agency said.",
    "The foreign ministers of Peru and Chile met in Lima on Thursday and agreed to reopen the border "
    "crossing, officials said.",
    "Gunmen abducted 14 passengers from a bus on the highway north of Kaduna late on Tuesday, "
    "a police spokesman told reporters.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Two text files, a JSON Lines file with a broken line, and an empty file."""
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "one.txt").write_text(STORIES[0], encoding="utf-8")
    (folder / "two.txt").write_text(STORIES[1], encoding="utf-8")
    lines = [json.dumps({"text": t, "published": "2023-06-0%d" % n}) for n, t in enumerate(STORIES[2:], 1)]
    (folder / "more.jsonl").write_text("\n".join(lines[:2] + ["{oops"] + lines[2:]) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def _stored(db) -> tuple[dict, set[str]]:
    with Store.open(db) as store:
        return store.counts(), {e.model_dump_json() for e in store.events()}


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("serial") / "serial.db"
    summary = run_ingest([str(corpus)], str(db), quiet=True)
    return summary, _stored(db)


def test_distributed_parallel_matches_serial(corpus, serial, tmp_path):
    db = tmp_path / "parallel.db"
    summary = ingest_parallel([corpus], db, workers=2)
    assert summary == serial[0] == {"read": 5, "new": 5, "events": summary["events"], "errors": 2}
    assert summary["events"] > 0
    assert _stored(db) == serial[1]
    assert ingest_parallel([corpus], db, workers=2) == {"read": 5, "new": 0, "events": 0, "errors": 2}


def test_distributed_parallel_progress_reports_rate(corpus, tmp_path, nlp):
    seen = []
    ingest_parallel([corpus / "one.txt"], tmp_path / "p.db", workers=1, progress=seen.append)
    assert seen and seen[-1]["new"] == 1 and seen[-1]["rate"] > 0


def test_distributed_batch_keeps_going_after_a_broken_article(monkeypatch, nlp):
    import sitrep.pipeline

    real = sitrep.pipeline.extract_article

    def fragile(article, doc=None):
        if "Kathmandu" in article.text:
            raise ValueError("boom")
        return real(article, doc)

    monkeypatch.setattr(sitrep.pipeline, "extract_article", fragile)
    articles = [make_article(t, source_path=f"s{n}") for n, t in enumerate(STORIES[:3])]
    results = extract_batch(articles)
    assert isinstance(results[0], list) and isinstance(results[2], list)
    assert results[1] == "s1: extraction failed (ValueError: boom)"


def test_distributed_jsonl_ranges_cover_every_line_once(tmp_path):
    path = tmp_path / "big.jsonl"
    texts = [f"Story number {n}: protesters gathered in the square of a town called Place{n}." for n in range(40)]
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    files, errors = list_inputs([path])
    assert errors == [] and files == [(str(path.resolve()), path.stat().st_size)]
    parts = make_partitions(files, partition_bytes=333)
    assert len(parts) > 5
    assert make_partitions(files, partition_bytes=333) == parts  # stable keys: what makes reruns skip
    found = [a.text for p in parts for a in read_partition(p) if not isinstance(a, InputError)]
    assert found == texts


def test_distributed_small_files_are_grouped(corpus):
    files, errors = list_inputs([corpus])
    assert errors == [] and len(files) == 4  # the empty file is listed; reading it reports the error
    assert [len(p.files) for p in make_partitions(files, partition_bytes=10_000)] == [4]
    parts = make_partitions(files, partition_bytes=170)
    whole = [p for p in parts if p.start is None]
    ranges = [p for p in parts if p.start is not None]
    assert {f for p in whole for f in p.files} == {f for f, _ in files if not f.endswith(".jsonl")}
    assert ranges and all(p.files == (str(corpus / "more.jsonl"),) for p in ranges)
    sizes = dict(files)
    assert all(sum(sizes[f] for f in p.files) <= 170 for p in whole)


def test_distributed_reads_fsspec_urls():
    import fsspec

    fs = fsspec.filesystem("memory")
    fs.pipe("/news/a.txt", STORIES[0].encode())
    fs.pipe("/news/b.jsonl", (json.dumps({"text": STORIES[1]}) + "\n{broken\n").encode())
    fs.pipe("/news/skip.pdf", b"%PDF")
    files, errors = list_inputs(["memory://news", "memory://missing"])
    assert [f for f, _ in files] == ["memory:///news/a.txt", "memory:///news/b.jsonl"]
    assert errors == ["memory://missing: no such file or folder"]
    items = [i for p in make_partitions(files) for i in read_partition(p)]
    assert [i.text for i in items if not isinstance(i, InputError)] == STORIES[:2]
    assert [i.source_path for i in items if not isinstance(i, InputError)] == [
        "memory:///news/a.txt", "memory:///news/b.jsonl:1"]
    assert [str(i) for i in items if isinstance(i, InputError)] == ["memory:///news/b.jsonl:2: not valid JSON "
                                                                   "(Expecting property name enclosed in double quotes); "
                                                                   "fix the line (one JSON object per line)"]


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def _model_loads(cluster) -> list[int]:
    from distributed import Client

    def loads() -> int:
        from sitrep import nlp

        return nlp.load.cache_info().misses

    with Client(cluster) as client:
        return sorted(client.run(loads).values())


def _parts(folder):
    return {p.name: p.stat().st_mtime_ns for p in sorted((folder / "articles").glob("part-*.parquet"))}


def test_distributed_dask_cluster_matches_serial_and_resumes(corpus, serial, cluster, tmp_path):
    out, db = tmp_path / "parquet", tmp_path / "dask.db"
    summary = ingest_dask([corpus], db, cluster.scheduler_address, out, partition_bytes=200)
    assert summary == serial[0]
    assert _stored(db) == serial[1]
    written = _parts(out)
    assert len(written) >= 3 and len(list((out / "events").glob("part-*.parquet"))) == len(written)
    assert not [p for p in out.rglob("*") if ".tmp-" in p.name]
    assert _model_loads(cluster) == [1, 1]  # each worker loaded the model once, for all its partitions

    # Rerun: every partition is there, nothing is recomputed, nothing is added.
    again = ingest_dask([corpus], db, cluster.scheduler_address, out, partition_bytes=200)
    assert again == {"read": 5, "new": 0, "events": 0, "errors": 2}
    assert _parts(out) == written

    # A run that died before finishing one partition: only that one is computed again.
    lost = sorted(written)[0]
    os.remove(out / "articles" / lost)
    again = ingest_dask([corpus], db, cluster.scheduler_address, out, partition_bytes=200)
    assert again["new"] == 0 and again["read"] == 5
    now = _parts(out)
    assert set(now) == set(written) and now[lost] != written[lost]
    assert {k: v for k, v in now.items() if k != lost} == {k: v for k, v in written.items() if k != lost}


def test_distributed_dask_finished_partitions_need_no_cluster(corpus, serial, cluster, tmp_path):
    out = tmp_path / "parquet"
    ingest_dask([corpus], tmp_path / "first.db", cluster.scheduler_address, out, partition_bytes=200)
    # Everything is written: a fresh database is filled from the Parquet alone; the address is never used.
    summary = ingest_dask([corpus], tmp_path / "second.db", "tcp://127.0.0.1:9", out, partition_bytes=200)
    assert summary == serial[0]
    assert _stored(tmp_path / "second.db") == serial[1]


def test_distributed_partitions_from_before_the_figure_columns_read_with_the_new_ones(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sitrep.distributed import read_events
    from sitrep.export import parquet_schema

    full = parquet_schema()
    older = pa.schema([f for f in full if not f.name.endswith(("_max", "_qualifier"))])
    (tmp_path / "events").mkdir()
    row = dict.fromkeys(full.names)
    row.update(article_id="x1", event_json="{}", killed=12, killed_max=20, killed_qualifier="more than")
    # the older partition sorts first: read as a plain folder, its schema would drop the new columns
    pq.write_table(pa.Table.from_pylist([{k: row[k] for k in older.names}], schema=older),
                   tmp_path / "events" / "part-0001.parquet")
    pq.write_table(pa.Table.from_pylist([dict(row, article_id="x2")], schema=full), tmp_path / "events" / "part-0002.parquet")
    table = read_events(tmp_path)
    assert table.schema == full
    rows = sorted(table.to_pylist(), key=lambda r: r["article_id"])
    assert [(r["killed"], r["killed_max"], r["killed_qualifier"]) for r in rows] == [(12, None, None), (12, 20, "more than")]
