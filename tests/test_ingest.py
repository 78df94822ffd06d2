import json

import pytest

from sitrep.errors import InputError
from sitrep.ingest import article_id, decode, iter_files, make_article, read_file, read_paths

STORY = "KABUL, March 3 (Reuters) - Gunmen attacked a checkpoint in Kunduz on Tuesday, police said.\n"


def _articles(items):
    return [i for i in items if not isinstance(i, InputError)]


def _errors(items):
    return [i for i in items if isinstance(i, InputError)]


def test_ingest_same_text_same_id():
    assert article_id(STORY) == article_id(STORY)
    assert article_id(STORY) != article_id(STORY + " ")


def test_ingest_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    [article] = _articles(read_file(path))
    assert article.text == STORY
    assert article.source_path == str(path)


def test_ingest_jsonl_reads_records_and_reports_broken_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": STORY, "title": "Kunduz", "url": "https://example.org/a", "published": "2022-03-03T10:00:00"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps({"text": "Protesters marched in Dhaka on Friday.", "published": "2022-03-04"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_file(path))
    articles, errors = _articles(items), _errors(items)
    assert [a.title for a in articles] == ["Kunduz", None]
    assert articles[0].published.isoformat().startswith("2022-03-03T10:00")
    assert articles[0].url == "https://example.org/a"
    assert [e.where for e in errors] == [f"{path}:2", f"{path}:3"]


def test_ingest_json_list(tmp_path):
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": STORY}, {"text": "Rebels shelled Idlib."}]), encoding="utf-8")
    assert len(_articles(read_file(path))) == 2


