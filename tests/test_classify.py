from sitrep.acled import acled_scores, broad_score_ceiling
from sitrep.classify import classify_rows, classify_text


def test_classify_weapon_specific_types():
    assert classify_text("A suicide bomber blew himself up at a checkpoint, killing four guards.") == "SUIC_BOMB"
    assert classify_text("Warplanes bombed a fuel depot on the edge of the town.") == "AIR_STRIKE"
    assert classify_text("Mortar rounds landed in a residential quarter overnight.") == "ART_MISS_ATTACK"
    assert classify_text("Soldiers defused an improvised explosive device planted on the highway.") == "DISR_WEAP"


def test_classify_protest_families():
    assert classify_text("Farmers held a peaceful rally outside the ministry.") == "PEACE_PROTEST"
    assert classify_text("Rioters torched cars and threw stones at police during the protest.") == "VIOL_DEMONSTR"
    assert classify_text("A mob lynched a youth suspected of stealing a motorbike.") == "MOB_VIOL"


def test_classify_non_conflict_families():
    assert classify_text("Floods swept away dozens of homes after torrential rain.") == "NATURAL_DISASTER"
    assert classify_text("A gas cylinder explosion at a textile factory injured nine workers.") == "MAN_MADE_DISASTER"
    assert classify_text("Customs officers broke up a cocaine trafficking ring at the port.") == "ORG_CRIME"
    assert classify_text("The group claimed responsibility for the ambush in a statement online.") == "ATTRIB"


def test_classify_default_is_diplomatic():
    assert classify_text("The foreign ministers will meet next month in Geneva.") == "DIPLO"


def test_classify_rows_keeps_ids_and_order():
    rows = [("7", "Gunmen kidnapped three aid workers on the road."), ("3", "Police arrested the mayor for corruption.")]
    assert list(classify_rows(rows)) == [("7", "ABDUCT_DISSAP"), ("3", "ARREST")]


def test_classify_claims_and_defections():
    assert classify_text("The movement denied it was behind the ambush on the convoy.") == "ATTRIB"
    assert classify_text("A senior commander defected to the government side with forty of his men.") == "CHANGE_TO_GROUP_ACT"
    assert classify_text("Warplanes destroyed an ammunition depot used by the insurgents.") == "AIR_STRIKE"


def test_classify_protest_violence_is_judged_by_who_acts():
    # a clash between demonstrators and police is a violent demonstration even when police use tear gas
    assert classify_text("Police clashed with hundreds of students at the campus gate and fired tear gas.") == "VIOL_DEMONSTR"
    assert classify_text("Marchers hurled bottles at officers guarding the town hall during the protest.") == "VIOL_DEMONSTR"
    assert classify_text("Police fired tear gas to clear a sit-in by teachers outside the education office.") == "PROTEST_WITH_INTER"


def test_classify_claim_after_the_lead_is_background():
    text = ("A buried mine hit a lorry on the mountain pass, killing five travellers. "
            "No group has claimed responsibility for the blast.")
    assert classify_text(text) == "REM_EXPLOS"
    assert classify_text("The movement claimed responsibility for the bombing of the bus.") == "ATTRIB"


def test_classify_broader_non_conflict_vocabulary():
    assert classify_text("A bus plunged into a gorge on the mountain highway, killing eleven.") == "MAN_MADE_DISASTER"
    assert classify_text("Health officials confirmed forty new cases of bird flu on poultry farms.") == "NATURAL_DISASTER"
    assert classify_text("Detectives dismantled a ring selling counterfeit medicines to pharmacies.") == "ORG_CRIME"
    assert classify_text("Gunmen attacked a hotel in Ivory Coast, killing three guests.") == "ATTACK"


def test_classify_who_fights_decides_clash_crime_or_mob():
    assert classify_text("Soldiers fought a gun battle with cattle bandits near the river, killing four of them.") == "ARMED_CLASH"
    assert classify_text("Bandits robbed travellers on the highway and made off with their cash.") == "ORG_CRIME"
    assert classify_text("Villagers clashed with sticks and stones over grazing land, leaving one man dead.") == "MOB_VIOL"


def _fake_readers(monkeypatch, scores, probabilities, imprecise=()):
    import sitrep.acled_model
    import sitrep.classify

    monkeypatch.setattr(sitrep.classify, "acled_scores", lambda text: dict(scores))
    monkeypatch.setattr(sitrep.classify, "labels_from_imprecise_rules", lambda text: frozenset(imprecise))
    monkeypatch.setattr(sitrep.acled_model, "label_probabilities", lambda text: dict(probabilities))


def test_classify_a_sure_model_overrules_only_broad_rules(monkeypatch):
    from sitrep.acled import broad_score_ceiling

    sure = {"ARMED_CLASH": 0.9, "ATTACK": 0.1}
    _fake_readers(monkeypatch, {"ATTACK": broad_score_ceiling() - 0.1}, sure)
    assert classify_text("Any snippet at all.") == "ARMED_CLASH"
    _fake_readers(monkeypatch, {"SUIC_BOMB": broad_score_ceiling() + 1.0}, sure)
    assert classify_text("Any snippet at all.") == "SUIC_BOMB"


