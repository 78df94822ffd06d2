"""A bad-input corpus, generated here in temporary folders (nothing large is committed).

Each input gets either a one-line error naming it and the reason, or the treatment documented in
SECURITY.md ("Bad input"): no traceback for a user's mistake, the other inputs are still ingested,
and nothing already stored changes.

Unreadable files: the tests run as root, and root reads a `chmod 000` file anyway. So the permission
case drops the *effective* uid to `nobody` (os.seteuid) around the read and restores it after; when
the tests do not run as root a plain `chmod 000` is enough. A FIFO, a dangling symlink, a symlink
pointing at itself and a folder named `*.txt` cover the other ways a path can fail to be a file.
"""
from __future__ import annotations

import json
import os
import random
import re
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.ingest import MAX_FILE_BYTES, iter_files, read_file, read_paths

STORY = "Government troops shelled rebel positions near Homs on Tuesday, state media said.\n"
ARABIC = "قصفت القوات الحكومية مواقع المعارضة قرب حمص يوم الثلاثاء، بحسب وسائل الإعلام الرسمية.\n"
FRENCH = "Les forces gouvernementales ont bombardé des positions rebelles près de Homs mardi, selon les médias officiels.\n"
CP1252 = "Rebels seized the café district – officials said “dozens” fled.\n"
NOBODY = 65534
# the advice that ends an error line: "...; re-encode it as UTF-8", "...; split it"
NEXT_STEP = re.compile(r"; (?:use|give|re-encode|split|check|fix|remove|save|convert|run|pass)\b")


def _errors(items):
    return [i for i in items if isinstance(i, InputError)]


def _articles(items):
    return [i for i in items if not isinstance(i, InputError)]


def _one_error(path: Path) -> InputError:
    items = list(read_file(path))
    assert _articles(items) == []
    [error] = _errors(items)
    assert "\n" not in str(error)
    assert str(error).startswith(f"{path}: ")
    return error


def _one_article(path: Path):
    items = list(read_file(path))
    assert _errors(items) == []
    [article] = items
    return article


