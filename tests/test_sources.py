"""Attribution: who says so, normalised, and the claim range each source covers."""
from __future__ import annotations

import pytest

from sitrep import sources


def _attributions(nlp, text):
    return sources.find_attributions(nlp(text))


def _names(attrs):
    return [(a.source.name, a.source.kind) for a in attrs]


def _offsets_hold(text, attrs):
    for a in attrs:
        assert text[a.source.start : a.source.end] == a.source.text
        assert 0 <= a.scope_start < a.scope_end <= len(text)


def test_sources_example_first_sentence_has_official_media_and_ngo(nlp, example_text):
    doc = nlp(example_text)
    attrs = sources.find_attributions(doc)
    _offsets_hold(example_text, attrs)
    entered = example_text.index("entered")
    found = sources.sources_for(attrs, entered, entered + len("entered"))
    assert [(s.name, s.kind) for s in found] == [("official media", "official_media"), ("NGO", "ngo")]


def test_sources_example_sana_ohdh_and_ocha_normalised(nlp, example_text):
    attrs = sources.find_attributions(nlp(example_text))
    names = _names(attrs)
    assert ("SANA", "official_media") in names
    assert ("SOHR", "ngo") in names
    assert ("OCHA", "un") in names
    flee = example_text.index("40,000")
    assert [s.name for s in sources.sources_for(attrs, flee, flee + 6)] == ["OCHA"]
    hoisted = example_text.index("hoisted")
    assert [s.name for s in sources.sources_for(attrs, hoisted, hoisted + 7)] == ["SANA"]


def test_sources_example_war_total_is_not_an_attribution(nlp, example_text):
    attrs = sources.find_attributions(nlp(example_text))
    assert all(a.source.name.lower() != "war" for a in attrs)


def test_sources_said_after_clause_covers_the_clause(nlp):
    text = "Four farmers were shot near the border, local police said on Friday."
    attrs = _attributions(nlp, text)
    _offsets_hold(text, attrs)
    assert _names(attrs) == [("local police", "government")]
    shot = text.index("shot")
    assert sources.sources_for(attrs, shot, shot + 4)


def test_sources_told_agency_gives_the_speaker_not_the_agency(nlp):
    text = "A spokesman for the UN refugee agency told AFP that 3,000 families had crossed the river."
    attrs = _attributions(nlp, text)
    assert _names(attrs) == [("UNHCR", "un")]
    crossed = text.index("crossed")
    assert sources.sources_for(attrs, crossed, crossed + 7)[0].name == "UNHCR"
    told = text.index("told")
    assert sources.sources_for(attrs, told, told + 4) == []  # the speech itself is not the claim


def test_sources_article_acronym_resolves_later_mentions(nlp):
    text = (
        "The Highland Medical Relief Union (HMRU) said on Monday that its clinic was shelled. "
        "HMRU staff said the wounded were moved north."
    )
    attrs = _attributions(nlp, text)
    _offsets_hold(text, attrs)
    assert [a.source.name for a in attrs] == ["Highland Medical Relief Union"] * 2


def test_sources_quote_with_speaker_covers_the_quote(nlp):
    text = "\u201cThey burned every house on our street,\u201d said Laila Haddad, a resident of the village."
    attrs = _attributions(nlp, text)
    assert _names(attrs) == [("Laila Haddad", "witness")]
    burned = text.index("burned")
    assert sources.sources_for(attrs, burned, burned + 6)


def test_sources_pronoun_speaker_takes_the_previous_source(nlp):
    text = "The Ruritanian army said its units had taken the bridge. It added that nine fighters were captured."
    attrs = _attributions(nlp, text)
    assert [a.source.kind for a in attrs] == ["military", "military"]
    assert attrs[1].source.text == "It"


def test_sources_user_yaml_extends_the_list(nlp, tmp_path, monkeypatch):
    extra = tmp_path / "mine.yaml"
    extra.write_text("sources:\n  - {name: Valley Monitor, kind: ngo, aliases: [VMON, the Valley Monitor group]}\n")
    monkeypatch.setenv(sources.ENV_VAR, str(extra))
    lexicon = sources.load_sources()
    attrs = sources.find_attributions(nlp("According to VMON, two villages were emptied."), lexicon)
    assert _names(attrs) == [("Valley Monitor", "ngo")]
    monkeypatch.delenv(sources.ENV_VAR)
    default = sources.find_attributions(nlp("According to VMON, two villages were emptied."))
    assert _names(default) == [("VMON", "unknown")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Witnesses said the convoy was hit twice.", ("Witnesses", "witness")),
        ("An army spokesman said the post was abandoned.", ("army spokesman", "military")),
        ("Human Rights Watch reported that prisoners were beaten.", ("HRW", "ngo")),
        ("Citing Reuters, the paper said the port was closed.", ("Reuters", "news_agency")),
    ],
)
def test_sources_kinds_of_common_cues(nlp, text, expected):
    attrs = _attributions(nlp, text)
    assert expected in _names(attrs)