def test_classify_an_unsure_model_leaves_broad_rules_alone(monkeypatch):
    _fake_readers(monkeypatch, {"ATTACK": 1.6}, {"ARMED_CLASH": 0.6, "ATTACK": 0.4})
    assert classify_text("Any snippet at all.") == "ATTACK"


def test_classify_without_a_rule_takes_the_models_best_guess(monkeypatch):
    _fake_readers(monkeypatch, {}, {"ABDUCT_DISSAP": 0.4, "DIPLO": 0.3, "ATTACK": 0.3})
    assert classify_text("Any snippet at all.") == "ABDUCT_DISSAP"


def test_classify_an_empty_snippet_is_the_default_label():
    assert classify_text("") == "DIPLO"
    assert classify_text("   ") == "DIPLO"


def test_classify_armed_groups_attacking_troops_fight_them():
    # a named armed side attacking a military target, or an attack beaten back, is an armed clash whatever the model says
    assert classify_text("Jihadist fighters attacked an army outpost near the border at dawn, a military source said.") == "ARMED_CLASH"
    assert classify_text("Islamist fighters stormed a police checkpoint outside the town, officials said.") == "ARMED_CLASH"
    assert classify_text("Soldiers repulsed a night assault on their base in the hills, the army said.") == "ARMED_CLASH"
    # not when ground is taken after the fight, nor when the camp is one of displaced people
    assert classify_text("Rebels seized the garrison town after two days of fighting with the army.") == "NON_STATE_ACTOR_OVERTAKES_TER"
    assert classify_text("Gunmen raided a camp for displaced families, killing seven residents.") == "ATTACK"
    # unarmed youths clashing with police are no armed side: the specific clash rule stays silent
    assert acled_scores("Youths blocked the ring road and clashed with police over the water shortages.").get("ARMED_CLASH", 0) <= broad_score_ceiling()


def test_classify_a_very_sure_model_overrules_an_imprecise_rule_family(monkeypatch):
    from sitrep.classify import MODEL_OVERRULES_IMPRECISE

    # ARREST is proposed by a weaker rule too (a label no rule proposed needs more: see the next test)
    specific = {"ABDUCT_DISSAP": broad_score_ceiling() + 1.0, "ARREST": broad_score_ceiling() - 0.5}
    very_sure = {"ARREST": MODEL_OVERRULES_IMPRECISE + 0.05, "ABDUCT_DISSAP": 0.01}
    _fake_readers(monkeypatch, specific, very_sure, imprecise={"ABDUCT_DISSAP"})
    assert classify_text("Any snippet at all.") == "ARREST"
    # not a family that is precise on the corpus, nor when the model is only fairly sure
    _fake_readers(monkeypatch, specific, very_sure)
    assert classify_text("Any snippet at all.") == "ABDUCT_DISSAP"
    fairly_sure = {"ARREST": MODEL_OVERRULES_IMPRECISE - 0.05, "ABDUCT_DISSAP": 0.01}
    _fake_readers(monkeypatch, specific, fairly_sure, imprecise={"ABDUCT_DISSAP"})
    assert classify_text("Any snippet at all.") == "ABDUCT_DISSAP"


def test_classify_an_imprecise_rule_yields_to_a_label_no_rule_proposed_only_when_the_model_is_very_sure(monkeypatch):
    from sitrep.classify import MODEL_OVERRULES_IMPRECISE, MODEL_OVERRULES_IMPRECISE_UNPROPOSED

    assert MODEL_OVERRULES_IMPRECISE < MODEL_OVERRULES_IMPRECISE_UNPROPOSED < 1.0
    only_agreement = {"AGREEMENT": broad_score_ceiling() + 0.8}
    between = (MODEL_OVERRULES_IMPRECISE + MODEL_OVERRULES_IMPRECISE_UNPROPOSED) / 2
    _fake_readers(monkeypatch, only_agreement, {"ARMED_CLASH": between, "AGREEMENT": 0.02}, imprecise={"AGREEMENT"})
    assert classify_text("The two militias signed a truce after months of skirmishes.") == "AGREEMENT"
    very_sure = {"ARMED_CLASH": MODEL_OVERRULES_IMPRECISE_UNPROPOSED + 0.01, "AGREEMENT": 0.01}
    _fake_readers(monkeypatch, only_agreement, very_sure, imprecise={"AGREEMENT"})
    assert classify_text("The two militias signed a truce after months of skirmishes.") == "ARMED_CLASH"
    # the same sureness below the bar is enough when a rule proposed the model's label as well
    both = {**only_agreement, "ARMED_CLASH": broad_score_ceiling() - 0.3}
    _fake_readers(monkeypatch, both, {"ARMED_CLASH": between, "AGREEMENT": 0.02}, imprecise={"AGREEMENT"})
    assert classify_text("The two militias signed a truce after months of skirmishes.") == "ARMED_CLASH"
