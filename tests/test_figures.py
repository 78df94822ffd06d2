"""Figures: what is counted, how many, how sure, and who says so."""
from __future__ import annotations

import pytest

from sitrep import figures


def _figs(nlp, text):
    found = figures.find_figures(nlp(text))
    for f in found:
        assert text[f.start : f.end] == f.text
    return found


def test_figures_example_displacement_is_40000_approx_from_ocha(nlp, example_text):
    found = _figs(nlp, example_text)
    displaced = [f for f in found if f.kind == "displaced" and f.value == 40_000]
    assert len(displaced) == 1
    fig = displaced[0]
    assert fig.qualifier == "approximately"
    assert fig.group == "people, mostly children"
    assert [(s.name, s.kind) for s in fig.sources] == [("OCHA", "un")]


def test_figures_example_war_deaths_are_killed_500000_approx(nlp, example_text):
    killed = [f for f in _figs(nlp, example_text) if f.kind == "killed"]
    assert [(f.value, f.qualifier) for f in killed] == [(500_000, "approximately")]


@pytest.mark.parametrize(
    "text,kind,value,value_max,qualifier",
    [
        ("At least 14 villagers were killed in the raid.", "killed", 14, None, "at_least"),
        ("More than 200 people were wounded.", "injured", 200, None, "at_least"),
        ("Up to 1.5 million residents may have fled the region.", "displaced", 1_500_000, None, "up_to"),
        ("Fewer than thirty protesters were detained.", "arrested", 30, None, "at_most"),
        ("Dozens of fishermen remain missing after the storm.", "missing", 24, 99, "approximately"),
        ("Gunmen kidnapped two hundred and six pupils from the school.", "abducted", 206, None, "exact"),
        ("The attack left tens of thousands homeless.", "displaced", 20_000, 99_999, "approximately"),
        ("The death toll rose to 63 on Sunday.", "killed", 63, None, "exact"),
        ("Some 300 casualties were reported.", "other", 300, None, "approximately"),
    ],
)
def test_figures_kind_value_qualifier(nlp, text, kind, value, value_max, qualifier):
    found = _figs(nlp, text)
    assert [(f.kind, f.value, f.value_max, f.qualifier) for f in found] == [(kind, value, value_max, qualifier)]


def test_figures_two_counts_in_one_sentence_keep_their_kinds(nlp):
    found = _figs(nlp, "The shelling killed seven soldiers and injured 23 others, the ministry said.")
    assert [(f.kind, f.value) for f in found] == [("killed", 7), ("injured", 23)]
    assert all(f.sources and f.sources[0].kind == "government" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire was signed in 2019 after talks in the capital.",
        "The 34-year-old driver was arrested at the scene.",
        "The convoy travelled 45 kilometres before the ambush at 10:30.",
        "The government pledged $40 million to rebuild homes destroyed by the fighting.",
        "Turnout was 62 percent in the district.",
    ],
)
def test_figures_years_ages_distances_money_are_not_figures(nlp, text):
    assert _figs(nlp, text) == []


def test_figures_two_sources_different_figures_stay_apart(nlp):
    text = (
        "Police said 12 people died in the fire. "
        "According to the hospital, 19 people died."
    )
    found = _figs(nlp, text)
    assert sorted(f.value for f in found) == [12, 19]
    by_value = {f.value: [s.name for s in f.sources] for f in found}
    assert by_value[12] == ["Police"] and by_value[19] == ["hospital"]


@pytest.mark.parametrize(
    "words,expected",
    [
        (["40,000"], (40_000, None)),
        (["1.5", "million"], (1_500_000, None)),
        (["twenty", "-", "five"], (25, None)),
        (["a", "dozen"], (12, None)),
        (["two", "dozen"], (24, None)),
        (["hundreds"], (200, 999)),
        (["several", "thousand"], (3_000, 9_999)),
        (["hundreds", "of", "thousands"], (200_000, 999_999)),
        (["banana"], None),
    ],
)
def test_figures_parse_number(words, expected):
    assert figures.parse_number(words) == expected


def test_figures_no_one_is_not_a_count(nlp):
    assert _figs(nlp, "No one was injured when the roof of the depot collapsed.") == []


@pytest.mark.parametrize(
    "text,kind,value,value_max,phrase",
    [
        ("Jets hit the market, killing between 4 and 9 shoppers.", "killed", 4, 9, "between 4 and 9 shoppers"),
        ("Between three and seven guards were wounded.", "injured", 3, 7, "Between three and seven guards"),
        ("The storm left 30 to 45 fishermen missing.", "missing", 30, 45, "30 to 45 fishermen"),
        ("Police arrested 110-140 suspects in the sweep.", "arrested", 110, 140, "110-140 suspects"),
        ("Four or five herders were abducted.", "abducted", 4, 5, "Four or five herders"),
        ("Two to three million villagers have fled.", "displaced", 2_000_000, 3_000_000, "Two to three million villagers"),
    ],
)
def test_figures_ranges_are_one_figure_with_both_bounds(nlp, text, kind, value, value_max, phrase):
    found = _figs(nlp, text)
    assert [(f.kind, f.value, f.value_max, f.text) for f in found] == [(kind, value, value_max, phrase)]


