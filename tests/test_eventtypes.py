import pytest

from sitrep.eventtypes import TriggerType, rallied_against, trigger_type


def _trigger(nlp, sentence: str, word: str):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    return trigger_type(token)


def test_eventtypes_verb_trigger_assault(nlp):
    t = _trigger(nlp, "Insurgents shelled the army base overnight.", "shelled")
    assert t == TriggerType("ASSAULT", "heavy-weapons", "19")


def test_eventtypes_noun_trigger_clashes(nlp):
    t = _trigger(nlp, "Heavy clashes broke out near the border post.", "clashes")
    assert t is not None and t.plover_type == "ASSAULT"


def test_eventtypes_arrest_is_coerce(nlp):
    t = _trigger(nlp, "Police arrested twelve students in the capital.", "arrested")
    assert t == TriggerType("COERCE", "arrest", "17")


def test_eventtypes_agreement_and_negotiation(nlp):
    assert _trigger(nlp, "The two parties signed an agreement on Monday.", "agreement").plover_type == "SUPPORT"
    assert _trigger(nlp, "Qatar negotiated the prisoner swap.", "negotiated").plover_type == "CONSULT"


def test_eventtypes_phrasal_verb_beats_lemma(nlp):
    t = _trigger(nlp, "The militants blew up a bridge near the village.", "blew")
    assert t is not None and t.plover_mode == "explosives"


def test_eventtypes_noun_compound_hunger_strike(nlp):
    t = _trigger(nlp, "The prisoners began a hunger strike last week.", "strike")
    assert t is not None and t.plover_type == "PROTEST"


def test_eventtypes_entry_needs_armed_subject(nlp):
    assert _trigger(nlp, "Government troops entered the northern town on Friday.", "entered").plover_type == "COERCE"
    assert _trigger(nlp, "The minister entered the conference room.", "entered") is None


def test_eventtypes_non_trigger_words(nlp):
    doc = nlp("The weather was pleasant and the market was busy.")
    assert all(trigger_type(t) is None for t in doc)


def _event(nlp, sentence: str, word: str):
    from sitrep.eventtypes import event_type

    doc = nlp(sentence)
    return event_type(next(t for t in doc if t.text == word))


def test_eventtypes_object_control_is_a_request(nlp):
    assert _event(nlp, "The envoy urged the militia to release the captives.", "release").plover_type == "REQUEST"


def test_eventtypes_failure_to_agree_is_reject(nlp):
    assert _event(nlp, "The two delegations failed to sign the accord.", "sign").plover_type == "REJECT"


def test_eventtypes_conditional_withdrawal_is_a_threat(nlp):
    kind = _event(nlp, "Niger will withdraw its troops unless the junta holds elections.", "withdraw")
    assert kind.plover_type == "THREATEN"


def test_eventtypes_fire_at_and_occupation(nlp):
    assert _trigger(nlp, "Gunboats fired at the fishing fleet.", "fired").plover_type == "ASSAULT"
    occupied = _trigger(nlp, "The army occupied the hills above the valley.", "occupied")
    assert occupied.plover_type == "COERCE" and occupied.cameo_root == "19"


def test_eventtypes_easing_restrictions_is_concede_easing_sanctions_is_retreat(nlp):
    # CAMEO 081x (curfews, bans, emergencies) vs 085 (economic sanctions) and 0872 (blockades)
    assert _trigger(nlp, "The governor lifted the curfew in the old city.", "lifted").plover_type == "CONCEDE"
    assert _trigger(nlp, "The court cancelled the ban on the opposition paper.", "cancelled").plover_type == "CONCEDE"
    assert _trigger(nlp, "The bloc lifted sanctions on the shipping company.", "lifted").plover_type == "RETREAT"
    assert _trigger(nlp, "The navy eased the blockade of the harbour.", "eased").plover_type == "RETREAT"


def test_eventtypes_destroying_property_is_coerce(nlp):
    # CAMEO 1712 sits under root 17 (coerce); killing stays ASSAULT
    assert _trigger(nlp, "Bulldozers demolished six shops in the market.", "demolished") == TriggerType("COERCE", "seize", "17")
    assert _trigger(nlp, "Settlers set fire to a barn near the road.", "set").plover_type == "COERCE"
    assert _trigger(nlp, "Gunmen killed two farmers near the road.", "killed").plover_type == "ASSAULT"


def test_eventtypes_forced_to_flee_is_flight_not_a_request(nlp):
    from sitrep.eventtypes import event_type

    doc = nlp("The shelling forced thousands of families to flee their homes.")
    flee = next(t for t in doc if t.lemma_ == "flee")
    kind = event_type(flee)
    assert kind is not None and kind.plover_type != "REQUEST"
    doc = nlp("The ministry ordered the troops to withdraw from the border.")
    withdraw = next(t for t in doc if t.lemma_ == "withdraw")
    assert event_type(withdraw).plover_type == "REQUEST"


