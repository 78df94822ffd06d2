"""What a pronoun stands for (sitrep.roles.coref), on invented sentences."""
from sitrep.roles.coref import antecedent


def _pronoun(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_roles_coref_it_skips_a_person(nlp):
    actor = antecedent(_pronoun(nlp, "The Kenyan president thanked the Ugandan army. It promised to withdraw.", "It"), None)
    assert actor is not None and (actor.code.country, actor.code.role) == ("UGA", "MIL")


def test_roles_coref_he_takes_the_person(nlp):
    actor = antecedent(_pronoun(nlp, "The Ugandan army met the Kenyan president. He promised to withdraw.", "He"), None)
    assert actor is not None and actor.code.country == "KEN"


def test_roles_coref_offsets_are_in_the_article(nlp):
    text = "Chadian rebels attacked the barracks. They later withdrew."
    actor = antecedent(_pronoun(nlp, text, "They"), None)
    assert actor is not None and text[actor.start:actor.end] == actor.text


def test_roles_coref_weather_it_has_no_antecedent(nlp):
    assert antecedent(_pronoun(nlp, "It rained heavily in Kampala.", "It"), None) is None


def test_roles_coref_the_kingdom_is_the_monarchy_named_before_it(nlp):
    from sitrep.roles import participants
    doc = nlp("Jordan's foreign minister said on Monday the kingdom had sent 200 tonnes of flour to Gaza.")
    source, _ = participants(next(t for t in doc if t.text == "sent"))
    assert source is not None and source.code.country == "JOR"
    doc = nlp("Iran warned Bahrain on Friday that it would respond if the kingdom kept up its crackdown.")
    _, target = participants(next(t for t in doc if t.text == "warned"))
    assert target is not None and target.code.country == "BHR"
