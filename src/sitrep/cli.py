"""The `sitrep` command: a thin layer over the Python API. Errors are one line and a non-zero exit."""
from __future__ import annotations

import json
import sys
from importlib.resources import as_file, files
from pathlib import Path
from typing import List, NoReturn, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from . import export as exporters
from . import merge, nlp
from .errors import InputError, SitrepError
from .models import Event
from .store import DEFAULT_DB, EventFilter, Store, day_period

app = typer.Typer(
    help="sitrep: turn conflict news into evidence-linked event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="The GeoNames index used to resolve places.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

# Piped output keeps a readable width instead of Rich's 80-column default.
out = Console(width=None if Console().is_terminal else 160)
err = Console(stderr=True)

DbOption = typer.Option(DEFAULT_DB, "--db", help="SQLite database file (created if missing).")
EXAMPLE = "daraa-2021-09-08.txt"


def fail(message: str, code: int = 1) -> NoReturn:
    err.print(Text("error: ", style="red") + Text(plain(message)), highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def checked_filters(
    type: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
    modality: Optional[str] = None,
) -> tuple[Optional[str], Optional[str], Optional[str], Optional[str]]:
    """(PLOVER type, modality, since, until) as stored: the type and modality in any case, the days
    as YYYY-MM-DD; a mistyped filter fails with one line instead of silently matching nothing."""
    from .models import PLOVER_TYPES, Modality

    try:
        since, until = day_period(since, until, ("--since ", "--until "))
    except InputError as exc:
        fail(str(exc))
    if type is not None:
        type = type.strip().upper()
        if type not in PLOVER_TYPES:
            fail(f"--type {type}: not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}")
    if modality is not None:
        modality = modality.strip().lower()
        if modality not in Modality.__args__:  # type: ignore[attr-defined]
            fail(f"--modality {modality}: unknown modality; use one of {', '.join(Modality.__args__)}")  # type: ignore[attr-defined]
    return type, modality, since, until


def existing_db(db: str) -> None:
    """Reading commands need a database that is there: opening a missing one would create it empty."""
    if not Path(db).exists():
        fail(f"{db}: no such database; run `sitrep ingest PATH --db {db}` first")


_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))
_CONTROL[127] = None


def plain(value: object) -> str:
    """Article-derived text for the terminal: control characters (escape sequences) removed."""
    return str(value).translate(_CONTROL)


def open_store(db: str) -> Store:
    try:
        return Store.open(db)
    except SitrepError as exc:
        fail(str(exc))


