"""Reading inputs into Articles: plain text, HTML pages, RSS/Atom feeds, JSON, JSON Lines, folders.

Every problem with one input becomes an `InputError` naming the input and the reason; reading
goes on with the rest. Publication time comes from metadata when there is any, else from the text
(see `dateline`).
"""
from __future__ import annotations

import hashlib
import json
import os
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .errors import InputError
from .models import Article

MAX_FILE_BYTES = 20 * 1024 * 1024  # one article file; feeds and JSON Lines are read record by record
MAX_JSONL_BYTES = 2 * 1024 * 1024 * 1024
MAX_RECORD_CHARS = 2_000_000

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES


def article_id(text: str) -> str:
    """Articles are keyed by their content: the same text is the same article wherever it came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_published(value: object) -> Optional[datetime]:
    """A publication time from metadata (ISO 8601 or a date string in any common form)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value, tz=timezone.utc)
        except (OverflowError, ValueError, OSError):  # NaN, or out of any calendar: no usable date
            return None
    if not isinstance(value, str):  # a list or object is not a date; str() of it would parse as one
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:  # RSS's RFC 822 form ("Tue, 12 Mar 2024 23:30:00 -0500"), read with its offset (dateparser drops it)
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    import dateparser

    # Metadata dates come in a few news languages; letting dateparser guess among all of its languages takes
    # seconds on a malformed value. A relative or partial date ("yesterday", "Monday", "June 14") would be
    # read against the day of the run, so the same article would get another date each time: refused.
    return dateparser.parse(text, languages=["en", "fr", "es", "de", "ar", "ru"], settings={
        "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"]})


def given_published(value: object) -> Optional[datetime]:
    """A publication time a caller gives (the Python API, `sitrep extract --published`, POST
    /api/articles): None or blank is none; anything else must read as a date or time, else InputError.
    (Reading many records, ingest leaves such a date out instead.)"""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parsed = parse_published(value)
    if parsed is None:
        raise InputError(f"published={value!r}", "not a date or time; use ISO 8601 (2021-09-08 or 2021-09-08T10:30)")
    return parsed


def make_article(
    text: str,
    title: Optional[str] = None,
    url: Optional[str] = None,
    published: object = None,
    source_path: Optional[str] = None,
) -> Article:
    """An Article from text and metadata; the dateline and a publication time in the text are read here."""
    from .dateline import detect_dateline

    if not isinstance(text, str):
        raise InputError(source_path or "<text>", "the article text is not a string; give it as a JSON string")
    if "\x00" in text:
        raise InputError(source_path or "<text>", "the text contains NUL bytes (binary data?); give the article as plain text")
    if not text.strip():
        raise InputError(source_path or "<text>", "the article text is empty; give a record or file with the story's text")
    if len(text) > MAX_RECORD_CHARS:
        raise InputError(
            source_path or "<text>",
            f"the article is {len(text):,} characters, over the {MAX_RECORD_CHARS:,} limit; split it",
        )
    # JSON can carry anything: fields must be strings, and "\ud800" escapes decode to unpaired
    # surrogates that no UTF-8 database or hash can take.
    for field, value in (("text", text), ("title", title), ("url", url)):
        if value is not None and not isinstance(value, str):
            raise InputError(source_path or "<text>", f"the '{field}' field is not a string; give text or leave it out")
        if value and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise InputError(
                    source_path or "<text>",
                    f"the '{field}' field is not valid Unicode (unpaired surrogate at character {exc.start}); fix the escape",
                ) from None
    meta_published = parse_published(published)
    dateline = detect_dateline(text, meta_published)
    return Article(
        id=article_id(text),
        text=text,
        title=title or None,
        url=url or None,
        published=meta_published or dateline.published,
        dateline=dateline,
        source_path=source_path,
    )


def decode(data: bytes, where: str) -> str:
    """Bytes to text: UTF-8, or UTF-16/32 and UTF-8 with a byte-order mark; anything else is refused."""
    if not data.strip():
        raise InputError(where, "the file is empty; check it was saved or copied whole")
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(where, f"not valid {codec} text ({exc.reason} at byte {exc.start}); re-encode it as UTF-8") from None
    if b"\x00" in data[:8192]:
        raise InputError(where, "binary data, not text (NUL bytes); give .txt, .html, .json or .jsonl files")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            where,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-encode it as UTF-8",
        ) from None


