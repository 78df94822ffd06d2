"""Date expressions: find them in a parsed article and resolve them against its publication date.

News dates are mostly relative to the day the story was published ("on Wednesday", "last
week", "in July and August"), so every expression is resolved against that day and keeps its
precision: a day "2021-09-08", a month "2021-09", a year "2021" or a range
"2021-07-01/2021-08-31".

Relative expressions are resolved by the rules below rather than by dateparser, whose choices
do not fit news: with PREFER_DATES_FROM=past it reads "Wednesday" in a Wednesday story as the
week before, and it parses anything ("the 1990s", "three years") into some datetime. dateparser
is kept for absolute dates in formats the rules do not cover (see `_dateparser_fallback`).
Without a publication date, absolute dates still resolve and relative ones give None.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Sequence

from spacy.symbols import DATE, TIME  # (entity label ids: comparing them spares a string look-up per entity)
from spacy.tokens import Doc, Span

from sitrep.models import DateValue
from sitrep.modality import reported_future
from sitrep.nlp import dependency_tree, text_of

Resolution = tuple[str, str]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2, "couple of": 2,
}
# Vague counts ("a few days ago") become a range of counts.
VAGUE_COUNTS = {"a few": (2, 6), "few": (2, 6), "several": (2, 6), "some": (2, 6)}
# Northern-hemisphere seasons as (first month, number of months).
SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_WEEKDAY = r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_COUNT = (
    r"(?P<count>\d+|" + "|".join(sorted(list(NUMBER_WORDS) + list(VAGUE_COUNTS), key=len, reverse=True)) + r")"
)


@dataclass(frozen=True)
class _Period:
    start: date
    end: date
    precision: str  # day | month | year | range

    def resolution(self) -> Resolution:
        if self.precision == "day" or self.start == self.end:
            return self.start.isoformat(), "day"
        if self.precision == "month":
            return f"{self.start:%Y-%m}", "month"
        if self.precision == "year":
            return f"{self.start.year:04d}", "year"
        return f"{self.start.isoformat()}/{self.end.isoformat()}", "range"


def _day(d: date) -> _Period:
    return _Period(d, d, "day")


def _month(year: int, month: int) -> _Period:
    while month < 1:
        year, month = year - 1, month + 12
    while month > 12:
        year, month = year + 1, month - 12
    last = calendar.monthrange(year, month)[1]
    return _Period(date(year, month, 1), date(year, month, last), "month")


def _year(year: int) -> _Period:
    return _Period(date(year, 1, 1), date(year, 12, 31), "year")


def _range(start: date, end: date) -> _Period:
    return _Period(min(start, end), max(start, end), "range")


def _week_of(d: date) -> _Period:
    monday = d - timedelta(days=d.weekday())
    return _range(monday, monday + timedelta(days=6))


def _shift_months(d: date, months: int) -> date:
    first = _month(d.year, d.month + months).start
    return first.replace(day=min(d.day, calendar.monthrange(first.year, first.month)[1]))


# --------------------------------------------------------------------------------------------
# resolve


def resolve(expression: str, published: datetime | None, *, prefer_future: bool = False) -> Resolution | None:
    """Resolve one date expression against the publication date.

    Returns (value, precision): ("2021-09-08", "day"), ("2021-09", "month"), ("2021", "year") or
    ("2021-07-01/2021-08-31", "range"); None for durations, times of day, expressions relative to
    the narrative ("the next day") and relative expressions when `published` is None.
    `prefer_future` reads bare weekdays and year-less dates as upcoming (a planned event).
    """
    anchor = published.date() if isinstance(published, datetime) else published
    try:
        period = _resolve(_normalise(expression), anchor, prefer_future)
    except (OverflowError, ValueError):  # "99999999 days ago", a leap day of year 9999: off the calendar
        return None
    return period.resolution() if period else None


# compiled once: re.sub/fullmatch with a pattern string look it up in re's cache on every call
_POSSESSIVE_S = re.compile(r"'s\b")
_STOP = re.compile(r"(?<!\d)\.|\.(?!\d)")
_WORD_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])|\bmid-")
_COMMA_BEFORE_YEAR = re.compile(r",\s*(?=(?:1[6-9]|20)\d\d\b)")
_WEEKDAY_COMMA = re.compile(r"\b(" + _WEEKDAY + r"),")
_SPACES = re.compile(r"\s+")


def _normalise(expression: str) -> str:
    s = expression.lower().replace("’", "'").replace("‘", "'")
    s = _POSSESSIVE_S.sub("", s)
    s = _STOP.sub(" ", s)  # "sept." -> "sept", keep "11.21"
    s = _WORD_HYPHEN.sub(" ", s)  # "mid-july", "mid-1990s"
    s = _COMMA_BEFORE_YEAR.sub(" ", s)  # "sept 3, 2020": that comma is no list
    s = _WEEKDAY_COMMA.sub(r"\1 ", s)  # "wednesday, sept 8"
    s = _SPACES.sub(" ", s).strip(" ,;:()\"'")
    return s


_FILLERS = re.compile(
    r"^(?:on|in|at|during|of|by|around|about|approximately|circa|throughout|over|within|"
    r"as of|as early as|as recently as|as late as|sometime|some time|the|year|the year|"
    r"(?:the )?(?:morning|afternoon|evening|night) of|"
    r"(?:the )?(?:very )?(?:early|late|mid|middle|end|beginning|start)"
    r"(?: hours)?(?: of| in| on)?)\s+"
)
_TIME_OF_DAY = re.compile(
    r"\s+(?:(?:at|around|about|shortly (?:before|after)|before|after|by)\s+)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a m|p m)|\d{1,2}:\d\d|noon|midday|midnight|dawn|dusk|"
    r"sunrise|sunset|morning|afternoon|evening|night|overnight)\b.*$"
)


_TIME_ZONE = re.compile(r"\s+(?:local time|gmt|utc|[a-z]st|[a-z]dt)$")


def _strip(s: str) -> str:
    """Drop words that do not change which day, month or year is meant."""
    previous = None
    while previous != s:
        previous = s
        s = _FILLERS.sub("", s)
        s = _TIME_OF_DAY.sub("", s)
        s = _TIME_ZONE.sub("", s)
    return s.strip()


_SINCE = re.compile(r"since (.+)")


def _resolve(s: str, pub: date | None, future: bool) -> _Period | None:
    if not s:
        return None
    m = _SINCE.fullmatch(s)
    if m:
        first = _resolve(m.group(1), pub, False)
        if first is None or pub is None or first.start > pub:
            return None
        return _range(first.start, pub)
    parts = _split_list(s)
    if len(parts) > 1:
        return _resolve_list(parts, pub, future)
    stripped = _strip(s)
    for rule in (_relative, _decade, _part_of_year, _numeric, _with_month_name, _year_only, _dateparser_fallback):
        # "last night" is relative as it stands; "tuesday night" once the time of day is gone.
        for candidate in dict.fromkeys((s, stripped)):
            period = rule(candidate, pub, future)
            if period is not None:
                return period
    return None


_LIST_OPENER = re.compile(r"^(?:between|from)\s+")
_DAY_SPAN = re.compile(r"(?<![-/.\d])(\d{1,2})\s*[-–—]\s*(\d{1,2})\b(?![-:/.\d])")
_YEAR_SPAN = re.compile(r"\b(\d{4})\s*[-–—]\s*(\d{4}|\d\d)\b(?![-/])")
_MONTH_DAY_SPAN = re.compile(
    _MONTH + r" (\d{1,2})(?:st|nd|rd|th)? to (\d{1,2})(?:st|nd|rd|th)?\b((?: " + _YEAR + r")?)")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|until|till|through|thru)\s+|\s*[–—]\s*")


def _split_list(s: str) -> list[str]:
    """Split "between july and august", "3 to 5 sept", "2011-2014" into their ends."""
    s = _LIST_OPENER.sub("", s)
    s = _DAY_SPAN.sub(r"\1 to \2", s)  # "3-5 september"
    s = _YEAR_SPAN.sub(_year_span, s)  # "2011-2014", "2011-14"
    s = _MONTH_DAY_SPAN.sub(
        lambda m: f"{m.group(2)} {m.group('month')}{m.group(4)} to {m.group(3)} {m.group('month')}{m.group(4)}", s)
    parts = _LIST_SEPARATOR.split(s)
    return [p for p in (p.strip() for p in parts) if p]


def _year_span(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    if len(second) == 2:
        if int(second) <= 12:
            return m.group(0)  # "2021-09" is a month, not a span of years
        second = first[:2] + second
    return f"{first} to {second}"


def _resolve_list(parts: list[str], pub: date | None, future: bool) -> _Period | None:
    last = _strip(parts[-1])
    year = re.search(r"\b" + _YEAR + r"\b", last)
    month = re.search(r"\b" + _MONTH + r"\b", last)
    periods = []
    for part in parts[:-1]:
        part = _strip(part)
        if re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", part) and month:  # "3 and 5 september 2020"
            part = f"{part} {last[month.start():]}"
        elif year and not re.search(r"\b" + _YEAR + r"\b", part) and re.search(_MONTH, part):
            part = f"{part} {year.group(0)}"  # "july and august 2020"
        periods.append(_resolve(part, pub, future))
    periods.append(_resolve(last, pub, future))
    if any(p is None for p in periods):
        return None
    return _range(min(p.start for p in periods), max(p.end for p in periods))


def _count(word: str) -> tuple[int, int] | None:
    if word.isdigit():
        return int(word), int(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word], NUMBER_WORDS[word]
    return VAGUE_COUNTS.get(word)


def _back(pub: date, unit: str, n: int) -> date:
    if unit == "day":
        return pub - timedelta(days=n)
    if unit == "week":
        return pub - timedelta(weeks=n)
    if unit == "month":
        return _shift_months(pub, -n)
    years = n * (10 if unit == "decade" else 1)
    return _shift_months(pub, -12 * years)


_AGO = re.compile(_COUNT + r" " + _UNIT + r" ago")
_PAST_COUNT = re.compile(r"(?:the )?(?:past|last|recent) " + _COUNT + r" " + _UNIT)
_PAST_UNIT = re.compile(r"(?:the )?(?:past|recent) " + _UNIT)
_RECENT_UNIT = re.compile(r"(?:in )?recent " + _UNIT)
_THIS_UNIT = re.compile(r"(?:(earlier|later) )?(this|last|next|past|current|coming) (week|month|year)")
_WEEKEND = re.compile(r"(?:(this|last|next|past|coming) )?weekend")
_WHICH_WEEKDAY = re.compile(r"(?:(last|this|next|past|coming|this coming|this past) )?(" + _WEEKDAY + r")")
_SEASON = re.compile(
    r"(?:(last|this|next|past|coming) )?(spring|summer|autumn|fall|winter)(?: (?:of )?" + _YEAR + ")?")
_WHICH_MONTH = re.compile(r"(last|this|next|past|coming) " + _MONTH)


def _relative(s: str, pub: date | None, future: bool) -> _Period | None:
    """Expressions anchored on the publication date; None when there is no anchor."""
    if pub is None:
        return None
    if s in {"today", "tonight", "this morning", "this afternoon", "this evening", "earlier today",
             "later today", "overnight", "now"}:
        return _day(pub)
    if s in {"yesterday", "last night", "last evening"}:
        return _day(pub - timedelta(days=1))
    if s == "day before yesterday":
        return _day(pub - timedelta(days=2))
    if s == "tomorrow":
        return _day(pub + timedelta(days=1))
    if s == "day after tomorrow":
        return _day(pub + timedelta(days=2))

    m = _AGO.fullmatch(s)
    if m:
        low, high = _count(m.group("count"))
        unit = m.group("unit")
        start, end = _back(pub, unit, high), _back(pub, unit, low)
        if low != high:
            return _range(start, end)
        if unit == "day":
            return _day(end)
        if unit == "week":
            return _week_of(end)
        if unit == "month":
            return _month(end.year, end.month)
        if unit == "year":
            return _year(end.year)
        return _range(start, pub)
    m = _PAST_COUNT.fullmatch(s) or _PAST_UNIT.fullmatch(s) or _RECENT_UNIT.fullmatch(s)
    if m:
        count = m.groupdict().get("count")
        n = _count(count)[1] if count else (1 if s.split()[-1] in {"day", "week", "month", "year"} else 2)
        if not count and m.group("unit") in {"day", "week"} and s.endswith("s"):
            n = 7 if m.group("unit") == "day" else 3  # "recent days", "the past weeks"
        return _range(_back(pub, m.group("unit"), n), pub)

    m = _THIS_UNIT.fullmatch(s)
    if m:
        when, which, unit = m.groups()
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which, 0)
        if unit == "week":
            week = _week_of(pub + timedelta(weeks=step))
            if step == 0 and when == "earlier":
                return _range(week.start, pub)
            if step == 0 and when == "later":
                return _range(pub, week.end)
            return week
        if unit == "month":
            return _month(pub.year, pub.month + step)
        return _year(pub.year + step)

    m = _WEEKEND.fullmatch(s)
    if m:
        which = m.group(1)
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if which in {"next", "coming"} or (future and which is None):
            saturday = pub + timedelta(days=(5 - pub.weekday()) % 7 or 7)
        return _range(saturday, saturday + timedelta(days=1))

    m = _WHICH_WEEKDAY.fullmatch(s)
    if m:
        which, name = m.group(1), m.group(2)
        target = WEEKDAYS[name]
        back = (pub.weekday() - target) % 7  # on or before: the same day included
        if which in {"last", "past", "this past"}:
            back = back or 7
        elif which in {"next", "coming", "this coming"} or (future and which is None):
            return _day(pub + timedelta(days=(target - pub.weekday()) % 7 or (7 if which else 0)))
        return _day(pub - timedelta(days=back))

    m = _SEASON.fullmatch(s)
    if m:
        which, season, year = m.group(1), m.group(2), m.group("year")
        first, length = SEASONS[season]
        begun = pub.year if pub.month >= first else pub.year - 1  # the latest one begun
        ongoing = pub <= _month(begun, first + length - 1).end
        if year:
            y = int(year)
        elif which in {"last", "past"}:
            y = begun - 1 if ongoing else begun
        elif which == "this":
            y = pub.year - (first == 12 and pub.month < first)
        elif which in {"next", "coming"} or (future and which is None and not ongoing):
            y = begun + 1
        else:
            y = begun
        start = date(y, first, 1)
        return _range(start, _month(y, first + length - 1).end)

    m = _WHICH_MONTH.fullmatch(s)
    if m:
        month = MONTHS[m.group("month")]
        which = m.group(1)
        if which == "this":
            return _month(pub.year, month)
        if which in {"next", "coming"}:
            return _month(pub.year + (month <= pub.month), month)
        return _month(pub.year - (month >= pub.month), month)
    return None


_DECADE = re.compile(r"(?:the )?(1[6-9]\d0|20\d0)s")
_SHORT_DECADE = re.compile(r"(?:the )?'(\d0)s")


def _decade(s: str, pub: date | None, future: bool) -> _Period | None:
    m = _DECADE.fullmatch(s) or _SHORT_DECADE.fullmatch(s)
    if not m:
        return None
    start = int(m.group(1))
    if start < 100:
        start += 1900 if start > 30 else 2000
    return _range(date(start, 1, 1), date(start + 9, 12, 31))


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "last": 4, "final": 4}


def _part_of_year(s: str, pub: date | None, future: bool) -> _Period | None:
    """"the first half of 2021", "the third quarter of 2020", "q3 2020"."""
    m = re.fullmatch(r"(?:the )?(?:(?P<ord>\w+) (?P<part>half|quarter)|q(?P<q>[1-4]))(?: of)? (?P<year>\d{4}|this year|last year)", s)
    if not m:
        return None
    year_text = m.group("year")
    if not year_text[0].isdigit():
        if pub is None:
            return None
        year = pub.year - (year_text == "last year")
    else:
        year = int(year_text)
    months = 6 if m.group("part") == "half" else 3
    index = int(m.group("q")) if m.group("q") else _ORDINALS.get(m.group("ord"))
    if index is None or index > 12 // months:
        return None
    if m.group("ord") in {"last", "final"}:
        index = 12 // months
    first = (index - 1) * months + 1
    return _range(date(year, first, 1), _month(year, first + months - 1).end)


_YEAR_ALONE = re.compile(_YEAR)


def _year_only(s: str, pub: date | None, future: bool) -> _Period | None:
    m = _YEAR_ALONE.fullmatch(s)
    return _year(int(m.group("year"))) if m else None


def _pick_year(month: int, day: int | None, pub: date | None, future: bool) -> int | None:
    """The year of a year-less date: the publication year, unless that puts it well in the
    future (a past event: last year) or, for a planned event, in the past (next year)."""
    if pub is None:
        return None
    # "Feb. 29" or "April 31" may not be a day of that year: compare with the month's last day
    # (_make then finds no such date, rather than the article failing)
    candidate = date(pub.year, month, min(day or 1, calendar.monthrange(pub.year, month)[1]))
    if future:
        if (day and candidate < pub) or (not day and month < pub.month):
            return pub.year + 1
        return pub.year
    # A day or two ahead is timezone slack or a scheduled event, not last year's date.
    if (day and candidate > pub + timedelta(days=31)) or (not day and month > pub.month):
        return pub.year - 1
    return pub.year


def _make(year: int | None, month: int, day: int | None) -> _Period | None:
    if year is None:
        return None
    try:
        return _day(date(year, month, day)) if day else _month(year, month)
    except ValueError:
        return None


_LEADING_WEEKDAY = re.compile(r"^(?:(?:this|last|next) )?" + _WEEKDAY + r" ")
_RELATIVE_YEAR = re.compile(r" (?:of )?(last|this|next) year$")
_MONTH_NAME_DATES = tuple(re.compile(p) for p in (
    _DAY + r" (?:of )?" + _MONTH + r"(?: " + _YEAR + r")?",
    _MONTH + r" (?:the )?" + _DAY + r"(?: " + _YEAR + r")?",
    _MONTH + r"(?: of)?(?: " + _YEAR + r")?",
))


def _with_month_name(s: str, pub: date | None, future: bool) -> _Period | None:
    s = _LEADING_WEEKDAY.sub("", s)  # "wednesday 8 september": the date decides
    relative_year = _RELATIVE_YEAR.search(s)
    if relative_year:  # "may 26 last year"
        if pub is None:
            return None
        s = s[:relative_year.start()] + f" {pub.year + {'last': -1, 'this': 0, 'next': 1}[relative_year.group(1)]}"
    for pattern in _MONTH_NAME_DATES:
        m = pattern.fullmatch(s)
        if m:
            month = MONTHS[m.group("month")]
            day = int(m.group("day")) if "day" in m.groupdict() and m.group("day") else None
            if day is not None and not 1 <= day <= 31:
                return None
            year = int(m.group("year")) if m.group("year") else _pick_year(month, day, pub, future)
            return _make(year, month, day)
    return None


_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:t[\d:.]+z?)?")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_SLASHED_DAY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d\d)")


def _numeric(s: str, pub: date | None, future: bool) -> _Period | None:
    m = _ISO_DAY.fullmatch(s)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _ISO_MONTH.fullmatch(s)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), None)
    m = _SLASHED_DAY.fullmatch(s)
    if m:
        return _day_month_or_month_day(int(m.group(1)), int(m.group(2)), m.group(3), pub)
    return None


def _day_month_or_month_day(a: int, b: int, year_text: str, pub: date | None) -> _Period | None:
    """08/09/2021: day first (international usage) unless only month-first is a valid date or,
    both being valid, only month-first is not after the publication date."""
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    day_first, month_first = _make(year, b, a) if b <= 12 else None, _make(year, a, b) if a <= 12 else None
    if day_first and month_first and pub and day_first.start > pub >= month_first.start:
        return month_first
    return day_first or month_first


_ABSOLUTE_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)?|of|the|at|am|pm|[a-z]{3}|" + _MONTH + "|" + _WEEKDAY)


_MONTH_WORD = re.compile(r"\b" + _MONTH + r"\b")
_YEAR_WORD = re.compile(r"\b" + _YEAR + r"\b")
_DATE_SEPARATORS = re.compile(r"[\s:/.,-]+")


def _dateparser_fallback(s: str, pub: date | None, future: bool) -> _Period | None:
    """Other spellings of an absolute date ("2021 sept 8th"): dateparser, but only when the
    expression names a month and a year, so nothing depends on today's date."""
    if not (_MONTH_WORD.search(s) and _YEAR_WORD.search(s)):
        return None
    if not all(_ABSOLUTE_TOKEN.fullmatch(token) for token in _DATE_SEPARATORS.split(s) if token):
        return None
    data = _date_parser().get_date_data(s)
    if data.date_obj is None or data.period not in {"day", "month", "year"}:
        return None
    d = data.date_obj.date()
    return _day(d) if data.period == "day" else _month(d.year, d.month) if data.period == "month" else _year(d.year)


