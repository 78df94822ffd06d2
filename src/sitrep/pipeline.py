"""The whole pipeline for one article: parse, find mentions, build events.

article (text, title, url, published, dateline) -> spaCy parse -> mentions
(places, dates, figures, sources) -> events. Stages are pure; storage is elsewhere.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Callable, Iterable, Iterator, Optional

from spacy.tokens import Doc

from . import countries, dates, figures, nlp, places, sources
from .events import Mentions, build_events
from .ingest import make_article
from .models import Article, Event


def find_mentions(doc: Doc, article: Article) -> Mentions:
    dateline_place = article.dateline.place
    ents = nlp.entities(doc)  # read once per Doc, shared with actors and roles: each read rebuilds every entity Span
    found_places = places.find_places(doc, dateline_place=dateline_place, ents=ents)
    text = nlp.text_of(doc)
    # neither the filing place nor a source's seat ("the Geneva-based monitor") says whose story it is
    place_countries = Counter(
        p.country
        for p in found_places
        if p.country and not (dateline_place and p.start < dateline_place.end and dateline_place.start < p.end)
        and not places.source_seat(text, p.end)
    )
    country_hint = countries.alpha3(place_countries.most_common(1)[0][0]) if place_countries else None
    attributions = sources.find_attributions(doc)
    published_span = article.dateline.published_span
    # the publication line's own date says when the story was filed, not when anything happened
    event_dates = [
        d for d in dates.find_dates(doc, article.published, ents)
        if not (published_span and d.start < published_span.end and published_span.start < d.end)
    ]
    return Mentions(
        places=_without_origins(doc, text, found_places),
        dates=event_dates,
        figures=figures.find_figures(doc, attributions),
        attributions=attributions,
        dateline_place=dateline_place,
        country_hint=country_hint,
    )


def _without_origins(doc: Doc, text: str, found: list) -> list:
    """The places events may be located at: a place fire came from ("rockets fired from Gaza that landed
    near Sderot", "shelling from Donetsk hit Horlivka") is left out when its sentence names another place,
    where the fire landed. Recognition (and the article's country) still count it."""
    origins = [p for p in found if places.fired_from(doc, text, p.start)]
    if not origins:
        return found
    dropped = set()
    for origin in origins:
        span = doc.char_span(origin.start, origin.start + 1, alignment_mode="expand")
        if span is None:
            continue
        first, last = nlp.sentence_bounds(doc, span.start)
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
        if any(start <= p.start < end and p not in origins for p in found):
            dropped.add(id(origin))
    return [p for p in found if id(p) not in dropped]


def extract_article(article: Article, doc: Optional[Doc] = None) -> list[Event]:
    """Events of one article. `doc` may be given when the text was parsed already (batch runs)."""
    doc = doc if doc is not None else nlp.parse(article.text)
    if "sitrep_text" not in doc.user_data and _same_length(doc, article.text):
        # spaCy's tokenizer keeps every character, so the Doc's text is the article's: seeding
        # the cache spares re-joining all tokens (a few ms an article)
        doc.user_data["sitrep_text"] = article.text
    try:
        return build_events(doc, article, find_mentions(doc, article))
    finally:
        nlp.drop_memos(doc)  # (an article that fails must not keep its Doc's cycle either)


def undated_warning(article: Article, doc: Doc) -> Optional[str]:
    """Why events of an article may have no date: with no publication time (metadata or dateline),
    "yesterday" or "on Monday" cannot be dated. None when there is a time or nothing relative. The hint
    names both ways to give the time (the CLI's option and the API's JSON field): the web API returns it too."""
    if article.published is not None:
        return None
    relative = list(dict.fromkeys(d.text for d in dates.unanchored(doc)))
    if not relative:
        return None
    shown = ", ".join(f"'{text}'" for text in relative[:3]) + (" ..." if len(relative) > 3 else "")
    verb = "gives" if len(relative) == 1 else "give"
    return (f"{article.source_path or 'the article'}: no publication time in its metadata or dateline, so {shown} "
            f"{verb} no date; give its publication date (--published YYYY-MM-DD on the command line, "
            f"a 'published' field in JSON)")


def _same_length(doc: Doc, text: str) -> bool:
    """Whether the Doc spans all of `text` (a cheap check that it was parsed from it)."""
    if not len(doc):
        return not text
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text)


def extract_articles(
    articles: Iterable[Article],
    batch_size: int = 16,
    on_error: Optional[Callable[[Article, Exception], None]] = None,
) -> Iterator[tuple[Article, list[Event]]]:
    """Events of many articles, parsed in batches with spaCy's nlp.pipe (faster than one at a time).

    With `on_error`, an article whose extraction fails is reported there and skipped, so one bad
    article cannot end a long run; without it the exception propagates."""
    model = nlp.load()
    pending: list[Article] = []

    def flush():
        docs = model.pipe([a.text for a in pending], batch_size=batch_size)
        for article, doc in zip(pending, docs):
            try:
                events = extract_article(article, doc)
            except Exception as exc:  # noqa: BLE001 - reported to the caller, who asked to go on
                if on_error is None:
                    raise
                on_error(article, exc)
                continue
            yield article, events
        pending.clear()

    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def extract(
    text: str,
    published: Optional[datetime | str] = None,
    url: Optional[str] = None,
    title: Optional[str] = None,
) -> list[Event]:
    """The events of one article's text. The Python API's entry point. `published` is a date, a
    datetime or an ISO 8601 string; anything else raises InputError (ingest, reading many records,
    leaves such a date out instead)."""
    from .ingest import given_published

    given_published(published)
    return extract_article(make_article(text, title=title, url=url, published=published))
