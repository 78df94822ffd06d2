"""Ingest at scale: the cores of one machine, or a Dask cluster.

`ingest_parallel` spreads parsing and extraction over a pool of processes; the calling process
reads the inputs, skips articles already stored and is the only writer to the database.

`ingest_dask` runs extraction on a Dask distributed cluster. Inputs are cut into partitions (a
group of small files, or a byte range of a large JSON Lines file); each partition becomes one
Parquet file of events plus one of articles, written under a temporary name and renamed when
complete, so a rerun after a failure skips the partitions already written. The client then loads
the Parquet into the store; the store skips articles it has, so loading twice adds nothing.

Both return the summary of `sitrep ingest`: {"read", "new", "events", "errors"}.

On a real cluster (every worker host has the same sitrep installed, `pip install 'sitrep[s3]'` or
`[gcs]` for object stores, and can read the inputs and write `parquet_dir`):

    dask scheduler                                              # on one host: tcp://HOST:8786
    dask worker tcp://HOST:8786 --nworkers 4 --nthreads 1 --memory-limit 1.5GB   # on each worker host
    sitrep ingest s3://bucket/news/ --dask tcp://HOST:8786 --parquet-dir s3://bucket/sitrep/ --db events.db

Local paths must be visible to the workers under the same name (a shared file system); one worker
process per core with one thread each, since parsing holds the GIL.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
import uuid
from collections import deque
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from .errors import InputError
from .models import Article, Event

# A progress callback receives the running summary plus "rate" (articles read per second).
Progress = Callable[[dict], None]

BATCH_SIZE = 32  # articles per task sent to a pool process: large enough to amortise pickling
PARTITION_BYTES = 4 * 1024 * 1024  # input bytes per Dask partition (about 1,000 articles of 600 words)
MAX_FILES_PER_PARTITION = 1_000


def register(app) -> None:
    """No commands of its own: `sitrep ingest --workers/--dask` call the functions below."""


# -- extraction, the same code in every worker ------------------------------------------------------
def extract_batch(articles: list[Article]) -> list[Union[list[Event], str]]:
    """Events of each article (parsed together with nlp.pipe), or an error message in its place:
    one article that breaks the extractor must not lose the rest of a batch."""
    from . import nlp
    from .pipeline import extract_article

    results: list[Union[list[Event], str]] = []
    docs = nlp.load().pipe([a.text for a in articles], batch_size=max(len(articles), 1))
    for article, doc in zip(articles, docs):
        try:
            results.append(extract_article(article, doc))
        except Exception as exc:  # a bug in a stage: report the article, go on with the others
            where = article.source_path or article.id[:12]
            results.append(f"{where}: extraction failed ({type(exc).__name__}: {exc})")
    return results


def _warm_up() -> None:
    """Pool initialiser: load the model and the stages once per process, before the first batch."""
    from . import nlp, pipeline  # noqa: F401  (imports the stages and their data)

    nlp.load()


def _report(message: str) -> None:
    print(f"error: {message}", file=sys.stderr, flush=True)


class _Summary(dict):
    def __init__(self, progress: Optional[Progress]):
        super().__init__(read=0, new=0, events=0, errors=0)
        self._progress = progress
        self._started = time.monotonic()

    def error(self, message: str) -> None:
        self["errors"] += 1
        _report(message)

    def tick(self) -> None:
        if self._progress is not None:
            rate = self["read"] / max(time.monotonic() - self._started, 1e-6)
            self._progress(dict(self, rate=rate))

    def result(self) -> dict:
        return {k: self[k] for k in ("read", "new", "events", "errors")}


# -- one machine ----------------------------------------------------------------------------------
def ingest_parallel(
    paths: Iterable[Union[str, Path]], db: Union[str, Path], workers: int, progress: Optional[Progress] = None
) -> dict:
    """Read, extract on `workers` processes, store from this process only. workers <= 1 runs in
    this process. Returns {"read", "new", "events", "errors"}."""
    from .ingest import read_paths
    from .store import Store

    summary = _Summary(progress)
    with Store.open(db) as store:

        def new_articles() -> Iterator[Article]:
            seen: set[str] = set()
            for item in read_paths(paths):
                if isinstance(item, InputError):
                    summary.error(str(item))
                    continue
                summary["read"] += 1
                if item.id in seen or store.has_article(item.id, item.text):
                    summary.tick()
                    continue
                seen.add(item.id)
                yield item

        for article, outcome in _extract_all(new_articles(), workers):
            if isinstance(outcome, str):
                summary.error(outcome)
            elif store.add(article, outcome):
                summary["new"] += 1
                summary["events"] += len(outcome)
            summary.tick()
    return summary.result()


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extract_all(articles: Iterable[Article], workers: int) -> Iterator[tuple[Article, Union[list[Event], str]]]:
    if workers <= 1:
        for batch in _batches(articles, BATCH_SIZE):
            yield from zip(batch, extract_batch(batch))
        return
    # spawn, not fork: the parent may hold threads (progress bar) and an open SQLite connection.
    context = get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up) as pool:
        pending: deque = deque()
        for batch in _batches(articles, BATCH_SIZE):
            pending.append((batch, pool.submit(extract_batch, batch)))
            # Two batches in flight per process keep every core busy and memory bounded.
            while len(pending) >= 2 * workers:
                done, future = pending.popleft()
                yield from zip(done, future.result())
        while pending:
            done, future = pending.popleft()
            yield from zip(done, future.result())


# -- a Dask cluster -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Partition:
    """A unit of work: whole files, or the lines of one JSON Lines file starting in [start, end)."""

    key: str
    files: tuple[str, ...]
    start: Optional[int] = None
    end: Optional[int] = None


def _is_url(path: str) -> bool:
    return "://" in path


def _supported(name: str) -> bool:
    from .ingest import SUPPORTED_SUFFIXES

    base = name.rstrip("/").rsplit("/", 1)[-1]
    return not base.startswith(".") and os.path.splitext(base)[1].lower() in SUPPORTED_SUFFIXES


def list_inputs(paths: Iterable[Union[str, Path]]) -> tuple[list[tuple[str, int]], list[str]]:
    """(file, size) of every input, local paths made absolute so any worker can open them, and
    the errors met while listing. URLs (s3://, gs://, ...) are listed with fsspec."""
    from .ingest import iter_files

    found: list[tuple[str, int]] = []
    errors: list[str] = []
    for raw in paths:
        raw = str(raw)
        if _is_url(raw):
            import fsspec

            try:
                fs, root = fsspec.core.url_to_fs(raw)
                if fs.isdir(root):
                    for name, info in sorted(fs.find(root, detail=True).items()):
                        if _supported(name):
                            found.append((fs.unstrip_protocol(name), int(info.get("size") or 0)))
                elif fs.exists(root):
                    found.append((raw, int(fs.size(root) or 0)))
                else:
                    errors.append(f"{raw}: no such file or folder")
            except (OSError, ImportError, ValueError) as exc:
                errors.append(f"{raw}: cannot list it ({exc})")
            continue
        for item in iter_files([raw]):
            if isinstance(item, InputError):
                errors.append(str(item))
                continue
            try:
                found.append((str(item.resolve()), item.stat().st_size))
            except OSError as exc:
                errors.append(f"{item}: cannot read it ({exc.strerror})")
    return found, errors


def make_partitions(files: list[tuple[str, int]], partition_bytes: int = PARTITION_BYTES) -> list[Partition]:
    """Deterministic partitions (the same inputs give the same keys, which is what makes a rerun
    skip finished work). A JSON Lines file larger than `partition_bytes` is cut in byte ranges."""
    from .ingest import JSONL_SUFFIXES

    def key(spec: object) -> str:
        return hashlib.sha256(json.dumps(spec).encode()).hexdigest()[:20]

    parts: list[Partition] = []
    group: list[tuple[str, int]] = []

    def flush() -> None:
        if group:
            parts.append(Partition(key([list(g) for g in group]), tuple(name for name, _ in group)))
            group.clear()

    for name, size in files:
        if size > partition_bytes and os.path.splitext(name)[1].lower() in JSONL_SUFFIXES:
            for start in range(0, size, partition_bytes):
                end = min(start + partition_bytes, size)
                parts.append(Partition(key([name, size, start, end]), (name,), start, end))
            continue
        if group and (sum(s for _, s in group) + size > partition_bytes or len(group) >= MAX_FILES_PER_PARTITION):
            flush()
        group.append((name, size))
    flush()
    return parts


def _read_file(name: str) -> Iterator[Union[Article, InputError]]:
    """Articles of one local file or URL; a URL is copied to a temporary file first so it goes
    through exactly the readers of `sitrep ingest`, and messages name the URL, not the copy."""
    from .ingest import read_file

    if not _is_url(name):
        yield from read_file(Path(name))
        return
    import fsspec

    suffix = os.path.splitext(name)[1]
    with tempfile.TemporaryDirectory() as folder:
        local = os.path.join(folder, "input" + suffix)
        try:
            fs, path = fsspec.core.url_to_fs(name)
            fs.get_file(path, local)
        except (OSError, ValueError) as exc:
            yield InputError(name, f"cannot fetch it ({exc}); check the URL and your access to it")
            return
        for item in read_file(Path(local)):
            if isinstance(item, InputError):
                yield InputError(item.where.replace(local, name, 1), item.reason)
            else:
                where = (item.source_path or local).replace(local, name, 1)
                yield item.model_copy(update={"source_path": where})


def _read_jsonl_range(name: str, start: int, end: int) -> Iterator[Union[Article, InputError]]:
    """Records of the lines that start in [start, end): every line belongs to exactly one range."""
    import fsspec

    from .ingest import article_from_record, decode

    with fsspec.open(name if _is_url(name) else Path(name).as_uri(), "rb") as handle:
        if start > 0:
            handle.seek(start - 1)
            handle.readline()  # the rest of a line that began in the previous range
        while handle.tell() < end:
            offset = handle.tell()
            raw = handle.readline()
            if not raw:
                break
            if not raw.strip():
                continue
            where = f"{name}@{offset}"
            try:
                try:
                    record = json.loads(decode(raw, where))
                except json.JSONDecodeError as exc:
                    raise InputError(where, f"not valid JSON ({exc.msg}); fix the line (one JSON object per line)") from None
                yield article_from_record(record, where)
            except InputError as exc:
                yield exc


def read_partition(part: Partition) -> Iterator[Union[Article, InputError]]:
    if part.start is not None:
        yield from _read_jsonl_range(part.files[0], part.start, part.end or 0)
        return
    for name in part.files:
        yield from _read_file(name)


ARTICLE_COLUMNS = ("id", "source_path", "error", "article_json")


def _event_schema():
    from .export import parquet_schema

    return parquet_schema()


def read_events(parquet_dir: Union[str, Path], columns: Optional[list] = None):
    """Every event partition under `parquet_dir` (a folder or fsspec URL written by `--dask`) as one
    pyarrow Table in today's schema. Partitions written before a column existed (the figures'
    `*_max` and `*_qualifier`) read it as nulls; read as a plain folder, pyarrow would take the first
    file's schema and drop the newer columns of all."""
    import pyarrow.dataset as ds

    fs, root = _output(str(parquet_dir))
    paths = sorted(p for p in fs.glob(f"{root}/events/part-*.parquet"))
    return ds.dataset(paths, schema=_event_schema(), format="parquet", filesystem=fs).to_table(columns=columns)


def _write_atomic(table, fs, path: str) -> None:
    import pyarrow.parquet as pq

    temp = f"{path}.tmp-{uuid.uuid4().hex}"
    with fs.open(temp, "wb") as handle:
        pq.write_table(table, handle)
    fs.mv(temp, path)


def _output(parquet_dir: str):
    import fsspec

    fs, root = fsspec.core.url_to_fs(str(parquet_dir))
    return fs, root.rstrip("/")


def _paths(root: str, key: str) -> tuple[str, str]:
    # The articles file is written last: its presence marks the partition complete.
    return f"{root}/events/part-{key}.parquet", f"{root}/articles/part-{key}.parquet"


def run_partition(part: Partition, parquet_dir: str) -> dict:
    """Worker task: read, extract, write the partition's two Parquet files. Skips a finished one."""
    import pyarrow as pa

    from .export import flat_row

    fs, root = _output(parquet_dir)
    events_path, articles_path = _paths(root, part.key)
    if fs.exists(articles_path):
        return {"key": part.key, "skipped": True}
    article_rows: list[dict] = []
    articles: list[Article] = []
    seen: set[str] = set()
    for item in read_partition(part):
        if isinstance(item, InputError):
            article_rows.append({"id": None, "source_path": item.where, "error": str(item), "article_json": None})
        elif item.id not in seen:
            seen.add(item.id)
            articles.append(item)
    event_rows: list[dict] = []
    for batch in _batches(articles, BATCH_SIZE):
        for article, outcome in zip(batch, extract_batch(batch)):
            if isinstance(outcome, str):
                article_rows.append({"id": None, "source_path": article.source_path, "error": outcome,
                                     "article_json": None})
                continue
            article_rows.append({"id": article.id, "source_path": article.source_path, "error": None,
                                 "article_json": article.model_dump_json()})
            event_rows.extend(dict(flat_row(e, article), event_json=e.model_dump_json()) for e in outcome)
    for folder in ("events", "articles"):
        fs.makedirs(f"{root}/{folder}", exist_ok=True)
    schema = _event_schema()
    text_columns = [f.name for f in schema if pa.types.is_string(f.type)]
    for row in event_rows:  # a column the exporter adds later must not break the write
        for name in text_columns:
            if row.get(name) is not None and not isinstance(row[name], str):
                row[name] = str(row[name])
    _write_atomic(pa.Table.from_pylist(event_rows, schema=schema), fs, events_path)
    article_schema = pa.schema([(c, pa.string()) for c in ARTICLE_COLUMNS])
    _write_atomic(pa.Table.from_pylist(article_rows, schema=article_schema), fs, articles_path)
    return {"key": part.key, "skipped": False, "articles": len(articles), "events": len(event_rows)}


def _load_partition(fs, root: str, key: str, store, summary: _Summary) -> None:
    """Client side: one partition's articles and events into the store (the single writer)."""
    import pyarrow.parquet as pq

    events_path, articles_path = _paths(root, key)
    with fs.open(events_path, "rb") as handle:
        events_table = pq.read_table(handle, columns=["article_id", "event_json"])
    by_article: dict[str, list[Event]] = {}
    for article_id, event_json in zip(*(events_table.column(c).to_pylist() for c in ("article_id", "event_json"))):
        by_article.setdefault(article_id, []).append(Event.model_validate_json(event_json))
    with fs.open(articles_path, "rb") as handle:
        rows = pq.read_table(handle).to_pylist()
    for row in rows:
        if row["error"] is not None:
            summary.error(row["error"])
            continue
        summary["read"] += 1
        if not store.has_article(row["id"]):
            article = Article.model_validate_json(row["article_json"])
            events = by_article.get(row["id"], [])
            if store.add(article, events):
                summary["new"] += 1
                summary["events"] += len(events)
        summary.tick()


def _model_loader():
    """A Dask worker plugin: each worker loads the spaCy model and sitrep's stages once, when it
    starts or joins (the model then stays cached in the worker process for every task)."""
    from distributed import WorkerPlugin

    class SitrepModelLoader(WorkerPlugin):
        name = "sitrep-model"

        def setup(self, worker) -> None:
            _warm_up()

    return SitrepModelLoader()


def ingest_dask(
    paths: Iterable[Union[str, Path]],
    db: Union[str, Path],
    address: str,
    parquet_dir: Union[str, Path, None] = None,
    progress: Optional[Progress] = None,
    partition_bytes: int = PARTITION_BYTES,
) -> dict:
    """Extract on a Dask cluster (`address` of a scheduler, or "local" for a LocalCluster with one
    single-threaded worker process per core), write Parquet under `parquet_dir` (a local folder or
    an fsspec URL; default `<db>.parquet` beside the database), load it into the store at `db`.
    Returns {"read", "new", "events", "errors"}."""
    parquet_dir = str(parquet_dir) if parquet_dir is not None else f"{db}.parquet"
    if not _is_url(parquet_dir):
        parquet_dir = os.path.abspath(parquet_dir)  # workers may run in another folder
    from distributed import as_completed

    from .store import Store

    summary = _Summary(progress)
    files, errors = list_inputs(paths)
    for message in errors:
        summary.error(message)
    parts = make_partitions(files, partition_bytes)
    fs, root = _output(parquet_dir)
    done = [p for p in parts if fs.exists(_paths(root, p.key)[1])]
    done_keys = {p.key for p in done}
    todo = [p for p in parts if p.key not in done_keys]

    with Store.open(db) as store:
        # Partitions finished by an earlier run go into the store first; no cluster is needed for them.
        for part in done:
            _load_partition(fs, root, part.key, store, summary)
        if todo:
            with _connect(address) as client:
                client.register_plugin(_model_loader())
                futures = client.map(run_partition, todo, parquet_dir=parquet_dir, pure=False)
                first_file = {f.key: p.files[0] for f, p in zip(futures, todo)}
                for future in as_completed(futures):
                    try:
                        result = future.result()
                    except Exception as exc:  # the partition stays unwritten: a rerun retries it
                        summary.error(f"{first_file[future.key]} (partition): {type(exc).__name__}: {exc}")
                        continue
                    _load_partition(fs, root, result["key"], store, summary)
    return summary.result()


@contextmanager
def _connect(address: str):
    """A client of the scheduler at `address`; "local" starts (and afterwards stops) a LocalCluster
    of one single-threaded worker process per core."""
    from distributed import Client, LocalCluster

    if address != "local":
        with Client(address) as client:
            yield client
        return
    with LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client
