import dataclasses

import pytest

from sitrep import acled
from sitrep.acled import acled_label, acled_scores, acled_type, rules_label


def test_acled_acled_families():
    assert acled_type("A roadside bomb exploded beside an army jeep, killing three soldiers.") == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert acled_type("Hundreds of teachers marched peacefully to demand higher wages.") == ("Protests", "Peaceful protest")
    assert acled_type("Police fired tear gas to disperse the protesters outside parliament.")[1] == "Protest with intervention"
    assert acled_type("A magnitude 6.1 earthquake flattened houses in the mountain villages.")[0] == "Natural disaster"
    assert acled_type("The bakery opened at seven in the morning.") == ("none", "none")


def test_acled_territory_actor_decides():
    assert acled_type("The army recaptured the district from the insurgents after a week.")[1] == "Government regains territory"
    assert acled_type("Jihadist fighters captured the garrison town at dawn.")[1] == "Non-state actor overtakes territory"


def test_acled_entry_under_deal_is_non_violent_transfer():
    text = "Army units entered the besieged quarter under a ceasefire deal brokered by tribal elders."
    assert acled_type(text) == ("Strategic developments", "Non-violent transfer of territory")


def test_acled_plover_hint_breaks_ties():
    assert acled_type("The minister said the incident would be examined.", "ASSAULT")[1] == "Attack"


def test_acled_scores_prefer_specific_evidence():
    scores = acled_scores("A suicide bomber blew himself up at a market, killing nine people.")
    assert max(scores, key=scores.get) == "SUIC_BOMB" and "ATTACK" in scores


def test_acled_territory_taker_through_reports_and_losses():
    # the reporter is not the taker; a side pushed out lost the ground; the lead capture decides
    assert acled_type("An army spokesman said rebels had taken over three villages.")[1] == "Non-state actor overtakes territory"
    assert acled_type("Insurgents were pushed back from the hills by government troops.")[1] == "Government regains territory"
    assert acled_type("Rebel fighters were driven out of the town on Sunday.")[1] == "Government regains territory"
    text = "Soldiers recaptured the crossing on Monday, a week after it was captured by militants."
    assert acled_type(text)[1] == "Government regains territory"


def test_acled_present_finds_every_required_string_and_no_other():
    """The 4-gram index gives the strings a plain substring test over every rule's strings gives,
    at the text's very end too (a three-letter string there starts no 4-gram) and in texts too short for one."""
    lex = acled.rules()
    every = {t for rule in lex.rules for t in rule.literals()}
    three = sorted(t for t in every if len(t) == 3)
    texts = ["rebels shelled the outskirts of the district and troops fired back",
             "the army said a ceasefire would hold", "", "ab", three[0], "x " + three[-1]]
    for text in texts:
        lex._last_present = (None, frozenset())
        assert lex.present(text) == frozenset(t for t in every if t in text), text
    assert lex.present("x " + three[-1])


def test_acled_literal_precheck_never_changes_a_score():
    """The ASCII shortcut (skip a rule whose required words are absent) must agree with the full search."""
    sentences = [
        "Insurgents ambushed a military convoy outside Gao, killing four troops.",
        "Police fired tear gas at students marching against fuel prices.",
        "A roadside bomb exploded as a patrol passed, officials said.",
        "The two governments signed a trade agreement in the capital.",
        "Floods swept away dozens of homes after days of heavy rain.",
        "Gunmen kidnapped three aid workers from their vehicle on Tuesday.",
        "Hundreds of people protested peacefully outside parliament.",
        "Warplanes struck a market, and artillery shelled nearby villages.",
    ]
    lex = acled.rules()
    acled._acled_scores.cache_clear()
    with_shortcut = [acled.acled_scores(s) for s in sentences]
    saved = lex.rules
    try:
        lex.rules = [dataclasses.replace(r, any_literals=None, all_literals=(), cue_literals=()) for r in saved]
        lex.candidates = lambda lowered: set(range(len(lex.rules)))  # no trigram index either
        acled._acled_scores.cache_clear()
        without = [acled.acled_scores(s) for s in sentences]
    finally:
        lex.rules = saved
        del lex.candidates
        acled._acled_scores.cache_clear()
    assert with_shortcut == without
    assert any(with_shortcut)
    # the per-cue path (ASCII) and the alternation path (any other text) find the same count and earliest cue
    for sentence in sentences:
        for rule in lex.rules:
            count, first = rule.evidence(sentence, sentence.lower())
            count_alt, first_alt = rule.evidence(sentence, None)
            assert min(count, acled.MAX_EXTRA_CUES + 1) == min(count_alt, acled.MAX_EXTRA_CUES + 1)
            assert (first and first.span()) == (first_alt and first_alt.span())


def test_acled_codebook_other_developments():
    # coups, mutinies, prison breaks and mass graves are the codebook's "other" strategic developments
    assert acled_type("Army officers seized power overnight and suspended the constitution.")[1] == "Other"
    assert acled_type("Soldiers mutinied at a barracks in the north, demanding unpaid bonuses.")[1] == "Other"
    assert acled_type("Investigators found a mass grave with dozens of bodies near the river.")[1] == "Other"


def test_acled_arrest_of_an_organiser_is_an_arrest_not_a_protest():
    assert acled_type("Police arrested the student leader at home, a day before a planned march.")[1] == "Arrests"
    text = "Riot police detained forty demonstrators during a sit-in outside the governor's office."
    assert acled_type(text)[1] == "Protest with intervention"


def test_acled_crowd_punishing_a_suspect_is_mob_violence():
    text = "A crowd beat a suspected thief to death at a bus park on Sunday, police said."
    assert acled_type(text) == ("Riots", "Mob violence")


def test_acled_cooperation_treaty_is_diplomacy_ceasefire_is_agreement():
    assert acled_label("The two presidents signed agreements on trade and energy during the visit.") == "DIPLO"
    assert acled_label("The army and the rebel front reached a ceasefire deal after talks in the capital.") == "AGREEMENT"


def test_acled_group_naming_its_own_fighters_is_a_claim():
    text = "The insurgent group said its fighters had ambushed the convoy, in a statement posted online."
    assert acled_label(text) == "ATTRIB"


def test_acled_firing_on_a_march_is_excessive_force():
    text = "Police fired live rounds into a march against fuel prices, killing two students."
    assert acled_label(text) == "FORCE_AGAINST_PROTEST"


def test_acled_labour_strikes_are_peaceful_protests():
    assert acled_type("Bus drivers in the port city began a two-day strike over unpaid wages.")[1] == "Peaceful protest"
    assert acled_type("Clerks at the land registry walked off the job on Friday, their union said.")[1] == "Peaceful protest"


def test_acled_taking_back_ground_is_government_regains():
    assert acled_type("Federal troops took back the river town from the rebels on Monday.")[1] == "Government regains territory"
    assert acled_type("The army recovered the mining camp from insurgents after two days.")[1] == "Government regains territory"


def test_acled_seizure_after_withdrawal_is_a_takeover():
    text = "Militia fighters seized the district capital after government soldiers pulled out of the town."
    assert acled_type(text)[1] == "Non-state actor overtakes territory"


def test_acled_gang_gunfights_are_armed_clashes_and_ambushed_civilians_attacks():
    assert acled_label("Officers traded fire with members of a street gang for two hours in the old quarter.") == "ARMED_CLASH"
    assert acled_label("Gunmen ambushed a bus carrying fish sellers and shot dead three passengers.") == "ATTACK"
    assert acled_label("Rebels ambushed an army patrol on the highway, the military said.") == "ARMED_CLASH"


def test_acled_diplomatic_visits_are_not_agreements():
    text = "The deputy premier arrived in the port city for talks with the rebels' go-betweens on the ceasefire."
    assert acled_label(text) == "DIPLO"
    assert acled_label("The two sides agreed on a ceasefire after talks in the capital.") == "AGREEMENT"


def test_acled_snatched_people_are_abducted():
    assert acled_label("A lawyer was bundled into a car by masked men and has not been seen since.") == "ABDUCT_DISSAP"


def test_acled_coups_by_their_acts_are_other():
    assert acled_label("Renegade colonels dissolved the government and suspended the constitution at dawn.") == "OTHER"
    assert acled_label("Supporters of the ousted president gathered peacefully in the main square.") != "OTHER"


def test_acled_chemical_munitions_and_industrial_accidents():
    assert acled_label("The militia fired mortar rounds filled with chlorine at the trenches.") == "CHEM_WEAP"
    assert acled_label("A methane explosion at a copper mine killed nine workers on the night shift.") == "MAN_MADE_DISASTER"


def test_acled_property_destruction_by_its_objects():
    assert acled_label("Unknown men uprooted hundreds of young orange trees on a cooperative farm.") == "PROPERTY_DISTRUCT"


def test_acled_aircraft_as_the_subject_of_a_strike():
    assert acled_label("An unmanned aircraft struck a pick-up carrying fighters near the dam, killing three.") == "AIR_STRIKE"
    # air power backing a ground advance: the ground is the event
    text = "Army units backed by air strikes recaptured the hill town of Korvala from the rebels."
    assert acled_label(text) == "GOV_REGAINS_TERIT"


def test_acled_headline_before_the_lead_is_not_the_lead():
    text = "Rebels blamed for raid. The governor blamed the rebel front for Tuesday's attack on the market, in which four traders died."
    assert acled_label(text) == "ATTRIB"


def test_acled_peaceful_gathering_met_with_harm_is_excessive_force():
    text = "Two women died after police charged a peaceful sit-in of farmers outside the district office."
    assert acled_label(text) == "FORCE_AGAINST_PROTEST"
    text = "Police cleared the sit-in outside the ministry at dawn, detaining forty people; no injuries were reported."
    assert acled_label(text) == "PROTEST_WITH_INTER"


def test_acled_vigilantes_and_captives_are_not_protesters():
    text = "Gunmen abducted twelve farmers near Kutari and marched them into the bush, a vigilante leader said."
    assert acled_label(text) == "ABDUCT_DISSAP"


def test_acled_foiled_plots_and_prison_escapes_are_other():
    assert acled_label("A plot to bomb the stadium was foiled after an informant tipped off the police.") == "OTHER"
    assert acled_label("Officials said inmates had taken control of two wings of the district jail.") == "OTHER"


def test_acled_gangs_seizing_neighbourhoods_take_territory():
    text = "Armed gangs seized the Lavalee neighbourhood on Sunday, forcing hundreds of families to flee."
    assert acled_label(text) == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_acled_announced_change_of_activity_and_curfews():
    text = "The rebel front said it was suspending its attacks on highways during the national exams."
    assert acled_label(text) == "CHANGE_TO_GROUP_ACT"
    text = "The governor imposed a dusk-to-dawn curfew on the market town after two days of clashes."
    assert acled_label(text) == "CHANGE_TO_GROUP_ACT"
    assert acled_label("A faction of the militia announced it was splitting from the movement.") == "CHANGE_TO_GROUP_ACT"


def test_acled_reached_truces_and_releases_agreed_are_agreements():
    text = "Elders of the two clans agreed to a truce mediated by the district council after weeks of fighting."
    assert acled_label(text) == "AGREEMENT"
    assert acled_label("The kidnappers agreed to release the nurses in exchange for safe passage.") == "AGREEMENT"


def test_acled_departure_after_talks_with_others_taking_over_is_a_transfer():
    text = "The militia left the river port of Nkoro after talks with the governor, and the police took over."
    assert acled_label(text) == "NON_VIOL_TERRIT_TRANSFER"


def test_acled_protesters_throwing_petrol_bombs_riot():
    text = "Protesters angry at fuel prices hurled petrol bombs at the town hall and set two buses ablaze."
    assert acled_label(text) == "VIOL_DEMONSTR"


def test_acled_bases_made_of_seized_buildings():
    text = "The insurgents have turned a disused sawmill into a base and are using it to store fuel."
    assert acled_label(text) == "HQ_ESTABLISHED"


def _sub(text: str) -> str:
    return acled_label(text)


def test_acled_state_reporting_its_own_forces_is_no_claim():
    # an army telling what its units did reports the event; a group naming its own fighters claims it
    assert _sub("The defence ministry said its troops had retaken the river port of Olanga from the insurgents.") == "GOV_REGAINS_TERIT"
    assert _sub("The rebel front said its fighters carried out the raid on the depot.") == "ATTRIB"
    assert _sub("The league said its forces would leave the valley next month.") != "ATTRIB"


def test_acled_prison_escapes_and_heads_of_state_detained_by_soldiers_are_other():
    assert _sub("Dozens of inmates escaped from a district police cell after overpowering the guard.") == "OTHER"
    assert _sub("Mutinous soldiers detained the president at his residence before dawn.") == "OTHER"
    assert _sub("Students marched against the coup in the capital, chanting slogans.") == "PEACE_PROTEST"


def test_acled_chemical_release_by_its_effects_but_not_tear_gas():
    assert _sub("A shell released a yellow cloud over the hamlet and villagers began coughing and vomiting.") == "CHEM_WEAP"
    assert _sub("Several marchers were treated for tear gas inhalation after police dispersed the rally.") == "PROTEST_WITH_INTER"


def test_acled_suicide_cues_and_their_negation():
    assert _sub("A youth detonated explosives strapped to his body at the mosque gate.") == "SUIC_BOMB"
    assert _sub("A parked van rigged with explosives blew up near the stadium; no suicide bomber was involved.") == "REM_EXPLOS"
    assert _sub("Police found and defused a suicide vest hidden in a flat.") != "SUIC_BOMB"


def test_acled_explosives_neutralised_or_stopped_are_disrupted():
    assert _sub("Army engineers neutralised three IEDs buried along the river road.") == "DISR_WEAP"
    assert _sub("Guards tackled a man with a bomb before he could detonate it at the gate.") == "DISR_WEAP"
    assert _sub("Air defence units downed four drones over the border province overnight.") == "DISR_WEAP"


def test_acled_mines_laid_and_bombs_going_off_later_in_the_clause():
    assert _sub("A mine laid on the track killed two herders near the well.") == "REM_EXPLOS"
    assert _sub("A bomb hidden in a cart went off at the cattle market, wounding six.") == "REM_EXPLOS"
    assert _sub("An explosion at a filling station on the ring road killed five people.") == "MAN_MADE_DISASTER"


def test_acled_announced_changes_mergers_successors_unilateral_truces():
    assert _sub("Two rebel factions announced that they were merging into one movement.") == "CHANGE_TO_GROUP_ACT"
    assert _sub("The movement named a new military commander after its chief died.") == "CHANGE_TO_GROUP_ACT"
    assert _sub("The guerrillas declared a unilateral ceasefire for the harvest season.") == "CHANGE_TO_GROUP_ACT"
    assert _sub("After days of unrest in the market town, the provincial governor on Friday imposed a dusk-to-dawn curfew.") == "CHANGE_TO_GROUP_ACT"


def test_acled_talks_without_an_agreement_are_diplomacy():
    assert _sub("Talks between the two delegations ended without an agreement, the mediators said.") == "DIPLO"
    assert _sub("The two sides signed a ceasefire agreement in the border town.") == "AGREEMENT"


def test_acled_force_on_people_who_had_gathered_to_protest():
    assert _sub("Soldiers whipped traders who had gathered to protest against the market closure.") == "FORCE_AGAINST_PROTEST"


def test_acled_protest_dispersal_negated_and_prevented():
    assert _sub("The rally of some two thousand farmers dispersed peacefully at dusk.") == "PEACE_PROTEST"
    assert _sub("Police prevented opposition supporters from holding their planned rally in the square.") == "PROTEST_WITH_INTER"


def test_acled_property_destroyed_further_down_the_phrase():
    assert _sub("Insurgents blew up a section of the gas pipeline near the coast.") == "PROPERTY_DISTRUCT"
    assert _sub("Militiamen burned 60 homes in the hamlet after the residents fled.") == "PROPERTY_DISTRUCT"


def test_acled_march_the_month_is_no_protest():
    assert _sub("Gunmen shot dead four farmers in the village, which had been quiet since March.") == "ATTACK"


def test_acled_abduction_without_the_word():
    assert _sub("Armed men took a schoolteacher from a bus near the border and he has not been heard from since.") == "ABDUCT_DISSAP"
    assert _sub("Rebels detained two traders at their roadblock and took them to the forest.") == "ABDUCT_DISSAP"
    assert _sub("Armed men seized three nuns on the coastal road and demanded a ransom.") == "ABDUCT_DISSAP"
    # (a criminal gang doing so for a ransom is organised crime: test_acled_a_gang_holding_people_for_ransom_is_organised_crime)
    assert _sub("Police arrested four suspects in the port city.") == "ARREST"


def test_acled_gangs_killing_residents_attack_civilians():
    assert _sub("A gang stormed the fishing village, killing nine residents.") == "ATTACK"
    assert _sub("Smugglers moved cocaine through the port.") == "ORG_CRIME"


def test_acled_unarmed_victims_make_it_one_sided():
    assert _sub("Troops shot dead four unarmed herders in a raid on their camp.") == "ATTACK"
    assert _sub("Troops and rebels clashed near the river crossing.") == "ARMED_CLASH"


def test_acled_more_ways_to_retake_ground():
    assert _sub("Government troops dislodged the insurgents from the market town.") == "GOV_REGAINS_TERIT"
    assert _sub("Jihadists seized parts of the provincial capital overnight.") == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_acled_news_after_a_background_opening():
    # a marked background opening, then a turn to the news: the news decides
    text = ("The insurgents had held the river town since the spring. On Tuesday, government troops "
            "recaptured it after a short push, the governor said.")
    assert acled._news_start(text) == text.index("On Tuesday")
    assert _sub(text) == "GOV_REGAINS_TERIT"
    text = ("A truce had been announced in the hills last month. On Friday, gunmen shot dead a teacher "
            "outside his school in the village of Mbeli.")
    assert _sub(text) == "ATTACK"
    # a lead followed by details keeps the lead: no background mark, no 'later'
    text = "Gunmen shot dead a teacher in Mbeli. On Friday, the police arrested two suspects."
    assert acled._news_start(text) == 0
    assert acled._news_start("The sirens sounded at dawn. Minutes later, a rocket hit the depot.") > 0


def test_acled_background_cue_alone_ranks_below_the_news():
    scores = acled_scores("Kidnappings had been rare in the valley for years. On Monday, a flood swept away two bridges.")
    assert max(scores, key=scores.get) == "NATURAL_DISASTER"
    assert scores["ABDUCT_DISSAP"] == acled.BACKGROUND_WEIGHT


def test_acled_territory_taker_after_attribution_and_pronoun():
    assert _sub("According to the provincial army command, bandits took over four villages near the dam.") == "NON_STATE_ACTOR_OVERTAKES_TER"
    assert _sub("The army said it had reoccupied the hill villages after the militants fled.") == "GOV_REGAINS_TERIT"
    assert _sub("The TPLF took control of the market town of Adi Woyane.") == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_acled_air_raid_sirens_are_no_air_strike():
    assert _sub("Air-raid sirens sounded over the city as a ballistic missile hit a hotel.") == "ART_MISS_ATTACK"


def test_acled_plan_is_no_prefix_of_planted():
    assert _sub("Engineers dismantled explosives planted under the culvert on the supply road.") == "DISR_WEAP"
    assert _sub("Police foiled a plot to bomb the rail depot.") == "OTHER"


def test_acled_thrown_crude_bombs_are_grenades_and_rpgs_are_rockets():
    assert _sub("Unidentified men hurled crude bombs at a councillor's shop, damaging the shutters.") == "GRENADE"
    assert _sub("Insurgents fired rocket-propelled grenades at the district office.") == "ART_MISS_ATTACK"
    assert _sub("Gunmen fired an RPG at an army truck on the ring road.") == "ART_MISS_ATTACK"


def test_acled_forced_marriage_and_accused_soldiers_are_sexual_violence():
    assert _sub("Fighters forced abducted women into marriage with their leaders.") == "SEX_VIOL"
    assert _sub("Troops were accused of raping women during a sweep through the valley.") == "SEX_VIOL"
    assert _sub("Police arrested a driver accused of raping a passenger.") == "ARREST"


def test_acled_more_ways_to_name_the_perpetrator():
    assert _sub("The ministry held the rebel front responsible for the bombing of the bridge.") == "ATTRIB"
    assert _sub("The governor blamed the ambush on the convoy on bandit gangs.") == "ATTRIB"
    assert _sub("The insurgent front claimed it shot down a military plane over the valley.") == "ATTRIB"


def test_acled_two_sides_trading_heavy_fire_is_a_clash():
    assert _sub("Two rival militias clashed in the old city overnight, using heavy weapons.") == "ARMED_CLASH"
    assert _sub("The artillery shelled the border villages overnight.") == "ART_MISS_ATTACK"
    assert _sub("Bandits attacked a police post and the attack was repelled after a gun duel.") == "ARMED_CLASH"


def test_acled_talks_about_peace_are_no_agreement():
    assert _sub("The envoy urged both leaders to implement the peace agreement during his visit.") == "DIPLO"
    assert _sub("The two armies signed a peace agreement in the border town.") == "AGREEMENT"


def test_acled_structures_failing_in_rain_are_man_made():
    assert _sub("A market hall under construction collapsed after heavy rain, killing six traders.") == "MAN_MADE_DISASTER"
    assert _sub("Floods after heavy rain swept away homes in the delta.") == "NATURAL_DISASTER"


def test_acled_coups_staged_with_an_article():
    assert _sub("Army officers staged a coup overnight and closed the borders.") == "OTHER"


def test_acled_present_perfect_lead_is_the_news():
    text = "The army has reasserted control over the hill district. On Monday, soldiers entered Lamaro."
    assert acled._news_start(text) == 0


def test_acled_volcanoes_and_floodwaters_but_not_fighting_that_erupted():
    assert _sub("Mount Kelud erupted overnight, forcing villagers to flee the ash.") == "NATURAL_DISASTER"
    assert _sub("Floodwaters submerged much of the delta district.") == "NATURAL_DISASTER"
    assert _sub("Fighting erupted between the army and rebels near the airport.") == "ARMED_CLASH"


def test_acled_sabotage_of_a_pipeline_with_a_planted_bomb_is_an_explosive():
    assert _sub("A bomb planted by saboteurs blew a hole in the gas pipeline near the border.") == "REM_EXPLOS"
    assert _sub("A gas pipeline exploded near the refinery after a pressure fault.") == "MAN_MADE_DISASTER"


def test_acled_more_lexicon_drugs_acid_pellets_shutdowns():
    assert _sub("Customs officers seized two tonnes of hashish from a speedboat.") == "ORG_CRIME"
    assert _sub("Two men on a motorbike threw acid on a schoolgirl in the market.") == "ATTACK"
    assert _sub("Mourners at a funeral procession were hit by pellets fired by police.") == "FORCE_AGAINST_PROTEST"
    assert _sub("Traders observed a complete shutdown on the call of the opposition.") == "PEACE_PROTEST"


def test_acled_lethal_force_on_a_march_named_before_the_killing():
    assert _sub("Troops opened fire to break up a march in the port city, killing four people.") == "FORCE_AGAINST_PROTEST"
    assert _sub("Police fired on a Women's Day march in the capital, wounding several marchers.") == "FORCE_AGAINST_PROTEST"


def test_acled_protesters_attacked_by_police_are_no_riot():
    assert _sub("Students protesting fee increases were attacked by police with batons and live bullets, leaving one dead.") == "FORCE_AGAINST_PROTEST"


def test_acled_arrests_of_people_taking_part_in_a_protest():
    assert _sub("Police detained thirty people as they took part in a rally against the new tax.") == "PROTEST_WITH_INTER"
    assert _sub("Police evicted students occupying the faculty building overnight.") == "PROTEST_WITH_INTER"


def test_acled_off_duty_former_and_civilian_victims_are_attacked_not_fought():
    assert _sub("Militants killed an off-duty police officer outside his home.") == "ATTACK"
    assert _sub("Soldiers killed nine civilians in a village market, survivors said.") == "ATTACK"
    assert _sub("Police shot a teenager during a raid; residents said there had been no shootout.") == "ATTACK"


def test_acled_aircraft_carrying_out_strikes_and_drones_killing():
    assert _sub("A drone operated by the army killed six people near the wells.") == "AIR_STRIKE"
    assert _sub("Coalition aircraft carried out a strike on a depot near the airport.") == "AIR_STRIKE"


def test_acled_agreements_coming_into_force_and_agreed_steps():
    assert _sub("A truce between the two militias brokered by elders came into force at midnight.") == "AGREEMENT"
    assert _sub("The rival clans agreed to pay compensation to end the feud over grazing land.") == "AGREEMENT"


def test_acled_troops_sent_after_attacks_change_activity():
    assert _sub("The government deployed hundreds of troops to the district after a wave of attacks on villages.") == "CHANGE_TO_GROUP_ACT"


def test_acled_the_killing_of_someone_is_no_lethal_force_on_a_protest():
    assert _sub("Activists held a silent protest on the anniversary of the killing of a reporter.") == "PEACE_PROTEST"
    assert _sub("Police detained a blogger who had called for a protest online.") == "ARREST"


def test_acled_ethnic_armies_are_non_state_and_dams_collapsing_in_floods_are_natural():
    assert _sub("The Arakan Army said it had taken control of the border town of Kyauktaw.") == "NON_STATE_ACTOR_OVERTAKES_TER"
    assert _sub("Floodwaters swept through the city after a dam collapsed following days of rain.") == "NATURAL_DISASTER"


def test_acled_a_river_bursting_its_banks_is_natural():
    assert _sub("The river burst its banks after a week of rain, cutting off the valley.") == "NATURAL_DISASTER"
    assert _sub("A school wall collapsed during heavy rain, killing two pupils.") == "MAN_MADE_DISASTER"


def test_acled_lowered_shortcut_on_non_ascii_text():
    # curly quotes and accents keep the cheap per-cue path; characters that a case-blind ASCII
    # letter matches (long s, Kelvin sign, dotted/dotless i) fall back to the alternation
    assert acled._lowered("Rebels “shelled” Güzelyurt.") == "rebels “shelled” güzelyurt."
    assert acled._lowered("Troops ſhelled the town.") is None
    assert acled._lowered("\u212aurdish fighters clashed with troops.") is None
    assert acled._lowered("Protesters in İzmir marched.") is None
    sentences = ["Warplanes struck a market in Saná’a, and artillery shelled nearby villages.",
                 "“We will not leave,” said protesters as police fired tear gas at the crowd in Düzce."]
    for sentence in sentences:
        lowered = acled._lowered(sentence)
        assert lowered is not None
        present = acled.rules().present(lowered)
        for rule in acled.rules().rules:
            count, first = rule.evidence(sentence, lowered, present)
            count_alt, first_alt = rule.evidence(sentence, None)
            assert min(count, acled.MAX_EXTRA_CUES + 1) == min(count_alt, acled.MAX_EXTRA_CUES + 1)
            assert (first and first.span()) == (first_alt and first_alt.span())
    assert acled.rules_label(sentences[0]) == "AIR_STRIKE"


def test_acled_broad_rules_score_below_every_specific_rule():
    from sitrep.acled import broad_score_ceiling, rules

    # a lone generic word gives a broad score; a specific cue scores above the ceiling
    assert 0 < max(acled_scores("Two shopkeepers were killed on Tuesday.").values()) <= broad_score_ceiling()
    assert 0 < max(acled_scores("The talks ended without a statement.").values()) <= broad_score_ceiling()
    assert acled_scores("A suicide bomber blew himself up outside the mosque.")["SUIC_BOMB"] > broad_score_ceiling()
    assert broad_score_ceiling() < min(rule.weight for rule in rules().rules if rule.label == "GRENADE")


def test_acled_a_specific_rule_after_the_broad_ones_is_refused():
    from sitrep.acled import _Rules

    data = {"acled": [{"label": "ATTACK", "any": ["killed"], "broad": True}, {"label": "GRENADE", "any": ["grenade"]}],
            "acled_labels": {}, "territory_actors": {"state": "army", "non_state": "rebels"}}
    with pytest.raises(ValueError):
        _Rules(data)


_SHARED_RULES = """
shared_not:
  kidnap_words: &kidnap_words
    - '\\b(kidnap\\w*|abduct\\w*)\\b'
    - '\\bransom\\b'
acled:
  - label: ARREST
    any: ['\\b(detained|arrested)\\b']
    not: [*kidnap_words, '\\bprotesters\\b']
  - label: ABDUCT_DISSAP
    any: ['\\bseized\\b']
    not:
      - '\\bpolice\\b'
      - *kidnap_words
acled_labels: {}
territory_actors: {state: army, non_state: rebels}
"""


def test_acled_a_shared_not_group_excludes_as_the_flat_list_does(monkeypatch):
    import yaml

    from sitrep.acled import _Rules

    nested = yaml.safe_load(_SHARED_RULES)
    flat = yaml.safe_load(_SHARED_RULES)
    flat["acled"][0]["not"] = [r"\b(kidnap\w*|abduct\w*)\b", r"\bransom\b", r"\bprotesters\b"]
    flat["acled"][1]["not"] = [r"\bpolice\b", r"\b(kidnap\w*|abduct\w*)\b", r"\bransom\b"]
    nested_rules, flat_rules = _Rules(nested), _Rules(flat)
    assert [[p.pattern for p in r.none] for r in nested_rules.rules] == [[p.pattern for p in r.none] for r in flat_rules.rules]
    assert [p.pattern for p in nested_rules.rules[0].none][1] == r"\bransom\b"  # the group is spliced, not one item
    texts = ["Gunmen detained the trader and asked for a ransom.", "Two clerks were arrested on Monday.",
             "Protesters were detained outside the court.", "Police seized the boat.", "Bandits seized the herder."]
    labels = {}
    for name, lex in (("nested", nested_rules), ("flat", flat_rules)):
        monkeypatch.setattr(acled, "rules", lambda lex=lex: lex)
        labels[name] = [sorted(dict(acled._scores(t)[0])) for t in texts]
    assert labels["nested"] == labels["flat"] == [[], ["ARREST"], [], [], ["ABDUCT_DISSAP"]]


def test_acled_a_rule_list_nested_too_deep_or_not_a_pattern_is_refused():
    from sitrep.acled import _Rules

    for bad in ([[["\\bkidnap"]]], [["\\bkidnap", 3]], [None]):
        data = {"acled": [{"label": "ARREST", "any": ["arrested"], "not": bad}],
                "acled_labels": {}, "territory_actors": {"state": "army", "non_state": "rebels"}}
        with pytest.raises(ValueError, match="ARREST"):
            _Rules(data)


def test_acled_lethal_force_at_a_gathering_in_more_words():
    assert acled_label("Soldiers shot three of the strikers dead outside the mill gates during the protest.") == "FORCE_AGAINST_PROTEST"
    assert acled_label("Police sprayed the marchers with live rounds as they sang hymns.") == "FORCE_AGAINST_PROTEST"
    assert acled_label("Guards killed a student at a vigil for the missing miners.") == "FORCE_AGAINST_PROTEST"
    # a march in memory of someone killed elsewhere is still a peaceful march
    assert acled_label("Hundreds joined a silent march in memory of a nurse killed by bandits last year.") == "PEACE_PROTEST"


def test_acled_suicide_bombers_by_what_they_did():
    assert acled_label("The bomber walked up to the gate of the ministry before blowing himself up.") == "SUIC_BOMB"
    assert acled_label("A teenager detonated explosives hidden under his coat inside the bus station, killing nine.") == "SUIC_BOMB"
    assert acled_label("The attacker drove an explosives-laden truck into the police compound.") == "SUIC_BOMB"


def test_acled_a_device_that_killed_is_no_disrupted_weapon():
    assert acled_label("Engineers defused one bomb at the bridge, but a second had already exploded, killing a driver.") == "REM_EXPLOS"
    assert acled_label("Mine clearance teams removed 40 landmines from the orchards this week.") == "DISR_WEAP"


def test_acled_more_ways_police_end_a_protest():
    assert acled_label("Riot officers on horseback charged the crowd of striking dockers at the port gates.") == "PROTEST_WITH_INTER"
    assert acled_label("Students holding a sit-in at the rectorate were carried away by police and taken to a police station.") == "PROTEST_WITH_INTER"


def test_acled_a_detention_denied_as_abduction_is_an_arrest():
    assert acled_label("She was not abducted, officers said: she was arrested on a warrant for embezzlement.") == "ARREST"
    assert acled_label("Relatives said gunmen had abducted him, but the gendarmerie acknowledged holding him in its cells.") == "ARREST"
    assert acled_label("Soldiers took the reporter from her flat; the army has not acknowledged holding her.") == "ABDUCT_DISSAP"


def test_acled_fire_exchanged_by_two_sides_is_a_battle():
    # named two-sided fire outranks the generic words around it and the weapons picked up afterwards
    assert acled_label("Officers serving a warrant came under fire and shot back; the suspect died in the shootout.") == "ARMED_CLASH"
    assert acled_label("Border guards and smugglers traded gunfire for an hour near the river crossing.") == "ARMED_CLASH"
    assert acled_label("Troops killed four insurgents in a firefight near the dam and recovered three rifles.") == "ARMED_CLASH"
    # ground taken after the gunfight is territory; weapons found without any exchange of fire are a disruption
    assert acled_label("The army retook the hill town from the rebels after a gunfight on Sunday.") == "GOV_REGAINS_TERIT"
    assert acled_label("Soldiers seized a cache of rifles and grenades from a farmhouse without any exchange of fire.") == "DISR_WEAP"


def test_acled_a_later_sentence_about_an_earlier_event_is_background():
    # the news is the lead; a later sentence marked as earlier (a past year, "last year", the past perfect) does not outvote it
    text = ("Hundreds of nurses marched to the health ministry on Monday to demand unpaid wages. "
            "Police fired tear gas at a similar march in the capital last year.")
    assert acled_label(text) == "PEACE_PROTEST"
    text = ("Gunmen seized two quarry engineers from their car near the border on Friday, police said. "
            "Rebels had attacked the same road with a roadside bomb in 2019.")
    assert acled_label(text) == "ABDUCT_DISSAP"
    # offsets are kept: the blanked text has the same length
    assert len(acled._without_earlier_events(text)) == len(text)
    # a later detail of the same event is not background
    text = "Hundreds of nurses marched to the health ministry on Monday. Police fired tear gas to disperse them."
    assert acled_label(text) == "PROTEST_WITH_INTER"
    # a text whose only evidence is background keeps it
    assert acled_label("The town was quiet on Monday, residents said. It had been shelled by artillery in 2019.") == "ART_MISS_ATTACK"


@pytest.mark.parametrize("later", ["Militants burned the district office in October.",
                                   "Soldiers fought the rebels near the pass during early March."])
def test_acled_a_later_sentence_set_in_a_named_month_is_background(later):
    # the lead is dated by its day; a later sentence placed in a month tells of an earlier event
    lead = "About two hundred students rallied outside the education ministry on Wednesday to demand lower fees. "
    assert acled_label(lead + later) == "PEACE_PROTEST"


