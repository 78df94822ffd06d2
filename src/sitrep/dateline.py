"""Dateline and publication time: where the story was filed and when it was published.

A dateline opens the story: "(Beirut) According to...", "BEIRUT, Sept 8 (Reuters) -",
"BEIRUT (AP) —", "Beirut, 8 September 2021 (AFP) -". Its place is where the reporter filed
from, not where the events happened, so events must not be located there by default.
The publication time comes from a label ("Posted on Sep 8, 2021 at 11:21 am",
"Published: 08/09/2021"), a date line alone near the top, or the dateline's own date.
Relative times ("Updated 3 hours ago") have no anchor and are ignored.
Only regular expressions: this runs before, and without, the spaCy parse.
"""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from sitrep.models import Dateline, Span

# A dateline sits in the first lines, after a possible headline and byline.
_HEAD_LINES = 8
_HEAD_CHARS = 3000

# Parenthesised names that open a story but are no place: agencies, and labels.
_NOT_PLACES = {
    "afp", "ap", "reuters", "dpa", "xinhua", "ians", "pti", "ani", "efe", "ansa", "upi", "cnn",
    "bbc", "aa", "anadolu", "irna", "tass", "ria", "kyodo", "yonhap", "bernama", "wam", "spa",
    "qna", "kuna", "mena", "petra", "nna", "sana", "apa", "belga", "anp", "pap", "kna", "una",
    "afp photo", "ap photo", "reuters photo", "associated press", "the associated press",
    "al jazeera", "update", "updated", "breaking", "breaking news", "exclusive", "opinion",
    "analysis", "editorial", "comment", "live", "watch", "video", "photo", "photos", "listen",
    "file", "file photo", "illustration", "correction", "corrected", "factbox", "explainer",
    "interview", "feature", "news", "original story", "story", "summary", "background", "recap", "world", "sponsored", "advertisement", "note", "editor's note",
}

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|rsday|urday)?\.?"
_DATE = (
    r"(?:" + _WEEKDAY + r",?\s+)?(?:"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+\d{4}"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}-\d\d-\d\d|\d{4}/\d\d?/\d\d?|\d\d?[/.]\d\d?[/.]\d{4})"
)
_TIME = (
    r"(?:\s*(?:,|at|@|-|–|\||T)?\s*"
    r"(?:\d{1,2}[:.h]\d\d(?::\d\d(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?)"
    r"(?:\s*(?:Z|[+-]\d\d:?\d\d|\(?(?:UTC|GMT|[A-Z]{1,3}[SD]?T)\)?(?:\s*[+-]\d{1,2}(?::?\d\d)?)?))?)?"
)
_DATETIME = re.compile(_DATE + _TIME + r"(?![\w:])", re.IGNORECASE)
# A dateline of a date alone, the story after its dash: "March 4, 2024 — Gunmen attacked ..."
_DATE_OPENER = re.compile(r"[\s*_]*(" + _DATE + _TIME + r")\s*(?:-{1,2}|[—–])\s+(?=\S)", re.IGNORECASE)

_LABEL = re.compile(
    r"^[\s*_#>|]*(?:(?P<updated>(?:last\s+)?(?:updated|modified|edited))|first\s+published|published|"
    r"posted|publication\s+date|date\s+published|release\s+date|released|dated?)\b",
    re.IGNORECASE | re.MULTILINE,
)

# Words of a place name: capitalised, with the particles of Arabic and European names.
_PARTICLE = r"(?:al|el|ad|ar|as|ash|az|ed|ez|es|de|del|di|du|da|la|le|les|of|on|upon|sur|am)"
_WORD = r"[A-Z][\w'’.]*(?:-[\w'’.]+)*"
# Words are joined by a space only: a hyphen inside a word belongs to it ("Ras al-Ain"), and one
# separator per gap keeps the match linear.
_NAME = _WORD + r"(?: (?:" + _PARTICLE + r"[ -])?" + _WORD + r"){0,3}"
_CAPS_WORD = r"[A-Z][A-Z'’.]*(?:-[A-Z'’.]+)*"
_CAPS_NAME = _CAPS_WORD + r"(?: (?:" + _PARTICLE.upper() + r"[ -])?" + _CAPS_WORD + r"){0,3}"
# A hyphen needs a space beside it ("CAIRO - ", not "LST-325"); "\ufffd" is a mis-decoded dash.
_DASH = r"(?:-{2,}|\s+-|-(?=\s)|[—–\ufffd]|(?P<colon>:))"
# "Sept 8", "8 September 2021", "Wednesday 8 September 2021", "2021-09-08", "Wednesday"
_WIRE_DATE = (
    r"(?:(?:" + _WEEKDAY + r",?\s+)?(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{1,2}\s+" + _MONTH + r"(?:,?\s+\d{4})?)|\d{4}-\d\d-\d\d|" + _WEEKDAY + r")"
)
_REGION = r"(?!" + _MONTH + r"\s*\d)" + _NAME
# "(Reuters)", and "/AFP/" as some outlets set the credit
_AGENCY = r"(?:\((?P<agency>[^()\n\d]{2,40})\)|/(?P<slash_agency>[A-Za-z][\w .&-]{1,30})/)"
_DATE_AFTER_AGENCY = r"(?:\s*,?\s*(?P<late_date>" + _WIRE_DATE + r"))?"  # "BEIRUT (Reuters) Sept 8, 2021 -"