# -- encodings and bytes ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "the file is empty"),
        ("whitespace.txt", b"  \n\t\r\n \x0b\x0c  ", "the file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary data"),
        ("truncated-utf8.txt", b"Troops \xe2\x80 entered the town.", "not valid UTF-8 (byte 0xe2 at offset 7)"),
        ("overlong-utf8.txt", b"path \xc0\xaf etc", "not valid UTF-8 (byte 0xc0 at offset 5)"),
        # cp1252 is refused, not guessed: a wrong guess would store mangled text under a new id.
        ("cp1252.txt", CP1252.encode("cp1252"), "re-encode it as UTF-8"),
        ("empty.json", b"", "the file is empty"),
        ("broken.json", b'{"text": "Troops entered', "not valid JSON"),
        ("no-text.json", b'{"title": "only a title"}', "no 'text' string"),
        ("nul.json", b'{"text": "a\\u0000b"}', "NUL bytes"),
        ("empty.jsonl", b"", "the file is empty"),
    ],
)
def test_bad_input_bytes_get_one_line_error(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    assert reason in _one_error(path).reason


def test_bad_input_random_bytes_refused_not_stored(tmp_path):
    noise = bytes(b or 1 for b in random.Random(8).randbytes(4096))  # no NUL: must fail as UTF-8
    path = tmp_path / "noise.txt"
    path.write_bytes(noise)
    assert "not valid UTF-8" in _one_error(path).reason


@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig", "utf-32"])
def test_bad_input_bom_encodings_read_exactly(tmp_path, codec):
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(STORY.encode(codec))  # Python writes the BOM for these three codecs
    assert _one_article(path).text == STORY


@pytest.mark.parametrize("text", [ARABIC, FRENCH], ids=["arabic", "french"])
def test_bad_input_other_languages_kept_verbatim(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    article = _one_article(path)
    assert article.text == text


# -- sizes --------------------------------------------------------------------------------------

def test_bad_input_100mb_file_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100 * 1024 * 1024)
    reason = _one_error(path).reason
    assert "104.9 MB" in reason and f"{MAX_FILE_BYTES / 1e6:.0f} MB limit" in reason


def test_bad_input_100mb_jsonl_line_refused_rest_read(tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as handle:
        handle.write(json.dumps({"text": STORY}).encode() + b"\n")
        handle.seek(100 * 1024 * 1024, os.SEEK_CUR)  # a 100 MB line of NULs, sparse on disk
        handle.write(b"\n" + json.dumps({"text": FRENCH}).encode() + b"\n")
    items = list(read_file(path))
    [error] = _errors(items)
    assert error.where == f"{path}:2" and f"over the {MAX_FILE_BYTES / 1e6:.0f} MB limit" in error.reason
    assert [a.text for a in _articles(items)] == [STORY, FRENCH]


def test_bad_input_jsonl_over_2gb_refused_from_its_size(tmp_path):
    path = tmp_path / "enormous.jsonl"
    with path.open("wb") as handle:
        handle.truncate(2_200_000_000)
    assert "over the 2 GB limit" in _one_error(path).reason


def test_bad_input_one_million_char_single_line_is_an_article(tmp_path):
    sentence = "Rebels fired mortars at an army post near Idlib on Monday and troops returned fire. "
    line = (sentence * (1_000_000 // len(sentence) + 1))[:1_000_000]
    path = tmp_path / "one-line.txt"
    path.write_text(line, encoding="utf-8")
    article = _one_article(path)
    assert len(article.text) == 1_000_000 and "\n" not in article.text


# -- HTML ---------------------------------------------------------------------------------------

BODY = " ".join(
    ["Army units clashed with insurgents outside Mosul on Monday, two officials said."] * 5
)


def test_bad_input_html_scripts_and_handlers_dropped(tmp_path):
    html = (
        "<html><head><title>Clashes</title><script>stealCookies(document.cookie)</script>"
        "<style>p{color:red}</style></head><body>"
        '<article><p onclick="evilHandler()">' + BODY + "</p>"
        "<script type='text/javascript'>window.location='http://evil.invalid'</script>"
        "<iframe src='http://evil.invalid'></iframe></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    text = _one_article(path).text
    assert "clashed with insurgents" in text
    for leftover in ("stealCookies", "evilHandler", "evil.invalid", "<", "color:red"):
        assert leftover not in text


def test_bad_input_html_10000_nested_tags_no_crash(tmp_path):
    html = "<html><body>" + "<div>" * 10_000 + f"<p>{BODY}</p>" + "</div>" * 10_000 + "</body></html>"
    path = tmp_path / "nested.html"
    path.write_text(html, encoding="utf-8")
    # libxml2 stops building the tree at depth 256, so no text survives: one error, no crash.
    assert _one_error(path).reason .startswith("no article text found in the HTML page; ")


# -- JSON Lines and duplicates ------------------------------------------------------------------

def _jsonl_lines() -> list[bytes]:
    good = {"text": STORY, "title": "Homs", "published": "2023-05-02"}
    return [
        json.dumps(good).encode(),                                   # 1 ok
        b'{"text": "Truncated rec',                                  # 2 broken JSON
        b"",                                                         # 3 blank: skipped, not an error
        b"[1, 2, 3]",                                                # 4 not an object
        json.dumps({"title": "no text"}).encode(),                   # 5 no text
        b'{"text": "caf\xe9 bombed"}',                              # 6 not UTF-8
        json.dumps({"text": "   "}).encode(),                        # 7 empty text
        json.dumps({"text": FRENCH}).encode(),                       # 8 ok
        json.dumps(good).encode(),                                   # 9 duplicate of 1: read, not new
        b'{"text": "cut off by a crash mid-wri',                     # 10 last line, no newline
    ]


def test_bad_input_jsonl_broken_lines_named_by_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join(_jsonl_lines()))
    items = list(read_file(path))
    errors = {e.where: e.reason for e in _errors(items)}
    assert sorted(errors) == sorted(f"{path}:{n}" for n in (2, 4, 5, 6, 7, 10))
    assert "not valid JSON" in errors[f"{path}:2"] and "not valid JSON" in errors[f"{path}:10"]
    assert "not valid UTF-8" in errors[f"{path}:6"]
    assert "empty" in errors[f"{path}:7"]
    texts = [a.text for a in _articles(items)]
    assert texts == [STORY, FRENCH, STORY]


@pytest.mark.parametrize(
    "record, reason",
    [
        ('{"text": "Troops shelled Homs \\ud800 on Monday."}', "'text' field is not valid Unicode"),
        ('{"text": "Troops shelled Homs.", "title": "\\udfff"}', "'title' field is not valid Unicode"),
        ('{"text": "Troops shelled Homs.", "title": 5}', "'title' field is not a string"),
        ('{"text": "Troops shelled Homs.", "url": ["http://x.invalid"]}', "'url' field is not a string"),
        ('{"text": 42}', "no 'text' string"),
        ('"just a string"', "must be an object"),
    ],
)
def test_bad_input_json_record_fields_checked(tmp_path, record, reason):
    path = tmp_path / "one.jsonl"
    path.write_text(record + "\n", encoding="utf-8")
    error = _one_error_in_jsonl(path)
    assert error.where == f"{path}:1" and reason in error.reason


@pytest.mark.parametrize("published", ["1e20", "-1e15", "true", '"2021-13-45T99"', '"not a date"', "[1]"])
def test_bad_input_unusable_published_falls_back_to_text(tmp_path, published):
    path = tmp_path / "one.jsonl"
    path.write_text('{"text": "%s", "published": %s}\n' % (STORY.strip(), published), encoding="utf-8")
    [article] = list(read_file(path))
    assert article.text == STORY.strip() and article.published is None


def _one_error_in_jsonl(path: Path) -> InputError:
    [error] = list(read_file(path))
    assert isinstance(error, InputError) and "\n" not in str(error)
    return error


def test_bad_input_duplicates_share_one_id(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"text": STORY, "title": "other title"}), encoding="utf-8")
    ids = {a.id for a in _articles(read_paths([tmp_path]))}
    assert len(ids) == 1


# -- folders, links and unreadable paths -----------------------------------------------------------

def _weird_folder(root: Path) -> Path:
    folder = root / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)  # in/sub/loop -> in
    (folder / "self.txt").symlink_to(folder / "self.txt")  # ELOOP on every open
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    os.mkfifo(folder / "fifo.txt")  # opening it would block forever waiting for a writer
    (folder / "dir.txt").mkdir()  # a folder with an article suffix is walked as a folder
    (folder / "dir.txt" / "inner.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")  # other types in folders are skipped
    (folder / ".hidden.txt").write_text(ARABIC, encoding="utf-8")  # dotfiles are skipped
    return folder


def test_bad_input_folder_with_loops_links_and_fifo(tmp_path):
    folder = _weird_folder(tmp_path)
    items = list(iter_files([folder]))
    files = [i for i in items if not isinstance(i, InputError)]
    errors = {Path(e.where).name: e.reason for e in _errors(items)}
    assert [f.relative_to(folder).as_posix() for f in files] == ["dir.txt/inner.txt", "sub/a.txt"]
    assert errors["dangling.txt"] == "a broken symbolic link; fix or remove the link"
    assert "Too many levels of symbolic links" in errors["self.txt"]
    assert "not a regular file" in errors["fifo.txt"]
    assert set(errors) == {"dangling.txt", "self.txt", "fifo.txt"}


def test_bad_input_fifo_named_directly_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [error] = list(iter_files([fifo]))
    assert isinstance(error, InputError) and "not a regular file" in error.reason


def test_bad_input_unknown_type_named_directly(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04")
    assert "unknown file type '.docx'" in _one_error(path).reason


@contextmanager
def _as_nobody():
    """Make permission bits count: drop the effective uid from root to nobody for a moment."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)


def test_bad_input_unreadable_file_and_folder(tmp_path):
    # Our own world-traversable folder: pytest's tmp_path sits under a 0700 root-only directory.
    root = Path(tempfile.mkdtemp(prefix="sitrep-perm-"))
    try:
        root.chmod(0o755)
        (root / "ok.txt").write_text(STORY, encoding="utf-8")
        (root / "ok.txt").chmod(0o644)
        locked = root / "locked.txt"
        locked.write_text(STORY, encoding="utf-8")
        locked.chmod(0o000)
        closed = root / "closed"
        closed.mkdir()
        (closed / "inside.txt").write_text(STORY, encoding="utf-8")
        closed.chmod(0o000)
        with _as_nobody():
            items = list(read_paths([root]))
        errors = {Path(e.where).name: e.reason for e in _errors(items)}
        assert errors == {"locked.txt": "cannot read it (Permission denied); check its permissions and path",
                          "closed": "cannot read the folder (Permission denied); check its permissions"}
        assert [a.text for a in _articles(items)] == [STORY]
    finally:
        closed.chmod(0o755)
        locked.chmod(0o644)
        for path in sorted(root.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        root.rmdir()


# -- the whole corpus through `sitrep ingest` ---------------------------------------------------------

def _corpus(root: Path) -> tuple[Path, dict[str, str]]:
    """Every bad input in one folder, and the error each must produce (by file name)."""
    folder = _weird_folder(root)
    expected = {
        "dangling.txt": "a broken symbolic link",
        "self.txt": "Too many levels of symbolic links",
        "fifo.txt": "not a regular file",
    }
    cases = {
        "empty.txt": (b"", "the file is empty"),
        "whitespace.txt": (b" \n\t\n", "the file is empty"),
        "binary.txt": (b"\x00\x01\x02\x03" * 64, "binary data"),
        "invalid-utf8.txt": (b"Troops \xe2\x80 entered.", "not valid UTF-8"),
        "cp1252.txt": (CP1252.encode("cp1252"), "re-encode it as UTF-8"),
    }
    for name, (data, reason) in cases.items():
        (folder / name).write_bytes(data)
        expected[name] = reason
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    expected["huge.txt"] = "over the"
    (folder / "utf16.txt").write_bytes(ARABIC.encode("utf-16"))
    (folder / "french.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "copy-of-a.txt").write_text(STORY, encoding="utf-8")  # duplicate of sub/a.txt
    html = "<html><body><script>stealCookies()</script><article><p>" + BODY + "</p></article></body></html>"
    (folder / "page.html").write_text(html, encoding="utf-8")
    (folder / "batch.jsonl").write_bytes(b"\n".join(_jsonl_lines()))
    for n in (2, 4, 5, 6, 7, 10):
        expected[f"batch.jsonl:{n}"] = ""
    return folder, expected


def _rows(db: Path) -> dict[str, tuple]:
    with sqlite3.connect(db) as con:
        rows = {f"a:{r[0]}": tuple(r) for r in con.execute("SELECT * FROM articles")}
        rows.update({f"e:{r[0]}": tuple(r) for r in con.execute("SELECT * FROM events")})
    return rows


def test_bad_input_corpus_through_cli(tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli import app

    runner = CliRunner()
    db = tmp_path / "s.db"
    earlier = tmp_path / "earlier.txt"
    earlier.write_text("Police arrested twelve protesters in Khartoum on Sunday, witnesses said.\n", encoding="utf-8")
    first = runner.invoke(app, ["ingest", str(earlier), "--db", str(db)])
    assert first.exit_code == 0, first.output
    before = _rows(db)

    folder, expected = _corpus(tmp_path)
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    output = result.output
    assert result.exit_code == 1, output
    assert "Traceback" not in output and result.exception is None or isinstance(result.exception, SystemExit)
    error_lines = [line for line in output.splitlines() if line.startswith("error: ")]
    assert len(error_lines) == len(expected), "\n".join(error_lines)
    for key, reason in expected.items():
        hits = [line for line in error_lines if f"{os.sep}{key}: " in line]
        assert len(hits) == 1 and reason in hits[0], (key, error_lines)
    # each line also tells the user what to do about it
    assert [line for line in error_lines if not NEXT_STEP.search(line)] == []

    after = _rows(db)
    assert {k: after[k] for k in before} == before  # nothing stored before changed
    with sqlite3.connect(db) as con:
        texts = {row[0] for row in con.execute("SELECT text FROM articles")}
    # sub/a.txt (= copy-of-a.txt = two JSONL lines), the French story (= inner.txt = a JSONL line),
    # the Arabic story read from UTF-16, the HTML page, and the article stored before.
    assert STORY in texts and FRENCH in texts and ARABIC in texts
    assert any("clashed with insurgents" in t for t in texts)
    assert not any("stealCookies" in t for t in texts)
    assert len(texts) == 5
    assert "errors: " + str(len(expected)) in output