def test_acled_an_arrest_over_an_earlier_act_is_the_arrest():
    # the act is the reason for the arrest, not the news
    assert acled_label("Police arrested three men suspected of planting the roadside bomb that hit a bus in March.") == "ARREST"
    assert acled_label("Detectives detained two brothers over a grenade attack on a bar last month.") == "ARREST"
    # weapons taken from the people arrested stay with the arrest; a cache found with no one held is a disruption
    assert acled_label("Gendarmes arrested a rebel courier at a roadblock, recovering a pistol and two grenades.") == "ARREST"
    assert acled_label("Troops found a cache of rifles buried near the river, arresting no one.") == "DISR_WEAP"
    # arrests in a crime story stay organised crime
    assert acled_label("Police arrested nine members of a cocaine smuggling ring at the port.") == "ORG_CRIME"


def test_acled_bans_orders_and_new_leaders_change_a_groups_activity():
    assert acled_label("The interior ministry banned the student union and two allied parties on Friday, citing security.") == "CHANGE_TO_GROUP_ACT"
    assert acled_label("The insurgents ordered shopkeepers in the valley to close by noon every day.") == "CHANGE_TO_GROUP_ACT"
    assert acled_label("The movement chose a new secretary-general after its founder died in a drone strike.") == "CHANGE_TO_GROUP_ACT"
    # a member of a banned group arrested is an arrest; an ambassador told to leave is diplomacy
    assert acled_label("Police took into custody a teacher suspected of links with a banned separatist group.") == "ARREST"
    assert acled_label("The cabinet gave the rival state's envoy three days to quit the country.") == "DIPLO"


def test_acled_armed_men_killing_civilians_is_an_attack():
    # told by the victims, also when the consequence comes first in the passive
    assert acled_label("Four herders were shot dead when armed raiders opened fire on their camp near the lake, officials said.") == "ATTACK"
    assert acled_label("Militiamen stormed a farming village at dawn, shooting residents and burning their homes.") == "ATTACK"
    # homes burned with no one killed stay property destruction; an attack on a base with a firefight stays a battle
    assert acled_label("Raiders burned scores of huts in the hamlet once the families had gone.") == "PROPERTY_DISTRUCT"
    assert acled_label("Militants attacked an army base and troops returned fire, killing six villagers caught in the crossfire.") == "ARMED_CLASH"


def test_acled_civilians_fighting_each_other_or_punishing_someone_are_a_mob():
    assert acled_label("Youths from two hamlets fought with sticks and machetes over a grazing field, leaving three injured.") == "MOB_VIOL"
    assert acled_label("Rival fans hurled bottles at each other outside the stadium before kick-off.") == "MOB_VIOL"
    assert acled_label("A youth suspected of stealing a motorbike was beaten to death by villagers near the market.") == "MOB_VIOL"
    # supporters clashing with the police at a rally stay a violent demonstration
    assert acled_label("Opposition supporters clashed with police and threw stones during a rally in the capital.") == "VIOL_DEMONSTR"


def test_acled_a_diplomatic_act_in_the_lead_is_diplomacy_whatever_its_subject():
    assert acled_label("The foreign ministry summoned the neighbouring envoy on Monday over a raid in which four border guards were killed.") == "DIPLO"
    assert acled_label("The two presidents held talks in the capital on the fighting that has displaced thousands along the border.") == "DIPLO"
    # a deal struck at the talks is the agreement
    assert acled_label("The two sides held talks in the capital and signed a ceasefire agreement on Sunday.") == "AGREEMENT"


def test_acled_ground_changing_hands_with_no_fight_is_a_non_violent_transfer():
    assert acled_label("Rebel fighters took over the customs post after the border guards left overnight; no clashes were reported.") == "NON_VIOL_TERRIT_TRANSFER"
    assert acled_label("Soldiers moved back into the market town, meeting no resistance after the militia withdrew.") == "NON_VIOL_TERRIT_TRANSFER"
    # a pull-out after heavy fighting is the capture; a protest with no clashes stays a protest
    assert acled_label("Rebels took the town after heavy fighting, and the army withdrew.") == "NON_STATE_ACTOR_OVERTAKES_TER"
    assert acled_label("Hundreds of teachers marched to parliament and left after an hour; no clashes were reported.") == "PEACE_PROTEST"


def test_acled_sabotage_named_by_what_was_destroyed_is_property_destruction():
    text = ("Unidentified men dynamited an electricity substation near the port overnight; there were no casualties. "
            "The separatist front has attacked soldiers in the area before.")
    assert acled_label(text) == "PROPERTY_DISTRUCT"
    assert acled_label("Saboteurs cut signalling cables at two places, halting trains across the north; police suspect an attack.") == "PROPERTY_DISTRUCT"
    # the same words for a wildfire or a riot keep those labels
    assert acled_label("Wildfires driven by strong winds destroyed dozens of homes in the hills.") == "NATURAL_DISASTER"
    assert acled_label("Pupils protesting the exam changes set fire to a school minibus.") == "VIOL_DEMONSTR"


def test_acled_a_blame_added_in_a_participle_or_no_claim_is_not_a_claim():
    assert acled_label("Two mortar rounds hit the cattle market on Friday, wounding six traders, the mayor said, blaming the rebels in the hills.") == "ART_MISS_ATTACK"
    assert acled_label("A hand grenade was thrown into a bar near the bus park on Saturday, injuring three; no group claimed responsibility.") == "GRENADE"
    # a denial or a blame that is the lead stays a claim
    assert acled_label("The rebel group denied that its fighters had shelled the market, blaming the army.") == "ATTRIB"


def test_acled_a_halt_agreed_with_the_other_side_is_an_agreement():
    assert acled_label("Two rival clan militias agreed on Sunday to stop fighting over the wells for a month, elders said.") == "AGREEMENT"
    assert acled_label("The armed factions agreed late on Friday to suspend attacks on the oil terminals after talks with the governor.") == "AGREEMENT"
    assert acled_label("The two sides swapped 40 captured soldiers at the border crossing on Tuesday.") == "AGREEMENT"
    # a group halting its own attacks on its own is a change of activity
    assert acled_label("The rebel movement said it would suspend its attacks on the capital during the holidays.") == "CHANGE_TO_GROUP_ACT"


def test_acled_people_carried_off_or_taken_from_where_they_were_are_abducted():
    assert acled_label("Armed men marched nine travellers into the bush after blocking the road near the river on Monday.") == "ABDUCT_DISSAP"
    assert acled_label("Masked gunmen took four fishermen from a trawler off the cape on Wednesday night, the coast guard said.") == "ABDUCT_DISSAP"
    # taken and then killed on the spot is the attack on them
    assert acled_label("Gunmen forced five traders off a minibus and shot them by the roadside.") == "ATTACK"


def test_acled_peaceful_gatherings_in_more_words():
    assert acled_label("Traders in the old city kept their shutters down on Monday against the new market tax.") == "PEACE_PROTEST"
    assert acled_label("Mothers of missing sailors marched to the port authority and called on the government to investigate the sinking.") == "PEACE_PROTEST"


def test_acled_text_with_glued_punctuation_reads_like_spaced_text():
    # the denial is a later sentence, not the lead, once the full stop is seen as one
    glued = "A roadside bomb killed two soldiers on the highway on Monday, the governor said.The rebels denied involvement."
    assert acled_label(glued) == acled_label(glued.replace(".The", ". The")) == "REM_EXPLOS"
    assert acled_label("A man blew  himself\nup at the checkpoint, killing four.") == "SUIC_BOMB"


def test_acled_ground_taken_after_a_fight_is_territory_whatever_its_name():
    assert acled_label("Insurgent fighters seized Kolokani after two days of fighting with the army, residents said.") == "NON_STATE_ACTOR_OVERTAKES_TER"
    assert acled_label("The army said it had taken Tal Hamra back from the militants following fierce clashes.") == "GOV_REGAINS_TERIT"
    # soldiers taking up position after a firefight took no ground; people taken after clashes are no territory
    assert acled_label("Soldiers took position on the ridge after a firefight with the guerrillas.") == "ARMED_CLASH"
    assert acled_label("Two wounded men were taken to hospital after clashes between the militias.") == "ARMED_CLASH"


def test_acled_a_sentence_that_turns_to_another_event_does_not_outvote_the_lead():
    lead = "Herders and farmers fought with rifles near the dry riverbed for hours on Thursday, elders said."
    assert acled_label(lead + " Separately, a roadside bomb wounded two traders on the market road.") == "ARMED_CLASH"
    assert acled_label(lead + " A day earlier, a roadside bomb wounded two traders on the market road.") == "ARMED_CLASH"
    assert acled_label(lead + " Two days later, a roadside bomb wounded two traders on the market road.") == "ARMED_CLASH"
    # the other event alone keeps its evidence
    assert acled_label("Separately, a roadside bomb wounded two traders on the market road.") == "REM_EXPLOS"


def test_acled_an_office_taking_over_a_case_is_no_territory():
    assert acled_label("Vandals smashed the windows of the town library overnight. Federal police have taken over the investigation.") == "PROPERTY_DISTRUCT"


def test_acled_a_version_the_text_sets_aside_is_not_the_event():
    assert acled_label("Though first described as a suicide attack, the blast at the bus depot came from a bomb left under a bench, police said.") == "REM_EXPLOS"
    assert acled_label("Villagers first called it an air raid, but the craters came from mortar rounds fired by the militia.") == "ART_MISS_ATTACK"
    assert acled_label("The fire that gutted the fuel depot was not an air strike but an accident during unloading, the port said.") == "MAN_MADE_DISASTER"
    # a march disowned as peaceful still took place; a text with no other evidence keeps the set-aside words
    assert acled_label("Although organisers called it a peaceful march, protesters threw stones at police and set cars on fire.") == "VIOL_DEMONSTR"
    assert acled_label("Though first reported as a grenade attack, police have not said what caused it.") == "GRENADE"


def test_acled_a_crowd_dispersing_by_itself_or_an_arrest_denied_is_no_intervention():
    assert acled_label("Some two hundred nurses rallied outside the health ministry and dispersed quietly in the evening.") == "PEACE_PROTEST"
    assert acled_label("Students marched through the capital after the exam scandal, and the rally broke up before dark.") == "PEACE_PROTEST"
    assert acled_label("Pensioners demonstrated in front of the treasury on Monday; no one was detained, organisers said.") == "PEACE_PROTEST"
    assert acled_label("Vandals smashed the glass doors of the party office overnight, police said; no arrests have been made.") == "PROPERTY_DISTRUCT"
    # police dispersing or detaining them is
    assert acled_label("Riot police dispersed the protesting students with batons and detained a dozen of them.") == "PROTEST_WITH_INTER"


def test_acled_lethal_force_on_a_crowd_told_by_the_victims_or_under_a_name_the_authorities_give_it():
    assert acled_label("Four young men were killed when troops fired live bullets at a sit-in outside the oil ministry, medics said.") == "FORCE_AGAINST_PROTEST"
    assert acled_label("A student was killed by a shotgun pellet fired into the march on the university road, her classmates said.") == "FORCE_AGAINST_PROTEST"
    assert acled_label("Police fired on mourners who were chanting slogans at the cemetery, killing two; the governor called them \"rioters\".") == "FORCE_AGAINST_PROTEST"
    # a war 'which has killed' thousands is what a peaceful rally is about
    assert acled_label("Hundreds held a peaceful rally in the square to demand an end to the war, which has killed thousands.") == "PEACE_PROTEST"


def test_acled_interceptions_and_bomb_disposal_in_more_words_are_disrupted_weapons():
    assert acled_label("Air defence units reported downing 14 of the 16 drones launched at the coastal city overnight.") == "DISR_WEAP"
    assert acled_label("A cruise missile was brought down by the coastal battery before it could reach the harbour, the navy said.") == "DISR_WEAP"
    assert acled_label("Army engineers rendered safe a pressure-cooker device left near the bus stand, police said.") == "DISR_WEAP"
    assert acled_label("Soldiers seized a van carrying sacks of ammonium nitrate and detonators at a checkpoint near the border.") == "DISR_WEAP"
    # a crowd stopped before it could reach a building, or a mine that killed deminers, is no disruption
    assert acled_label("Riot police used water cannon on the marchers before they could reach the palace.") == "PROTEST_WITH_INTER"
    assert acled_label("Two deminers were killed when a mine exploded while they were clearing a field near the river.") == "REM_EXPLOS"


def test_acled_a_group_moving_to_a_new_camp_or_turning_a_building_into_its_base_sets_up_a_base():
    assert acled_label("Rebel units have relocated their fighters to a new camp deeper in the swamp, local hunters said.") == "HQ_ESTABLISHED"
    assert acled_label("Militiamen settled in the old customs house, turning it into a base, traders complained.") == "HQ_ESTABLISHED"
    assert acled_label("The insurgents turned the village clinic into their command centre, residents said.") == "HQ_ESTABLISHED"
    assert acled_label("Armed men establish camp near the dam, herders say.") == "HQ_ESTABLISHED"


def test_acled_a_gang_holding_people_for_ransom_is_organised_crime():
    assert acled_label("A criminal gang snatched a jeweller outside his shop and demanded 3 million pesos from his family.") == "ORG_CRIME"
    assert acled_label("Pirates seized a cargo dhow in the gulf and are holding its crew for ransom, the coast guard said.") == "ORG_CRIME"
    # rebels or unnamed gunmen taking hostages with no ransom named stay an abduction
    assert acled_label("Rebels kidnapped four aid workers on the northern road and demanded a ransom.") == "ABDUCT_DISSAP"
    assert acled_label("Gunmen abducted the village headman from his farm on Sunday.") == "ABDUCT_DISSAP"


def test_acled_a_claim_after_a_semicolon_that_follows_the_event_is_background():
    assert acled_label("A roadside bomb ripped through a bus near the bridge, killing four; the insurgents denied any role.") == "REM_EXPLOS"
    # a headline that blames, or a clause with no event before the semicolon, keeps the claim
    assert acled_label("Police blamed the separatists for the market killings; the group denied it.") == "ATTRIB"


def test_acled_suicide_bombers_told_by_what_they_wore_or_drove():
    assert acled_label("Two bombers wearing explosive belts struck a wedding hall in the old quarter, killing eleven guests.") == "SUIC_BOMB"
    assert acled_label("A bomber ramming a pickup into the barracks gate killed four guards at dawn, the army said.") == "SUIC_BOMB"
    assert acled_label("A teenager strapped with explosives walked into the bus station and blew up, killing six.") == "SUIC_BOMB"
    # a bomber plane stays an air strike
    assert acled_label("Bombers struck fuel depots on the outskirts of the port overnight.") == "AIR_STRIKE"


def test_acled_disappearances_told_by_what_is_not_known_since():
    assert acled_label("Eleven truck drivers were taken off at gunpoint near the border crossing, their fate unknown, the union said.") == "ABDUCT_DISSAP"
    assert acled_label("The journalist, last seen at a militia checkpoint in March, is still missing, his sister said.") == "ABDUCT_DISSAP"
    assert acled_label("Relatives denounced the 'arrest' of three shepherds by militiamen at the river ford.") == "ABDUCT_DISSAP"
    # goods carried off are no people
    assert acled_label("Sacks of grain stored at the depot were carried off by looters overnight.") != "ABDUCT_DISSAP"


def test_acled_crowds_punishing_someone_in_more_words():
    assert acled_label("Market porters cornered a suspected pickpocket and stoned him to death, police said.") == "MOB_VIOL"
    assert acled_label("An elderly woman was beaten by neighbours who accused her of witchcraft, police said.") == "MOB_VIOL"
    assert acled_label("Youths from two villages fought with sticks over grazing land; no armed men were involved, elders said.") == "MOB_VIOL"
    assert acled_label("Villagers mauled a herdsman to death at the well after a quarrel over water.") == "MOB_VIOL"


def test_acled_deals_told_in_the_passive_or_by_what_they_let_happen():
    assert acled_label("A three-day pause was agreed by both commanders through church mediators, allowing the wounded to leave.") == "AGREEMENT"
    assert acled_label("The two militias agreed at a meeting with elders to stop firing across the river.") == "AGREEMENT"
    assert acled_label("Some 90 captives came home in a swap agreed with the rebels through a neighbouring state.") == "AGREEMENT"
    # an air raid despite a truce brokered by others is the air raid
    assert acled_label("Warplanes bombed two villages despite a Turkish-brokered truce, residents said.") == "AIR_STRIKE"


def test_acled_graves_prison_raids_and_coups_in_more_words():
    assert acled_label("Farmers led investigators to a ditch where the remains of some thirty men were dug up.") == "OTHER"
    assert acled_label("Gunmen stormed the town jail at night and freed more than a hundred inmates.") == "OTHER"
    assert acled_label("Soldiers surrounded the presidency before dawn and a colonel announced that the constitution was suspended.") == "OTHER"
    # a mob storming a jail to kill a suspect is the mob
    assert acled_label("A mob stormed the police cells and beat a suspected child killer to death.") == "MOB_VIOL"


def test_acled_claims_of_responsibility_in_more_words():
    assert acled_label("A little-known faction owned up to the bombing of the rail bridge in a message to a local radio station.") == "ATTRIB"
    assert acled_label("Investigators pinned the market ambush, in which four guards died, on a splinter cell of the front.") == "ATTRIB"
    assert acled_label("It was the coastal brigade which carried out the raid on the fuel depot, a militia commander told reporters.") == "ATTRIB"
    # nobody known, or a suicide bombing claimed, keeps the event
    assert acled_label("It was unclear who carried out the raid on the fuel depot, in which a guard was shot dead.") != "ATTRIB"
    assert acled_label("The group claimed a suicide bombing that killed nine at a police checkpoint.") == "SUIC_BOMB"


def test_acled_a_dateline_or_a_sentence_tail_before_the_lead_is_not_read_as_the_lead():
    lead = "The regional council ordered all foreign aid agencies to register again."
    assert acled_label("Kismaayo. " + lead) == acled_label(lead) == "CHANGE_TO_GROUP_ACT"
    assert acled_label("the official said. " + lead) == "CHANGE_TO_GROUP_ACT"
    assert acled_label("PORT SUDAN (Reuters) - " + lead) == "CHANGE_TO_GROUP_ACT"
    # a headline with a colon keeps its words
    assert acled_label("Freed after a year: troops retake the river town from the insurgents") == "GOV_REGAINS_TERIT"


def test_acled_accidents_told_by_their_cause():
    assert acled_label("The toll from the failure of an irrigation dam rose to 31 after the embankment gave way at night.") == "MAN_MADE_DISASTER"
    assert acled_label("An ammunition depot near the garrison town exploded and burned all night; officials blamed a short circuit.") == "MAN_MADE_DISASTER"


def test_acled_short_first_sentence_taken_for_a_dateline_keeps_its_evidence():
    # "Misrata. ..." is a dateline's tail, blanked; but a short headline sentence that alone tells the
    # event ("Mortars hit market.") is not lost when the rest says nothing
    assert rules_label("Mortars hit market. Police said the toll could rise.") == "ART_MISS_ATTACK"
    assert rules_label("Grenade attack reported. Officials gave no details.") == "GRENADE"


def test_acled_a_protestant_church_is_no_protest():
    text = "Gunmen stormed a Protestant church during the evening service and shot dead eleven worshippers."
    assert rules_label(text) == "ATTACK"
    assert rules_label("Parents protested outside the ministry on Monday.") == "PEACE_PROTEST"


def test_acled_ground_won_by_a_bombardment_is_the_territory_event():
    assert rules_label("Government troops retook the hilltop village after three days of artillery shelling, the ministry said.") == "GOV_REGAINS_TERIT"
    assert rules_label("Rebel units seized the airport following heavy air strikes on its defenders.") == "NON_STATE_ACTOR_OVERTAKES_TER"
    # a strike on ground taken earlier stays the strike
    assert rules_label("Warplanes bombed the town on Sunday, a week after the rebels captured it.") == "AIR_STRIKE"


def test_acled_industrial_site_explosions_are_man_made():
    assert rules_label("Two workers died when a blast tore through a paint factory on the edge of the city.") == "MAN_MADE_DISASTER"
    assert rules_label("Windows were shattered for miles by the refinery explosion on Tuesday night.") == "MAN_MADE_DISASTER"


def test_acled_diplomatic_acts_in_the_passive_and_denied_reports():
    assert rules_label("Three diplomats were expelled by the host government after a chemical attack on a defector.") == "DIPLO"
    assert rules_label("The embassy's envoy was summoned on Friday over the shelling of the border post.") == "DIPLO"
    assert rules_label("The ministry denied a newspaper report saying its troops had shelled the village.") == "ATTRIB"


def test_acled_a_protest_about_a_drug_case_is_a_protest():
    assert rules_label("Hundreds of nurses marched through the capital on Monday. They accuse the minister of a drug procurement fraud.") == "PEACE_PROTEST"
    assert rules_label("Pharmacy owners staged a nationwide strike against new rules on drug prices.") == "PEACE_PROTEST"


def test_acled_no_crime_report_at_a_rehab_centre_or_amid_fighting():
    assert rules_label("Gunmen opened fire inside a drug rehabilitation clinic, killing six patients, officials said.") == "ATTACK"
    text = "Militants attacked a rival militia accused of robbery near the market; fighting broke out between the two sides at dawn."
    assert rules_label(text) != "ORG_CRIME"
    assert rules_label("Police seized two tonnes of cocaine hidden in a banana shipment.") == "ORG_CRIME"


def test_acled_troops_marching_into_held_ground_are_no_protest():
    text = "Government forces took the ridge overnight, secured the roads around the airport and the two bridges, and marched into a rebel-held district."
    assert rules_label(text) == "GOV_REGAINS_TERIT"
    assert rules_label("Thousands of students marched into the city centre demanding lower fees.") == "PEACE_PROTEST"


def test_acled_crowds_tearing_down_barriers_or_statues_riot():
    assert rules_label("Demonstrators tore down the metal barriers outside the ministry before police fired tear gas.") == "VIOL_DEMONSTR"
    assert rules_label("Protesters pulled down a colonial statue in the main square during the rally.") == "VIOL_DEMONSTR"
    # police taking down a crowd's barricades is an intervention, not a riot
    assert rules_label("Police removed the barricades set up by protesters and fired tear gas at the crowd.") == "PROTEST_WITH_INTER"


def test_acled_a_commander_captured_for_an_attack_is_arrested():
    text = "Police captured a militant commander who planned last month's mortar attack on the airport, officials said."
    assert rules_label(text) == "ARREST"
    assert rules_label("Rebels captured a police commander who had led raids on their camps.") != "ARREST"


def test_acled_people_taken_in_raids_by_troops_are_arrested():
    assert rules_label("Troops took 40 young men away in dawn raids on the northern suburbs, residents said.") == "ARREST"


def test_acled_a_truce_or_talks_collapsing_is_no_disaster():
    assert rules_label("The week-old truce between the two militias collapsed on Sunday.") != "MAN_MADE_DISASTER"
    assert rules_label("After the peace talks collapsed, the rival clans clashed near the wells.") != "MAN_MADE_DISASTER"
    assert rules_label("A five-storey building collapsed in the old town, trapping dozens of residents.") == "MAN_MADE_DISASTER"


def test_acled_taking_to_the_streets_is_a_protest():
    assert rules_label("Tens of thousands took to the streets of the port city on Saturday to demand fresh elections.") == "PEACE_PROTEST"
    assert rules_label("Residents poured into the streets after the verdict, waving flags and singing.") == "PEACE_PROTEST"


def test_acled_territory_taker_is_the_reporter_behind_a_time_phrase():
    assert rules_label("The national army said on Tuesday it had taken full control of the river port.") == "GOV_REGAINS_TERIT"
    assert rules_label("The rebel movement said overnight they had taken control of the river port.") == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_acled_an_envoy_summoned_to_protest_against_a_strike_is_diplomacy():
    assert rules_label("The ministry summoned the neighbouring country's envoy to protest against the drone strike on a border post.") == "DIPLO"
    assert rules_label("Hundreds of people protested against the new tax outside the embassy.") == "PEACE_PROTEST"


def test_acled_what_a_crowd_protests_against_is_no_event_of_its_own():
    assert rules_label("Hundreds of students demonstrated outside the embassy against the drone strikes on their province.") == "PEACE_PROTEST"
    assert rules_label("Thousands rallied in the capital on Friday to condemn the bombing of a village school.") == "PEACE_PROTEST"
    # the event told in its own sentence stays the lead
    assert rules_label("A drone strike killed six people at a wedding. Hundreds protested against the strike the next day.") == "AIR_STRIKE"


def test_acled_a_group_described_as_blamed_for_an_attack_is_no_claim():
    text = "A grenade was thrown at an army patrol near the bazaar on Sunday, months after the head of the faction blamed for the embassy siege was detained."
    assert rules_label(text) == "GRENADE"
    assert rules_label("The interior minister blamed the separatist group for the hotel siege.") == "ATTRIB"


def test_acled_a_band_of_people_attacking_a_rally_is_mob_violence():
    assert rules_label("Several mourners were hurt when a group of settlers attacked a peaceful vigil near the village.") == "MOB_VIOL"


def test_acled_labels_from_imprecise_rules_name_only_the_rule_families_marked_so():
    from sitrep.acled import labels_from_imprecise_rules

    # air strikes are marked `model_overrules` in the rule file, suicide bombings are not
    assert "AIR_STRIKE" in labels_from_imprecise_rules("Two air strikes hit a fuel depot outside the port town.")
    assert labels_from_imprecise_rules("A suicide attacker detonated his vest outside the customs office.") == frozenset()
    assert labels_from_imprecise_rules("The foreign ministers will meet next month.") == frozenset()


def test_acled_the_event_an_act_answers_is_its_cause_not_the_news():
    # the bombing named as the reason for the shelling gives no evidence of its own
    assert rules_label("Troops shelled the hill villages in retaliation for a car bombing at the barracks.") == "ART_MISS_ATTACK"
    assert rules_label("The president sent a battalion to the province in response to the suicide bombing.") != "SUIC_BOMB"
    # the same event told as the news keeps its label
    assert rules_label("A car bomb exploded outside the barracks, killing six recruits.") == "REM_EXPLOS"


def test_acled_ground_only_sought_is_no_ground_taken():
    # an offensive or an attack 'to retake' or 'to capture' a place tells the aim, not the outcome: a fight
    assert rules_label("Insurgents who tried to capture the hilltop post withdrew after a two-hour firefight with the garrison.") == "ARMED_CLASH"
    assert rules_label("The regiment's push to recapture the ferry crossing was beaten back before noon.") == "ARMED_CLASH"
    # ground that did change hands stays the territory event, also when the troops 'managed to' take it
    assert rules_label("Government troops managed to recapture the ferry crossing on Monday.") == "GOV_REGAINS_TERIT"
    # driven out, or back under government control: the state took the ground
    assert rules_label("By Friday the marines had driven the separatist militia out of three fishing villages.") == "GOV_REGAINS_TERIT"
    assert rules_label("The valley is now under army control, a commander told reporters.") == "GOV_REGAINS_TERIT"


def test_acled_the_event_a_suspect_or_case_is_about_is_background():
    # the arrest is the news; the bombing is what the suspect is wanted for
    assert rules_label("Detectives arrested the alleged mastermind of the suicide bombing at the bus depot.") == "ARREST"
    assert rules_label("A courier suspected of involvement in the grenade attack was detained by detectives at a border post.") == "ARREST"
    assert rules_label("Detectives picked up a clerk wanted in connection with the killing of two marchers.") == "ARREST"
    # an event with nothing else in the text keeps its label
    assert rules_label("An inquiry into the shelling of the market began on Monday.") == "ART_MISS_ATTACK"


def test_acled_an_armed_group_named_only_in_an_accusation_is_no_armed_side():
    # the crowd's victim is accused of helping the rebels: the rebels take no part, the crowd's violence is the event
    assert rules_label("A crowd in the bazaar stoned a shepherd they accused of working for the insurgents.") == "MOB_VIOL"
    # rebels who act are still an armed side
    assert rules_label("Rebels beat a trader to death in the market on Sunday.") != "MOB_VIOL"


def test_acled_headline_present_tense_verbs():
    # headlines tell the event in the simple present
    assert rules_label("Jets strike insurgent camps in the hills") == "AIR_STRIKE"
    assert rules_label("Armed drones hit a radar site on the coast") == "AIR_STRIKE"
    assert rules_label("Police kill two demonstrators in the capital") == "FORCE_AGAINST_PROTEST"
    assert rules_label("Army sends thousands of troops to the northern border") == "CHANGE_TO_GROUP_ACT"
    assert rules_label("Raiders torch a clinic and two schools in the valley") == "PROPERTY_DISTRUCT"
    assert rules_label("Rebel group denies role in the market massacre") == "ATTRIB"


def test_acled_more_headline_present_tense_verbs():
    assert rules_label("Officers detain forty students at campus march") == "PROTEST_WITH_INTER"
    assert rules_label("Demonstrators storm regional parliament building") == "VIOL_DEMONSTR"
    assert rules_label("Gunmen seize 30 students from boarding school") == "ABDUCT_DISSAP"
    assert rules_label("Hundreds of inmates escape from central prison") == "OTHER"
    # a crowd that only threatens to storm a building does not storm it
    assert rules_label("Marchers threatened to storm the ministry but dispersed after handing in a petition.") != "VIOL_DEMONSTR"


def test_acled_storm_as_a_verb_or_a_name_is_no_weather():
    assert rules_label("A tropical storm flattened banana plantations along the coast.") == "NATURAL_DISASTER"
    assert rules_label("A landmine destroyed a Storm Battalion jeep on the coastal road.") == "REM_EXPLOS"
    assert rules_label("Veterans of Desert Storm met the defence minister on Monday.") != "NATURAL_DISASTER"


def test_acled_a_single_shell_is_artillery():
    assert rules_label("A mortar shell landed in a schoolyard, wounding four pupils.") == "ART_MISS_ATTACK"
    assert rules_label("Rebels shell the government-held suburbs") == "ART_MISS_ATTACK"
    # a shell company is no shell
    assert rules_label("Prosecutors say a shell company laundered the cartel's money.") != "ART_MISS_ATTACK"


def test_acled_a_foiled_attack_is_a_disrupted_weapon():
    assert rules_label("Border guards foiled a car bomb attack on the customs post by stopping the van at a roadblock.") == "DISR_WEAP"
    assert rules_label("A car bomb exploded near the customs post, wounding two guards.") == "REM_EXPLOS"


def test_acled_an_industrial_site_that_explodes_in_a_flood_is_a_man_made_disaster():
    assert rules_label("A flood reached a chemical plant by the river, where a fire broke out and a tank leaked toxic gas.") == "MAN_MADE_DISASTER"
    assert rules_label("Floodwater cut the power to thousands of homes along the river.") == "NATURAL_DISASTER"