# "(Beirut) According to ..."
_PAREN_PLACE = re.compile(r"\((?P<place>" + _NAME + r")(?:,\s*" + _NAME + r")?\)\s+(?=\S)")
# "BEIRUT, Lebanon, Sept 8 (Reuters) -", "BEIRUT (AP) —", "BEIRUT —"
_CAPS_DATELINE = re.compile(
    r"(?P<place>" + _CAPS_NAME + r")(?:\s*,\s*(?P<region>" + _REGION + r"))?"
    r"(?:\s*,\s*(?P<date>" + _WIRE_DATE + r"))?\s*(?:" + _AGENCY + _DATE_AFTER_AGENCY + r")?\s*" + _DASH + r"\s*(?=\S)"
)
# "Beirut, 8 September 2021 (AFP) -", "Beirut (AFP) -": mixed case needs a date or an agency.
_NAME_DATELINE = re.compile(
    r"(?P<place>" + _NAME + r")(?:\s*,\s*(?P<region>" + _REGION + r"))?"
    r"(?:\s*,\s*(?P<date>" + _WIRE_DATE + r"))?\s*(?:" + _AGENCY + _DATE_AFTER_AGENCY + r")?\s*" + _DASH + r"\s*(?=\S)"
)


# Every dateline near the top, for place recognition: `detect_dateline` keeps one, at the start of a
# head line, while a scraped page often runs the headline into it ("Storm hits coast ROSWELL - A man...",
# "SOUTH CHARLESTON, W.Va. -- ...", "PLEASANTON, Calif.--", "BEIRUT: ...", "(NEW YORK) --"). The spaCy
# model rarely tags an all-caps word, and the name is the article's home town.
DATELINE_CHARS = 600  # a dateline opens the story: after a headline at most
_OPENS = re.compile(r"(?:^|[\n.!?\"”)\d]\s*|\s{2,})\(?$")  # "(NEW YORK) --" too
_CAPS_PLACE_WORD = r"(?:Mc|Mac|De|La|Le|Du)?[A-Z][A-Z'’]*\.?(?:-[A-Z'’]+)*"  # "DeKALB", "McALLEN" too
_CAPS_OPENER = re.compile(
    rf"(?P<place>{_CAPS_PLACE_WORD}(?: (?:OF |DE |LA |DEL |EL |AL )?{_CAPS_PLACE_WORD}){{0,3}})"
    r"\)?(?:,\s*[A-Z][\w.]*(?: [A-Z0-9][\w.]*)?)?\s*(?:\([^()\n]{1,30}\))?\s*(?:-{2,}|-(?=\s)|[—–]|:(?=\s))")
# A dateline in any case with its agency: "Beirut, Sept. 8 (Reuters) -", "Washington (CNN) --".
_AGENCY_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)?"
                           r"\s*\([A-Z][^()\n]{1,30}\)\s*(?:-{1,2}|[—–])")


def dateline_places(text: str) -> list[tuple[int, int]]:
    """(start, end) of every capitalised dateline place that opens the story or a paragraph near the top."""
    found = []
    for hit in _CAPS_OPENER.finditer(text, 0, DATELINE_CHARS):
        start, end = hit.span("place")
        if _OPENS.search(text[max(0, start - 3):start]):
            found.append((start, end))
    return found