@lru_cache(maxsize=1)
def _date_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"})


# --------------------------------------------------------------------------------------------
# find_dates

# Date expressions the small model tends to miss (it tags "2021" in "Sep 8, 2021" but not the
# day); the model's DATE/TIME entities are the main source.
_MONTH_CASED = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY_CASED = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# (the leading test is implied by every branch: checked once per position, it spares trying six
# branches at each position of the whole text; every branch starts a word with a digit, a capital, or y/t/l)
_MISSED = re.compile(
    r"\b(?=[\dA-Z]|(?i:[ytl]))(?:"
    r"\b(?:" + _WEEKDAY_CASED + r",?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_CASED
    + r"(?:,?\s+(?:1[6-9]|20)\d\d\b)?"
    r"|\b(?:" + _WEEKDAY_CASED + r",?\s+)?" + _MONTH_CASED + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?!:)"
    r"(?:,?\s+(?:1[6-9]|20)\d\d\b)?"
    r"|\b" + _MONTH_CASED + r",?\s+(?:1[6-9]|20)\d\d\b"
    r"|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)\b"
    r"|\b" + _WEEKDAY_CASED + r"\b"
    r"|\b(?:(?i:yesterday|today|tonight|last night|this (?:morning|afternoon|evening)))\b"
    r")"
)
_MODIFIER_BEFORE = re.compile(
    r"\b(?:since|last|next|this|coming|past|early|late|earlier|later|mid-?)\s*$", re.IGNORECASE
)
_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|thru|[-–—])\s*", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or)\s*|\s*,\s*", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def find_dates(doc: Doc, published: datetime | None, ents: Sequence[Span] | None = None) -> list[DateValue]:
    """Every date expression in the Doc, resolved against the publication date.

    Uses the model's DATE and TIME entities and the patterns it misses, joins ranges and lists
    ("in July and August", "from 3 to 5 September"), includes "since" and "last"/"next" words
    left out of the entity, and skips what is no point in time: durations ("for months"), ages
    ("10-year-old"), bare times of day and dates relative to the narrative ("the next day").
    `ents` is `doc.ents` when the caller read it already (each read rebuilds every entity Span).
    """
    return _dates(doc, _expressions(doc, ents), published)