@pytest.mark.parametrize("sentence,word,expected", [
    # CAMEO 063: extradition is judicial cooperation
    ("Kenya extradited two Somali suspects to Italy last week.", "extradited", "COOPERATE"),
    # CAMEO 083: acceding to demands is a concession, not an agreement
    ("The governor accepted the demands of the striking miners.", "accepted", "CONCEDE"),
    # CAMEO 166: expelling inspectors; CAMEO 16: reducing aid
    ("Belarus expelled the inspectors from the power plant.", "expelled", "SANCTION"),
    ("Donors reduced food aid to the northern camps.", "reduced", "SANCTION"),
    # CAMEO 09: sending inspectors is an investigation
    ("The agency dispatched inspectors to the dam on Friday.", "dispatched", "ACCUSE"),
    # CAMEO 084: returning property
    ("The militia returned the weapons to the army.", "returned", "RETREAT"),
    ("Uganda will give Malawi a grant to build clinics.", "give", "AGREE"),
    # a passive subject completes the phrase: "evidence was presented"
    ("New evidence was presented by the prosecutors.", "presented", "ACCUSE"),
])
def test_eventtypes_cameo_codebook_categories(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


def test_eventtypes_conditional_offer_stays_an_offer_ultimatum_is_a_threat(nlp):
    assert _event(nlp, "The rebels said they would meet the envoy if he came alone.", "meet").plover_type == "AGREE"
    assert _event(nlp, "Chad will withdraw its troops unless the talks resume.", "withdraw").plover_type == "THREATEN"


def test_eventtypes_sworn_to_fight_is_a_threat(nlp):
    assert _event(nlp, "The militants have sworn to fight until the army leaves.", "fight").plover_type == "THREATEN"


def test_eventtypes_decision_is_the_act(nlp):
    assert _event(nlp, "The court decided to release the two editors.", "release").plover_type == "RETREAT"


def test_eventtypes_must_on_governing_verb_and_demand_noun_are_requests(nlp):
    assert _event(nlp, "The envoy said Peru must be ready to negotiate with the miners.", "negotiate").plover_type == "REQUEST"
    assert _event(nlp, "The union repeated its demand that the ministry lift the ban.", "lift").plover_type == "REQUEST"


def test_eventtypes_verbal_protest_is_accuse(nlp):
    kind = _event(nlp, "The minister protested that the new border rules were unfair.", "protested")
    assert kind.plover_type == "ACCUSE"
    assert _event(nlp, "Thousands protested in the capital on Sunday.", "protested").plover_type == "PROTEST"


def test_eventtypes_march_is_mobilize_for_troops_protest_for_crowds(nlp):
    assert _trigger(nlp, "Thousands of students marched through the capital.", "marched").plover_type == "PROTEST"
    assert _trigger(nlp, "Government troops marched into the town.", "marched").plover_type == "MOBILIZE"


def test_eventtypes_codebook_phrases_beat_lemmas(nlp):
    # CAMEO 196: violating a ceasefire is fighting; 053: rallying support is support; 086: receiving inspectors
    assert _trigger(nlp, "The militia violated the ceasefire twice on Sunday.", "violated").plover_type == "ASSAULT"
    assert _trigger(nlp, "The minister rallied support for the new constitution.", "rallied").plover_type == "SUPPORT"
    assert _trigger(nlp, "Iran accepted inspectors at the enrichment site.", "accepted").plover_type == "RETREAT"


def test_eventtypes_abandoning_ties_is_sanction(nlp):
    assert _trigger(nlp, "Ecuador abandoned its diplomatic ties with Taiwan.", "abandoned").plover_type == "SANCTION"


@pytest.mark.parametrize("sentence,word,expected", [
    ("The foreign minister chided Lisbon over the fishing quotas.", "chided", "ACCUSE"),
    ("The government ruled out any talks with the kidnappers.", "ruled", "REJECT"),
    ("The premier lauded the mediators for their patience.", "lauded", "SUPPORT"),
    ("The envoys convened in Vienna on Friday.", "convened", "CONSULT"),
    ("Thailand repatriated forty fishermen to Myanmar.", "repatriated", "RETREAT"),
])
def test_eventtypes_broader_codebook_verbs(nlp, sentence, word, expected):
    assert _trigger(nlp, sentence, word).plover_type == expected


def _main_type(nlp, sentence: str):
    from sitrep.roles import main_event
    found = main_event(nlp(sentence)[:])
    return found[1].plover_type if found else None


def test_eventtypes_verb_object_grid_families(nlp):
    # CAMEO verb families as verb x object grids: the object decides the family
    assert _main_type(nlp, "The ministry withdrew the unpopular fuel levy bill last night.") == "CONCEDE"
    assert _main_type(nlp, "Lisbon banned imports of Ruritanian cheese on Monday.") == "SANCTION"
    assert _main_type(nlp, "The authorities suspended mobile internet services in the eastern region on Sunday.") == "COERCE"
    assert _main_type(nlp, "Freedonia reopened its border crossing with Sylvania on Friday.") == "RETREAT"


def test_eventtypes_crowd_subject_occupying_is_protest(nlp):
    assert _main_type(nlp, "Striking students occupied the central square of the capital.") == "PROTEST"
    assert _main_type(nlp, "Government troops occupied the hill town after the rebels fled.") == "COERCE"


def test_eventtypes_weapons_test_is_mobilize(nlp):
    assert _main_type(nlp, "The navy test-fired a cruise missile from a frigate on Tuesday.") == "MOBILIZE"


def test_eventtypes_joint_operation_is_cooperate(nlp):
    assert _main_type(nlp, "Dutch and Belgian police carried out joint raids on a smuggling ring.") == "COOPERATE"
    assert _main_type(nlp, "The two coast guards jointly rescued forty fishermen near the reef.") == "COOPERATE"


def test_eventtypes_ordered_act_is_the_act(nlp):
    assert _main_type(nlp, "The president ordered the closure of three opposition radio stations.") == "COERCE"
    assert _main_type(nlp, "The defence minister ordered two armoured brigades to the northern frontier.") == "MOBILIZE"


def test_eventtypes_forces_sent_to_help_are_aid(nlp):
    assert _main_type(nlp, "Kenya dispatched a police contingent to help Haiti restore order.") == "AID"
    assert _main_type(nlp, "Kenya dispatched a police contingent to the northern border.") == "MOBILIZE"


def test_eventtypes_judicial_handover_beats_particle(nlp):
    assert _main_type(nlp, "Ruritania handed over the fugitive suspect to the tribunal on Monday.") == "COOPERATE"
    assert _main_type(nlp, "The guerrillas handed over three captured soldiers to the Red Crescent.") == "RETREAT"


def test_eventtypes_name_is_no_trigger(nlp):
    # "War" in a name reports no event
    assert _trigger(nlp, "Historians met at a museum of the Cold War in Berlin.", "War") is None


@pytest.mark.parametrize("sentence, word, expected", [
    ("Police dismantled a smuggling network in the port city.", "dismantled", "COERCE"),
    ("The army dismantled three checkpoints on the main road.", "dismantled", "RETREAT"),
    ("Bakers shunned work for a fourth day over flour prices.", "shunned", "PROTEST"),
    ("Thousands took to the streets of the capital on Sunday.", "took", "PROTEST"),
    ("The foreign ministry summoned the Iranian ambassador on Monday.", "summoned", "ACCUSE"),
    ("The air force scrambled fighter jets after the incursion.", "scrambled", "MOBILIZE"),
    ("A military court sentenced the colonel to life in prison.", "sentenced", "COERCE"),
    ("Heavy artillery fire was heard across the valley overnight.", "fire", "ASSAULT"),
    ("The junta brushed aside calls for an early election.", "brushed", "REJECT"),
    ("Government troops defeated the rebels near the river crossing.", "defeated", "ASSAULT"),
    ("The losing candidate disputed the final vote tally.", "disputed", "REJECT"),
    ("Sailors mutinied aboard the flagship on Sunday.", "mutinied", "PROTEST"),
    ("The gang recruited dozens of schoolboys this spring.", "recruited", "MOBILIZE"),
    ("The envoy pressed the junta to free political prisoners.", "pressed", "REQUEST"),
    ("Prosecutors pressed charges against the former governor.", "pressed", "ACCUSE"),
    ("The army responded with force to the attack on its base.", "responded", "ASSAULT"),
])
def test_eventtypes_broad_lexicon_words(nlp, sentence, word, expected):
    t = _trigger(nlp, sentence, word)
    assert t is not None and t.plover_type == expected


def test_eventtypes_armed_actor_readying_an_attack_mobilises(nlp):
    assert _event(nlp, "The rebels prepared to resume shelling the airport.", "shelling").plover_type == "MOBILIZE"
    # a stance ("is prepared to") stays a threat
    assert _event(nlp, "The army said it is prepared to attack the rebels.", "attack").plover_type == "THREATEN"


def test_eventtypes_announced_sanction_is_the_sanction(nlp):
    assert _event(nlp, "Denmark announced it would suspend all budget support to the regime.", "suspend").plover_type == "SANCTION"
    assert _event(nlp, "Norway warned it would suspend all aid to the junta.", "suspend").plover_type == "THREATEN"


def test_eventtypes_border_opened_to_a_people_is_asylum(nlp):
    kind = _event(nlp, "Kenya opened its border to some 8,000 Somalis fleeing the shelling.", "opened")
    assert kind is not None and kind.plover_type == "AID"
    kind = _event(nlp, "Uganda opened its borders to most Congolese expelled from Angola.", "opened")
    assert kind is not None and kind.plover_type == "AID"
    # traders named by their nationality are let in to trade, not sheltered
    kind = _event(nlp, "Uganda opened its border to Congolese traders.", "opened")
    assert kind is not None and kind.plover_type == "RETREAT"


@pytest.mark.parametrize("sentence, word, expected", [
    ("The emir gave a warm welcome to the visiting Pakistani premier.", "gave", "CONSULT"),
    ("The government paid compensation to families whose homes were razed.", "paid", "RETREAT"),
    ("The junta forced the farmers out of the valley.", "forced", "COERCE"),
])
def test_eventtypes_verb_object_families(nlp, sentence, word, expected):
    t = _trigger(nlp, sentence, word)
    assert t is not None and t.plover_type == expected


def test_eventtypes_trailing_protest_is_verbal(nlp):
    kind = _event(nlp, "Police are ignoring attacks on reporters, "
                       "a press freedom group protested on Tuesday.", "protested")
    assert kind is not None and kind.plover_type == "ACCUSE"
    kind = _event(nlp, "Students protested outside the ministry on Monday.", "protested")
    assert kind is not None and kind.plover_type == "PROTEST"


def test_eventtypes_forcing_out_an_agency_is_sanction(nlp):
    assert _trigger(nlp, "The junta forced the UN refugee agency out of the country.", "forced").plover_type == "SANCTION"
    assert _trigger(nlp, "Militias forced the villagers out of their homes.", "forced").plover_type == "COERCE"


def test_eventtypes_missile_launched_at_no_one_is_a_show_of_force(nlp):
    assert _event(nlp, "Iran launched a new ballistic missile on Sunday.", "launched").plover_type == "MOBILIZE"
    assert _event(nlp, "The rebels launched a missile at the airport on Sunday.", "launched").plover_type == "ASSAULT"


def test_eventtypes_intent_nouns_make_an_offer(nlp):
    kind = _event(nlp, "Serbia expressed its readiness to cooperate with the tribunal.", "cooperate")
    assert kind is not None and kind.plover_type == "AGREE"


@pytest.mark.parametrize("sentence, word, expected", [
    ("The ministry revoked the licences of three foreign journalists.", "revoked", "COERCE"),
    ("Police raided the studio of an independent radio station.", "raided", "COERCE"),
    ("Riot police cleared the protest camp outside parliament.", "cleared", "COERCE"),
    ("Norway joined the coalition's naval escort mission.", "joined", "COOPERATE"),
    ("The authorities suspended WhatsApp across the country.", "suspended", "COERCE"),
])
def test_eventtypes_coercion_and_cooperation_families(nlp, sentence, word, expected):
    t = _trigger(nlp, sentence, word)
    assert t is not None and t.plover_type == expected


def test_eventtypes_protesters_storming_a_residence_protest(nlp):
    kind = _event(nlp, "Protesters stormed the governor's mansion in the port city.", "stormed")
    assert kind is not None and kind.plover_type == "PROTEST"


def test_eventtypes_hyphened_participle_is_no_event(nlp):
    doc = nlp("The agency sent food to drought-hit areas of Somalia.")
    assert trigger_type(next(t for t in doc if t.text == "hit")) is None
    doc = nlp("Iran test-fired a new missile.")
    assert trigger_type(next(t for t in doc if t.text == "fired")) is not None


def test_eventtypes_sums_given_are_aid(nlp):
    assert _trigger(nlp, "Kuwait deposited $800 million in Jordan's central bank.", "deposited").plover_type == "AID"


def test_eventtypes_crowds_fighting_or_burning_riot(nlp):
    assert _event(nlp, "Students clashed with riot police near the campus.", "clashed").plover_type == "PROTEST"
    assert _event(nlp, "Rebels clashed with government troops in the hills.", "clashed").plover_type == "ASSAULT"
    assert _event(nlp, "Protesters burned cars outside the ministry.", "burned").plover_type == "PROTEST"
    assert _event(nlp, "Militiamen burned houses in the village.", "burned").plover_type == "COERCE"


@pytest.mark.parametrize("sentence", [
    "The Syrian president called on Arab states to unite against Israel.",
    "Venezuela urged Latin American governments to isolate Colombia.",
    "Exiled dissidents called for a global boycott of the Eritrean regime.",
])
def test_eventtypes_call_to_act_against_a_party_rallies_opposition(nlp, sentence):
    word = "called" if "called" in sentence else "urged"
    assert _event(nlp, sentence, word).plover_type == "ACCUSE"


@pytest.mark.parametrize("sentence,word", [
    ("Kenya urged Uganda to release the detained lorry drivers.", "urged"),
    ("The envoy demanded that the rebels renounce their armed struggle against the state.", "demanded"),
    ("The minister called on donors to act against hunger in the north.", "called"),
])
def test_eventtypes_plain_requests_stay_requests(nlp, sentence, word):
    assert _event(nlp, sentence, word).plover_type == "REQUEST"


@pytest.mark.parametrize("sentence,word,expected", [
    ("The junta granted an amnesty to two hundred jailed dissidents.", "granted", "RETREAT"),
    ("Norway pulled out of the mediation between the two clans.", "pulled", "SANCTION"),
    ("Armenia withdrew from the mediation effort on Friday.", "withdrew", "SANCTION"),
    ("Chadian troops pulled out of the border town on Friday.", "pulled", "RETREAT"),
    ("Government forces used chemical weapons against the rebel enclave.", "used", "ASSAULT"),
    ("Army units drove thousands of villagers from the valley.", "drove", "ASSAULT"),
    ("Bahrain expelled staff of the UN monitoring mission.", "expelled", "SANCTION"),
])
def test_eventtypes_codebook_families(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


@pytest.mark.parametrize("sentence,word,expected", [
    ("Riot police broke up a pensioners' march near the town hall.", "broke", "COERCE"),
    ("Sudan and Chad reached an agreement on border patrols.", "reached", "AGREE"),
])
def test_eventtypes_dispersal_and_reaching_a_deal(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


def test_eventtypes_talks_breaking_up_are_no_coercion(nlp):
    kind = _event(nlp, "The talks broke up without a deal on Friday.", "broke")
    assert kind is None or kind.plover_type != "COERCE"


@pytest.mark.parametrize("sentence,word,expected", [
    ("Greek and Turkish coastguards carried out joint patrols in the Aegean.", "carried", "COOPERATE"),
    ("Colombian and Ecuadorian police seized 800 kilos of heroin in a joint operation near Tulcan.", "seized", "COOPERATE"),
    ("Portugal handed over two suspected forgers to Belgian prosecutors.", "handed", "COOPERATE"),
    ("The insurgents handed over four abducted engineers to tribal elders.", "handed", "RETREAT"),
    ("Guerrillas turned over two kidnapped engineers to church mediators.", "turned", "RETREAT"),
])
def test_eventtypes_joint_acts_and_handovers(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


@pytest.mark.parametrize("sentence,word,expected", [
    ("The king played host to the Indian premier in Amman.", "played", "CONSULT"),
    ("The Swiss mediator shuttled between Bamako and Kidal.", "shuttled", "CONSULT"),
    ("Japan wrote off the debts of six African states.", "wrote", "AID"),
    ("Gunmen lobbed a grenade at an army checkpoint in Quetta.", "lobbed", "ASSAULT"),
])
def test_eventtypes_less_common_wording(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


def test_eventtypes_undertaking_to_act_is_an_intent(nlp):
    assert _event(nlp, "Kenya undertook to return the seized cattle to Uganda.", "return").plover_type == "AGREE"


def test_eventtypes_sending_warplanes_is_a_show_of_force(nlp):
    assert _event(nlp, "Russia sent dozens of warplanes towards Finnish airspace.", "sent").plover_type == "MOBILIZE"


def test_eventtypes_votes_for_and_against(nlp):
    assert _event(nlp, "Brazil voted in favour of Argentina at the assembly.", "voted").plover_type == "SUPPORT"
    assert _event(nlp, "Hungary voted against the sanctions package.", "voted").plover_type == "REJECT"


@pytest.mark.parametrize("sentence,word,expected", [
    ("Police raided the studio of an independent radio station in Lusaka.", "raided", "COERCE"),
    ("Rebels raided a village near Beni overnight.", "raided", "ASSAULT"),
    ("Nicaragua stripped the bishop of his citizenship.", "stripped", "COERCE"),
])
def test_eventtypes_raids_by_whom_and_objects_phrases(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


@pytest.mark.parametrize("sentence,word,expected", [
    ("Canberra said the smugglers would pay a steep price for the raid.", "pay", "THREATEN"),
    ("The governor removed six elected village chiefs from office.", "removed", "COERCE"),
    ("Pyongyang fired two cruise missiles into the ocean on Friday.", "fired", "MOBILIZE"),
])
def test_eventtypes_threat_idioms_removals_and_tests(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


def test_eventtypes_sanction_announced_on_a_condition_is_a_threat(nlp):
    kind = _event(nlp, "If Seoul deploys the missiles, Beijing will impose sanctions on Korean firms, a spokesman said.", "impose")
    assert kind.plover_type == "THREATEN"
    kind = _event(nlp, "Ottawa announced it would impose sanctions on three Iranian officials.", "impose")
    assert kind.plover_type == "SANCTION"


@pytest.mark.parametrize("sentence,word,expected", [
    ("The king dismissed the cabinet after a week of riots.", "dismissed", "CONCEDE"),
    ("The government dismissed four thousand teachers after the strike.", "dismissed", "COERCE"),
    ("The ministry dismissed the report as propaganda.", "dismissed", "REJECT"),
])
def test_eventtypes_dismissing_a_cabinet_staff_or_a_claim(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


def test_eventtypes_that_clause_of_a_call_is_what_is_asked(nlp):
    assert _event(nlp, "The Arab League renewed its call that Iran withdraw from the islands.", "withdraw").plover_type == "REQUEST"


def test_eventtypes_a_month_or_a_period_is_no_event(nlp):
    # "March" the month is no march, and a fiscal year "ending" ends nothing
    assert _trigger(nlp, "On March 12, the council approved the budget for the new school.", "March") is None
    assert _trigger(nlp, "The board raised $12 million in the quarter ending in March.", "ending") is None
    assert _trigger(nlp, "Thousands joined a march through the capital on Sunday.", "march").plover_type == "PROTEST"


@pytest.mark.parametrize("sentence, word, expected", [
    ("Riot police fired tear gas at market porters near the toll gate.", "fired", "COERCE"),
    ("Troops opened fire to disperse the marchers near the palace.", "opened", "COERCE"),
    ("Officers fired rubber bullets at the crowd in the square.", "fired", "COERCE"),
    ("Soldiers opened fire on the marchers, killing six.", "opened", "ASSAULT"),
    ("Gunmen fired bullets at a minibus on the highway.", "fired", "ASSAULT"),
])
def test_eventtypes_crowd_control_is_coercion(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


def test_eventtypes_riot_police_is_no_riot(nlp):
    assert _trigger(nlp, "Riot police guarded the stadium gates.", "Riot") is None
    assert _trigger(nlp, "A riot broke out in the prison.", "riot").plover_type == "PROTEST"


@pytest.mark.parametrize("sentence, word, expected", [
    ("Oslo ordered the expulsion of four Iranian diplomats on Friday.", "ordered", "SANCTION"),
    ("Peru closed its border with Bolivia after the dispute over gas.", "closed", "SANCTION"),
    ("Ghana imposed visa bans on three Togolese generals.", "imposed", "SANCTION"),
    ("The mayor closed the markets in the old city after the riots.", "closed", "COERCE"),
    ("Police expelled the squatters from the old factory.", "expelled", "COERCE"),
])
def test_eventtypes_measures_against_another_state_are_sanctions(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


@pytest.mark.parametrize("sentence, word, expected", [
    # wire copy wording: idioms, less common verbs, verb x object families
    ("The two foreign ministers spent an afternoon closeted with their advisers in Lima.", "closeted", "CONSULT"),
    ("The prime ministers spoke by telephone about the fishing dispute.", "spoke", "CONSULT"),
    ("Kenya funnelled rifles and cash to the rebel movement across the border.", "funnelled", "AID"),
    ("Lorries carrying medicine and flour reached the encircled district.", "carrying", "AID"),
    ("The junta let a group of Red Cross monitors into the northern camps.", "let", "RETREAT"),
    ("The colonel lifted the curfew ordered in March.", "lifted", "CONCEDE"),
    ("Rebels downed an army helicopter near the river.", "downed", "ASSAULT"),
    ("Militiamen raked the convoy with machine-gun fire.", "raked", "ASSAULT"),
    ("Striking students hurled stones at the police station.", "hurled", "PROTEST"),
    ("Striking dockers courted arrest at the harbour gates.", "courted", "PROTEST"),
    ("The regime sent hundreds of monks to labour camps.", "sent", "COERCE"),
    ("Chile took Bolivia to the international court over the river waters.", "took", "ACCUSE"),
    ("Masked gunmen seized a ferry carrying two hundred passengers.", "seized", "ASSAULT"),
    ("The coast guard seized a ship carrying contraband fuel.", "seized", "COERCE"),
    ("Oman began pumping gas to Yemen through a new line.", "pumping", "COOPERATE"),
    ("Ankara sent a squadron of planes to the island.", "sent", "MOBILIZE"),
    ("The Tunisian cabinet said no to the trade proposal.", "said", "REJECT"),
    ("The army launched an operation against the rebels in the hills.", "launched", "ASSAULT"),
    ("Police from both countries launched a joint operation against smugglers.", "launched", "COOPERATE"),
])
def test_eventtypes_wire_copy_wording(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


def test_eventtypes_outbreaks_strikes_and_sit_ins_of_wire_copy(nlp):
    # "broke out in" is no breaking up; a split "sit-in" is one; a sit-down strike is a labour strike
    assert _event(nlp, "Rioting broke out in two northern towns.", "Rioting").plover_type == "PROTEST"
    assert _event(nlp, "Rioting broke out in two northern towns.", "broke") is None
    assert _event(nlp, "Soldiers broke up the sit-in by farmers.", "broke").plover_type == "COERCE"
    assert _event(nlp, "Dockers began a sit-down strike over wages.", "strike").plover_type == "PROTEST"


def test_eventtypes_participle_describing_a_noun_is_no_event(nlp):
    assert _trigger(nlp, "The relief lorries reached the besieged town at dawn.", "besieged") is None
    assert _trigger(nlp, "The air force scrambled fighter jets after the incursion.", "scrambled").plover_type == "MOBILIZE"


def test_eventtypes_ordered_warship_is_a_deployment(nlp):
    assert _event(nlp, "The cruiser Almirante was ordered to the gulf to join the fleet.", "ordered").plover_type == "MOBILIZE"


@pytest.mark.parametrize("sentence, word, expected", [
    ("A man accused of the hotel bombing was handed over to Thai police by Malaysian officers.", "handed", "COOPERATE"),
    ("Brazil delivered twelve patrol boats to Angola under a 1990 contract.", "delivered", "COOPERATE"),
    ("Brazil delivered twelve tonnes of medicine to Angola after the floods.", "delivered", "AID"),
    ("Canberra held Jakarta responsible for the burning of its consulate.", "held", "ACCUSE"),
    ("The opposition said it would not take part in the referendum.", "take", "REJECT"),
    ("Miners took part in the protest outside the mining ministry.", "took", "PROTEST"),
    ("Kenyan troops took part in the exercise hosted by Tanzania.", "took", "COOPERATE"),
    ("A one-day general strike shut down banks and markets across the province.", "shut", "PROTEST"),
    ("The governor shut down banks and markets across the province.", "shut", "COERCE"),
    ("The Bolivian delegation walked out of the water talks in Lima.", "walked", "SANCTION"),
    ("Dockers walked out of the port in a dispute over pay.", "walked", "PROTEST"),
    ("Seoul called off the fisheries talks with Tokyo.", "called", "SANCTION"),
    ("The army imposed a fuel embargo on villages along the river.", "embargo", "COERCE"),
    ("Washington imposed an embargo on Cuban sugar.", "embargo", "SANCTION"),
])
def test_eventtypes_wire_copy_clause_readings(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


@pytest.mark.parametrize("sentence, word, expected", [
    ("A van packed with explosives blew a hole in the embassy wall.", "packed", "ASSAULT"),
    ("The two delegations initialled a draft accord on fishing rights.", "initialled", "AGREE"),
    ("The emir sent a message of greetings to the Sultan on the national day.", "sent", "SUPPORT"),
    ("The general stepped aside after weeks of strikes.", "stepped", "CONCEDE"),
    ("Police tracked down the leader of the smuggling ring in a village near the port.", "tracked", "COERCE"),
    ("The emirate poured millions of dollars into the rebel movement.", "poured", "AID"),
    ("Moscow expressed concern over the shelling of the border town.", "expressed", "ACCUSE"),
    ("The army said it would give a fitting reply to any attack on the frontier.", "give", "THREATEN"),
    ("Paris airlifted three hundred paratroopers to the capital.", "airlifted", "MOBILIZE"),
    ("Police sealed off the old city after the blast.", "sealed", "COERCE"),
    ("Bonn recalled its charge d'affaires from the capital after the raid.", "recalled", "SANCTION"),
    ("The rebels let the stranded engineers leave the camp.", "let", "RETREAT"),
    ("The junta let the exiled writer return to publish again.", "let", "CONCEDE"),
    ("Chile and Peru exchanged ambassadors after a decade.", "exchanged", "SUPPORT"),
    ("Chile and Peru exchanged prisoners at the border.", "exchanged", "RETREAT"),
])
def test_eventtypes_second_wire_copy_batch_wording(nlp, sentence, word, expected):
    assert _event(nlp, sentence, word).plover_type == expected


@pytest.mark.parametrize("sentence,word,expected", [
    ("The opposition leader excoriated the cabinet over the fuel shortages.", "excoriated", "ACCUSE"),
    ("Bandits bushwhacked a supply column on the mountain road.", "bushwhacked", "ASSAULT"),
    ("The junta garrisoned two battalions in the border town.", "garrisoned", "MOBILIZE"),
    ("The tribunal paroled three former officers on Friday.", "paroled", "RETREAT"),
])
def test_eventtypes_rarer_verbs_reviewed_from_wordnet(nlp, sentence, word, expected):
    found = _trigger(nlp, sentence, word)
    assert found is not None and found.plover_type == expected


@pytest.mark.parametrize("sentence,word,expected", [
    ("The junta gave short shrift to the envoy's plea for a pardon.", "gave", "REJECT"),
    ("The finance minister poured cold water on the unions' wage claim.", "poured", "REJECT"),
    ("The rebel chief turned a deaf ear to the bishops' appeal.", "turned", "REJECT"),
    ("The premier turned his back on the regional peace plan.", "turned", "REJECT"),
    ("Lisbon threw its weight behind the Angolan reconciliation plan.", "threw", "SUPPORT"),
    ("The colonel put the rebel militias on notice that the truce was over.", "put", "THREATEN"),
    ("Rome sent four Libyan diplomats packing after the bombing.", "sent", "SANCTION"),
    ("The regime pulled the plug on mobile internet in three provinces.", "pulled", "COERCE"),
    ("The donors pulled the plug on the dam project.", "pulled", "SANCTION"),
    ("The Italian envoy paid a call on the Maltese prime minister.", "paid", "CONSULT"),
    ("Dock workers downed tools at the container port on Monday.", "downed", "PROTEST"),
    ("Thousands of farmers poured into the capital's main square.", "poured", "PROTEST"),
    ("Irregular units fell back from the ridge under heavy fire.", "fell", "RETREAT"),
    ("Belgian police tipped off their Dutch colleagues about the shipment.", "tipped", "COOPERATE"),
    ("The council laid the blame for the blackout on the rebels.", "laid", "ACCUSE"),
])
def test_eventtypes_idioms_of_wire_copy(nlp, sentence, word, expected):
    found = _event(nlp, sentence, word)
    assert found is not None and found.plover_type == expected


def test_eventtypes_idiom_preposition_must_be_near_the_verb(nlp):
    # "on" belongs to "a raid on the camp", not to "rounded ... on" (the idiom "round on": criticise)
    found = _event(nlp, "Soldiers rounded up forty men in a dawn raid on the camp.", "rounded")
    assert found is not None and found.plover_type == "COERCE"


@pytest.mark.parametrize("sentence,word,expected", [
    # a ban on dealings with another state is an embargo; loosening one eases sanctions
    ("The Commonwealth imposed a ban on arms sales to the junta.", "imposed", "SANCTION"),
    ("The Commonwealth imposed a ban on opposition rallies in the capital.", "imposed", "COERCE"),
    ("Ottawa relaxed restrictions on travel and remittances to Havana.", "relaxed", "RETREAT"),
    # a state put out of a body is suspended from it
    ("The assembly expelled Yugoslavia from the organisation in 1992.", "expelled", "SANCTION"),
    # sent abroad to face trial is an extradition
    ("Panama deported the smuggler to Miami to face trafficking charges.", "deported", "COOPERATE"),
    # a vow to keep an accord is a promise; a promise of attacks a threat; an offer on a condition an offer
    ("The rebel council vowed to honour the truce until the spring.", "vowed", "AGREE"),
    ("The guerrilla front promised fresh attacks on pipelines unless troops left.", "promised", "THREATEN"),
    ("Tokyo offered Manila a new credit line if it cut its budget deficit.", "offered", "AGREE"),
    # a decree of what would be allowed is the decision itself
    ("The king decreed that the exiles would be allowed to return.", "allowed", "CONCEDE"),
    # verbs of making are cooperation only when done together
    ("French and Italian firms co-produced the new frigate.", "produced", "COOPERATE"),
    ("The two states jointly built a power line across the border.", "built", "COOPERATE"),
])
def test_eventtypes_clause_readings_of_the_ninth_batch(nlp, sentence, word, expected):
    found = _event(nlp, sentence, word)
    assert found is not None and found.plover_type == expected


def test_eventtypes_making_alone_is_no_event(nlp):
    assert _event(nlp, "The engineers built a new bridge over the river.", "built") is None


def test_eventtypes_war_footing_misparsed_as_a_participle(nlp):
    doc = nlp("The republic put its reserve divisions on a war footing on Sunday.")
    kinds = {t.lower_: trigger_type(t) for t in doc}
    assert kinds["war"] is not None and kinds["war"].plover_type == "MOBILIZE"


@pytest.mark.parametrize("sentence,word,expected", [
    ("Paris shipped missiles and ammunition to Chad during the rebel offensive.", "shipped", "AID"),
    ("Ankara rushed tanks and artillery to the border.", "rushed", "MOBILIZE"),
    ("Sweden opened its doors to tens of thousands of Bosnian refugees.", "opened", "AID"),
    ("Belgrade accepted the deployment of unarmed monitors in the province.", "accepted", "RETREAT"),
    ("The junta acquiesced to the return of the UN observers.", "acquiesced", "RETREAT"),
])
def test_eventtypes_who_or_what_is_moved(nlp, sentence, word, expected):
    found = _event(nlp, sentence, word)
    assert found is not None and found.plover_type == expected


def test_eventtypes_natural_disaster_is_no_ones_act(nlp):
    assert _event(nlp, "A powerful earthquake destroyed hundreds of homes in the valley.", "destroyed") is None
    assert _event(nlp, "Militiamen destroyed hundreds of homes in the valley.", "destroyed") is not None


@pytest.mark.parametrize("sentence,word,expected", [
    ("Moscow blocked a draft resolution on the ceasefire at the Security Council.", "blocked", "REJECT"),
    ("The party took issue with the cabinet's handling of the strike.", "took", "ACCUSE"),
    ("The sultan extended an olive branch to the exiled opposition.", "extended", "AGREE"),
    ("The ruling council softened its stance on the language law.", "softened", "CONCEDE"),
    ("Police took three journalists into custody at the airport.", "took", "COERCE"),
    ("The neighbouring kingdom took in forty thousand refugees last winter.", "took", "AID"),
    ("Washington stepped up the pressure on Managua to hold early elections.", "stepped", "REQUEST"),
    ("Students burned effigies of the defence minister outside parliament.", "burned", "PROTEST"),
    ("Lagos shelved the border talks after the incident on the lake.", "shelved", "SANCTION"),
])
def test_eventtypes_more_of_the_phrasebook(nlp, sentence, word, expected):
    found = _event(nlp, sentence, word)
    assert found is not None and found.plover_type == expected


def test_eventtypes_preposition_according_is_no_accord(nlp):
    # "according to" must not read as "accord" in the verb-object families ("kill accord": a rejection)
    found = _event(nlp, "Drone strikes killed six fighters, according to local officials.", "killed")
    assert found is not None and found.plover_type == "ASSAULT"


def test_eventtypes_irregular_past_left_unlemmatised(nlp):
    from spacy.tokens import Doc

    # the small model sometimes tags "forgave" VB and keeps it as its own lemma
    doc = Doc(nlp.vocab, words=["The", "bishop", "forgave", "the", "attacker", "."],
              pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], tags=["DT", "NN", "VB", "DT", "NN", "."],
              lemmas=["the", "bishop", "forgave", "the", "attacker", "."], heads=[1, 2, 2, 4, 2, 2],
              deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"])
    found = trigger_type(doc[2])
    assert found is not None and found.plover_type == "SUPPORT"


@pytest.mark.parametrize("sentence,word,expected", [
    ("The opposition called a three-day hartal across the province.", "hartal", "PROTEST"),
    ("Police launched a manhunt for the escaped militants.", "manhunt", "COERCE"),
    ("The minister delivered a stinging broadside against the central bank.", "broadside", "ACCUSE"),
    ("The envoy gave firm assurances that the convoy would pass.", "assurances", "AGREE"),
])
def test_eventtypes_nominal_events_of_wire_copy(nlp, sentence, word, expected):
    found = _trigger(nlp, sentence, word)
    assert found is not None and found.plover_type == expected


def test_eventtypes_called_on_someone_at_a_place_is_a_visit(nlp):
    visit = _event(nlp, "The Danish premier called on President Mitterrand at the Elysee to discuss farm prices.", "called")
    demand = _event(nlp, "The Danish premier called on Paris to lower farm prices.", "called")
    assert visit.plover_type == "CONSULT" and demand.plover_type == "REQUEST"


def test_eventtypes_prospect_raised_is_a_threat_or_an_offer(nlp):
    threat = _event(nlp, "Brussels raised the prospect of sanctions against the junta.", "raised")
    offer = _event(nlp, "Brussels raised the prospect of talks with the junta.", "raised")
    assert threat.plover_type == "THREATEN" and offer.plover_type == "AGREE"


def test_eventtypes_idiom_for_armed_subjects_falls_back_for_others(nlp):
    assert _event(nlp, "Government troops gave ground around the airport.", "gave").plover_type == "RETREAT"
    assert _event(nlp, "The cabinet gave ground on the pension reform.", "gave").plover_type == "CONCEDE"


def test_eventtypes_person_handed_over_to_agents_is_judicial_cooperation(nlp):
    legal = _event(nlp, "Bangkok handed over the arms dealer to American agents.", "handed")
    release = _event(nlp, "The militia handed over the captured pilots to a church mission.", "handed")
    assert legal.plover_type == "COOPERATE" and release.plover_type == "RETREAT"


def test_eventtypes_munitions_falling_are_an_attack_not_a_crash(nlp):
    assert _event(nlp, "Artillery shells rained on the crowded market.", "rained").plover_type == "ASSAULT"
    assert _event(nlp, "Two rockets crashed into a school near the port.", "crashed").plover_type == "ASSAULT"
    assert _event(nlp, "A bus crashed into a lorry on the coast road.", "crashed") is None


def test_eventtypes_snipers_are_armed(nlp):
    assert _event(nlp, "Snipers picked off three soldiers at the checkpoint.", "picked").plover_type == "ASSAULT"


def test_eventtypes_trading_needs_goods_or_a_partner(nlp):
    assert _event(nlp, "The two states traded electricity for gas across the border.", "traded").plover_type == "COOPERATE"
    assert _event(nlp, "Shares in the state oil firm traded higher on Monday.", "traded") is None


def test_eventtypes_doors_opened_to_no_one_sheltered_are_no_event(nlp):
    assert _event(nlp, "The new school opened its doors in September.", "opened") is None


def test_eventtypes_a_fallback_meaning_keeps_its_own_subject_kind(nlp):
    # "smash" is a riot for crowds and an attack for shells: a burglar smashing a door is neither
    assert _event(nlp, "Rioters smashed shop windows in the old town.", "smashed").plover_type == "PROTEST"
    assert _event(nlp, "Two burglars smashed a glass door to get in.", "smashed") is None


def test_eventtypes_behind_bars_is_an_idiom_not_any_bar(nlp):
    assert _event(nlp, "The regime put the dissident behind bars.", "put").plover_type == "COERCE"
    assert _event(nlp, "We put a small bar in the kitchen.", "put") is None


def test_eventtypes_regular_past_the_model_lemmatises_wrongly_is_read_as_its_verb(nlp):
    # the small model lemmatises "extolled" as "extoll" and "prepositioned" as "prepositione"
    assert _event(nlp, "The Chilean president extolled the Peruvian rescue teams in a speech.", "extolled").plover_type == "SUPPORT"
    assert _event(nlp, "Madrid prepositioned marines in Senegal before the vote.", "prepositioned").plover_type == "MOBILIZE"


def test_eventtypes_veto_used_is_a_rejection_and_dangled_a_threat(nlp):
    assert _event(nlp, "China wielded its veto against the draft on Myanmar.", "wielded").plover_type == "REJECT"
    assert _event(nlp, "China dangled its veto over the draft on Myanmar.", "dangled").plover_type == "THREATEN"


def test_eventtypes_talks_or_aid_put_on_hold_are_halted(nlp):
    assert _event(nlp, "The trade negotiations were put on hold by Ottawa.", "put").plover_type == "SANCTION"
    assert _event(nlp, "Brussels put budget aid to the junta on hold.", "put").plover_type == "SANCTION"
    assert _event(nlp, "The caller was put on hold for an hour.", "put") is None


def test_eventtypes_remorse_atonement_and_speaking_up_for_are_support(nlp):
    assert _event(nlp, "The Dutch king expressed remorse for the colonial killings in Java.", "expressed").plover_type == "SUPPORT"
    assert _event(nlp, "The mayor atoned for the city's treatment of its Roma residents.", "atoned").plover_type == "SUPPORT"
    assert _event(nlp, "The bishop spoke up for the detained union leaders.", "spoke").plover_type == "SUPPORT"


def test_eventtypes_commandeering_is_seizure(nlp):
    assert _event(nlp, "The navy commandeered a fishing trawler off the coast.", "commandeered").plover_type == "COERCE"


def test_eventtypes_efforts_fitted_together_by_two_parties_are_cooperation(nlp):
    assert _event(nlp, "Ghana and Togo synchronised their coastal patrols last year.", "synchronised").plover_type == "COOPERATE"
    assert _event(nlp, "Quito dovetailed its border operations with Bogota's.", "dovetailed").plover_type == "COOPERATE"
    assert _event(nlp, "The ministry merged two departments in March.", "merged") is None


def test_eventtypes_information_released_is_no_freeing(nlp):
    assert _event(nlp, "The militia released a video showing the captured pilot.", "released") is None
    assert _event(nlp, "The bureau released new census figures on Tuesday.", "released") is None
    assert _event(nlp, "The militia released the captured pilot.", "released").plover_type == "RETREAT"


def test_eventtypes_put_out_of_a_bodys_ranks_is_suspension(nlp):
    assert _event(nlp, "The regional bloc ejected Gambia from its ranks after the coup.", "ejected").plover_type == "SANCTION"
    assert _event(nlp, "Lima declared the Bolivian consul persona non grata on Friday.", "declared").plover_type == "SANCTION"


def test_eventtypes_restoring_a_dissolved_parliament_is_a_concession(nlp):
    assert _event(nlp, "The sultan restored the suspended assembly after weeks of strikes.", "restored").plover_type == "CONCEDE"


def test_eventtypes_calls_for_something_are_a_demand(nlp):
    assert _main_type(nlp, "Calls for a ceasefire were made by the Nordic ministers in Oslo.") == "REQUEST"
    assert _event(nlp, "A call from the Chilean president lasted an hour.", "call") is None


def test_eventtypes_saying_no_to_something_is_a_rejection(nlp):
    assert _main_type(nlp, "The junta again said no to Nigerian requests for access.") == "REJECT"
    assert _main_type(nlp, "The governor said no one was hurt in the fire.") is None


def test_eventtypes_a_call_heeded_is_the_act_called_for(nlp):
    assert _main_type(nlp, "Taxi drivers heeded a call for a two-day strike over fuel prices.") == "PROTEST"
    assert _main_type(nlp, "The union issued a call for a general strike.") == "REQUEST"


def test_eventtypes_a_permission_announced_in_the_future_passive_is_a_concession(nlp):
    assert _main_type(nlp, "Students will be allowed to wear headscarves at state universities from next term.") == "CONCEDE"
    assert _main_type(nlp, "Refugees would be allowed to return if the fighting stopped.") == "AGREE"


def test_eventtypes_going_to_the_table_touring_and_choking_off(nlp):
    assert _main_type(nlp, "Sudanese delegates went to the table with Chadian negotiators in Nairobi.") == "CONSULT"
    assert _main_type(nlp, "An envoy of the Arab League made a tour of the Gulf capitals.") == "CONSULT"
    assert _main_type(nlp, "The cartel choked off fuel exports to Portugal in 1973.") == "SANCTION"


def test_eventtypes_a_names_title_stands_for_the_person_received(nlp):
    assert _main_type(nlp, "Tanzanian leader Julius Nyerere was received in Lusaka by Kenneth Kaunda.") == "CONSULT"


def test_eventtypes_captives_let_fly_home_are_released_exiles_let_return_are_a_concession(nlp):
    assert _main_type(nlp, "Tehran let the three British sailors fly home on Thursday.") == "RETREAT"
    assert _main_type(nlp, "The junta allowed banished student leaders to come back before the census.") == "CONCEDE"


def test_eventtypes_launched_jointly_is_cooperation(nlp):
    assert _main_type(nlp, "Argentine and Brazilian engineers jointly launched a weather satellite.") == "COOPERATE"


def test_eventtypes_package_keeps_its_public_surface_and_one_lexicon():
    import sitrep.eventtypes as eventtypes
    from sitrep.eventtypes import clause, triggers

    assert all(callable(getattr(eventtypes, name)) for name in eventtypes.__all__ if name != "LEXICON")
    assert eventtypes.LEXICON == "event_lexicon.yaml"
    # the readings and the trigger lookup share the one cached lexicon
    assert clause.lexicon() is triggers.lexicon() is eventtypes.lexicon()


def test_eventtypes_an_aspect_verb_passes_its_modality_to_the_act(nlp):
    assert _main_type(nlp, "The rebel commander swore to keep attacking army posts until the siege ended.") == "THREATEN"
    assert _main_type(nlp, "The militia said it would begin shooting prisoners if the raids went on.") == "THREATEN"
    assert _main_type(nlp, "The army resumed shelling the port town on Monday.") == "ASSAULT"


def test_eventtypes_a_conjunct_shares_its_first_verbs_intent(nlp):
    assert _main_type(nlp, "The militia said they were ready to leave the hills and hand the valley over to a peace force.") == "AGREE"
    assert _main_type(nlp, "The militia left the hills and handed the valley over to a peace force.") == "RETREAT"


def test_eventtypes_adverb_phrases_of_working_together(nlp):
    assert _main_type(nlp, "Peruvian and Chilean customs officers worked together to trace the smugglers.") == "COOPERATE"
    assert _main_type(nlp, "The premier vowed to work closely with Jakarta on fisheries.") == "AGREE"
    assert _main_type(nlp, "The engineers worked late on Friday.") is None


def test_eventtypes_nominal_acts_and_light_objects(nlp):
    assert _main_type(nlp, "Ghana and Togo resumed information sharing on border crime on Monday.") == "COOPERATE"
    assert _main_type(nlp, "Hundreds of nurses staged a sit-in at the ministry gates on Tuesday.") == "PROTEST"
    assert _main_type(nlp, "Nurses and postal workers joined the civil disobedience movement on Thursday.") == "PROTEST"
    assert _main_type(nlp, "The Treasury added two Latvian banks to its sanctions blacklist on Friday.") == "SANCTION"
    assert _main_type(nlp, "Hanoi removed restrictions on foreign reporters on Monday.") == "CONCEDE"


def test_eventtypes_help_to_investigators_and_defence_spoken_out(nlp):
    assert _main_type(nlp, "Portugal provided Belgian investigators with phone records of the suspects.") == "COOPERATE"
    assert _main_type(nlp, "The bishop spoke out in defence of the jailed journalists on Sunday.") == "SUPPORT"
    assert _main_type(nlp, "Finnish Chancellor Anna Berg was received by the Kenyan president in Nairobi.") == "CONSULT"


def test_eventtypes_provided_that_is_a_condition_and_a_legal_battle_no_fight(nlp):
    assert _main_type(nlp, "The guerrillas offered to resume talks, provided that the army left the valley first.") == "AGREE"
    assert _main_type(nlp, "Lisbon provided 40 ambulances to Guinea-Bissau.") == "AID"
    assert _main_type(nlp, "The heiress won a long legal battle over the estate.") is None


def test_eventtypes_money_paid_is_aid_and_money_withheld_returned(nlp):
    assert _main_type(nlp, "The World Bank released 80 million dollars in drought funding for Malawi.") == "AID"
    assert _main_type(nlp, "Ankara transferred 90 million dollars in frozen customs revenues to the island's government.") == "RETREAT"
    assert _main_type(nlp, "Militants released two Danish engineers on Monday.") == "RETREAT"


def test_eventtypes_planes_laden_with_relief_and_a_suspect_in_apposition(nlp):
    assert _main_type(nlp, "Three cargo planes loaded with tents and blankets were dispatched to Nepal by the Indian air force.") == "AID"
    assert _main_type(nlp, "Three cargo planes were dispatched to the border by the Indian air force.") == "MOBILIZE"
    assert _main_type(nlp, "Thailand handed over Ivan Petrov, the alleged arms broker, to American officials.") == "COOPERATE"


def test_eventtypes_inquiries_set_up_accords_revoked_and_warnings_addressed(nlp):
    assert _main_type(nlp, "The regional bloc established a commission of inquiry into the shootings at the border.") == "ACCUSE"
    assert _main_type(nlp, "The junta revoked a defence cooperation accord with Paris on Monday.") == "SANCTION"
    assert _main_type(nlp, "Ankara cautioned Athens that it would respond to any incursion.") == "THREATEN"
    assert _main_type(nlp, "The minister cautioned that no date had been fixed for the count.") is None


def test_eventtypes_a_light_verbs_act_named_with_its_modifier(nlp):
    assert _main_type(nlp, "Two hundred detainees launched a hunger strike on Sunday.") == "PROTEST"
    assert _main_type(nlp, "Seoul and Tokyo conducted an exchange of intelligence about missile launches.") == "COOPERATE"
    assert _main_type(nlp, "Under a barter deal signed in May, Iran started supplying crude to Sri Lanka.") == "COOPERATE"


def test_eventtypes_ground_weapons_counted_out_to_a_state_are_aid(nlp):
    assert _main_type(nlp, "Poland sent 30 howitzers to Moldova on Friday.") == "AID"
    assert _main_type(nlp, "Poland will send 30 howitzers to Moldova.") == "AGREE"
    assert _main_type(nlp, "Peru moved howitzers to its northern frontier.") == "MOBILIZE"


def test_eventtypes_crimes_committed_protests_registered_and_closeness_expressed(nlp):
    assert _main_type(nlp, "Monitors said the militia committed abuses against villagers in the delta.") == "ACCUSE"
    assert _main_type(nlp, "Seoul registered a strong protest with Tokyo over the textbook.") == "ACCUSE"
    assert _main_type(nlp, "The cardinal expressed his closeness to the families of the flood victims.") == "SUPPORT"


def test_eventtypes_talks_returned_to_and_conversations_by_telephone(nlp):
    assert _main_type(nlp, "The guerrillas returned to talks in Havana on Monday.") == "CONSULT"
    assert _main_type(nlp, "The guerrillas said they were ready to return to talks.") == "AGREE"
    assert _main_type(nlp, "The two premiers had a telephone conversation on Friday.") == "CONSULT"
    assert _main_type(nlp, "The villagers returned to their homes.") is None


def test_eventtypes_people_picked_up_or_held_towns_fallen_and_criticism_drawn(nlp):
    assert _main_type(nlp, "Plain-clothes police picked up four dissidents in Minsk on Sunday.") == "COERCE"
    assert _main_type(nlp, "Soldiers held the reporters for a night at the barracks.") == "COERCE"
    assert _main_type(nlp, "The miners held a rally outside the mine.") == "PROTEST"
    assert _main_type(nlp, "The garrison town fell to the insurgents at dawn.") == "COERCE"
    assert _main_type(nlp, "Wheat prices fell to a two-year low.") is None
    assert _main_type(nlp, "The finance minister came under fire for the budget cuts.") == "ACCUSE"
    assert _main_type(nlp, "The cabinet axed the planned levy on mobile money.") == "CONCEDE"


def test_eventtypes_verdicts_journeys_to_talks_and_chained_protesters(nlp):
    assert _main_type(nlp, "A court in Lyon found the two officers guilty of manslaughter.") == "ACCUSE"
    assert _main_type(nlp, "A court in Lyon found the two officers not guilty.") is None
    assert _main_type(nlp, "Rescuers found the bodies of three climbers.") is None
    assert _main_type(nlp, "The Omani envoy will travel to Sanaa next week for talks with the Houthis.") == "AGREE"
    assert _main_type(nlp, "Dozens of students chained themselves to the railings of the ministry.") == "PROTEST"


def test_eventtypes_operations_named_by_their_aim_and_raids_on_premises(nlp):
    assert _main_type(nlp, "Coastguard divers mounted a rescue operation for the stranded fishermen.") == "AID"
    assert _main_type(nlp, "The army mounted an operation against the rebels in the hills.") == "ASSAULT"
    assert _main_type(nlp, "Tax police conducted raids on the offices of two newspapers.") == "COERCE"


def test_eventtypes_a_past_tense_misread_as_an_adjective_and_praise_spoken(nlp):
    assert _main_type(nlp, "The city council relaxed rules on street vendors on Friday.") == "CONCEDE"
    assert _main_type(nlp, "The relaxed mood in the capital surprised visitors.") is None
    assert _main_type(nlp, "The Vice President spoke highly of the ties between the two navies.") == "SUPPORT"


def test_eventtypes_a_name_given_is_a_charge_or_a_denial(nlp):
    assert _main_type(nlp, "Manila described the boarding of the fishing boat as an act of piracy.") == "ACCUSE"
    assert _main_type(nlp, "The ministry called the reports of mass graves baseless.") == "REJECT"
    assert _main_type(nlp, "The envoy described the talks as constructive.") == "CONSULT"
    assert _main_type(nlp, "The union called on members to stop work.") == "REQUEST"


def test_eventtypes_blocking_a_statement_rejects_it_and_an_ultimatum_refusal_threatens(nlp):
    assert _main_type(nlp, "Poland blocked a joint statement on migration at the summit.") == "REJECT"
    assert _main_type(nlp, "Athens said it would block Skopje's accession unless the name was changed.") == "THREATEN"


def test_eventtypes_commitments_reaffirmed_offices_opened_and_launchers_rolled_out(nlp):
    assert _main_type(nlp, "Canberra reaffirmed its commitment to the security of Papua New Guinea.") == "SUPPORT"
    assert _main_type(nlp, "Canberra made a commitment to train Papuan police.") == "AGREE"
    assert _main_type(nlp, "Bahrain and Israel opened liaison offices in each other's capitals.") == "SUPPORT"
    assert _main_type(nlp, "The army rolled out rocket launchers along the northern coast.") == "MOBILIZE"


def test_eventtypes_proceedings_and_criminal_cases_opened(nlp):
    assert _main_type(nlp, "Prosecutors in Kyrgyzstan opened criminal proceedings against the former mayor.") == "ACCUSE"
    assert _main_type(nlp, "Police in Kazan opened a criminal case against the blogger.") == "ACCUSE"
    assert _main_type(nlp, "The sommelier opened a case of wine.") is None


def test_eventtypes_exchanges_that_free_nobody_and_markets_that_close(nlp):
    assert _main_type(nlp, "The finance ministry said the exchange rate fell sharply in May.") is None
    assert _main_type(nlp, "An exchange of letters between the two kings was made public.") is None
    assert _main_type(nlp, "Guards on both banks reported an exchange of gunfire at dawn.") == "ASSAULT"
    assert _main_type(nlp, "The exchange of prisoners took place on the bridge at noon.") == "RETREAT"
    assert _main_type(nlp, "The Nairobi stock exchange closed early on Friday.") is None
    assert _main_type(nlp, "Uganda closed its border with Rwanda.") is not None


def test_eventtypes_an_embassy_burned_or_raided_is_no_reduction_of_relations(nlp):
    assert _event(nlp, "Armed men burned down the Danish embassy in the capital.", "burned").plover_type == "COERCE"
    assert _event(nlp, "Police raided the offices of the consulate at dawn.", "raided").plover_type == "COERCE"
    assert _event(nlp, "The government closed the Danish embassy last week.", "closed").plover_type == "SANCTION"


def test_eventtypes_ties_renewed_or_resumed_and_nouns_read_as_their_verbs(nlp):
    assert _event(nlp, "Fiji and Tonga have renewed diplomatic ties following a long rift.", "renewed").plover_type == "SUPPORT"
    assert _event(nlp, "The two kingdoms resumed relations last spring.", "resumed").plover_type == "SUPPORT"
    assert _event(nlp, "Samoa hailed the resumption of diplomatic ties with Tonga.", "resumption").plover_type == "SUPPORT"
    assert _event(nlp, "Lawyers demanded the restoration of parliament.", "restoration").plover_type == "CONCEDE"
    # a noun made from a verb is no act alone, nor with what is not the verb's phrase
    assert _event(nlp, "The restoration was finished in May.", "restoration") is None
    assert _event(nlp, "He applied for the renewal of his passport.", "renewal") is None
    assert _event(nlp, "She renewed her passport on Monday.", "renewed") is None


def test_eventtypes_help_received_from_a_party_is_its_aid(nlp):
    # the thing received is the trigger, so that roles code the giver as the source
    assert _event(nlp, "Haiti received 30 million dollars from Canada last month.", "dollars").plover_type == "AID"
    assert _event(nlp, "Chad got new weapons from Egypt.", "weapons").plover_type == "AID"
    assert _event(nlp, "The club received money from the sale of its stadium.", "money") is None
    assert _event(nlp, "Haiti received 30 million dollars last year.", "dollars") is None


def test_eventtypes_talks_delayed_credentials_presented_and_letters_received(nlp):
    assert _event(nlp, "Fiji and Samoa have delayed their meeting because of a cyclone.", "delayed").plover_type == "SANCTION"
    assert _event(nlp, "The two premiers put off their summit until June.", "put").plover_type == "SANCTION"
    assert _event(nlp, "A cyclone delayed flights across the islands.", "delayed") is None
    assert _event(nlp, "A cyclone delayed flights across the islands.", "flights") is None  # air travel, no exodus
    assert _event(nlp, "The flight of villagers from the valley went on.", "flight").plover_type == "RETREAT"
    assert _event(nlp, "The Chilean envoy presented his credentials to the king.", "presented").plover_type == "SUPPORT"
    # what comes "from" someone is no visitor received
    assert _event(nlp, "The mayor received a letter from the president.", "received") is None
    assert _event(nlp, "The emir received the president at his palace.", "received").plover_type == "CONSULT"


def test_eventtypes_a_course_of_action_takes_its_modifiers_act(nlp):
    assert _event(nlp, "The navy began a shelling and bombing campaign against the port.", "campaign").plover_type == "ASSAULT"
    assert _event(nlp, "Gangs went on a killing and looting spree in the hills.", "spree").plover_type == "ASSAULT"
    assert _event(nlp, "The party opened its election campaign in Suva.", "campaign") is None
    assert _event(nlp, "She went on a shopping spree in Paris.", "spree") is None
    assert _event(nlp, "Tokyo launched a charm offensive in Asia.", "launched") is None
    assert _event(nlp, "Tokyo launched a charm offensive in Asia.", "offensive") is None


def test_eventtypes_a_coordinated_modifier_taken_for_the_object(nlp):
    # the parser takes "bombing" for the object and "shelling" for a verb whose object is the offensive
    doc = nlp("Fiji started an intense bombing and shelling offensive against Tonga.")
    from sitrep.eventtypes import event_type
    assert event_type(doc[4]) is None and doc[4].text == "bombing"
    assert _event(nlp, "Fiji launched a bombing against the port.", "bombing").plover_type == "ASSAULT"


def test_eventtypes_a_text_adopted_with_a_partner_is_a_formal_agreement(nlp):
    assert _event(nlp, "Peru adopted a set of resolutions with Bolivia.", "adopted").plover_type == "SUPPORT"
    assert _event(nlp, "Fiji and Samoa adopted a joint declaration on fishing.", "adopted").plover_type == "SUPPORT"
    assert _event(nlp, "The assembly adopted a resolution on Monday.", "adopted") is None
    assert _event(nlp, "The couple adopted a child last year.", "adopted") is None


def test_eventtypes_what_a_place_is_good_for_is_no_act(nlp):
    assert _event(nlp, "Tonga is a lovely place to visit.", "visit") is None
    assert _event(nlp, "The envoy will visit Tonga next week.", "visit").plover_type == "AGREE"  # an intent to consult


def test_eventtypes_an_object_after_a_short_aside(nlp):
    # the small parser leaves the object of "restore" unattached after "it seems"
    assert _event(nlp, "Fiji is poised to restore, it seems, full ties with Tonga after a long quarrel.", "restore").plover_type == "SUPPORT"
    assert _event(nlp, "He arrived, it seems, late in the day.", "arrived") is None


def test_eventtypes_ruin_promised_in_an_idiom_is_a_threat(nlp):
    assert _event(nlp, "Fiji said it could return Tonga to the Stone Age if provoked.", "return").plover_type == "THREATEN"
    assert _event(nlp, "The general vowed to wipe the rebel camp off the map.", "wipe").plover_type == "THREATEN"
    assert _event(nlp, "Officials said the storm turned the village to rubble.", "turned") is None
    assert _event(nlp, "Fiji will return the paintings to their owner.", "return") is None


def test_eventtypes_a_reduced_relative_read_as_the_verb(nlp):
    # the small parser makes "held" the sentence's verb and hangs "were released" below it
    sentence = "Twenty sailors held hostage by Somali pirates for eight months were released on Monday after a ransom was paid."
    assert _event(nlp, sentence, "held") is None
    assert _main_type(nlp, sentence) == "RETREAT"
    assert _event(nlp, "Pirates held the sailors hostage for eight months.", "held").plover_type == "ASSAULT"


def test_eventtypes_set_free_with_the_adjective_as_predicate(nlp):
    assert _event(nlp, "Nine fishermen held captive by pirates were set free by the gang on Monday.", "set").plover_type == "RETREAT"


def test_eventtypes_reforms_introduced_and_bases_opened(nlp):
    assert _event(nlp, "The king announced constitutional reforms on Friday.", "announced").plover_type == "CONCEDE"
    assert _event(nlp, "The junta pledged to carry out electoral reforms.", "carry").plover_type == "AGREE"
    assert _event(nlp, "The king announced his visit on Friday.", "announced") is None
    assert _event(nlp, "Fiji opened its air bases to Tongan transport planes.", "opened").plover_type == "COOPERATE"
    assert _event(nlp, "The bank opened a new branch on the basis of demand.", "opened") is None


def test_eventtypes_training_another_states_forces_is_military_aid(nlp):
    assert _event(nlp, "Fiji has trained 3,000 Tongan soldiers since the war.", "trained").plover_type == "AID"
    assert _event(nlp, "Fiji said it would train Samoa's police officers.", "train").plover_type == "AGREE"
    assert _event(nlp, "The army trained new recruits in the desert.", "trained") is None
    assert _event(nlp, "The team trained for the final.", "trained") is None


def test_eventtypes_weapon_systems_sent_to_a_state(nlp):
    assert _event(nlp, "Fiji sent two air defence systems to Tonga.", "sent").plover_type == "AID"
    assert _event(nlp, "Fiji sent missile systems to the border region.", "sent").plover_type == "MOBILIZE"


def test_eventtypes_not_hesitating_is_a_resolve(nlp):
    assert _event(nlp, "Fiji said it would not hesitate to strike Tonga if attacked.", "strike").plover_type == "THREATEN"
    assert _event(nlp, "Fiji said it would strike Tonga's ports.", "strike").plover_type == "THREATEN"


def test_eventtypes_walking_away_from_cooperation_or_a_deal(nlp):
    assert _event(nlp, "The junta ended military cooperation with Fiji.", "ended").plover_type == "SANCTION"
    assert _event(nlp, "Fiji quit the fishing deal with Tonga in 2019.", "quit").plover_type == "SANCTION"
    assert _event(nlp, "Fiji withdrew from the arms control treaty.", "withdrew").plover_type == "SANCTION"
    assert _event(nlp, "The troops withdrew from the town.", "withdrew").plover_type == "RETREAT"
    assert _event(nlp, "The minister quit the cabinet.", "quit").plover_type == "CONCEDE"


def test_eventtypes_a_stance_toward_an_act(nlp):
    assert _event(nlp, "Fiji said it was open to talks with Tonga on fishing rights.", "talks").plover_type == "AGREE"
    assert _event(nlp, "The rebels said they were not open to negotiations.", "negotiations").plover_type == "REJECT"
    assert _event(nlp, "Fiji held talks with Tonga on fishing rights.", "talks").plover_type == "CONSULT"


def test_eventtypes_a_condition_hung_on_a_clause_of_the_object(nlp):
    sentence = "Fiji said it would block Tonga's bid to join the forum unless Nuku'alofa cracked down on smugglers."
    assert _event(nlp, sentence, "block").plover_type == "THREATEN"


def test_eventtypes_contact_cut_with_a_state_and_cases_filed(nlp):
    assert _event(nlp, "Fiji cut all communication lines with Tonga on Tuesday.", "cut").plover_type == "SANCTION"
    assert _event(nlp, "The junta cut internet access in three provinces.", "cut").plover_type == "COERCE"
    assert _event(nlp, "Fiji filed a case against Tonga at the world court.", "filed").plover_type == "ACCUSE"
    assert _event(nlp, "The waiter opened a case of wine.", "opened") is None


def test_eventtypes_a_package_of_help(nlp):
    assert _event(nlp, "Fiji announced a new weapons package for Tonga.", "package").plover_type == "AID"
    assert _event(nlp, "Fiji rejoined the regional research programme.", "rejoined").plover_type == "COOPERATE"
    assert _event(nlp, "The courier left a package at the door.", "package") is None


def test_eventtypes_a_verb_of_saying_that_tells_an_act_is_no_act(nlp):
    assert _main_type(nlp, "Tongan troops left the base at night, officials in Suva complained.") == "RETREAT"
    assert _main_type(nlp, "Bandits ambushed a supply column near Nadi, the police conceded in a statement.") == "ASSAULT"
    assert _main_type(nlp, "Fijian officials complained that Tongan police had rounded up their fishermen.") == "COERCE"
    assert _event(nlp, "Fiji complained to the council about the fishing fleet.", "complained").plover_type == "ACCUSE"
    assert _event(nlp, "The general admitted defeat.", "admitted").plover_type == "CONCEDE"


def test_eventtypes_possibilities_kept_open_and_plans_denied(nlp):
    assert _event(nlp, "Fiji did not rule out a naval strike against Tonga.", "rule").plover_type == "THREATEN"
    assert _event(nlp, "Fiji ruled out talks with Tonga.", "ruled").plover_type == "REJECT"
    assert _event(nlp, "Fiji has no plans to return the sculptures to Tonga.", "return").plover_type == "REJECT"
    assert _event(nlp, "Fiji plans to return the sculptures to Tonga.", "return").plover_type == "AGREE"
    assert _event(nlp, "Fiji hinted that it might resort to force if Tongan boats stayed.", "resort").plover_type == "THREATEN"


def test_eventtypes_promises_of_force_and_retribution_are_threats(nlp):
    assert _event(nlp, "Fiji promised a firm response if Tonga pressed on with the drills.", "promised").plover_type == "THREATEN"
    assert _event(nlp, "The rebels pledged to target any ship bound for Tonga.", "pledged").plover_type == "THREATEN"
    assert _event(nlp, "The rebels pledged not to attack civilians.", "pledged").plover_type == "AGREE"
    assert _event(nlp, "Fiji promised a swift response to the aid request.", "promised").plover_type == "AGREE"


def test_eventtypes_office_forgone_and_decreed_futures(nlp):
    assert _event(nlp, "The governor announced she would not seek a second mandate.", "seek").plover_type == "CONCEDE"
    assert _event(nlp, "The president said he would run for a third term.", "run") is None
    assert _event(nlp, "Fiji will seek a loan from the fund.", "seek").plover_type == "REQUEST"
    assert _event(nlp, "Under the new law, the state will allow opposition parties to register.", "allow").plover_type == "CONCEDE"
    assert _event(nlp, "Under the deal, Fiji will withdraw its troops.", "withdraw").plover_type == "AGREE"


def test_eventtypes_politics_and_economy_wording(nlp):
    assert _event(nlp, "The tribunal scaled back the university admission quotas.", "scaled").plover_type == "CONCEDE"
    assert _event(nlp, "Fiji scaled back its forces near the border.", "scaled").plover_type == "RETREAT"
    assert _event(nlp, "Fiji restored mobile phone coverage in the north.", "restored").plover_type == "CONCEDE"
    assert _event(nlp, "The senate postponed the vote on the draft media law.", "postponed").plover_type == "CONCEDE"
    assert _event(nlp, "The fund froze fresh credit to Tonga.", "froze").plover_type == "SANCTION"
    assert _event(nlp, "Fiji removed Tonga from its white list of approved exporters.", "removed").plover_type == "SANCTION"
    assert _event(nlp, "Fiji removed Tonga from its blacklist.", "removed").plover_type == "CONCEDE"
    assert _event(nlp, "The two sides settled on an open-ended ceasefire.", "settled").plover_type == "AGREE"
    assert _event(nlp, "The assembly awarded its human rights prize to a Tongan activist.", "awarded").plover_type == "SUPPORT"
    assert _event(nlp, "Tonga submitted a formal bid for associate membership in the forum.", "submitted").plover_type == "REQUEST"
    assert _event(nlp, "Fiji would not approve Tonga's membership bid.", "approve").plover_type == "REJECT"
    assert _event(nlp, "The committee approved the budget.", "approved") is None


def test_eventtypes_cooperation_wording(nlp):
    assert _event(nlp, "Fiji granted Tongan forces access to a naval base and two airstrips.", "granted").plover_type == "COOPERATE"
    assert _event(nlp, "Oman is investing $3 billion in Fijian ports.", "investing").plover_type == "COOPERATE"
    assert _event(nlp, "The company invested heavily in new technology.", "invested") is None
    assert _event(nlp, "The ministry worked with Tongan investigators to find the suspects.", "worked").plover_type == "COOPERATE"
    assert _event(nlp, "He worked with children for twenty years.", "worked") is None
    assert _event(nlp, "Fijian and Tongan experts jointly hunted for spyware in the banking network.", "hunted").plover_type == "COOPERATE"
    assert _event(nlp, "The couple jointly announced their divorce.", "announced") is None
    # a verb of saying outside the lexicon said together is no joint act either
    assert _event(nlp, "The two ministries jointly confirmed the date of the census.", "confirmed") is None
    assert _event(nlp, "Fiji and Tonga linked their payment systems.", "linked").plover_type == "COOPERATE"
    assert _event(nlp, "Police linked the killing to a local gang.", "linked") is None
    assert _event(nlp, "Fiji and Tonga signed a swap line of $4 billion for three years.", "line").plover_type == "COOPERATE"
    assert _event(nlp, "Fiji sent 14 jailed gang bosses to Australia on one flight.", "sent").plover_type == "COOPERATE"
    assert _event(nlp, "The court sent the protesters to jail.", "sent").plover_type == "COERCE"


def test_eventtypes_help_hosting_and_measures_on_states(nlp):
    assert _event(nlp, "Fiji sent a brigade of medics and nurses to Tonga.", "sent").plover_type == "AID"
    assert _event(nlp, "Fiji sent a brigade of marines to Tonga.", "sent").plover_type != "AID"
    assert _event(nlp, "The Fijian premier welcomed Tongan Prime Minister Sione Vea to Suva for talks.", "welcomed").plover_type == "CONSULT"
    assert _event(nlp, "Fiji welcomed the decision of the court.", "welcomed").plover_type == "SUPPORT"
    assert _event(nlp, "The Pacific Forum barred Fiji from all its meetings after the coup.", "barred").plover_type == "SANCTION"
    assert _event(nlp, "The council barred residents from the park.", "barred").plover_type == "COERCE"
    assert _event(nlp, "The government suspended Facebook's services nationwide.", "suspended").plover_type == "COERCE"
    assert _event(nlp, "Fiji declared emergency rule and a general mobilisation as the fighting spread.", "declared").plover_type == "MOBILIZE"
    assert _event(nlp, "Fiji is moving nuclear weapons to Tonga.", "moving").plover_type == "MOBILIZE"
    assert _event(nlp, "The tax office named the minister a suspect in the fraud case.", "named").plover_type == "ACCUSE"
    assert _event(nlp, "The assembly formed a commission to investigate the dealings of the outgoing cabinet.", "formed").plover_type == "ACCUSE"
    assert _event(nlp, "The president will travel to Suva next week on a state visit.", "visit").plover_type == "AGREE"
    assert _event(nlp, "The abbot took the feuding chiefs to a monastery for a silent retreat.", "retreat") is None
    assert _event(nlp, "Thousands of Fijian union members filled the streets of Lautoka.", "filled").plover_type == "PROTEST"


def test_eventtypes_armed_groups_raiding_and_attacking_together(nlp):
    assert _event(nlp, "Militiamen raided the hamlet of Ba, torching granaries.", "raided").plover_type == "ASSAULT"
    assert _event(nlp, "Police raided the homes of three activists.", "raided").plover_type == "COERCE"
    assert _event(nlp, "Separatist rebels and tribal militias launched a joint attack on a police outpost.", "launched").plover_type == "ASSAULT"
    assert _event(nlp, "Fijian and Tongan troops launched a joint offensive against the rebels.", "launched").plover_type == "COOPERATE"
    assert _event(nlp, "Four soldiers were captured by rebel fighters in a dawn raid.", "captured").plover_type == "ASSAULT"
    assert _event(nlp, "Troops captured two rebel commanders.", "captured").plover_type == "COERCE"
    assert _event(nlp, "Troops opened fire to scatter the crowd, killing a teenager.", "opened").plover_type == "ASSAULT"
    assert _event(nlp, "Police fired tear gas to scatter the marchers.", "fired").plover_type == "COERCE"


def test_eventtypes_veiled_threats_and_acts_set_aside(nlp):
    assert _event(nlp, "Fiji hinted at armed retaliation against Tonga over the sinking.", "hinted").plover_type == "THREATEN"
    assert _event(nlp, "The premier hinted at a cabinet reshuffle.", "hinted") is None
    assert _event(nlp, "Fiji said it would take firm countermeasures against Tonga if it hosted the envoy.",
                  "countermeasures").plover_type == "THREATEN"
    assert _event(nlp, "Officials said that lifting the sanctions on Tonga is out of the question.", "lifting").plover_type == "REJECT"
    assert _event(nlp, "Talks with the rebels are off the table, the minister said.", "Talks").plover_type == "REJECT"
    assert _event(nlp, "Talks with the rebels are on the table.", "Talks").plover_type == "CONSULT"


def test_eventtypes_pushing_for_and_joint_making(nlp):
    assert _event(nlp, "Fiji is pushing hard for debt relief for the islands.", "pushing").plover_type == "REQUEST"
    assert _event(nlp, "Fiji and Tonga will build a joint weather satellite.", "build").plover_type == "AGREE"
    assert _event(nlp, "Fiji sold timber to Tonga in exchange for fishing rights.", "exchange") is None


def test_eventtypes_tear_gas_with_people_hurt_stays_crowd_control(nlp):
    sentence = "Police fired tear gas at traders in the bazaar, and a few bystanders were hurt."
    assert _event(nlp, sentence, "fired").plover_type == "COERCE"


def test_eventtypes_measures_naming_dealings_on_a_state(nlp):
    assert _event(nlp, "Fiji eased travel restrictions on Tonga.", "eased").plover_type == "RETREAT"
    assert _event(nlp, "The city eased traffic restrictions on the bridge.", "eased").plover_type == "CONCEDE"
    assert _event(nlp, "Fiji imposed export controls on Tonga.", "imposed").plover_type == "SANCTION"
    assert _event(nlp, "The regime imposed tight controls on the press.", "imposed").plover_type == "COERCE"


def test_eventtypes_pots_banged_and_joint_units(nlp):
    assert _event(nlp, "Pensioners banged pots and pans in front of the town hall.", "banged").plover_type == "PROTEST"
    assert _event(nlp, "Fiji and Tonga set up a joint brigade of 4,000 troops.", "set").plover_type == "COOPERATE"


def test_eventtypes_planned_deployments_stay_deployments(nlp):
    assert _event(nlp, "Fiji announced plans to station a permanent garrison in Tonga.", "station").plover_type == "MOBILIZE"
    assert _event(nlp, "Fiji will deploy 600 riot officers to Tonga.", "deploy").plover_type == "MOBILIZE"
    assert _event(nlp, "Fiji said it would deploy troops to the border unless Tonga withdrew.", "deploy").plover_type == "THREATEN"
    assert _event(nlp, "Fiji said it would shell the port.", "shell").plover_type == "THREATEN"


def test_eventtypes_visits_aid_expulsions_and_concern(nlp):
    assert _event(nlp, "The crown prince received the Tongan national security adviser in Suva.", "received").plover_type == "CONSULT"
    assert _event(nlp, "The agency resumed food distributions in the region.", "distributions").plover_type == "AID"
    assert _event(nlp, "Fiji said it was deeply concerned by Tonga's military drills.", "drills").plover_type == "ACCUSE"
    assert _event(nlp, "Tonga held military drills near the reef.", "drills").plover_type == "MOBILIZE"


def test_eventtypes_laws_struck_down(nlp):
    assert _event(nlp, "The supreme court struck down the president's travel ban.", "struck").plover_type == "REJECT"
    assert _event(nlp, "The gunman struck down two guards.", "struck").plover_type == "ASSAULT"


def test_eventtypes_precision_on_local_news_wording(nlp):
    # what is met that is no one met, a patrol car, linking one thing with another, an application approved
    assert _event(nlp, "Just three schools met the reading target last term.", "met") is None
    assert _event(nlp, "The ferry terminal might not be completed in time to meet its deadline.", "meet") is None
    assert _event(nlp, "The two ministers met in Suva.", "met").plover_type == "CONSULT"
    assert _event(nlp, "She was spotted in a patrol car beside a deputy.", "patrol") is None
    assert _event(nlp, "Police connected the suspect with the homicide.", "connected") is None
    assert _event(nlp, "The board approved the application on Monday.", "approved") is None


def test_eventtypes_precision_on_local_news_partners_and_paperwork(nlp):
    assert _event(nlp, "Marla has worked with Delgado for eleven years.", "worked") is None
    assert _event(nlp, "The town has invested a great deal in its riverside park.", "invested") is None
    assert _event(nlp, "Residents must file a form with the clerk's office.", "file") is None
    assert _event(nlp, "The trophies will be presented at a dinner next Friday.", "presented") is None
    assert _event(nlp, "The county has no authority to grant a denial.", "grant") is None or \
        _event(nlp, "The county has no authority to grant a denial.", "grant").plover_type != "REJECT"


def test_eventtypes_fines_and_candidate_status(nlp):
    assert _event(nlp, "Regulators fined the e-commerce giant two billion dollars.", "fined").plover_type == "COERCE"
    assert _event(nlp, "The forum granted Tonga candidate status on Friday.", "granted").plover_type == "SUPPORT"
    assert _event(nlp, "The court granted him refugee status.", "granted").plover_type == "AID"


def test_eventtypes_precision_on_web_news_choices_crews_and_verdicts(nlp):
    assert _event(nlp, "They settled on baker Ines for the opening show.", "settled") is None
    assert _event(nlp, "The two premiers settled on halving their border garrisons.", "settled").plover_type == "AGREE"
    assert _event(nlp, "We sent a fire engine to the warehouse.", "sent") is None
    assert _event(nlp, "Fiji returned the detained Tongan sailors at the harbour.", "returned").plover_type == "RETREAT"
    assert _event(nlp, "The jury found him not guilty of murder.", "found") is None
    assert _event(nlp, "The prosecutor said the two men were linked with the gang.", "linked") is None


def test_eventtypes_terms_worked_out_and_county_partners(nlp):
    assert _event(nlp, "Fiji and Tonga worked out a compromise on fishing rights.", "worked").plover_type == "AGREE"
    assert _event(nlp, "The firm is investing $42 million in the Clark County plant.", "investing") is None


def test_eventtypes_consent_or_recognition_withdrawn(nlp):
    assert _event(nlp, "The junta withdrew its consent for the U.N. peacekeeping mission.", "withdrew").plover_type == "SANCTION"
    assert _event(nlp, "Fiji withdrew its recognition of Tonga.", "withdrew").plover_type == "SANCTION"
    assert _event(nlp, "The ministry revoked the accreditation of two foreign journalists.", "revoked").plover_type == "COERCE"


def test_eventtypes_a_participle_read_as_the_verb_without_an_agent(nlp):
    sentence = "The activists imprisoned for opposing the regime were released yesterday by the president."
    assert _event(nlp, sentence, "imprisoned") is None
    assert _main_type(nlp, sentence) == "RETREAT"
    assert _main_type(nlp, "Rebels attacked the town and were repelled by troops.") == "ASSAULT"


def test_eventtypes_states_of_emergency_or_siege_put_on_a_place(nlp):
    # the state is named by its "of" phrase, however long the noun phrase; a verb "put" whose phrase only
    # mentions a riot quells none, "put down" does
    assert _event(nlp, "The council put the port city under a ninety-day state of emergency.", "put").plover_type == "COERCE"
    assert _event(nlp, "The junta placed three provinces under a state of siege.", "placed").plover_mode == "martial-law"
    assert _event(nlp, "The mayor put the new rules to a vote after the riots.", "put") is None
    assert _event(nlp, "Soldiers put down the mutiny at the barracks.", "put").plover_type == "COERCE"


def test_eventtypes_measures_slapped_on_a_state_or_at_home(nlp):
    assert _event(nlp, "Canada slapped visa restrictions on Burmese generals.", "slapped").plover_type == "SANCTION"
    assert _event(nlp, "The mayor slapped a ban on street parades.", "slapped").plover_type == "COERCE"
    assert _event(nlp, "Ottawa imposed visa restrictions on Burmese officials.", "imposed").plover_type == "SANCTION"


def test_eventtypes_plans_told_by_is_to_and_intentions_of(nlp):
    assert _main_type(nlp, "The governor has no intention of stepping down, her aide said.") == "REJECT"
    assert _main_type(nlp, "The foreign minister is to visit Lima next week.") == "AGREE"
    assert _main_type(nlp, "The queen is due to visit Accra in March.") == "AGREE"
    # a purpose told by "is to" plans nothing of anyone's
    assert _main_type(nlp, "The next step is to hold talks with the strikers.") == "CONSULT"


def test_eventtypes_tariffs_imposed_and_immunity_stripped(nlp):
    assert _event(nlp, "Ottawa imposed steep tariffs on Peruvian copper.", "imposed").plover_type == "SANCTION"
    assert _event(nlp, "The assembly stripped three senators of their immunity.", "stripped").plover_type == "COERCE"
    assert _event(nlp, "The council raised parking fees downtown.", "raised") is None


def test_eventtypes_acts_not_yet_done_held_back_or_claimed(nlp):
    assert _main_type(nlp, "The junta has yet to free the detained reporters.") == "REJECT"
    assert _main_type(nlp, "The assembly refrained from ratifying the border pact.") == "REJECT"
    assert _event(nlp, "The navy stopped short of boarding the tanker.", "boarding") is None
    assert _event(nlp, "The regent withheld his assent to the budget.", "withheld").plover_type == "REJECT"
    # "insisted" with an act told as done is a claim; with the subjunctive, a demand
    assert _main_type(nlp, "The colonel insisted that his gunners had never shelled the market.") == "ASSAULT"
    assert _main_type(nlp, "The mediator insisted that both armies withdraw.") == "REQUEST"


def test_eventtypes_conditions_and_coups_kept_open(nlp):
    # the act in an "if/unless" condition has not happened: the threat is the event
    sentence = "The drivers' union said it would block the motorways unless the ministry cut fuel taxes."
    assert _event(nlp, sentence, "cut") is None
    assert _main_type(nlp, sentence) == "THREATEN"
    assert _main_type(nlp, "A retired colonel did not rule out a putsch against the ailing president.") == "THREATEN"


def test_eventtypes_wire_wording_of_trade_help_and_concessions(nlp):
    assert _main_type(nlp, "Canberra relaxed curbs on barley and wine sales to China last week.") == "RETREAT"
    assert _main_type(nlp, "Algeria assured Tunisia of its help in securing the desert frontier.") == "AGREE"
    assert _main_type(nlp, "Facing a port strike, the transport ministry made concessions on overtime pay.") == "CONCEDE"
    assert _main_type(nlp, "Kazakhstan shipped uranium to France under a long-term contract.") == "COOPERATE"
    assert _main_type(nlp, "Swiss magistrates forwarded bank records to Brazilian investigators probing the bribery scheme.") == "COOPERATE"
    assert _main_type(nlp, "The charity shipped two containers of millet to drought-hit herding families in northern Kenya.") == "AID"
    assert _main_type(nlp, "The former guerrillas put their last arms caches beyond use in front of church witnesses.") == "RETREAT"
    assert _main_type(nlp, "The interior ministry rushed gendarmes to the northern oil fields after looting broke out.") == "MOBILIZE"
    assert _main_type(nlp, "Denmark slashed aid programmes in Uganda over the new media law.") == "SANCTION"
    assert _main_type(nlp, "Ankara postponed the next round of negotiations with Athens on maritime borders.") == "SANCTION"
    assert _main_type(nlp, "The Baltic countries pooled their fisheries patrols.") == "COOPERATE"
    assert _main_type(nlp, "Five Caribbean governments established a joint trade zone for farm produce.") == "COOPERATE"
    assert _main_type(nlp, "The transitional council is due to return the country to multiparty rule in 2028.") == "AGREE"
    assert _main_type(nlp, "Finance officials came to Nairobi for a week of deliberations over the partnership's grain reserve.") == "CONSULT"


def test_eventtypes_public_places_shut_by_a_crowd(nlp):
    assert _main_type(nlp, "Farmers closed the main highway with their tractors to protest grain prices.") == "PROTEST"
    assert _main_type(nlp, "Workers spent the week shutting the old plant down.") != "PROTEST"


def test_eventtypes_wire_idioms_and_headline_verbs(nlp):
    expected = {
        "The palace has pencilled in a state visit for the Ghanaian president in late spring.": "AGREE",
        "The two prime ministers shook hands on a joint bid to host the games.": "AGREE",
        "Several Nobel laureates lent their voices to the campaign for the jailed poet.": "SUPPORT",
        "Oslo bowed to fishing lobbies and abandoned the new quota regime.": "CONCEDE",
        "Abuja reversed the curfew on the northern cities after a week.": "CONCEDE",
        "Seoul waived duties on Vietnamese shrimp for a year.": "RETREAT",
        "Two hundred Ghanaian peacekeepers flew out of Juba as their mandate ran out.": "RETREAT",
        "The prison governor let out forty inmates to ease overcrowding.": "RETREAT",
        "The Kuwaiti fund stumped up most of the money for rebuilding the old bridge in Mostar.": "AID",
        "Trucks from the Turkish Red Crescent offloaded tents and blankets at the camp.": "AID",
        "The mayor's office pinned the warehouse fire on striking dockers.": "ACCUSE",
        "The anti-graft office requested indictments against three port officials.": "ACCUSE",
        "The union would not entertain the employers' offer of a two percent raise.": "REJECT",
        "Union leaders discarded the management's pay offer as an insult.": "REJECT",
        "The ministry held the grain deal with Kyiv in abeyance pending an audit.": "SANCTION",
        "Niamey recalled its delegates to the river basin commission.": "SANCTION",
        "The telecoms authority suspended the accounts of two exiled bloggers.": "COERCE",
        "Animal-rights activists glued their hands to the counter of a fur shop.": "PROTEST",
        "Opposition lawmakers stayed away from the king's speech to parliament.": "PROTEST",
        "Market traders in Kano observed a one-day shutdown over the new levy.": "PROTEST",
        "Departing Belgian troops handed the outpost over to a Congolese battalion.": "RETREAT",
        "Ottawa unfroze the assets of two Afghan charities after an audit.": "RETREAT",
    }
    assert {s: _main_type(nlp, s) for s in expected} == expected
    # precision: a local meeting scheduled is planned, water channels blocked and a warrant issued keep their meaning
    assert _main_type(nlp, "Engineers tried to block the irrigation channels to save the crops.") != "COERCE"
    assert _main_type(nlp, "A judge issued an arrest warrant for the former mayor.") == "COERCE"


def test_eventtypes_conditions_allegations_summons_and_calls(nlp):
    # an auxiliary before the subject makes a condition; a trailing allegation attributes the act it tells
    assert _event(nlp, "Ranchers would sue the state should the new pipeline cross their grazing land.", "cross") is None
    assert _main_type(nlp, "A logging firm kept supplying trucks to the insurgents, forest rangers alleged.") == "AID"
    assert _main_type(nlp, "Forest rangers alleged that a logging firm had supplied trucks to the insurgents.") == "ACCUSE"
    # a summons to demand is the demand
    assert _main_type(nlp, "Oslo summoned the Eritrean charge d'affaires to press for news of a missing Norwegian sailor.") == "REQUEST"
    assert _main_type(nlp, "Oslo summoned the Eritrean charge d'affaires over the sailor's disappearance.") == "ACCUSE"
    # calling on a person with nothing asked of them is a visit
    assert _main_type(nlp, "The new nuncio called on the patriarch and the mayor during his first week in Kyiv.") == "CONSULT"
    assert _main_type(nlp, "The envoy called on the prime minister to resign.") == "REQUEST"


def test_eventtypes_ways_cleared_people_left_dead_and_sent_home(nlp):
    assert _event(nlp, "The court ruling freed the way for new elections.", "freed") is None
    assert _main_type(nlp, "Bandits raided a market town, leaving nineteen traders dead.") == "ASSAULT"
    assert _event(nlp, "Bandits raided a market town, leaving nineteen traders dead.", "leaving").plover_type == "ASSAULT"
    assert _main_type(nlp, "Under a church-brokered deal, Asmara sent home a dozen Ethiopian fishermen it had detained at sea.") == "RETREAT"
    assert _main_type(nlp, "The party chairman stepped aside to let younger members run the campaign.") == "CONCEDE"


def test_eventtypes_bodies_left_huddles_back_channels_and_guests_feted(nlp):
    assert _main_type(nlp, "Bolivia quit the Andean trade bloc after the row over pipelines.") == "SANCTION"
    assert _main_type(nlp, "The finance minister quit the cabinet over the budget.") == "CONCEDE"
    assert _main_type(nlp, "Opposition leaders huddled late into the night over a joint candidate.") == "CONSULT"
    assert _event(nlp, "Families huddled in tents as the storm passed.", "huddled") is None
    assert _main_type(nlp, "Washington used a back channel in Oslo to reach the rebels.") == "CONSULT"
    assert _main_type(nlp, "The visiting sultan was feted in Jakarta with a state banquet.") == "CONSULT"
    assert _main_type(nlp, "The president was feted for his bravery.") == "SUPPORT"


def test_eventtypes_idioms_stay_in_their_clause_and_seas_of_fire(nlp):
    # an idiom's words are not gathered from another clause with its own subject ("gave ... until troops fought their way")
    assert _main_type(nlp, "The monastery gave shelter to the wounded fighters until troops fought their way into the valley.") == "AID"
    assert _main_type(nlp, "The warlord said he would turn the rebel stronghold into a sea of flames.") == "THREATEN"
    assert _main_type(nlp, "Tehran launched two cruise missiles into the Sea of Oman during the drill.") == "MOBILIZE"
    assert _main_type(nlp, "Honduras quit the OAS in a row over the vote count.") == "SANCTION"
    assert _main_type(nlp, "The bishop went from office to office in Lusaka, calling on the president in an effort to calm the election row.") == "CONSULT"


def test_eventtypes_vetoed_packages_entity_lists_and_drone_fires(nlp):
    assert _main_type(nlp, "Vienna blocked the EU's loan to Sarajevo at the finance ministers' meeting.") == "REJECT"
    assert _main_type(nlp, "The ministry blocked aid to the rebel-held north.") == "SANCTION"
    assert _main_type(nlp, "London added three Iranian shipping agents to its sanctions list.") == "SANCTION"
    assert _main_type(nlp, "The council added two names to the list of speakers.") != "SANCTION"
    assert _main_type(nlp, "Rebel rockets set fire to a grain warehouse outside Port Sudan.") == "ASSAULT"


def test_eventtypes_nationals_sent_back_and_joint_projects_kicked_off(nlp):
    assert _main_type(nlp, "Greece sent back dozens of migrants to Turkey.") == "COERCE"
    assert _main_type(nlp, "Kenya and Ethiopia kicked off a shared railway venture in the border town of Moyale.") == "COOPERATE"
    assert _main_type(nlp, "The team kicked off the season with a win.") is None


def test_eventtypes_acts_promised_by_force_and_armour_rolling_up(nlp):
    assert _main_type(nlp, "The tribal council said it would defend its grazing lands by force.") == "THREATEN"
    assert _main_type(nlp, "The minister said he would defend the budget in parliament.") == "AGREE"
    assert _main_type(nlp, "A column of Ethiopian armour rolled towards the Sudanese frontier overnight.") == "MOBILIZE"
    assert _main_type(nlp, "The children rolled up their sleeves.") is None


def test_eventtypes_ground_taken_in_fighting_is_the_battle(nlp):
    assert _main_type(nlp, "Tribal fighters captured the oasis town following a week-long siege.") == "ASSAULT"
    assert _main_type(nlp, "Troops took control of the hill village after the rebels pulled out.") == "COERCE"
    assert _main_type(nlp, "Coast guards seized a Panama-registered trawler off the Libyan coast.") == "COERCE"


def test_eventtypes_an_act_pushed_for_is_requested(nlp):
    # the small parser reads "for" as a conjunction on the act pressed for; the act is what is asked
    assert _main_type(nlp, "Brazil is pushing hard for Peru endorse its candidate for the bank.") == "REQUEST"


def test_eventtypes_words_inside_proper_names_are_no_events(nlp):
    # a trigger word that is one word of a name of several: a body, a place, a title
    assert _trigger(nlp, "Officers of the Highway Patrol closed the road after the crash.", "Patrol") is None
    assert _trigger(nlp, "Agents of the State Patrol stopped the bus near the border.", "Patrol") is None
    assert _trigger(nlp, "Two reporters were taken to the Harbin No. 3 Detention Centre on Friday.", "Detention") is None
    assert _trigger(nlp, 'She starred in the musical "The Soldier\'s Visit" last year.', "Visit") is None
    # the acts told beside the names stay, and a capital opening a sentence marks no name
    assert _trigger(nlp, "Officers of the Highway Patrol closed the road after the crash.", "closed") is not None
    assert _trigger(nlp, "Fighters from the Coastal Support Forces stormed the market on Monday.", "stormed").plover_type == "ASSAULT"
    assert _trigger(nlp, "Protests spread to three more cities on Sunday.", "Protests").plover_type == "PROTEST"
    assert _trigger(nlp, "Talks on the dam resumed in Nairobi.", "Talks").plover_type == "CONSULT"
    assert _trigger(nlp, "The army launched Operation Iron Shield against the smugglers.", "launched").plover_type == "ASSAULT"


def test_eventtypes_event_nouns_naming_a_kind_of_thing_are_no_events(nlp):
    # an event noun modifying a noun that is no act says what kind of monitor, worker, victim... it is
    said = "Gunmen burned 30 huts near the river on Tuesday, a war monitor said."
    assert _trigger(nlp, said, "war") is None
    assert _trigger(nlp, said, "burned") is not None
    assert _trigger(nlp, "A protest leader was arrested on Monday.", "protest") is None
    assert _trigger(nlp, "An aid worker was killed in the attack.", "aid") is None
    assert _trigger(nlp, "An aid worker was killed in the attack.", "attack").plover_type == "ASSAULT"
    assert _trigger(nlp, "The asylum seekers waited at the port for three days.", "asylum") is None
    assert _trigger(nlp, "The kidnapping victim was found alive in a forest.", "kidnapping") is None
    assert _trigger(nlp, "Aid groups could not reach the villages inside the war zone.", "war") is None
    assert _trigger(nlp, "Aid groups could not reach the villages inside the war zone.", "Aid") is None
    assert _trigger(nlp, "The suspect took a shooting stance in front of the officers.", "shooting") is None
    # (the second of two coordinated modifiers too)
    assert _trigger(nlp, "Rape and assault cases rose sharply last year.", "assault") is None
    # hyphened to a word describing a noun
    assert _trigger(nlp, "The war-torn country received new loans.", "war") is None
    assert _trigger(nlp, "The war-torn country received new loans.", "loans").plover_type == "AID"
    assert _trigger(nlp, "Protest-related charges against the students were dropped.", "Protest") is None
    # a warrant orders an arrest or a search, not the crime it names; a flood is fought with no force
    assert _trigger(nlp, "The kidnapping warrants were withdrawn on Friday.", "kidnapping") is None
    assert _trigger(nlp, "Local volunteers joined the flood fighting effort.", "fighting") is None


def test_eventtypes_event_nouns_told_as_events_stay(nlp):
    # the same nouns as the act itself, under an act, or under a noun that tells or carries the act
    assert _trigger(nlp, "The war killed thousands of people.", "war").plover_type == "ASSAULT"
    assert _trigger(nlp, "Aid arrived in the city on Monday.", "Aid").plover_type == "AID"
    assert _trigger(nlp, "The strike paralysed the port for a week.", "strike") is not None
    assert _trigger(nlp, "Thousands joined a protest Saturday in the capital.", "protest").plover_type == "PROTEST"
    assert _trigger(nlp, "A car bomb attack killed five people in the market.", "bomb").plover_type == "ASSAULT"
    assert _trigger(nlp, "An assassination attempt on the governor failed.", "assassination").plover_type == "ASSAULT"
    assert _trigger(nlp, "An aid convoy reached the besieged town on Friday.", "aid").plover_type == "AID"
    assert _trigger(nlp, "The government announced a military aid package for the border regions.", "aid").plover_type == "AID"
    assert _trigger(nlp, "Judges signed an arrest warrant naming the former mayor.", "arrest").plover_type == "COERCE"
    assert _trigger(nlp, "Workers began strike action at the port.", "strike") is not None
    assert _trigger(nlp, "The army launched a bombing campaign against the rebels.", "bombing").plover_type == "ASSAULT"
    assert _trigger(nlp, "Qatar began a mediation effort between the rivals.", "mediation").plover_type == "CONSULT"
    assert _trigger(nlp, "The two capitals kept up back-channel contacts through Oman.", "channel").plover_type == "CONSULT"
    assert _trigger(nlp, "The government imposed lockdown measures in the north.", "lockdown").plover_type == "COERCE"


def test_eventtypes_a_condition_put_first_in_its_sentence(nlp):
    # the inverted condition most often opens the sentence: its auxiliary is no "must" and no act is done
    assert _event(nlp, "Should the rebels attack the town, the army will evacuate it.", "attack") is None


def test_eventtypes_martial_law_is_not_made_a_mobilisation_by_the_next_sentence(nlp):
    # the nouns standing in for an object the parser hung elsewhere are the verb's own sentence's
    sentence = "A state of emergency was declared. Curfews and a mobilisation of reservists followed."
    assert _event(nlp, sentence, "declared").plover_type == "COERCE"


def test_eventtypes_past_form_read_as_an_idiom_head(nlp):
    # "raped" lemmatised "rap" (the head of "rap knuckles" only): the verb of its own wins; "rapped" stays the idiom
    assert _event(nlp, "Gunmen raped two nurses near the clinic, residents said.", "raped").plover_type == "ASSAULT"


def test_eventtypes_motion_defeated_and_relief_brought_and_trade_status_revoked(nlp):
    assert _event(nlp, "Lawmakers defeated an opposition motion to impeach the president.", "defeated").plover_type == "REJECT"
    assert _event(nlp, "The troops defeated the insurgents in the valley.", "defeated").plover_type == "ASSAULT"
    assert _event(nlp, "Aid workers brought medicines and tents to the flooded villages.", "brought").plover_type == "AID"
    assert _event(nlp, "The scandal brought the minister to tears.", "brought") is None
    assert _event(nlp, "Washington revoked Nicaragua's preferential trade status.", "revoked").plover_type == "SANCTION"


def test_eventtypes_or_face_held_over_a_demand_is_an_ultimatum(nlp):
    sentence = "The governor told the strikers to return to the mines by Monday or face dismissal and military action."
    assert _event(nlp, sentence, "action").plover_type == "THREATEN"
    sentence = "The envoy told the militia to free the hostages or face sanctions."
    assert _event(nlp, sentence, "free").plover_type == "THREATEN"
    # a strike held over a demand is a protest announced: the demand stays one
    sentence = "The teachers insisted that the police release the detained teachers or face a nationwide strike."
    assert _event(nlp, sentence, "release").plover_type == "REQUEST"


def test_eventtypes_told_to_stop_an_act_is_a_request(nlp):
    sentence = "Seoul told Moscow to stop selling arms to the North, the ministry said."
    assert _event(nlp, sentence, "selling").plover_type == "REQUEST"


def test_eventtypes_what_an_inquiry_found_is_an_accusation(nlp):
    sentence = "A parliamentary inquiry found that the prison guards had beaten the inmates."
    assert _event(nlp, sentence, "beaten").plover_type == "ACCUSE"
    sentence = "The watchdog said in a report that the militia had carried out summary executions of prisoners."
    assert _event(nlp, sentence, "executions").plover_type == "ACCUSE"
    # a source trailing the act attributes it: the act stays the news
    sentence = "Soldiers shot dead four fishermen off the coast, an inquiry found."
    assert _event(nlp, sentence, "shot").plover_type == "ASSAULT"


def test_eventtypes_wanted_person_handed_to_another_state_is_judicial_cooperation(nlp):
    sentence = "Nepal handed over a gang boss to Indian police at the Birgunj crossing."
    assert _event(nlp, sentence, "handed").plover_type == "COOPERATE"
    # freed captives handed to a charity, or ground handed over, stay as they were
    assert _event(nlp, "The militia handed over the captured soldiers to the Red Crescent.", "handed").plover_type == "RETREAT"
    assert _event(nlp, "The rebels handed over the airport to the army.", "handed").plover_type == "RETREAT"


def test_eventtypes_vow_to_build_is_a_promise(nlp):
    assert _event(nlp, "The governor vowed to rebuild the bridges washed away by the floods.", "vowed").plover_type == "AGREE"
    assert _event(nlp, "The insurgents vowed to destroy the new dam.", "vowed").plover_type == "THREATEN"


def test_eventtypes_sorry_for_an_act_is_an_apology(nlp):
    sentence = "The general said he was sorry for the bombing of the wedding party."
    assert _event(nlp, sentence, "bombing").plover_type == "SUPPORT"


def test_eventtypes_truce_reached_is_an_agreement(nlp):
    assert _event(nlp, "The two clans reached a truce on Sunday in the chief's compound.", "reached").plover_type == "AGREE"


def test_eventtypes_not_hesitating_to_act_is_a_threat(nlp):
    sentence = "The defence minister said the navy would not hesitate to board foreign trawlers."
    assert _event(nlp, sentence, "hesitate").plover_type == "THREATEN"
    # no party holding force, or an act with its own type
    assert _event(nlp, "She would not hesitate to recommend the hotel.", "hesitate") is None
    assert _event(nlp, "The central bank will not hesitate to act, the governor said.", "hesitate") is None


def test_eventtypes_children_seized_by_gunmen_are_abducted(nlp):
    sentence = "Gunmen seized forty pupils from a village school overnight."
    assert _event(nlp, sentence, "seized").plover_type == "ASSAULT"
    assert _event(nlp, "Customs officers seized forty kilos of heroin.", "seized").plover_type == "COERCE"


def test_eventtypes_armoured_vehicles_moved_are_deployed(nlp):
    sentence = "The guard moved armoured vehicles onto the main avenue overnight."
    assert _event(nlp, sentence, "moved").plover_type == "MOBILIZE"
    assert _event(nlp, "The dealer moved its vehicles to a bigger lot.", "moved") is None


def test_eventtypes_bloodshed_promised_is_a_threat(nlp):
    sentence = "The gang promised the city more bloodshed unless its leader was freed."
    assert _event(nlp, sentence, "promised").plover_type == "THREATEN"


def test_eventtypes_peacekeepers_sent_to_reinforce_are_a_build_up(nlp):
    sentence = "Another 600 peacekeepers were sent to the east to bolster the mission."
    assert _event(nlp, sentence, "sent").plover_type == "MOBILIZE"
    assert _event(nlp, "The UN sent peacekeepers to guard the camps.", "sent").plover_type == "AID"


def test_eventtypes_an_investigation_team_concluding_is_an_accusation(nlp):
    sentence = "The joint investigation team concluded that soldiers had shot the two reporters at close range."
    assert _event(nlp, sentence, "shot").plover_type == "ACCUSE"


def test_eventtypes_sent_back_to_the_stone_age_is_a_threat(nlp):
    sentence = "The general warned that his bombers would send the insurgents back to the Stone Age should they strike again."
    assert _event(nlp, sentence, "send").plover_type == "THREATEN"


def test_eventtypes_offer_in_return_for_something_is_a_proposal(nlp):
    sentence = "Tokyo offered Pyongyang rice and fertiliser in exchange for the return of its abducted citizens."
    assert _event(nlp, sentence, "offered").plover_type == "AGREE"


def test_eventtypes_a_date_set_for_talks_is_an_intent_to_meet(nlp):
    sentence = "The junta and the opposition fixed a date to reopen negotiations in Dakar."
    assert _event(nlp, sentence, "negotiations").plover_type == "AGREE"


def test_eventtypes_works_inaugurated_by_two_states_are_cooperation(nlp):
    sentence = "Laos and Thailand inaugurated a new Mekong bridge on Saturday."
    assert _event(nlp, sentence, "inaugurated").plover_type == "COOPERATE"
    assert _event(nlp, "The mayor inaugurated a new bridge on Saturday.", "inaugurated") is None


def test_eventtypes_a_body_saying_or_a_study_showing_is_no_finding(nlp):
    # only findings of an inquiry, or what is said "in a report", are accusations
    sentence = "The monitoring mission said the first blast was set off by a landmine."
    assert _event(nlp, sentence, "blast").plover_type != "ACCUSE"
    assert _event(nlp, "A study showed the new drug was as effective as surgery.", "was") is None


def test_eventtypes_reports_heard_are_no_finding(nlp):
    sentence = "Officers responding to reports that a man had been beating passers-by arrested him."
    assert _event(nlp, sentence, "beating").plover_type == "ASSAULT"


@pytest.mark.parametrize("sentence, word", [
    ("Militia fighters may have shot dozens of villagers, a rights group said.", "shot"),
    ("The air force might have bombed a wedding party near the river, local officials said.", "bombed"),
    ("Soldiers could have tortured the detainees, the inquiry heard.", "tortured"),
])
def test_eventtypes_hedged_past_act_is_the_act_not_a_threat(nlp, sentence, word):
    # "may/might/could have" + past participle: a possible past act, reported as a claim
    t = _event(nlp, sentence, word)
    assert t is not None and t.plover_type == "ASSAULT", t


def test_eventtypes_possible_future_harm_is_still_a_threat(nlp):
    t = _event(nlp, "The rebels said they could shell the airport at any moment.", "shell")
    assert t is not None and t.plover_type == "THREATEN", t


def _main(nlp, sentence):
    from sitrep.roles import main_event

    found = main_event(nlp(sentence)[:])
    return (found[0].text, found[1].plover_type) if found else None


@pytest.mark.parametrize("sentence, expected", [
    # the small parser reads "X's army imposed martial law" as one noun phrase: the participle is the verb
    ("Chad's military imposed martial law in two provinces.", ("imposed", "COERCE")),
    # and "the militia leaders snubbed government offer of talks": the snub, not the offer
    ("The tribal council snubbed government offer of a truce.", ("snubbed", "REJECT")),
    ("The farmers union snubbed government offer of compensation.", ("snubbed", "REJECT")),
])
def test_eventtypes_participle_read_as_a_modifier_heads_its_clause(nlp, sentence, expected):
    assert _main(nlp, sentence) == expected


def test_eventtypes_describing_participle_stays_no_event(nlp):
    assert _event(nlp, "The newly imposed curfew angered traders in the capital.", "imposed") is None


@pytest.mark.parametrize("sentence, word", [
    ("Border police handed the arms trafficker to Bulgarian authorities.", "handed"),
    ("Jordan transferred three militants to Iraq, where they face trial.", "transferred"),
    ("Peru handed the cocaine lord to Bolivian officials on Monday.", "handed"),
    ("The gang leader was transferred to Italian custody last week.", "transferred"),
])
def test_eventtypes_wrongdoer_transferred_to_another_state_is_judicial_cooperation(nlp, sentence, word):
    t = _event(nlp, sentence, word)
    assert t is not None and (t.plover_type, t.plover_mode) == ("COOPERATE", "legal"), t


def test_eventtypes_goods_handed_to_officials_are_no_extradition(nlp):
    t = _event(nlp, "The charity handed blankets and tents to Armenian officials.", "handed")
    assert t is None or t.plover_type != "COOPERATE", t


@pytest.mark.parametrize("sentence, expected", [
    # an order to an armed group not one's own is a demand, an ultimatum with a penalty held over it
    ("The governor ordered the rebels to quit the airport or face air strikes.", "THREATEN"),
    ("The council ordered armed groups to leave the capital by Friday.", "REQUEST"),
    ("The junta ordered the militiamen to disband.", "REQUEST"),
])
def test_eventtypes_order_to_an_armed_group_to_leave_is_a_demand(nlp, sentence, expected):
    t = _event(nlp, sentence, "ordered")
    assert t is not None and t.plover_type == expected, t


def test_eventtypes_troops_ordered_to_a_place_are_still_deployed(nlp):
    t = _event(nlp, "The defence minister ordered two brigades to the northern border.", "ordered")
    assert t is not None and t.plover_type == "MOBILIZE", t


@pytest.mark.parametrize("sentence, expected", [
    # a crossing or a shared site reopened by two parties is cooperation; by one, the easing of a closure
    ("Chile and Peru reopened their busiest border crossing to lorries on Monday.", "COOPERATE"),
    ("Jordan reopened its desert frontier with Iraq to lorries on Monday.", "RETREAT"),
])
def test_eventtypes_reopened_by_two_parties_is_cooperation(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "into force" makes a text binding: no forces are sent
    ("Chile and Peru put into force a customs agreement on Monday.", "COOPERATE"),
    ("The junta put into force new curfew rules.", "COERCE"),
])
def test_eventtypes_put_into_force_is_no_deployment(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


def test_eventtypes_release_of_money_is_aid(nlp):
    assert _main_type(nlp, "Finance ministers approved the release of 3 billion dollars to Portugal on Friday.") == "AID"
    assert _main_type(nlp, "The release of the hostages came on Friday.") == "RETREAT"


def test_eventtypes_visiting_names_the_guests(nlp):
    # the promise told to the guests is the news, not a visit
    assert _main_type(nlp, "Japan's premier told visiting Chinese officials on Monday that Tokyo would keep lending "
                           "to Beijing.") == "AGREE"
    assert _main_type(nlp, "The minister is visiting Chinese officials in Beijing this week.") == "CONSULT"


@pytest.mark.parametrize("sentence, expected", [
    ("The army deposed the president in a coup on Tuesday.", "COERCE"),
    ("Mutinous soldiers overthrew the elected government.", "COERCE"),
    ("The party ousted its leader.", None),
])
def test_eventtypes_coup_by_armed_actors_is_coercion(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


def test_eventtypes_plea_turned_aside_is_refused(nlp):
    assert _main_type(nlp, "The court turned aside an appeal by the former general against his extradition.") == "REJECT"
    assert _main_type(nlp, "The convoy turned aside to avoid a checkpoint.") is None


def test_eventtypes_crew_sent_home_are_released(nlp):
    assert _main_type(nlp, "Ghana sent home the 12 crew members of a seized trawler.") == "RETREAT"


def test_eventtypes_prospect_held_out_of_cooperation_is_an_offer(nlp):
    # the small parser hangs the "of" on the date
    assert _main_type(nlp, "Chile's foreign minister held out the prospect on Monday of joint patrols with Peru, "
                           "while insisting that the border was settled.") == "AGREE"
    assert _main_type(nlp, "The general held out the prospect on Monday of air strikes on the rebels.") == "THREATEN"


@pytest.mark.parametrize("sentence, expected", [
    ("Moscow reserves the right to strike militants in Georgia if Tbilisi does nothing, the minister said.", "THREATEN"),
    ("The president told Serbia that it faced military strikes if it did not pull back its tanks.", "THREATEN"),
    # (the small parser hangs the "to" clause on "declared" when a date sits between)
    ("The Serbian premier declared his cabinet ready today to restart negotiations with Pristina on border crossings "
     "after a long break.", "AGREE"),
    ("The town faced heavy shelling on Monday.", "ASSAULT"),
])
def test_eventtypes_acts_held_in_readiness(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


def test_eventtypes_walkout_during_a_speech_is_a_protest(nlp):
    assert _main_type(nlp, "Canada's delegation walked out of a UN conference on Tuesday during a speech by the Syrian "
                           "foreign minister.") == "PROTEST"
    assert _main_type(nlp, "The rebel delegation walked out of the peace talks on Tuesday.") == "SANCTION"


@pytest.mark.parametrize("sentence, expected", [
    # forces sent to guard a state's own people or property are a deployment; sent to protect a host's civilians, help
    ("Belgium flew 300 paratroopers to Kinshasa to protect foreign nationals as looting spread.", "MOBILIZE"),
    ("Spain sent two frigates to protect its fishing boats off the disputed banks.", "MOBILIZE"),
    ("Kenya sent 500 troops to Haiti to protect civilians.", "AID"),
])
def test_eventtypes_forces_sent_to_guard_their_own_are_deployed(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Peru's police stepped up security around oil fields on Friday after rebels killed two guards.", "MOBILIZE"),
    ("Police tightened security in the capital ahead of the vote.", "MOBILIZE"),
    ("The two states stepped up security cooperation.", "COOPERATE"),
])
def test_eventtypes_security_stepped_up_is_a_build_up(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


def test_eventtypes_mobilisation_declared_is_the_build_up(nlp):
    assert _main_type(nlp, "Georgia declared a nationwide mobilisation and imposed martial law as Russian columns "
                           "advanced.") == "MOBILIZE"


@pytest.mark.parametrize("sentence, expected", [
    # contracts signed by states are business done; a player's contract is no news event
    ("Greece and Turkey inked two contracts to co-produce a new tank.", "COOPERATE"),
    ("The striker signed a new contract with the club.", None),
])
def test_eventtypes_contracts_signed_are_cooperation(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


def test_eventtypes_trade_resumed_is_cooperation(nlp):
    # the attack told in the "after" clause is background
    assert _main_type(nlp, "Algeria resumed gas exports to Spain on Monday under a supply contract, after a pipeline was "
                           "repaired following a bomb attack, the ministry said.") == "COOPERATE"


@pytest.mark.parametrize("sentence, expected", [
    # help offered is an intent to give it (CAMEO 033); help extended is given
    ("The World Bank extended an offer of emergency credit to Malawi on Monday.", "AGREE"),
    ("Korea extended 40 million dollars of soft credit to Laos.", "AID"),
])
def test_eventtypes_help_offered_is_an_intent(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an opening participle of arrival sets the scene of a visit; several people called on are asked
    ("Arriving in Hanoi for a state visit, the Thai premier called on President Tran Duc Luong on Friday to discuss rice "
     "exports.", "CONSULT"),
    ("During a visit to Cairo, the envoy called on Egypt to release the detained journalists.", "REQUEST"),
    ("The pope called on leaders to discuss peace.", "REQUEST"),
])
def test_eventtypes_called_on_during_a_visit(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # military gear a state hands to another's forces is military aid; ground, its own weapons or seized goods are not
    ("Germany handed over 20 armoured vehicles to the Ukrainian army, the defence ministry said.", "AID"),
    ("Britain handed over the seized oil tanker to Iran.", "RETREAT"),
    ("The army handed over the base to Afghan forces.", "RETREAT"),
])
def test_eventtypes_gear_handed_to_forces_is_military_aid(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


def test_eventtypes_deadline_slapped_is_an_ultimatum(nlp):
    assert _main_type(nlp, "The alliance slapped a deadline on the junta to pull its tanks out of the capital or face "
                           "air strikes.") == "THREATEN"
    assert _main_type(nlp, "The EU slapped tariffs on Chinese steel.") == "SANCTION"


@pytest.mark.parametrize("sentence, expected", [
    # an international body given access is let in (CAMEO 086), as inspectors allowed back are
    ("Damascus allowed UN monitors access to two army depots.", "RETREAT"),
    ("Iraq granted UN inspectors access to the palaces.", "RETREAT"),
    ("The junta said no to a UN appeal for access to its jails.", "REJECT"),
])
def test_eventtypes_access_for_an_international_body_lets_it_in(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected
    # access granted to others is no international involvement
    assert _main_type(nlp, "The court granted the lawyers access to the prisoner.") != "RETREAT"


@pytest.mark.parametrize("sentence, expected", [
    # a cooperative act vowed never to be done is a refusal; a vow not to allow raids, or not to cut aid, a promise
    ("The rebels vowed never to free the hostages.", "REJECT"),
    ("The minister pledged never to recognise the breakaway region.", "REJECT"),
    ("Chad and Niger pledged not to let rebels stage raids on each other from their soil.", "AGREE"),
    ("Japan promised not to cut aid to Laos.", "AGREE"),
])
def test_eventtypes_vow_never_to_cooperate_is_a_refusal(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


def test_eventtypes_armed_foes_ousted_are_driven_out_in_fighting(nlp):
    assert _main_type(nlp, "Troops ousted the rebels from the hilltop village on Friday.") == "ASSAULT"
    assert _main_type(nlp, "Rebels overthrew the government in 1991.") == "COERCE"


# --- families found on the CAMEO-coverage tuning batch: MOBILIZE, PROTEST, REJECT, REQUEST, RETREAT, SANCTION, SUPPORT, THREATEN ---

@pytest.mark.parametrize("sentence, expected", [
    # food refused, a fast begun, a hunger strike or a blockade kept up are protests (CAMEO 142, 144)
    ("Forty jailed Sahrawi activists refused meals on Tuesday, their lawyers said.", "PROTEST"),
    ("A dozen Chechen exiles started a fast outside the embassy in Oslo.", "PROTEST"),
    ("Some 300 dockers in Gdansk pressed ahead with a hunger strike.", "PROTEST"),
    ("Cree trappers kept up their barricade on the logging road on Friday.", "PROTEST"),
    # other things refused stay refusals; air strikes kept up stay attacks
    ("The cabinet refused the union's demands.", "REJECT"),
    ("The air force kept up its air strikes on the harbour.", "ASSAULT"),
])
def test_eventtypes_hunger_strikes_and_protests_kept_up(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # envoys, convoys and relief flights let through, a region opened to outside eyes (CAMEO 086, 0863)
    ("The junta allowed a Red Cross envoy to visit the detention camp on Tuesday.", "RETREAT"),
    ("Asmara permitted WFP relief flights into the western lowlands.", "RETREAT"),
    ("Militiamen let a food convoy through to the besieged town on Sunday.", "RETREAT"),
    ("Hanoi opened the central highlands to foreign correspondents on Monday.", "RETREAT"),
    # links cut by a blockade restored, a garrison thinned (CAMEO 0872, 087)
    ("Ankara restored rail links to Yerevan on Friday.", "RETREAT"),
    ("Delhi began scaling down its garrison on the glacier.", "RETREAT"),
    # a restriction lifted for one's own people stays a concession
    ("The government allowed the newspapers to publish again.", "CONCEDE"),
])
def test_eventtypes_access_let_in_and_links_restored(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # monitors, peacekeepers and aid agencies expelled or withdrawn (CAMEO 166)
    ("The junta ordered the UN peacekeepers to leave within a week.", "SANCTION"),
    ("The rebels ordered foreign aid agencies to quit the province on Tuesday.", "SANCTION"),
    ("Kampala ordered the Red Cross's staff out of the northern districts.", "SANCTION"),
    ("Canada withdrew its election monitors from Haiti on Friday.", "SANCTION"),
    ("Fiji withdrew its battalion from the multinational peacekeeping mission in Sinai.", "SANCTION"),
    # residents told to leave are coerced; one's own troops pulled back withdraw
    ("The mayor ordered residents to leave the flooded district.", "COERCE"),
    ("Hanoi pulled its troops out of Cambodia.", "RETREAT"),
])
def test_eventtypes_missions_expelled_or_withdrawn(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # conditional and compelled threats, ultimatums with a deadline (CAMEO 13, 135, 1382, 139)
    ("Oslo said it could be forced to suspend its mediation if the shelling went on.", "THREATEN"),
    ("Ankara said it was ready to reoccupy the buffer zone if the raids continued.", "THREATEN"),
    ("The alliance gave the gunners until dawn to move their artillery away from the town.", "THREATEN"),
    ("The chief prosecutor said he will seek to outlaw two separatist parties.", "THREATEN"),
    # being forced to act, no "could": the act itself
    ("The airline was forced to suspend flights to Lagos.", "SANCTION"),
    # seeking help stays a request
    ("Lima sought help from Quito.", "REQUEST"),
])
def test_eventtypes_threats_held_over(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # wanting another party to act is asking it to (CAMEO 10)
    ("Budapest wants Bucharest to guarantee minority rights in a binding treaty.", "REQUEST"),
    ("The Malian premier wants the African Union to send more troops to Gao.", "REQUEST"),
    ("The Malian premier wants to send more troops to Gao.", "MOBILIZE"),
    # refusals: "will not hear of", "will not give up", an offer dismissed (CAMEO 12)
    ("The old king will not hear of stepping down, his aides said.", "REJECT"),
    ("Rabat will not give up the disputed islets in exchange for a truce.", "REJECT"),
    ("The Karen rebels dismissed a government proposal for a truce.", "REJECT"),
    ("The president dismissed the cabinet on Monday.", "CONCEDE"),
])
def test_eventtypes_wanting_others_to_act_and_refusals(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # crowds demonstrating: rallying in support, defying a ban to march, signing a petition (CAMEO 14)
    ("About 40,000 Chileans rallied in Santiago on Sunday in support of the truth commission.", "PROTEST"),
    ("Thousands of Togolese defied a curfew on Friday to rally in Lome.", "PROTEST"),
    ("Over 20,000 residents of Minsk signed petitions demanding freedom for jailed editors.", "PROTEST"),
    # police drafted in are a build-up (CAMEO 153)
    ("Zambia drafted extra police into Lusaka before the vote.", "MOBILIZE"),
    # a senator rallying support, a state defying a resolution, presidents signing a treaty: no protest
    ("The senator rallied support for the bill.", "SUPPORT"),
    ("Baghdad defied the UN resolutions.", "REJECT"),
])
def test_eventtypes_crowds_demonstrating_and_police_drafted(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected
    assert _main_type(nlp, "The two presidents signed a treaty on Monday.") != "PROTEST"


# ---- families found on the CAMEO-coverage tuning batch: ACCUSE, AGREE, AID, ASSAULT, COERCE, CONCEDE, CONSULT, COOPERATE ----

@pytest.mark.parametrize("sentence, expected", [
    # a tie between parties named by its field is no force built up: a pledge to widen it is a promise (CAMEO 03)
    ("Quito pledged to boost defence ties with Lima.", "AGREE"),
    ("Quito pledged to boost its defences along the border with Lima.", "THREATEN"),
])
def test_eventtypes_ties_named_by_their_field(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the one who escaped an attack is its target: the attack is the event (CAMEO 185)
    ("The Sudanese governor escaped an ambush on his motorcade near Kadugli.", "ASSAULT"),
    ("Hundreds of inmates escaped from a jail in Kandahar.", "RETREAT"),
])
def test_eventtypes_attack_escaped(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a party forcing people to act or to leave a place coerces them (CAMEO 17)
    ("Guatemalan soldiers forced peasants to carry supplies up the mountain.", "COERCE"),
    ("City officials in Hanoi forced hawkers from the streets of the old quarter.", "COERCE"),
    # floods forcing people out are no party's act; a forced retreat tells the retreat
    ("Heavy floods forced thousands from their homes in Assam.", None),
    ("The offensive forced the garrison to withdraw from the pass.", "RETREAT"),
])
def test_eventtypes_forced_by_a_party(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # ready or willing to do something no entry names: an intent (CAMEO 03)
    ("Uruguay is ready to name an ambassador to Havana, its foreign minister told reporters.", "AGREE"),
    ("The two emirates said they were willing to settle their quarrel over the reef.", "AGREE"),
    ("Uruguay said it was not ready to name an ambassador to Havana.", None),
    ("The squad is ready to play on Sunday.", None),
])
def test_eventtypes_ready_to_do_an_untyped_act(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # strikers or protesters ending their own protest ease dissent (CAMEO 08); a promise to is an intent
    ("Railway workers in Dhaka ended their two-week strike on Friday.", "CONCEDE"),
    ("Medical students said they would suspend their sit-in outside the ministry.", "AGREE"),
    # police ending a sit-in, a sanction taken in protest: no dissent eased
    ("Riot police ended the students' sit-in using batons.", "PROTEST"),
    ("Ankara halted military exchanges with Athens in protest at the naval drills.", "SANCTION"),
])
def test_eventtypes_protest_called_off(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an act said to meet or bow to a demand yields on it (CAMEO 08)
    ("Kiev signed the pension bill into law, bowing to demands from striking miners.", "CONCEDE"),
    ("Kiev signed the pension bill into law.", "SUPPORT"),
    # rights or autonomy granted are a reform acceded to (CAMEO 083); asylum granted stays help
    ("Abuja granted the Ogoni region wide autonomy after years of agitation.", "CONCEDE"),
    ("Canberra granted the Afghan interpreters asylum.", "AID"),
])
def test_eventtypes_demands_met_and_rights_granted(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # onlookers who "stood by" back no one; standing by a party is support (CAMEO 05)
    ("Settlers uprooted olive groves near the village while soldiers stood by.", None),
    ("Tokyo stood by its ally after the vote.", "SUPPORT"),
])
def test_eventtypes_standing_by(nlp, sentence, expected):
    if expected is None:
        assert _main_type(nlp, sentence) != "SUPPORT"
    else:
        assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a crowd's violent act "in protest" is a violent protest (CAMEO 145); street theatre staged by a crowd (14)
    ("Youths set fire to two buses in Soweto in protest over the evictions.", "PROTEST"),
    ("Students in Dhaka staged a mock trial of the education minister.", "PROTEST"),
    # troops burning a village, an army's parade, a court's exercise: no protest
    ("Troops set fire to the village in protest, witnesses said.", "COERCE"),
    ("The court held a mock trial for law students.", None),
])
def test_eventtypes_crowd_acts_in_protest(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a ban, curfew or martial law dropped or ended is yielding (CAMEO 08); tariffs cut ease a trade measure
    ("Dhaka dropped its curfew on the port city of Chittagong.", "CONCEDE"),
    ("Seoul ended martial law in the south in 1981.", "CONCEDE"),
    ("Dhaka imposed a curfew on the port city of Chittagong.", "COERCE"),
    ("Canberra cut import duties on Thai rice.", "RETREAT"),
    ("Canberra said it would slash tariffs on Japanese cars.", "AGREE"),
    ("Canberra cut aid to Fiji.", "SANCTION"),
])
def test_eventtypes_bans_dropped_and_duties_cut(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a body set up with an inquiry as its purpose is an investigation (CAMEO 09); set up for trade it is cooperation
    ("The Commonwealth set up a committee to investigate vote rigging in Lusaka.", "ACCUSE"),
    ("Cairo and Khartoum created a joint trade commission to boost commerce.", "COOPERATE"),
    # others rallied to close ranks or form a front against a party, named outright or by what it was called (CAMEO 113)
    ("Nkrumah exhorted African leaders to close ranks against Portugal.", "ACCUSE"),
    ("The mufti urged Muslims to form a united front against what he termed Israeli aggression.", "ACCUSE"),
    ("Nkrumah exhorted African leaders to close ranks.", "REQUEST"),
])
def test_eventtypes_inquiries_and_rallies(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a "y" verb's past the small model lemmatises "-ie" ("reoccupied" -> "reoccupie") keeps its entry
    ("Ethiopian troops reoccupied the border town of Badme.", "COERCE"),
    # troops sent to a peacekeeping force or mission, and peacekeepers patrolling, keep the peace (CAMEO 074)
    ("Nepal sent 300 soldiers to the UN peacekeeping mission in Haiti.", "AID"),
    ("Polish peacekeepers began patrolling the ceasefire line.", "AID"),
    ("Nepal sent 300 soldiers to the border.", "MOBILIZE"),
])
def test_eventtypes_reoccupied_and_peacekeeping(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # weapons shipped, flown or sent to another party's government or army are military aid (CAMEO 072)
    ("Havana shipped artillery to the Ethiopian government.", "AID"),
    ("Havana flew anti-tank weapons to the Ethiopian army.", "AID"),
    ("Havana sent tanks to the Ethiopian border.", "MOBILIZE"),
    # a party letting it be known it might or could do something cooperative states an intent (CAMEO 03)
    ("Pretoria hinted that it might bow to pressure over Namibia.", "AGREE"),
    ("Pretoria bowed to pressure over Namibia.", "CONCEDE"),
])
def test_eventtypes_gear_shipped_and_possible_yielding(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a war or feud put behind one, a hatchet buried: forgiveness (CAMEO 056)
    ("Hanoi said on Monday it had put the conflict behind it.", "SUPPORT"),
    ("The rival clans buried the hatchet on Monday.", "SUPPORT"),
    # the dead buried after a war, a leader put behind bars: no forgiveness
    ("The court put the rebel leader behind bars.", "COERCE"),
])
def test_eventtypes_enmity_put_behind_is_forgiven(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected
    assert _main_type(nlp, "The army buried the dead after the war.") != "SUPPORT"


@pytest.mark.parametrize("sentence, expected", [
    # regret over another party's act is disapproval (CAMEO 11); regret for one's own deeds or role an apology (05)
    ("Ottawa expressed regret over Delhi's latest missile test.", "ACCUSE"),
    ("Ottawa expressed regret for the deaths of the fishermen.", "SUPPORT"),
    ("Ottawa expressed regret over its role in the affair.", "SUPPORT"),
])
def test_eventtypes_regret_over_another_party(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# --- ploverfix share 1 (ACCUSE AGREE AID ASSAULT COERCE CONCEDE CONSULT COOPERATE), fourteenth session ---
@pytest.mark.parametrize("sentence, expected", [
    # "look into", "delve into": phrasal verbs of inquiry (CAMEO 09), also as a new body's purpose
    ("A panel of judges will look into the deaths of miners in Potosi.", "ACCUSE"),
    ("Auditors delved into the accounts of the state airline in Lusaka.", "ACCUSE"),
    ("The cabinet set up a commission to look into the collapse of the Andean bank.", "ACCUSE"),
    # people sent to investigate: the inquiry is the act, not help sent
    ("A Red Cross team was sent to Chechnya to investigate reports of abuses.", "ACCUSE"),
    ("Norway dispatched experts to Angola to look into the crash of a relief plane.", "ACCUSE"),
    # near misses: experts sent to help stay help; a look at something is no inquiry
    ("Norway dispatched experts to Angola to help the relief effort.", "AID"),
])
def test_eventtypes_look_into_and_sent_to_investigate(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a pledge to send peacekeepers or a peacekeeping force is a promise of protection (CAMEO 03), no threat
    ("Tonga pledged on Friday to send a peacekeeping unit to the Solomons.", "AGREE"),
    ("Peru pledged to send a battalion of peacekeepers to Lebanon.", "AGREE"),
    # near miss: troops pledged to crush a revolt are a threat
    ("Fiji pledged to send more troops to crush the revolt on Bougainville.", "THREATEN"),
])
def test_eventtypes_pledge_of_peacekeepers(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# --- share 2 (MOBILIZE PROTEST REJECT REQUEST RETREAT SANCTION SUPPORT THREATEN), twentieth batch families ---
@pytest.mark.parametrize("sentence, expected", [
    # a restriction kept or said to stay in force or in place is a refusal to ease it (CAMEO 124)
    ("The junta said it would keep the ban on the newspaper in force.", "REJECT"),
    ("Lima will keep its embargo on the province in place, a spokesman said.", "REJECT"),
    ("The governor said the curfew in Kano would remain in force.", "REJECT"),
    ("The governor imposed a curfew in Kano.", "COERCE"),
    # a closure of territory lifted is eased like a blockade (RETREAT, CAMEO 0872)
    ("The army lifted its closure of the West Bank.", "RETREAT"),
])
def test_eventtypes_restriction_kept_or_closure_lifted(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a mediating role given up halts mediation (CAMEO 165); held over a party with "unless", a threat
    ("The Vatican gave up its role as intermediary between Lima and Quito.", "SANCTION"),
    ("Oslo said it could give up its role as mediator in the Aceh talks unless both sides stopped fighting.", "THREATEN"),
    # ties scaled back reduce relations; a policy scaled back yields
    ("Canberra scaled back its ties with Fiji, suspending military contacts.", "SANCTION"),
    ("Canberra scaled back its plans for a new tax.", "CONCEDE"),
    ("Paris said it might be forced to review its relations with Lome unless the army returned to barracks.", "THREATEN"),
    # a foreign mission's withdrawal ordered, or aid agencies expelled, is CAMEO 166; one's own troops' withdrawal a pull-back
    ("Accra ordered the withdrawal of UN monitors from the north.", "SANCTION"),
    ("Accra ordered the pullout of its soldiers from the Volta region.", "RETREAT"),
    ("Asmara expelled foreign aid agencies from the border region.", "SANCTION"),
])
def test_eventtypes_mediation_ties_and_missions_ended(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # weapons paraded and shows of strength staged are shows of force (CAMEO 15); a crowd parading protests
    ("Pyongyang's army paraded missiles through Kim Il Sung Square.", "MOBILIZE"),
    ("The Iranian navy staged a show of strength in the Gulf on Monday.", "MOBILIZE"),
    ("Protesters paraded through the streets of Quito.", "PROTEST"),
    # a commercial or traders' strike is a protest, not an attack
    ("Pakistani shopkeepers kept their stalls shut in a commercial strike against new taxes.", "PROTEST"),
])
def test_eventtypes_shows_of_force_and_trade_strikes(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a political reform stated for the future, by verbs no trigger names, is an intent (CAMEO 034)
    ("The emir said he would overhaul the emirate's electoral system next year.", "AGREE"),
    ("The Fijian leader said he would appoint an ethnic Indian as deputy premier.", "AGREE"),
    ("The junta said it would draw up a new charter within a year.", "AGREE"),
    ("Lesotho's cabinet intends to restructure the national council before the polls.", "AGREE"),
    # near misses: no political object, or the reform already done, is no intent
    ("The coach said he would appoint a new captain for the season.", "NONE"),
    ("The junta drew up a new charter last year.", "NONE"),
])
def test_eventtypes_reform_intended(nlp, sentence, expected):
    assert (_main_type(nlp, sentence) or "NONE") == expected