def is_dateline_place(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the place of a dateline near the top: capitalised and opening the story
    or a paragraph, or in any case followed by its agency."""
    if start >= DATELINE_CHARS or not _OPENS.search(text[max(0, start - 3):start]):
        return False
    hit = _CAPS_OPENER.match(text, start)
    return hit is not None and hit.end("place") == end or _AGENCY_AFTER.match(text, end) is not None


def detect_dateline(text: str, published: datetime | None = None) -> Dateline:
    """The place the story was filed from and its publication time, with their spans.

    `published` (from the article's metadata) wins over the time found in the text; the span
    of that text is still reported. Spans satisfy `text[start:end] == span.text`.
    """
    place, wire_date = _find_place(text)
    found_span, found_time = _find_published(text, wire_date)
    return Dateline(
        place=place,
        published=published if published is not None else found_time,
        published_span=found_span if (found_time is not None or published is not None) else None,
    )


def _head_lines(text: str):
    """(offset, line) of the first non-empty lines."""
    count = 0
    for m in re.finditer(r"[^\n]+", text[:_HEAD_CHARS]):
        if m.group().strip():
            yield m.start(), m.group()
            count += 1
            if count >= _HEAD_LINES:
                return


def _find_place(text: str) -> tuple[Span | None, Span | None]:
    for offset, line in _head_lines(text):
        indent = len(line) - len(line.lstrip())
        body = line[indent:indent + 300]  # a dateline is short
        base = offset + indent
        m = _PAREN_PLACE.match(body)
        if m and _is_place(m.group("place")):
            return _span(text, base + m.start("place"), base + m.end("place")), None
        for pattern in (_CAPS_DATELINE, _NAME_DATELINE):
            m = pattern.match(body)
            if not m or not _is_place(m.group("place")):
                continue
            agency = m.group("agency") or m.group("slash_agency")
            if pattern is _NAME_DATELINE and not (m.group("date") or agency):
                continue
            if pattern is _CAPS_DATELINE and not (m.group("date") or agency or m.group("region")):
                if len(m.group("place").split()) > 2:  # an all-caps headline, more likely
                    continue
                if m.group("colon") and len(m.group("place")) < 4:  # "UN: ..." opens a headline
                    continue
            place = _span(text, base + m.start("place"), base + m.end("place"))
            group = "date" if m.group("date") else "late_date"
            date = _span(text, base + m.start(group), base + m.end(group)) if m.group(group) else None
            return place, date
    return None, None


def _is_place(name: str) -> bool:
    # "Monday, March 4, 2024 - ..." opens with its date: a weekday or a month is no place
    if re.fullmatch(_WEEKDAY + "|" + _MONTH, name.strip(" ."), re.IGNORECASE):
        return False
    return name.lower().strip(" .") not in _NOT_PLACES and not any(ch.isdigit() for ch in name)


def _span(text: str, start: int, end: int) -> Span:
    return Span(text=text[start:end], start=start, end=end)


def _find_published(text: str, wire_date: Span | None) -> tuple[Span | None, datetime | None]:
    """Best publication time in the text: a "published/posted" label, then a date standing alone
    near the top, then the dateline's own date, then an "updated" label."""
    labelled, updated = None, None
    for m in _LABEL.finditer(text):
        found = _DATETIME.search(text, m.end(), min(len(text), m.end() + 60))
        if found is None or text[m.end():found.start()].count("\n"):
            continue
        if m.group("updated"):
            updated = updated or found
        else:
            labelled = labelled or found
    standalone = None
    for offset, line in _head_lines(text):
        found = _DATETIME.search(line)
        if found and not re.sub(r"[\W_]+", "", line[:found.start()] + line[found.end():]):
            standalone = _DATETIME.match(text, offset + found.start())
            break
        opener = _DATE_OPENER.match(line)
        if opener:
            standalone = _DATETIME.match(text, offset + opener.start(1))
            break
    for found in (labelled, standalone):
        if found is not None:
            when = _parse_datetime(found.group())
            if when is not None:
                return _span(text, found.start(), found.end()), when
    if wire_date is not None:
        when = _parse_datetime(wire_date.text) if re.search(r"\d{4}", wire_date.text) else None
        if when is not None or updated is None:
            return wire_date, when  # a wire date without a year still marks where the date is
    if updated is not None:
        when = _parse_datetime(updated.group())
        if when is not None:
            return _span(text, updated.start(), updated.end()), when
    return None, None


def _parse_datetime(expression: str) -> datetime | None:
    """An absolute date and time; numeric dates are read day first unless only month first fits."""
    cleaned = re.sub(r"\s+", " ", expression.replace("@", " ")).strip()
    for parser in (_parser("DMY"), _parser("MDY")):
        data = parser.get_date_data(cleaned)
        if data.date_obj is not None:
            return data.date_obj
    return None


@lru_cache(maxsize=2)
def _parser(order: str):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first"})
