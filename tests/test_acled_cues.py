"""acled's rule loading: the first-character lookahead added to rule patterns changes no match; fragments are filled in."""
import re

from sitrep.acled import _compiled_cue


def test_compiled_cue_adds_a_first_character_test_with_the_same_matches():
    flags = re.IGNORECASE
    text = "Gunmen Torched a granary; the Herders later set fire to two huts near the well."
    for pattern in (r"\b(torched|set fire to) (an? |two )?(granary|huts?)\b", r"(?<=the )herders?\b",
                    r"\b(re)?burn\w*", r"(?-i:Gunmen)\s\w+"):
        cue = _compiled_cue(pattern, flags)
        assert cue.pattern.startswith("(?=[")
        plain = re.compile(pattern, flags)
        assert [(m.span(), m.groups()) for m in cue.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert _compiled_cue(r"\b(torched|set fire to)\b", flags).pattern.startswith("(?=[st])")


def test_compiled_cue_leaves_a_pattern_whose_first_character_is_unknown():
    # \w, any character, a negated set, or a pattern that may match the empty string
    for pattern in (r"\w+ed\b", r".{0,5}fire", r"[^.]+ fire", r"(huts)?"):
        assert _compiled_cue(pattern, re.IGNORECASE).pattern == pattern


def test_compiled_cue_keeps_a_pattern_that_opens_with_global_flags():
    # a user's rule file may start a pattern with "(?i)"; wrapping it would make it invalid
    cue = _compiled_cue(r"(?i)torched\b", 0)
    assert cue.pattern == r"(?i)torched\b"
    assert cue.search("They TORCHED it")


def test_rule_exceptions_are_searched_with_the_lookahead_and_keep_the_written_patterns():
    from sitrep.acled import _Rules

    lex = _Rules({"acled": [{"label": "ARREST", "any": [r"\b(detained|arrested)\b"],
                             "not": [r"\b(kidnap\w*|abduct\w*)\b", r"\bransom\b"]}],
                  "acled_labels": {}, "territory_actors": {"state": "army", "non_state": "rebels"}})
    rule = lex.rules[0]
    assert [p.pattern for p in rule.none] == [r"\b(kidnap\w*|abduct\w*)\b", r"\bransom\b"]  # as written
    assert [p.pattern[:8] for p in rule._none_searched] == ["(?=[ak])", "(?=[r])("]
    for text in ("Men ABDUCTED and detained a clerk.", "They detained him and asked a ransom."):
        for lowered in (text.lower(), None):  # the ASCII path (required strings first) and the plain one
            assert rule.evidence(text, lowered) == (0, None)
    assert rule.evidence("Police detained a clerk.", "police detained a clerk.")[0] == 1


_TERRITORY_ACTORS = {"state": "army", "non_state": "rebels"}


def test_a_fragment_is_written_in_place_of_its_name_in_every_list():
    from sitrep.acled import _Rules

    verbs = r"\b(retook|overran)\b"
    lex = _Rules({"fragments": {"taken": verbs},
                  "acled": [{"label": "TERRITORY", "all": [r"^[^.]*?<<taken>>"], "any": ["<<taken>>"],
                             "not": [r"\bvowed to <<taken>>"]}],
                  "acled_labels": {}, "territory_actors": _TERRITORY_ACTORS})
    rule = lex.rules[0]
    assert [p.pattern for p in rule.none] == [r"\bvowed to " + verbs]
    assert rule.evidence("Rebels overran the depot at Kell.", None)[0] == 1
    assert rule.evidence("The army vowed to retook the depot at Kell.", None)[0] == 0  # the `not:` fragment
    assert rule.evidence("The army shelled the depot at Kell.", None)[0] == 0


def test_an_unknown_fragment_is_an_error_naming_the_rule():
    import pytest

    from sitrep.acled import _Rules

    with pytest.raises(ValueError, match=r"rule 0 \(TERRITORY\).*<<taken>>"):
        _Rules({"acled": [{"label": "TERRITORY", "any": ["<<taken>>"]}],
                "acled_labels": {}, "territory_actors": _TERRITORY_ACTORS})


def test_the_shipped_rule_file_defines_every_fragment_it_names():
    # a rule naming a fragment the file lacks fails at load; one defined but not named is dead text
    import re

    import yaml
    from importlib.resources import files

    from sitrep.acled import RULES, rules

    text = (files("sitrep") / "data" / RULES).read_text(encoding="utf-8")
    named = {name for line in text.splitlines() if not line.lstrip().startswith("#")
             for name in re.findall(r"<<(\w+)>>", line)}
    assert named == set(yaml.safe_load(text).get("fragments") or {})
    assert not any("<<" in p.pattern for rule in rules().rules for p in rule.any + rule.all + rule.none)
