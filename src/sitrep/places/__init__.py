"""Places: find every toponym in a parsed article and resolve it to a GeoNames place.

Recognition takes spaCy's GPE/LOC/FAC entities, then adds names the model missed or
mislabelled ("Daraa" tagged ORG, "Deraa al-Balad" tagged PERSON) when the gazetteer or the
alias table knows them and the article's other places make them plausible. Demonyms and
adjectives ("Syrian", "Russian-brokered") are never places.

Resolution scores each candidate by its prominence (population, feature type, how its
name matched) and by the article's context: the countries and admin1 areas of the other
places, "City, State" pairs, nearness to the other places, and the caller's country hints.
Names the gazetteer lacks (streets, buildings, parks, neighbourhoods) are placed in the
article's enclosing place at "district" precision.

    find_places(doc, dateline_place=None, country_hints=()) -> [Location]   every toponym, resolved
    resolve_spans(text, spans, country_hints=()) -> [Location]   given toponym spans, resolved together
    demonym_place(word) -> Match | None   the country a demonym names ("Syrian" -> Syria)
    source_seat(text, end) -> bool   the name ending at `end` says where a source sits ("Geneva-based")
    fired_from(doc, text, start) -> bool   the name starting at `start` is where fire came from ("rockets from Gaza")
    gazetteer() -> Gazetteer   the process-wide index (opened once)

How the work is split, one concern a module:
  index       the process-wide gazetteer handle
  mention     a mention as the steps pass it along, and the Location it becomes
  names       shared word lists, the shape of a name, kind hints, lookups falling back to a name's place part
  demonyms    demonyms and adjectives, and the country one names
  notplaces   names of something else: people, days, laws, diseases, storms, currencies, buildings
  recognise   which spans are mentions: spaCy's entities, names it missed, and when a possible one is kept
  patterns    names found by the words around them: lists of counties and streets, parks, datelines, offices
  resolve     candidate scoring: priors, country share, nearness, list-mates, hints, currency
  enclose     sites and venues placed in their town; readings nothing supports dropped
  find        `find_places`, `resolve_spans`: the order the steps run in
  origin      where fire came from, which is no event's place when the sentence names where it landed

The package's public surface is `__all__` below. Inside the package, a module's names without a leading
underscore are shared with its sibling modules; names with one stay in their module.
"""
from __future__ import annotations

from .demonyms import demonym_place
from .find import find_places, resolve_spans
from .index import gazetteer
from .names import source_seat
from .origin import fired_from

__all__ = ["find_places", "resolve_spans", "demonym_place", "gazetteer", "source_seat", "fired_from"]