@pytest.mark.parametrize("text, label", [
    # a passive: the agent after the place took the ground, the subject lost it
    ("Separatist gunmen were chased out of the hill market of Doruma by the national army on Friday.", "GOV_REGAINS_TERIT"),
    ("The loyalist garrison was forced out of the river fort after four days of fighting and rebels took over.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("The valley town had been liberated from the insurgents after a month of fighting, officials said.", "GOV_REGAINS_TERIT"),
    ("The ferry crossing was retaken by soldiers only after a long battle on its banks.", "GOV_REGAINS_TERIT"),
    # the subject after an opening phrase or clause naming the other side
    ("In a heavy blow to the militants, the army regained control of the airstrip near Kuvo after a siege.",
     "GOV_REGAINS_TERIT"),
    ("After a night of fighting with the soldiers, rebel fighters swept into the cattle town of Emari.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Police said officers, backed by helicopters, had reclaimed the depot from a gang after a gunfight.",
     "GOV_REGAINS_TERIT"),
    ("The army, fighting alongside local militias, drove the jihadists out of the oasis of Tamri after a battle.",
     "GOV_REGAINS_TERIT"),
    # the reporter, a time word before its pronoun; anti-government forces are no state
    ("Government forces said Thursday they had pushed the insurgents out of the salt-mining district.", "GOV_REGAINS_TERIT"),
    ("Anti-government forces took control of the ridge town of Hal Dor after days of clashes.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_acled_territory_taker_in_passives_and_subordinate_clauses(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text", [
    # troops told only as the aftermath do not make the crowd an armed side
    "A crowd of villagers beat a suspected cattle thief to death near the weekly market; soldiers were later deployed to calm the area.",
    "Residents of the fishing quarter attacked a man they took for a spy and killed him. The army then took the body away.",
    # traders as the crowd; a beating by a band of self-appointed guardians
    "Bus station traders beat a tax collector until he lost consciousness, witnesses said.",
    "The herder was pulled from his lorry and beaten by a group of self-styled protectors of the village.",
])
def test_acled_crowd_violence_with_troops_in_the_aftermath_is_mob_violence(text):
    assert rules_label(text) == "MOB_VIOL"


def test_acled_troops_among_the_attackers_still_veto_mob_violence():
    assert rules_label("Villagers and soldiers attacked the camp of the herders, killing four.") != "MOB_VIOL"


def test_acled_ransom_kidnapping_by_dacoits_or_a_kidnapping_ring_is_crime():
    # (the codebook's abduction is by an armed group or for political ends; criminals holding people for ransom are crime)
    assert rules_label("Dacoits seized two lorry drivers near the river crossing and asked their families for a ransom.") == "ORG_CRIME"
    assert rules_label("A kidnapping ring abducted a shop owner's daughter and demanded 3 million pesos, police said.") == "ORG_CRIME"
    assert rules_label("Rebels abducted two engineers and demanded a ransom for their release.") == "ABDUCT_DISSAP"


@pytest.mark.parametrize("text", [
    "A lorry packed with explosives was driven into the outer wall of the police academy and blew up, killing nine recruits.",
    "The insurgent drove a pickup loaded with explosives at the checkpoint on the northern road, the governor said.",
    "A person-borne IED went off at a livestock market, wounding fourteen traders, the monitoring group reported.",
    "The device was a belt worn by a young man who set it off beside the ticket queue, officials said.",
    "A woman detonated a bomb she was carrying at the entrance of the clinic, killing two guards.",
    "A bomb went off in a crowded bus, and police said the attacker himself died in the blast.",
])
def test_acled_bomb_carried_or_driven_by_the_one_who_set_it_off_is_a_suicide_bombing(text):
    assert rules_label(text) == "SUIC_BOMB"


def test_acled_explosives_laden_lorry_stopped_before_the_gate_is_no_suicide_bombing():
    text = "Soldiers intercepted a lorry packed with explosives before it could reach the base and defused the charges."
    assert rules_label(text) != "SUIC_BOMB"


@pytest.mark.parametrize("text", [
    "Riot police shot and badly wounded a teacher taking part in a march for unpaid salaries, his union said.",
    "Gendarmes killed a student with live fire during a march called by the teachers' unions, a hospital said.",
    "An armoured police truck ran over a pensioner during the opposition march in the capital, and he died later.",
])
def test_acled_victim_told_as_taking_part_in_a_protest_is_force_against_protest(text):
    assert rules_label(text) == "FORCE_AGAINST_PROTEST"


def test_acled_victim_at_a_protest_that_threw_stones_is_no_force_against_protest():
    text = "Police shot and wounded a youth at a protest where the crowd threw stones at the governor's office."
    assert rules_label(text) != "FORCE_AGAINST_PROTEST"


@pytest.mark.parametrize("text", [
    "The sit-in was cordoned off by gendarmes, who made no attempt to disperse it, witnesses said.",
    "Nurses rallied outside the health ministry as officers cordoned off the street but did not intervene.",
    "The march was cordoned off along its route and ended without any police intervention, organisers said.",
])
def test_acled_protest_police_did_not_stop_is_peaceful(text):
    assert rules_label(text) == "PEACE_PROTEST"


@pytest.mark.parametrize("text", [
    "Officers loyal to a colonel tried to seize the presidential palace at dawn but gave up after a standoff with the guard.",
    "Troops detained the country's elected president and the speaker of parliament and closed the borders.",
    "A brigade commander went on state radio and declared himself the new head of state.",
    "Twenty inmates slipped out of the district jail through a tunnel dug under the kitchen, officials said.",
    "Prosecutors charged six officers with plotting a coup against the transitional government.",
])
def test_acled_coup_and_jailbreak_in_other_words_are_other(text):
    assert rules_label(text) == "OTHER"


@pytest.mark.parametrize("text, label", [
    ("Army units recovered the river town of Lomi from the insurgents on Wednesday, the defence ministry said.", "GOV_REGAINS_TERIT"),
    ("The border post was returned to government control after a battle with the separatists.", "GOV_REGAINS_TERIT"),
    ("The market town is back in the hands of the state, the minister said after a week of fighting.", "GOV_REGAINS_TERIT"),
    ("Rebel columns rolled into the mining town of Keru after two days of fighting with the army.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_acled_ground_recovered_or_entered_after_a_fight_is_territory(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text", [
    "Government troops moved into the lake port of Sendi after the rebels had withdrawn overnight, the governor said.",
    "The militia vacated the hill post and the national army took over on Tuesday, residents said.",
    "The army took over the airfield from the departing foreign contingent, state radio said.",
    "Police moved back into the border market once the gang had pulled out under the mayor's deal.",
])
def test_acled_ground_taken_after_the_other_side_left_is_non_violent_transfer(text):
    assert rules_label(text) == "NON_VIOL_TERRIT_TRANSFER"


def test_acled_ground_taken_after_the_other_side_left_under_attack_is_no_non_violent_transfer():
    text = "Rebels occupied the garrison town after the soldiers withdrew under a heavy attack on their base."
    assert rules_label(text) != "NON_VIOL_TERRIT_TRANSFER"


@pytest.mark.parametrize("text, label", [
    ("Rebels ambushed a convoy near the lake last week. The army said the town fell to its forces on Sunday.",
     "GOV_REGAINS_TERIT"),
    ("Soldiers raided the camp last week. The rebels said the town fell to their fighters on Sunday.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_acled_ground_that_fell_to_the_reporters_own_forces_is_the_reporters_not_an_earlier_sentences(text, label):
    # "fell to its forces": the reporter of this sentence, not an actor of the sentence before it
    other = ({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"} - {label}).pop()
    scores = acled_scores(text)
    assert label in scores and other not in scores


@pytest.mark.parametrize("text", [
    "Demonstrators angry over fuel prices burned a police outpost on the edge of the capital, officials said.",
    "Marchers opposed to the new dam hurled eggs at police lines outside the governor's office.",
    "Hundreds of protesters burst into the regional parliament and beat two lawmakers, police said.",
])
def test_acled_protesters_burning_pelting_or_forcing_their_way_in_is_violent_demonstration(text):
    assert rules_label(text) == "VIOL_DEMONSTR"


@pytest.mark.parametrize("text", [
    "Riot police detained eleven union activists who sat outside the health ministry on Tuesday, their lawyer said.",
    "Officers arrested a dozen students who attempted to hold a sit-in at the university gate.",
    "Police chased away relatives who had assembled near the courthouse to await the verdict.",
])
def test_acled_people_held_or_moved_on_for_assembling_are_protest_with_intervention(text):
    assert rules_label(text) == "PROTEST_WITH_INTER"


@pytest.mark.parametrize("text", [
    "Insurgents firebombed a deserted police outpost on the northern highway overnight, officials said.",
    "Militiamen dynamited the house of a village elder once his family had gone, a neighbour said.",
    "Settlers chopped down dozens of almond trees in a farmer's orchard before dawn, the council said.",
])
def test_acled_property_firebombed_dynamited_or_felled_is_property_destruction(text):
    assert rules_label(text) == "PROPERTY_DISTRUCT"


@pytest.mark.parametrize("text", [
    "Insurgents installed a shadow provincial office in a seized warehouse on Monday, a local elder said.",
    "The militia turned the town's old cinema into a command post, the defence ministry said.",
    "Rebel fighters pitched a new encampment in the hills above the river valley, the army said.",
    "Mercenaries based themselves at the disused airfield after the garrison left, a diplomat said.",
])
def test_acled_base_installed_pitched_or_turned_into_a_command_post_is_hq_established(text):
    assert rules_label(text) == "HQ_ESTABLISHED"


def test_acled_protest_encampment_is_no_base():
    assert rules_label("Students pitched an encampment on the college lawn to protest the tuition rise.") != "HQ_ESTABLISHED"


@pytest.mark.parametrize("text, label", [
    ("The foreign minister flew in on Friday to discuss the frontier dispute, two days after shelling killed nine villagers.",
     "DIPLO"),
    ("The militia split into two wings on Sunday, days after heavy fighting with the army in the hills.", "CHANGE_TO_GROUP_ACT"),
])
def test_acled_event_the_news_is_timed_from_is_background(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text", [
    "The junta and the eastern rebels inked a truce in the lakeside town on Friday, though fighting went on in the hills.",
    "Both militias sealed a disarmament deal on Monday after clashes had killed dozens, mediators said.",
])
def test_acled_deal_inked_or_sealed_is_agreement(text):
    assert rules_label(text) == "AGREEMENT"



@pytest.mark.parametrize("text", [
    "Militants carried away fourteen schoolchildren from a boarding school near the forest on Tuesday, the governor said.",
    "A district judge was held for three days by guerrillas before being freed near the river, his family said.",
    "A union leader was taken from his flat in the capital by hooded men late on Monday, colleagues said.",
])
def test_acled_people_carried_away_held_for_days_or_taken_from_home_are_abduction(text):
    assert rules_label(text) == "ABDUCT_DISSAP"


@pytest.mark.parametrize("text, label", [
    ("Separatist fighters grabbed the border town of Kelem after a night of fighting, a local official said.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Army units raised the national flag above the river port on Monday following two days of battles with the rebels.",
     "GOV_REGAINS_TERIT"),
])
def test_acled_town_grabbed_or_flag_raised_over_it_is_territory(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text", [
    "The navy's air defences knocked down three rockets fired at the harbour overnight, the military said.",
    "Army engineers cleared 40 anti-personnel mines from the fields around the village on Monday, the ministry said.",
    "Soldiers halted a van packed with explosives and detonators at a roadblock outside the city, officials said.",
])
def test_acled_weapons_knocked_down_cleared_or_halted_on_the_way_are_disrupted(text):
    assert rules_label(text) == "DISR_WEAP"


@pytest.mark.parametrize("text", [
    "Two rockets crashed into a fuel depot on the edge of the port city overnight, setting it on fire, the governor said.",
])
def test_acled_rockets_slamming_into_or_unleashed_are_shelling_not_a_crash(text):
    assert rules_label(text) == "ART_MISS_ATTACK"


@pytest.mark.parametrize("text", [
    "Peacekeepers ceded their camp outside the river town to the national army on Friday, ending a long mission.",
    "The militia turned over the city's airport to a rival government force after talks led by tribal elders.",
])
def test_acled_ground_ceded_or_turned_over_is_non_violent_transfer(text):
    assert rules_label(text) == "NON_VIOL_TERRIT_TRANSFER"


@pytest.mark.parametrize("text", [
    "The roof of a crowded church hall caved in during a Sunday service, injuring dozens, the mayor said.",
    "A packed wooden grandstand gave way at the village racecourse on Saturday, injuring forty spectators, police said.",
])
def test_acled_structure_caving_in_or_giving_way_is_man_made_disaster(text):
    assert rules_label(text) == "MAN_MADE_DISASTER"


@pytest.mark.parametrize("text", [
    "Several hundred nurses walked silently to the health ministry on Thursday, the organisers said.",
    "Mothers of missing conscripts stood outside the barracks holding up portraits of their sons, witnesses said.",
])
def test_acled_walking_silently_or_standing_with_portraits_is_peaceful_protest(text):
    assert rules_label(text) == "PEACE_PROTEST"


@pytest.mark.parametrize("text", [
    "The minister caved in to pressure from the unions and withdrew the bill.",
    "The Red Cross set up camps for thousands of displaced families near the lake.",
    "Charities built two camps to shelter refugees fleeing the drought.",
])
def test_acled_words_of_a_collapse_or_a_camp_that_are_no_such_event(text):
    # giving in to pressure is no collapse; a camp built for displaced people is shelter, not a base
    assert rules_label(text) not in ("MAN_MADE_DISASTER", "HQ_ESTABLISHED")


@pytest.mark.parametrize("text, claim", [
    ("The rebel front said on Sunday it had planted the mine that wrecked an army truck near the river.", True),
    ("A separatist group said in a statement that it had staged Monday's raid on the customs post.", True),
    ("The militia claimed to have ambushed a patrol near the lake.", True),
    ("The ministry said in a statement it had led the talks with the teachers' union.", False),
    ("The company said it had staged a concert for its staff on Friday.", False),
])
def test_acled_a_group_saying_it_did_the_act_is_a_claim(text, claim):
    # a group's own word that it set off the bomb or staged the raid claims it; talks or concerts led are no act
    assert (acled_label(text) == "ATTRIB") is claim


@pytest.mark.parametrize("text, transfer", [
    ("The rebels relinquished the port to a neutral force on Friday.", True),
    ("Local militia took charge of the town once the withdrawal was completed.", True),
    ("Border guards replaced the foreign troops at the airfield after they pulled out.", True),
    ("The veteran minister gave up his position to a younger rival on Tuesday.", False),
    ("Builders replaced the roof after the tenants had vacated the flat.", False),
    ("The new coach took charge of the team after the former manager departed.", False),
])
def test_acled_ground_relinquished_or_taken_charge_of_after_a_pullout_is_a_transfer(text, transfer):
    # a place given up to another side, or taken charge of once the other side left; not a post, roof or team
    assert (acled_label(text) == "NON_VIOL_TERRIT_TRANSFER") is transfer


@pytest.mark.parametrize("text, label", [
    ("Police seized a veteran opposition lawmaker outside his home on Tuesday and charged him with fraud.", "ARREST"),
    ("Security agents held a well-known blogger at the border crossing on his way home from a conference.", "ARREST"),
    ("Gunmen seized an opposition candidate on the highway and demanded a ransom.", "ABDUCT_DISSAP"),
])
def test_acled_a_critic_seized_or_held_by_police_is_an_arrest(text, label):
    # the state taking a politician, journalist or blogger is an arrest, whatever the charge; gunmen taking one is not
    assert acled_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("A military helicopter carrying two generals crashed into a field in thick fog on Monday, killing everyone on board.",
     "MAN_MADE_DISASTER"),
    ("A military helicopter was shot down by rebels near the river on Monday, killing its crew.", "DISR_WEAP"),
])
def test_acled_a_helicopter_that_crashed_is_an_accident_unless_brought_down(text, label):
    # the aircraft that crashed is the lead's subject: an accident, not an air strike; brought down it is not
    assert acled_label(text) == label


def test_acled_the_month_march_is_no_protest_march():
    # 'March' the month in a date makes no march of protesters; a march in lower case still does
    crash = "A cargo plane went down in fog near the northern airport on 14 March 2022, killing all eleven crew members, the airline said."
    assert acled_label(crash) != "FORCE_AGAINST_PROTEST"
    assert acled_label("Soldiers opened fire on a march against bread prices in the capital, killing four people.") == "FORCE_AGAINST_PROTEST"


@pytest.mark.parametrize("later", ["in the following days", "the next evening", "later that week"])
def test_acled_a_sentence_set_later_than_the_lead_is_another_event(later):
    # what happened after the lead's event ('in the following days', 'the next evening') does not label the lead
    text = ("A boiler exploded at a textile factory on the edge of the city, killing nine workers, the fire service said. "
            f"Angry relatives rallied outside the company offices {later}.")
    assert acled_label(text) == "MAN_MADE_DISASTER"


@pytest.mark.parametrize("text, disrupted", [
    ("Police in the port city turned up a hidden stash of pistols and ammunition in a garage on Tuesday.", True),
    ("Coast guards boarded a fishing boat carrying rifles and mortar rounds off the northern coast.", True),
    ("Troops dug up dozens of assault rifles buried near the old airstrip, the army said.", True),
    ("Border police stopped a minibus at dawn carrying a 7.62mm machine gun, grenades and cartridges.", True),
    ("Customs officers stopped a truck carrying bananas and tinned fish at the border on Monday.", False),
    ("The curator found a stash of old photographs and letters in the attic of the museum.", False),
])
def test_acled_weapons_found_in_a_stash_or_stopped_on_the_way_are_disrupted(text, disrupted):
    # a stash of arms uncovered, arms dug up, a vehicle stopped carrying them (grenades among them thrown by nobody)
    assert (acled_label(text) == "DISR_WEAP") is disrupted


@pytest.mark.parametrize("text, suicide", [
    ("A bomber on a motorbike set off his explosives beside a police van near the market, killing six officers.", True),
    ("The truck bomber detonated his vehicle at the gate of the police academy, killing twelve recruits.", True),
    ("A militant driving a bomb-laden lorry smashed into the barracks gate at dawn, killing four guards.", True),
    ("A young man detonated a bomb vest in the queue outside the passport office, killing five people and himself.", True),
    ("Unknown attackers blew up his car outside the ministry, wounding the driver.", False),
    ("A gunman shot dead four customers in a bar before killing a neighbour and himself, police said.", False),
])
def test_acled_a_bomber_who_set_off_the_charge_he_carried_or_drove_is_a_suicide_bombing(text, suicide):
    # the bomber himself set off what he wore or drove; a victim's car blown up, or a gunman's suicide, are not that
    assert (acled_label(text) == "SUIC_BOMB") is suicide


@pytest.mark.parametrize("text", [
    "A gas tank exploded in a crowded bakery on Monday night, killing six customers, and police ruled out a bombing.",
    "A blaze at a textile warehouse killed three night watchmen, the fire brigade said, and it was not linked to the recent "
    "shelling of the district.",
])
def test_acled_a_cause_the_text_rules_out_is_no_evidence(text):
    # 'ruled out a bombing', 'not linked to the shelling': the words name what did not cause the accident
    assert acled_label(text) == "MAN_MADE_DISASTER"


@pytest.mark.parametrize("text, label", [
    ("A dam built by a copper company burst on Sunday, burying a hamlet in mud and killing nine.", "MAN_MADE_DISASTER"),
    ("A chemical plant in the northern port blew up on Sunday night, killing dozens of people.", "MAN_MADE_DISASTER"),
    ("Torrential rains caused an old dam to burst above the valley town, sweeping away dozens of homes.", "NATURAL_DISASTER"),
    ("Engineers said the reservoir was full after a dry winter and the dam had been repaired.", "NONE"),
])
def test_acled_a_dam_that_gave_way_or_a_plant_that_blew_up_is_an_accident(text, label):
    # a company's dam giving way, a plant or store blowing up: man-made; the dam a storm's rains burst: natural
    assert acled_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("A stampede at a temple festival killed 34 pilgrims on Sunday as the crowd surged towards the shrine, officials said.",
     "MAN_MADE_DISASTER"),
    ("Police opened fire on a crowd of marchers in the capital, killing six, and a stampede followed.", "FORCE_AGAINST_PROTEST"),
    ("A fire in a garment factory killed 40 workers on Monday, officials said. Relatives gathered at the gates waiting for news.",
     "MAN_MADE_DISASTER"),
    ("Relatives of missing fishermen gathered outside the ministry demanding a search at sea.", "PEACE_PROTEST"),
])
def test_acled_a_crowd_crushed_or_relatives_waiting_are_no_protest(text, label):
    # a stampede with no shot fired is an accident; families waiting at the gates demand nothing; both stay protests otherwise
    assert acled_label(text) == label


@pytest.mark.parametrize("text, change", [
    ("The rebel movement began collecting a road tax from lorry drivers at its checkpoints in the valley, traders said.", True),
    ("The militia declared an end to its truce with the army on Sunday.", True),
    ("The junta imposed martial law on four districts of the capital.", True),
    ("Police shut down two opposition radio stations in the north, their owners said.", True),
    ("The separatists set up their own civil administration in the captured town, naming a mayor.", True),
    ("Market women protested against a new tax imposed by the council.", False),
    ("Floods shut down the main road and several schools.", False),
])
def test_acled_new_rules_imposed_on_others_are_a_change_of_activity(text, change):
    # taxes begun, a truce ended, martial law, a station shut, an administration set up; a protest or a flood is not that
    assert (acled_label(text) == "CHANGE_TO_GROUP_ACT") is change


@pytest.mark.parametrize("text, label", [
    ("The army grabbed power overnight and detained the prime minister, state radio said. Regional leaders condemned the move "
     "on Friday.", "OTHER"),
    ("Colonels arrested the interim president at his residence in what officials called a second coup.", "OTHER"),
    ("Colonels said on the radio that they had put the head of state under house arrest.", "OTHER"),
    ("The regional bloc condemned the coup and imposed sanctions on the junta on Friday.", "DIPLO"),
])
def test_acled_a_coup_told_in_more_words_and_condemned_afterwards_stays_a_coup(text, label):
    # power grabbed, a leader held by colonels or put under house arrest; a condemnation in the lead is the diplomacy
    assert acled_label(text) == label


@pytest.mark.parametrize("text, prison_break", [
    ("Gunmen on motorbikes stormed the district jail before dawn, freeing about 1,200 inmates, prison officials said.", True),
    ("Rebels emptied the provincial prison on Sunday and marched the convicts into the hills.", True),
    ("Hundreds of prisoners broke free from the overcrowded jail after a riot over food.", True),
    ("The president released 300 prisoners under an Independence Day amnesty.", False),
])
def test_acled_a_prison_emptied_or_inmates_freed_by_attackers_is_a_prison_break(text, prison_break):
    # inmates freed by attackers or breaking free are the codebook's prison break (OTHER); an amnesty is no break
    assert (acled_label(text) == "OTHER") is prison_break


@pytest.mark.parametrize("text, mob", [
    ("An angry crowd set upon a suspected pickpocket at the bus station, beating him badly.", True),
    ("Football supporters went on the rampage after the final, smashing shop windows in the old town.", True),
    ("Students clubbed a classmate to death in a dormitory over a rumour, police said.", True),
    ("Townspeople dragged two men from a police cell and set them alight, believing they were thieves.", True),
    ("The new tax set upon importers will be reviewed next year.", False),
])
def test_acled_a_crowd_that_set_upon_someone_or_rampaged_is_mob_violence(text, mob):
    # a crowd falling on someone, rampaging, or beating someone to death itself; 'set upon' with no crowd is no mob
    assert (acled_label(text) == "MOB_VIOL") is mob


@pytest.mark.parametrize("text, destruction", [
    ("Fighters dynamited the power station near the river crossing overnight, plunging the district into darkness.", True),
    ("Separatists blew up the old colonial courthouse in the night, the regional governor said.", True),
    ("Rebels destroyed the district courthouse with dynamite on Sunday, officials said; nobody was inside.", True),
    ("Militants blew up a checkpoint on the highway, killing four policemen.", False),
])
def test_acled_a_structure_blown_up_with_nobody_hurt_is_property_destruction(text, destruction):
    # the explosive destroyed a building, a power station or a courthouse and no one; people killed make it another event
    assert (acled_label(text) == "PROPERTY_DISTRUCT") is destruction


@pytest.mark.parametrize("text, intervention", [
    ("Police detained a dozen people who laid flowers at the statue of a jailed poet on Saturday.", True),
    ("Officers dragged away students who had glued themselves to the steps of the ministry.", True),
    ("Police detained two men who laid paving stones without a permit in the square.", False),
])
def test_acled_people_held_for_laying_flowers_or_gluing_themselves_down_were_protesting(text, intervention):
    # flowers laid, hands glued, placards or blank sheets held up: a protest even with no protest word, met by the police
    assert (acled_label(text) == "PROTEST_WITH_INTER") is intervention


@pytest.mark.parametrize("text, label", [
    ("Police officers and a gang of car thieves traded shots for an hour in a suburb of the port city, leaving one officer hurt.",
     "ARMED_CLASH"),
    ("Marines on patrol came under fire from smugglers near the harbour and returned it for two hours.", "ARMED_CLASH"),
    ("Border troops of the two countries fired on each other near the disputed pass on Tuesday.", "ARMED_CLASH"),
    ("Soldiers rounded up farmers in the hamlet at dawn and shot nine of them, witnesses said.", "ATTACK"),
    ("Police rounded up twenty suspects and took them to the station for questioning.", "ARREST"),
])
def test_acled_fire_traded_with_the_state_is_a_clash_and_people_rounded_up_then_shot_an_attack(text, label):
    # police or troops trading fire with a gang or another army: a clash, not crime; people rounded up and shot: an attack
    assert acled_label(text) == label


@pytest.mark.parametrize("text, sexual", [
    ("Displaced women told aid workers that militiamen at a roadblock had assaulted them sexually on their way to the market.", True),
    ("Fighters of the armed group sexually enslaved teenage girls taken from the villages, a UN report said.", True),
    ("Armed men assaulted two women collecting firewood outside the camp on Monday, police said.", True),
    ("Riot police assaulted women protesters outside parliament with batons.", False),
    ("A shopkeeper was assaulted by a mob after being accused of theft.", False),
])
def test_acled_women_assaulted_sexually_or_by_armed_men_is_sexual_violence(text, sexual):
    # assaulted sexually, sexually enslaved, women assaulted by armed men; women protesters beaten or a mob's victim are not that
    assert (acled_label(text) == "SEX_VIOL") is sexual


@pytest.mark.parametrize("text, label", [
    ("A cholera outbreak has killed 40 people in the camps, health officials said. Armed groups have attacked two clinics there.",
     "NATURAL_DISASTER"),
    ("Opposition fighters captured three districts of the city in a lightning offensive.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Lightning strikes killed nine farmers in the paddy fields as thunderstorms swept the plain.", "NATURAL_DISASTER"),
    ("Gunmen shot dead two vaccinators during a polio campaign in the hills, officials said.", "ATTACK"),
])
def test_acled_armed_men_after_the_lead_or_a_lightning_offensive_make_no_natural_disaster_anything_else(text, label):
    # armed men veto the natural disaster only in the lead sentence; a 'lightning offensive' is no weather
    assert acled_label(text) == label


@pytest.mark.parametrize("text, disaster", [
    ("The ruling party won a landslide victory in the parliamentary vote, the electoral commission said.", False),
    ("The governor was re-elected by a landslide majority on Sunday.", False),
    ("A landslide buried a dozen homes on the hillside after two days of heavy rain.", True),
])
def test_acled_an_election_won_by_a_landslide_is_no_natural_disaster(text, disaster):
    assert (acled_label(text) == "NATURAL_DISASTER") is disaster


@pytest.mark.parametrize("text, disaster", [
    ("The two factions clashed near the airport on Friday as a truce brokered by the neighbours last month collapsed.", False),
    ("The mediators met both sides again on Monday. Earlier attempts at mediation collapsed within days.", False),
    ("By dawn the mutineers' bid to seize the radio station had collapsed.", False),
    ("The regional governor said a footbridge collapsed over the river on Monday, killing nine.", True),
])
def test_acled_a_truce_mediation_or_bid_that_collapsed_is_no_structure_giving_way(text, disaster):
    assert (acled_label(text) == "MAN_MADE_DISASTER") is disaster


@pytest.mark.parametrize("text, label", [
    ("Pirates boarded a cargo tanker at anchor off the port overnight and took away three sailors, the shipowner said.",
     "ORG_CRIME"),
    ("Armed robbers hijacked a diesel tanker on the northern highway and sold the fuel, police said.", "ORG_CRIME"),
    ("A diesel tanker overturned and caught fire on the northern highway, killing eleven people.", "MAN_MADE_DISASTER"),
])
def test_acled_a_tanker_boarded_by_pirates_or_hijacked_is_crime_not_an_accident(text, label):
    assert acled_label(text) == label


@pytest.mark.parametrize("text, abduction", [
    ("Gunmen flagged down a lorry at dawn and hauled away its two mechanics, the transport union said.", True),
    ("Raiders on motorbikes swept through the hamlet and carried off five young men, a councillor said.", True),
    ("The retreating fighters took a dozen schoolgirls with them into the hills, the district chief said.", True),
    ("Rebels captured about 25 herders from a market road on Thursday, according to a district officer.", True),
    ("Crates of seed and tarpaulins were carried off by masked raiders after the aid workers left.", False),
])
def test_acled_people_hauled_off_or_taken_along_by_armed_men_are_abducted(text, abduction):
    # the taken must be people named after the verb: goods 'carried off by armed men' are no abduction
    assert (acled_label(text) == "ABDUCT_DISSAP") is abduction


@pytest.mark.parametrize("text, change", [
    ("The northern rebel movement renamed itself on Sunday and named a former colonel as its head, a spokesman said.", True),
    ("The insurgent alliance split into two rival factions after a quarrel over money, a statement said.", True),
    ("A senior commander broke away from the militia with several hundred fighters, his aides said. Shelling hit the town.", True),
    ("Farmers in the valley formed self-defence units on Monday and began night patrols, the mayor said.", True),
    ("The guerrilla army began handing in its rifles at a collection point near the border, monitors said.", True),
    ("Several hundred marchers broke away from the main rally and headed to parliament.", False),
    ("The neighbouring state cut its ties with the kingdom on Tuesday, recalling its ambassador.", False),
])
def test_acled_a_group_renamed_split_or_organising_itself_changes_its_activity(text, change):
    assert (acled_label(text) == "CHANGE_TO_GROUP_ACT") is change


@pytest.mark.parametrize("text, base", [
    ("The rebels put a forward base on the ridge above the river crossing, a local official said.", True),
    ("The armed group kept a training camp at a farm outside the town, investigators said.", True),
    ("Militiamen entrenched themselves in the old fort at the edge of the district on Monday.", True),
    ("The insurgents have made the caves in the northern hills their main base, the army said.", True),
    ("Two mines placed at the base of a telecom mast brought it down overnight, the operator said.", False),
    ("The army put the base on high alert after the threats.", False),
])
def test_acled_a_base_put_run_or_made_by_a_group_is_established(text, base):
    # the verb must govern the base: mines 'placed at the base' of a mast, a base put on alert are no new base
    assert (acled_label(text) == "HQ_ESTABLISHED") is base


@pytest.mark.parametrize("text, arrest", [
    ("Police locked up a student leader overnight on Tuesday on charges of sedition, his lawyer said.", True),
    ("A fugitive former mayor handed himself in to the police in the capital on Monday.", True),
    ("Police said the shops of the old quarter were locked up during the curfew.", False),
    ("A rebel commander handed himself in with forty fighters under the amnesty.", False),
])
def test_acled_locked_up_by_police_or_handing_oneself_in_to_police_is_an_arrest(text, arrest):
    assert (acled_label(text) == "ARREST") is arrest


# --- ARREST, PROTEST_WITH_INTER, PEACE_PROTEST (fourteenth session, families from the thirteenth batch's errors)
@pytest.mark.parametrize("text, arrest", [
    ("Gendarmes swooped on a veteran opposition organiser at a cafe in the port town on Friday, his wife said.", True),
    ("Agents of the state security service led away a well-known blogger from his flat on Monday, friends said.", True),
    ("Detectives arrested an opposition lawmaker at the airport on Thursday on drug smuggling charges, his party said.", True),
    ("Officers of the special battalion picked up an XYZ deputy secretary general at a wedding, the party said.", True),
    ("Rebels picked up a former mayor from his farm and have not freed him, relatives said.", False),
])
def test_acled_a_public_figure_taken_in_by_state_agents_is_an_arrest(text, arrest):
    # custody idioms ('swooped on', 'led away', 'picked up', 'took in') and 'arrested' on a criminal charge, by a state
    # body, of a politician, journalist or activist; armed groups taking people keep their label
    assert (rules_label(text) == "ARREST") is arrest


@pytest.mark.parametrize("text, label", [
    ("Security officers detained four union organisers at dawn on Saturday, ahead of the sit-in they had called at the port.", "ARREST"),
    ("Police held two student leaders overnight before the weekly march could set off, their lawyers said.", "ARREST"),
    ("Police detained four organisers during the rally in the capital on Saturday, witnesses said.", "PROTEST_WITH_INTER"),
])
def test_acled_people_taken_in_before_their_protest_are_arrested(text, label):
    # no protest took place yet: the arrest is the event (taken at the rally, it is a protest met by the police)
    assert rules_label(text) == label


@pytest.mark.parametrize("text", [
    "Riot police carted off dozens of pensioners who had assembled outside the finance ministry, a union official said.",
    "Officers hauled several students from a silent vigil near the cathedral on Sunday evening.",
    "Police encircled a crowd of taxi drivers on the ring road and detained eleven of them.",
    "Security forces arrested about thirty young men demonstrating outside the governor's office on Friday.",
    "Police cleared scores of farmers blocking the ring road with their tractors on Tuesday morning.",
    "Police bundled away teachers who showed up at the ministry on Monday to demand back pay, their union said.",
    "Troopers jailed a dozen residents at a banned procession through the old town, a lawyer said.",
])
def test_acled_people_held_removed_or_cleared_at_their_gathering_are_a_protest_with_intervention(text):
    assert rules_label(text) == "PROTEST_WITH_INTER"


@pytest.mark.parametrize("text, peaceful", [
    ("Nurses in the northern province stayed away from work on Wednesday in a strike over unpaid wages, their union said.", True),
    ("Fishermen blocked the entrance to the harbour for six hours demanding compensation for a fuel spill.", True),
    ("Teachers camped outside the education ministry on Monday to press for a pay rise, organisers said.", True),
    ("The shutdown ordered by the separatist alliance was largely observed in the hill towns on Thursday.", True),
    ("Hundreds of widows stood in the rain near the courthouse, holding up candles and calling for a new inquiry.", True),
    ("Troops massed outside the border town on Friday, residents said.", False),
    ("Lorry drivers threatened to strike over the new tolls, their association said.", False),
])
def test_acled_peaceful_gatherings_strikes_and_blockades_for_a_cause(text, peaceful):
    assert (rules_label(text) == "PEACE_PROTEST") is peaceful


# --- AGREEMENT, ATTRIB (families from the thirteenth batch's errors; sentences of our own)
@pytest.mark.parametrize("text, agreement", [
    ("The two clan militias agreed at a council of elders on Saturday to stop the cattle raids, a local chief said.", True),
    ("The government and the hill rebels endorsed a month-long truce at talks in a neighbouring capital, mediators said.", True),
    ("The insurgents and the army released some 300 prisoners in a swap overseen by the Red Crescent on Friday.", True),
    ("The militia freed three aid workers in exchange for two of its jailed commanders, a negotiator said.", True),
    ("The rival chiefs agreed a grazing settlement in the district capital on Sunday, officials said.", True),
    ("The two heads of state agreed to talk again within a fortnight, their offices said.", False),
    ("Peace talks resumed in the capital on Monday as rebels ambushed an army patrol in the north.", False),
])
def test_acled_an_agreement_told_with_a_place_or_day_between_or_with_other_verbs(text, agreement):
    # the sides agreeing (with a place or day before the object), endorsing or settling on a truce, a swap; not a meeting
    # agreed on, nor peace talks named as the setting of another event
    assert (rules_label(text) == "AGREEMENT") is agreement


@pytest.mark.parametrize("text, claim", [
    ("The Northern Liberation Army said it had attacked the customs post at the pass, in a message to reporters.", True),
    ("The militant front said in a communique on Friday that its men had killed nine police officers near the dam.", True),
    ("The front claimed Saturday's twin bombings in the market town through its online channel.", True),
    ("The governor held the so-called Black-Banner brigade responsible for the massacre in the valley.", True),
    ("The army said it had ambushed a rebel column high in the hills on Sunday.", False),
    ("A mine wrecked a police pickup on the coast road, the navy said, pointing the finger at smugglers.", False),
])
def test_acled_a_group_claiming_its_attack_through_a_channel_or_blame_for_a_day_s_attack(text, claim):
    # a non-state 'army' speaking of its own attack claims it (the state's army reports); blame told as a participle after
    # the event is no claim
    assert (rules_label(text) == "ATTRIB") is claim


# ---- ORG_CRIME, FORCE_AGAINST_PROTEST, DISR_WEAP (and their neighbours ABDUCT_DISSAP, ATTACK, REM_EXPLOS): families
# learned from the thirteenth batch's errors; sentences of our own

@pytest.mark.parametrize("text, label", [
    ("Pirates seized a cement freighter in the Sulu Sea overnight and held its nine sailors hostage, the coast guard said.", "ORG_CRIME"),
    ("Armed men hijacked two lorries of cooking oil near Mbale on Friday and drove them off towards the border, police said.", "ORG_CRIME"),
    ("A criminal ring seized a shop owner in Quetta and asked his brothers for a ransom, officers said.", "ORG_CRIME"),
    ("Insurgents hijacked a fuel truck near the dam and set it on fire, the army said.", "ABDUCT_DISSAP"),
    ("Pirates abducted six fishermen off the delta coast on Monday, a navy spokesman said.", "ABDUCT_DISSAP"),
])
def test_acled_piracy_cargo_hijacking_and_a_criminal_ring_s_ransom_are_organised_crime(text, label):
    # a ship taken with its crew held hostage, goods lorries hijacked; an armed group's hijacking, or a crew merely abducted, is not
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Gendarmes fired live rounds at cocoa farmers gathered outside the prefecture on Tuesday, killing two, a local MP said.", "FORCE_AGAINST_PROTEST"),
    ("Soldiers opened fire on striking bus drivers at the depot on Monday, wounding seven, their union said.", "FORCE_AGAINST_PROTEST"),
    ("Riot police used live bullets to break up a meeting of pensioners who had gathered in the old town, killing one.", "FORCE_AGAINST_PROTEST"),
    ("Soldiers opened fire on villagers in a remote hamlet on Monday, killing nine.", "ATTACK"),
])
def test_acled_live_fire_on_people_gathered_or_on_strike_is_force_against_protesters(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Army sappers destroyed three landmines that had been buried along the irrigation canal, a district officer said.", "DISR_WEAP"),
    ("A roadside charge was found near Mopti and safely detonated by engineers on Friday.", "DISR_WEAP"),
    ("Rangers cleared the mountain track of a dozen landmines on Sunday.", "DISR_WEAP"),
    ("Navy gunboats sank an explosives-laden skiff approaching the harbour wall before dawn, the admiral said.", "DISR_WEAP"),
    ("A bomb went off beside a fuel queue in the capital, wounding nine, and police defused a second device nearby.", "REM_EXPLOS"),
])
def test_acled_devices_got_rid_of_by_the_state_are_disrupted_but_a_second_device_after_a_blast_is_not(text, label):
    assert rules_label(text) == label


# --- DIPLO, VIOL_DEMONSTR (families from the thirteenth batch's errors; sentences of our own)
@pytest.mark.parametrize("text, diplo", [
    ("The Chilean foreign minister flew to Lima on Tuesday for talks with her Peruvian counterpart on the maritime border.", True),
    ("The Gabonese president received the rebel leader at his palace on Friday for talks on the transition.", True),
    ("The king spoke by phone with the Iranian president about the detained sailors, the palace said.", True),
    ("Managua broke off diplomatic relations with the Netherlands late on Sunday, its envoy confirmed.", True),
    ("The regional bloc suspended Niger's membership on Friday, a spokesman for its commission said.", True),
    ("Ankara delivered a note of protest to the Greek embassy over the airspace violations.", True),
    ("The militia cut its ties with the regional jihadist network, its leader said in a video.", False),
])
def test_acled_visits_calls_broken_relations_and_protest_notes_are_diplomatic_events(text, diplo):
    # a state's relations, not a group cutting its ties with another group (a change of the group)
    assert (rules_label(text) == "DIPLO") is diplo


@pytest.mark.parametrize("text, label", [
    ("Market traders marching against a new levy wrecked two council vans in the town centre, police said.", "VIOL_DEMONSTR"),
    ("Students rallying over tuition fees laid siege to the rector's office for hours, breaking its glass doors.", "VIOL_DEMONSTR"),
    ("Dairy farmers protesting low milk prices sprayed slurry on riot police outside the ministry on Monday.", "VIOL_DEMONSTR"),
    ("Opposition youths threw petrol bombs at police during a general strike in the port city, officers said.", "VIOL_DEMONSTR"),
    ("Activists of a rival party hurled crude bombs at an election rally on Friday, wounding six.", "GRENADE"),
])
def test_acled_a_marching_crowd_breaking_things_or_throwing_petrol_bombs_in_a_strike_is_a_violent_demonstration(text, label):
    # (crude bombs thrown at a rally are an attack with an explosive on it)
    assert rules_label(text) == label


def test_acled_armed_men_blocking_a_highway_are_no_demonstration():
    assert rules_label("Armed men blocked the highway near the pass and robbed passengers of their phones.") != "VIOL_DEMONSTR"


# --- OTHER, CHANGE_TO_GROUP_ACT (families from the thirteenth batch's errors; sentences of our own)
@pytest.mark.parametrize("text, other", [
    ("A group of colonels tried to overthrow the elected government overnight, seizing the airport before loyal units moved in.", True),
    ("Paratroopers stormed a cabinet meeting in the capital and drove the president to a barracks outside the city, witnesses said.", True),
    ("Tank crews rammed the gates of the presidential palace at dawn in a brief military uprising that loyalists put down by noon.", True),
    ("Forensic teams found nine bin bags of human remains in a quarry north of the port on Tuesday, prosecutors said.", True),
    ("The remains of some forty people were found buried behind a former police post, an inquiry said.", True),
    ("Rebels vowed to topple the government as fighting spread to the outskirts of the capital.", False),
])
def test_acled_the_coup_in_more_words_and_remains_found_buried_are_other(text, other):
    # soldiers acting against the head of state or government, the discovery of buried remains; a rebel vow is no coup
    assert (rules_label(text) == "OTHER") is other


@pytest.mark.parametrize("text, change", [
    ("The northern front named a former customs officer as its new chief of staff on Sunday, a statement said.", True),
    ("The insurgents moved their leadership across the river into the forest reserve after the raids, officials said.", True),
    ("The militia imposed a ban on music at weddings in the district and ordered women to cover their hair.", True),
    ("The government lifted the curfew it had imposed on the delta region, the interior ministry said.", True),
    ("The regional governor ordered the mandatory evacuation of border villages on Friday as the front drew closer.", True),
    ("The guerrillas declared on Monday a unilateral suspension of their raids for the harvest season.", True),
    ("The smuggling syndicate dispatched heavily armed columns toward the lake ports last week, officials said.", True),
    ("The army began handing rifles to village volunteers in the eastern districts on Monday, officials said.", True),
    ("Authorities ordered the evacuation of coastal villages as the cyclone approached.", False),
    ("Gunmen killed villagers who were digging trenches around the town, officials said.", False),
])
def test_acled_a_group_or_the_authorities_changing_what_they_do(text, change):
    # a natural hazard's evacuation and people killed while digging are not a change of a group's activity
    assert (rules_label(text) == "CHANGE_TO_GROUP_ACT") is change


# ---- AIR_STRIKE, MOB_VIOL, GOV_REGAINS_TERIT / NON_STATE_ACTOR_OVERTAKES_TER (and their neighbours ATTACK, ARREST,
# ARMED_CLASH): more families from the thirteenth batch's errors; sentences of our own

@pytest.mark.parametrize("text, label", [
    ("Rebel drones rained down on a fuel depot outside the port city overnight, setting two tanks alight, the governor said.", "AIR_STRIKE"),
    ("Jets raided a training camp in the northern hills on Thursday, officials said.", "AIR_STRIKE"),
    ("A drone operated by the national army destroyed a wedding tent on Friday, witnesses said.", "AIR_STRIKE"),
    ("A foreign strike on an apartment block in the eastern district killed a militia commander and his driver on Sunday.", "AIR_STRIKE"),
    ("Bricklayers began a strike on the building site on Monday and a foreman was later killed in a fall.", "ATTACK"),
])
def test_acled_drones_and_jets_in_more_verbs_and_a_strike_on_a_building_are_air_strikes(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Market porters caught a suspected phone-snatcher near the bus park and beat him badly, police said.", "MOB_VIOL"),
    ("Worshippers attacked a shopkeeper accused of burning a Bible in the market town, injuring him, police said.", "MOB_VIOL"),
    ("Hooligans assaulted two street cleaners outside the stadium on Saturday, police said.", "MOB_VIOL"),
    ("Police arrested a suspected burglar in the suburb on Tuesday.", "ARREST"),
])
def test_acled_people_punishing_a_petty_thief_or_an_insult_to_the_faith_and_hooligans_are_mob_violence(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Separatist fighters entered the river port of Kalunda after a short gun battle with the garrison, a local official said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Army units took the hill town of Meru Pass after routing the rebels in a fierce gunfight, the defence ministry said.", "GOV_REGAINS_TERIT"),
    ("Insurgents stormed a police post near the border after midnight and were repelled after a long firefight.", "ARMED_CLASH"),
])
def test_acled_ground_taken_after_a_fight_is_the_territory_event(text, label):
    # the fight is how the ground changed hands; an assault beaten back took none
    assert rules_label(text) == label