def test_ingest_html_keeps_article_drops_script(tmp_path):
    body = " ".join(["Government troops clashed with insurgents near Mosul on Monday, officials said."] * 6)
    html = (
        "<html><head><title>Clashes near Mosul</title><script>alert('x')</script></head>"
        f"<body><nav>Home | World</nav><article><h1>Clashes near Mosul</h1><p>{body}</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [article] = _articles(read_file(path))
    assert "clashed with insurgents" in article.text
    assert "alert(" not in article.text


def test_ingest_rss_feed(tmp_path):
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>Strike in Sanaa</title><link>https://example.org/1</link>
    <pubDate>Wed, 08 Sep 2021 11:21:00 GMT</pubDate>
    <description>An air strike hit a market in Sanaa on Wednesday, medics said.</description></item>
    </channel></rss>"""
    path = tmp_path / "feed.rss"
    path.write_text(feed, encoding="utf-8")
    [article] = _articles(read_file(path))
    assert article.url == "https://example.org/1"
    assert article.published.date().isoformat() == "2021-09-08"
    assert "air strike" in article.text


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t ", "empty"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 10, "binary"),
        ("latin.txt", "Attaque à Alep".encode("cp1252"), "UTF-8"),
        ("notes.docx", b"PK\x03\x04", "unknown file type"),
    ],
)
def test_ingest_bad_files_give_one_line_errors(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    [error] = _errors(read_file(path))
    assert str(path) in str(error) and reason in str(error)
    assert "\n" not in str(error)


def test_ingest_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Rebels attacked Homs.".encode("utf-16"))
    [article] = _articles(read_file(path))
    assert article.text == "Rebels attacked Homs."


def test_ingest_oversized_file_refused(tmp_path, monkeypatch):
    import sitrep.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("Shelling hit Aleppo. " * 100, encoding="utf-8")
    [error] = _errors(read_file(path))
    assert "over the" in str(error)


def test_ingest_folder_walk_survives_symlink_loop_and_reports_missing(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    items = list(iter_files([tmp_path, tmp_path / "missing"]))
    files = [i for i in items if not isinstance(i, InputError)]
    assert [f.name for f in files] == ["a.txt"]
    assert any("no such file" in str(e) for e in _errors(items))


def test_ingest_read_paths_continues_after_errors(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert len(_articles(items)) == 1 and len(_errors(items)) == 1


def test_ingest_decode_refuses_invalid_utf8():
    with pytest.raises(InputError, match="not valid UTF-8"):
        decode(b"abc \xff\xfe\xfa", "x.txt")


def test_ingest_metadata_published_wins():
    article = make_article(STORY, published="2022-03-03")
    assert article.published.date().isoformat() == "2022-03-03"


@pytest.mark.parametrize("value, expected", [
    ("14 June 2022", "2022-06-14"),
    ("Tue, 14 Jun 2022 10:00:00 GMT", "2022-06-14"),
    ("yesterday", None),  # relative to what? not to the day it is read: that changes with every run
    ("2 hours ago", None),
    ("Monday", None),
    ("June 14", None),  # no year: not the year of the run either
])
def test_ingest_publication_metadata_must_be_a_whole_date(value, expected):
    from sitrep.ingest import parse_published

    parsed = parse_published(value)
    assert (parsed.date().isoformat() if parsed else None) == expected


def test_ingest_folder_without_article_files_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "brief.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "docs" / "map.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "news" / "b.pdf").write_bytes(b"%PDF-1.4")
    items = list(iter_files([tmp_path / "empty", tmp_path / "docs", tmp_path / "news"]))
    errors = [str(e) for e in _errors(items)]
    assert [f.name for f in items if not isinstance(f, InputError)] == ["a.txt"]
    assert len(errors) == 2
    assert errors[0].startswith(str(tmp_path / "empty")) and "no article files" in errors[0]
    assert "2 other files: .docx, .pdf" in errors[1]


def test_ingest_xml_that_is_no_feed_is_an_error_but_an_empty_feed_is_not(tmp_path):
    (tmp_path / "catalogue.xml").write_text('<?xml version="1.0"?><stock><item>tents</item></stock>', encoding="utf-8")
    (tmp_path / "page.xml").write_text("<html><body><p>Shelling was heard at dawn.</p></body></html>", encoding="utf-8")
    (tmp_path / "quiet.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                                        "</channel></rss>", encoding="utf-8")
    for name in ("catalogue.xml", "page.xml"):
        [error] = list(read_file(tmp_path / name))
        assert isinstance(error, InputError) and "not an RSS or Atom feed" in str(error), name
    assert list(read_file(tmp_path / "quiet.rss")) == []


def test_ingest_feed_of_headlines_reads_each_headline_as_its_story(tmp_path):
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>Drone strike hits fuel depot outside Lowtown</title><link>https://example.org/7</link>
    <pubDate>Fri, 05 Apr 2024 06:00:00 GMT</pubDate></item>
    <item><title>  </title><link>https://example.org/8</link></item>
    </channel></rss>"""
    path = tmp_path / "headlines.rss"
    path.write_text(feed, encoding="utf-8")
    items = list(read_file(path))
    [article] = _articles(items)
    assert article.text == article.title == "Drone strike hits fuel depot outside Lowtown"
    assert article.url == "https://example.org/7" and article.published.date().isoformat() == "2024-04-05"
    [error] = _errors(items)
    assert str(error).endswith("#2: the article text is empty; give a record or file with the story's text")


def test_ingest_json_without_records_is_an_error_as_an_empty_file_is(tmp_path, monkeypatch):
    import sitrep.ingest as ingest

    (tmp_path / "none.json").write_text("[]", encoding="utf-8")
    (tmp_path / "blank.jsonl").write_text("\n  \n\r\n", encoding="utf-8")
    for name, reason in (("none.json", "holds no records"), ("blank.jsonl", "blank lines only")):
        [error] = list(read_file(tmp_path / name))
        assert isinstance(error, InputError) and reason in str(error), name
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 50)
    (tmp_path / "long.jsonl").write_text(json.dumps({"text": "Shelling hit Lowtown. " * 10}) + "\n", encoding="utf-8")
    [error] = list(read_file(tmp_path / "long.jsonl"))  # one error for the long line, not a second for 'empty'
    assert "over the" in str(error)


@pytest.mark.parametrize("value, iso", [
    ("Tue, 12 Mar 2024 23:30:00 -0500", "2024-03-12T23:30:00-05:00"),
    ("Wed, 13 Mar 2024 07:15:00 +0300", "2024-03-13T07:15:00+03:00"),
    ("Wed, 13 Mar 2024 04:30:00 GMT", "2024-03-13T04:30:00+00:00"),
])
def test_ingest_feed_date_keeps_its_utc_offset(value, iso):
    from sitrep.ingest import parse_published

    assert parse_published(value).isoformat() == iso
