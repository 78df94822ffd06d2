from __future__ import annotations

from datetime import date, datetime

import pytest

from sitrep import dates
from sitrep.dates import find_dates, resolve

# A Wednesday, like the example story.
WEDNESDAY = datetime(2021, 9, 8, 11, 21)


@pytest.mark.parametrize(
    "expression, expected",
    [
        # weekdays: the most recent such day on or before publication, the same day included
        ("on Wednesday", ("2021-09-08", "day")),
        ("Wednesday", ("2021-09-08", "day")),
        ("on Monday", ("2021-09-06", "day")),
        ("Thursday", ("2021-09-02", "day")),
        ("Tuesday night", ("2021-09-07", "day")),
        ("early on Sunday", ("2021-09-05", "day")),
        ("last Wednesday", ("2021-09-01", "day")),
        ("next Friday", ("2021-09-10", "day")),
        ("Wednesday, Sept. 8", ("2021-09-08", "day")),
        # the publication day and the days around it
        ("today", ("2021-09-08", "day")),
        ("this morning", ("2021-09-08", "day")),
        ("yesterday", ("2021-09-07", "day")),
        ("yesterday afternoon", ("2021-09-07", "day")),
        ("last night", ("2021-09-07", "day")),
        ("two days ago", ("2021-09-06", "day")),
        ("5 days ago", ("2021-09-03", "day")),
        ("tomorrow", ("2021-09-09", "day")),
        # weeks, months, years relative to publication
        ("last week", ("2021-08-30/2021-09-05", "range")),
        ("earlier this week", ("2021-09-06/2021-09-08", "range")),
        ("last month", ("2021-08", "month")),
        ("late last month", ("2021-08", "month")),
        ("earlier this month", ("2021-09", "month")),
        ("last year", ("2020", "year")),
        ("this year", ("2021", "year")),
        ("the past two weeks", ("2021-08-25/2021-09-08", "range")),
        ("the past 3 days", ("2021-09-05/2021-09-08", "range")),
        ("a few days ago", ("2021-09-02/2021-09-06", "range")),
        ("the weekend", ("2021-09-04/2021-09-05", "range")),
        ("last winter", ("2020-12-01/2021-02-28", "range")),
        ("this summer", ("2021-06-01/2021-08-31", "range")),
        # absolute dates, with the publication year filled in
        ("on Sept. 3", ("2021-09-03", "day")),
        ("3 September", ("2021-09-03", "day")),
        ("the 3rd of September", ("2021-09-03", "day")),
        ("Dec. 24", ("2020-12-24", "day")),  # a past December: last year's
        ("in July", ("2021-07", "month")),
        ("mid-June", ("2021-06", "month")),
        ("in November", ("2020-11", "month")),
        ("March 2011", ("2011-03", "month")),
        ("in 2011", ("2011", "year")),
        ("14 February 2019", ("2019-02-14", "day")),
        ("Feb. 14, 2019", ("2019-02-14", "day")),
        ("2019-02-14", ("2019-02-14", "day")),
        ("14/02/2019", ("2019-02-14", "day")),
        ("the 1980s", ("1980-01-01/1989-12-31", "range")),
        # ranges and lists
        ("in July and August", ("2021-07-01/2021-08-31", "range")),
        ("between May and July 2019", ("2019-05-01/2019-07-31", "range")),
        ("from 3 to 5 September", ("2021-09-03/2021-09-05", "range")),
        ("12-14 March 2020", ("2020-03-12/2020-03-14", "range")),
        ("2012-2016", ("2012-01-01/2016-12-31", "range")),
        ("since 2018", ("2018-01-01/2021-09-08", "range")),
        ("since March 2011", ("2011-03-01/2021-09-08", "range")),
        ("since Monday", ("2021-09-06/2021-09-08", "range")),
    ],
)
def test_dates_resolve_against_publication(expression, expected):
    assert resolve(expression, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "expression",
    ["for months", "three years", "months", "decades", "a 10-year-old", "24 hours", "11:21 am", "5 pm",
     "the same day", "the next day", "the following week", "daily", ""],
)
def test_dates_no_point_in_time(expression):
    assert resolve(expression, WEDNESDAY) is None


def test_dates_without_publication_only_absolute_dates_resolve():
    assert resolve("on 3 September 2020", None) == ("2020-09-03", "day")
    assert resolve("in 2011", None) == ("2011", "year")
    assert resolve("July and August 2020", None) == ("2020-07-01/2020-08-31", "range")
    for relative in ("on Wednesday", "yesterday", "last week", "since 2018", "in July", "Sept. 3"):
        assert resolve(relative, None) is None


def test_dates_publication_may_be_a_date():
    assert resolve("yesterday", date(2021, 9, 8)) == ("2021-09-07", "day")


def test_dates_dateparser_would_be_a_week_off():
    """dateparser (PREFER_DATES_FROM=past) reads a Wednesday in a Wednesday story as 2021-09-01."""
    assert resolve("Wednesday", WEDNESDAY) == ("2021-09-08", "day")
    assert resolve("Wednesday", datetime(2021, 9, 9)) == ("2021-09-08", "day")
    assert resolve("Wednesday", datetime(2021, 9, 7)) == ("2021-09-01", "day")