@app.command()
def extract(
    file: str = typer.Argument(..., help="An article file (.txt, .html, .json, .jsonl, .rss), or - for standard input."),
    published: Optional[str] = typer.Option(None, help="Publication time (ISO 8601) when the text does not say."),
) -> None:
    """Print the events of one article as JSON, without a database."""
    from .ingest import decode, given_published, make_article, read_file
    from .pipeline import extract_article, undated_warning

    try:
        given_published(published)
    except InputError as exc:
        fail(f"--published {published}: {exc.reason}")
    try:
        if file == "-":
            articles = [make_article(decode(sys.stdin.buffer.read(), "<stdin>"), published=published,
                                     source_path="<stdin>")]
        else:
            path = Path(file)
            if path.is_dir():
                fail(f"{file}: a folder; extract reads one article file (`sitrep ingest` reads folders)")
            if not path.is_file():
                fail(f"{file}: no such file; check the path")
            articles = []
            for item in read_file(path):
                if isinstance(item, InputError):
                    fail(str(item))
                if published and item.published is None:
                    item = make_article(item.text, item.title, item.url, published, item.source_path)
                articles.append(item)
    except InputError as exc:
        fail(str(exc))
    events: list[Event] = []
    for article in articles:
        doc = nlp.parse(article.text)
        events.extend(extract_article(article, doc))
        warning = undated_warning(article, doc)
        if warning:
            err.print(Text("warning: " + plain(warning)), soft_wrap=True)
    json.dump([e.model_dump(mode="json") for e in events], sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# Written to a log (stderr not a terminal) the bar is off: a line this often says the run is alive.
PROGRESS_LOG_SECONDS = 60.0


class _LoggedProgress(Progress):
    """Rich's bar on a terminal; into a log or a pipe, a plain line every PROGRESS_LOG_SECONDS
    ("ingest: 120/800 files, 95.3 s, 1.3 articles/s") instead of nothing until the end."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import time

        self._clock = time.monotonic
        self._logged = self._clock()

    def update(self, task_id, **kwargs) -> None:
        super().update(task_id, **kwargs)
        if not self.disable or self._clock() - self._logged < PROGRESS_LOG_SECONDS:
            return
        self._logged = self._clock()
        task = self._tasks[task_id]
        done = (f"{task.completed:.0f}/{task.total:.0f} files, {task.fields.get('read', 0):,} articles read"
                if task.total is not None else f"{task.completed:,.0f} articles read")
        err.print(f"{task.description}: {done}, {task.elapsed or 0:.0f} s, {task.fields.get('rate', 0):.1f} articles/s",
                  highlight=False, markup=False)


def _progress() -> Progress:
    return _LoggedProgress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn(),
        console=err, transient=False, disable=not err.is_terminal,
    )


def run_ingest(paths: list[str], db: str, quiet: bool = False) -> dict[str, int]:
    """Read, extract and store; returns the summary counts. Errors are printed one per line."""
    import time

    from .ingest import iter_files, read_file
    from .pipeline import extract_articles

    store = open_store(db)
    summary = {"read": 0, "new": 0, "events": 0, "errors": 0}
    file_list = []
    for item in iter_files(paths):
        if isinstance(item, InputError):
            summary["errors"] += 1
            err.print(f"error: {plain(item)}", highlight=False, markup=False, soft_wrap=True)
        else:
            file_list.append(item)
    started = time.monotonic()
    with store, _progress() as progress:
        task = progress.add_task("ingest", total=len(file_list), rate=0.0, read=0)

        def new_articles():
            seen: set[str] = set()
            for path in file_list:
                for item in read_file(path):
                    if isinstance(item, InputError):
                        summary["errors"] += 1
                        progress.console.print(f"error: {plain(item)}", highlight=False, markup=False, soft_wrap=True)
                        continue
                    summary["read"] += 1
                    # within a big JSON Lines file or feed too, not only between files
                    progress.update(task, read=summary["read"],
                                    rate=summary["read"] / max(time.monotonic() - started, 1e-6))
                    if item.id in seen or store.has_article(item.id, item.text):
                        continue
                    seen.add(item.id)
                    yield item
                progress.update(task, advance=1, rate=summary["read"] / max(time.monotonic() - started, 1e-6))

        def extraction_failed(article, exc: Exception) -> None:
            summary["errors"] += 1
            where = article.source_path or article.id[:12]
            progress.console.print(
                f"error: {plain(where)}: extraction failed ({type(exc).__name__}: {plain(exc)}); "
                "the article was not stored, please report this with the file",
                highlight=False, markup=False, soft_wrap=True,
            )

        undated = {"articles": 0, "events": 0}
        for article, events in extract_articles(new_articles(), on_error=extraction_failed):
            if store.add(article, events):
                summary["new"] += 1
                summary["events"] += len(events)
                if article.published is None and any(e.date is None for e in events):
                    undated["articles"] += 1
                    undated["events"] += sum(1 for e in events if e.date is None)
        # Merged events follow the stored ones; events left unmerged by a run that was stopped are
        # picked up here by the next run.
        merge.update_pending(store)
    if not quiet:
        _print_summary(summary)
        if undated["articles"]:
            n, k = undated["articles"], undated["events"]
            # a record whose 'published' sitrep cannot read counts here too: say what it can read
            err.print(f"warning: {n} article{' has' if n == 1 else 's have'} no publication time in metadata or "
                      f"dateline, so {k} of {'its' if n == 1 else 'their'} events {'has' if k == 1 else 'have'} "
                      "no date; give JSON records a 'published' field in ISO 8601 (2024-03-08), or open the "
                      "text with a dated dateline", highlight=False, soft_wrap=True)
    return summary


def _print_summary(summary: dict) -> None:
    err.print(
        f"articles read: {summary['read']}, new: {summary['new']}, events: {summary['events']}, "
        f"errors: {summary['errors']}",
        highlight=False,
    )


def run_ingest_distributed(paths: list[str], db: str, workers: int, dask: Optional[str],
                           parquet_dir: Optional[str]) -> dict:
    """Extraction on several processes (`workers`) or a Dask cluster (`dask`), one writer to the database."""
    from . import distributed

    with _progress() as progress:
        task = progress.add_task("ingest", total=None, rate=0.0)

        def on_progress(state: dict) -> None:
            progress.update(task, completed=state["read"], rate=state["rate"])

        if dask:
            summary = distributed.ingest_dask(paths, db, dask, parquet_dir, progress=on_progress)
        else:
            summary = distributed.ingest_parallel(paths, db, workers, progress=on_progress)
    with open_store(db) as store:
        merge.update_pending(store)
    _print_summary(summary)
    return summary


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files or folders: .txt, .html, .json, .jsonl, .rss/.atom/.xml."),
    db: str = DbOption,
    workers: int = typer.Option(1, "--workers", min=1, help="Extraction processes on this machine (one writer)."),
    dask: Optional[str] = typer.Option(
        None, "--dask", help="Run extraction on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'."
    ),
    parquet_dir: Optional[str] = typer.Option(
        None, "--parquet-dir", help="With --dask: where partitioned Parquet of events goes (folder or s3://, gs:// URL)."
    ),
) -> None:
    """Read articles into the database; the same article twice is stored once.

    Paths may be files, folders, or with --dask fsspec URLs (s3://, gs://). A run that was stopped can \
simply be started again: stored articles are skipped, finished Dask partitions are reused. A folder with \
no article file in it is an error, as an empty file is."""
    if parquet_dir and not dask:
        fail("--parquet-dir goes with --dask")
    if dask or workers > 1:
        summary = run_ingest_distributed(paths, db, workers, dask, parquet_dir)
    else:
        summary = run_ingest(paths, db)
    if summary["errors"]:
        raise typer.Exit(1)


def event_filter(type: Optional[str], country: Optional[str], since: Optional[str], until: Optional[str],
                 source: Optional[str], modality: Optional[str]) -> EventFilter:
    """The filter of `events` and `export`; a mistyped value fails with one line."""
    type, modality, since, until = checked_filters(type, since, until, modality)
    try:  # the filter reads a source by any of its names and refuses a country it does not know
        return EventFilter(plover_type=type, country=country, since=since, until=until, source=source,
                           modality=modality)
    except InputError as exc:
        name, _, value = exc.where.partition("=")  # the filter's field is the command's option
        fail(f"--{name.replace('_', '-')} {value}: {exc.reason}")


TypeOption = typer.Option(None, "--type", help="PLOVER type, e.g. ASSAULT.")
CountryOption = typer.Option(None, "--country", help="Country of the place: SY, SYR or Syria.")
SinceOption = typer.Option(None, "--since", help="Events on or after this date (YYYY-MM-DD).")
UntilOption = typer.Option(None, "--until", help="Events on or before this date (YYYY-MM-DD).")
SourceOption = typer.Option(None, "--source", help="Events asserted by this source, e.g. SANA.")
ModalityOption = typer.Option(None, "--modality", help="asserted, planned, conditional, denied or background.")


def events_table(events: list[Event], title: str = "events", articles: Optional[dict] = None) -> Table:
    """The events as a table; with their articles (by id), an event with no date of its own shows the
    day it is filed under, its article's publication day, marked "(published)"."""
    from .report import figure_text
    from .store import filed_days

    def day(e: Event) -> str:
        if e.date:
            return e.date.value
        article = (articles or {}).get(e.article_id)
        first = filed_days(e, article)[0] if article else None
        return f"{first} (published)" if first else ""

    table = Table(title=title, show_lines=False)
    for column in ("date", "type", "actor1", "actor2", "place", "figures", "sources", "modality", "trigger"):
        table.add_column(column, overflow="fold")
    for e in events:
        figures = ", ".join(f"{f.kind} {figure_text(f)}" for f in e.figures)  # "killed at least 11"
        cells = (
            day(e),
            e.plover_type or "",
            _actor_cell(e.actor1),
            _actor_cell(e.actor2),
            f"{e.location.text} #{e.location.geonameid}" if e.location else "",
            figures,
            ", ".join(s.name for s in e.sources),
            e.modality,
            e.trigger.text,
        )
        # Text cells: article words are never read as Rich markup ("[link=...]") or escape codes.
        table.add_row(*(Text(plain(cell)) for cell in cells))
    return table


def _actor_cell(actor) -> str:
    if actor is None:
        return ""
    code = " ".join(x for x in (actor.code.country, actor.code.role) if x)
    label = exporters.actor_label(actor) or ""
    return f"{label} ({code})" if code else label


@app.command()
def events(
    db: str = DbOption,
    type: Optional[str] = TypeOption,
    country: Optional[str] = CountryOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
    source: Optional[str] = SourceOption,
    modality: Optional[str] = ModalityOption,
    format: str = typer.Option("table", "--format", help="table, json, csv or geojson."),
) -> None:
    """List stored events, filtered."""
    format = format.strip().lower()  # any case, as --type and --modality
    if format not in ("table", "json", "csv", "geojson"):
        fail(f"--format {format}: unknown format; use table, json, csv or geojson")
    flt = event_filter(type, country, since, until, source, modality)
    existing_db(db)
    with open_store(db) as store:
        found = store.events(flt)
        articles = [store.article(aid) for aid in {e.article_id for e in found}]
    if format == "table":
        out.print(events_table(found, title=f"{len(found)} events", articles={a.id: a for a in articles if a}))
    else:
        exporters.TEXT_WRITERS[format](found, sys.stdout, [a for a in articles if a])


@app.command("export")
def export_command(
    format: str = typer.Option(..., "--format", help="acled-csv, plover-json, geojson or parquet."),
    out_path: str = typer.Option(..., "--out", help="File to write; - for standard output (not parquet)."),
    db: str = DbOption,
    type: Optional[str] = TypeOption,
    country: Optional[str] = CountryOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
    source: Optional[str] = SourceOption,
    modality: Optional[str] = ModalityOption,
) -> None:
    """Export the stored events in a standard format: all of them, or those matching the filters."""
    format = format.strip().lower()  # any case, as --type and --modality
    if format not in exporters.EXPORT_FORMATS:
        fail(f"--format {format}: unknown format; use one of {', '.join(exporters.EXPORT_FORMATS)}")
    if out_path == "-" and format == "parquet":
        fail("--out -: parquet is binary, not for standard output; give a file name")
    if Path(out_path).is_dir():
        fail(f"--out {out_path}: a folder; give a file name")
    flt = event_filter(type, country, since, until, source, modality)
    existing_db(db)
    with open_store(db) as store:
        found = store.events(flt)
        articles = store.articles()
    try:
        exporters.export(found, format, out_path, articles)
    except OSError as exc:
        fail(f"{out_path}: cannot write ({exc.strerror}); check the folder exists and is writable")
    written = len(found)
    if format == "geojson":  # a map has no point for an event without a place
        written = sum(1 for e in found if exporters.has_point(e))
    left_out = f" ({len(found) - written} without a place left out)" if written < len(found) else ""
    err.print(f"wrote {written} events to {'standard output' if out_path == '-' else out_path}{left_out}", highlight=False)


@app.command()
def demo(db: str = typer.Option("sitrep-demo.db", "--db", help="Database for the demo.")) -> None:
    """Ingest the bundled example story (Daraa, 8 September 2021) and print its events."""
    from .ingest import article_id

    example = files("sitrep") / "data" / "examples" / EXAMPLE
    with as_file(example) as path:
        run_ingest([str(path)], db)
        text = path.read_text(encoding="utf-8")
    with open_store(db) as store:
        found = store.events(EventFilter(article_id=article_id(text)))
        article = store.article(article_id(text))
    found.sort(key=lambda e: e.trigger.start)  # in the order the story tells them
    out.print(events_table(found, title=f"{EXAMPLE}: {len(found)} events",
                           articles={article.id: article} if article else None))


# A snippet is a sentence or a paragraph; a longer row is a mistake (and the parser takes at most 1M characters).
MAX_SNIPPET_CHARS = 100_000


class _SnippetColumns:
    """Which columns of a snippet TSV hold the id and the text, from its first row: a header names
    them ('text', and 'id' if there is one, in any order and case); without a header, id<TAB>text."""

    def __init__(self, first: list[str]):
        names = [cell.strip().lower() for cell in first]
        self.header = "text" in names or names[0] == "id"
        self.id = names.index("id") if "id" in names else None
        if "text" in names:
            self.text = names.index("text")
        elif self.header and len(names) == 2:
            self.text = 1  # "id<TAB>snippet": the other column
        elif self.header:
            self.text = None
        else:
            self.id, self.text = 0, 1


def _snippet_rows(handle, where: str):
    """(id, text) of each row of a snippet TSV read as bytes, or the one-line error of a row that
    cannot be read (the others are still read). A fault of the whole file raises InputError."""
    columns = None
    seen = 0
    for n, raw in enumerate(iter(lambda: handle.readline(MAX_SNIPPET_CHARS * 4 + 1), b""), 1):
        if len(raw) > MAX_SNIPPET_CHARS * 4 and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # the rest of the line
                raw = handle.readline(MAX_SNIPPET_CHARS)
            yield f"{where}:{n}: the row is over {MAX_SNIPPET_CHARS:,} characters; a snippet is a sentence or a paragraph: split it"
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield (f"{where}:{n}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start} of the row); "
                   "re-encode the file as UTF-8")
            continue
        line = line.removeprefix("\ufeff") if n == 1 else line
        line = line.rstrip("\r\n")
        if not line.strip():
            continue  # blank lines separate nothing
        seen += 1
        cells = line.split("\t")
        if columns is None:
            if len(cells) == 1 and "," in line:
                raise InputError(f"{where}:{n}", "no tab in the first row; separate the columns with a tab (id<TAB>text), not commas")
            columns = _SnippetColumns(cells)
            if columns.text is None:
                raise InputError(where, f"no 'text' column in the header ({', '.join(cells)}); name the snippets' column 'text'")
            if columns.header:
                continue
        if len(line) > MAX_SNIPPET_CHARS:
            yield f"{where}:{n}: the row is over {MAX_SNIPPET_CHARS:,} characters; a snippet is a sentence or a paragraph: split it"
            continue
        wanted = max(columns.text, columns.id or 0) + 1
        if len(cells) < wanted:
            yield (f"{where}:{n}: expected {wanted} tab-separated columns, got {len(cells)}; "
                   "give each row its id and text, separated by a tab")
            continue
        yield (cells[columns.id] if columns.id is not None else str(n)), cells[columns.text]
    if not seen:
        raise InputError(where, "the file is empty; give rows of id<TAB>text")


@app.command("classify")
def classify_command(
    file: str = typer.Argument(..., help="A TSV file of snippets: id<TAB>text rows, or any columns under a header "
                                         "naming 'text' (and 'id'). - reads stdin."),
    out_path: Optional[str] = typer.Option(None, "--out", help="Write the labels here instead of standard output."),
) -> None:
    """Label text snippets with their ACLED sub-event type (or a non-conflict family, or NONE).

    Labels are the CASE 2021 codes of ACLED's sub-event types: ARMED_CLASH (Armed clash), AIR_STRIKE, \
ART_MISS_ATTACK (Shelling/artillery/missile attack), REM_EXPLOS (Remote explosive/landmine/IED), \
ATTACK, ABDUCT_DISSAP, PEACE_PROTEST, PROTEST_WITH_INTER, VIOL_DEMONSTR (Violent demonstration), \
MOB_VIOL, ARREST, PROPERTY_DISTRUCT ... and DIPLO, NATURAL_DISASTER, ORG_CRIME; NONE when no rule holds."""
    import csv

    from .classify import classify_rows

    try:
        handle = sys.stdin.buffer if file == "-" else open(file, "rb")
    except OSError as exc:
        fail(f"{file}: cannot read it ({exc.strerror}); check the path")
    bad_rows = 0

    def rows():
        nonlocal bad_rows
        for item in _snippet_rows(handle, file):
            if isinstance(item, str):
                err.print(Text("error: " + plain(item)), highlight=False, soft_wrap=True)
                bad_rows += 1
            else:
                yield item

    try:
        target = open(out_path, "w", encoding="utf-8", newline="") if out_path else sys.stdout
    except OSError as exc:
        fail(f"{out_path}: cannot write ({exc.strerror}); check the folder exists and is writable")
    try:
        writer = csv.writer(target, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "label"])
        for row_id, label in classify_rows(rows()):
            writer.writerow([row_id, label])
    except InputError as exc:
        fail(str(exc))
    finally:
        if target is not sys.stdout:
            target.close()
        if handle is not sys.stdin.buffer:
            handle.close()
    if bad_rows:
        raise typer.Exit(1)


@gazetteer_app.command("build")
def gazetteer_build(
    path: Optional[Path] = typer.Option(None, help="Where to write the index (default: inside the package)."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress output."),
) -> None:
    """Build the compact GeoNames index (once; takes under a minute)."""
    from . import gazetteer

    written = gazetteer.build(path, quiet=quiet)
    if not quiet:
        err.print(f"gazetteer written to {written}", highlight=False)


# -- sitrep merge ----------------------------------------------------------------------------------
merge_app = typer.Typer(help="Merge reports of one event from several articles.", no_args_is_help=True)
app.add_typer(merge_app, name="merge")


@merge_app.command("rebuild")
def merge_rebuild(db: str = typer.Option(DEFAULT_DB, "--db", help="SQLite database file.")) -> None:
    """Recompute all merged events from the stored events."""
    existing_db(db)
    with open_store(db) as store:
        count = merge.rebuild(store)
    err.print(f"{count} merged events", highlight=False)


@merge_app.command("update")
def merge_update(
    db: str = typer.Option(DEFAULT_DB, "--db", help="SQLite database file."),
    article: Optional[str] = typer.Option(None, "--article", help="Fold in the events of this article id."),
) -> None:
    """Fold events not yet merged (or one article's) into the merged events."""
    existing_db(db)
    with open_store(db) as store:
        if article:
            # the id in full, or its first characters as reports and tables show it ("ac2bdd663cd8")
            wanted = article.strip()
            found = [row[0] for row in store.connection.execute(
                "SELECT id FROM articles WHERE substr(id, 1, ?) = ? LIMIT 2", (len(wanted), wanted))] if wanted else []
            if len(found) != 1:
                fail(f"--article {article}: " + ("no stored article has that id; `sitrep events --format json` shows "
                                                 "article ids" if not found else "more than one article id starts so; "
                                                 "give more of it"))
            touched = merge.update(store, article_id=found[0])
        else:
            fresh = [row[0] for row in store.connection.execute(
                "SELECT id FROM events WHERE id NOT IN (SELECT event_id FROM merged_members)")]
            touched = merge.update(store, event_ids=fresh)
    err.print(f"{len(touched)} merged events written", highlight=False)


@merge_app.command("list")
def merge_list(
    db: str = typer.Option(DEFAULT_DB, "--db", help="SQLite database file."),
    area: Optional[str] = typer.Option(None, help="Country, admin1/admin2 or place name."),
    since: Optional[str] = typer.Option(None, help="On or after this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="On or before this date (YYYY-MM-DD)."),
    min_reports: int = typer.Option(2, "--min-reports", help="Only events reported at least this often."),
    format: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """List merged events with their reports, sources and figures."""
    from .report import fold_happenings

    format = format.strip().lower()  # any case, as --type and --modality
    if format not in ("table", "json"):
        fail(f"--format {format}: unknown format; use table or json")
    *_, since, until = checked_filters(since=since, until=until)
    existing_db(db)
    with open_store(db) as store:
        # two events the extractor found in one sentence ("struck ..., killing 12") are one happening
        found = [m for m in fold_happenings(merge.merged_events(store, area=area, since=since, until=until))
                 if len(m.reports) >= min_reports]
        if not found:  # (a list with events has an area that matched)
            warn_if_area_unknown(store, area)
    if format == "json":
        json.dump([m.model_dump(mode="json") for m in found], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    table = Table(title=f"{len(found)} merged events")
    for column in ("id", "date", "type", "place", "reports", "sources", "figures"):
        table.add_column(column, overflow="fold")
    for m in found:
        table.add_row(*merged_cells(m))
    out.print(table)


def warn_if_area_unknown(store: Store, area: Optional[str]) -> None:
    """A misspelt area matches nothing and gives an empty list or report: say so, in one line."""
    if area and not merge.merged_events(store, area=area, limit=1):
        err.print(Text(f"warning: --area {plain(area)}: no stored event is in a place of that name; check its "
                       "spelling (a country such as SY or Syria, an admin1 or admin2 name, or a place name)"),
                  soft_wrap=True)


def merged_cells(m: merge.MergedEvent) -> list[Text]:
    """The cells of `sitrep merge list` for one merged event, as Rich Text: words from articles (and
    the "[sources disagree]" note) are never read as Rich markup. A source's figure repeated by
    outlets copying one another shows once, with its qualifier and range."""
    from .report import figure_text  # "at least 11", "about 24\u201399": the qualifier is part of the count

    figures = dict.fromkeys(f"{f.kind} {figure_text(f)} ({f.source})" for f in m.figures)
    if m.date:
        day = m.date.value
    elif m.first_reported and m.modality != "background":  # filed under that day, as merge stores it
        day = f"{m.first_reported.date().isoformat()} (first reported)"
    else:
        day = ""
    cells = (
        m.id[:12], day, m.plover_type or "",
        (m.location.name or m.location.text) if m.location else "",
        str(len(m.reports)), ", ".join(m.independent_sources),
        "; ".join(figures) + (" [sources disagree]" if m.disagreements else ""),
    )
    return [Text(plain(cell)) for cell in cells]


# -- sitrep report ---------------------------------------------------------------------------------
@app.command("report")
def report_command(
    area: str = typer.Option(..., "--area", help="Country (SY, SYR, Syria), admin1/admin2 or place name."),
    since: str = typer.Option(..., "--since", help="First day, YYYY-MM-DD."),
    until: str = typer.Option(..., "--until", help="Last day, YYYY-MM-DD."),
    format: str = typer.Option("md", "--format", help="md, html or pdf."),
    out_path: Path = typer.Option(..., "--out", help="File to write."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="SQLite database file."),
) -> None:
    """Write a situation report: headline figures, chart, map, key developments, disagreements."""
    from . import report

    format = format.strip().lower()  # any case, as --type and --modality
    if format not in ("md", "html", "pdf"):
        fail(f"--format {format}: unknown format; use md, html or pdf")
    if str(out_path) == "-" or out_path.is_dir():
        fail(f"--out {out_path}: a report is a file (with its chart and map beside it); give a file name")
    *_, since, until = checked_filters(since=since, until=until)
    existing_db(db)
    with open_store(db) as store:
        if store.connection.execute("SELECT COUNT(*) FROM merged_members").fetchone()[0] == 0:
            merge.rebuild(store)  # a database ingested before merging existed
        try:
            shown = report.write(store, area, since, until, out_path, format)
        except OSError as exc:
            fail(f"{out_path}: cannot write ({exc.strerror}); check the folder exists and is writable")
        if not shown.events:
            warn_if_area_unknown(store, area)
    err.print(f"wrote {out_path}: {shown.summary}", highlight=False)
    for note in shown.notes:
        err.print(f"warning: {out_path}: {note}", highlight=False, markup=False, soft_wrap=True)


# Feature areas add their commands here: each module has `register(app)`. A module that is not
# part of this install (an optional feature) is skipped; any other import error is a bug and surfaces.
COMMAND_MODULES = ("sitrep.classify", "sitrep.web.commands", "sitrep.distributed")


def _register_command_modules() -> None:
    import importlib

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            raise
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_command_modules()


def main() -> None:  # pragma: no cover
    app()
