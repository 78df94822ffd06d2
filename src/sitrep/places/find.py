"""`find_places` and `resolve_spans`: the order the steps run in, from a parsed article (or given
spans) to resolved `Location`s."""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Optional, Sequence

from spacy.symbols import PERSON  # (an entity label's id: comparing it spares a string look-up per entity)
from spacy.tokens import Doc, Span as SpacySpan

from sitrep.models import Location, Span
from sitrep.nlp import dependency_tree, text_of
from .demonyms import DEMONYM, demonym_place
from .enclose import drop_lone_hamlets, drop_stray_towns, enclose_unknown, follow_stated_country, site_in_named_town, without_stray_villages
from .index import gazetteer
from .mention import Mention, location
from .names import clean, kind_hint_in_text, matches_for, metropolitan, prominent, source_seat
from .notplaces import (
    CODE, full_name_surnames, given_names, names_a_currency, names_a_relative, names_a_thing, names_something_else,
    people_names,
)
from .patterns import (
    caps_datelines, coordinated_areas, coordinated_streets, extend_to_known_names, kind_of_names, merge_pairs,
    party_homes, protected_areas, repeats, trim_city_word,
)
from .recognise import listed_with_a_place, near_a_place, plausible, recognise_mentions
from .resolve import context_counts, resolve_mentions


def find_places(doc: Doc, dateline_place: Optional[Span] = None, country_hints: Iterable[str] = (),
                ents: Optional[Sequence[SpacySpan]] = None) -> list[Location]:
    """Every toponym mention in the Doc, resolved, in text order.

    `country_hints` are ISO alpha-2 codes the caller already believes in (from actors, the
    source). The dateline place, when it lies in the Doc, is returned like any other mention
    and counts as context; callers exclude it from event locations. `ents` is `doc.ents` when the
    caller read it already (each read rebuilds every entity Span).
    """
    gaz = gazetteer()
    hints = list(country_hints)
    ents = doc.ents if ents is None else ents  # read once: spaCy rebuilds every entity Span on each read
    sure, maybe = recognise_mentions(doc, ents, gaz)
    text = text_of(doc)
    # "H5N1", "H1N1": a strain's code the model called a place
    sure = [m for m in sure if not names_something_else(m, text) and (m.matches or not CODE.search(m.text))]
    maybe = [m for m in maybe if not names_something_else(m, text)]
    datelines = caps_datelines(doc, gaz)
    for dateline in datelines + party_homes(doc, gaz):
        sure = [m for m in sure if not (m.start < dateline.end and dateline.start < m.end)] + [dateline]
        maybe = [m for m in maybe if not (m.start < dateline.end and dateline.start < m.end)]
    surnames = full_name_surnames(doc, ents, gaz)
    # A surname after a common given name ("Margaret Fullerton") is the person's wherever a town of
    # the name is not a metropolis; other full names leave a city of 100,000 its place.
    words = dependency_tree(doc).texts  # by index: ent[i] builds a Token
    named = {words[ent.end - 1].lower() for ent in ents if ent.label == PERSON and len(ent) >= 2
             and words[ent.start] in given_names() and words[ent.end - 1].lower() in surnames}
    sure = [m for m in sure if m.text.lower() not in surnames or (
        metropolitan(m.matches) if m.text.lower() in named else prominent(m.matches))]
    if dateline_place is not None and not any(s.start <= dateline_place.start < s.end for s in sure):
        promoted = [m for m in maybe if m.start <= dateline_place.start < m.end]
        maybe = [m for m in maybe if m not in promoted]
        sure.extend(promoted)
        if not promoted and text_of(doc)[dateline_place.start:dateline_place.end] == dateline_place.text:
            start, end = clean(doc, dateline_place.start, dateline_place.end)
            matches = gaz.matches(text_of(doc)[start:end])
            if matches:
                sure.append(Mention(start, end, text_of(doc)[start:end], matches))
    for m in sure + maybe:
        trim_city_word(m, text, gaz)
    sure, maybe = extend_to_known_names(sure, maybe, text_of(doc), gaz)
    sure = merge_pairs(sorted(sure, key=lambda m: m.start), text_of(doc), gaz)
    resolve_mentions(sure, text_of(doc), hints)
    # "the Paris-based monitor": where a source sits says nothing of where the article's places are
    # nor does the dateline: "AMMAN (AP) - ... near Daraa" is filed in Jordan about Syria
    filed_at = [(d.start, d.end) for d in datelines]
    if dateline_place is not None:
        filed_at.append((dateline_place.start, dateline_place.end))
    unseated = [m for m in sure if not source_seat(text, m.end)]
    countries, _ = context_counts(unseated, hints)
    reported_on = [m for m in unseated if not any(m.start < end and start < m.end for start, end in filed_at)]
    # the countries of the places the article reports on (not where it was filed), when a dateline was among them
    reported = context_counts(reported_on, hints)[0] if len(reported_on) < len(unseated) else countries
    people = people_names(doc, ents)

    def not_a_person(m: Mention) -> bool:
        return m.text.lower() not in people or any(
            c.kind == "name" and c.place.feature_code in ("PCLI", "ADM1") for c in m.matches)

    kept = [m for m in maybe if (plausible(m, countries, text_of(doc)) or listed_with_a_place(m, sure, text) or near_a_place(m, sure, text)
                                 or reported != countries and plausible(m, reported, text))
            and not_a_person(m)]
    areas = coordinated_areas(doc, gaz)
    if areas:  # "Jackson and Franklin counties": the names are counties, whatever the model said
        spans = {(a.start, a.end) for a in areas}
        sure = [m for m in sure if (m.start, m.end) not in spans]
        kept = [m for m in kept if (m.start, m.end) not in spans]
        kept += [a for a in areas if not any(m.start < a.end and a.start < m.end for m in sure + kept)]
    parks = protected_areas(doc, gaz) + coordinated_streets(doc)
    if parks:  # "Gallatin National Forest", "Pelham and Wexley streets": what the name is, whatever the model said
        sure = [m for m in sure if not any(p.start < m.end and m.start < p.end for p in parks)]
        kept = [m for m in kept if not any(p.start < m.end and m.start < p.end for p in parks)] + parks
    kept += [k for k in kind_of_names(doc, gaz) if not any(m.start < k.end and k.start < m.end for m in sure + kept)]
    kept += [m for m in repeats(doc, ents, sure + kept) if not names_a_thing(m, text)
             and not names_a_relative(m, text) and not names_a_currency(m, text)]
    if kept:
        mentions = merge_pairs(sorted(sure + kept, key=lambda m: m.start), text_of(doc), gaz)
        for m in mentions:
            m.scores.clear()
        resolve_mentions(mentions, text_of(doc), hints)
        # The model's own places may first read as another country ("Moscow" as Russia until "the
        # Latah County Sheriff" places it in Idaho): names turned down in that light get a second look.
        second = _second_look(maybe, mentions, context_counts(
            [m for m in mentions if not source_seat(text, m.end)], hints)[0], countries, text, not_a_person)
        if second:
            mentions = merge_pairs(sorted(mentions + second, key=lambda m: m.start), text, gaz)
            for m in mentions:
                m.scores.clear()
            resolve_mentions(mentions, text, hints)
    else:
        mentions = sure
    drop_lone_hamlets(mentions, text_of(doc))
    mentions = without_stray_villages(mentions)
    drop_stray_towns(mentions, text_of(doc))
    follow_stated_country(mentions, text_of(doc))
    site_in_named_town(mentions, gaz, text_of(doc))
    enclose_unknown(mentions, gaz, text_of(doc))
    return [location(m) for m in mentions]