def test_dates_year_boundaries():
    new_year = datetime(2022, 1, 3)  # a Monday
    assert resolve("last month", new_year) == ("2021-12", "month")
    assert resolve("last week", new_year) == ("2021-12-27/2022-01-02", "range")
    assert resolve("on Dec. 30", new_year) == ("2021-12-30", "day")
    assert resolve("in December and January", new_year) == ("2021-12-01/2022-01-31", "range")
    assert resolve("on Friday", new_year) == ("2021-12-31", "day")


def test_dates_parts_of_years():
    assert resolve("the first half of 2020", None) == ("2020-01-01/2020-06-30", "range")
    assert resolve("the third quarter of 2019", None) == ("2019-07-01/2019-09-30", "range")
    assert resolve("Q4 2019", None) == ("2019-10-01/2019-12-31", "range")
    assert resolve("the second half of last year", WEDNESDAY) == ("2020-07-01/2020-12-31", "range")
    assert resolve("January last year", WEDNESDAY) == ("2020-01", "month")
    assert resolve("May 26 last year", WEDNESDAY) == ("2020-05-26", "day")
    assert resolve("May 26 last year", None) is None


def test_dates_seasons():
    spring = datetime(2009, 3, 30)
    assert resolve("last summer", spring) == ("2008-06-01/2008-08-31", "range")
    assert resolve("this summer", spring) == ("2009-06-01/2009-08-31", "range")
    assert resolve("last winter", spring) == ("2008-12-01/2009-02-28", "range")
    assert resolve("the summer of 2014", spring) == ("2014-06-01/2014-08-31", "range")


def test_dates_day_ranges_within_a_month():
    assert resolve("May 8-9", WEDNESDAY) == ("2021-05-08/2021-05-09", "range")
    assert resolve("Aug. 21-30, 2009", None) == ("2009-08-21/2009-08-30", "range")
    assert resolve("Monday, March 30", datetime(2009, 3, 31)) == ("2009-03-30", "day")


def test_dates_narrative_relative_is_not_resolved():
    assert resolve("the previous year", WEDNESDAY) is None
    assert resolve("that day", WEDNESDAY) is None


def test_dates_planned_events_look_forward():
    assert resolve("on Friday", WEDNESDAY, prefer_future=True) == ("2021-09-10", "day")
    assert resolve("on Wednesday", WEDNESDAY, prefer_future=True) == ("2021-09-08", "day")
    assert resolve("on Sept. 1", WEDNESDAY, prefer_future=True) == ("2022-09-01", "day")
    assert resolve("next month", WEDNESDAY) == ("2021-10", "month")


def test_dates_numeric_order():
    assert resolve("12/31/2020", None) == ("2020-12-31", "day")  # only month first is a date
    assert resolve("08/10/2021", WEDNESDAY) == ("2021-08-10", "day")  # day first would be after publication
    assert resolve("09/08/2021", WEDNESDAY) == ("2021-08-09", "day")  # both possible: day first
    assert resolve("30 February 2020", None) is None


def _values(nlp, text, published=WEDNESDAY):
    found = find_dates(nlp(text), published)
    for value in found:
        assert text[value.start:value.end] == value.text
    return [(v.text, v.value, v.precision) for v in found]


def test_dates_find_in_sentences(nlp):
    text = ("Militants stormed the border post on Monday, two days after a car bomb killed five soldiers. "
            "The army has been shelling the valley since 2019.")
    assert _values(nlp, text) == [
        ("Monday", "2021-09-06", "day"),
        ("since 2019", "2019-01-01/2021-09-08", "range"),
    ]


def test_dates_find_joins_adjacent_months_not_distant_years(nlp):
    found = _values(nlp, "Heavy rains in March and April displaced farmers, as in 2009 and 2014.")
    assert ("March and April", "2021-03-01/2021-04-30", "range") in found
    assert ("2009", "2009", "year") in found
    assert ("2014", "2014", "year") in found


def test_dates_find_explicit_ranges(nlp):
    found = _values(nlp, "Curfews were imposed from 12 to 14 March 2020 and between June and August.")
    assert ("from 12 to 14 March 2020", "2020-03-12/2020-03-14", "range") in found
    assert ("between June and August", "2021-06-01/2021-08-31", "range") in found


def test_dates_find_skips_durations_ages_and_clock_times(nlp):
    text = "A 12-year-old girl who had been missing for weeks was found at 6 pm after three years of war."
    assert _values(nlp, text) == []


def test_dates_find_what_the_model_misses(nlp):
    found = _values(nlp, "Posted on Aug 30, 2021 at 9:05 am. Clashes resumed on 2021-08-29.")
    assert ("Aug 30, 2021", "2021-08-30", "day") in found
    assert ("2021-08-29", "2021-08-29", "day") in found


