"""The actor a phrase names (sitrep.roles.mentions), on invented sentences."""
from sitrep.roles.mentions import actor_at, named_place, shared_actor_at, state_country


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_roles_mentions_relative_pronoun_is_its_noun(nlp):
    doc = nlp("Chadian rebels who seized the town freed the hostages.")
    actor = actor_at(_token(doc, "who"), None)
    assert actor is not None and (actor.code.country, actor.code.role) == ("TCD", "REB")


def test_roles_mentions_callers_recode_a_copy_of_the_shared_actor(nlp):
    # actor_at hands out the memoised Actor itself; re-coding it makes a copy and leaves the memo as it was
    from sitrep.actors import with_country, with_role
    doc = nlp("Chadian rebels freed the hostages.")
    first = actor_at(_token(doc, "rebels"), None)
    assert actor_at(_token(doc, "rebels"), None) is first
    with_role(first, "GOV")
    with_country(first, "NER")
    again = actor_at(_token(doc, "rebels"), None)
    assert (again.code.country, again.code.role) == ("TCD", "REB")


def test_roles_mentions_shared_actor_is_the_memo_itself(nlp):
    doc = nlp("Chadian rebels freed the hostages.")
    shared = shared_actor_at(_token(doc, "rebels"), None)
    assert shared is shared_actor_at(_token(doc, "rebels"), None)  # no copy for read-only callers
    assert actor_at(_token(doc, "rebels"), None) is shared  # actor_at hands out the memo too
    assert shared_actor_at(_token(doc, "freed"), None) is None  # (a memoised "no actor" too)
    assert shared_actor_at(_token(doc, "freed"), None) is None


def test_roles_mentions_shared_codes_cannot_be_changed_in_place(nlp):
    import pydantic
    import pytest

    doc = nlp("Chadian rebels freed the hostages.")
    actor = actor_at(_token(doc, "rebels"), None)
    with pytest.raises(pydantic.ValidationError):
        actor.code.role = "GOV"  # a shallow copy shares its code with the cache: replace it instead
    assert actor_at(_token(doc, "rebels"), None).code.role == "REB"


def test_roles_mentions_named_place_behind_a_place_noun(nlp):
    doc = nlp("Soldiers were deployed in the southern city of Basra.")
    token, country = named_place(_token(doc, "deployed"), ("in",))
    assert (token.text, country) == ("Basra", "IRQ")
    assert named_place(_token(doc, "deployed"), ("near",)) is None


def test_roles_mentions_state_country_drops_the_un():
    assert state_country("UN") is None and state_country("INT") is None
    assert state_country("IRQ") == "IRQ"


def test_roles_mentions_named_place_with_a_place_noun_in_its_name(nlp):
    doc = nlp("A shell hit a bakery in Baghdad's Sadr City.")
    found = named_place(next(t for t in doc if t.text == "bakery"), ("in",))
    assert found is not None and found[1] == "IRQ"


def test_roles_mentions_ground_owned_through_a_pronoun_is_the_owners(nlp):
    doc = nlp("Canada said it moved two frigates to its east coast.")
    found = named_place(_token(doc, "moved"), ("to",))
    assert found is None or found[1] == "CAN"


def test_roles_mentions_demonym_on_people_by_trade_is_no_government(nlp):
    # "Chilean geologists": people the dictionary does not list, named by their trade, are the public, whole phrase
    doc = nlp("Chilean geologists marched through Valparaiso on Thursday.")
    actor = actor_at(_token(doc, "geologists"), None)
    assert actor is not None and (actor.code.country, actor.code.role) == ("CHL", "CVL")
    assert actor.text == "Chilean geologists" == doc.text[actor.start:actor.end]


# --- PLOVER share 1 (ploverfix4_1): official texts ---
def test_roles_mentions_office_name_word_is_no_place(nlp):
    # "Federal" in "the Federal Government" names the office, not a town of that name in some gazetteer
    doc = nlp("The Federal Government supplied tents and blankets to Portugal after the floods.")
    actor = actor_at(_token(doc, "Government"), None)
    assert actor is not None and actor.code.role == "GOV" and actor.code.country is None
    doc = nlp("Darfur rebels attacked a convoy near the border.")
    assert actor_at(_token(doc, "rebels"), None).code.country == "SDN"


# share ploverfix19 actor: the staff an international or non-governmental body sends act for it
def test_roles_mentions_a_bodys_staff_stand_for_the_body(nlp):
    doc = nlp("Oxfam said its staff met Sudanese officials in Khartoum.")
    actor = actor_at(_token(doc, "staff"), None)
    assert actor is not None and actor.code.role == "NGO"
    # near miss: a government's officials stay its own officials
    doc = nlp("The Kenyan government said its officials met Somali elders.")
    actor = actor_at(_token(doc, "officials"), None)
    assert actor is not None and actor.text == "officials" and actor.code.role == "GOV"


def test_roles_mentions_a_thing_led_or_drafted_by_a_state_stands_for_it(nlp):
    doc = nlp("Oxfam accused the Kenyan-led coalition of shelling the market.")
    actor = actor_at(_token(doc, "coalition"), None)
    assert actor is not None and (actor.code.country, actor.code.role) == ("KEN", "MIL")
    doc = nlp("Laos rejected a Thai-drafted plan for the river.")
    actor = actor_at(_token(doc, "plan"), None)
    assert actor is not None and (actor.code.country, actor.code.role) == ("THA", "GOV")
    # backing is no leading: the rebels a state backs are not that state
    doc = nlp("Chad attacked the Sudanese-backed rebels.")
    actor = actor_at(_token(doc, "rebels"), None)
    assert actor is None or actor.code.role == "REB"
    # nor is sponsoring: a group a state sponsors is still the group, while a plan it sponsors is its own
    doc = nlp("A Peruvian-sponsored group fired rockets at a Bolivian border post.")
    actor = actor_at(_token(doc, "group"), None)
    assert actor is None or actor.code.role != "GOV"
    doc = nlp("Laos rejected a Thai-sponsored plan for the river.")
    actor = actor_at(_token(doc, "plan"), None)
    assert actor is not None and (actor.code.country, actor.code.role) == ("THA", "GOV")


def test_roles_mentions_ground_held_by_a_group_named_with_its_people(nlp):
    # "Malian" alone would name the state; read with "rebel" before "-held" it names the rebels
    doc = nlp("Artillery kept hitting Malian rebel-held areas along the river.")
    actor = actor_at(_token(doc, "areas"), None)
    assert actor is not None and (actor.code.country, actor.code.role) == ("MLI", "REB")


def test_roles_mentions_a_thing_of_a_people_is_its_public(nlp):
    doc = nlp("The envoy asked about the safety of 400 Bolivians stranded at the port.")
    actor = actor_at(_token(doc, "safety"), None)
    assert actor is not None and (actor.code.country, actor.code.role) == ("BOL", "CVL")
    # a state's thing stays its government's
    doc = nlp("The envoy asked about the safety policy of Bolivia.")
    actor = actor_at(_token(doc, "policy"), None)
    assert actor is None or actor.code.role != "CVL"


def test_roles_mentions_members_of_an_international_body_stand_for_it(nlp):
    doc = nlp("Quito sent home the Canadian members of the UN observer team.")
    actor = actor_at(_token(doc, "members"), None)
    assert actor is not None and actor.code.country == "UN"
    # members of a national group stay that group's
    doc = nlp("Quito sent home two members of the Peruvian opposition.")
    actor = actor_at(_token(doc, "members"), None)
    assert actor is not None and (actor.code.country, actor.code.role) == ("PER", "OPP")