# ---- ORG_CRIME against ARMED_CLASH: street gangs or drug crews fighting each other (sentences of our own)

@pytest.mark.parametrize("text, label", [
    ("Members of two rival street gangs fought with pistols outside a nightclub in the harbour district, leaving two dead, police said.", "ORG_CRIME"),
    ("A turf war between drug crews in the northern suburbs has killed nine people this month, the mayor said.", "ORG_CRIME"),
    ("Police exchanged fire with gang members in the market district for an hour on Tuesday.", "ARMED_CLASH"),
])
def test_acled_gangs_fighting_each_other_are_organised_crime_but_a_gunfight_with_the_police_is_a_clash(text, label):
    assert rules_label(text) == label


# ---- AIR_STRIKE against ART_MISS_ATTACK: aircraft bombarding, a bomb dropped by a plane (sentences of our own)

@pytest.mark.parametrize("text, label", [
    ("Two aircraft bombarded a rebel supply column on the desert road at dawn, state radio said.", "AIR_STRIKE"),
    ("Local doctors said the crater outside the clinic was made by bombs dropped from a transport plane.", "AIR_STRIKE"),
    ("Artillery batteries bombarded the ridge for three hours, the general staff said.", "ART_MISS_ATTACK"),
])
def test_acled_aircraft_bombarding_and_bombs_dropped_by_planes_are_air_strikes(text, label):
    assert rules_label(text) == label


# ==== OTHER DIPLO CHANGE_TO_GROUP_ACT ATTRIB ARREST AGREEMENT PEACE_PROTEST PROTEST_WITH_INTER VIOL_DEMONSTR
# (families learned from the fourteenth batch's errors; sentences of our own)

@pytest.mark.parametrize("text, label", [
    ("Farmers came upon the corpse of a herdsman with stab wounds in an irrigation ditch near Tolma at dawn, the prefect said.", "OTHER"),
    ("The bodies of four youths, blindfolded, were recovered from a canal outside the capital, a forensic doctor said.", "OTHER"),
    ("A taxi driver was found dead in his car on the ring road on Saturday with a bullet wound to the neck, police said.", "OTHER"),
    # near misses: the killing told with its authors, a body found after a disaster
    ("Militiamen shot dead three shepherds near Tolma on Friday, and their bodies were found the next day, villagers said.", "ATTACK"),
    ("Rescuers recovered the bodies of nine villagers from the rubble after the earthquake struck on Monday, officials said.", "NATURAL_DISASTER"),
])
def test_acled_a_body_found_with_no_killing_told_is_an_other_development(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The three engineers were set free on Sunday after eight weeks in captivity, their employer said.", "OTHER"),
    ("A schoolteacher kidnapped near the border in March has regained her freedom, the district chief said.", "OTHER"),
    ("Two nurses held by the insurgents since spring were freed and returned to their hospital on Thursday.", "OTHER"),
    # near misses: a release under an exchange; the abduction told with its authors
    ("The militia released six hostages in exchange for the bodies of its fighters, the mediators said.", "AGREEMENT"),
    ("Bandits abducted fourteen travellers on the highway on Sunday, and five of them were released on Monday.", "ABDUCT_DISSAP"),
])
def test_acled_captives_set_free_without_a_deal_are_an_other_development(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Bursts of gunfire were heard around the customs post at Tessel after midnight, and it was not clear who had fired, traders said.", "OTHER"),
    ("A blast of unknown origin rattled windows in the old quarter on Friday evening; there were no casualties, police said.", "OTHER"),
    # near misses: someone killed, or a firefight told
    ("Gunfire was heard in the market at dusk and two porters were killed; it was unclear who fired, officials said.", "ATTACK"),
    ("Shots rang out near the depot as soldiers and unidentified raiders exchanged fire for an hour, residents said.", "ARMED_CLASH"),
])
def test_acled_unexplained_gunfire_or_blast_with_nobody_hurt_is_an_other_development(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The armed movement changed its name to the Southern Defence Council at a congress in the hills.", "CHANGE_TO_GROUP_ACT"),
    ("The insurgents have barred villagers from fishing on the lake after dark, a local chief said.", "CHANGE_TO_GROUP_ACT"),
    ("\"We are withdrawing our men from the valley before the rains,\" the rebel commander told a local radio station.", "CHANGE_TO_GROUP_ACT"),
    ("The front has outlawed music at weddings in districts under its control, residents said.", "CHANGE_TO_GROUP_ACT"),
    # near miss: ground taken, with the same words about control
    ("The rebels captured the hill town of Ostra on Monday, bringing the whole valley under their control.", "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_acled_a_group_renaming_itself_pulling_out_or_ruling_its_areas_changes_its_activity(text, label):
    assert rules_label(text) == label


# ==== ARMED_CLASH GOV_REGAINS_TERIT NON_STATE_ACTOR_OVERTAKES_TER AIR_STRIKE ART_MISS_ATTACK REM_EXPLOS GRENADE SUIC_BOMB
# CHEM_WEAP ATTACK ABDUCT_DISSAP SEX_VIOL FORCE_AGAINST_PROTEST MOB_VIOL DISR_WEAP HQ_ESTABLISHED PROPERTY_DISTRUCT
# NON_VIOL_TERRIT_TRANSFER ORG_CRIME NATURAL_DISASTER MAN_MADE_DISASTER
# (families learned from the fourteenth batch's errors; sentences of our own)

@pytest.mark.parametrize("text, label", [
    ("Separatist fighters seized Borvale on Thursday after the garrison withdrew, a local official said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Insurgents entered Qaramsa on Sunday morning, a provincial official said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("\"Dunmere has come back under the authority of state officials,\" the regional commander told the local radio.", "GOV_REGAINS_TERIT"),
    ("Troops supported by gunships drove the rebels out of four villages along the river on Monday, the army said.", "GOV_REGAINS_TERIT"),
    # near miss: people falling to their deaths take no town
    ("Two roofers fell to their deaths when the platform tilted on the tower block, the site manager said.", "NONE"),
])
def test_acled_a_named_town_taken_or_back_under_the_state_is_territory(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The roof of the old bus depot gave way under the snow, injuring four mechanics.", "MAN_MADE_DISASTER"),
    ("A fire that began in a kitchen of the hostel swept through the upper floors overnight, the owner said.", "MAN_MADE_DISASTER"),
    ("Eleven tourists were hurt when a cable snapped on the mountain ski lift on Saturday.", "MAN_MADE_DISASTER"),
    ("Nine pilgrims were crushed when the crowd surged toward the gate of the temple at dawn.", "MAN_MADE_DISASTER"),
])
def test_acled_structures_giving_way_fires_spreading_and_crowd_surges_are_man_made_disasters(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("After the shell burst, a green cloud drifted over the lane and dozens of residents were vomiting and struggling to breathe, medics said.", "CHEM_WEAP"),
    ("Doctors said forty of the wounded showed symptoms of gas poisoning after the night raid.", "CHEM_WEAP"),
    ("Militants blew up a tanker loaded with chlorine on the highway, and scores of villagers were treated for breathing problems.", "CHEM_WEAP"),
    # near misses: tear gas at a crowd, a tanker that leaked in an accident
    ("Riot police fired tear gas at the crowd outside the parliament and several marchers were choking, witnesses said.", "PROTEST_WITH_INTER"),
    ("A tanker carrying chlorine overturned on the bypass and leaked, forcing the evacuation of two streets.", "MAN_MADE_DISASTER"),
])
def test_acled_gas_with_its_victims_symptoms_is_a_chemical_weapon(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The girls were held in a farmhouse for a week and repeatedly assaulted by the gunmen, a rights group said.", "SEX_VIOL"),
    ("The raiders singled out three women from the travellers and assaulted them behind the lorry, a survivor said.", "SEX_VIOL"),
])
def test_acled_women_held_or_singled_out_and_assaulted_is_sexual_violence(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Soldiers burned some forty huts in the hamlet, accusing its people of feeding guerrillas who had ambushed a convoy.", "PROPERTY_DISTRUCT"),
    # near miss: villagers killed in the same raid make it the attack
    ("Militiamen killed eleven villagers and burned houses in the valley on Sunday, the governor said.", "ATTACK"),
])
def test_acled_armed_men_burning_or_razing_homes_is_property_destruction(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Mercenaries vacated the compound they had guarded for two years beside the mine, and units of the regular army moved in that evening, the mayor said.", "NON_VIOL_TERRIT_TRANSFER"),
    ("The gendarmes abandoned the customs post at the pass, which rebels took over a week later, traders said.", "NON_VIOL_TERRIT_TRANSFER"),
    ("The national guard returned to the port on Monday, hours after the militia had left to avoid fighting, officials said.", "NON_VIOL_TERRIT_TRANSFER"),
])
def test_acled_ground_left_and_then_occupied_is_a_non_violent_transfer(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("A bomb in a parked van killed six people outside a courthouse in the provincial capital on Tuesday.", "REM_EXPLOS"),
    ("Two men on a scooter tossed a bomb at a pharmacy whose owner had refused to pay them, police said.", "GRENADE"),
    ("A suicide vehicle packed with explosives struck the gate of the air base before dawn, officials said.", "SUIC_BOMB"),
    ("Jets circled twice and dropped more bombs on the same field hospital, a nurse said.", "AIR_STRIKE"),
    ("The militia has made the village's disused grain warehouse its headquarters, a councillor said.", "HQ_ESTABLISHED"),
    # near miss: a bomb scare is no explosion
    ("Police cleared the square after a bomb scare, and no device was found.", "NONE"),
])
def test_acled_bombs_by_how_they_were_placed_thrown_driven_or_dropped(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Gendarmes blocked the bridge into the old town and turned back the coaches of marchers from the coast, organisers said.", "PROTEST_WITH_INTER"),
    ("Riot officers pushed the crowd back from the palace gates with their shields, witnesses said.", "PROTEST_WITH_INTER"),
    ("Water cannon drenched nurses demanding back pay outside the health ministry on Wednesday.", "PROTEST_WITH_INTER"),
    # near miss: the police only closing a road for a rally that ended by itself
    ("Pensioners rallied outside the treasury with placards and went home at noon; police closed the road for the afternoon.", "PEACE_PROTEST"),
])
def test_acled_police_keeping_a_gathering_back_or_hosing_it_is_protest_with_intervention(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Youths burned tyres on the ring road and hurled rocks at the police until dawn, a shopkeeper said.", "VIOL_DEMONSTR"),
    ("Some of the demonstrators then turned on the tax office, smashing computers and tearing up files.", "VIOL_DEMONSTR"),
    ("Jobless youths torched a dozen cars and clashed with riot police in the port district overnight.", "VIOL_DEMONSTR"),
    # near miss: a crowd punishing a suspected thief
    ("An angry crowd beat a suspected cattle thief to death at the market, police said.", "MOB_VIOL"),
])
def test_acled_youths_or_protesters_rioting_against_the_police_or_an_office_are_a_violent_demonstration(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Army engineers took apart two rockets readied for firing in a maize field, the ministry said.", "DISR_WEAP"),
    ("Bomb experts rendered the shell harmless after it came to rest unexploded in a playground, the mayor said.", "DISR_WEAP"),
    ("Three pipe bombs left outside the polling station were spotted by a guard and neutralised, the electoral commission said.", "DISR_WEAP"),
    ("The detonators had been wired to a car alarm and were timed to explode when the minister's motorcade drove by, prosecutors said.", "DISR_WEAP"),
    ("Marines located a field of mines sown by the insurgents near the ferry landing and destroyed 22 explosive devices there, the navy said.", "DISR_WEAP"),
    ("The cache, buried under a chicken coop and holding rifles and fuses, was unearthed after a tip from a farmer, police said.", "DISR_WEAP"),
    ("The air defence battery knocked out nine of the eleven rockets fired at the port, the navy said.", "DISR_WEAP"),
])
def test_acled_weapons_made_safe_or_found_before_use_are_disrupted(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Guerrillas have settled in the forest reserve south of Kalvo, building huts and clearing plots, wardens reported.", "HQ_ESTABLISHED"),
    ("Armed youths have been manning a roadblock on the ring road since Friday, checking passengers' papers.", "HQ_ESTABLISHED"),
    ("The brigade dug in along the canal east of the airport, the defence ministry said.", "HQ_ESTABLISHED"),
    ("The faction has dug earthen berms and erected sheds at the desert site, satellite pictures show.", "HQ_ESTABLISHED"),
    ("The battalion has been stationed in the valley since May, with its headquarters in an old tobacco warehouse.", "HQ_ESTABLISHED"),
])
def test_acled_positions_dug_manned_or_settled_are_bases_established(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The government troops moved into Dalmora after the guerrillas melted away into the hills ahead of their arrival, officials said.", "NON_VIOL_TERRIT_TRANSFER"),
    ("Rebel fighters quit the town of Senna and government soldiers entered the next morning without meeting resistance, the governor said.", "NON_VIOL_TERRIT_TRANSFER"),
    ("The town of Velkar was handed over to the federal police on Monday under the ceasefire agreement, officials said.", "NON_VIOL_TERRIT_TRANSFER"),
    ("The regional army returned to Tarsi on Friday under the peace accord signed last month, the mediators said.", "NON_VIOL_TERRIT_TRANSFER"),
])
def test_acled_ground_entered_after_the_other_side_slipped_away_or_under_a_deal_is_a_non_violent_transfer(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The families of the victims demanded justice for the shooting of the demonstrators outside the governor's office.", "FORCE_AGAINST_PROTEST"),
    ("Riot units used pellet guns against protesters in the old town, blinding three teenagers, a surgeon said.", "FORCE_AGAINST_PROTEST"),
    ("Students marching to the ministry were met with gunfire near the bridge, and two of them died, a teacher said.", "FORCE_AGAINST_PROTEST"),
])
def test_acled_protesters_shot_blinded_or_met_with_gunfire_is_excessive_force(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The movement's spokesman said the group fired two drones at a navy frigate off the cape on Sunday.", "ATTRIB"),
    ("\"We bear full responsibility for the ambush at the ford,\" the rebel colonel said in a recording.", "ATTRIB"),
    ("\"Our mujahideen stormed the barracks at dawn,\" the insurgents said in a post on their channel.", "ATTRIB"),
    # near miss: residents telling what a militia did
    ("Residents said the militia fired mortars at the army post overnight.", "ART_MISS_ATTACK"),
])
def test_acled_a_group_saying_it_did_the_act_or_bearing_responsibility_is_a_claim(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Marines captured a senior commander of the separatist movement in a swamp hideout on Friday, the navy said.", "ARREST"),
    ("Police captured two fugitives from the northern insurgency at a roadside motel without a shot being fired.", "ARREST"),
    # near miss: a town captured
    ("Troops captured the hill town of Varsk from the rebels on Friday, the army said.", "GOV_REGAINS_TERIT"),
])
def test_acled_a_commander_or_fugitive_captured_is_an_arrest_not_ground(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("In a phone call, the two foreign ministers agreed to keep communication open despite the border row, the ministry said.", "DIPLO"),
    ("The Baltic state will post forty engineers to the island under a bilateral agreement its cabinet approved last week.", "DIPLO"),
    ("The president met his neighbour's envoy in the capital on Monday; each side accuses the other of backing rebel groups along the border.", "DIPLO"),
    # near miss: a truce reached
    ("The army and the rebels agreed to a ten-day truce in the valley, the mediators said.", "AGREEMENT"),
])
def test_acled_states_keeping_in_touch_bilateral_accords_and_mutual_accusations_are_diplomacy(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Farmers called the explosion a bombing raid, but the district officer said the craters came from shells fired by the army.", "ART_MISS_ATTACK"),
    ("Investigators suspected a roadside bomb at first, but then found pieces of a howitzer round in the ditch.", "ART_MISS_ATTACK"),
    ("Townspeople spoke of an air raid, but the governor said the bus station was hit by ballistic missiles.", "ART_MISS_ATTACK"),
])
def test_acled_a_first_version_corrected_leaves_the_weapon_that_was_used(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The hill militia announced that it would send two hundred men to guard the salt road.", "CHANGE_TO_GROUP_ACT"),
    ("The rebel front announced that it was leaving the northern operations room, its commander said.", "CHANGE_TO_GROUP_ACT"),
    ("The insurgents announced a blockade of the three roads into the provincial capital.", "CHANGE_TO_GROUP_ACT"),
    ("The island republic formally recognised the State of Kalmoria on Tuesday, its foreign office said.", "DIPLO"),
    ("The federal cabinet put the coastal brotherhood on its list of designated terrorist organisations.", "DIPLO"),
])
def test_acled_a_group_announcing_what_it_does_is_a_change_to_its_activity_and_announced_alone_is_no_diplomacy(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Some 300 farmers held banners outside the district office calling for an end to drone strikes on their fields, organisers said.", "PEACE_PROTEST"),
    ("Students held a silent demonstration in the main square of the university town on Saturday after news of the air strikes reached the campus.", "PEACE_PROTEST"),
    # near miss: the strike itself
    ("An air strike hit a fuel depot outside the border town on Saturday, killing two guards.", "AIR_STRIKE"),
])
def test_acled_a_gathering_against_air_strikes_is_the_protest_not_the_strike(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The two columns engaged each other near the dam on Sunday, a monitor said.", "ARMED_CLASH"),
    ("\"They were firing at each other across the river all morning,\" a fisherman said.", "ARMED_CLASH"),
    ("Officials said armed Toposa and Nyangatom youths fought near the river, and the toll rose to eleven.", "ARMED_CLASH"),
    # near miss: youths with machetes are a mob
    ("Youths armed with machetes fought a group of traders in the market, police said.", "MOB_VIOL"),
])
def test_acled_sides_firing_at_each_other_or_armed_youths_fighting_are_an_armed_clash(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Police loaded the farm workers onto a lorry at the crossroads, and relatives report that none of them has been heard from since.", "ABDUCT_DISSAP"),
    ("Mortar crews dropped gas canisters on the trenches outside the village, medics said.", "CHEM_WEAP"),
    ("A slope above the hamlet gave way after days of rain, burying four huts and killing two, the district chief said.", "NATURAL_DISASTER"),
    ("Rustlers made off with sixty goats from the grazing grounds, herders said.", "ORG_CRIME"),
    ("A shootout between two factions of the cartel left seven dead on the highway, prosecutors said.", "ORG_CRIME"),
    # near miss: gas canisters fired at students are no chemical weapon
    ("Riot police fired gas canisters at the crowd of students outside the university, witnesses said.", "NONE"),
])
def test_acled_the_disappeared_gas_dropped_in_war_a_slope_giving_way_and_gang_factions(text, label):
    assert rules_label(text) == label


# --- territory labels (NON_VIOL_TERRIT_TRANSFER, GOV_REGAINS_TERIT; acledfix session 14, share V) ---
@pytest.mark.parametrize("text, label", [
    # one side left the place, the other moved in: more verbs of leaving and of arriving
    ("Separatist guerrillas abandoned the hill village of Korvanta on Monday, and a gendarmerie unit arrived the next morning, the prefect said.", "NON_VIOL_TERRIT_TRANSFER"),
    ("Navy marines occupied the island outpost after the pirates' militia had relocated to the mainland, the coast guard said.", "NON_VIOL_TERRIT_TRANSFER"),
    ("The insurgents slipped out of Dornbach late on Tuesday before the brigade's armoured column reached the valley, officials said.", "NON_VIOL_TERRIT_TRANSFER"),
    ("Police took over the customs depot, which the rebel sentries had vacated at dusk, a port official said.", "NON_VIOL_TERRIT_TRANSFER"),
    # near miss: raiders who burned a clinic and 'left before the police arrived' hand no ground over
    ("The raiders set fire to a clinic in the hamlet and left before the police arrived, elders said.", "PROPERTY_DISTRUCT"),
    # near miss: a post overrun after the troops pulled out under fire is taken in a fight
    ("Rebels overran the hilltop checkpoint once its defenders had quit it under heavy fire, a herder said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_acled_ground_left_by_one_side_and_entered_by_the_other_is_the_non_violent_transfer(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # the other side put out of a place, in more verbs; its last pockets cleared
    ("Government soldiers ousted the separatists from the ferry terminal at Velno on Friday, the defence ministry said.", "GOV_REGAINS_TERIT"),
    ("Marines chased the jihadists out of the salt-mining hamlet of Tessoura after a two-day push, the navy said.", "GOV_REGAINS_TERIT"),
    ("Army commandos cleared the remaining separatist strongholds in the Ardel hills on Tuesday, the ministry announced.", "GOV_REGAINS_TERIT"),
    ("Federal troops cleared the old quarter of the harbour town of Ostavik of separatist fighters, a spokesman said.", "GOV_REGAINS_TERIT"),
    # the rebels pushing the troops out: the non-state side took the ground
    ("Rebel fighters pushed the government troops out of the river port of Kalmbe on Sunday, residents said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_acled_fighters_ousted_chased_or_cleared_from_a_place_is_ground_taken(text, label):
    assert rules_label(text) == label


# ---- ARREST, ATTRIB (fourteenth session, labels OTHER DIPLO CHANGE_TO_GROUP_ACT ATTRIB ARREST AGREEMENT
# PEACE_PROTEST PROTEST_WITH_INTER VIOL_DEMONSTR) ----
@pytest.mark.parametrize("text, label", [
    # a state body's arrest in the lead, its reason told far on, past the place, the day or the raid
    ("Border guards picked up nine traders near the frontier post late on Friday on suspicion of selling fuel to the rebels who shelled the depot.", "ARREST"),
    # or those it held named as suspects, with what was seized beside them
    ("Army units detained five suspected insurgent couriers near the dam on Monday, seizing explosives and detonators, a commander said.", "ARREST"),
    ("Gendarmes rounded up a dozen alleged separatist recruiters in the hill villages and seized explosives hidden in a barn.", "ARREST"),
    # near miss: rebels holding people is no arrest
    ("Rebels arrested three traders accused of spying for the army, a local chief said.", "ABDUCT_DISSAP"),
])
def test_acled_a_state_arrest_whose_reason_or_suspects_come_later_in_the_lead(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # a group telling that its fighters fought, took or gave up ground reports that event, it claims no attack
    ("The Northern Front said on Saturday that its fighters had overrun two army posts near the lake.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    # a disaster that 'claimed' lives is no claim of responsibility
    ("The health ministry said that the cholera outbreak had claimed 37 lives in the camps.", "NATURAL_DISASTER"),
    # near miss: a group saying its fighters planted the bomb claims it
    ("The Northern Front said on Saturday that its fighters had planted the bomb that hit the convoy.", "ATTRIB"),
])
def test_acled_a_group_telling_its_fighters_took_ground_or_a_disaster_claiming_lives_is_no_claim(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # a curfew or emergency rule closing a lead that told the violence first is its aftermath, not the news
    ("Herdsmen raided two farming hamlets near the river, shooting five villagers dead, the district police said, as the regional administrator imposed a curfew.", "ATTACK"),
    ("Rioters looted shops and torched a bank in the harbour district late on Sunday, officials said, and the prefect later declared a state of emergency.", "VIOL_DEMONSTR"),
    # near miss: the curfew as the lead stays the change of activity
    ("The regional administrator ordered a night curfew across the harbour district after days of tension, officials said.", "CHANGE_TO_GROUP_ACT"),
])
def test_acled_a_curfew_after_the_violence_in_the_lead_is_its_aftermath(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # a head of state receiving another side's army chief or commander, or an envoy meeting several sides' leaders:
    # the visit is the news even amid their fighting
    ("The Kenyan president received Somalia's army chief at the state house in Nairobi on Monday, as fighting continued near the border.", "DIPLO"),
    ("The Nigerian vice president received the commander of the rebel alliance in Abuja on Sunday amid clashes in the north.", "DIPLO"),
    ("The UN envoy met Tuareg and Arab community leaders in Kidal on Tuesday to ease tensions after a week of clashes.", "DIPLO"),
    # near miss: receiving bodies is no visit
    ("The hospital received the bodies of the army chief and his guards on Monday, officials said.", "NONE"),
])
def test_acled_a_leader_receiving_another_sides_chief_is_diplomacy(text, label):
    assert rules_label(text) == label


# --- PROPERTY_DISTRUCT (acledfix session 14, share V) ---
@pytest.mark.parametrize("text, label", [
    # structures and goods brought down or wrecked in more verbs; a place reduced to ashes named at length
    ("Insurgents toppled two radio towers outside the river town of Marsk overnight, the operator said.", "PROPERTY_DISTRUCT"),
    ("Unknown men wrecked dozens of headstones at the old hillside cemetery, the parish said.", "PROPERTY_DISTRUCT"),
    ("Militiamen incinerated six tractors belonging to the cooperative, a farmer said.", "PROPERTY_DISTRUCT"),
    ("Raiders reduced the cattle market of Doleni, in the eastern district, to ashes, elders said.", "PROPERTY_DISTRUCT"),
    # near miss: a wrecked economy is no property destroyed
    ("The finance minister said years of sanctions had wrecked the economy.", "DIPLO"),
])
def test_acled_masts_toppled_graves_wrecked_vehicles_incinerated_are_property_destruction(text, label):
    assert rules_label(text) == label


# --- ATTACK vs FORCE_AGAINST_PROTEST (acledfix session 14, share V) ---
@pytest.mark.parametrize("text, label", [
    # a crowd that is no protest, fired on by gunmen or gathered for food: the attack on civilians
    ("Gunmen opened fire on a crowd of pilgrims at the shrine gate on Friday, killing seven, the district officer said.", "ATTACK"),
    ("A patrol shot into the crowd of families queuing for flour outside the grain depot, leaving three dead, aid workers said.", "ATTACK"),
    # near miss: the same fire at a crowd of protesters stays the excessive force
    ("A patrol shot at people protesting outside the grain depot, leaving three dead, aid workers said.", "FORCE_AGAINST_PROTEST"),
])
def test_acled_gunmen_firing_on_a_crowd_that_is_no_protest_is_an_attack(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # youths, students or supporters fighting the police or troops themselves: a violent demonstration
    ("Youths clashed with soldiers in the old quarter after Friday prayers, hurling rocks at patrol vehicles, police said.", "VIOL_DEMONSTR"),
    # near miss: villagers storming a post after a death are a mob
    ("Villagers stormed a police post after a driver died in custody, residents said, beating two officers.", "MOB_VIOL"),
])
def test_acled_youths_or_students_fighting_the_police_are_a_violent_demonstration(text, label):
    assert rules_label(text) == label


def test_acled_students_attacked_by_police_are_no_violent_demonstration():
    assert rules_label("Students protesting the fee rise were attacked by police outside the faculty, witnesses said.") != "VIOL_DEMONSTR"


@pytest.mark.parametrize("text, label", [
    # a group's banner hoisted over a place it took, or slogans daubed on a wall, are no gathering
    ("The fighters seized the river port on Tuesday, then raised their banner above the customs house, a local official said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Vandals smashed the glass front of a farmers' union office overnight and daubed slogans across its door, union officials said.", "PROPERTY_DISTRUCT"),
    # near miss: marchers carrying banners and chanting slogans are the protest
    ("Thousands marched across the old town late on Sunday carrying banners and chanting slogans against the fuel price rise.", "PEACE_PROTEST"),
])
def test_acled_a_banner_hoisted_or_slogans_daubed_are_no_protest(text, label):
    assert rules_label(text) == label


def test_acled_a_man_marched_off_a_vehicle_is_no_march():
    assert rules_label("Security agents marched the opposition spokesman off the bus at the border crossing, his aides said.") != "PEACE_PROTEST"


# --- CHEM_WEAP (acledfix session 14, share V) ---
@pytest.mark.parametrize("text, label", [
    # a weapon releasing a gas or agent, its use alleged, a chemical smell, poisoning symptoms after a strike
    ("Mortar bombs released a greenish gas over the eastern trenches, the brigade's medic said.", "CHEM_WEAP"),
    ("Militia gunners fired shells loaded with a blister agent at the hilltop post, a defector said.", "CHEM_WEAP"),
    ("The rebels accused the government of using gas against the besieged quarter.", "CHEM_WEAP"),
    ("After the bombing, the cellar was thick with the smell of bleach, a nurse said.", "CHEM_WEAP"),
    ("After the helicopter attack, children were vomiting and could not breathe, a doctor said.", "CHEM_WEAP"),
    # near miss: thieves with gas cutters are no chemical weapon
    ("Robbers using gas cutters opened a bank vault in the market town overnight and stole the cash, police said.", "ORG_CRIME"),
])
def test_acled_munitions_releasing_gas_and_poisoning_symptoms_are_a_chemical_weapon(text, label):
    assert rules_label(text) == label


# --- REM_EXPLOS vs DISR_WEAP (acledfix session 14, share V) ---
@pytest.mark.parametrize("text, label", [
    # a mine left from a war told with what it did, though deminers are named: the explosion, not its disruption
    ("A mine left over from the civil war maimed a boy herding goats near the dry riverbed, a demining group said.", "REM_EXPLOS"),
    ("An old landmine blew apart a tractor on the edge of the orchard, a demining official said.", "REM_EXPLOS"),
    # near miss: the mines cleared by deminers stay the disruption
    ("Deminers found and destroyed forty landmines in the fields around the border village, the mine action centre said.", "DISR_WEAP"),
])
def test_acled_a_war_mine_that_maimed_or_blew_apart_is_the_explosion(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # the police scattering or clearing a named group with water cannon or tear gas, with no protest word: an intervention
    ("Officers turned a water cannon on the ring road to scatter hundreds of farmers on Thursday, and nine were detained, a union leader said.", "PROTEST_WITH_INTER"),
    # a gathering the gendarmes 'seized ... and dispersed'
    ("Gendarmes confiscated the loudspeakers and dispersed the crowd opposing the new landfill, residents said; nobody was injured.", "PROTEST_WITH_INTER"),
    # a sit-in (dharna) whose people were hauled into vans is the protest, not an arrest
    ("Police swooped on rights activists staging a dharna outside the collectorate and hauled them into vans, a local reporter said.", "PROTEST_WITH_INTER"),
    # the charge someone faces ('charges of insurrection') is no uprising
    ("Police lobbed tear gas into a knot of the jailed mayor's supporters who gathered outside the court, arresting four; the prosecutor says he faces charges of insurrection.", "PROTEST_WITH_INTER"),
    # near misses: an insurrection staged is the strategic event; goods loaded into trucks are no people
    ("Army officers staged an insurrection at the northern barracks overnight, seizing the armoury, officials said.", "OTHER"),
    ("Workers loaded the sacks into trucks at the depot before dawn, the manager said.", "NONE"),
])
def test_acled_a_group_scattered_dispersed_or_hauled_into_vans_is_a_protest_with_intervention(text, label):
    assert rules_label(text) == label