def test_dates_find_keeps_last_and_next(nlp):
    found = _values(nlp, "Talks collapsed last Friday; envoys will return next Tuesday.")
    assert ("last Friday", "2021-09-03", "day") in found
    assert ("next Tuesday", "2021-09-14", "day") in found


def test_dates_find_future_verb_reads_weekday_ahead(nlp):
    found = _values(nlp, "Negotiators will meet again on Friday in Geneva.")
    assert found == [("Friday", "2021-09-10", "day")]


def test_dates_find_without_publication(nlp):
    found = _values(nlp, "The convoy was hit on Tuesday, weeks after the 4 May 2020 raid.", published=None)
    assert found == [("4 May 2020", "2020-05-04", "day")]


def test_dates_example_story(nlp, example_text):
    found = find_dates(nlp(example_text), datetime(2021, 9, 8, 11, 21))
    by_text = {}
    for value in found:
        assert example_text[value.start:value.end] == value.text
        by_text.setdefault(value.text, []).append((value.value, value.precision))
    assert by_text["Wednesday"] == [("2021-09-08", "day")]
    assert by_text["July and August"] == [("2021-07-01/2021-08-31", "range")] * 2
    assert by_text["since 2018"] == [("2018-01-01/2021-09-08", "range")]
    assert by_text["2011"] == [("2011", "year")]
    assert "months" not in by_text and "for months" not in by_text


def test_dates_reported_future_looks_forward(nlp):
    # published on a Wednesday: the talks "would" hold are the coming Friday's, the shelling was last Monday
    text = "The council said it would meet the rebel envoys on Friday. Gunmen shelled the market on Monday."
    assert _values(nlp, text) == [("Friday", "2021-09-10", "day"), ("Monday", "2021-09-06", "day")]


def test_dates_a_date_before_the_reported_clause_dates_the_saying(nlp):
    # the small parser hangs "on Tuesday" on "send", but it says when the ministry spoke
    text = "The ministry said on Tuesday it would send more police."
    assert _values(nlp, text) == [("Tuesday", "2021-09-07", "day")]


@pytest.mark.parametrize("expression", ["Feb. 29", "February 30", "April 31"])
def test_dates_a_day_the_publication_year_lacks_is_no_date_not_a_crash(expression):
    # A typo or a leap day in a year without one used to raise ValueError and lose the whole article.
    assert resolve(expression, date(2022, 3, 7)) is None


@pytest.mark.parametrize("expression, published", [
    ("99999999 days ago", date(2022, 3, 7)),
    ("1000000 years ago", date(2022, 3, 7)),
    ("29 February", date(9999, 12, 31)),
])
def test_dates_an_expression_beyond_the_calendar_is_no_date_not_a_crash(expression, published):
    assert resolve(expression, published) is None


def test_dates_unanchored_lists_what_only_a_publication_day_would_date(nlp):
    doc = nlp("Gunmen raided a clinic yesterday and again on Sunday; the siege began on 2 May 2019.")
    assert [d.text for d in dates.unanchored(doc)] == ["yesterday", "Sunday"]
    # an absolute date needs no anchor
    assert dates.unanchored(nlp("The siege began on 2 May 2019.")) == []


def test_dates_a_number_counting_a_noun_is_no_year(nlp):
    # A count that looks like a year: no date, with or without a publication day.
    for published in (None, WEDNESDAY):
        assert _values(nlp, "Bandits looted the mining camp at dawn and abducted 1850 workers.", published) == []
    found = _values(nlp, "Voters recalled the 2017 elections and the floods in 2019.", published=None)
    assert ("2017", "2017", "year") in found
    assert ("2019", "2019", "year") in found


def test_unanchored_scans_the_text_once_and_gives_what_two_scans_gave(nlp, monkeypatch):
    from sitrep import dates as dates_module

    doc = nlp("Militias clashed yesterday near the dam; on 3 May 2023 talks began, and they resume on Friday "
              "after last week's and next month's meetings in July and August.")
    two_scans = [d for d in dates_module.find_dates(doc, dates_module._ANY_DAY)
                 if (d.start, d.end) not in {(a.start, a.end) for a in dates_module.find_dates(doc, None)}]
    calls = []
    scan = dates_module._expressions
    monkeypatch.setattr(dates_module, "_expressions", lambda d: calls.append(1) or scan(d))
    assert dates_module.unanchored(doc) == two_scans
    assert [d.text for d in two_scans] and len(calls) == 1


def test_missed_patterns_found_after_the_word_start_shortcut():
    # every branch of _MISSED starts a word with a digit, a capital or y/t/l (any case): the shortcut
    # that checks this first must keep each of them, and nothing inside a word
    from sitrep.dates import _MISSED
    text = ("YESTERDAY the market shut; Tonight, on Friday 4th of May 2019, and on 12/05/21, "
            "then 2020-01-02, this Evening and June 3, not x3 May or payday.")
    assert [m.group() for m in _MISSED.finditer(text)] == [
        "YESTERDAY", "Tonight", "Friday 4th of May 2019", "12/05/21", "2020-01-02", "this Evening", "June 3"]
