"""Event typing: trigger words -> PLOVER type and mode, CAMEO root, read in their clause.

From data, not code: `data/event_lexicon.yaml`, a trigger lexicon of verbs and eventive nouns
grounded in the CAMEO and PLOVER codebooks (ACLED sub-event types are `sitrep.acled`'s).

    trigger_type(token) -> TriggerType | None   the word's own type (lexicon entry)
    event_type(token) -> TriggerType | None     that type read in its clause
    typed_triggers(sentence) -> [(token, TriggerType)]
    rallied_against(token) -> Token | None      the party a call to act against names
    verb_read_as_modifier(token) -> Token|None  a past tense the parser took for its object's modifier: the object
    lexicon() -> the parsed lexicon (cached)

How the work is split, one concern a module:
  loader       the lexicon file parsed into dict lookups (TriggerType, entries, idioms, word lists)
  subjects     entries for one kind of subject (armed, crowd, ...), and phrases naming a party
  phrases      verb phrases and idioms around a verb, and the word forms keys are written in
  triggers     `trigger_type`: finding a token's entry, and words that are no trigger at all
  naming       words that name, not report: inside a proper name ("the Strike Force Command"), or an event
               noun naming a kind of thing ("a war monitor", "an aid worker")
  force        clause readings of force: orders, joint acts, tests and help, crowd control
  relations    clause readings of measures between states: envoys, borders, trade bans, talks left
  handovers    clause readings of people and goods changing hands: suspects, contracts, release
  speech       clause readings of things said: promises, prospects, calls, rallies, blame
  conventions  the codebook's word classes for a clause's modality (intent, must, refusal)
  clause       `event_type`, `typed_triggers`

The package's public surface is `__all__` below. Inside the package, a module's names without a leading
underscore are shared with its sibling modules; names with one stay in their module.
"""
from __future__ import annotations

from .clause import event_type, typed_triggers
from .loader import LEXICON, TriggerType, lexicon
from .speech import rallied_against
from .triggers import trigger_type, verb_read_as_modifier

__all__ = ["TriggerType", "trigger_type", "event_type", "typed_triggers", "rallied_against", "verb_read_as_modifier", "lexicon",
           "LEXICON"]
