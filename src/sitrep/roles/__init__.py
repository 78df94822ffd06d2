"""Who did it and to whom: the doer (actor1) and the done-to (actor2) of a trigger, from the
dependency parse, coded through the actor dictionary; and which trigger is a sentence's main event.

    participants(trigger, country_hint) -> (actor1, actor2)
    main_event(sentence) -> (trigger, type) | None;  sentence_events(sentence) -> [(trigger, type)]
    sentence_country(sentence) -> the country a sentence is about (ISO alpha-3)

How the work is split, one concern a module:
  syntax       reading the dependency parse (subjects, prepositional objects, "by" agents, parser slips)
  words        word classes several rules share
  mentions     the actor a phrase at a token names (conjuncts, appositions, things standing for
               their owner, ground for its holder), and places named in "in X" phrases
  coref        what a personal pronoun stands for
  doers        candidate phrases for the doer, best first
  targets      candidate phrases for the done-to, best first
  conventions  who is missing from the syntax (unnamed attackers, harmed places, the place an act
               happens in, protests, holders of detainees, addressees), as CAMEO and PLOVER code them
  country      the country of a role-only actor, and of a sentence
  coding       `participants`: the candidates tried in order, then conventions and country rules
  sentence     `sentence_events`, `main_event`
"""
from __future__ import annotations

from .coding import participants
from .country import sentence_country
from .sentence import main_event, sentence_events
from .words import REPORTING_LEMMAS

__all__ = ["participants", "main_event", "sentence_events", "sentence_country", "REPORTING_LEMMAS"]