def _read_bytes(path: Path, limit: int) -> bytes:
    where = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(where, f"cannot read it ({exc.strerror}); check its permissions and path") from None
    if size > limit:
        raise InputError(where, f"the file is {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit for one article; split it")
    try:
        with path.open("rb") as handle:
            return handle.read()
    except OSError as exc:
        raise InputError(where, f"cannot read it ({exc.strerror}); check its permissions and path") from None


def article_from_record(record: object, where: str) -> Article:
    """One JSON record (an object with 'text', or 'body'/'content', and optional metadata) -> an Article;
    `where` names it in errors ("feed.jsonl:12")."""
    if not isinstance(record, dict):
        raise InputError(where, "a JSON record must be an object with a 'text' field; fix the record")
    text = record.get("text")
    if text is None:
        text = record.get("body") or record.get("content")
    if not isinstance(text, str):
        raise InputError(where, "the record has no 'text' string; give each record its story as 'text'")
    return make_article(
        text,
        title=record.get("title"),
        url=record.get("url"),
        published=record.get("published") or record.get("date"),
        source_path=where,
    )


def _html_to_article(html: str, where: str, url: Optional[str] = None) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(where, "no article text found in the HTML page; save the story's text as .txt")
    return make_article(
        text,
        title=getattr(doc, "title", None),
        url=getattr(doc, "url", None) or url,
        published=getattr(doc, "date", None),
        source_path=where,
    )


def _feed_to_articles(data: bytes, where: str) -> Iterator[Union[Article, InputError]]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield InputError(where, f"not a readable RSS/Atom feed ({feed.bozo_exception}); check the file is a whole feed")
        return
    # Well-formed XML (or HTML) that is no feed at all: feedparser knows no version and finds no
    # entry with a text (an <item> of some other XML is an entry without one).
    if not feed.version and not any(e.get("content") or e.get("summary") for e in feed.entries):
        yield InputError(where, "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root); "
                                "save a web page as .html and other XML as text")
        return
    for n, entry in enumerate(feed.entries, 1):
        entry_where = f"{where}#{n}"
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "")
        published = entry.get("published") or entry.get("updated")
        try:
            if "<" in body:
                import trafilatura

                body = trafilatura.extract(body, include_comments=False) or _strip_tags(body)
            if not body.strip() and (entry.get("title") or "").strip():
                body = entry["title"]  # a feed of headlines (title and link only): the headline is the news
            yield make_article(
                body, title=entry.get("title"), url=entry.get("link"), published=published, source_path=entry_where
            )
        except InputError as exc:
            yield exc


def _strip_tags(html: str) -> str:
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(html).text_content()
    except Exception:  # lxml raises several kinds for junk; junk has no text to offer
        return ""


def read_file(path: Path) -> Iterator[Union[Article, InputError]]:
    """The articles in one file, or errors naming the file (and the line, for JSON Lines)."""
    where = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield InputError(
            where, f"unknown file type '{suffix or '(none)'}'; use one of {', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )
        return
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path)
            return
        data = _read_bytes(path, MAX_FILE_BYTES)
        if suffix in FEED_SUFFIXES:
            if not data.strip():
                raise InputError(where, "the file is empty; check it was saved or copied whole")
            yield from _feed_to_articles(data, where)
            return
        text = decode(data, where)
        if suffix in TEXT_SUFFIXES:
            yield make_article(text, source_path=where)
        elif suffix in HTML_SUFFIXES:
            yield _html_to_article(text, where)
        elif suffix in JSON_SUFFIXES:
            try:
                payload = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(where, f"not valid JSON ({exc.msg} at line {exc.lineno}); fix the JSON") from None
            records = payload if isinstance(payload, list) else [payload]
            if not records:
                raise InputError(where, "the JSON list holds no records; give objects with a 'text' field")
            for n, record in enumerate(records, 1):
                try:
                    yield article_from_record(record, f"{where}#{n}" if len(records) > 1 else where)
                except InputError as exc:
                    yield exc
    except InputError as exc:
        yield exc


