"""The ACLED rule engine's speed-ups keep every match: patterns searched with a first-character lookahead."""
import re
from importlib.resources import files

import yaml

from sitrep import acled

# sentences of our own, each meant to hit one of the patterns (and mixed case, to exercise IGNORECASE)
_TEXTS = [
    "Though first reported as a car bomb, the bang came from a leaking gas cylinder.",
    "Officials initially described it as a mortar round, but it was a grenade.",
    "It was not an air strike but a depot fire. No one was arrested. Police made no arrests.",
    "Investigators ruled out sabotage; the fire was unrelated to the shelling.",
    "The mayor called them Rioters and dismissed the crowd as thugs.",
    "Hundreds MARCHED against the drone strike on the village and lit candles for those it killed.",
    "The army shelled the hills in retaliation for a bombing at the checkpoint.",
    "Two days after an ambush on the convoy, the rebels had already left. Last summer they took the town.",
    "A suspect in the kidnapping was charged over the killing of two guards; a probe into the explosion began.",
    "They beat a herder they suspected of informing on the rebels. In a separate incident, days earlier, troops withdrew.",
    "Since 2019 the group has long held the valley; the following morning it pulled back.",
    "Nothing happened here at all.",
]


def _plain(pattern: re.Pattern) -> re.Pattern:
    """The pattern as written, without the lookahead _compiled_cue puts before it."""
    source = pattern.pattern
    if source.startswith("(?=["):
        source = source[source.index("])(?:") + len("])(?:"):-1]
    return re.compile(source, pattern.flags)


def test_acled_engine_lookahead_patterns_have_a_lookahead():
    # fails if the set-aside and background patterns are compiled as written (the speed-up gone)
    searched = [p for _, p in acled._SET_ASIDE] + [acled._BACKGROUND_MARK, acled._EARLIER_EVENT]
    assert sum(p.pattern.startswith("(?=[") for p in searched) >= 10


def test_acled_engine_lookahead_keeps_every_match():
    searched = [p for _, p in acled._SET_ASIDE] + [acled._BACKGROUND_MARK, acled._EARLIER_EVENT]
    hits = 0
    for pattern in searched:
        plain = _plain(pattern)
        assert plain.groupindex == pattern.groupindex
        for text in _TEXTS + [t.upper() for t in _TEXTS]:
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == expected
            assert pattern.sub(acled._blank, text) == plain.sub(acled._blank, text)
            hits += len(expected)
    assert hits > 20  # the sentences do exercise the patterns


def test_acled_engine_set_aside_blanks_what_it_should():
    told = acled._without_set_aside_versions("It was not an air strike but a fire.")
    assert "air strike" not in told and len(told) == len("It was not an air strike but a fire.")


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_acled_rule_file_has_no_control_characters():
    # long patterns are wrapped in double quotes, where YAML reads "\b" as a backspace and "\t" as a tab:
    # a single backslash written there by mistake would silently change a pattern instead of failing
    data = yaml.safe_load((files("sitrep") / "data" / acled.RULES).read_text(encoding="utf-8"))
    strings = list(_strings(data))
    assert len(strings) > 500
    bad = [s[:60] for s in strings if any(ord(c) < 0x20 for c in s)]
    assert bad == []
