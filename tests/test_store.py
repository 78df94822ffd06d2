import sqlite3

import pytest

from sitrep.errors import StoreError
from sitrep.ingest import make_article
from sitrep.models import Actor, ActorCode, DateValue, Event, Location, SourceRef, Span
from sitrep.store import Store


def _event(article, trigger_word, plover="ASSAULT", day="2021-09-08", country="SY", source="SANA", modality="asserted"):
    start = article.text.index(trigger_word)
    trigger = Span(text=trigger_word, start=start, end=start + len(trigger_word))
    return Event(
        id=f"{article.id[:8]}-{start}",
        article_id=article.id,
        sentence=Span(text=article.text, start=0, end=len(article.text)),
        trigger=trigger,
        plover_type=plover,
        actor1=Actor(text="x", start=0, end=1, code=ActorCode(country="SYR", role="MIL")),
        location=Location(text="y", start=0, end=1, name="Daraa", geonameid=170905, lat=32.6, lon=36.1,
                          country=country),
        date=DateValue(text="z", start=0, end=1, value=day, precision="day") if day else None,
        sources=[SourceRef(text="s", start=0, end=1, name=source, kind="official_media")],
        modality=modality,
    )


@pytest.fixture
def article():
    return make_article("Troops shelled the town and later stormed it.", published="2021-09-08")


def test_store_add_is_idempotent(tmp_path, article):
    with Store.open(tmp_path / "s.db") as store:
        events = [_event(article, "shelled"), _event(article, "stormed")]
        assert store.add(article, events) is True
        assert store.add(article, events) is False
        assert store.counts() == {"articles": 1, "events": 2}


def test_store_roundtrip_keeps_every_field(tmp_path, article):
    event = _event(article, "shelled")
    with Store.open(tmp_path / "s.db") as store:
        store.add(article, [event])
        [back] = store.events()
        assert back == event
        assert store.article(article.id).text == article.text


def test_store_filters(tmp_path, article):
    other = make_article("Police arrested protesters in Cairo.", published="2021-10-02")
    with Store.open(tmp_path / "s.db") as store:
        store.add(article, [_event(article, "shelled"), _event(article, "stormed", modality="background", day="2011")])
        store.add(other, [_event(other, "arrested", plover="COERCE", day="2021-10-02", country="EG", source="AFP")])
        assert len(store.events(plover_type="assault")) == 2
        assert [e.trigger.text for e in store.events(country="EGY")] == ["arrested"]
        assert [e.trigger.text for e in store.events(country="Syria", since="2021-01-01")] == ["shelled"]
        assert [e.trigger.text for e in store.events(until="2011-12-31")] == ["stormed"]
        assert [e.trigger.text for e in store.events(source="afp")] == ["arrested"]
        assert [e.trigger.text for e in store.events(modality="background")] == ["stormed"]
        assert len(store.events(limit=1, offset=1)) == 1


def test_store_event_without_date_files_under_publication_day(tmp_path, article):
    with Store.open(tmp_path / "s.db") as store:
        store.add(article, [_event(article, "shelled", day=None)])
        assert len(store.events(since="2021-09-08", until="2021-09-08")) == 1


def test_store_failed_transaction_leaves_nothing_half_stored(tmp_path, article):
    bad = _event(article, "shelled")
    with Store.open(tmp_path / "s.db") as store:
        good_article = make_article("Rebels ambushed a convoy.", published="2021-09-01")
        store.add(good_article, [_event(good_article, "ambushed")])
        # the same event id twice for two different articles violates nothing, but a broken row does:
        bad.article_id = "no-such-article"  # foreign key failure mid-transaction
        with pytest.raises(sqlite3.IntegrityError):
            store.add(article, [_event(article, "stormed"), bad])
        assert store.counts() == {"articles": 1, "events": 1}
        assert not store.has_article(article.id)


def test_store_uses_wal_and_records_migrations(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.schema_version()[0].startswith("0001")
    with Store.open(tmp_path / "s.db") as store:  # reopening applies nothing twice
        assert len(store.schema_version()) == len(set(store.schema_version()))


def test_store_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="notes.db"):
        Store.open(path)


def test_store_hostile_text_is_data_not_sql(tmp_path):
    article = make_article("Robert'); DROP TABLE events;-- attacked nobody.", published="2021-09-08")
    with Store.open(tmp_path / "s.db") as store:
        store.add(article, [_event(article, "attacked", source="x'); DROP TABLE articles;--")])
        assert store.counts() == {"articles": 1, "events": 1}
        assert store.events(source="x'); DROP TABLE articles;--")