def _read_jsonl(path: Path) -> Iterator[Union[Article, InputError]]:
    where = str(path)
    try:
        size = path.stat().st_size
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(where, f"cannot read it ({exc.strerror}); check its permissions and path")
        return
    if size == 0 or size > MAX_JSONL_BYTES:
        handle.close()
        yield InputError(where, "the file is empty; check it was saved or copied whole" if size == 0 else
                         f"the file is {size / 1e9:.1f} GB, over the {MAX_JSONL_BYTES / 1e9:.0f} GB limit; split it")
        return
    with handle:
        records = 0
        # readline with a limit: one endless line must not be read into memory whole.
        for lineno, raw in enumerate(iter(lambda: handle.readline(MAX_FILE_BYTES + 1), b""), 1):
            line_where = f"{where}:{lineno}"
            if len(raw) > MAX_FILE_BYTES and not raw.endswith(b"\n"):
                records += 1
                while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                    raw = handle.readline(MAX_FILE_BYTES)
                yield InputError(line_where, f"the line is over the {MAX_FILE_BYTES / 1e6:.0f} MB limit for one article; split it")
                continue
            if not raw.strip():
                continue
            records += 1
            try:
                line = decode(raw, line_where)
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(line_where, f"not valid JSON ({exc.msg}); fix the line (one JSON object per line)") from None
                yield article_from_record(record, line_where)
            except InputError as exc:
                yield exc
        if not records:  # blank lines only, as an empty file
            yield InputError(where, "the file is empty (blank lines only); check it was saved or copied whole")


def iter_files(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Path, InputError]]:
    """Files under the given paths, in a stable order; folders are walked without following links
    into folders already seen (symlink loops end), and unreadable folders are reported."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield InputError(str(path), "no such file or folder; check the path")
            continue
        if path.is_file():
            yield path
            continue
        if not path.is_dir():  # opening a FIFO would block forever; devices and sockets hold no article
            yield InputError(str(path), "not a regular file or folder (a FIFO, socket or device?); give files or folders")
            continue
        seen: set[tuple[int, int]] = set()
        others: list[str] = []  # files of other types, skipped

        def walk(folder: Path) -> Iterator[Union[Path, InputError]]:
            try:
                st = folder.stat()
            except OSError as exc:
                yield InputError(str(folder), f"cannot read the folder ({exc.strerror}); check its permissions")
                return
            key = (st.st_dev, st.st_ino)
            if key in seen:
                return
            seen.add(key)
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError as exc:
                yield InputError(str(folder), f"cannot read the folder ({exc.strerror}); check its permissions")
                return
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                child = Path(entry.path)
                try:
                    is_dir = entry.is_dir()
                    is_file = entry.is_file()
                except OSError as exc:
                    yield InputError(str(child), f"cannot read it ({exc.strerror}); check its permissions and path")
                    continue
                if is_dir:
                    yield from walk(child)
                elif is_file:
                    if child.suffix.lower() in SUPPORTED_SUFFIXES:
                        yield child
                    else:
                        others.append(child.suffix.lower() or "(none)")
                elif entry.is_symlink():
                    yield InputError(str(child), "a broken symbolic link; fix or remove the link")
                elif child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield InputError(str(child), "not a regular file (a FIFO, socket or device?); give files or folders")

        found = False
        for item in walk(path):
            found = True
            yield item
        if not found:  # a folder of .pdf or .docx files, or an empty one, would otherwise ingest nothing silently
            skipped = f" ({len(others)} other file{'s' if len(others) != 1 else ''}: " \
                      f"{', '.join(sorted(set(others)))})" if others else ""
            yield InputError(str(path), f"no article files in the folder{skipped}; "
                             f"give {', '.join(sorted(SUPPORTED_SUFFIXES))} files")


def read_paths(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Article, InputError]]:
    """Every article under the given files and folders, with errors in their place."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item)