# --- headlinese for OTHER DIPLO CHANGE_TO_GROUP_ACT ATTRIB ARREST AGREEMENT PEACE_PROTEST PROTEST_WITH_INTER VIOL_DEMONSTR
# (acledfix session 15, share N) ---
@pytest.mark.parametrize("text, label", [
    # blame, admission and accusation in a headline, with no article before the event
    ("Interior ministry blames separatist cell for Sokolov market car bomb", "ATTRIB"),
    ("Liberation front admits responsibility for Harbour Street police station bombing", "ATTRIB"),
    ("Minsk accuses Vilnius of orchestrating pipeline blast", "ATTRIB"),
    ("Armenia says Baku behind border village drone strike", "ATTRIB"),
    ("Houthi movement says it fired missiles at Eilat port", "ATTRIB"),
    ("Kyiv points finger at Moscow over rail depot sabotage", "ATTRIB"),
])
def test_acled_headline_blame_and_admission_are_claims(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # near misses: an army saying what its own jets did claims nothing; the police beating a crowd is no riot
    ("Army says it struck rebel depots near the northern border with jets", "ATTRIB"),
    ("Officers beat striking nurses with batons outside Harare court, several hurt", "VIOL_DEMONSTR"),
])
def test_acled_headline_near_misses_keep_off_claims_and_riots(text, label):
    assert rules_label(text) != label


@pytest.mark.parametrize("text, label", [
    # bodies found, gunfire heard with no victim, captives freed: told without an auxiliary
    ("Two bodies wash up on riverbank near Mopti town", "OTHER"),
    ("Body of missing teacher found in forest outside Kisangani", "OTHER"),
    ("Gunshots heard near army headquarters in Niamey overnight", "OTHER"),
    ("Heavy gunfire erupts near state radio building, situation calm by noon", "OTHER"),
    ("Kidnapped nurses freed in Zamfara after three weeks", "OTHER"),
    ("Police say bomb plot foiled in Kano after tip-off, no explosives found", "OTHER"),
    # near miss: a body found with its killers named is the killing
    ("Gunmen shot dead a trader whose body was found on the road to Kaya, police said.", "ATTACK"),
])
def test_acled_headline_bodies_gunfire_and_releases_are_other_developments(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # a group changing itself, in the present tense of a headline
    ("Jama'at rebels name new commander after chief killed in raid", "CHANGE_TO_GROUP_ACT"),
    ("Sahel jihadist cell pledges allegiance to al-Qaeda branch", "CHANGE_TO_GROUP_ACT"),
    ("Four militias unite under new 'Southern Defence Front'", "CHANGE_TO_GROUP_ACT"),
    ("Rebel movement splits as breakaway wing forms own army in the hills", "CHANGE_TO_GROUP_ACT"),
    ("Guerrilla army orders end to armed struggle after forty years", "CHANGE_TO_GROUP_ACT"),
    # near miss: a curfew declared after the semicolon is the aftermath of the riot the lead tells
    ("Rioters torched a tax office in Kisumu on Friday; the county chief then imposed an overnight curfew on the town.", "VIOL_DEMONSTR"),
])
def test_acled_headline_changes_of_a_group_and_a_curfew_as_aftermath(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # protests in headlinese: a 'demo', Title-Case 'March on', pepper-spray, a crowd scattered, a rally ending in arrests
    ("Riot police break up nurses' demo with water cannon in Accra", "PROTEST_WITH_INTER"),
    ("Police Pepper-Spray Students Blocking Highway in Santiago", "PROTEST_WITH_INTER"),
    ("Gendarmes scatter fishermen's sit-in at Dakar harbour", "PROTEST_WITH_INTER"),
    ("Silent vigil ends in mass arrests in Tbilisi", "PROTEST_WITH_INTER"),
    ("Tear Gas Fired As Teachers March On Ministry In Kampala", "PROTEST_WITH_INTER"),
    # a crowd that disperses peacefully by itself had no intervention
    ("Three hundred taxi drivers protest fuel tax in Lusaka, disperse peacefully", "PEACE_PROTEST"),
    # violent demonstrations in the present tense
    ("Protesters storm and burn ruling party office in Kandy", "VIOL_DEMONSTR"),
    ("Students burn university buses in Dhaka exam row | At least six vehicles were damaged on Monday; the university declared a state of emergency.", "VIOL_DEMONSTR"),
    # a gathering elsewhere that ended peacefully, told after the semicolon, does not undo the intervention
    ("Water cannon used on nurses protesting pay cuts in Accra - Officers pushed the crowd back; a second rally in Kumasi ended peacefully.", "PROTEST_WITH_INTER"),
])
def test_acled_headline_protests_interventions_and_riots(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # arrests, agreements and diplomacy in headlinese, the lead's act outranking the violence in an aside
    ("Police nab 3 suspected arms couriers linked to rebel raids in Garissa", "ARREST"),
    ("Army arrests 20 suspected Mai-Mai informers in Beni - The men were handed to prosecutors on Monday; the raid also freed three hostages.", "ARREST"),
    ("Herder and farmer militias agree ceasefire following ten days of fighting in Plateau", "AGREEMENT"),
    ("Government and rebel alliance sign declaration of principles in Nairobi", "AGREEMENT"),
    ("Security Council votes to extend Mali mission | The text passed unanimously; fighting was reported near Gao the same day.", "DIPLO"),
    ("Rwanda and Burundi restore diplomatic ties in Angola-mediated pact | Both governments will reopen consulates, officials said in Luanda; rebel attacks on the border continued.", "DIPLO"),
    ("Oman hosts Saudi-Houthi talks in Muscat, no breakthrough | Delegations met for a third day on Monday; a rebel attack killed four soldiers in Marib the same night.", "DIPLO"),
    ("Ghana recalls envoy to Lome, accuses Togo of backing WTRF - Accra also expelled two Togolese diplomats on Monday, the minister said.", "DIPLO"),
])
def test_acled_headline_arrests_agreements_and_diplomacy(text, label):
    assert rules_label(text) == label


# --- headlinese (acledfix session 15, share V: ARMED_CLASH GOV_REGAINS_TERIT NON_STATE_ACTOR_OVERTAKES_TER ATTACK
# ABDUCT_DISSAP FORCE_AGAINST_PROTEST MOB_VIOL HQ_ESTABLISHED PROPERTY_DISTRUCT NON_VIOL_TERRIT_TRANSFER MAN_MADE_DISASTER
# and the other labels of that share) ---
@pytest.mark.parametrize("text, label", [
    # the state's guns in the present tense, the toll first or after
    ("Riot police open fire on teachers' march in Korvani, two wounded", "FORCE_AGAINST_PROTEST"),
    ("Five dead as troops storm farmers' sit-in outside Delmora", "FORCE_AGAINST_PROTEST"),
    ("Gendarmes shoot dead student during fuel price demo in Tarsin", "FORCE_AGAINST_PROTEST"),
    # near miss: protesters fighting the police stay the violent demonstration
    ("Students pelt riot officers with rocks in Korvani after vote count", "VIOL_DEMONSTR"),
])
def test_acled_headline_state_fire_on_a_gathering_is_excessive_force(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # an armed actor's present-tense verb and the place, named or by its kind, with no article
    ("Separatist fighters seize Orvalle after three-day siege", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Militia occupies Velra hill villages after dawn assault", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Marines chase militants out of Port Velane", "GOV_REGAINS_TERIT"),
    # near miss: people seized by gunmen are abducted, no ground taken
    ("Gunmen seize Dutch surveyors at Varnel quarry", "ABDUCT_DISSAP"),
])
def test_acled_headline_ground_taken_in_the_present_tense(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # one side leaves, the other moves in, told in the present tense
    ("Rebel units quit Halvo ridge, peacekeepers deploy", "NON_VIOL_TERRIT_TRANSFER"),
    ("Police take over old barracks as militia pulls out", "NON_VIOL_TERRIT_TRANSFER"),
    ("Clan fighters hand Durane to regional forces", "NON_VIOL_TERRIT_TRANSFER"),
])
def test_acled_headline_ground_left_and_entered_is_a_non_violent_transfer(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # armed men burning or razing homes, farms, shrines in the present tense
    ("Paramilitaries burn farms and granaries near Ellisk", "PROPERTY_DISTRUCT"),
    # near miss: homes burned and people killed is the attack on them
    ("Gunmen burn homes, kill 11 in Bossa raid", "ATTACK"),
    # a crowd burning people alive, villagers hacking a man to death
    ("Townspeople burn two men alive in Merlo over theft rumour", "MOB_VIOL"),
    ("Villagers hack farmer to death over cattle dispute in Tovra", "MOB_VIOL"),
])
def test_acled_headline_burning_and_razing_and_crowd_killings(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # people taken in headline words: whisked away, seized by men, a quoted 'disappeared'
    ("Hooded men whisk away village headmaster near Sarnu", "ABDUCT_DISSAP"),
    ("Two aid nurses seized by gunmen on Kallo highway", "ABDUCT_DISSAP"),
    ("Lawyers say 12 students 'disappeared' after campus raid in Orsa", "ABDUCT_DISSAP"),
])
def test_acled_headline_abductions(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # bases and checkpoints put up in the present tense, a base opened
    ("Rebels erect roadblocks and checkpoints on Pelto highway", "HQ_ESTABLISHED"),
    ("Soldiers build forward camp on ridge above Tarnava", "HQ_ESTABLISHED"),
    # armed sides that 'fight' near a place or each other
    ("Militia and army fight near Dessoro for second day", "ARMED_CLASH"),
])
def test_acled_headline_bases_and_fights(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # fires and sinkings in headline words
    ("Hostel Fire In Marsk Kills 9 Students", "MAN_MADE_DISASTER"),
    ("Fishing boat sinks off Cape Ardo, 14 missing", "MAN_MADE_DISASTER"),
    ("Gas tanker blast on ring road kills 6, officials say no attack", "MAN_MADE_DISASTER"),
])
def test_acled_headline_fires_and_sinkings_are_accidents(text, label):
    assert rules_label(text) == label


# --- older-row families for ARREST OTHER CHANGE_TO_GROUP_ACT (acledfix session 15, share N) ---
@pytest.mark.parametrize("text, label", [
    # the charge told by a verb after the arrest, or the men held named 'accused of': the arrest, not the background riot
    ("Gendarmes picked up a union organiser at his flat in Tunis on Monday and charged him with sedition, a week after rioters burned a bank in Sfax.", "ARREST"),
    ("Soldiers held three herders accused of spying for the insurgents at a roadblock near Diffa on Friday, an officer said.", "ARREST"),
    # captors freeing the people they had seized: the release, not the abduction
    ("Chad: Rebels free 14 travellers seized on the Abeche road - The passengers, taken on Sunday, walked back to the town on Wednesday, relatives said.", "OTHER"),
    # a drone of unknown origin seen over a site
    ("Workers at the refinery said an unmarked drone of unknown provenance circled the tanks for ten minutes before it flew away.", "OTHER"),
    # a ban the authorities had imposed before is background to the rally
    ("Union members held a rally in Lome on Friday to oppose the fuel price rise, after a month in which the prefect had banned all gatherings in the centre.", "PEACE_PROTEST"),
])
def test_acled_charges_by_verb_captives_freed_by_captors_and_earlier_bans(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # soldiers who are the victims of a disaster are no armed side; rains as the cause; a fever named
    ("A landslide buried a border guard post above Karsu, leaving 30 soldiers missing, officials said.", "NATURAL_DISASTER"),
    ("Bridges and roads collapsed across Velmar province after a week of torrential downpours.", "NATURAL_DISASTER"),
    ("Meningitis has killed 85 people in the northern districts since January, the health ministry said.", "NATURAL_DISASTER"),
    # a helicopter sent to the 'worst-hit' villages struck nothing
    ("A blizzard killed 12 herders in the high passes; helicopters flew food to the worst-hit hamlets.", "NATURAL_DISASTER"),
])
def test_acled_disasters_with_soldiers_as_victims_or_rains_as_cause(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # the crime world's own shootouts: a singular 'rival gang' shootout, named factions of a cartel, police as the source only
    ("Rival gang gunbattle in Port Sorel slum leaves 5 dead", "ORG_CRIME"),
    ("Clashes between the Norte and Valle factions of the Coast Cartel left nine dead, state police said.", "ORG_CRIME"),
])
def test_acled_gang_and_cartel_shootouts_are_organised_crime(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # a device with its participle and no auxiliary; an explosives-laden vehicle halted though the driver was arrested
    ("Roadside bomb dismantled on Tarvo bypass, army says", "DISR_WEAP"),
    ("Bomb-laden pickup intercepted near Esko bridge", "DISR_WEAP"),
    ("Border guards stopped a bomb-laden van at the Ruvan crossing and arrested its two occupants, officials said.", "DISR_WEAP"),
    ("Shell found in schoolyard in Orbeck, sappers remove it safely", "DISR_WEAP"),
])
def test_acled_headline_devices_defused_or_intercepted_are_disrupted_weapons(text, label):
    assert rules_label(text) == label


# --- agreements, blocs and coups told as background (acledfix session 15, share N) ---
@pytest.mark.parametrize("text, label", [
    # a truce announced on a day, an exchange of hostages and prisoners, a commitment given in return for something
    ("Street gangs in Kingston announced on Friday a ceasefire among themselves, community leaders said.", "AGREEMENT"),
    ("The armed group backed a staged exchange of hostages for prisoners held by the state, its negotiators said.", "AGREEMENT"),
    # an evacuation deal agreed is the agreement, not yet the handover
    ("Yemen: government and Houthis agree evacuation deal for wounded in Taiz", "AGREEMENT"),
    # a bloc suspending a state after a coup, and a visit 'since the group seized power': the diplomacy
    ("ECOWAS suspended Niger's membership on Monday after soldiers seized the president, the bloc said.", "DIPLO"),
    ("The Qatari foreign minister visited Kandahar for talks with the movement's leaders, the first such visit since the group seized power.", "DIPLO"),
])
def test_acled_truces_exchanges_and_diplomacy_around_a_coup(text, label):
    assert rules_label(text) == label


def test_acled_states_accord_on_liaison_offices_is_no_agreement():
    assert rules_label("Bahrain and Israel signed an agreement in Manama to open liaison offices, weeks after a normalisation accord.") != "AGREEMENT"


@pytest.mark.parametrize("text, label", [
    # a killing the army called a clash or an encounter, told to have been civilians or a massacre
    ("Police called it a shootout with bandits, but the nine men killed near Ostra were herders, their families said.", "ATTACK"),
    ("The military described the incident as a battle with rebels; witnesses said it was a one-sided massacre of villagers.", "ATTACK"),
    # victims named by their work: aid workers, journalists, health workers
    ("Militiamen kill three relief workers on road to Varsa camp", "ATTACK"),
    # a crowd beating an army officer to death is mob violence (the officer is the victim, no armed side)
    ("A mob in the market town beat to death an army captain after mistaking him for a kidnapper, police said.", "MOB_VIOL"),
])
def test_acled_disputed_clashes_victims_by_trade_and_a_mob_killing_an_officer(text, label):
    assert rules_label(text) == label


# --- a diplomatic act told after the lead's semicolon or headline bar (acledfix session 15, share N) ---
def test_acled_envoy_summoned_after_the_semicolon_reacts_to_the_lead():
    assert rules_label("Thousands march in Niamey against foreign bases - Student unions called Sunday's march; "
                       "hours later the government summoned Belgium's envoy over remarks by its minister.") == "PEACE_PROTEST"


@pytest.mark.parametrize("text, label", [
    # a vehicle bomb driven or rammed into its target, the driver inside it
    ("A militant rammed an explosives-laden pickup into the perimeter wall of the Tessa police academy, killing four guards.", "SUIC_BOMB"),
    ("Jihadist drives van bomb into army post near Orvo", "SUIC_BOMB"),
    ("Camera footage showed its driver was still inside when the minibus blew up at the Karsa garrison gate.", "SUIC_BOMB"),
    # near miss: a parked car bomb set off from afar stays the remote explosive
    ("A car bomb parked outside the Karsa courthouse was set off by remote control, killing three passers-by.", "REM_EXPLOS"),
])
def test_acled_vehicle_bombs_driven_into_a_target_are_suicide_bombings(text, label):
    assert rules_label(text) == label


# --- report wording (acledfix session 16, share V: ABDUCT_DISSAP, PROPERTY_DISTRUCT, NON_VIOL_TERRIT_TRANSFER) ---
@pytest.mark.parametrize("text, label", [
    # a person taken by insurgents or militia-linked gunmen, taken from a site by armed men, forcibly taken, detained and then disappeared
    ("Field notes: 3 herd boys taken by rebels near the Lorra wells; families still searching.", "ABDUCT_DISSAP"),
    ("The watchdog said a clinic nurse was taken by militia-linked gunmen on the Tavu road and held until relatives paid.", "ABDUCT_DISSAP"),
    ("Two ballot clerks were taken from a counting hall in Osso by masked men on Sunday night.", "ABDUCT_DISSAP"),
    ("Rights monitors said the intelligence service detained and then disappeared a union organiser in Brevo in 2019.", "ABDUCT_DISSAP"),
    ("A camera recorded men in balaclavas forcing a lawyer into a grey pick-up outside the Serra courthouse.", "ABDUCT_DISSAP"),
    ("Gunmen seized a district councillor outside a mosque in Kalo and drove east.", "ABDUCT_DISSAP"),
    # near miss: a police officer's weapon seized is no abduction
    ("Gunmen seized a police officer's rifle at the Kalo checkpoint and fled on motorbikes.", "NOT_ABDUCT"),
])
def test_acled_report_wording_of_abductions(text, label):
    if label == "NOT_ABDUCT":
        assert rules_label(text) != "ABDUCT_DISSAP"
    else:
        assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # monitors counting the buildings armed men burned, fuel poured on homes, a clinic looted by armed men
    ("Imagery analysed by the monitors shows more than 90 homes burned in Tesso hamlet after the militia passed through.", "PROPERTY_DISTRUCT"),
    ("A verified clip shows militiamen pouring petrol over huts in Garra before setting them alight.", "PROPERTY_DISTRUCT"),
    ("The team documented the pillaging of a clinic in Moru by militiamen, who carried off a transformer and the fridges.", "PROPERTY_DISTRUCT"),
    # near miss: homes burned by a wildfire are no act of war
    ("Over 300 houses burned when a wildfire swept through the hills above Tarsa.", "NOT_PROPERTY"),
])
def test_acled_report_wording_of_property_destruction(text, label):
    if label == "NOT_PROPERTY":
        assert rules_label(text) != "PROPERTY_DISTRUCT"
    else:
        assert rules_label(text) == label


@pytest.mark.parametrize("text", [
    # one side left; after a semicolon the other later occupied it, or the place was then occupied (passive)
    "Eastern sector, 11/2022: the gendarmerie vacated its outpost at Seno; jihadist fighters later occupied the compound.",
    "The police relocated from the Kemba station, which was subsequently occupied by a vigilante group, residents said.",
])
def test_acled_report_wording_of_ground_left_and_then_occupied(text):
    assert rules_label(text) == "NON_VIOL_TERRIT_TRANSFER"


# OTHER, CHANGE_TO_GROUP_ACT, PEACE_PROTEST, PROTEST_WITH_INTER (sixteenth session: incident logs, situation and monitor reports)
@pytest.mark.parametrize("text, label", [
    # a death whose cause the report leaves open, a body with a long description found or retrieved
    ("A prison warden in Tolo died of undetermined causes at the barracks clinic, the district office said.", "OTHER"),
    ("Rights monitors said a student held at the Vell station had died there under suspicious circumstances.", "OTHER"),
    ("03/04: Corpse of an old herder with knife cuts found beside the Soro well; motive unknown.", "OTHER"),
    ("Around 9 bodies retrieved from a ravine near Kessa, 05/2020; no identification yet.", "OTHER"),
    # shots with nobody hurt and nobody named, an unidentified drone seen, a shooting with no attacker
    ("Marra, 02/06: Municipal guards fired in the air during a quarrel among bus drivers; situation calmed soon after.", "OTHER"),
    ("Observers said rounds were fired toward a voter registration tent in Delo overnight; no one hit and the source could not be established.", "OTHER"),
    ("The field team reported that an unidentified aircraft was sighted over the Kumo settlement before dawn; no strike followed.", "OTHER"),
    ("Lakewa district - a prison guard reportedly shot himself inside the armoury; inquiry under way.", "OTHER"),
    ("A stray bullet hit a teenager during celebrations after the derby in Palu; residents blamed revellers firing rifles.", "OTHER"),
    # a decree requiring, a suspension of party activities announced, a ban among other impositions, a group renaming itself,
    # a coalition whose formation was announced with its date in between
    ("Local reports say the ruling council issued a decree obliging traders in Vemo to close on Fridays.", "CHANGE_TO_GROUP_ACT"),
    ("Bora - 2022: the transitional committee announced the suspension of all trade union activities for six months.", "CHANGE_TO_GROUP_ACT"),
    ("Unconfirmed reports say the insurgents imposed road tolls and a ban on music at weddings in Sarki district.", "CHANGE_TO_GROUP_ACT"),
    ("The panel noted that the militia had renamed its units in the south as the Northern Shield in 2021.", "CHANGE_TO_GROUP_ACT"),
    ("The inquiry found that the rebel chiefs announced in March 2019 the formation of an alliance of four factions vowing to march on the capital.", "CHANGE_TO_GROUP_ACT"),
    # civilians blocking a road press a cause even with no protest word; a march that dispersed after handing in its petition
    ("Monitors observed that truck drivers had blocked the main highway at Kolo junction with their lorries for a day.", "PEACE_PROTEST"),
    ("Some 800 pensioners marched to the labour ministry in Tessa; marchers dispersed after handing in a letter.", "PEACE_PROTEST"),
    # a drone that came down without exploding or of unknown origin that crashed; a crowd that left after an hour; people who
    # packing a plaza to honour inmates lost in detention
    ("An armed drone fell onto a barn roof in Velka without exploding, the district office said.", "OTHER"),
    ("UAV of unknown provenance crashes near border village, no casualties", "OTHER"),
    ("Nurses rallied outside the health ministry in Osla over unpaid wages; the crowd dispersed after an hour.", "PEACE_PROTEST"),
    ("Relatives filled the main square of Dunno to honour three inmates who died in custody last year.", "PEACE_PROTEST"),
])
def test_acled_report_wording_of_other_developments_changes_and_protests(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # near misses: a gunman who shot himself after killing others, bodies found after a named attack, bandits blocking a road
    ("A gunman killed four worshippers at a chapel in Dovo and then shot himself, police said.", "ATTACK"),
    ("Bandits blocked the road near Tinka and robbed passengers of cash and phones.", "NOT_PEACE_PROTEST"),
    # a rocket that landed without exploding and was then made safe is the disposal
    ("Engineers made safe a rocket that landed without exploding near the Sova clinic, police said.", "DISR_WEAP"),
])
def test_acled_report_wording_near_misses_keep_their_label(text, label):
    if label == "NOT_PEACE_PROTEST":
        assert rules_label(text) != "PEACE_PROTEST"
    else:
        assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # (share V, session 16) ground taken back from a named side, or a side put out of a district, with what reports add
    # beside it (mines left, earlier shelling): the territory event
    ("Northern axis, 04/2019: marines recaptured the Essa crossing from the insurgents; unexploded mortar rounds litter the road.", "GOV_REGAINS_TERIT"),
    ("The national guard reclaimed Bolvo from separatist fighters; shelling over the previous week had damaged the clinic.", "GOV_REGAINS_TERIT"),
    ("Army units announced full control over the Tesh quarter, the rebels' last foothold in the city.", "GOV_REGAINS_TERIT"),
    ("Gendarmes pushed the militants out of Karvo district; monitors heard of IEDs planted along the airstrip road.", "GOV_REGAINS_TERIT"),
    # near miss: people driven from a district by floods took no ground
    ("Aid agencies said the floods had driven thousands of herders out of the Sarra district.", "NATURAL_DISASTER"),
])
def test_acled_ground_taken_back_from_a_named_side_outranks_what_reports_add(text, label):
    assert rules_label(text) == label


# VIOL_DEMONSTR (sixteenth session): a crowd that stones or attacks the police or their post; barriers broken by marchers
@pytest.mark.parametrize("text, label", [
    ("Residents said the crowd stoned a police post in Ralo on Monday, angered by a new roadblock levy.", "VIOL_DEMONSTR"),
    ("The inquiry found that marchers opposing the dam had broken the barricades outside the governor's office.", "VIOL_DEMONSTR"),
    # near miss: a crowd that stormed a police post to drag a suspect out and kill him is the mob
    ("A crowd stormed the police post in Venda, dragged out a suspected cattle thief and beat him to death.", "MOB_VIOL"),
])
def test_acled_crowds_turning_on_the_police_are_violent_demonstrations(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text, label", [
    # (share V, session 16) a crowd crush, an army's munitions store blowing up, a vessel's fire: accidents, whatever
    # the monitors add beside them (arrests of organisers, a toll)
    ("Observers said 14 people died in a crowd crush during a flour handout in Parro stadium; the organisers were later detained.", "MAN_MADE_DISASTER"),
    ("A barge fire on the Orra river killed nine crew members, the port authority said.", "MAN_MADE_DISASTER"),
    # near miss: a stampede set off by gunmen firing into a crowd is their attack
    ("Gunmen fired into the crowd at the Parro stadium, causing a stampede in which 14 people died.", "ATTACK"),
])
def test_acled_crowd_crushes_and_vessel_fires_are_accidents(text, label):
    assert rules_label(text) == label


# OTHER, CHANGE_TO_GROUP_ACT, ARREST (seventeenth session, labels of helper N): a group naming its own new 'caliph' or
# 'governor', announcing its own administrative structure or its transformation into a party; a group freeing people it
# had held for months; a protest's organisers held away from it, an arrest that set protests off, charges after last
# month's protests
@pytest.mark.parametrize("text, label", [
    ("The Tarvo Brigades said on their radio that they had named Sheikh Omaru Dallo as their new 'wali' for the lake islands.", "CHANGE_TO_GROUP_ACT"),
    ("Last week the Vellan Front announced a new 'governor' for Kessa district, monitors reported.", "CHANGE_TO_GROUP_ACT"),
    ("The Ormo Liberation Movement has announced their own command structure across the hill villages, local radio said.", "CHANGE_TO_GROUP_ACT"),
    ("The Daro Hills militia formally announced its conversion into a civilian movement on Friday.", "CHANGE_TO_GROUP_ACT"),
    ("Fishermen in Pemo said the Sea Lions group freed three crewmen whom it had kept captive near the islands.", "OTHER"),
    ("The Keru insurgents released the two surveyors who had been held since April, the mining firm confirmed.", "OTHER"),
    ("The dockers' strike in Merra is in its second month. Police arrested two prominent strike leaders on Friday; the pickets stayed in place.", "ARREST"),
    ("Troops took the former governor of Sarn into custody at his villa. His detention triggered riots in the capital.", "ARREST"),
    ("Fuel prices doubled in March. Police in Ardo arrested a union secretary and two teachers following the fuel protests of last month, prosecutors said.", "ARREST"),
    # near misses: protesters held at the march stay the protest's; a release in an exchange is the agreement's
    ("Police detained forty demonstrators during the march in Ardo after they refused to disperse.", "PROTEST_WITH_INTER"),
    ("Under the deal, the Keru insurgents released eight soldiers they had held since May in exchange for jailed fighters.", "AGREEMENT"),
])
def test_acled_group_orders_releases_and_arrests_around_protests(text, label):
    assert rules_label(text) == label


# NON_VIOL_TERRIT_TRANSFER, REM_EXPLOS (seventeenth session, labels of helper V): one side's withdrawal completed or
# called 'regrouping' and the other side moving into the place; a base left 'in the hands of' another force, or left
# 'allowing' others to take over; a mine or bomb set off by the person or vehicle that ran over it, after a sentence of
# background (clearance totals, the years since a peace deal)
@pytest.mark.parametrize("text, label", [
    ("On 3 May, Vessan troops completed their withdrawal from Orru county, and Kell militia units entered the county seat.", "NON_VIOL_TERRIT_TRANSFER"),
    ("Tamar commanders described the pull-back as 'regrouping' from Pell, and Dorran border guards moved into the empty barracks.", "NON_VIOL_TERRIT_TRANSFER"),
    ("Gendarmes pulled out of the Sarvo outpost, leaving the compound to a local militia's fighters, a herder said.", "NON_VIOL_TERRIT_TRANSFER"),
    ("After weeks of talks the Nadi fighters left the grain terminal, allowing harbour police units to take over.", "NON_VIOL_TERRIT_TRANSFER"),
    ("Demining crews in Orvana have removed thousands of devices this decade. On Friday a truck drove over a buried anti-tank mine outside Kesh, killing two herders.", "REM_EXPLOS"),
    ("Vennia has counted fewer mine casualties since the peace deal. Still, on Tuesday a boy stepped on a mine while collecting firewood near Lutt, officials said.", "REM_EXPLOS"),
    # near miss: a mine found and made safe stays a disruption
    ("Army engineers found an anti-tank mine on the Kesh road and defused it before any vehicle passed.", "DISR_WEAP"),
])
def test_acled_handovers_by_withdrawal_and_mines_set_off_by_vehicles(text, label):
    assert rules_label(text) == label


# PROTEST_WITH_INTER (seventeenth session, helper N): protesters on a hunger strike or 'sitting on fast', an 'agitation',
# lifted into police vans or taken to the police lines, or forcibly removed: the intervention, South Asian usage
@pytest.mark.parametrize("text, label", [
    ("Members of the farmers' union on an indefinite hunger strike outside the district office were lifted by police vans at dawn and taken to the Korla police lines.", "PROTEST_WITH_INTER"),
    ("Teachers sitting on fast at the block office in Sarnagar were forcibly removed by police late on Friday; the union called it a peaceful agitation.", "PROTEST_WITH_INTER"),
    # near miss: a hunger strike no one broke up stays peaceful
    ("Teachers held a peaceful hunger strike outside the block office in Sarnagar on Friday, and the district officer met them.", "PEACE_PROTEST"),
])
def test_acled_fasting_protesters_removed_by_police_are_an_intervention(text, label):
    assert rules_label(text) == label


# ARMED_CLASH, ART_MISS_ATTACK (seventeenth session, labels of helper V): two sides trading paired kinds of fire
# ('rifle and mortar fire') or both using heavy weapons are fighting each other, not shelling
@pytest.mark.parametrize("text, label", [
    ("Near Tessu ridge, Brenn marines and Kalo militiamen traded machine-gun and mortar fire until dawn, a port official said.", "ARMED_CLASH"),
    ("Rebels of the Meru front assaulted an army camp near Ovan at dusk, and the fighting lasted five hours as both sides employed mortars, the garrison said.", "ARMED_CLASH"),
    # near miss: one side shelling a town is the shelling
    ("Brenn gunners shelled the market of Tessu with mortars on Sunday, wounding six traders.", "ART_MISS_ATTACK"),
])
def test_acled_paired_fire_and_heavy_weapons_on_both_sides_are_clashes(text, label):
    assert rules_label(text) == label


# OTHER (seventeenth session, helper N): gunfire whose source no one could establish is an incident of unclear nature
@pytest.mark.parametrize("text, label", [
    ("A nurse in Parrow was hit in the leg on Sunday evening; police said the origin of the firing had not been determined.", "OTHER"),
    ("A soldier was wounded at a checkpoint in Birra on Monday, the army said, adding that it could not determine the source of the gunfire.", "OTHER"),
    # near miss: named gunmen who shot people are the attack
    ("Gunmen on motorbikes shot dead three traders at the Ekko market on Sunday, police said.", "ATTACK"),
])
def test_acled_gunfire_of_unknown_source_is_other(text, label):
    assert rules_label(text) == label


