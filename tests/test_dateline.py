from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from sitrep.dateline import dateline_places, detect_dateline, is_dateline_place


def _check_spans(text, dateline):
    for span in (dateline.place, dateline.published_span):
        if span is not None:
            assert text[span.start:span.end] == span.text


@pytest.mark.parametrize(
    "text, place",
    [
        ("(Kabul) Gunmen attacked a checkpoint overnight.", "Kabul"),
        ("(Deir ez-Zor, Syria) Clashes broke out near the bridge.", "Deir ez-Zor"),
        ("KABUL, March 3 (Reuters) - Gunmen attacked a checkpoint.", "KABUL"),
        ("KABUL (AP) — Gunmen attacked a checkpoint.", "KABUL"),
        ("KABUL, Afghanistan (AP) — Gunmen attacked a checkpoint.", "KABUL"),
        ("KABUL -- Gunmen attacked a checkpoint.", "KABUL"),
        ("KABUL—Gunmen attacked a checkpoint.", "KABUL"),
        ("KABUL: Gunmen attacked a checkpoint.", "KABUL"),
        ("(KABUL) — Gunmen attacked a checkpoint.", "KABUL"),
        ("SAN SALVADOR, El Salvador — Police detained 30 people.", "SAN SALVADOR"),
        ("Kabul, 3 March 2021 (AFP) - Gunmen attacked a checkpoint.", "Kabul"),
        ("Kabul (dpa) - Gunmen attacked a checkpoint.", "Kabul"),
        ("Gunmen storm checkpoint\nBy A. Writer\n\nKABUL (Reuters) - Gunmen attacked.", "KABUL"),
    ],
)
def test_dateline_place(text, place):
    dateline = detect_dateline(text)
    assert dateline.place is not None and dateline.place.text == place
    _check_spans(text, dateline)


@pytest.mark.parametrize(
    "text",
    [
        "(Reuters) - Gunmen attacked a checkpoint.",
        "(AP Photo) Smoke rises over the town.",
        "UPDATE - Gunmen attacked a checkpoint.",
        "GUNMEN STORM ARMY CHECKPOINT IN NORTH - OFFICIALS\nDozens died.",
        "Meanwhile, the governor - who was absent - made a statement.",
        "MV-22 aircraft to be retired next year.",
        "UN: most refugees want to return home.",
        "ORIGINAL STORY: Police are searching for a man.",
        "Gunmen attacked a checkpoint in Kabul (Afghanistan) on Monday.",
        "Monday, March 4, 2024 - Raiders burned a granary near the river.",
        "THURSDAY, 7 March 2024 — Raiders burned a granary near the river.",
        "Sept. 9, 2024 (Wire) - Raiders burned a granary near the river.",
        "",
    ],
)
def test_dateline_no_place(text):
    assert detect_dateline(text).place is None


def test_dateline_place_only_at_the_head():
    text = "\n".join(["Line of text number %d." % i for i in range(10)] + ["KABUL (AP) — Too far down."])
    assert detect_dateline(text).place is None


def test_dateline_posted_label():
    text = "Intro line.\n\nPosted on Mar 3, 2021 at 4:05 pm\n\nMore text."
    dateline = detect_dateline(text)
    assert dateline.published == datetime(2021, 3, 3, 16, 5)
    assert dateline.published_span.text == "Mar 3, 2021 at 4:05 pm"
    _check_spans(text, dateline)


def test_dateline_published_numeric_is_day_first():
    text = "Published: 04/03/2021\nKABUL (AP) — Gunmen attacked."
    dateline = detect_dateline(text)
    assert dateline.published == datetime(2021, 3, 4)
    assert dateline.published_span.text == "04/03/2021"


def test_dateline_numeric_month_first_when_day_first_is_impossible():
    assert detect_dateline("Published: 03/24/2021\nText.").published == datetime(2021, 3, 24)


def test_dateline_time_zone_kept():
    dateline = detect_dateline("Thu 4 Mar 2021 09.30 GMT\nLagos (AFP) - Gunmen kidnapped pupils.")
    assert dateline.published == datetime(2021, 3, 4, 9, 30, tzinfo=timezone.utc)
    assert dateline.place.text == "Lagos"


def test_dateline_iso_updated_used_when_nothing_else():
    dateline = detect_dateline("Last updated: 2021-03-04T09:30:00+02:00\nGunmen kidnapped pupils.")
    assert dateline.published == datetime(2021, 3, 4, 9, 30, tzinfo=timezone(timedelta(hours=2)))


def test_dateline_published_beats_updated():
    text = "Published March 1, 2021\nUpdated March 4, 2021\nText."
    assert detect_dateline(text).published == datetime(2021, 3, 1)


def test_dateline_relative_time_ignored():
    dateline = detect_dateline("Updated 3 hours ago\nLAGOS (Reuters) - Gunmen kidnapped pupils.")
    assert dateline.published is None and dateline.published_span is None
    assert dateline.place.text == "LAGOS"