def test_sources_shared_head_and_citing_give_each_source(nlp):
    text = "Regional police and rescue officials said nine miners were stranded. Tass cited the Emergencies Ministry as stating the tunnel had caved in."
    attrs = _attributions(nlp, text)
    _offsets_hold(text, attrs)
    names = [a.source.text for a in attrs]
    assert "Regional police" in names and "rescue officials" in names
    assert ("TASS", "official_media") in _names(attrs)
    assert ("Emergencies Ministry", "government") in _names(attrs)


def test_sources_a_name_the_model_splits_in_two_is_one_person(nlp):
    from spacy.tokens import Span

    doc = nlp("Shelling hit the port, provincial governor Arkadiy Velomirsky said.")
    first, last = [t.i for t in doc if t.text in ("Arkadiy", "Velomirsky")]
    doc.ents = [Span(doc, first, first + 1, "PERSON"), Span(doc, last, last + 1, "PERSON")]  # as the model may
    speaker = doc[first - 2 : last + 1]
    assert sources.classify(speaker, sources.load_sources(), {}) == ("Arkadiy Velomirsky", "government")


@pytest.mark.parametrize(
    "text,name",
    [
        ("Government warplanes struck the town of Karmel in Homs province on Friday, killing at least six civilians, "
         "the Levant Observatory for Human Rights said.", "Levant Observatory for Human Rights"),
        ("Gunmen stormed a checkpoint near the border, killing four guards, a local official said.", "local official"),
    ],
)
def test_sources_speaker_after_the_last_comma_covers_the_clause(nlp, text, name):
    found = sources.find_attributions(nlp(text))
    assert [a.source.name for a in found] == [name]
    assert found[0].scope_start == 0 and text.index("killing") < found[0].scope_end


@pytest.mark.parametrize(
    "text,name,kind",
    [
        ("Nine guards died, according to a statement from the Interior Ministry.", "Interior Ministry", "government"),
        ("Four shops burned, according to a report issued by the army.", "army", "military"),
    ],
)
def test_sources_a_document_cites_who_issued_it(nlp, text, name, kind):
    found = sources.find_attributions(nlp(text))
    assert [(a.source.name, a.source.kind) for a in found] == [(name, kind)]
    assert text[found[0].source.start : found[0].source.end] == found[0].source.text


def test_sources_one_organisation_with_and_in_its_name_is_one_source(nlp):
    from spacy.tokens import Span

    text = "Nine herders died, according to the Sahel Violence Tracker and Event Archive Project."
    doc = nlp(text)
    first = [t.i for t in doc if t.text == "the"][0]
    doc.ents = [Span(doc, first, len(doc) - 1, "ORG")]  # as the model tags such names
    found = sources.find_attributions(doc)
    assert [a.source.text for a in found] == ["the Sahel Violence Tracker and Event Archive Project"]


def test_sources_canonical_name_of_a_filter():
    assert sources.canonical_name("Syrian Observatory for Human Rights") == "SOHR"
    assert sources.canonical_name("  syrian observatory for human rights ") == "SOHR"
    assert sources.canonical_name("Harbour Watch Collective") == "Harbour Watch Collective"


def test_sources_a_named_body_is_named_without_its_article(nlp):
    # "according to the X" and "X said" are one source: merge counts independent sources by name.
    texts = ("Troops burned 40 homes in Kalo, according to the Kivu Association for Displaced Families.",
             "Troops burned 40 homes in Kalo, the Kivu Association for Displaced Families said.")
    names = [_names(_attributions(nlp, text)) for text in texts]
    assert names[0] == names[1] and names[0][0][0] == "Kivu Association for Displaced Families"


def test_sources_a_junta_speaks_for_the_government(nlp):
    attrs = _attributions(nlp, "Troops killed 5 insurgents near Mandalay on Monday, the junta said.")
    assert _names(attrs) == [("junta", "government")]


def test_describe_takes_the_longest_phrase_and_the_first_of_equals():
    lexicon = sources.SourceLexicon()
    lexicon.add_file({"descriptors": {"official": ["official"], "military": ["army officer", "navy officer"],
                                      "police": ["army"], "unknown": ["navy"]}})
    assert lexicon.describe("a senior army officer") == "military"  # "army officer" beats "army"
    assert lexicon.describe("an army and navy officer") == "military"  # "navy officer" is the longest found
    assert lexicon.describe("an army spokesman") == "police"
    lexicon.add_file({"descriptors": {"civilian": ["army officer"]}})  # a later file changes a phrase's kind
    assert lexicon.describe("a senior army officer") == "civilian"