# share 2: a handover between others blocked, or international monitors barred, is a refusal (CAMEO 121, 124)
@pytest.mark.parametrize("sentence, expected", [
    ("Chile's top court blocked the extradition of a former general to Spain.", "REJECT"),
    ("Minsk barred OSCE monitors from entering the polling stations.", "REJECT"),
    # near miss: a trade ban stays a sanction
    ("Manila barred imports of Thai rice.", "SANCTION"),
])
def test_eventtypes_handover_blocked_and_monitors_barred(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# share 1 (twentieth batch, second pass): a restriction brought to an end, or told as what an ending noun is of,
# is eased (CONCEDE, CAMEO 081), not imposed
@pytest.mark.parametrize("sentence, expected", [
    ("The Fijian military council brought the dusk-to-dawn curfew to an end yesterday.", "CONCEDE"),
    ("Ecuador's president put an end to the prohibition on union rallies.", "CONCEDE"),
    ("The lifting of the nightly curfew in Suva was declared by the army chief.", "CONCEDE"),
    # near miss: a restriction imposed stays COERCE
    ("The army chief imposed a nightly curfew on Suva.", "COERCE"),
])
def test_eventtypes_restriction_brought_to_an_end(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# share 2 (PLOVER second pass): a demand voiced by a protest, and a stoppage or obstruction made to press a
# demand, are the protest (CAMEO 14), not a request, an attack or a blockade by force
@pytest.mark.parametrize("sentence, expected", [
    ("About 200 nurses were on hunger strike outside the Lusaka health ministry on Monday, demanding back pay.", "PROTEST"),
    ("Dockworkers called for the port director to resign, in the biggest protest the harbour has seen in years.", "PROTEST"),
    ("Cotton growers blockaded the main highway near Bamako to demand better prices for their crop.", "PROTEST"),
    ("Traffic stood still across Lagos in a strike called to press for a rollback of fuel prices.", "PROTEST"),
    # near misses: a bare "in protest" is a motive, a force's blockade and an air strike keep their types
    ("The envoy called for the release of the detained sailors, in protest at their treatment.", "REQUEST"),
    ("Marines blockaded the harbour to press for the surrender of the garrison.", "COERCE"),
    ("Air force jets carried out a strike on the depot on Sunday.", "ASSAULT"),
    # a blockade announced for later stays the threat
    ("Angry dairy farmers said they would blockade Brussels next week to demand higher milk quotas.", "THREATEN"),
])
def test_eventtypes_demand_made_in_protest(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# share 1 (twentieth batch, second pass): forces of two sides acting "together" (the adverb hung on a time phrase)
# or "side by side" cooperate (CAMEO 06)
@pytest.mark.parametrize("sentence, expected", [
    ("Kenyan police and Ugandan soldiers patrolled the tense border district of Busia together on Monday.", "COOPERATE"),
    ("Dutch and Belgian army divers searched the canal side by side on Sunday.", "COOPERATE"),
    # near miss: one force on patrol alone stays a deployment
    ("Kenyan police patrolled the tense border district of Busia on Monday.", "MOBILIZE"),
])
def test_eventtypes_forces_side_by_side(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# share 2 (PLOVER second pass): a call on others to rally behind a third party is support for that party (CAMEO 05)
@pytest.mark.parametrize("sentence, expected", [
    ("Nigeria's foreign minister called on West African governments to rally behind Liberia's interim president.", "SUPPORT"),
    # near misses: the caller's own side, a thing, or support that is only the measure of a demand stay requests
    ("The Zambian president urged party members to unite behind their own candidate.", "REQUEST"),
    ("Kenyan officials demanded that Britain match France's support for the new Somali government.", "REQUEST"),
    ("The Dutch premier urged EU partners to line up behind The Hague's fisheries plan.", "REQUEST"),
])
def test_eventtypes_rallied_behind_a_party(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# share 2 (PLOVER second pass): a sanction told as what an easing noun ends is eased (RETREAT, CAMEO 085)
@pytest.mark.parametrize("sentence, expected", [
    ("The easing of the Japanese trade embargo on Myanmar was confirmed by Tokyo on Monday.", "RETREAT"),
    # near miss: sanctions tightened stay the sanction
    ("Tokyo's sanctions on Myanmar were tightened.", "SANCTION"),
])
def test_eventtypes_sanction_lifted_as_noun(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# share 1 (PLOVER third pass, modern online news): a vow to better a tie, settle a quarrel or bring reforms is a
# promise (AGREE, CAMEO 03), not a threat; a vow of attacks or force stays one
@pytest.mark.parametrize("sentence, expected", [
    ("Peru and Chile vowed to step up police cooperation against drug gangs, officials in Lima said.", "AGREE"),
    ("The two presidents vowed to resolve their quarrel over the Silala waters through dialogue.", "AGREE"),
    ("Ghana's new finance minister vowed sweeping changes to the tax system.", "AGREE"),
    ("Lula vowed to further deepen economic ties with Buenos Aires.", "AGREE"),
    # near misses: what is vowed is hostile
    ("The insurgents vowed to step up attacks on the capital.", "THREATEN"),
    ("The general vowed to resolve the standoff at the mine by force.", "THREATEN"),
    ("The junta vowed to crush the uprising in the north.", "THREATEN"),
])
def test_eventtypes_vow_to_better_ties_is_a_promise(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# share 1: an official or a delegation arriving somewhere, officials sitting down somewhere, or a leader getting on the
# phone with another, is a visit, a meeting or a call (CONSULT, CAMEO 04); troops or goods arriving are none
@pytest.mark.parametrize("sentence, expected", [
    ("Kenya's foreign minister arrived in Addis Ababa on Sunday, the ministry said.", "CONSULT"),
    ("A Sudanese army delegation arrived in Jeddah late on Tuesday, Saudi state television reported.", "CONSULT"),
    ("Austrian Chancellor Karl Nehammer touched down in Kyiv on Saturday.", "CONSULT"),
    ("Senior Chinese and Indian diplomats sat down in Geneva on Friday.", "CONSULT"),
    ("Chilean President Gabriel Boric got on the phone with Lula on Friday, his office said.", "CONSULT"),
    # near misses: no official arrives
    ("Colombian troops arrived in the border town of Cucuta on Monday.", "NONE"),
    ("Hundreds of refugees arrived in Lesbos overnight.", "NONE"),
])
def test_eventtypes_official_arrival_is_a_visit(nlp, sentence, expected):
    assert (_main_type(nlp, sentence) or "NONE") == expected


# share 1: live fire on a crowd that kills is an attack (ASSAULT), even beside tear gas; tear gas alone is crowd control
@pytest.mark.parametrize("sentence, expected", [
    ("Troops fired bullets and teargas at the marchers in Mandalay on Sunday, killing 12.", "ASSAULT"),
    ("Riot police fired teargas and water cannon at the marchers in Mandalay on Sunday, injuring 12.", "COERCE"),
])
def test_eventtypes_deadly_live_fire_on_crowd_is_an_attack(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# share 1: a force fighting alongside another force, or joining it in an attack, acts jointly (COOPERATE, CAMEO 062)
@pytest.mark.parametrize("sentence, expected", [
    ("Chadian troops fought alongside Nigerien soldiers against Boko Haram fighters near Diffa, the army said.", "COOPERATE"),
    ("Dutch jets joined British warplanes in bombing militant positions in northern Iraq overnight.", "COOPERATE"),
    # near misses: fighting alone, or alongside no force
    ("Chadian troops fought Boko Haram fighters near Diffa, the army said.", "ASSAULT"),
    ("Chadian troops fought Boko Haram fighters alongside the main road near Diffa.", "ASSAULT"),
])
def test_eventtypes_fought_alongside_another_force(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


# share 1: a restriction named as what a verb of ending ends is yielded (CONCEDE, CAMEO 081), not imposed
@pytest.mark.parametrize("sentence, expected", [
    ("Bahrain's information ministry ended censorship of foreign magazines on Sunday.", "CONCEDE"),
    # near miss: the restriction imposed
    ("Bahrain's information ministry imposed censorship of foreign magazines on Sunday.", "COERCE"),
])
def test_eventtypes_restriction_ended_by_a_verb(nlp, sentence, expected):
    assert _main_type(nlp, sentence) == expected


def test_eventtypes_idiom_word_ids_hashed_once_and_required(nlp):
    # an idiom's words are hashed once; a verb whose doc lacks one of them has no idiom
    from spacy.strings import hash_string

    from sitrep.eventtypes.phrases import _word_ids

    words = ("short", "shrift")
    assert _word_ids(words) == frozenset(hash_string(w) for w in words)
    assert _word_ids(words) is _word_ids(("short", "shrift"))
    assert _trigger(nlp, "The council gave short shrift to the mayor's request for funds.", "gave") == TriggerType("REJECT", None, "12")
    assert _trigger(nlp, "The council gave short notice to the mayor's request for funds.", "gave") != TriggerType("REJECT", None, "12")


# PLOVER share 2, modern online news (MOBILIZE PROTEST REJECT REQUEST RETREAT SANCTION SUPPORT THREATEN): families of
# wording, each with sentences of our own and near misses that keep their type
# one's own forces ordered to pull back, abandon or leave ground are withdrawing (RETREAT, CAMEO 0874);
# forces ordered somewhere or ordered to take ground are a build-up (MOBILIZE)
@pytest.mark.parametrize("sentence, expected", [
    ("Moldova's defence chief ordered the garrison to abandon the hilltop positions near Soroca.", "RETREAT"),
    ("Peru ordered its soldiers to pull back from the disputed ridge on Friday.", "RETREAT"),
    ("Peru ordered its soldiers to the disputed ridge on Friday.", "MOBILIZE"),
    ("Peru ordered its soldiers to seize the disputed ridge on Friday.", "MOBILIZE"),
])
def test_eventtypes_own_troops_ordered_back_is_a_withdrawal(nlp, sentence, expected):
    assert (_main_type(nlp, sentence) or "NONE") == expected


# attacks, shelling or hostilities halted or stopped are de-escalation (RETREAT, CAMEO 0871); halting talks, aid or
# exchanges stays a sanction, even after an attack ("suspended X after the bombing")
@pytest.mark.parametrize("sentence, expected", [
    ("The rebels and the army in Paraguay halted attacks on each other as a truce took hold on Monday.", "RETREAT"),
    ("The navy stopped its shelling of the island on Sunday, officials in Lima said.", "RETREAT"),
    ("Quito suspended defence exchanges with Bogota when its consulate was hit in a bomb attack.", "SANCTION"),
])
def test_eventtypes_halted_attacks_are_a_ceasefire(nlp, sentence, expected):
    assert (_main_type(nlp, sentence) or "NONE") == expected


# a cause or a time after the verb is not what is acted on: "suspended loans over the media law" suspends no law
def test_eventtypes_cause_is_not_the_object(nlp):
    assert _main_type(nlp, "The Asian Development Bank suspended new lending to Laos on Monday over its press law.") == "SANCTION"


# "demonstrated its resolve", "demonstrating that": shown, no protest; weapons shown off and warships sailing through
# contested waters are shows of force (MOBILIZE); crowds demonstrating still protest
@pytest.mark.parametrize("sentence, expected", [
    ("Two Chilean frigates sailed through the Beagle Channel on Friday in what the navy called a routine transit "
     "demonstrating Santiago's resolve to defend its waters.", "MOBILIZE"),
    ("Peru's navy showed off a new anti-ship missile at a parade in Callao, with admirals saying it demonstrated the "
     "country's reach.", "MOBILIZE"),
    ("Thousands of nurses demonstrated outside the health ministry in Quito.", "PROTEST"),
    ("The ferry sailed from Valparaiso to the islands on Friday.", "NONE"),
])
def test_eventtypes_demonstrating_a_capability_is_no_protest(nlp, sentence, expected):
    assert (_main_type(nlp, sentence) or "NONE") == expected


# saying sorry is an apology (SUPPORT, CAMEO 055)
def test_eventtypes_said_sorry_is_an_apology(nlp):
    assert _main_type(nlp, "Bolivia's president said sorry to miners' families for the massacre carried out by soldiers "
                           "in 1967.") == "SUPPORT"


# help, doses or mediation turned away are refused (REJECT); a boat of migrants turned away is no refusal of an offer
@pytest.mark.parametrize("sentence, expected", [
    ("Eritrea turned away two million doses of vaccine offered through an African scheme, health officials said.", "REJECT"),
    ("The coast guard turned away a boat carrying migrants.", "NONE"),
])
def test_eventtypes_turned_away_offer_is_a_refusal(nlp, sentence, expected):
    assert (_main_type(nlp, sentence) or "NONE") == expected


# penalties slapped like sanctions; "ready to slap penalties" is a threat of them
@pytest.mark.parametrize("sentence, expected", [
    ("The African Union said it stood ready to slap penalties on Eritrean firms that arm militias.", "THREATEN"),
    ("Canada slapped penalties on three Haitian gang leaders on Monday.", "SANCTION"),
])
def test_eventtypes_penalties_slapped_are_sanctions(nlp, sentence, expected):
    assert (_main_type(nlp, sentence) or "NONE") == expected


# aid scaled back is a cut (SANCTION, CAMEO 16); troops scaled back withdraw, a reform scaled back yields
@pytest.mark.parametrize("sentence, expected", [
    ("Norway has scaled back development aid to Malawi because of a fiscal squeeze.", "SANCTION"),
    ("Norway scaled back its troops in Mali.", "RETREAT"),
])
def test_eventtypes_aid_scaled_back_is_a_sanction(nlp, sentence, expected):
    assert (_main_type(nlp, sentence) or "NONE") == expected


# trucks let into a besieged place are access granted (RETREAT, CAMEO 086)
def test_eventtypes_trucks_let_in_are_access(nlp):
    assert _main_type(nlp, "Egypt allowed the first lorries carrying fuel into the enclave through the southern crossing "
                           "on Sunday.") == "RETREAT"


# "ready to teach X a lesson": a threat of force (THREATEN, CAMEO 13)
def test_eventtypes_teach_a_lesson_is_a_threat(nlp):
    assert _main_type(nlp, "Colombia's president told reporters that the navy would teach the smugglers a lesson if they returned.") == "THREATEN"


# police or troops drafted in are a build-up (MOBILIZE, CAMEO 15), even ahead of a march; a law drafted is nothing
@pytest.mark.parametrize("sentence, expected", [
    ("Lima drafted in 4,000 riot police on Thursday before a planned strike by miners.", "MOBILIZE"),
    ("The committee drafted a new bill on police powers.", "NONE"),
])
def test_eventtypes_police_drafted_in_is_a_build_up(nlp, sentence, expected):
    assert (_main_type(nlp, sentence) or "NONE") == expected


# a body agreeing or deciding on a punitive measure imposes it (SANCTION, CAMEO 16); agreeing to anything else, or to
# lift a measure, stays an agreement, and a refusal to agree stays a refusal
@pytest.mark.parametrize("sentence, expected", [
    ("Nordic ministers agreed on Tuesday to blacklist thirty more Iranian officials and bar its airline from their skies.",
     "SANCTION"),
    ("The Arab League agreed on an arms embargo on Libya at its summit in Tunis.", "SANCTION"),
    ("The Arab League agreed to send monitors to Syria.", "AGREE"),
    ("Leaders of the opposition agreed to postpone the march in Lima until June.", "AGREE"),
    ("The ministers did not agree to impose sanctions on Iran.", "REJECT"),
])
def test_eventtypes_sanction_agreed_is_imposed(nlp, sentence, expected):
    assert (_main_type(nlp, sentence) or "NONE") == expected


# looted heritage returned is property given back (RETREAT, CAMEO 0842), though the looting is named beside it
def test_eventtypes_looted_heritage_returned(nlp):
    assert _main_type(nlp, "France returned 26 royal bronzes to Benin on Tuesday, with its minister calling the "
                           "plunder of the objects a crime.") == "RETREAT"


# a pact, bloc or scheme stayed or opted out of is refused (REJECT, CAMEO 12)
@pytest.mark.parametrize("sentence", [
    "Peru stayed out of the regional trade pact, with its president telling fellow leaders that it hurt farmers.",
    "Chile opted out of the new regional currency scheme on Friday.",
])
def test_eventtypes_stayed_out_of_pact_is_a_refusal(nlp, sentence):
    assert _main_type(nlp, sentence) == "REJECT"


# places shut "in a strike" or "in protest" are the stoppage (PROTEST, CAMEO 14); a junta shutting papers coerces
@pytest.mark.parametrize("sentence, expected", [
    ("Ghana's teachers closed schools nationwide in a week-long strike for higher wages.", "PROTEST"),
    ("The junta shut down three newspapers on Monday.", "COERCE"),
])
def test_eventtypes_shut_in_a_strike_is_a_protest(nlp, sentence, expected):
    assert (_main_type(nlp, sentence) or "NONE") == expected


# --- PLOVER share 1 (ploverfix4_1): chronologies and official texts ---
def test_eventtypes_undertook_and_readiness_noun_state_intent(nlp):
    # "undertook to X" and "announced its willingness/readiness to X" are intents (CAMEO 03), as "ready to X" is
    assert _main_type(nlp, "The Malawian cabinet undertook to appoint an independent electoral commission by March.") == "AGREE"
    assert _main_type(nlp, "The Prime Minister has announced his willingness to reshuffle his ministers after the strikes.") == "AGREE"
    # near misses: a journey undertaken is no promise; a readiness to attack stays a threat
    assert _main_type(nlp, "The pilgrims undertook a long journey to Mecca.") is None
    assert _main_type(nlp, "The ministry expressed its readiness to shell the rebel positions.") == "THREATEN"


def test_eventtypes_requested_persons_and_case_files_handed_over(nlp):
    # extradition carried out (CAMEO 063): people another state asked for, and case files handed to its officers
    assert _main_type(nlp, "The Interior Ministry has surrendered the two requested individuals to the Italian authorities.") == "COOPERATE"
    assert _main_type(nlp, "Kosovo police turned over the case file on the bombing to Serbian prosecutors.") == "COOPERATE"
    # near miss: weapons surrendered are a disarmament
    assert _main_type(nlp, "The rebels surrendered their weapons to the peacekeepers.") == "RETREAT"


# --- PLOVER share 2 (ploverfix4_2): chronologies and official texts ---
def test_eventtypes_chronology_present_tense_read_as_noun(nlp):
    # "1991: the king apologises for ...": the terse present tense the parser takes for a plural noun is the act
    assert _main_type(nlp, "4 May 1991: The Belgian king apologises for the massacres committed in the Congo.") == "SUPPORT"
    # near miss: the same shape with a verb of its own type keeps that type
    assert _main_type(nlp, "1988: The Dutch queen condemns the bombing of the embassy.") == "ACCUSE"


def test_eventtypes_apology_delivered_is_an_apology(nlp):
    # an apology delivered, tendered or issued is made (CAMEO 055), no goods handed over
    assert _main_type(nlp, "1 June 2004: Chile's president delivers an apology on behalf of the state for the Mapuche land seizures.") == "SUPPORT"
    # near miss: supplies delivered stay aid
    assert _main_type(nlp, "The Red Cross delivered blankets to the flood victims.") == "AID"


def test_eventtypes_press_credentials_revoked_and_blame_found(nlp):
    # papers taken away from people restrict them (CAMEO 17); a measure revoked stays a concession
    assert _main_type(nlp, "The ministry withdrew the press credentials of six foreign correspondents.") == "COERCE"
    assert _main_type(nlp, "Ankara cancelled the work permits of two Dutch reporters on Friday.") == "COERCE"
    assert _main_type(nlp, "The government revoked the decree banning opposition rallies.") == "CONCEDE"
    # an official finding of blame ("considers / found that X was responsible for") is an accusation (CAMEO 112)
    assert _main_type(nlp, "The panel found that the navy was responsible for sinking the ferry.") == "ACCUSE"
    assert _main_type(nlp, "Officials found that the bridge was safe.") is None
    # dissatisfaction voiced is disapproval (CAMEO 111)
    assert _main_type(nlp, "Delhi voiced deep dissatisfaction over the Nepalese decision to print the new map.") == "ACCUSE"


def test_eventtypes_cessation_of_fighting_is_a_ceasefire(nlp):
    # "a cessation of hostilities/attacks" reads as "cease hostilities": de-escalation (CAMEO 0871), not the fighting
    assert _main_type(nlp, "The junta and the Karen rebels proclaimed a cessation of hostilities over the holidays.") == "RETREAT"
    # near miss: payments ceased are no ceasefire
    assert _main_type(nlp, "The cessation of payments to the contractors angered the unions.") is None


def test_eventtypes_strike_declared_is_the_stoppage(nlp):
    # a strike declared by those who wage it is the protest (CAMEO 14), even with an appeal joined to it
    assert _main_type(nlp, "The miners' federation declares a nationwide strike from Thursday and asks shopkeepers to close.") == "PROTEST"
    # near miss: a court declaring a strike unlawful judges it
    assert _main_type(nlp, "The labour court declared the strike illegal and ordered the drivers back to work.") != "PROTEST"


# --- ploverfix5 share 2 (MOBILIZE PROTEST REJECT REQUEST RETREAT SANCTION SUPPORT THREATEN) ---

def test_eventtypes_dateline_is_not_the_crowd(nlp):
    # a dateline or agency name before a colon or dash is the narrator, not the subject: the crowd after it acts
    assert _main_type(nlp, "Xinhua: angry workers in Lagos on Tuesday stormed the ministry building.") == "PROTEST"
    assert _main_type(nlp, "LIMA -- Hundreds of Peruvian nurses on Monday occupied the health ministry lobby.") == "PROTEST"
    # near miss: troops storming a town are no crowd
    assert _main_type(nlp, "Government troops on Tuesday stormed the rebel-held town.") != "PROTEST"


def test_eventtypes_crowd_barricades_are_protest(nlp):
    # a crowd barring roads with roadblocks or barricades is an obstruction protest (CAMEO 144)
    assert _main_type(nlp, "Banana growers near Quito on Monday set up roadblocks across the motorway to the coast.") == "PROTEST"
    assert _main_type(nlp, "Peasants in Oaxaca put up barricades on the federal road over land titles.") == "PROTEST"
    # near miss: police checkpoints are no protest
    assert _main_type(nlp, "Police set up roadblocks around the capital on Sunday.") != "PROTEST"


def test_eventtypes_papers_returned_are_property_returned(nlp):
    # state papers given back are property returned (CAMEO 0842), not information published
    assert _main_type(nlp, "Cairo radio says Britain has returned colonial documents to Egypt.") == "RETREAT"
    assert _main_type(nlp, "Lisbon returned the bulk of the colonial papers to Luanda on Friday.") == "RETREAT"
    # near miss: documents released are published, and a record profit is no record
    assert _main_type(nlp, "The ministry released documents showing the cost overruns.") != "RETREAT"
    assert _main_type(nlp, "The firm returned record profits this year.") != "RETREAT"


# --- ploverfix5 share 1 (ACCUSE AGREE AID ASSAULT COERCE CONCEDE CONSULT COOPERATE): state-media wire families ---
def test_eventtypes_share1_call_received_is_phone_consult(nlp):
    t = _trigger(nlp, "The emir received a call from the Spanish prime minister on Sunday.", "received")
    assert t is not None and t.plover_type == "CONSULT"
    # near miss: a letter received is no call
    assert _trigger(nlp, "The emir received a letter from the Spanish prime minister on Sunday.", "received") is None


def test_eventtypes_share1_visitor_received_by_name_is_visit(nlp):
    t = _trigger(nlp, "The Omani government on Tuesday received visiting Kenyan Foreign Minister Ali Juma.", "received")
    assert t is not None and t.plover_type == "CONSULT"


def test_eventtypes_share1_detention_warrant_orders_a_detention(nlp):
    doc = nlp("Colombian prosecutors issued detention warrants for nine army officers.")
    from sitrep.roles import main_event
    chosen = main_event(doc[:])
    assert chosen is not None and chosen[1].plover_type == "COERCE"


def test_eventtypes_share1_firing_resorted_to_and_losses_inflicted(nlp):
    t = _trigger(nlp, "Eritrean troops resorted to unprovoked firing on border villages.", "resorted")
    assert t is not None and t.plover_type == "ASSAULT"
    t = _trigger(nlp, "The army inflicted heavy losses on the rebels near the river.", "inflicted")
    assert t is not None and t.plover_type == "ASSAULT"
    # near miss: losses inflicted by no armed actor are no attack
    assert _trigger(nlp, "The drought inflicted heavy losses on farmers this year.", "inflicted") is None


def test_eventtypes_rescuers_let_in_is_access(nlp):
    # foreign rescue or expert teams let into an area are international involvement allowed (CAMEO 086)
    assert _main_type(nlp, "Tehran has allowed Swiss rescuers into the quake-hit province, state television says.") == "RETREAT"
    assert _main_type(nlp, "The junta let foreign rescuers into the flooded valley on Friday.") == "RETREAT"
    # near miss: a sports team let rest is no access granted
    assert _main_type(nlp, "The coach allowed the team to rest before Sunday's final.") != "RETREAT"


def test_eventtypes_share1_lifting_of_restriction_ordered_is_concede(nlp):
    from sitrep.roles import main_event
    chosen = main_event(nlp("President Kaya on Friday ordered an end to the curfew in two northern towns.")[:])
    assert chosen is not None and chosen[1].plover_type == "CONCEDE"
    # near miss: gates lifted are no restriction eased
    chosen = main_event(nlp("President Kaya on Friday ordered the lifting of the dam gates.")[:])
    assert chosen is None or chosen[1].plover_type != "CONCEDE"


# --- share type18 (PLOVER event typing, domestic-politics batch) ---
def test_eventtypes_type18_leaving_a_coalition_is_sanction(nlp):
    assert _main_type(nlp, "The Green Party walked out of the governing coalition in Vienna after a row over motorway tolls.") == "SANCTION"
    assert _main_type(nlp, "The Liberal Democrats quit the coalition over tuition fees, the party leader told delegates in Bristol.") == "SANCTION"
    # near miss: joining one is cooperation
    assert _main_type(nlp, "The Greens joined the coalition after talks in Vienna.") == "COOPERATE"


def test_eventtypes_type18_talks_terminated_is_sanction(nlp):
    assert _main_type(nlp, "Ottawa terminated the negotiations with the Mohawk council after a week of roadblocks.") == "SANCTION"


def test_eventtypes_type18_bail_granted_is_retreat(nlp):
    assert _main_type(nlp, "The Lahore court granted bail to the opposition spokesman on Monday.") == "RETREAT"
    assert _main_type(nlp, "The parole board granted parole to the former mayor of Cebu.") == "RETREAT"
    # near miss: bail refused is a refusal
    assert _main_type(nlp, "The court refused bail to the opposition spokesman on Monday.") == "REJECT"


def test_eventtypes_type18_guerrilla_handed_to_another_state_is_cooperate(nlp):
    assert _main_type(nlp, "Bolivian police handed over a guerrilla leader to Peruvian police at the Desaguadero bridge.") == "COOPERATE"
    # near miss: a lost child handed over is no extradition
    assert _main_type(nlp, "Bolivian police handed over a lost child to Peruvian police at the bridge.") != "COOPERATE"


def test_eventtypes_type18_national_currency_given_and_groups_armed_is_aid(nlp):
    assert _main_type(nlp, "The Ministry of Health allocated 40 million shillings to flood-hit schools in Kisumu.") == "AID"
    assert _main_type(nlp, "Moscow has been arming the separatist fighters with tanks, Western officials say.") == "AID"
    # near miss: men armed with rifles who storm a post attack it
    assert _main_type(nlp, "Militants armed with rifles stormed a checkpoint in the valley.") == "ASSAULT"


# --- ploverfix19, event types share: families from the headline / IGO-NGO-business batch ---

def test_eventtypes_type19_teams_rushed_is_aid(nlp):
    assert _main_type(nlp, "The Norwegian government rushed medical teams to Chile after the earthquake.") == "AID"
    # near miss: troops rushed somewhere are a build-up
    assert _main_type(nlp, "The Norwegian government rushed troops to the northern border.") == "MOBILIZE"


def test_eventtypes_type19_request_or_demanded_terms_accepted_is_concede(nlp):
    assert _main_type(nlp, "The finance ministry accepted the request of the unions to delay the reform.") == "CONCEDE"
    assert _main_type(nlp, "The board agreed to the timetable demanded by the unions.") == "CONCEDE"
    # near miss: a plan someone drafted, agreed to, is an agreement
    assert _main_type(nlp, "Lisbon and Luanda agreed to a roadmap drafted by Swiss mediators.") == "AGREE"


def test_eventtypes_type19_forces_pouring_in_is_mobilize(nlp):
    assert _main_type(nlp, "Armoured police units poured into the capital before the vote.") == "MOBILIZE"
    # near miss: a crowd pouring in protests
    assert _main_type(nlp, "Protesters poured into the main square.") == "PROTEST"


def test_eventtypes_type19_mission_shut_is_sanction_and_strictures_accuse(nlp):
    assert _main_type(nlp, "The junta shut the UN mission in Bamako.") == "SANCTION"
    assert _main_type(nlp, "A Madras bench passed strictures on district collectors over delays.") == "ACCUSE"


def test_eventtypes_type19_supporters_called_onto_streets_is_protest(nlp):
    assert _main_type(nlp, "The Peronist party called its members onto the streets of Rosario.") == "PROTEST"
    # near miss: calling on people to stay home is a request
    assert _main_type(nlp, "The mayor called on residents to stay off the streets.") == "REQUEST"


def test_eventtypes_type19_terms_asked_for_deep_in_the_object_or_acceding_is_concede(nlp):
    assert _main_type(nlp, "The ministry agreed to a schedule for the release of prisoners requested by the bishops.") == "CONCEDE"
    assert _main_type(nlp, "The lenders agreed to extend the loan, acceding to the finance minister's plea.") == "CONCEDE"


def test_eventtypes_type19_body_staff_expelled_liquidation_ordered_observers_accredited(nlp):
    assert _main_type(nlp, "Khartoum expelled four WFP officials over the convoy dispute.") == "SANCTION"
    assert _main_type(nlp, "A Minsk court ordered the liquidation of the independent journalists' union.") == "COERCE"
    assert _main_type(nlp, "The Bolivian electoral board accredited OAS observers for the runoff.") == "RETREAT"
    # near miss: a party expelling its own mayor is no diplomatic step
    assert _main_type(nlp, "The party expelled the mayor over the scandal.") == "COERCE"


def test_eventtypes_type19_headline_present_verb_after_named_subject(nlp):
    assert _main_type(nlp, "Switzerland mediates between Armenia and Azerbaijan in Geneva") == "CONSULT"
    # near miss: a noun of no act after a name stays no event
    assert _main_type(nlp, "Brazil exports to China rise") is None


# --- ploverfix20 types (readouts, joint statements, hard syntax) ---
def test_eventtypes_type20_blame_in_joint_statement_and_readout_released(nlp):
    # a text issued together is no joint operation: each side's blame stays blame
    assert _main_type(nlp, "In a joint statement, Peru and Chile condemned Bolivia for the shelling of a border post.") == "ACCUSE"
    # a readout released is published, nobody freed
    assert _event(nlp, "In the readout released on Friday, the Peruvian minister told his Chilean counterpart that "
                       "Bolivia had shelled a border post.", "released") is None
    # near miss: police acting in a joint operation still cooperate
    assert _main_type(nlp, "Peruvian and Chilean police, in a joint operation, arrested twelve smugglers.") == "COOPERATE"


def test_eventtypes_type20_arms_not_to_be_sent_is_reject(nlp):
    assert _main_type(nlp, "Lisbon said it would not send the howitzers that Tbilisi had requested.") == "REJECT"
    # near miss: troops not deployed to one's own border is no refusal of anyone
    assert _main_type(nlp, "Oslo will not deploy troops to the border.") == "MOBILIZE"


def test_eventtypes_type20_found_liable_and_linked_to_an_act_is_blame(nlp):
    assert _main_type(nlp, "A Dutch court found the Kenyan company liable for the deaths of four miners.") == "ACCUSE"
    assert _main_type(nlp, "The senator said Iranian agents were linked to the bombing of a synagogue in Buenos Aires.") == "ACCUSE"
    # near miss: things linked are no blame
    assert _main_type(nlp, "The bridge was linked to the island in 1990.") is None


def test_eventtypes_type20_policy_reversed_or_repealed_as_noun_is_concede(nlp):
    assert _main_type(nlp, "The Bolivian government reversed the privatisation of the water supply.") == "CONCEDE"
    assert _main_type(nlp, "Paraguay announced the abolition of the death penalty.") == "CONCEDE"
    # near miss: sanctions repealed are eased, a material step back
    assert _main_type(nlp, "Brussels announced the repeal of sanctions on Minsk.") == "RETREAT"


def test_eventtypes_type20_fertiliser_shipped_is_aid(nlp):
    assert _main_type(nlp, "Dhaka shipped 20,000 tonnes of fertiliser to Myanmar.") == "AID"


def test_eventtypes_type20_army_chief_received_by_a_minister_is_consult(nlp):
    assert _main_type(nlp, "Nepal's army chief was received in Delhi by the Indian defence minister.") == "CONSULT"
    # near miss: a letter received is no visit
    assert _main_type(nlp, "The governor received a letter from the minister.") is None


# --- twenty-second session, PLOVER typing share (structural families): goods carried to a state or a disaster ---

def test_eventtypes_type22_gear_rushed_to_another_state_is_military_aid(nlp):
    assert _main_type(nlp, "Belgium rushed armoured cars and tanks to Ghana during the crisis.") == "AID"
    # near miss: a state moving its gear inside its own country deploys it
    assert _main_type(nlp, "Ghana rushed armoured cars and tanks to Kumasi during the unrest.") == "MOBILIZE"


def test_eventtypes_type22_relief_goods_flown_in_are_aid(nlp):
    assert _main_type(nlp, "Norway flew in blankets and cooking stoves to Lusaka after the floods.") == "AID"
    # near miss: soldiers flown in are a deployment, not help
    assert _main_type(nlp, "Canada flew in paratroopers to Riga for the drills.") == "MOBILIZE"


def test_eventtypes_type22_participle_with_agent_after_an_event_noun_yields_to_the_noun(nlp):
    assert _main_type(nlp, "The resignation of the governor, sought for months by opposition deputies, was confirmed by "
                           "the palace on Monday.") == "CONCEDE"
    # near miss: the same participle as the clause's own verb is the act
    assert _main_type(nlp, "The governor was sought for months by opposition deputies.") == "REQUEST"


# --- twenty-third session, PLOVER typing share (structural families): a meeting as the setting of a report ---

def test_eventtypes_type23_talks_where_a_report_was_made_yield_to_the_reported_act(nlp):
    assert _main_type(nlp, "The Kenyan minister said at a summit with Ugandan leaders that Somalia had expelled three "
                           "aid workers.") == "COERCE"
    assert _main_type(nlp, "Peru's president told reporters during a meeting with Ecuadorian envoys that Colombia had "
                           "closed its border crossings.") != "CONSULT"
    # near miss: talks that are themselves the reported news stay the event
    assert _main_type(nlp, "The Kenyan minister said that talks with Ugandan leaders were held in Kampala.") == "CONSULT"


def test_eventtypes_type23_reaction_drawn_by_a_nominal_event_yields_to_the_noun(nlp):
    assert _main_type(nlp, "The arrest of the opposition mayor by Georgian police drew sharp criticism from Brussels.") == "COERCE"
    # near miss: a subject that names no event keeps the reaction as the act
    assert _main_type(nlp, "The speech by the Georgian mayor drew sharp criticism from Brussels.") == "ACCUSE"


# --- ploverfix25 type share: a meeting verb that only sets the scene for a typed act ---
def test_eventtypes_type25_meeting_that_sets_the_scene_yields_to_the_act(nlp):
    assert _main_type(nlp, "Bhutan's council of ministers met on Tuesday and expelled two Tibetan traders.") == "COERCE"
    assert _main_type(nlp, "The envoys of Chile and Bolivia met in La Paz, where the Bolivian minister rejected "
                           "the Chilean offer on water rights.") == "REJECT"
    # near miss: a meeting with nothing else done stays a meeting
    assert _main_type(nlp, "Bhutan's council of ministers met on Tuesday with two Tibetan traders.") == "CONSULT"


# --- ploverfix26 type share: two parties acting on a thing they made together (a co-/jointly participle) ---
def test_eventtypes_type26_two_parties_showing_what_they_made_together(nlp):
    assert _trigger(nlp, "Chile and Peru unveiled the first co-designed frigates at a shipyard in Talcahuano.",
                    "unveiled").plover_type == "COOPERATE"
    assert _trigger(nlp, "Norway and Finland rolled out a jointly developed icebreaker on Tuesday.",
                    "rolled").plover_type == "COOPERATE"
    # near miss: one party and a participle of no joint work is no event
    assert _trigger(nlp, "Norway rolled out a newly developed icebreaker on Tuesday.", "rolled") is None


# --- ploverfix27 type share: two parties as subject of a verb of shared work (or of "began" + that verb) ---
def test_eventtypes_type27_two_parties_at_shared_work(nlp):
    assert _trigger(nlp, "A Brazilian shipyard and a Korean steelmaker began assembling hull blocks in Recife on Friday.",
                    "assembling").plover_type == "COOPERATE"
    assert _trigger(nlp, "Mongolia and Kazakhstan manufactured rail wagons at a depot near Ulaanbaatar.",
                    "manufactured").plover_type == "COOPERATE"
    # near miss: one party at the same work is no event
    assert _trigger(nlp, "A Brazilian shipyard began assembling hull blocks in Recife on Friday.", "assembling") is None


# --- ploverfix28 type share: a COERCE act that leaves casualties ("..., leaving N wounded") is an assault ---
def test_eventtypes_type28_coercion_leaving_casualties_is_assault(nlp):
    assert _trigger(nlp, "Gendarmes dispersed striking dockers at the port of Lome with rubber bullets, leaving eleven "
                         "of them wounded.", "dispersed").plover_type == "ASSAULT"
    # near miss: the same act with no one hurt stays coercion
    assert _trigger(nlp, "Gendarmes dispersed striking dockers at the port of Lome on Tuesday.",
                    "dispersed").plover_type == "COERCE"


# --- p29 type share: an act done "in (close) coordination/cooperation with" a partner is joint work (CAMEO 06) ---
def test_eventtypes_p29_in_coordination_with_partner_is_cooperation(nlp):
    seized = "Ghanaian customs officers in cooperation with Togolese border guards seized a lorry of smuggled fuel at Aflao."
    assert _event(nlp, seized, "seized").plover_type == "COOPERATE"
    acting = ("Peruvian police, acting in close coordination with their Bolivian counterparts, "
              "arrested nine traffickers near Lake Titicaca on Friday.")
    assert _event(nlp, acting, "arrested").plover_type == "COOPERATE"


def test_eventtypes_p29_in_a_place_with_a_thing_keeps_its_type(nlp):
    near = "Ghanaian customs officers seized a lorry of smuggled fuel at Aflao in a warehouse with a tin roof."
    assert _event(nlp, near, "seized").plover_type == "COERCE"
    haste = "Ghanaian customs officers, acting in haste with no warrant, seized a lorry of smuggled fuel at Aflao."
    assert _event(nlp, haste, "seized").plover_type == "COERCE"


# --- p30 type share (ploverfix30_type): a headline present-tense verb of carrying the parser reads as a noun
# compounded onto the goods ("Oslo airlifts tents to Dili") is that verb: relief carried is aid, gear to another state too ---
def test_eventtypes_p30_headline_carrying_verb_read_as_noun_is_aid(nlp):
    assert _main(nlp, "The Red Cross ships blankets and tents to Armenia.") == ("ships", "AID")
    assert _main(nlp, "Oslo airlifts food and medicines to Kabul, 1996.") == ("airlifts", "AID")
    assert _main(nlp, "Tokyo flies anti-tank missiles to Manila") == ("flies", "AID")


def test_eventtypes_p30_headline_carrying_troops_or_trade_goods_is_no_aid(nlp):
    # near misses: troops carried are a deployment, trade goods no help
    assert _main_type(nlp, "Ankara ships troops to Cyprus") != "AID"
    assert _main_type(nlp, "Lisbon sends tractors to Luanda") != "AID"


# --- p31 type share (ploverfix31_type): a party that arms another with munitions or weapon systems (active verb,
# named arming party, an armed object) supplies them: military aid (CAMEO 072), whoever the armed party is ---
def test_eventtypes_p31_arming_another_party_with_weapons_is_aid(nlp):
    tribes = "Pyongyang armed the tribal levies with rifles and grenades."
    assert _event(nlp, tribes, "armed").plover_type == "AID"
    brigade = "Moscow has armed the coastal brigade with anti-ship missile systems."
    assert _event(nlp, brigade, "armed").plover_type == "AID"


def test_eventtypes_p31_armed_guards_or_self_arming_is_no_aid(nlp):
    # near misses: a passive "armed with" describes who carries weapons; arming oneself supplies nobody
    for near in ("The guards were armed with rifles.", "The villagers armed themselves with rifles."):
        kind = _event(nlp, near, "armed")
        assert kind is None or kind.plover_type != "AID"


def test_eventtypes_p31_headline_arming_with_weapons_before_attribution_is_aid(nlp):
    # a headline with a trailing dash attribution: the parser may hang "with rockets" under the source's noun
    assert _event(nlp, "Beijing arming Khmer Rouge with rockets - Thai army", "arming").plover_type == "AID"
    kind = _event(nlp, "Beijing arming Khmer Rouge with praise - Thai army", "arming")
    assert kind is None or kind.plover_type != "AID"


# --- p31c type share (ploverfix31c_type): a verb of linking or settling up with two parties as its subject
# ("X and Y linked / interconnected / settled / inaugurated / commissioned ...") is shared work (CAMEO 06) ---
def test_eventtypes_p31c_two_parties_linking_or_settling_is_cooperate(nlp):
    grids = "Peru and Ecuador interconnected their power networks last week."
    assert _event(nlp, grids, "interconnected").plover_type == "COOPERATE"
    dues = "Kenya and Tanzania settled their tea payments in shillings."
    assert _event(nlp, dues, "settled").plover_type == "COOPERATE"


def test_eventtypes_p31c_one_party_linking_or_settling_is_no_cooperate(nlp):
    # near misses: one party alone links its own network or settles its own bills
    for near, word in (("Peru interconnected its power networks last week.", "interconnected"),
                       ("Kenya settled its tea payments in shillings.", "settled")):
        kind = _event(nlp, near, word)
        assert kind is None or kind.plover_type != "COOPERATE"


# --- p32 type share (ploverfix32_type): a vehicle bearing relief as the subject of a verb of arrival
# ("a plane loaded with blankets arrived", "an aid convoy reached X") is help delivered (CAMEO 073), no visit ---
def test_eventtypes_p32_vehicle_bearing_relief_arriving_is_aid(nlp):
    plane = "A Turkish plane loaded with blankets and medicines for the flood victims arrived in Tripoli on Friday."
    assert _event(nlp, plane, "arrived").plover_type == "AID"
    convoy = "An Egyptian aid convoy reached the besieged town of Kadugli on Tuesday."
    assert _event(nlp, convoy, "reached").plover_type == "AID"


def test_eventtypes_p32_vehicle_bearing_officials_arriving_is_no_aid(nlp):
    # near miss: the same plane carrying a minister is no delivery of help
    kind = _event(nlp, "A Turkish plane carrying the foreign minister arrived in Tripoli on Friday.", "arrived")
    assert kind is None or kind.plover_type != "AID"


# --- p33: one list of relief goods and one of carrying verbs for vehicles sent (handovers.carrying_relief) and
# vehicles arriving (cargo.relief_aboard): each reading now knows the other's words ---
def test_eventtypes_p33_relief_lists_shared_by_vehicles_sent_and_arriving(nlp):
    # water was known only to vehicles sent, "transporting" only to vehicles arriving
    trucks = "Two trucks loaded with water arrived in the stricken town of Ostrava Nova."
    assert _event(nlp, trucks, "arrived") == TriggerType("AID", "humanitarian", "07")
    lorries = "Veloria dispatched lorries transporting tents and blankets to the quake zone."
    assert _event(nlp, lorries, "dispatched") == TriggerType("AID", "humanitarian", "07")


def test_eventtypes_p33_vehicles_transporting_troops_stay_a_deployment(nlp):
    # near miss: the same verb of carrying with soldiers aboard
    kind = _event(nlp, "Veloria dispatched lorries transporting soldiers to the quake zone.", "dispatched")
    assert kind is not None and kind.plover_type == "MOBILIZE"
    kind = _event(nlp, "Two trucks loaded with soldiers arrived in the stricken town of Ostrava Nova.", "arrived")
    assert kind is None or kind.plover_type != "AID"


# --- p33: forces guarding people or places, or taking charge of a town's security, give military protection
# (AID, CAMEO 074); a state taking in asylum seekers gives asylum ---
@pytest.mark.parametrize("sentence, word", [
    ("Varnian troops guarded the airport at Belmora for the interim government.", "guarded"),
    ("Blue-helmeted peacekeepers stood guard over the camp near Tolvik as gangs attacked nearby farms.", "stood"),
    ("The peacekeepers stepped up protection of churches and farms in the north, a spokesman said.", "stepped"),
    ("Coalition forces have taken over security in Ardana's harbour district, local radio said.", "taken"),
    ("Coalition forces have assumed responsibility for security in Ardana.", "assumed"),
])
def test_eventtypes_p33_forces_protecting_is_aid(nlp, sentence, word):
    assert _event(nlp, sentence, word) == TriggerType("AID", "protection", "07")


def test_eventtypes_p33_guarding_by_others_and_towns_taken_are_no_protection(nlp):
    # near misses: a guard kept by civilians, a building taken over by rebels
    kind = _event(nlp, "Volunteers guarded the ballot boxes overnight in Tolvik.", "guarded")
    assert kind is None or kind.plover_mode != "protection"
    assert _event(nlp, "Rebels took over the town hall in Ardana.", "took").plover_type == "COERCE"


def test_eventtypes_p33_asylum_seekers_taken_in_is_asylum(nlp):
    kind = _event(nlp, "Velmoria took in more than 5,000 asylum seekers fleeing the fighting in Ardana.", "took")
    assert kind == TriggerType("AID", "asylum", "07")


# --- p33: an outside body's monitors, inspectors, mission or office put out or shut is CAMEO 166 (SANCTION);
# the same acts on one's own people or papers coerce (CAMEO 17) ---
@pytest.mark.parametrize("sentence, word", [
    ("The junta expelled three members of the UN monitoring team from Ardana on Monday.", "expelled"),
    ("The junta withdrew the accreditation of four IAEA inspectors.", "withdrew"),
    ("The government closed the UN human rights office in Ardana.", "closed"),
    ("The expulsion of the Organization of American States' election mission by the junta angered the opposition.",
     "expulsion"),
])
def test_eventtypes_p33_outside_body_put_out_is_sanction(nlp, sentence, word):
    assert _event(nlp, sentence, word) == TriggerType("SANCTION", "expel", "16")


@pytest.mark.parametrize("sentence, word", [
    ("The party expelled three members of its youth wing on Monday.", "expelled"),
    ("The junta withdrew the accreditation of four local reporters.", "withdrew"),
    ("Police closed the office of a local newspaper in Ardana.", "closed"),
])
def test_eventtypes_p33_own_people_put_out_stay_coerce(nlp, sentence, word):
    assert _event(nlp, sentence, word).plover_type == "COERCE"


def test_eventtypes_p33_export_controls_on_goods_bound_for_a_state_are_an_embargo(nlp):
    kind = _event(nlp, "Tokyo tightened export controls on chemicals bound for South Korea.", "tightened")
    assert kind == TriggerType("SANCTION", "embargo", "16")
    # near miss: controls on roads, no dealings with another party
    assert _event(nlp, "Police tightened controls on the roads into Ardana.", "tightened").plover_type == "COERCE"


# --- p33: a state freezing the goods of its own society's bodies seizes them (CAMEO 17); assets of another
# state's people, of officials or of armed groups frozen stay a sanction (CAMEO 16) ---
def test_eventtypes_p33_assets_of_rights_groups_or_a_paper_frozen_are_seized(nlp):
    for sentence, word in (("The authorities froze the assets of two human rights groups in Ardana.", "froze"),
                           ("Ardana's rulers close the Tolvik Times and freeze the paper's funds", "freeze")):
        assert _event(nlp, sentence, word) == TriggerType("COERCE", "seize", "17")


@pytest.mark.parametrize("sentence", [
    "The European Union froze the assets of six Belarusian officials.",
    "The European Union froze the assets of several generals.",
    "Washington froze the assets of three militant groups.",
])
def test_eventtypes_p33_assets_of_officials_or_armed_groups_frozen_stay_sanction(nlp, sentence):
    assert _event(nlp, sentence, "froze").plover_type == "SANCTION"


# --- p33: gear a state sends another, told in a headline: "X sends Y more missiles" (first object the state
# given it), "X ships air defence systems to Y" (the verb hung on the goods) ---
@pytest.mark.parametrize("sentence, word", [
    ("Paris sends Kyiv more tanks", "sends"),
    ("Ankara ships air defence systems to Baku", "ships"),
])
def test_eventtypes_p33_headline_gear_sent_to_a_state_is_military_aid(nlp, sentence, word):
    assert _event(nlp, sentence, word) == TriggerType("AID", "military", "07")


def test_eventtypes_p33_gear_sent_to_a_region_stays_a_deployment(nlp):
    # near miss: the same verb with one's own region as first object
    kind = _event(nlp, "The army sends the north more tanks", "sends")
    assert kind is not None and kind.plover_type == "MOBILIZE"


# --- p33: a world body's mission told to leave is expelled (CAMEO 166, SANCTION); a state asked to pull its
# own troops or peacekeepers out is asked (REQUEST) ---
@pytest.mark.parametrize("sentence, word", [
    ("The junta demanded the withdrawal of the UN stabilisation mission from Ardana.", "demanded"),
    ("Tolvik asked the UN to pull its monitoring team out of the border zone.", "asked"),
    ("The government asked the UN peacekeeping mission to begin its withdrawal.", "asked"),
])
def test_eventtypes_p33_world_body_told_to_leave_is_expelled(nlp, sentence, word):
    assert _event(nlp, sentence, word) == TriggerType("SANCTION", "expel", "16")


# --- p34: an international aid group's mission told to leave is expelled as a world body's is (CAMEO 166: aid
# agencies with peacekeepers and inspectors); one helper, relations._world_body, reads both kinds of body ---
@pytest.mark.parametrize("sentence, word", [
    ("Tolvik asked the Red Cross to pull its medical team out of the border zone.", "asked"),
    ("The junta demanded the withdrawal of the Red Cross mission from Ardana.", "demanded"),
])
def test_eventtypes_p34_aid_group_told_to_leave_is_expelled(nlp, sentence, word):
    assert _event(nlp, sentence, word) == TriggerType("SANCTION", "expel", "16")


def test_eventtypes_p34_own_charity_told_to_leave_stays_a_request(nlp):
    # near miss: a home charity's team is no outside body
    kind = _event(nlp, "Tolvik asked the Ardana Farmers' Union to pull its team out of the border zone.", "asked")
    assert kind is not None and kind.plover_type == "REQUEST"


@pytest.mark.parametrize("sentence, word", [
    ("Varnia urged Ruritania to withdraw its peacekeepers from the enclave.", "urged"),
    ("The junta demanded the withdrawal of Ruritanian troops from Ardana.", "demanded"),
    ("Tolvik asked France to pull its troops out of the border zone.", "asked"),
])
def test_eventtypes_p33_state_asked_to_withdraw_stays_a_request(nlp, sentence, word):
    assert _event(nlp, sentence, word).plover_type == "REQUEST"


def test_eventtypes_p33_asylum_request_accepted_is_asylum(nlp):
    kind = _event(nlp, "Velmoria accepted the exiled poet's request for political asylum on Friday.", "accepted")
    assert kind == TriggerType("AID", "asylum", "07")
    # near miss: another request accepted is a concession
    assert _event(nlp, "Velmoria accepted the union's request for a pay rise.", "accepted").plover_type == "CONCEDE"


# --- p33: an envoy told to leave is expelled (CAMEO 166); journalists expelled are individuals deported (CAMEO 174) ---
def test_eventtypes_p33_envoy_told_to_leave_is_expelled(nlp):
    assert _event(nlp, "Varnia told Ruritania's ambassador to leave within two days.", "told") == TriggerType(
        "SANCTION", "expel", "16")
    # near misses: a state asked to call its own envoy home, an envoy's trip told to reporters
    kind = _event(nlp, "The UN urged Ruritania to withdraw its ambassador from Varnia.", "urged")
    assert kind.plover_type == "REQUEST"
    kind = _event(nlp, "The minister told reporters the ambassador would leave for talks in Varnia on Monday.", "told")
    assert kind is None or kind.plover_type != "SANCTION"


def test_eventtypes_p33_journalists_expelled_are_deported(nlp):
    kind = _event(nlp, "Tolvik expelled two Varnian journalists over a report on the army.", "expelled")
    assert kind == TriggerType("COERCE", "deport", "17")
    # diplomats expelled with them keep it a sanction
    kind = _event(nlp, "Tolvik expelled two Varnian diplomats and a journalist.", "expelled")
    assert kind == TriggerType("SANCTION", "expel", "16")


# --- p34: a people driven off its land or over a border by a state or armed group is mass expulsion (CAMEO 201,
# ASSAULT); migrants deported, a crowd driven from a square and people fleeing a storm are not ---
@pytest.mark.parametrize("sentence, word", [
    ("Varnia drove tens of thousands of ethnic Tolvans out of the kingdom, aid officials said.", "drove"),
    ("The army had driven ethnic Orlans out of the province in a campaign of terror.", "driven"),
    ("Thousands of ethnic Kesh were driven out of the valley by the militia.", "driven"),
    ("Troops drove thousands of Orlan villagers across the river into Varnia.", "drove"),
])
def test_eventtypes_p34_people_driven_off_their_land_is_mass_expulsion(nlp, sentence, word):
    assert _event(nlp, sentence, word) == TriggerType("ASSAULT", "cleansing", "20")


@pytest.mark.parametrize("sentence, word", [
    ("Varnia expelled thousands of Ruritanian migrant workers across the border.", "expelled"),
    ("Soldiers drove the protesters out of the square.", "drove"),
    ("Varnia deported 40 migrants to Ruritania.", "deported"),
    # fighters driven back, people named by their trade, and residents evicted by police (review of ec1569d)
    ("The army drove Varnian rebels out of the valley after a week of fighting.", "drove"),
    ("The government expelled hundreds of Varnian miners from the province.", "expelled"),
    ("Police drove hundreds of residents out of the Kelo district during the eviction of the slum.", "drove"),
])
def test_eventtypes_p34_migrants_or_crowds_moved_on_stay_coerce(nlp, sentence, word):
    assert _event(nlp, sentence, word).plover_type == "COERCE"


def test_eventtypes_p34_people_driven_out_by_nature_is_no_expulsion(nlp):
    assert _event(nlp, "The storm drove thousands of villagers from their homes.", "drove") is None


def test_eventtypes_p34_fighters_pushed_back_are_no_expulsion(nlp):
    kind = _event(nlp, "Troops pushed thousands of Varnian fighters back across the border.", "pushed")
    assert kind is None or kind.plover_type != "ASSAULT"


# --- p34: a call on others to back a third party rallies support for it (CAMEO 053, SUPPORT), as a call to act
# against one rallies opposition (CAMEO 113); backing a thing or the caller's own cause stays a request ---
@pytest.mark.parametrize("sentence, word", [
    ("The bloc's chief urged the Nordic states to support the Tolvan Liberation Front.", "urged"),
    ("Varnia lobbied its partners in the union to back Ardana's bid for membership.", "lobbied"),
    ("Ardana called on the world to stand with the people of Kesh.", "called"),
])
def test_eventtypes_p34_call_to_back_a_third_party_rallies_support(nlp, sentence, word):
    assert _event(nlp, sentence, word) == TriggerType("SUPPORT", None, "05")


@pytest.mark.parametrize("sentence, word", [
    ("Varnia lobbied its partners to back its case against Ruritania.", "lobbied"),
    ("The envoy urged both sides to back the ceasefire plan.", "urged"),
    ("Varnia urged its allies not to back Ardana.", "urged"),
    ("The party calls on all Varnians to stand united against the rigging of the vote by the ruling party.", "calls"),
])
def test_eventtypes_p34_call_to_back_a_thing_or_own_cause_is_no_rally(nlp, sentence, word):
    assert _event(nlp, sentence, word).plover_type == "REQUEST"


# --- p34: "test-fires" in the present of headlines and timelines is read as a noun after "test -": a weapons
# test all the same (CAMEO 15); forest fires are no event ---
def test_eventtypes_p34_test_fires_as_a_noun_is_a_weapons_test(nlp):
    kind = _event(nlp, "Varnia test-fires seven missiles, including a long-range one.", "fires")
    assert kind == TriggerType("MOBILIZE", "weapons-test", "15")
    assert _event(nlp, "The forest fires spread to Ardana.", "fires") is None


# --- p34: others rallied against a party or a party's measure is opposition rallied (CAMEO 113, ACCUSE), as a
# call on them to unite against it is; a crowd that rallies against something protests, troops rallied fight ---
@pytest.mark.parametrize("sentence, word", [
    ("Varnia rallied the Gulf states against Tolvik at the summit.", "rallied"),
    ("The opposition leader rallied MPs and church leaders against the government's land bill.", "rallied"),
    ("The party began collecting signatures to rally opposition against the government's pension reform.", "rally"),
])
def test_eventtypes_p34_others_rallied_against_a_party_is_opposition_rallied(nlp, sentence, word):
    assert _event(nlp, sentence, word) == TriggerType("ACCUSE", "disapprove", "11")


@pytest.mark.parametrize("sentence", [
    "Thousands rallied against the new tax in Ardana.",
    "Farmers rallied against Varnia's trade deal outside parliament.",
])
def test_eventtypes_p34_crowd_rallying_against_stays_a_protest(nlp, sentence):
    assert _event(nlp, sentence, "rallied").plover_type == "PROTEST"


def test_eventtypes_p34_rallied_against_names_the_party_or_the_measure_owner(nlp):
    doc = nlp("The opposition leader rallied MPs against the government's land bill.")
    party = rallied_against(next(t for t in doc if t.text == "rallied"))
    assert party is not None and "government" in doc[party.left_edge.i:party.i + 1].text
    # near miss: troops rallied against raiders fight, they are no opposition rallied
    doc = nlp("The commander rallied his troops against the raiders.")
    assert rallied_against(next(t for t in doc if t.text == "rallied")) is None


# --- p34: a state letting an outside body in (a UN office opened, a foreign rescue team let into a region, an AU
# force's deployment allowed) is CAMEO 086 (RETREAT/access); letting one's own people act yields (CONCEDE) ---
@pytest.mark.parametrize("sentence", [
    "Kesh allowed the United Nations to open a relief office in the north on Tuesday.",
    "The junta has allowed an international rescue team into the flooded delta.",
    "Kesh allowed the deployment of a joint AU-UN peacekeeping force in Orla.",
    "Kesh allowed the AU peacekeeping force to deploy in Orla.",
    "The junta allowed the Red Cross into the flooded delta.",
])
def test_eventtypes_p34_outside_body_let_in_is_access(nlp, sentence):
    assert _event(nlp, sentence, "allowed") == TriggerType("RETREAT", "access", "08")


@pytest.mark.parametrize("sentence", [
    "The court allowed the opposition candidate to run in the election.",
    "The ministry allowed a team of lawyers into the prison.",
    # an NGO of no named country is no world body (relations.world_body, review of bc260cf)
    "The governor allowed a local charity into the flooded district.",
])
def test_eventtypes_p34_own_people_let_act_stays_concede(nlp, sentence):
    assert _event(nlp, sentence, "allowed").plover_type == "CONCEDE"


# --- p34: a vow or pledge to send another state gear, advisers or aid is a promise (CAMEO 03, AGREE); a vow to send
# troops or fighters somewhere stays a threat ---
@pytest.mark.parametrize("sentence, word", [
    ("Varnia pledged to send Ardana two transport helicopters and a few instructors.", "pledged"),
    ("The premier vowed that Varnia would ship another radar system to Ardana.", "vowed"),
    ("The Varnian government vowed to send drones to Ardana.", "vowed"),
])
def test_eventtypes_p34_vow_to_send_help_to_a_state_is_a_promise(nlp, sentence, word):
    assert _event(nlp, sentence, word) == TriggerType("AGREE", None, "03")


@pytest.mark.parametrize("sentence", [
    "Varnia vowed to send troops to the border with Ardana.",
    "The rebels vowed to send more fighters to the front.",
    # arms sent on a condition, or "to" a place by no state, are a threat on it (review of e999790)
    "The rebels vowed to send missiles to Tel Kira if the siege continued.",
    "The militia vowed to send drones to Porvik unless the blockade was lifted.",
    "The rebels vowed to send missiles to Tel Kira.",
])
def test_eventtypes_p34_vow_to_send_forces_stays_a_threat(nlp, sentence):
    assert _event(nlp, sentence, "vowed").plover_type == "THREATEN"


# --- p34: the handover of suspects or wanted people, told as a noun, is judicial cooperation (CAMEO 063) as the
# verb is; the handover of posts or of captives stays a retreat ---
def test_eventtypes_p34_handover_of_suspects_as_a_noun_is_judicial_cooperation(nlp):
    kind = _event(nlp, "The handover of three suspected smugglers by Varnia to Ardana was announced in Porvik.",
                  "handover")
    assert kind == TriggerType("COOPERATE", "legal", "06")


@pytest.mark.parametrize("sentence", [
    "The handover of the border posts to Ardana was announced in Porvik.",
    "The handover of two captured soldiers to the Red Cross took place at the bridge.",
])
def test_eventtypes_p34_handover_of_posts_or_captives_stays_retreat(nlp, sentence):
    assert _event(nlp, sentence, "handover").plover_type == "RETREAT"


# --- p34: forces carrying out together an act with no type of its own ("conducted joint landings") cooperate
# (CAMEO 06); the same verb done by one force is no event ---
def test_eventtypes_p34_joint_act_conducted_by_forces_is_cooperation(nlp):
    kind = _event(nlp, "Varnian and Tolvan forces conducted joint amphibious landings near Porvik.", "conducted")
    assert kind == TriggerType("COOPERATE", "military", "06")


def test_eventtypes_p34_act_conducted_by_one_force_is_no_joint_act(nlp):
    assert _event(nlp, "Varnian troops conducted landings near Porvik.", "conducted") is None