def _expressions(doc: Doc, ents: Sequence[Span] | None = None) -> list[tuple[int, int]]:
    """The character spans that may be dates, before joining: the model's DATE and TIME entities and the
    patterns it misses, widened by the words before them. They do not depend on the publication date."""
    text = text_of(doc)
    found = [(e.start_char, e.end_char) for e in (doc.ents if ents is None else ents) if e.label in (DATE, TIME)]
    found += [(m.start(), m.end()) for m in _MISSED.finditer(text)]
    return [_widen(text, s, e) for s, e in _union(found)]


def _dates(doc: Doc, spans: list[tuple[int, int]], published: datetime | None,
           checked: dict | None = None) -> list[DateValue]:
    """The date expressions among `spans`, joined and resolved against `published`. `checked` keeps, per
    trimmed span, whether it counts a noun and whether it is planned: they do not depend on `published`."""
    text = text_of(doc)
    checked = {} if checked is None else checked
    values: list[DateValue] = []
    for start, end in _join(text, spans, published):
        start, end = _trim(text, start, end)
        if start >= end:
            continue
        facts = checked.get((start, end))
        if facts is None:
            counts = _counts_a_noun(doc, text, start, end)
            facts = checked[(start, end)] = (counts, False if counts else _planned(doc, start, end))
        if facts[0]:
            continue
        resolution = resolve(text[start:end], published, prefer_future=facts[1])
        if resolution:
            values.append(DateValue(text=text[start:end], start=start, end=end, value=resolution[0],
                                    precision=resolution[1]))
    return values