# SUIC_BOMB (seventeenth session, labels of helper V): the bomber told among the dead or by a witness's verb
# ('exploded himself'), not only as 'suicide bomber'
@pytest.mark.parametrize("text, label", [
    ("Witnesses in Harvo said a youth riding a scooter loaded with explosives steered it into the crowd at the bus depot and exploded himself, killing nine.", "SUIC_BOMB"),
    ("A blast at a Tellan army post killed six soldiers as well as the bomber, officials said.", "SUIC_BOMB"),
    # near miss: a bomb planted by the roadside, no bomber among the dead
    ("A bomb planted by the roadside at a Tellan army post killed six soldiers, officials said.", "REM_EXPLOS"),
])
def test_acled_bombers_told_among_the_dead_are_suicide_bombings(text, label):
    assert rules_label(text) == label


# ATTACK, FORCE_AGAINST_PROTEST (eighteenth session, labels of helper V): a reaction (condemned, deplored, urged restraint
# or an inquiry) that also tells who fired, shot or raided, on whom, is the act it reports, not diplomacy
@pytest.mark.parametrize("text, label", [
    ("The Dravian rights commission deplored on Monday the killing of a teacher in Ossel, who was shot dead by masked men near the school gate on Friday.", "ATTACK"),
    ("The regional bloc condemned the killing of nine farmers near Kerrow, where armed men on motorcycles opened fire on a market on Sunday.", "ATTACK"),
    ("The Velan embassy called for restraint after troops opened fire on opposition supporters marching in Tarsk on Monday, killing four.", "FORCE_AGAINST_PROTEST"),
    # near miss: the reaction alone, with no act told, stays diplomacy
    ("The ministry condemned the attack on the Lisker embassy on Monday, in which no one was hurt.", "DIPLO"),
])
def test_acled_reactions_that_tell_the_act_are_the_act(text, label):
    assert rules_label(text) == label


# OTHER, ARREST, ATTRIB (eighteenth session, labels of helper N): a captive's release reported with no word of how it came
# about; people held later on charges drawn from earlier protests or unrest; a group's massacre claimed, or a government
# naming the group that carried it out
@pytest.mark.parametrize("text, label", [
    ("The Dutch foreign office on Monday welcomed the release of two engineers held for eight months by armed men in the Sahel.", "OTHER"),
    ("A Canadian nurse was freed in Chad on Tuesday, seven months after she was kidnapped near Abeche; officials gave no details.", "OTHER"),
    # near miss: a release that is part of a swap stays the agreement
    ("Officials welcomed the release of 40 hostages in exchange for jailed fighters.", "AGREEMENT"),
    ("Sarn's police chief announced that officers had detained the deputy leader of the Unity Party, charged over the violence of the previous weekend, when party supporters clashed with police at a rally.", "ARREST"),
    ("Judicial officials in Kerrow said eight students had been picked up overnight on charges of organising the protests over the tuition rise.", "ARREST"),
    # near miss: protesters held at the rally itself are not this family
    ("Police arrested 30 protesters during the rally in the capital on charges of rioting.", "VIOL_DEMONSTR"),
    ("Two days later the Eastern Brigades released a video claiming the massacre of 40 herders at Tolva in March.", "ATTRIB"),
    ("Velan's cabinet spokeswoman said the Northern Liberation Front had carried out the bombing of the Orsk bus station, which killed 12.", "ATTRIB"),
    ("According to its radio, the group's militants had carried out the raids near Kassar, where two fuel depots burned.", "ATTRIB"),
])
def test_acled_releases_later_arrests_and_named_perpetrators(text, label):
    assert rules_label(text) == label


# OTHER (eighteenth session, labels of helper N): gunfire called unexplained or of unknown origin, with nobody hit and no
# gunmen named, is an incident of unclear nature
@pytest.mark.parametrize("text, label", [
    ("Guards at the Tarvo depot came under gunfire of unknown origin late on Sunday; nobody was hurt and no suspects were detained.", "OTHER"),
    ("The garrison command in Oslin said it was looking into mysterious shooting heard near the airport overnight, which frightened residents.", "OTHER"),
    # near miss: gunmen who opened fire and killed are the attack
    ("Gunmen opened fire of unknown origin on a bus near Oslin, killing four passengers.", "ATTACK"),
])
def test_acled_unexplained_gunfire_is_other(text, label):
    assert rules_label(text) == label


# PROTEST_WITH_INTER, ARREST, CHANGE_TO_GROUP_ACT, OTHER (nineteenth session, labels of helper N): people held while
# trying to stage a gathering, or held for gathering without leave, and a procession obstructed by police are the protest
# met by the state; tear-gas grenades are no chemical weapon; a picket against conscription is no change to a group
@pytest.mark.parametrize("text, label", [
    ("In Varnel, officers detained about 25 nurses of the Union Front, who were trying to gather for a candle vigil at the health office.", "PROTEST_WITH_INTER"),
    ("Municipal police in Orsk broke up a gathering of the Green League in the old town and detained 40 members for an illegal assembly.", "PROTEST_WITH_INTER"),
    ("Gendarmes in Tarvo obstructed a procession of the farmers' union with lorries, seizing placards and detaining two organisers.", "PROTEST_WITH_INTER"),
    ("On Friday the police in Lesk scattered a vigil of the Mothers' Committee with tear gas grenades; no one was hurt.", "PROTEST_WITH_INTER"),
    ("Officers in Kerrow detained a dozen students who had tried to hold a picket near the barracks against the mobilisation drive.", "PROTEST_WITH_INTER"),
    # near miss: a suspect held for a crime, no gathering, stays the arrest
    ("Police in Lesk arrested a trader for smuggling fuel across the border.", "ORG_CRIME"),
    # near miss: a group's own mobilisation is still its change of activity
    ("The Northern Front announced a general mobilisation of its fighters.", "CHANGE_TO_GROUP_ACT"),
])
def test_acled_gatherings_stopped_by_police(text, label):
    assert rules_label(text) == label


# OTHER (nineteenth session, labels of helper N): a blast only heard, its cause left open and no one hurt, and a captive
# freed after a named time in someone's hands (or who 'regained freedom' after being taken by gunmen) are the codebook's
# other developments
@pytest.mark.parametrize("text, label", [
    ("Late on Tuesday an explosion was heard close to the Varnel rail yard, though its cause was not established, the county office said.", "OTHER"),
    ("Residents of Kassar reported an explosion of undetermined origin outside the town; the governor's office gave no details.", "OTHER"),
    ("An aid worker held by the Eastern Brigades for six weeks was freed near Tolva, her employer said.", "OTHER"),
    ("A lorry driver abducted by armed men on the Orsk road in March regained his freedom on Sunday, the county police said.", "OTHER"),
    # near miss: a blast that killed is no unexplained incident
    ("An explosion of unknown origin killed three people at the Varnel market.", "REM_EXPLOS"),
    # near miss: the abduction itself, no release
    ("A lorry driver was abducted by armed men on the Orsk road on Sunday, police said.", "ABDUCT_DISSAP"),
])
def test_acled_unexplained_blasts_and_releases_are_other(text, label):
    assert rules_label(text) == label


# HQ_ESTABLISHED, MAN_MADE_DISASTER, ART_MISS_ATTACK (nineteenth session, labels of helper V): a post told as a picket or
# detachment set up by the forces, or as a noun in a communique ('the establishment of a new detachment'); a fire told by
# how it started or ended (a cooking fire, a short circuit, brought under control); missiles fired at a target they hit,
# even when others were shot down
@pytest.mark.parametrize("text, label", [
    ("The Varian army said it had set up a new picket on the ridge above the Tolsa valley road after raids on traders.", "HQ_ESTABLISHED"),
    ("Provincial police announced the establishment of a new detachment in the village of Morel to guard the market.", "HQ_ESTABLISHED"),
    # near misses: strikers' pickets stay the protest
    ("Striking dock workers set up a picket outside the port gates in Velsa.", "PEACE_PROTEST"),
    ("Police said striking nurses had set up a picket line outside Varn hospital.", "PEACE_PROTEST"),
    ("A cooking fire spread through a settlement of fishermen's huts near Lake Orvo, razing 60 homes, district officials said.", "MAN_MADE_DISASTER"),
    ("A fire blamed on a short circuit in the children's ward of Kelmar general hospital killed nine patients, health officials said, as a virus outbreak filled its beds.", "MAN_MADE_DISASTER"),
    # near miss: a fire set by rebels and later put out stays theirs
    ("Rebels set fire to a fuel depot in Tarsa; the blaze was brought under control hours later.", "PROPERTY_DISTRUCT"),
    ("Separatist forces launched two rockets at an army fuel depot outside Maren on Friday, the defence ministry said; a third was shot down.", "ART_MISS_ATTACK"),
    ("Insurgents launched three missiles at the port town of Kell, hitting a warehouse, and the navy said it shot down a fourth.", "ART_MISS_ATTACK"),
    # near miss: missiles all brought down with no damage stay the disruption
    ("Air defences shot down four missiles fired at the city of Varn overnight, the army said; no damage was reported.", "DISR_WEAP"),
])
def test_acled_pickets_fire_causes_and_missiles_that_hit(text, label):
    assert rules_label(text) == label


# CHANGE_TO_GROUP_ACT (nineteenth session, labels of helper N): a group leaving another named only by its name, militias
# announcing a coordinated or joint command, a halt of the group's own operations told with two words between
@pytest.mark.parametrize("text, label", [
    ("In a recorded message, the Kassar Brotherhood said it had broken away from Jund al-Sahil, blaming its chief for killing traders.", "CHANGE_TO_GROUP_ACT"),
    ("Ending years of rivalry, the hill militias of Tolva province announced a joint coordinated command with one chief.", "CHANGE_TO_GROUP_ACT"),
    ("The Eastern Brigades declared a two-week suspension of their offensive operations so that elders could mediate in the valley.", "CHANGE_TO_GROUP_ACT"),
    # near miss: a prisoner who broke away from the guards and fled is no change to a group
    ("A prisoner broke away from the guards at Orsk court and guards shot him in the leg, police said.", "ATTACK"),
])
def test_acled_group_splits_commands_and_suspensions(text, label):
    assert rules_label(text) == label


# ATTRIB, ARREST (nineteenth session, labels of helper N): an accuser naming who launched or staged the attack is the
# claim; a state body saying its agents detained a journalist on a criminal charge, or its operatives arrested a commander, is the arrest (not the claim, not the crime)
@pytest.mark.parametrize("text, label", [
    ("On Tuesday the Velan defence ministry accused the Northern Front of launching the assault on a Tolva water plant, a charge the Front rejected.", "ATTRIB"),
    ("Security services in Lesk detained an opposition blogger on charges of tax fraud, which his lawyers called revenge for his reporting.", "ARREST"),
    ("The border agency said its operatives arrested two Eastern Brigades commanders near Tarvo, weeks after a gunfight with guards there.", "ARREST"),
    # near miss: a group saying its fighters carried out a raid keeps the claim
    ("The Eastern Brigades said their fighters had raided an army post near Tarvo.", "ATTRIB"),
])
def test_acled_accusers_and_state_detentions(text, label):
    assert rules_label(text) == label


# FORCE_AGAINST_PROTEST (nineteenth session, labels of helper V): pellets, birdshot or live rounds fired at a procession
# or mourners; a peaceful gathering told with people wounded or blinded by the force
@pytest.mark.parametrize("text, label", [
    ("Witnesses in Darel said border guards fired birdshot at a funeral procession for a slain farmer, wounding eleven mourners.", "FORCE_AGAINST_PROTEST"),
    ("Residents said a peaceful sit-in by tea pickers outside the Kovar estate ended when police charged it, blinding a young woman.", "FORCE_AGAINST_PROTEST"),
    # near miss: gunmen firing on a procession are the attack on civilians
    ("Gunmen sprayed bullets at mourners walking behind a coffin near Marek, killing six, officials said.", "ATTACK"),
])
def test_acled_force_on_processions_and_peaceful_gatherings(text, label):
    assert rules_label(text) == label


# OTHER (twentieth session, labels of helper N): gunfire or shooting reported with its origin left open or no details yet;
# a body found or a death whose cause the report leaves open ('died in the barracks of unknown causes', 'the cause of
# death was not established'): an unexplained incident, not a clash, an attack or the diplomatic fallback
@pytest.mark.parametrize("text, label", [
    ("Reports of heavy shooting in the Lomara market district tonight; its origin is unclear, residents say.", "OTHER"),
    ("09:15 - Shots ring out near the central bank in Port Kivo, witnesses say. No further details so far.", "OTHER"),
    ("A prison guard died at his post in Velen of unexplained causes, the ministry said.", "OTHER"),
    ("The body of a trader missing since May was pulled from a canal near Tarko; no cause of death was given by the coroner.", "OTHER"),
    ("Nine job seekers were found dead near the Tamsa crossing, left behind by people smugglers; the causes of their deaths are unknown.", "OTHER"),
    # near misses: the shooting told as fighting, or the dead told as shot, keep their labels
    ("Shooting erupted near the border post at Velka as soldiers fought smugglers; the cause is unknown.", "ARMED_CLASH"),
    ("Police in Ardan said two gunmen shot dead a trader; the motive remains unclear.", "ATTACK"),
])
def test_acled_unexplained_shooting_and_deaths(text, label):
    assert rules_label(text) == label