def test_store_undated_background_is_not_filed_under_the_publication_day(tmp_path, article):
    with Store.open(tmp_path / "s.db") as store:
        store.add(article, [_event(article, "shelled", day=None, modality="background"),
                            _event(article, "stormed", day=None)])
        on_the_day = store.events(since="2021-09-08", until="2021-09-08")
        assert [e.trigger.text for e in on_the_day] == ["stormed"]


def test_store_same_article_with_other_whitespace_is_stored_once(tmp_path):
    first = make_article("Troops shelled the town.\nLater they stormed it.\n", published="2021-09-08")
    refetched = make_article("Troops shelled the town.\r\nLater they  stormed it.", published="2021-09-08")
    assert first.id != refetched.id
    with Store.open(tmp_path / "s.db") as store:
        assert store.add(first, [_event(first, "shelled")]) is True
        assert store.has_article(refetched.id, refetched.text)
        assert store.stored_id(refetched.text) == first.id
        assert store.add(refetched, [_event(refetched, "shelled")]) is False
        assert store.counts() == {"articles": 1, "events": 1}


def test_store_articles_stored_before_content_keys_are_keyed_when_opened(tmp_path, article):
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        store.add(article, [_event(article, "shelled")])
    with sqlite3.connect(path) as db:  # as an older sitrep left it
        db.execute("UPDATE articles SET content_key = NULL")
    with Store.open(path) as store:
        variant = make_article(article.text + "\n\n", published="2021-09-08")
        assert store.add(variant, []) is False
        assert store.counts()["articles"] == 1


def test_store_in_a_missing_folder_names_the_folder(tmp_path):
    with pytest.raises(StoreError, match="no folder .*missing"):
        Store.open(tmp_path / "missing" / "s.db")


def test_store_filters_read_like_the_cli(tmp_path):
    # The Python API takes what `sitrep events` takes: any case, a source's full name.
    report = make_article("The Syrian Observatory for Human Rights said troops shelled the town.", published="2021-09-08")
    with Store.open(tmp_path / "s.db") as store:
        store.add(report, [_event(report, "shelled", source="SOHR")])
        assert len(store.events(modality="ASSERTED")) == 1
        assert len(store.events(source="Syrian Observatory for Human Rights")) == 1


@pytest.mark.parametrize("filters,named", [
    ({"plover_type": "BOMBING"}, "plover_type"),
    ({"modality": "rumoured"}, "modality"),
    ({"since": "yesterday"}, "since"),
    ({"until": "2021-02-30"}, "until"),
    ({"since": "2021-09-09", "until": "2021-09-01"}, "since"),
    ({"country": "Narnia"}, "country"),
    ({"country": 5}, "country"),
    ({"near": (32.6, 36.1)}, "near"),
    ({"near": (132.6, 36.1, 10)}, "near"),
    ({"limit": -1}, "limit"),
    ({"offset": "2"}, "offset"),
    ({"actor": 5}, "actor"),
    ({"text": ["shelled"]}, "text"),
    ({"admin": 1.5}, "admin"),
])
def test_store_a_mistyped_filter_is_a_clear_error_not_an_empty_answer(tmp_path, article, filters, named):
    from sitrep.errors import InputError

    with Store.open(tmp_path / "s.db") as store:
        store.add(article, [_event(article, "shelled")])
        with pytest.raises(InputError, match=rf"^{named}"):
            store.events(**filters)


def test_store_date_filters_take_date_and_datetime_objects(tmp_path, article):
    from datetime import date, datetime

    with Store.open(tmp_path / "s.db") as store:
        store.add(article, [_event(article, "shelled")])
        assert len(store.events(since=date(2021, 9, 8), until=datetime(2021, 9, 8, 23, 0))) == 1
        assert store.events(since=datetime(2021, 9, 9, 1, 0)) == []


def test_store_text_filters_are_trimmed_as_the_country_is(tmp_path, article):
    event = _event(article, "shelled")
    event.location = event.location.model_copy(update={"admin1": "Daraa Governorate"})
    with Store.open(tmp_path / "s.db") as store:
        store.add(article, [event])
        assert len(store.events(country=" SY ")) == 1
        assert len(store.events(admin=" daraa governorate ")) == 1
        assert len(store.events(admin="\tDaraa Governorate\n")) == 1
        assert len(store.events(article_id=f" {article.id} ")) == 1