_FOUR_DIGITS = re.compile(r"\d{4}")


def _counts_a_noun(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a bare four-digit number counts the plural noun after it ("killing 1602 soldiers"):
    a count, not a year. "the 2019 elections", "Kenya's 2022 polls" and "in 2019 protests" keep
    their year: a determiner, possessive or preposition before the number marks it as one."""
    if not _FOUR_DIGITS.fullmatch(text[start:end]):
        return False
    span = doc.char_span(start, end)
    if span is None or len(span) != 1:
        return False
    number = span[0]
    head = number.head
    if number.dep_ != "nummod" or head.i != number.i + 1 or head.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("det", "poss") and c.i < number.i for c in head.children):
        return False
    before = doc[number.i - 1] if number.i > 0 else None
    return before is None or before.pos_ not in ("ADP", "DET", "PART", "PRON")


# Any day serves to tell a relative expression from an absolute one: only the former changes with it.
_ANY_DAY = datetime(2000, 6, 15)


def unanchored(doc: Doc) -> list[DateValue]:
    """The date expressions that only a publication day would date ("yesterday", "on Sunday"): with no
    publication time they give events no date, and a user should be told why. Values are against an
    arbitrary day and mean nothing."""
    # the text is scanned once; only joining and resolving are done for each of the two days
    spans, checked = _expressions(doc), {}
    absolute = {(d.start, d.end) for d in _dates(doc, spans, None, checked)}
    return [d for d in _dates(doc, spans, _ANY_DAY, checked) if (d.start, d.end) not in absolute]


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the words before the entity that change its meaning: "since", "last", "next"."""
    while m := _MODIFIER_BEFORE.search(text, max(0, start - 12), start):
        start = m.start()
    return start, end


def _join(text: str, spans: list[tuple[int, int]], published: datetime | None) -> list[tuple[int, int]]:
    """Join "3 to 5 September", "July and August" (adjacent periods) into one expression."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            prev_start, prev_end = joined[-1]
            gap = text[prev_end:start]
            if _RANGE_GAP.fullmatch(gap) or (
                _LIST_GAP.fullmatch(gap) and _adjacent(text[prev_start:prev_end], text[start:end], published)
            ):
                joined[-1] = (prev_start, end)
                continue
        joined.append((start, end))
    result = []
    for start, end in joined:
        opener = _RANGE_OPENER.search(text, max(0, start - 10), start)
        if opener and re.search(r"\s(?:and|to|until|through|till)\s|[-–—]", text[start:end]):
            start = opener.start()
        result.append((start, end))
    return result


def _adjacent(left: str, right: str, published: datetime | None) -> bool:
    """Two listed dates make one range only when they touch ("July and August"), not when they
    are apart ("in 2011 and 2015")."""
    a, b = resolve(left, published), resolve(right, published)
    if a is None or b is None:
        return a is None and re.fullmatch(r"\W*\d{1,2}(?:st|nd|rd|th)?\W*", left) is not None
    end_a = date.fromisoformat(_bounds(a)[1])
    start_b = date.fromisoformat(_bounds(b)[0])
    return timedelta(0) < start_b - end_a <= timedelta(days=1)


def _bounds(resolution: Resolution) -> tuple[str, str]:
    value, precision = resolution
    if precision == "range":
        first, last = value.split("/")
        return first, last
    if precision == "day":
        return value, value
    if precision == "month":
        y, m = map(int, value.split("-"))
        return f"{value}-01", f"{value}-{calendar.monthrange(y, m)[1]:02d}"
    return f"{value}-01-01", f"{value}-12-31"


_POSSESSIVE_END = re.compile(r"['’]s$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,.;:()\"'":
        end -= 1
    m = _POSSESSIVE_END.search(text[start:end])
    if m:
        end = start + m.start()
    while start < end and text[start] in " \t\n,;:()\"'":
        start += 1
    return start, end


def _before_subject(span, verb) -> bool:
    """Whether a date stands before the subject of the clause it was hung on: in "said on Tuesday it
    would deploy", the small parser may hang "on Tuesday" on "deploy", but it dates the saying."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and span.end <= min(subjects)


_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_PLANNING_VERBS = {"plan", "schedule", "expect", "due", "set"}


def _planned(doc: Doc, start: int, end: int) -> bool:
    """Whether the date hangs on a future verb ("talks will resume on Friday")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    # the walk reads the parse by index: token.head and token.children build a new Token on every call
    tree = dependency_tree(doc)
    heads, pos = tree.heads, tree.pos
    i = span.root.i
    for _ in range(4):
        if pos[i] in ("VERB", "AUX"):
            break
        if heads[i] == i:
            break
        i = heads[i]
    for candidate in (i, heads[i]):
        if tree.lemmas[candidate] in _PLANNING_VERBS:
            return True
        if any(tree.deps[c] in ("aux", "auxpass") and tree.lowers[c] in _FUTURE_AUX for c in tree.children[candidate]):
            return True
        if pos[candidate] in ("VERB", "AUX") and reported_future(doc[candidate]) \
                and not _before_subject(span, doc[candidate]):
            return True  # "said it would hold talks on Tuesday": the coming Tuesday
    return False