def test_dateline_wire_date_with_year():
    text = "Lagos, 4 March 2021 (AFP) - Gunmen kidnapped pupils."
    dateline = detect_dateline(text)
    assert dateline.published == datetime(2021, 3, 4)
    assert dateline.published_span.text == "4 March 2021"


def test_dateline_wire_date_without_year_needs_metadata():
    text = "LAGOS, March 4 (Reuters) - Gunmen kidnapped pupils."
    assert detect_dateline(text).published is None
    metadata = datetime(2021, 3, 4, 7, 15)
    dateline = detect_dateline(text, metadata)
    assert dateline.published == metadata
    assert dateline.published_span.text == "March 4"
    _check_spans(text, dateline)


def test_dateline_metadata_wins_but_span_reported():
    text = "(Lagos) Gunmen kidnapped pupils.\nPosted on Mar 4, 2021 at 9:00 am\n"
    metadata = datetime(2021, 3, 5, 10, 0)
    dateline = detect_dateline(text, metadata)
    assert dateline.published == metadata
    assert dateline.published_span.text == "Mar 4, 2021 at 9:00 am"


def test_dateline_example_story(example_text):
    dateline = detect_dateline(example_text)
    assert dateline.place.text == "Beirut"
    assert dateline.place.start == 1
    assert dateline.published == datetime(2021, 9, 8, 11, 21)
    assert dateline.published_span.text == "Sep 8, 2021 at 11:21 am"
    _check_spans(example_text, dateline)


def test_dateline_places_after_a_headline_on_the_same_line():
    text = "Flood waters rise in the valley  MOSUL, Iraq -- Rescuers searched for survivors on Tuesday."
    assert [text[s:e] for s, e in dateline_places(text)] == ["MOSUL"]


def test_dateline_places_ignore_capitals_inside_a_sentence():
    text = "Officials in the NORTH -- as they call it -- met on Monday."
    assert dateline_places(text) == []


def test_dateline_places_only_near_the_top():
    text = "A story begins here. " * 40 + "\nKANO -- Late paragraph."
    assert dateline_places(text) == []


@pytest.mark.parametrize("text, name, expected", [
    ("Goma (Reuters) - Rebels advanced on Monday.", "Goma", True),
    ("KIDAL: Soldiers arrived on Friday.", "KIDAL", True),
    ("Troops left Goma on Monday.", "Goma", False),
])
def test_is_dateline_place(text, name, expected):
    start = text.index(name)
    assert is_dateline_place(text, start, start + len(name)) is expected


def test_dateline_places_capitalised_with_a_mixed_case_prefix():
    text = "Mayor backs new park. McALLEN – Residents of the east side asked for shade."
    assert [text[s:e] for s, e in dateline_places(text)] == ["McALLEN"]


@pytest.mark.parametrize("text, place, day", [
    ("KHARTOUM, Tuesday 14 March 2023 - Militiamen looted a market on the edge of town.", "KHARTOUM", "2023-03-14"),
    ("KHARTOUM, 2023-03-14 - Militiamen looted a market on the edge of town.", "KHARTOUM", "2023-03-14"),
    ("KHARTOUM (Wire) March 14, 2023 - Militiamen looted a market on the edge of town.", "KHARTOUM", "2023-03-14"),
    ("Khartoum, Tue, March 14, 2023 (Wire) - Militiamen looted a market on the edge of town.", "Khartoum",
     "2023-03-14"),
    ("N'DJAMENA, Chad, March 14, 2023 /Wire/ - Militiamen looted a market on the edge of town.", "N'DJAMENA",
     "2023-03-14"),
    ("Khartoum, March 14, 2023 /Wire Service/ - Militiamen looted a market on the edge of town.", "Khartoum",
     "2023-03-14"),
])
def test_dateline_dates_in_more_wire_forms(text, place, day):
    # With no publication time in the metadata, the dateline's own date anchors "yesterday" and "on Monday".
    found = detect_dateline(text)
    assert found.place.text == place
    assert found.published is not None and found.published.date().isoformat() == day
    assert text[found.published_span.start:found.published_span.end] == found.published_span.text


@pytest.mark.parametrize("text, day", [
    ("March 4, 2024 — Raiders burned a granary near the river.", "2024-03-04"),
    ("Monday, March 4, 2024 - Raiders burned a granary near the river.", "2024-03-04"),
    ("Granary burned\n4 March 2024 -- Raiders burned it near the river.", "2024-03-04"),
])
def test_dateline_of_a_date_alone_dates_the_story(text, day):
    found = detect_dateline(text)
    assert found.place is None
    assert found.published is not None and found.published.date().isoformat() == day
    assert text[found.published_span.start:found.published_span.end] == found.published_span.text


def test_dateline_date_inside_a_sentence_is_no_dateline():
    assert detect_dateline("The raid began on March 4, 2024 - a day the valley remembers.").published is None