def test_figures_a_toll_rising_from_one_count_to_another_is_the_new_count(nlp):
    found = _figs(nlp, "The death toll rose from 11 to 17 on Monday.")
    assert [(f.kind, f.value, f.value_max) for f in found] == [("killed", 17, None)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Mortar fire killed a shepherd and wounded three herders.", [("killed", 1, "a shepherd"), ("injured", 3, "three herders")]),
        ("A medic was wounded near the crossing.", [("injured", 1, "A medic")]),
        ("Kidnappers seized a teacher outside the school and abducted a pupil.", [("abducted", 1, "a pupil")]),
        ("A fisherman said that the boats had sunk.", []),
    ],
)
def test_figures_one_person_named_by_a_is_a_count_of_one(nlp, text, expected):
    assert [(f.kind, f.value, f.text) for f in _figs(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The shelling killed nine villagers including four children.", [("killed", 9)]),
        ("Fifteen workers, among them two engineers, were abducted.", [("abducted", 15)]),
        ("The ambush killed six soldiers and three porters.", [("killed", 6), ("killed", 3)]),
    ],
)
def test_figures_a_part_of_a_count_is_not_another_count(nlp, text, expected):
    assert [(f.kind, f.value) for f in _figs(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Nearly 30 pilgrims were taken to hospital after the stampede.", [("injured", 30)]),
        ("Eight miners were rushed to hospital with burns.", [("injured", 8)]),
        ("Two paramedics drove 15 villagers to the hospital in Kumba.", [("injured", 15)]),
        ("Six men were taken to the police station.", []),
    ],
)
def test_figures_people_taken_to_hospital_are_injured(nlp, text, expected):
    assert [(f.kind, f.value) for f in _figs(nlp, text)] == expected


def test_figures_a_count_right_after_a_kind_verb_has_its_kind_when_the_parse_goes_astray(nlp):
    # The parser makes "civilians" the subject of "said"; the count still follows "killing" directly.
    text = ("Government troops shelled the hamlet of Tarbun on Tuesday, killing at least 9 farmers, the Kivu Human"
            " Rights Monitor said. Local radio said 3 people were killed.")
    assert [(f.kind, f.value) for f in _figs(nlp, text)] == [("killed", 9), ("killed", 3)]


def test_figures_group_leaves_out_a_source_the_parser_hangs_on_the_count(nlp):
    text = "Army units shelled the village of Kalo on Friday, killing 9 farmers, the Kivu Observatory for Human Rights said."
    [figure] = _figs(nlp, text)
    assert figure.group == "farmers"


@pytest.mark.parametrize("text, expected", [
    ("Clashes between the two clans killed 5 people earlier this week, elders said.", [("killed", 5)]),
    ("Fighting between three rival factions left 8 fighters dead near the border.", [("killed", 8)]),
    ("Both sides lost men: the shelling by the two armies killed 14 soldiers.", [("killed", 14)]),
])
def test_figures_a_count_of_parties_is_no_casualty_count(nlp, text, expected):
    assert [(f.kind, f.value) for f in _figs(nlp, text)] == expected


def test_figures_a_count_beyond_any_population_is_no_figure(nlp):
    # Hostile or garbled text: a 23-digit toll is no count of people, and would overflow int64 columns.
    text = "Shelling killed 99999999999999999999999 people in the town, and 4 soldiers died, officials said."
    assert [(f.kind, f.value) for f in _figs(nlp, text)] == [("killed", 4)]


@pytest.mark.parametrize("text, expected", [
    ("Rebels killed 10 militia in the attack, officials said.", [("killed", 10)]),
    ("Police said 7 militia were wounded in the ambush.", [("injured", 7)]),
    ("Clashes between two rival militias killed 5 people, elders said.", [("killed", 5)]),
])
def test_figures_militia_counted_as_its_members_is_a_casualty_count(nlp, text, expected):
    # "militia" is also the plural of its members ("killed 10 militia"): only "militias" counts parties
    assert [(f.kind, f.value) for f in _figs(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # there is no kind for the rescued or freed: the people counted are abductees, as with "kidnapped"
    ("Soldiers freed 11 of the abducted farmers near the border, the army said.", [("abducted", 11)]),
    ("Soldiers freed 11 abducted farmers near the border, the army said.", [("abducted", 11)]),
    # who they were gives way to what befell them
    ("Officials said 6 abducted herders were found dead near the river.", [("killed", 6)]),
])
def test_figures_a_count_of_abducted_people_is_an_abducted_count_never_killed(nlp, text, expected):
    assert [(f.kind, f.value) for f in _figs(nlp, text)] == expected