def _second_look(maybe: Sequence[Mention], mentions: Sequence[Mention], countries: Counter, first: Counter,
                 text: str, not_a_person) -> list[Mention]:
    """Possible mentions turned down against the first reading of the article's countries that
    are plausible against the countries of all its places, once these changed."""
    same = [c for c, _ in countries.most_common(1)] == [c for c, _ in first.most_common(1)]
    if same and not any(m.attacked for m in maybe):
        return []
    found = []
    for m in maybe:
        if same and not m.attacked:
            continue  # only what a verb of attack hit may find its country among the places kept since
        if any(o.start < m.end and m.start < o.end for o in mentions):
            continue
        # Another mention of that very name must not vouch for it ("Ashby" read once as a town), unless
        # a city of 100,000, a state or a country bears it (as repeats of such names are kept).
        own = set() if prominent(m.matches) else {
            o.best.place.country for o in mentions if o.best is not None and o.text.lower() == m.text.lower()}
        context = countries - Counter(own) if own else countries
        if plausible(m, context, text) and not_a_person(m):
            found.append(m)
    return found


def resolve_spans(text: str, spans: Sequence[tuple[int, int]], country_hints: Iterable[str] = ()) -> list[Location]:
    """Resolve given toponym spans (character offsets into `text`) together, each with the others as context."""
    gaz = gazetteer()
    mentions = []
    for s, e in spans:
        name = text[s:e]
        matches = matches_for(gaz, name)
        # "Canadian" names a few hamlets, but as a toponym it stands for Canada.
        # A town's own name of 10,000 people or more, shaped like a demonym ("-i", "-ese"), is no demonym.
        if not matches or (name[:1].isupper() and DEMONYM.search(name) and not any(
                m.place.population >= 100_000 or m.place.feature_code == "PCLI"
                or m.place.feature_code == "ADM1" and m.place.population >= 10_000  # not "German", a Manx parish
                or m.kind == "name" and m.place.population >= 10_000 for m in matches)):
            demonym = demonym_place(name)
            if demonym is not None:
                matches = [demonym]
        mentions.append(Mention(s, e, name, matches, kind_hint_in_text(text, s, e)))
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    ordered = [mentions[i] for i in order]
    resolve_mentions(ordered, text, country_hints)
    drop_lone_hamlets(ordered, text)
    drop_stray_towns(ordered, text)
    site_in_named_town(ordered, gaz, text)
    enclose_unknown(ordered, gaz, text)
    return [location(m) for m in mentions]