# DISR_WEAP, GOV_REGAINS_TERIT, NON_STATE_ACTOR_OVERTAKES_TER, ORG_CRIME (twentieth session, labels of helper V):
# mine clearance told in any tense with the ground between verb and devices; ground retaken told in the present; a
# takeover told as a noun ('the capture of X by', 'the militia takeover of X'); a headline place name followed by 'on' or
# 'near'; a place seized as its defenders fled is the takeover even when a base is set up there afterwards
@pytest.mark.parametrize("text, label", [
    ("Deminers working for a Danish charity report clearing 31 anti-tank mines and four IEDs from pasture near Dolvar this month.", "DISR_WEAP"),
    ("Update: Army engineers cleared the old canal road between Serat and Mavi of eight roadside bombs before dawn.", "DISR_WEAP"),
    ("Unexploded shells left by the fighting were removed from two clinics in Kasbar by a UN team, the mission said.", "DISR_WEAP"),
    ("Latest: Velan army units retake Orsk from the Northern Front, the ministry says; the rebels admit pulling out after drone strikes.", "GOV_REGAINS_TERIT"),
    ("Aid groups say the takeover of Tolvara by the Eastern Brigades rebels has cut the only road to the camps.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("A charity says the militia takeover of Dorsk town has emptied its two markets.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Flash: Northern Front rebels seize Marevo near the Kasar river, district officials say.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Officials in Velka said militants seized the customs post at Orsk after the guards fled, then set up a camp there.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    # near miss: sappers clearing mines in a town just retaken keep the territory
    ("The army said it had recaptured Dorsk from the rebels and sappers were clearing mines from its school.", "GOV_REGAINS_TERIT"),
])
def test_acled_clearance_present_retaking_and_takeover_nouns(text, label):
    assert rules_label(text) == label


# ATTACK, ORG_CRIME (twentieth session, labels of helper V): gang or cartel gunmen killing drivers, a family or a
# candidate are violence against civilians; gangs fighting over turf stay the crime report
@pytest.mark.parametrize("text, label", [
    ("Officers in Parvo said gang members gunned down three minibus drivers at a depot on Friday night.", "ATTACK"),
    ("Investigators said cartel hitmen killed four members of a family inside their farmhouse outside Ramela.", "ATTACK"),
    # near miss: a turf war between gangs keeps the crime label
    ("Two rival gangs fought over drug turf in Parvo overnight, leaving three dead, officers said.", "ORG_CRIME"),
])
def test_acled_gangs_killing_civilians(text, label):
    assert rules_label(text) == label


# PROTEST_WITH_INTER (twentieth session, labels of helper N): live-blog present tense and plurals of the state's hands on a
# gathering: people held during banned rallies or marches, a march the police stop, a crowd they encircle, people held as
# they try to march
@pytest.mark.parametrize("text, label", [
    ("Update: Lesk police now say 64 people, not 40, were detained during unauthorised rallies in three cities on Sunday.", "PROTEST_WITH_INTER"),
    ("10:20 - Riot police halt a procession of retired miners on the Orsk ring road and hold two union stewards.", "PROTEST_WITH_INTER"),
    ("Gendarmes in Tarvo encircle a crowd of farmers near the prefecture and detain eight of them.", "PROTEST_WITH_INTER"),
    ("Police in Kerrow arrest 15 nurses as they try to march on the health ministry.", "PROTEST_WITH_INTER"),
    # near miss: a leader held days after protests of an earlier week keeps the arrest
    ("Police in Lesk arrested an opposition spokesman on charges of organising last month's riots.", "ARREST"),
])
def test_acled_gatherings_held_in_present_tense(text, label):
    assert rules_label(text) == label


# ORG_CRIME, ARMED_CLASH (twenty-third session, rule share case23): two gangs or cartels fighting each other stay the crime
# report when the police are only the source ('officers said', 'a police spokesman told') or when both gangs are named
# side by side; a fight with the police themselves stays the armed clash
@pytest.mark.parametrize("text, label", [
    ("A police spokeswoman said two rival gangs fought outside a bus depot in Tarnby overnight, leaving two dead.", "ORG_CRIME"),
    ("Police officers said rival gangs clashed for hours in the docks of Velmora on Sunday.", "ORG_CRIME"),
    ("A shootout between the Greyhill and Sandport cartel gunmen killed five men near Ostrava Nueva, prosecutors said.", "ORG_CRIME"),
    ("Investigators said the Kestrel and Marlin gangs fought over the harbour's smuggling trade, leaving two dead.", "ORG_CRIME"),
    # near misses: the police as a side of the fight keep the armed clash
    ("Investigators said officers fought two rival gangs at a bus depot in Tarnby overnight.", "ARMED_CLASH"),
    ("A gun battle between police and Greyhill gang members killed four men near Ostrava Nueva.", "ARMED_CLASH"),
])
def test_acled_gang_fights_with_police_as_source(text, label):
    assert rules_label(text) == label


# ORG_CRIME (twenty-third session, rule share case23): a killing for an unpaid extortion fee is the racket's crime, whoever
# the victim is; an armed group's levy and a grenade keep their own labels
@pytest.mark.parametrize("text, label", [
    ("Two men on a scooter shot dead a Lorvik baker whose family would not keep paying the protection racket, investigators said.", "ORG_CRIME"),
    ("Street gang members gunned down three lorry drivers near Casmere for failing to pay extortion, the prosecutor said.", "ORG_CRIME"),
    # near misses
    ("Insurgents shot dead two shepherds near Harrat who refused to pay the group's tax, elders said.", "ATTACK"),
    ("Gang members hurled a grenade into a bakery in Lorvik after its owner refused to pay extortion.", "GRENADE"),
])
def test_acled_extortion_killings(text, label):
    assert rules_label(text) == label


# ABDUCT_DISSAP (twenty-fourth session, rule share case24): people whisked away, carried off or taken from their fields by
# bandits or gunmen are the codebook's abduction sub-event, not a crime report; cattle seized by bandits stay the crime
@pytest.mark.parametrize("text, label", [
    ("Armed bandits raided Tundun Wada hamlet in Sokoto overnight and whisked away nine farmers, including two girls, a councillor said.", "ABDUCT_DISSAP"),
    ("Bandits on motorbikes carried off eleven traders from a market near Dange late on Friday, residents said.", "ABDUCT_DISSAP"),
    ("Twelve herders were taken from their grazing fields near Maradun by bandits, a local chief told reporters.", "ABDUCT_DISSAP"),
    # near miss: livestock, not people
    ("Bandits seized 300 cattle from herders near Maradun on Friday, police said.", "ORG_CRIME"),
])
def test_acled_bandit_carry_off_abductions(text, label):
    assert rules_label(text) == label


# ORG_CRIME (twenty-fourth session, rule share case24): a killing that prosecutors or the police blame on a gang or a cartel is
# a third party's blame, not a claim of responsibility (ATTRIB); a state blaming rebels for an ambush stays ATTRIB
@pytest.mark.parametrize("text, label", [
    ("Prosecutors say the Velmar cartel has been blamed for the river murders of two ferry pilots at Quintera.", "ORG_CRIME"),
    ("Detectives in Linhares blamed the shooting of a bar owner on a local cartel.", "ORG_CRIME"),
    # near miss
    ("Officials in Tarrow blamed separatist fighters for yesterday's roadside bombing that wounded four guards.", "ATTRIB"),
])
def test_acled_killings_blamed_on_gangs(text, label):
    assert rules_label(text) == label


# Twenty-fifth session, rule share case25 (NON_STATE_ACTOR_OVERTAKES_TER).
# Bandits or a gang overrunning or occupying an army or police post, villages or hamlets: the non-state takeover, not a
# crime report; a gang robbing travellers stays the crime
@pytest.mark.parametrize("text, label", [
    ("Armed bandits overran a police outpost near Velgora hamlet on Friday and occupied the farmland around it, a councillor said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("A gang of cattle rustlers occupied four hamlets of the Dorrin area and began charging farmers a toll, residents said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    # near miss
    ("Police said the gang robbed travellers on the highway near Velgora.", "ORG_CRIME"),
])
def test_acled_bandits_overrun_posts_and_villages(text, label):
    assert rules_label(text) == label


# Non-state names that hold a state word ('Syrian Democratic Forces', a village defence group) and armed youths: the taker is
# non-state; government troops retaking a town from rebels stay the state's
@pytest.mark.parametrize("text, label", [
    ("On Friday the Syrian Democratic Forces seized Orrash village from Islamic State militants following two days of combat, their spokesman said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("A village defence group took control of Semba market town once a gunfight with jihadist occupiers ended, traders said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("An army outpost near Toloma was overrun by armed youths on Monday; four soldiers are missing.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    # near miss
    ("On Sunday army units recaptured Orrash village from rebel fighters.", "GOV_REGAINS_TERIT"),
])
def test_acled_non_state_names_with_state_words(text, label):
    assert rules_label(text) == label


# NON_VIOL_TERRIT_TRANSFER: a takeover after a deal, an agreement or an arrangement, or after the other side's negotiated
# withdrawal, is the non-violent transfer; a takeover after a ceasefire collapsed stays the non-state takeover
@pytest.mark.parametrize("text, label", [
    ("The Kolari Liberation Front took over the district offices of Vennar after a mediated deal under which the army withdrew its officials, local radio said.", "NON_VIOL_TERRIT_TRANSFER"),
    ("Government troops took control of the Harbeck barracks on Monday after an agreement with the militia that had held it.", "NON_VIOL_TERRIT_TRANSFER"),
    ("The national army moved into the Sorel airbase on Tuesday, ending a negotiated handover by the foreign garrison, a spokesman said.", "NON_VIOL_TERRIT_TRANSFER"),
    # near misses
    ("Rebels took control of Dunmore after the ceasefire collapsed, residents said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Insurgents took over the town of Pella after a week of fighting, officials said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_acled_takeover_after_a_deal(text, label):
    assert rules_label(text) == label


# DISR_WEAP: devices found and then got rid of ('detected and destroyed a roadside bomb', 'spotted a landmine ... and destroyed
# it'), or destroyed with a reduced relative ('destroyed 23 devices buried by'); a bomb planted and set off stays the explosion
@pytest.mark.parametrize("text, label", [
    ("Soldiers of the 4th brigade detected and destroyed a roadside bomb on the Meru-Kanza road on Thursday, the army said.", "DISR_WEAP"),
    ("Engineers destroyed 23 explosive devices buried by the insurgents along the canal track over three days, a military statement said.", "DISR_WEAP"),
    ("A patrol spotted a landmine on the track near Ossora and destroyed it in place, officials said.", "DISR_WEAP"),
    # near misses
    ("Militants detonated a bomb planted under a minibus in Kasso, killing four passengers.", "REM_EXPLOS"),
    ("A roadside bomb planted by insurgents exploded under a police truck near Ossora, wounding three officers.", "REM_EXPLOS"),
    # (no device found: a refinery discovered and destroyed stays the crime)
    ("Navy divers discovered and destroyed an illegal refinery near Okpara creek; two suspects were held.", "ORG_CRIME"),
])
def test_acled_devices_found_and_destroyed(text, label):
    assert rules_label(text) == label


# FORCE_AGAINST_PROTEST: protesters beaten by the police or troops with the harm named (broken bones, a coma, head wounds), or
# 'severe beatings by riot police': the excessive force, not the dispersal; a rally broken up with batons and protesters beating
# an officer keep their labels
@pytest.mark.parametrize("text, label", [
    ("Riot police clubbed marchers outside the labour ministry in Talvora on Monday, leaving four with broken arms and one in a coma, a union said.", "FORCE_AGAINST_PROTEST"),
    ("Demonstrators in Brekka described severe beatings by riot police after the rally was broken up on Saturday.", "FORCE_AGAINST_PROTEST"),
    # near misses
    ("Police beat protesters with batons to disperse a rally outside parliament in Talvora on Monday.", "PROTEST_WITH_INTER"),
    ("Protesters beat a police officer outside the town hall in Brekka, leaving him with a fractured skull, officials said.", "VIOL_DEMONSTR"),
])
def test_acled_protesters_beaten_with_serious_harm(text, label):
    assert rules_label(text) == label


# ---- case26 share (ACLED rule families for real-news wording) ----
# ABDUCT_DISSAP: a PERSON seized by an armed group or criminals ('bandits seized a district magistrate', 'a surveyor was seized by
# armed separatists'), in either voice; a PLACE seized by the same actors stays the takeover, bandits alone stay the crime
@pytest.mark.parametrize("text, label", [
    ("Bandits seized a visiting district magistrate near Tanvo junction on Friday after firing on her convoy, residents said.", "ABDUCT_DISSAP"),
    ("Armed separatists seized three nurses returning from a rural clinic outside Mbelle on Wednesday, a health official said.", "ABDUCT_DISSAP"),
    ("A Korean surveyor was seized by Maoist rebels in the Orvan hills on Sunday, the provincial police chief said.", "ABDUCT_DISSAP"),
    ("Sea robbers climbed aboard a cargo ship off Kalmo island overnight and made off with six sailors, the shipping line said.", "ABDUCT_DISSAP"),
    ("Pirates climbed aboard a cargo ship off Kalmo island overnight and made off with six sailors, the shipping line said.", "ABDUCT_DISSAP"),
    # near misses
    ("Gang members seized the Dorvane police station after officers abandoned it on Monday, a local official said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Bandits robbed traders of their goods on the Tanvo road on Friday, residents said.", "ORG_CRIME"),
])
def test_acled_person_seized_is_an_abduction(text, label):
    assert rules_label(text) == label


# ---- case27 share (ACLED rule families for real-news wording, twenty-seventh session) ----
# MOB_VIOL: the crowd itself the killer ('a crowd fell on a trader it accused ..., killing him', 'beaten to death by a mob'),
# no state force firing or beating: the mob's violence, not force against a gathering; troops firing on a crowd stay the force
@pytest.mark.parametrize("text, label", [
    ("A furious crowd set upon a young herdsman it suspected of stealing a goat in the Dalvo market, killing him, a district officer said on Tuesday.", "MOB_VIOL"),
    # near miss
    ("Soldiers opened fire on a crowd marching to the governor's office in Dalvo on Tuesday, killing three demonstrators, a rights group said.", "FORCE_AGAINST_PROTEST"),
])
def test_acled_crowd_as_the_killer_is_mob_violence(text, label):
    assert rules_label(text) == label


# PROPERTY_DISTRUCT: the leaving side looting or stripping a place before it goes ('fighters looted the clinic before withdrawing'):
# the looting is the event, not the ground changing hands (shared group looted_before_leaving); a plain withdrawal stays the transfer
@pytest.mark.parametrize("text, label", [
    ("Militia fighters looted generators and medicines from the clinic in Kavuma before withdrawing from the town on Sunday without any clashes, a relief agency reported.", "PROPERTY_DISTRUCT"),
    # near miss
    ("The rebels pulled out of Kavuma on Monday and government troops moved in without a fight, officials said.", "NON_VIOL_TERRIT_TRANSFER"),
])
def test_acled_looted_before_leaving_is_property_destruction(text, label):
    assert rules_label(text) == label


# ---- case28 share (ACLED rule families for real-news wording, twenty-eighth session) ----
# NON_STATE_ACTOR_OVERTAKES_TER: a base or town overrun or taken control of and its arms carried off in the same account
# ('overran the garrison and seized rifles'): the takeover is the event, the weapons its spoils, not a weapons disruption;
# a raid that only seizes arms stays the disruption
@pytest.mark.parametrize("text, label", [
    ("Insurgents of the Zorvak Front overran the army outpost at Belinde on Friday night and seized machine guns and ammunition, a district chief said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    # near miss
    ("Gendarmes searched a farmhouse outside Belinde on Friday and seized twelve rifles and a box of grenades, the prosecutor said.", "DISR_WEAP"),
])
def test_acled_arms_taken_with_a_base_are_the_takeover(text, label):
    assert rules_label(text) == label


# NON_STATE_ACTOR_OVERTAKES_TER: armed men take a town or its police post and free the inmates on the way ('seized the town
# of X, freeing inmates', 'took over the police station and freed the prisoners'): the takeover, not a jailbreak (OTHER);
# a prison stormed to free inmates, with no ground taken, stays the jailbreak
@pytest.mark.parametrize("text, label", [
    ("Armed men of the Bakoro brigade seized the town of Ventille before dawn on Thursday, freeing 40 inmates from its jail, and shopkeepers shuttered their stalls, a councillor said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    # near miss
    ("Gunmen stormed the Ventille prison before dawn on Thursday and freed about 200 inmates, the justice ministry said.", "OTHER"),
])
def test_acled_town_taken_with_inmates_freed_is_the_takeover(text, label):
    assert rules_label(text) == label


# ---- case29 share (ACLED rule families for real-news wording, twenty-ninth session) ----
# Territory routing: a participle clause (', scattering the militia and taking ...', ', dodging the patrols, captured')
# has no subject of its own: the actor it names is its object, the taker is the subject before it
@pytest.mark.parametrize("text, label", [
    ("Marines of the coastal command landed north of Tavra on Monday, scattering the separatist militia and taking the port of Elm.", "GOV_REGAINS_TERIT"),
    ("Insurgent columns swept across the plain overnight, scattering the police and seizing the county seat of Berek.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Rebel fighters, dodging the army patrols, captured the hill town of Ossan on Friday.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    # near miss: an 'including' part is not a participle clause of the taker
    ("Soldiers, including militia fighters, captured the hill town of Ossan on Friday.", "GOV_REGAINS_TERIT"),
])
def test_acled_participle_clause_names_the_object_not_the_taker(text, label):
    assert rules_label(text) == label


# GOV_REGAINS_TERIT / NON_STATE_ACTOR_OVERTAKES_TER: ground taken with the air arm told after the capture as its help ('with
# air cover', 'after days of airstrikes', 'air strikes preceded the assault'): the takeover, not the air strike;
# jets bombing positions with no ground taken stay the air strike
@pytest.mark.parametrize("text, label", [
    ("Loyalist brigades recaptured the oil port of Zeyt from the eastern militia with heavy Turkish air cover, officials said.", "GOV_REGAINS_TERIT"),
    ("Army units took the town of Marda from the insurgents on Sunday after days of airstrikes by the air force on their positions.", "GOV_REGAINS_TERIT"),
    ("The border guards said the hamlet of Oresk was retaken at noon; drone strikes had preceded the assault.", "GOV_REGAINS_TERIT"),
    # near miss
    ("Jets bombed rebel positions near Zeyt on Sunday, killing twelve fighters, the army said.", "AIR_STRIKE"),
])
def test_acled_ground_taken_with_air_support_is_the_takeover(text, label):
    assert rules_label(text) == label


# (review mend) the participle test reads a lower-case -ing word: a name ending in -ing after a comma ("Kunming-trained
# insurgents", "Wyoming militiamen") opens the taker's part, not a participle clause
def test_acled_a_name_ending_in_ing_is_not_a_participle_clause():
    text = "The army garrison held out for a week, Kunming-trained insurgents then seized the county seat of Berek."
    assert rules_label(text) == "NON_STATE_ACTOR_OVERTAKES_TER"


# (session p30: non-state takeovers routed to the state) the speaker is not the taker: "the front said its soldiers
# seized ..." are the front's men; a speaker that acknowledges or denies the loss does not take the ground; a side set
# apart with "not" ("the committee, not the police, took ...") is not the subject; '... Alliance Army' names and forces
# loyal to a commander or warlord are non-state
@pytest.mark.parametrize("text, label", [
    ("The Ogaden Liberation Front said its soldiers seized the market town of Qorahay on Friday after a short firefight.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("A spokesman for the army acknowledged that the insurgents had captured the district centre of Barwaqo.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("A village defence committee, not the police, took control of the market district of Ruvuma after a gunfight with raiders.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("The Kuma People's Alliance Army seized the river port of Dorvan after the garrison commander was killed, residents said.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Troops loyal to the renegade commander Osman Garre captured the airfield at Belet Hawo on Monday after a clash with police.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    # near misses: the state's own men, and troops loyal to the government
    ("Brigade commanders stated late in the week that their soldiers had captured the rebel stronghold of Tumbo.", "GOV_REGAINS_TERIT"),
    ("Troops loyal to the government captured the airfield at Belet Hawo on Monday after a clash with rebels.", "GOV_REGAINS_TERIT"),
])
def test_acled_speaker_and_its_own_men_are_not_the_state(text, label):
    assert rules_label(text) == label


# Review mend, p30: "its/their troops" takes the SPEAKER of its own sentence, never the sentence before a full stop
def test_acled_their_fighters_after_a_full_stop_are_not_the_previous_sentences_actor():
    text = ("Army units pulled out of the valley overnight. Their fighters then seized the hill town of Moru, "
            "a spokesman for the Kavu Liberation Front said.")
    assert rules_label(text) != "GOV_REGAINS_TERIT"


# Case session 31 share: a takeover told with its context must not read as a change to a group's activity:
# 'sent thousands fleeing' is people driven out (no force sent), the other side's unilateral halt after the ground was
# taken, and courts set up by a group that has just driven out the garrison
@pytest.mark.parametrize("text, label", [
    ("Residents said the rebels' capture of the river port of Kalundi had sent thousands of families fleeing to the hills.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Separatist fighters captured Tarosi, a hill town, on Friday as the defence ministry declared a unilateral truce.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Jihadists overran the market town of Gerbo at dawn and set up their own courts there, traders said.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_acled_takeover_with_its_context_is_the_takeover(text, label):
    assert rules_label(text) == label


# (same share) 'sent 40 workers to hospital' is people hurt, not a force sent
def test_acled_sent_to_hospital_is_no_force_sent():
    text = "Smoke from a smouldering tyre dump near Tarnow sent 40 residents to hospital on Monday, the fire service said."
    assert rules_label(text) != "CHANGE_TO_GROUP_ACT"


# near misses: troops really sent, a unilateral truce told on its own, a group setting up courts where it already ruled
@pytest.mark.parametrize("text", [
    "The interior ministry sent hundreds of extra troops to the border district of Kalundi on Tuesday.",
    "The Mbeya Liberation Front declared a unilateral truce on Friday for the harvest season.",
    "The militants set up their own courts in the villages around Gerbo to settle land disputes, traders said.",
])
def test_acled_change_to_group_without_a_takeover_stays(text):
    assert rules_label(text) == "CHANGE_TO_GROUP_ACT"


# Case session 31b share: the defenders surrendering (or pulling out or surrendering) as ground is captured is how it
# fell: the takeover is the event, not an agreement
@pytest.mark.parametrize("text", [
    "Insurgents of the Northern Ridge Front captured the river crossing at Malbek on Wednesday after a night of fighting, "
    "a district official said, adding that some 60 gendarmes had surrendered and were sent home.",
    "Fighters of the Kessala People's Army took control of Orvin, a market town, late on Saturday, the group said; "
    "the border guards posted there withdrew or surrendered to the militia.",
])
def test_acled_surrender_during_takeover_is_the_takeover(text):
    assert rules_label(text) == "NON_STATE_ACTOR_OVERTAKES_TER"


# near misses: a surrender under an amnesty, or on its own, stays an agreement
@pytest.mark.parametrize("text", [
    "Some 120 fighters of the Kessala People's Army have surrendered to the authorities in Orvin, the governor said.",
    "Rebels who captured the hills above Malbek last year surrendered to the army under an amnesty deal on Monday.",
])
def test_acled_surrender_without_takeover_stays_agreement(text):
    assert rules_label(text) == "AGREEMENT"


# (same share) 'held' as the takeover's verb only in a capture context: after storming or pushing in, or held after
# overwhelming a post
@pytest.mark.parametrize("text", [
    "Fighters of the Dorvan Liberation Movement stormed and held the tin-mining settlement of Kavesh on Monday, the movement said.",
    "Militants of the Eastern Crescent Brigade briefly held part of the town of Sorrel on Friday after overwhelming a police "
    "checkpoint, officials said.",
])
def test_acled_held_after_capture_is_the_takeover(text):
    assert rules_label(text) == "NON_STATE_ACTOR_OVERTAKES_TER"


# near misses: a building stormed and people held hostage; a town simply held
@pytest.mark.parametrize("text", [
    "Two masked men seized a Kavesh pharmacy on Monday and held the cashiers hostage for six hours, police said.",
    "The rebels of the Dorvan Liberation Movement have held the town of Kavesh since 2019.",
])
def test_acled_held_without_capture_is_no_takeover(text):
    assert rules_label(text) != "NON_STATE_ACTOR_OVERTAKES_TER"


# (same share) the place taken may follow an owner's name ('seized the army's river base', 'take Kessel's airport')
@pytest.mark.parametrize("text", [
    "Fighters of the Ostrava Front seized the navy's main river base near Kessel on Friday after a two-day siege, the front said.",
    "The Ostrava Front said its fighters took Kessel's northern army headquarters on Sunday.",
])
def test_acled_place_after_an_owner_is_taken(text):
    assert rules_label(text) == "NON_STATE_ACTOR_OVERTAKES_TER"


# near miss: an owner's goods seized are no ground taken
def test_acled_owner_goods_seized_is_no_takeover():
    text = "Customs officers seized the smuggler's two trucks of cigarettes near Kessel on Friday."
    assert rules_label(text) not in ("NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT")


# (same share) forces sent after ground was taken, the takeover told first, are the response to it: the takeover is the news
def test_acled_reinforcements_after_takeover_is_the_takeover():
    text = ("Fighters of the Velmar Patriotic Union took the garrison town of Orsk in the eastern hills after engaging an army unit, "
            "their commander said. Velmar's war office replied that it had sent reinforcements from the capital.")
    assert rules_label(text) == "NON_STATE_ACTOR_OVERTAKES_TER"


# near miss: forces sent with no ground taken before stay a change of group activity
def test_acled_reinforcements_without_takeover_stay_change():
    text = ("Velmar's war office sent reinforcements from the capital to the eastern hills around Orsk, "
            "where insurgents have been active.")
    assert rules_label(text) == "CHANGE_TO_GROUP_ACT"


# --- thirty-second session, protest-family share (case32_rules): force against protesters ---
# peaceful protesters beaten or attacked with sticks, rods or batons by the police or their auxiliaries (party cadres,
# thugs, plain-clothes men), many sent to hospital: excessive force, not the dispersal, a peaceful protest or a mob
@pytest.mark.parametrize("text", [
    "Officers clubbed teachers marching for back pay in Harare with batons, hospitalising nine, the union said.",
    "Plainclothes men attacked a student vigil with machetes and clubs in Bamako, wounding thirty, organisers said.",
    "Nurses marching for unpaid wages were clubbed with batons and iron rods by gendarmes in Conakry; fourteen were hospitalised.",
    "Gendarmes and ruling party cadres attacked striking teachers with clubs and metal pipes outside the education ministry in "
    "Conakry, injuring over 60 teachers, the union said.",
])
def test_acled_protesters_beaten_into_hospital_is_excessive_force(text):
    assert rules_label(text) == "FORCE_AGAINST_PROTEST"


# near misses: batons used to push a march back with people detained stay the intervention; strikers who stone the
# police and are then beaten stay the violent demonstration (the not-list's stones)
def test_acled_batons_and_detentions_stay_intervention():
    text = "Officers pushed back teachers marching for back pay in Harare with batons, detaining nine, the union said."
    assert rules_label(text) == "PROTEST_WITH_INTER"


def test_acled_strikers_stoning_police_stay_violent_demonstration():
    text = ("Protesters in Tema threw stones at the police, who beat them with batons, hospitalising fifteen, "
            "the port authority said.")
    assert rules_label(text) == "VIOL_DEMONSTR"


# --- thirty-second session, rules share (case32b_rules): a violent crowd with a grievance is a violent demonstration ---
# a crowd whose riot, price or vote grievance, party allegiance or party-office target is told attacks or burns things:
# a violent demonstration, not the mob's violence (the MOB_VIOL rule's not-list; 'set upon' a VIOL_DEMONSTR cue)
@pytest.mark.parametrize("text", [
    "Opposition supporters set upon the offices of the Unity Party in Velna with iron bars, wounding two clerks.",
    "A crowd in Kerovo stoned a fuel depot and beat two guards after fuel prices doubled overnight.",
    "Young men hurled stones at buses and torched a ticket kiosk in Marrow Heights in a third night of rioting, a resident said.",
    "A crowd in Ostrava North attacked a polling station with sticks, shouting that the election results were a fraud.",
])
def test_acled_violent_crowd_with_grievance_is_violent_demonstration(text):
    assert rules_label(text) == "VIOL_DEMONSTR"


# near miss: a crowd beating a suspected thief to death stays the mob's violence even when the town is in unrest
def test_acled_crowd_lynching_a_thief_stays_mob_violence():
    text = ("Amid weeks of unrest in Dorvik, villagers cornered a man they took for a goat thief near the well and "
            "beat him to death with sticks.")
    assert rules_label(text) == "MOB_VIOL"


# a crowd falling on a faith community's homes or shops after a rumour, or on a man it accuses of theft, with no protest
# or riot told, is not a violent demonstration (the VIOL_DEMONSTR rule's not-list; the mob rule does not yet catch every wording)
def test_acled_communal_crowd_is_not_violent_demonstration():
    text = ("The crowd turned on Ahmadi houses in the quarter, torching a dozen of them, after accusations that a "
            "shopkeeper had desecrated a shrine.")
    assert rules_label(text) != "VIOL_DEMONSTR"


# --- thirty-second session, rules share (case32c_rules): force turned on peaceful or unarmed protesters ---
# the state's fire turned on people told as peaceful or unarmed is excessive force even when officials speak of
# 'rioters' or 'clashes' afterwards (the FORCE_AGAINST_PROTEST rule's first not-pattern counts the crowd's violence only
# when told before that force)
@pytest.mark.parametrize("text", [
    "Gendarmes fired live rounds at unarmed herders marching to the prefecture in Tessoral, killing four; the interior "
    "minister blamed rioters for the deaths.",
    "Soldiers opened fire on peaceful teachers protesting outside the education office in Brenmoor, wounding eleven; the "
    "district commander later described clashes with agitators.",
])
def test_acled_fire_on_peaceful_protesters_despite_official_rioters_is_excessive_force(text):
    assert rules_label(text) == "FORCE_AGAINST_PROTEST"


# near miss: the crowd's violence told first keeps the violent demonstration
def test_acled_protesters_stoning_police_before_fire_stays_violent_demonstration():
    text = ("In Kessel Row the students pelted the constables with bricks for an hour before officers fired on the "
            "peaceful-looking crowd at dusk, a witness said.")
    assert rules_label(text) != "FORCE_AGAINST_PROTEST"


# a 'march' named is a protest: a march fired on is not taken for a crowd without a protest when the army speaks of
# militants or terrorists (the rule's no-protest-word exclusion)
def test_acled_march_fired_on_with_army_speaking_of_terrorists_is_excessive_force():
    text = ("Troops shot into a quiet march by fishermen in Port Alvar calling for fuel subsidies, killing three; "
            "the army said terrorists had infiltrated the crowd.")
    assert rules_label(text) == "FORCE_AGAINST_PROTEST"


# protesters beaten by the police and their auxiliaries with the harm named, told in longer words: the beaters named at
# length before the verb, the passive with beaters and place between the beating and the hospital, a 'gathering' as the
# protest (the FORCE_AGAINST_PROTEST rule's beating patterns and its protest words)
@pytest.mark.parametrize("text", [
    "Riot police, helped by youth wing members of the ruling party, attacked striking dockworkers with iron bars at the "
    "Kalva terminal, injuring over 40.",
    "Nurses demanding unpaid wages were beaten with canes and batons by officers and plain-clothes men outside the health "
    "ministry in Ostrel's old town; more than 30 were hospitalised.",
    "Police clubbed a peaceful gathering of pensioners with truncheons in Varsk; six were hospitalised with head wounds.",
])
def test_acled_protesters_beaten_by_police_and_auxiliaries_longer_wording_is_excessive_force(text):
    assert rules_label(text) == "FORCE_AGAINST_PROTEST"


# the state's live fire turned on protest marches (the plural), live ammunition used to scatter a protest, a protest
# violently broken up with deaths told (the FORCE_AGAINST_PROTEST rule's fire, dispersal and crackdown cues)
@pytest.mark.parametrize("text", [
    "Gendarmes shot at the rival student marches in Lorvel on Tuesday; the university counted nine dead.",
    "In Pemsa the gendarmerie used live fire to disperse a march of unpaid miners.",
    "Eleven people died in Harwick when militia units violently broke up the teachers' sit-in at the ministry.",
])
def test_acled_live_fire_on_marches_or_violent_dispersal_is_excessive_force(text):
    assert rules_label(text) == "FORCE_AGAINST_PROTEST"


# a crowd of civilians punishing someone it accuses (of theft, sorcery, spying for an armed group: the group is only the
# charge), or falling on a faith community after a rumour: mob violence, not an attack, crime or looting (the second
# MOB_VIOL rule); armed men or soldiers doing the burning stay an attack
@pytest.mark.parametrize("text", [
    "Villagers in Tembor killed a herdsman they accused of stealing two goats, and a militia from his clan vowed "
    "revenge, elders said.",
    "Displaced people at the Kesaro site attacked a trader they accused of informing for the rebels; he died of "
    "his wounds.",
    "Residents of Ulvik burned a suspected gang member alive after stopping his motorbike at a barrier.",
    "Mourners leaving the cemetery in Dravo turned on Sikh-owned shops, torching eleven of them, after rumours that a "
    "shopkeeper had mocked the dead man.",
    "Two elderly women accused of sorcery were killed by crowds in the hamlet of Orrin on Sunday, and troops "
    "were sent.",
])
def test_acled_crowd_punishing_the_accused_or_a_faith_community_is_mob_violence(text):
    assert rules_label(text) == "MOB_VIOL"


# people herded or locked into a building that is then set on fire are burned with it: the attack on them, not mob
# violence nor property destruction (the herded_into_a_fire cue of ATTACK and exclusion of PROPERTY_DISTRUCT)
@pytest.mark.parametrize("text", [
    "Soldiers herded villagers in Pelmor into a barn and set fire to it, in reprisal against a community accused of "
    "sheltering rebels, survivors said.",
    "Militiamen locked a family inside their house near Orrel and torched it, neighbours said.",
])
def test_acled_soldiers_burning_villagers_accused_of_helping_rebels_stay_an_attack(text):
    assert rules_label(text) == "ATTACK"


# armed men who burn homes and also shoot, kill or behead people: the attack on civilians, the burning being part of it
# (the people_hurt_too exclusion of the PROPERTY_DISTRUCT rules); burning alone, or a toll recalled from an earlier
# event, stays property destruction
@pytest.mark.parametrize("text", [
    "Raiders on horseback set fire to huts in Kello and shot fleeing women and children, elders said.",
    "Militia torches hamlet, kills 14 near Varro - fighters looted the grain stores before leaving.",
    "Armed men stormed Ossu village after dark; some 22 villagers were killed and the dispensary was looted.",
    # (the broad rule's own exclusion names the killing verbs too: 'murdered', 'hacked to death')
    "Gunmen torched the market in Abri and murdered the night guard.",
    "Raiders burned the granary at Tosso and hacked to death two herders.",
])
def test_acled_burning_with_people_killed_is_an_attack(text):
    assert rules_label(text) == "ATTACK"


@pytest.mark.parametrize("text", [
    "Tension has run high in Dorrin since March, when 40 people were killed. On Friday night unknown men torched "
    "nine empty houses in the valley, police said.",
    "Gunmen burned 30 houses in the village of Lessa on Sunday; no one was killed because villagers had fled.",
])
def test_acled_burning_alone_or_with_an_old_toll_stays_property_destruction(text):
    assert rules_label(text) == "PROPERTY_DISTRUCT"


# ground taken in the lead by more verbs (reoccupied, wrested, took back, took control of, overran, drove the fighters
# from a place), with the strikes, shells, mines or arms told after it as its means or spoils: the territory event, not
# the weapon (the ground_taken_in_lead TERRITORY rule and DISR_WEAP exclusion); the taker decides the label
@pytest.mark.parametrize("text, label", [
    ("Government troops reoccupied Varnu on Friday after the insurgents abandoned their trenches under artillery fire, "
     "the army said.", "GOV_REGAINS_TERIT"),
    ("The army announced that soldiers had taken back Kessel from the rebels, adding that mines left behind were being "
     "cleared.", "GOV_REGAINS_TERIT"),
    ("Jihadist fighters take over Dorsa camp - the militants said they seized rifles and trucks from the base.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Rebel fighters wrested the town of Ostra from government forces after four days of fighting; warplanes bombed "
     "the outskirts afterwards.", "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_acled_ground_taken_in_the_lead_outranks_the_weapons_told_after_it(text, label):
    assert rules_label(text) == label


# not ground: a hostage who regained freedom, sappers who cleared mines from a road, a gang in control of a mine or a
# studio, looting before a place was retaken, strikes told before the takeover
@pytest.mark.parametrize("text", [
    "A surveyor kidnapped near Pell last month has regained freedom, police said, without saying if a ransom was paid.",
    "Army sappers cleared 14 buried mines from the Ravo highway on Tuesday, the engineering corps said.",
    "Gang members took control of a radio studio in Marrow during a live show; police freed the staff.",
    "Soldiers looted homes and drove off cattle from farms near Lusk before the district was retaken, "
    "prosecutors said.",
    "Warplanes struck rebel positions around Tarn on Monday, two days after the insurgents overran the town.",
])
def test_acled_not_ground_taken_in_the_lead(text):
    assert rules_label(text) not in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER")


# a new base, barracks, post or checkpoint named with its owner or kind and set up, built or inaugurated, a roadblock
# erected or installed, a cantonment site established: a base established (the HQ_ESTABLISHED rule's new-base cues);
# a gang's roadblock merely set up for tolls, and a fight over a post being built, are not
@pytest.mark.parametrize("text", [
    "A new coast guard base was inaugurated on Tarsa island on Friday, the defence ministry said.",
    "Monitors reported the establishment of two new army checkpoints by government troops on the road to Velm.",
    "Militiamen loyal to the governor installed a permanent roadblock at the Oss bridge and collected fees from "
    "traders.",
    "Rebel units established a cantonment site near Harro under the security arrangements, the mission said.",
])
def test_acled_new_base_post_or_roadblock_set_up_is_hq_established(text):
    assert rules_label(text) == "HQ_ESTABLISHED"


@pytest.mark.parametrize("text", [
    "Members of a street gang set up roadblocks in the Lanno district to collect tolls and robbed motorists.",
    "Border guards of the two countries exchanged heavy fire at the Pella crossing, a dispute over the "
    "construction of a "
    "new post on the frontier.",
])
def test_acled_gang_roadblock_or_fight_over_a_post_is_not_hq_established(text):
    assert rules_label(text) != "HQ_ESTABLISHED"


# a device that went off and hurt people, told with the harm first, the day between, or the one who set it off, is the
# explosion even where deminers or bomb-disposal men are named after it (the DISR_WEAP harm exclusions); a booby-trapped
# building dismantled and ordnance removed are the disruption
@pytest.mark.parametrize("text, label", [
    ("A shepherd lost a leg when an old anti-tank mine exploded in a pasture near Drell; deminers were sent the next "
     "day.", "REM_EXPLOS"),
    ("A parcel bomb addressed to the mayor of Ostry exploded when a clerk opened it, the bomb disposal unit said.",
     "REM_EXPLOS"),
    ("Mine explosion on the Varn road hits a farm truck; 2 labourers killed. Demining teams deployed.", "REM_EXPLOS"),
    ("Army engineers dismantled a booby-trapped school in Kell before families were allowed back.", "DISR_WEAP"),
    ("The engineering brigade announced the removal of unexploded ordnance and booby traps from homes in Tash.",
     "DISR_WEAP"),
])
def test_acled_explosion_that_hurt_people_versus_devices_made_safe(text, label):
    assert rules_label(text) == label


# a captive's release reported as the news (announced, hostages kidnapped earlier who 'have been freed', a kidnapped
# soldier handed to mediators, hostages' bodies handed back): the codebook's other development, not the abduction (the
# second release rule of OTHER); some of the captives only, or others still held, keep the abduction
@pytest.mark.parametrize("text", [
    "A rebel spokesman announced the release of a kidnapped nurse in the Tarro hills, without giving conditions.",
    "Police confirmed that 11 hostages kidnapped from a bus near Ullo have been freed and reunited with their "
    "families.",
    "A policeman abducted by guerrillas in Vessa was handed over to a commission of church elders on Monday.",
    "The militia released the bodies of two hostages on Friday through the Red Cross.",
])
def test_acled_captives_released_as_the_news_is_other(text):
    assert rules_label(text) == "OTHER"


@pytest.mark.parametrize("text", [
    "A commander said that four of the 15 guards abducted by militants at the Dera post have been released.",
    "The army announced the release of a kidnapped teacher in Mabo, but the others remain in captivity.",
])
def test_acled_partial_release_or_others_still_held_is_not_other(text):
    assert rules_label(text) != "OTHER"


# a ground fight told first, the heavy weapons after it as its means or a sound heard, is the armed clash (the
# exchanges_of_fire exclusion of the artillery rules); an artillery duel across a line, or one side only lobbing shells,
# stays the artillery attack
@pytest.mark.parametrize("text, label", [
    ("Militiamen of two rival clans fought with machine guns and mortars around the Kesso market on Friday, forcing "
     "hundreds to flee.", "ARMED_CLASH"),
    ("Government troops and rebels clashed overnight on the edge of Varra, a monitor said, while artillery could "
     "be heard "
     "from the highway.", "ARMED_CLASH"),
    ("The two armies exchanged artillery fire across the border near Polk, killing a farmer on one side, "
     "officials said.",
     "ART_MISS_ATTACK"),
    ("Officials called it a clash, but only one side fired: insurgents lobbed mortar shells into the base and no "
     "troops returned fire.", "ART_MISS_ATTACK"),
])
def test_acled_ground_fight_with_heavy_weapons_versus_artillery_attack(text, label):
    assert rules_label(text) == label


# shells, rockets or mortars told as the event beside an air strike told as another one (earlier, later, separate, only
# considered) or a mistaken report: the artillery attack, not the air strike (the AIR_STRIKE exclusion)
@pytest.mark.parametrize("text", [
    "Tank shells hit a school shelter in Dorro, wounding nine; a second air raid there came an hour later.",
    "Artillery fire hit homes in Sella on Monday, killing three civilians; an earlier airstrike the same week "
    "hit a bakery.",
    "Residents spoke of a drone, but crater analysis showed a mortar round fired from the hills above Varn.",
])
def test_acled_shelling_beside_another_air_strike_is_artillery(text):
    assert rules_label(text) == "ART_MISS_ATTACK"


# a detention no authority owns (nobody acknowledges holding the man, no court has seen him, nobody will say where he is
# held, taken to an unknown location, no detention registered): the codebook's forced disappearance, not an arrest
# (the abduction_words exclusion of the ARREST rules and the ABDUCT_DISSAP cue); an arrest with a court date stays one
@pytest.mark.parametrize("text", [
    "Police in Sarno detained a blogger at his flat on Monday without a warrant, and he has not appeared before "
    "any judge since, his family said.",
    "Militiamen detained and took to an unknown location a schoolteacher from the village of Orra, a monitor said.",
    "Officers from the capital's security unit detained a union organiser; his family has had no news of him since.",
    "Gunmen said they had 'arrested' the surveyor for spying, but no one knows where he is held.",
])
def test_acled_detention_no_authority_owns_is_a_disappearance(text):
    assert rules_label(text) == "ABDUCT_DISSAP"


# a person taken or held at a secret place, or a detention nobody admits, is the disappearance; a meeting held or goods
# moved to a secret place, or funds nobody confirms having received, are not (the shared unowned_detention pattern)
@pytest.mark.parametrize("text", [
    "Gunmen took the engineer to an unknown location, his family said.",
    "The activist was held at a secret place for a week before his release.",
    "Nobody admits holding the three activists detained in Morr last week.",
])
def test_acled_person_taken_to_a_secret_place_is_a_disappearance(text):
    assert rules_label(text) == "ABDUCT_DISSAP"


@pytest.mark.parametrize("text", [
    "Negotiators from both parties met at a secret location outside Varn on Monday.",
    "The ballot boxes were moved to a secret location.",
    "No agency has confirmed having received the relief funds.",
    "The talks were held at a secret location near Varn.",
])
def test_acled_meeting_or_goods_at_a_secret_place_is_no_disappearance(text):
    assert rules_label(text) != "ABDUCT_DISSAP"


def test_acled_arrest_with_a_court_date_stays_an_arrest():
    text = ("Police in Sarno arrested a blogger on Monday and he will appear before a magistrate on Friday, his "
            "lawyer said.")
    assert rules_label(text) == "ARREST"


# a work of people that failed with the weather or a ward's patients only its setting (a crane toppled in a storm, a
# boat capsized in high winds, an oxygen cylinder that blew up in a COVID ward): the man-made disaster, not the natural
# one (the NATURAL_DISASTER exclusion); a quake that brought a bridge down stays natural
@pytest.mark.parametrize("text, label", [
    ("A crane collapsed onto a market hall in Penn during a storm, killing 12 people, officials "
     "said.", "MAN_MADE_DISASTER"),
    ("A fire swept through the COVID ward of the Vessel Street hospital in Tamsk after an oxygen cylinder exploded, "
     "killing 20 patients.", "MAN_MADE_DISASTER"),
    ("An overloaded ferry capsized in strong winds on Lake Orm, leaving nine passengers dead, marine police said.",
     "MAN_MADE_DISASTER"),
    ("A magnitude 6.4 earthquake struck the Varda valley, and a bridge collapsed onto the highway, killing four.",
     "NATURAL_DISASTER"),
])
def test_acled_work_of_people_failing_in_bad_weather_is_man_made(text, label):
    assert rules_label(text) == label


# ground handed to another side, the place named at length or by its kind and the receiver after it, or in the passive:
# the non-violent transfer (the NON_VIOL_TERRIT_TRANSFER handover cues); a handover only promised, or a suspect handed
# to the police, is not
@pytest.mark.parametrize("text", [
    "The regional mission said its troops had handed the forward operating base at Kesso in the Tarn valley to the "
    "national army.",
    "An armed group handed the Orvi airport over to the interior ministry's police, officials said.",
    "The peacekeepers closed their camp at Dalla and the facilities were handed to the army, the mission said.",
])
def test_acled_ground_handed_to_another_side_is_a_non_violent_transfer(text):
    assert rules_label(text) == "NON_VIOL_TERRIT_TRANSFER"


@pytest.mark.parametrize("text", [
    "A militia in Pell said it would stand down and hand over its checkpoints to the police from next month.",
    "Soldiers detained a fuel smuggler in the town of Irro; the man was then handed over to local police.",
    # (a place word earlier in the clause is no subject of the passive)
    "The suspect, arrested in the port area, was handed over to police.",
])
def test_acled_promised_handover_or_suspect_handed_over_is_not_a_transfer(text):
    assert rules_label(text) != "NON_VIOL_TERRIT_TRANSFER"


# a place handed over in the passive, its name right before the verb, stays a transfer; a person handed to the police in
# one sentence and an army named in the next is at most the broad 'handed over' cue: no specific handover cue reaches
# across the full stop
def test_acled_place_handed_over_in_the_passive_is_a_transfer():
    assert rules_label("The Tovo airfield was handed back to the army on Friday.") == "NON_VIOL_TERRIT_TRANSFER"


@pytest.mark.parametrize("text", [
    "The boy was handed over to police. The town council later appealed to the army for help.",
    "Two herders were handed over to the gendarmes at Orsa. The district office later asked the government for aid.",
])
def test_acled_handover_cues_do_not_cross_a_full_stop(text):
    assert acled.acled_scores(text).get("NON_VIOL_TERRIT_TRANSFER", 0) <= acled.broad_score_ceiling()


# a missile or rocket fired by one side that hit, struck or destroyed its target, told by its launcher and its effect:
# the artillery and missile attack by a specific cue (so a confident model does not overrule it as a broad one)
@pytest.mark.parametrize("text", [
    "A missile fired by the coastal brigade destroyed a patrol boat off Cape Orrin on Tuesday, the navy said.",
    "Rockets launched by the rebels from the hills struck the fuel depot in Dassa overnight.",
])
def test_acled_missile_fired_by_a_side_that_hit_its_target_is_artillery(text):
    assert rules_label(text) == "ART_MISS_ATTACK"
    assert acled.acled_scores(text)["ART_MISS_ATTACK"] > acled.broad_score_ceiling()


# troops sent by a number word or a unit's kind with the purpose told, or units waiting for the order to attack, poised
# to, or massing: the offensive has not begun, a change to the group's activity (CHANGE_TO_GROUP_ACT deployment cues)
@pytest.mark.parametrize("text", [
    "The government moved three battalions into the Orsk hills ahead of a planned offensive, officials said.",
    "Velmar will send 800 troops to the northern border to support the regional force, the presidency said.",
    "Army columns near Tessa were poised to launch an assault on the rebel enclave, a commander said.",
    "Rebel commanders were amassing fighters near the Tollo bridge, residents said.",
])
def test_acled_troops_sent_or_poised_before_an_offensive_is_a_change_of_activity(text):
    assert rules_label(text) == "CHANGE_TO_GROUP_ACT"


# troops sent to guard or secure civil sites (polling stations, schools, markets) change nothing of the group's activity
# by the codebook (the deployment rule's civil-sites exclusion); the same sent ahead of an offensive stays the change
@pytest.mark.parametrize("text", [
    "The president sent troops to guard polling stations.",
    "Velmar will send 800 troops to guard polling stations in the capital, the presidency said.",
    "The army sent 300 soldiers to secure schools and markets in Orra after the vote.",
])
def test_acled_troops_sent_to_guard_civil_sites_are_no_change_of_activity(text):
    assert rules_label(text) != "CHANGE_TO_GROUP_ACT"


def test_acled_troops_sent_to_guard_sites_ahead_of_an_offensive_stay_a_change_of_activity():
    text = "The army sent 300 soldiers to secure schools and markets in Orra ahead of an offensive on the rebel hills."
    assert rules_label(text) == "CHANGE_TO_GROUP_ACT"


# a bare 'post' is as often a job as a military post: the HQ_ESTABLISHED post cues want its military kind ('police
# post', 'observation post') or an armed owner who set it up
@pytest.mark.parametrize("text", [
    "New teaching posts were established in the district.",
    "The ministry established 300 new teaching posts.",
    "Ten new posts were set up at the clinic in Verro.",
])
def test_acled_new_job_posts_are_no_base(text):
    assert rules_label(text) != "HQ_ESTABLISHED"


@pytest.mark.parametrize("text", [
    "The army established new posts along the Sella river, officials said.",
    "A new police post was opened in Dunmore on Monday.",
    "Rebels set up a new observation post on the ridge above Karro.",
])
def test_acled_posts_with_an_armed_owner_or_kind_are_a_base(text):
    assert rules_label(text) == "HQ_ESTABLISHED"


# a fight only vowed ('pledged to fight the insurgency') or fled ('villagers escaping the clashes') is background to the
# shelling told, no exchange of fire (the exchanges_of_fire exclusion of ART_MISS_ATTACK); a ground fight told first
# with its heavy weapons stays the armed clash
@pytest.mark.parametrize("text", [
    "The minister pledged to fight the insurgency while mortar rounds fired by rebels hit a school in Vask, killing "
    "three.",
    "Villagers escaping the clashes near Tull said army shells struck their homes.",
])
def test_acled_shelling_beside_a_fight_vowed_or_fled_is_artillery(text):
    assert rules_label(text) == "ART_MISS_ATTACK"


def test_acled_ground_fight_with_heavy_weapons_stays_a_clash():
    assert rules_label("Rebels and militiamen fought with machine guns and mortars near Dorr on Sunday.") == "ARMED_CLASH"


# rockets or missiles fired by drones, jets or helicopters are air strikes too: the exclusion of AIR_STRIKE for a ground
# attack beside another air strike needs a weapon fired from the ground; rebels' rockets with a later air strike stay
# the artillery attack
@pytest.mark.parametrize("text", [
    "Drones fired rockets at a convoy near Kora; helicopters later struck the same road.",
    "Helicopter gunships launched missiles at a rebel camp near Sorr; jets later hit the same valley.",
])
def test_acled_rockets_fired_by_aircraft_beside_a_later_strike_are_air_strikes(text):
    assert rules_label(text) == "AIR_STRIKE"


def test_acled_ground_rockets_beside_a_later_air_strike_stay_artillery():
    assert rules_label("Rebels fired rockets at the airport in Vell; an air strike later hit their launch site.") == (
        "ART_MISS_ATTACK")


# a release told in a relative or time clause of the abduction ('kidnapped a pastor who had been released from prison')
# is the captive's past, not the news: the abduction (the OTHER release rules' clause guard); captives abducted earlier
# who have been freed stay the release
@pytest.mark.parametrize("text", [
    "Gunmen kidnapped a pastor in Drell who had been released from prison in May.",
    "Masked men abducted a trader in Pilo who was freed from jail last year.",
])
def test_acled_release_in_a_relative_clause_of_an_abduction_is_no_release(text):
    assert rules_label(text) == "ABDUCT_DISSAP"


@pytest.mark.parametrize("text", [
    "The six aid workers abducted near Tarra in March have been freed, the agency said.",
    "A nurse kidnapped in Vell last month was released on Sunday, her family said.",
])
def test_acled_captives_abducted_earlier_and_freed_are_a_release(text):
    assert rules_label(text) == "OTHER"


# people expelled from an army, a party or an office are no ground taken (the ground_taken_in_lead cue and its twin in
# the TERRITORY rule); fighters driven out of a place are
@pytest.mark.parametrize("text", [
    "The general expelled three soldiers from the army for misconduct.",
    "The congress expelled two rebels from the party after the vote.",
])
def test_acled_people_expelled_from_an_army_or_party_take_no_ground(text):
    assert rules_label(text) not in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER")


def test_acled_fighters_driven_out_of_a_town_is_ground_taken():
    assert rules_label("Troops drove the militants out of Sarro on Tuesday, the army said.") == "GOV_REGAINS_TERIT"


# 'no one was shot' before a number is no toll: the people_hurt_too patterns share one set of guards (the exclusions of
# the PROPERTY_DISTRUCT rules, folded into that group), so the burning stays property destruction
def test_acled_burning_where_no_one_was_shot_stays_property_destruction():
    text = "Rebels burned 30 houses in Kelo on Sunday but no one was shot two elders told the agency by phone."
    assert rules_label(text) == "PROPERTY_DISTRUCT"


# an agreement between the sides named by a longer or hyphenated kind ('a grazing-route non-aggression pact', 'a peace
# and reconciliation accord'), agreed in the present tense of a headline or 'to a pause in the fighting': the agreement
# outranks the fighting it ends (AGREEMENT signing and agreeing cues); an agreement refused is none
@pytest.mark.parametrize("text", [
    "Elders of the Tarro and Bessel clans signed a grazing-route non-aggression pact after clashes last month killed "
    "four herders.",
    "The Kavir government and the Northern Front signed a peace and reconciliation accord in Osk, ending months of "
    "fighting.",
    "Loran government and Velo rebels agree to merge their forces, officials say; clashes near Pell earlier in the "
    "week.",
    "The army and the militia agreed through local elders to a pause in the fighting around Dassa.",
])
def test_acled_agreement_with_a_longer_name_or_a_pause_in_fighting_outranks_the_fighting(text):
    assert rules_label(text) == "AGREEMENT"


def test_acled_pause_refused_is_no_agreement():
    text = "The two militias refused to agree to a pause in the fighting, and clashes went on near Dassa."
    assert rules_label(text) == "ARMED_CLASH"


# a criminal gang or ring busted or told first, with a few guns recovered from it: the organised crime, the guns its
# spoils (the DISR_WEAP exclusion for a crime group told before the recovery); guns 'recovered from' a hideout are no
# ground (the TERRITORY 'recovered from' cue); a cache or a shipment of arms stays the disruption
@pytest.mark.parametrize("text", [
    "Police in Dellan broke up a car-theft gang in the old quarter, recovering stolen cars and three pistols.",
    "Officers raided a gang hideout in Morro and recovered two rifles and stolen phones; four were arrested.",
    "Police freed six traders kidnapped for ransom by a gang near Sollo and recovered two rifles from the gang's "
    "hideout.",
])
def test_acled_gang_busted_with_a_few_guns_recovered_is_organised_crime(text):
    assert rules_label(text) == "ORG_CRIME"


@pytest.mark.parametrize("text", [
    "Police seized a shipment of 40 rifles bound for gangs in the capital at the port of Vessa.",
    "Soldiers found a cache of rifles and grenades in a gang safe house in Orro.",
])
def test_acled_arms_cache_or_shipment_of_a_gang_stays_disrupted_weapons(text):
    assert rules_label(text) == "DISR_WEAP"


# the codebook's disruption by its core acts (a device blown up by sappers, found and neutralised, missiles or drones
# shot down by air defences, a would-be bomber stopped before the blast): a precise DISR_WEAP rule, which a confident
# model does not overrule (not among the labels of imprecise rules)
@pytest.mark.parametrize("text", [
    "Army sappers in Tolle blew up an unexploded shell that children had found near the school.",
    "A would-be suicide bomber was shot at the gate of the Karso market before he could detonate his vest.",
    "The coastal air defences shot down two drones over Pellin overnight, the ministry said.",
    "A patrol near Dovra spotted and neutralised a roadside bomb buried under the main road.",
])
def test_acled_device_defused_or_missile_intercepted_is_a_precise_disruption(text):
    assert rules_label(text) == "DISR_WEAP"
    assert "DISR_WEAP" not in acled.labels_from_imprecise_rules(text)


# a barrage launched and then intercepted, or a device defused hours after a grenade attack, is the attack's sequel: the
# precise disruption rule stays out (whatever the broader rule, which a model may overrule, says); a refinery found and
# destroyed is no device
@pytest.mark.parametrize("text", [
    "Rebels launched a barrage of 50 rockets at Tessa; air defences intercepted most of them.",
    "Two riders hurled a grenade into the yard of a judge in Varn; hours later a roadside bomb was defused nearby.",
    "The navy discovered and destroyed an illegal refinery near Osso.",
])
def test_acled_interception_after_a_barrage_or_defusal_after_an_attack_is_no_precise_disruption(text):
    assert rules_label(text) != "DISR_WEAP" or "DISR_WEAP" in acled.labels_from_imprecise_rules(text)


# ground handed to the other side in more words: surrendered, abandoned or yielded to it, surrendered in talks before
# the other moved in, security of a place passing to another force, one side relocating and the other seen moving in, a
# withdrawal completed that let another force deploy (the NON_VIOL_TERRIT_TRANSFER cues); fighters who surrender are no
# ground, and ground given up under shelling that killed is no peaceful transfer
@pytest.mark.parametrize("text", [
    "The garrison surrendered the Vossa airfield to rebel fighters on Monday after talks led by local elders.",
    "The rebels moved into the governor's compound in Tarn after officials surrendered it in talks brokered by clergy.",
    "Security in the Orle district passed to the regional police after the army left, the ministry said.",
    "Soldiers relocated from the town of Pesk, and insurgents were seen moving into the area hours later.",
    "The foreign brigade finished its pull-out from Dallo on Sunday, allowing local police to deploy.",
])
def test_acled_ground_surrendered_or_passed_to_the_other_side_is_a_non_violent_transfer(text):
    assert rules_label(text) == "NON_VIOL_TERRIT_TRANSFER"


@pytest.mark.parametrize("text", [
    "Three hundred fighters surrendered to the army in Kesso after negotiations with elders.",
    "The garrison surrendered the Vossa airfield to rebel fighters after a week of shelling killed dozens.",
])
def test_acled_fighters_surrendering_or_ground_given_up_under_fire_is_no_non_violent_transfer(text):
    assert rules_label(text) != "NON_VIOL_TERRIT_TRANSFER"


# bombs or explosives dropped by a drone, a quadcopter or an aircraft, explosive-laden drones, a bombing raid: the air
# or drone strike, not the remote explosive (the AIR_STRIKE dropped-bomb rule); a 'bombing raid' corrected to mortar
# fire, or a cartel's drones, stay out
@pytest.mark.parametrize("text", [
    "Villagers said the bomb that flattened the mill in Orsa was dropped by a government drone.",
    "A quadcopter drops explosives on a queue outside a bakery in Tellin; two dead, officials say.",
    "An army bombing raid on a rebel camp near Vosk killed nine fighters, prosecutors said.",
    "Rebels launched explosive-laden drones at the oil terminal in Parra, starting fires.",
])
def test_acled_bombs_dropped_from_the_air_or_explosive_laden_drones_are_air_strikes(text):
    assert rules_label(text) == "AIR_STRIKE"


@pytest.mark.parametrize("text", [
    "Residents called it a bombing raid, but the army said mortars fired from across the river killed two farmers in "
    "Orrel.",
    "The cartel used drones to drop explosives on rival positions near Tarro.",
])
def test_acled_bombing_raid_corrected_or_a_cartels_drones_are_no_air_strike(text):
    assert rules_label(text) != "AIR_STRIKE"


# missiles, rockets or drones that hit, damaged or killed, told with the others intercepted: the attack landed (the
# shared disrupted_weapons_aftermath exclusion of the DISR_WEAP rules); debris of those shot down falling on houses
# stays the disruption
@pytest.mark.parametrize("text, label", [
    ("Rockets fired from the hills hit a school in Dorra on Monday, wounding four pupils; air defences intercepted "
     "several others.", "ART_MISS_ATTACK"),
    ("Drones struck the power station in Velk overnight, killing a guard, though air defences downed most of them.",
     "AIR_STRIKE"),
])
def test_acled_strikes_that_landed_beside_interceptions_are_the_attack(text, label):
    assert rules_label(text) == label


@pytest.mark.parametrize("text", [
    "Air defences shot down a missile over Parro; debris fell on a house but hurt no one.",
    "Air defences shot down twelve drones over Tarl overnight. Debris from one drone damaged a shed.",
])
def test_acled_debris_of_intercepted_missiles_stays_the_disruption(text):
    assert rules_label(text) == "DISR_WEAP"


# armed men who 'took' people (a number, women and boys, a charity's staff) or carried off a son: the abduction, told
# without 'abducted' or 'kidnapped' (ABDUCT_DISSAP cues); people taken to hospital are no captives
@pytest.mark.parametrize("text", [
    "Insurgents took at least six women and two boys from the village of Marro on Sunday, elders said.",
    "Armed commando takes 12 from Pessa market",
    "Armed men broke into a farm near Velo and carried off the owner's son; no group has made contact.",
])
def test_acled_armed_men_taking_people_away_is_an_abduction(text):
    assert rules_label(text) == "ABDUCT_DISSAP"


def test_acled_people_taken_to_hospital_are_no_abduction():
    assert rules_label("Rebels took the wounded villagers to the hospital in Dorr after the clash.") != "ABDUCT_DISSAP"


# a fire, blast or crash told with an accidental cause (sparks from a welding torch, poor storage, a short circuit, a
# technical fault): the man-made disaster, above the weapon words of an arms depot or a military helicopter and the
# relatives gathered outside (the MAN_MADE_DISASTER accidental-cause rule); a forest fire sparked by a heatwave stays
# the natural disaster
@pytest.mark.parametrize("text", [
    "A fire in a karaoke bar in Dessa killed 19 people after sparks from a welding torch set the ceiling alight, "
    "firefighters said.",
    "An explosion at the army's arms depot in Kell, blamed by officials on poor storage, sent shells flying for hours.",
    "Police said a fire in the Orra prison block killed 12 inmates, blaming a short circuit; relatives gathered "
    "outside to demand names.",
    "The army said the transport helicopter crashed near Voss because of a technical fault, killing five crew.",
])
def test_acled_fire_or_crash_with_an_accidental_cause_is_a_man_made_disaster(text):
    assert rules_label(text) == "MAN_MADE_DISASTER"
    assert "MAN_MADE_DISASTER" not in acled.labels_from_imprecise_rules(text)


def test_acled_forest_fire_sparked_by_a_heatwave_stays_natural():
    text = "Forest fires sparked by a heatwave burned 2,000 hectares near Kelto, the fire service said."
    assert rules_label(text) == "NATURAL_DISASTER"


# a bomber (a person) who set off explosives, mingled with a crowd, left remains, or died in the vehicle he drove: the
# suicide bombing, not an air strike by 'bombers' nor a remote explosive (SUIC_BOMB cues and the AIR_STRIKE 'bombers'
# cue's person exclusions); aircraft 'bombers had struck' stay the air strike
@pytest.mark.parametrize("text", [
    "Bomber detonates explosives at the gate of the Lusso police station; 11 killed, officials say.",
    "Police said the bomber had mingled with worshippers before setting off his explosives in the Tarn mosque.",
    "The attackers drove two explosives-laden lorries into the base at Kessi, and both drivers died when the lorries "
    "blew up.",
    "The blast tore through the wedding hall in Orro, and police said the bomber's remains were found near the stage.",
])
def test_acled_bomber_who_set_off_his_charge_is_a_suicide_bombing(text):
    assert rules_label(text) == "SUIC_BOMB"


def test_acled_aircraft_bombers_that_struck_stay_an_air_strike():
    text = "Army bombers had struck the market in Vell two days earlier, killing dozens, activists said."
    assert rules_label(text) == "AIR_STRIKE"


# people held at a gathering told in more words (a march named with a possessive, a cacerolazo pushed back, students
# encircled as they rally, a sit-in that ends with the police detaining some): the protest with intervention, not the
# bare arrest (PROTEST_WITH_INTER cues)
@pytest.mark.parametrize("text", [
    "Riot police detained 40 people during a mothers' march in central Tolle, a rights group said.",
    "Police pushed back a cacerolazo near the Varro plaza with pepper spray; eight people were detained.",
    "Security forces encircle students rallying near the Pell library and detain dozens.",
    "A sit-in by relatives of missing men outside the Orsa court ends with police detaining five women.",
])
def test_acled_people_held_at_a_gathering_in_more_words_are_a_protest_with_intervention(text):
    assert rules_label(text) == "PROTEST_WITH_INTER"


# a detention no authority acknowledges (the ABDUCT_DISSAP rule's own 'acknowledged holding' exclusion no longer takes
# 'no authority has acknowledged holding'), and fighters who rounded up women and marched them into a named forest: the
# abduction; a detention the army acknowledges stays the arrest
@pytest.mark.parametrize("text", [
    "Two drivers of a relief agency vanished after being stopped at a roadblock near Kesso, and no authority has "
    "acknowledged holding them.",
    "Militia fighters on horseback rounded up some 30 women gathering firewood near Darro and marched them into the "
    "Ossa forest.",
])
def test_acled_unacknowledged_detention_or_women_marched_into_a_forest_is_an_abduction(text):
    assert rules_label(text) == "ABDUCT_DISSAP"


def test_acled_detention_the_army_acknowledges_stays_an_arrest():
    assert rules_label("The army has acknowledged holding the two traders arrested in Vosk on Monday.") == "ARREST"


# review of the abduction cues (invented sentences): 'took' across a clause or of lives, refuge or positions, a son's
# body carried by mourners, a detention the army owns after a 'no', police naming where they hold a man unknown, and
# troops marching into a forest are no abduction
@pytest.mark.parametrize("text, label", [
    ("Insurgents took the lives of twelve farmers in an attack on Gando village.", "ATTACK"),
    ("After the gunmen fled, neighbours took the wounded women to a nearby clinic in Mavuno.", "ATTACK"),
    ("Rebels took refuge among the villagers of Tarno after the army advanced.", "NONE"),
    ("Fighters took positions near the students' hostel on the edge of Kelba.", "NONE"),
    ("Gunmen shot dead a trader in Kello on Sunday, and mourners carried away his son's body the next day.", "ATTACK"),
    ("Rescuers carried off the injured son of the mayor after the blast in Tirra.", "REM_EXPLOS"),
    ("Relatives of two aid workers taken from their home in Vosk had no news until the army acknowledged holding them "
     "on Friday.", "ARREST"),
    ("Two aid workers were taken from their home in Vosk, with no charge filed, and the army confirmed holding them on "
     "Friday.", "ARREST"),
    ("Police arrested the opposition leader Tamo Rill on Friday and said he is being held at an undisclosed location.",
     "ARREST"),
    ("Troops marched into the Kivo forest to hunt for the rebels.", "NONE"),
])
def test_acled_taking_lives_or_carrying_the_wounded_is_no_abduction(text, label):
    assert rules_label(text) == label


# review of the weapon cues (invented sentences): drivers killed when a tanker blew up or on a mine, bombers that
# had been circling or were part of a campaign, army engineers blowing up a bridge or killed in an ambush, and drones
# launched 'to hit' a target are no suicide bombing, no attack, no disruption and no strike
@pytest.mark.parametrize("text, label", [
    ("Two drivers died when their fuel tanker exploded on the Kalo highway.", "MAN_MADE_DISASTER"),
    ("A driver died when his truck blew up on a roadside bomb planted by militants near Ubari.", "REM_EXPLOS"),
    ("Army bombers pounded the ridge above Vela, and the blasts triggered their ammunition dumps.", "AIR_STRIKE"),
    ("Two army bombers had been circling the town before they struck the market, killing nine.", "AIR_STRIKE"),
    ("Strategic bombers were a key part of the air campaign over Tessa, where they hit fuel depots.", "AIR_STRIKE"),
    ("Army engineers blew up the Keshi bridge on Sunday to slow the advancing rebels.", "PROPERTY_DISTRUCT"),
    ("Rebels ambushed a convoy near Tessa, killed two army engineers and destroyed their trucks.", "ARMED_CLASH"),
    ("Engineers destroyed the old market building in Rova so that a mall could be built there.", "PROPERTY_DISTRUCT"),
    ("Air defence units shot down eleven drones launched to hit power stations in Kelo overnight.", "DISR_WEAP"),
    ("Air defences intercepted 20 missiles that were meant to hit the capital, the ministry said.", "DISR_WEAP"),
])
def test_acled_weapon_cues_read_too_widely_keep_their_label(text, label):
    assert rules_label(text) == label


# review of the territory, agreement and accident cues (invented sentences): villages abandoned 'to flee', security of
# a summit or responsibility for an inquiry handed over, a side that 'will' agree or residents who agree 'that' or
# 'with', and an arson or a bomb told with a remark on a cause keep the label they had
@pytest.mark.parametrize("text, label", [
    ("Families abandoned the town of Bexi to escape the advancing rebels, aid workers said.", "DIPLO"),
    ("Thousands of farmers abandoned their villages in the Omo region to flee the insurgents.", "NONE"),
    ("Responsibility for the murder inquiry was handed to the federal police on Monday.", "ATTACK"),
    ("Security for the Dovo summit passed to the army after the police chief resigned.", "DIPLO"),
    ("Neither side will agree to a pause in the fighting, mediators said.", "ARMED_CLASH"),
    ("Most residents agree that the army has failed to stop the killings in Ruvo district.", "NONE"),
    ("Residents say they agree with the army's plan to end the curfew.", "CHANGE_TO_GROUP_ACT"),
    ("Rebels set fire to the Kiro police station; officials said the blaze was not caused by a short circuit.",
     "PROPERTY_DISTRUCT"),
    ("Militants torched the Hiro police post; the fire spread because of poor storage of fuel inside, officials said.",
     "PROPERTY_DISTRUCT"),
    ("A bomb blast that killed 14 at the Tarsu market was blamed on police negligence by local leaders.", "REM_EXPLOS"),
])
def test_acled_territory_agreement_and_accident_cues_read_too_widely_keep_their_label(text, label):
    assert rules_label(text) == label


# review of the protest and drone cues (invented sentences): police surrounding an activist's home, pickpockets held at
# a governor's rally and a smoke device dropped from a police drone are no protest with intervention and no air strike
@pytest.mark.parametrize("text, label", [
    ("Police surrounded the home of two activists in Valdo before dawn and arrested them.", "ARREST"),
    ("Police arrested two pickpockets at the governor's rally in Tamo.", "ARREST"),
    ("Police used a drone to drop a smoke device on the crowd in Tera.", "NONE"),
])
def test_acled_protest_and_drone_cues_read_too_widely_keep_their_label(text, label):
    assert rules_label(text) == label


# a ministry creating teaching posts is jobs, not bases (the armed-owner 'posts' cue skips teaching, medical, staff...)
def test_acled_teaching_posts_set_up_by_a_ministry_are_no_base():
    text = "The defence ministry established 40 new teaching posts at its military academies."
    assert rules_label(text) != "HQ_ESTABLISHED"


# two armed sides named together as the subject of a fight are an armed clash the model may not overrule: the score
# is above what broad rules give and comes from no rule family marked model_overrules (invented places and groups)
@pytest.mark.parametrize("text", [
    "The Varo militia and the Kesu hunters fought from dawn to dusk near Lindomo, a chief said.",
    "Rebel fighters and army soldiers clashed in Pelko district overnight, leaving six dead.",
    "Militants, troops fight for second day near Oranvi",
    "On Friday, militiamen and a village vigilante group exchanged gunfire at a ford near Tessu.",
])
def test_acled_two_armed_sides_fighting_is_a_precise_clash(text):
    scores = acled_scores(text)
    assert max(scores, key=scores.get) == "ARMED_CLASH"
    assert scores["ARMED_CLASH"] > acled.broad_score_ceiling()
    assert "ARMED_CLASH" not in acled.labels_from_imprecise_rules(text)


@pytest.mark.parametrize("text", [
    "Protesters and riot police clashed outside the Dorvo town hall.",  # a crowd is no armed side
    "Rebels and soldiers fought for hours before the rebels captured the Milo garrison.",  # ground taken after it
])
def test_acled_two_sided_clash_cue_skips_crowds_and_ground_taken(text):
    assert acled_scores(text).get("ARMED_CLASH", 0.0) <= acled.broad_score_ceiling()


# two allies who fight a thing (crime, graft, a bush fire) fought no armed side, and a pair named in two clauses
# is no pair (invented places)
@pytest.mark.parametrize("text", [
    "Soldiers and police fight rising burglary in Varnok",
    "Troops and gendarmes fight graft in the Olmera ports",
    "Army and police fight a bush fire near Olmera",
    "Police officers withdrew from Tessaly on Friday, and three days later militiamen fought among themselves.",
])
def test_acled_two_allies_fighting_a_thing_or_across_clauses_is_no_precise_clash(text):
    assert acled_scores(text).get("ARMED_CLASH", 0.0) <= acled.broad_score_ceiling()


@pytest.mark.parametrize("text", [
    "Soldiers and rebels fought each other for hours near Kesh.",
    "Rebels of the Dova front and army troops fought fiercely near the dam",
    "Troops and militiamen fought against the rebels near Kesh",
])
def test_acled_two_sides_fighting_with_no_object_stays_a_precise_clash(text):
    assert acled_scores(text).get("ARMED_CLASH", 0.0) > acled.broad_score_ceiling()


# a base or positions handed, ceded or transferred to another armed force: a non-violent transfer the model may not
# overrule; a pull-out only begun or announced, or a handover only planned, is not this precise cue (invented names)
@pytest.mark.parametrize("text", [
    "Foreign troops ceded Camp Tarlo, their base in Vesk, to the national army on Friday.",
    "The contractor force hands Oradin positions to regular army",
    "The mission said it had completed the transfer of its base in Kimbo to the Dorvan armed forces.",
])
def test_acled_base_handed_to_another_force_is_a_precise_transfer(text):
    scores = acled_scores(text)
    assert max(scores, key=scores.get) == "NON_VIOL_TERRIT_TRANSFER"
    assert "NON_VIOL_TERRIT_TRANSFER" not in acled.labels_from_imprecise_rules(text)


@pytest.mark.parametrize("text", [
    "The militia began withdrawing fighters from Sorvo, handing positions to government troops.",
    "The mission plans to hand its base in Kimbo to the national army next year.",
])
def test_acled_base_handover_begun_or_planned_stays_open_to_the_model(text):
    # (the wider hand-over family still labels them, and a confident model may overrule it)
    assert "NON_VIOL_TERRIT_TRANSFER" in acled.labels_from_imprecise_rules(text)


# explosives left behind and cleared, and heavy arms recovered at a base the other side held: a disruption of weapons
# use the model may not overrule; a clearance a deal provides for or one still to come is not (invented names)
@pytest.mark.parametrize("text", [
    "The army's engineers announced the removal of unexploded ordnance and booby traps from homes in Kesto.",
    "Troops recovered mortars and fuel drums at a former rebel base near Ulvo, the army said, a day after taking "
    "the port.",
])
def test_acled_left_behind_explosives_cleared_and_base_caches_are_precise(text):
    scores = acled_scores(text)
    assert max(scores, key=scores.get) == "DISR_WEAP"
    assert "DISR_WEAP" not in acled.labels_from_imprecise_rules(text)


@pytest.mark.parametrize("text", [
    "The two sides signed a peace deal in Marvo providing for the removal of landmines from farmland.",
    "Officials said the town of Pesk would be cleared of booby traps before families could return.",
])
def test_acled_clearance_only_planned_is_no_precise_disruption(text):
    scores = acled_scores(text)
    assert "DISR_WEAP" not in scores or "DISR_WEAP" in acled.labels_from_imprecise_rules(text)


# a clearance demanded, required, blocked or told as still to come is not done: no precise disruption (invented names)
@pytest.mark.parametrize("text", [
    "Villagers in Harn demanded the removal of landmines from their pastures.",
    "The treaty requires the removal of unexploded ordnance from the border strip.",
    "Experts said the removal of unexploded ordnance around Kesto could take a decade.",
    "The governor accused the army of blocking the removal of booby traps from the Vessa quarter.",
])
def test_acled_clearance_asked_for_blocked_or_to_come_is_no_precise_disruption(text):
    assert acled_scores(text).get("DISR_WEAP", 0.0) <= acled.broad_score_ceiling()


def test_acled_clearance_done_stays_a_precise_disruption():
    text = "Deminers completed the removal of landmines from the Orvo fields on Tuesday."
    assert acled_scores(text).get("DISR_WEAP", 0.0) > acled.broad_score_ceiling()


# an armed group burning or razing vehicles, machinery or public buildings is property destruction by a specific rule
# (a confident model may not overrule it); a cartel's men doing the same are left to the crime rules (invented names)
@pytest.mark.parametrize("text", [
    "Insurgents incinerated road-building vehicles in Tolvo district on Monday, police said.",
    "Jihadists razed a health centre and a police station in Marka after residents fled, an elder said.",
    "Rebel guerrillas burned three trucks and a bus on the Senno highway during a strike they declared.",
])
def test_acled_armed_groups_burning_vehicles_or_public_buildings_is_property_destruction(text):
    scores = acled_scores(text)
    assert max(scores, key=scores.get) == "PROPERTY_DISTRUCT"
    assert scores["PROPERTY_DISTRUCT"] > acled.broad_score_ceiling()


def test_acled_cartel_gunmen_burning_buses_is_not_the_armed_group_cue():
    text = "The cartel's gunmen burned cars and buses across Velanda after their leader's arrest."
    assert acled_scores(text).get("PROPERTY_DISTRUCT", 0.0) <= acled.broad_score_ceiling()


# a burning told beside an abduction or an arrest in the same clause, or in a relative clause, is outranked by the
# capture or is no lead act (invented places)
@pytest.mark.parametrize("text, label", [
    ("Gunmen kidnapped 30 pupils in Sarvo and burned their school buses.", "ABDUCT_DISSAP"),
    ("The insurgents who burned the Tamsa clinic last year were arrested on Monday.", "ARREST"),
    ("Bandits have often burned vehicles on the Orvo road, but on Sunday they abducted four travellers.",
     "ABDUCT_DISSAP"),
])
def test_acled_burning_beside_a_capture_or_in_a_relative_clause_is_not_the_armed_group_cue(text, label):
    assert acled_scores(text).get("PROPERTY_DISTRUCT", 0.0) <= acled.broad_score_ceiling()
    assert rules_label(text) == label


# an accord named with its signing after it, or concluded with a date between verb and name: an agreement by the
# specific rule; one only to be signed is not (invented parties and places)
@pytest.mark.parametrize("text", [
    "Norvia and Kestland formally ended their border war on Sunday with an accord signed in Tavro, state media said.",
    "The envoy noted that the parties concluded on 4 March 2020 the Political Agreement for Peace in Dalmera.",
])
def test_acled_accord_signed_after_its_name_is_an_agreement(text):
    scores = acled_scores(text)
    assert max(scores, key=scores.get) == "AGREEMENT"
    assert scores["AGREEMENT"] > acled.broad_score_ceiling()
    assert "AGREEMENT" not in acled.labels_from_imprecise_rules(text)


def test_acled_accord_to_be_signed_is_not_the_signing_cue():
    text = "Officials said the accord to be signed in Tavro next month would end the border war."
    assert acled_scores(text).get("AGREEMENT", 0.0) <= acled.broad_score_ceiling()


# an accord recalled as a noun in a clause that tells it broken, collapsed or protested against is the background
# of another event, not the signing cue (invented places)
@pytest.mark.parametrize("text", [
    "The minister accused the rebels of breaking the pact signed with them in May, and troops shelled their camps.",
    "The accord signed in Dorvik collapsed last week as clashes resumed near the border.",
    "Protesters marched in Kell against the agreement signed by the two governors.",
])
def test_acled_accord_recalled_broken_or_opposed_is_not_the_signing_cue(text):
    assert acled_scores(text).get("AGREEMENT", 0.0) <= acled.broad_score_ceiling()


def test_acled_accord_signed_in_its_own_clause_stays_the_signing_cue():
    text = "The peace accord was signed in Dorvik on Monday by the two commanders."
    assert acled_scores(text).get("AGREEMENT", 0.0) > acled.broad_score_ceiling()


# the police attributing a killing to a feud between gangs or cartels, or to a gang's racket, is a third party's
# reading of a crime, not a claim of responsibility; a massacre simply attributed to a named cartel stays a claim
# (invented names)
@pytest.mark.parametrize("text", [
    "Prosecutors attributed the killing of four men at the Velo docks to a dispute between rival cartels over a "
    "shipment.",
    "Police said the blast that damaged the bakery was the work of a gang that had demanded protection money.",
    "The Dravo gang was blamed for the killing of a shopkeeper in Tesca who refused to pay.",
])
def test_acled_gang_feuds_and_rackets_read_by_the_police_are_no_claim(text):
    assert rules_label(text) == "ORG_CRIME"


def test_acled_massacre_attributed_to_a_named_cartel_stays_a_claim():
    text = "The authorities attributed the massacre in the village of Orlo to the Marvan cartel, the prosecutor said."
    assert rules_label(text) == "ATTRIB"


# a group saying it was behind an attack is its own claim, even with a war among gangs in its words; a feud between
# gangs that the police say was behind a killing is their reading of a crime (invented names)
@pytest.mark.parametrize("text, label", [
    ("The Sarn Liberation Front said it was behind the blast, which it described as a strike in the war between the "
     "people and the cartels.", "ATTRIB"),
    ("Al-Shabaab said it was behind the raid on the Durra checkpoint, part of what the group termed its war among "
     "the clans and gangs.", "ATTRIB"),
    ("Police said a feud between two gangs was behind the killing of a trader in Velo.", "ORG_CRIME"),
])
def test_acled_own_claim_of_being_behind_stays_a_claim_and_gang_feud_behind_is_crime(text, label):
    assert rules_label(text) == label


# ground taken over after the other side's withdrawal was completed, after its fighters went to demobilisation zones,
# or from a departing force: a non-violent transfer; not a hand-over recalled in a relative clause (invented names)
@pytest.mark.parametrize("text", [
    "Dorvan forces took back control of the city of Pelm on Friday after Kestland said its troops had completed their "
    "withdrawal across the river.",
    "Army troops took control of the Sarvo area after the guerrillas moved to demobilisation zones, the ministry said.",
    "The ministry said Kestland's troops had pulled out of the town of Ulm and Dorvan forces had taken over the town.",
    "The army announced that it had taken over the Velo base from the departing foreign contingent.",
])
def test_acled_takeover_after_a_completed_withdrawal_is_a_non_violent_transfer(text):
    assert rules_label(text) == "NON_VIOL_TERRIT_TRANSFER"


def test_acled_handover_in_a_relative_clause_is_not_the_departing_force_cue():
    text = ("Local media said rebels occupied the town of Sarn after the exit of the army, who had taken over from the "
            "departing peacekeepers days earlier.")
    assert rules_label(text) != "NON_VIOL_TERRIT_TRANSFER"


# a ground-launched missile or rocket named by its kind or by the group that fires it is a precise missile attack
# the model may not overrule; a launch a summit condemns or a rocket that misfired is not this cue (invented places)
@pytest.mark.parametrize("text", [
    "On Friday, S-300 missiles hit an apartment block in the Vesno district, killing four, the governor said.",
    "Footage showed cluster munitions fired by rocket launchers landing in a residential area of Dorvo.",
    "A Hezbollah rocket hit a home in the border town of Elmor on Monday, wounding two residents.",
])
def test_acled_ground_launched_missiles_by_kind_are_a_precise_missile_attack(text):
    scores = acled_scores(text)
    assert max(scores, key=scores.get) == "ART_MISS_ATTACK"
    assert scores["ART_MISS_ATTACK"] > acled.broad_score_ceiling()


@pytest.mark.parametrize("text", [
    "The foreign ministers condemned the latest ballistic missile launch and urged Norvia to return to talks.",
    "The army said a militant rocket had misfired and hit the Tesca clinic.",
])
def test_acled_condemned_launches_and_misfires_are_not_the_missile_kind_cue(text):
    assert acled_scores(text).get("ART_MISS_ATTACK", 0.0) <= acled.broad_score_ceiling()


# a missile kind bought, delivered or paraded with no firing told is an arms deal or a show, no attack; a Grad is a
# rocket only when its rockets or launchers are named (invented places)
@pytest.mark.parametrize("text", [
    "Moscow delivered S-400 systems to its partner Veridia last month.",
    "The government of Tarsk bought three batteries of S-300s from a foreign supplier.",
    "The army paraded Tochka launchers through the capital on Independence Day.",
])
def test_acled_missile_kinds_traded_or_shown_are_not_the_missile_kind_cue(text):
    assert acled_scores(text).get("ART_MISS_ATTACK", 0.0) <= acled.broad_score_ceiling()


def test_acled_missile_kind_hitting_a_delivery_convoy_stays_the_missile_kind_cue():
    text = "A ballistic missile hit an aid delivery convoy near Sarn on Monday."
    assert acled_scores(text).get("ART_MISS_ATTACK", 0.0) > acled.broad_score_ceiling()


def test_acled_a_grad_student_is_no_rocket():
    assert "ART_MISS_ATTACK" not in acled_scores("Her nephew, a grad student in Lorvin, won a chess prize.")
    assert rules_label("Grad rockets hit a residential district of Pelm on Sunday.") == "ART_MISS_ATTACK"


# a stronghold seized or taken is ground taken like a town or a base, whoever announces it (invented names)
@pytest.mark.parametrize("text, label", [
    ("Government troops seized the rebel stronghold of Karvo from the insurgents on Sunday, the president announced.",
     "GOV_REGAINS_TERIT"),
    ("Separatist fighters took the hilltop stronghold of Vanti, the interior minister said.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_acled_a_stronghold_taken_is_ground_taken(text, label):
    assert rules_label(text) == label


# a stronghold visited, or drugs seized at one, is no ground taken
@pytest.mark.parametrize("text", [
    "The defence minister visited the former rebel stronghold of Pelu on Monday.",
    "Police seized drugs at a gang stronghold in Darel, the governor announced.",
    "Soldiers seized rifles from a militia stronghold near Tarn, the army said.",
])
def test_acled_a_stronghold_visited_or_searched_is_not_ground_taken(text):
    assert rules_label(text) not in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER")


# people or things taken to a stronghold: the stronghold is where they went, no ground taken (invented names)
@pytest.mark.parametrize("text", [
    "The fighters took the injured to a stronghold in the hills above Morvo.",
    "The militiamen promised to take the bodies back to their stronghold near Vell.",
])
def test_acled_taken_to_a_stronghold_is_not_ground_taken(text):
    assert rules_label(text) not in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER")


# a mob or crowd that itself burned homes, tents, huts or stalls is precise mob violence the model may not overrule
# (invented places)
@pytest.mark.parametrize("text", [
    "Aid workers say a mob set fire to shelters at the Dorel camp after a quarrel over firewood.",
    "A crowd of young men torched three shops in the Velmo market on Sunday, police said.",
    "A mob from the next village burned dozens of huts in Karo overnight.",
])
def test_acled_a_mob_burning_property_is_precise_mob_violence(text):
    scores = acled_scores(text)
    assert max(scores, key=scores.get) == "MOB_VIOL"
    assert "MOB_VIOL" not in acled.labels_from_imprecise_rules(text)


# not a crowd that only threatened to, one that watched soldiers do it, one denied, nor protesters with a crowd
@pytest.mark.parametrize("text", [
    "A crowd of youths threatened to set fire to the mayor's house in Velmo.",
    "A crowd of onlookers watched as soldiers set fire to the houses in Karo.",
    "Police said no mob set fire to the homes in Tarn; the blaze was an accident.",
    "Protesters and a crowd of youths set fire to cars outside the Velmo town hall.",
    "Gunmen chased away the crowd and set fire to the homes in Karo.",
])
def test_acled_threats_onlookers_denials_and_protests_are_not_the_mob_burning_cue(text):
    scores = acled_scores(text)
    precise = scores.get("MOB_VIOL", 0.0) > acled.broad_score_ceiling() and (
        "MOB_VIOL" not in acled.labels_from_imprecise_rules(text))
    assert not (precise and max(scores, key=scores.get) == "MOB_VIOL")


# militias or tribal fighters aligned with, allied to or backed by the government or the army are its affiliates,
# whose gains the codebook counts as the government's (invented names)
@pytest.mark.parametrize("text", [
    "Militiamen of the pro-government Velno Brigades overran the insurgent-held hamlet of Arzu on Saturday.",
    "Government-aligned tribal fighters regained the Karmi area from the jihadists after clashes, officials said.",
    "Fighters of the army-allied Dozo militia chased the rebels from Tesso after a day of fighting.",
])
def test_acled_government_affiliated_militias_regain_territory_for_the_government(text):
    assert rules_label(text) == "GOV_REGAINS_TERIT"


# not rebels taking ground from such militias, anti-government militias, nor rebels backed by a foreign power
@pytest.mark.parametrize("text", [
    "Rebels seized the town of Arzu from pro-government militias on Saturday.",
    "Anti-government militias captured the town of Arzu on Saturday.",
    "Foreign-backed rebels seized the town of Arzu after clashes.",
    "Fighters from the anti-regime alliance took the village of Ulm after fighting.",
])
def test_acled_militias_against_the_government_or_foreign_backed_still_overtake_territory(text):
    assert rules_label(text) == "NON_STATE_ACTOR_OVERTAKES_TER"
