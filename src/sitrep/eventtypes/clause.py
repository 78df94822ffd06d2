"""`event_type(token)`: a trigger's type read in its clause (negated, future, intended, demanded,
ordered...), and `typed_triggers(sentence)`: every typed trigger of a sentence.

The clause readings of `force`, `relations`, `handovers` and `speech` are tried in a fixed order;
then the codebook conventions of `conventions` (modality of the clause) decide the final type.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

import numpy
from spacy.attrs import DEP, LEMMA, POS
from spacy.symbols import ADJ, NOUN, PROPN, VERB

from ..actors import code_actor
from ..modality import hedged_past
from ..nlp import clause_verb, dependency_tree
from .conventions import (
    ASPECT_VERBS, BLAME_WORDS, COOPERATIVE, DECISION_VERBS, DECREEING, DEMAND_HEADS, DEMAND_NOUNS, FAIL_HEADS,
    FUTURE_AUX, HOSTILE, INTENT_HEADS, MUST_AUX, UNHESITATING, OBJECT_CONTROL, POSSIBLE_AUX, PREPARE_VERBS, REPORTING,
)
from .force import (armed_with_weapons, crowd_control, done_by_event, forced, joint, keeping_peace, mobilised_too,
                    or_face, ordered, mass_expulsion, REINFORCING, sanction_decided, test_or_help, ULTIMATUM)
from .handovers import (
    CONVEYING, access_granted, carrying_relief, gear_handed, handed_suspect, headline_conveyed, let_go, money_paid, participation,
    received_help,
    relief_conveyed, sent_for_trial, under_contract,
)
from .loader import TriggerType, lexicon
from .relations import (embargo_on_places, expels_state, frozen_at_home, kept_in_force, quits_talks, reduces_relations,
                        sent_away, trade_measure)
from .speech import (
    called_on, demand_met, heeded_call, held_responsible, help_offered, inquiry_set_up, labelled, promised, prospect_of,
    released_information, trailing_attribution, rallied_against, RALLYING, welcomed_guest,
)
from .phrases import hyphened_word
from .subjects import names_party, phrase_code
from .triggers import memoised, trigger_type, verb_read_as_modifier


def event_type(token) -> Optional[TriggerType]:
    """trigger_type() read in its clause: negated, future, intended or demanded actions.

    "will withdraw" -> AGREE, "would impose a blockade" -> THREATEN, "must release" -> REQUEST,
    "urged X to release" -> REQUEST, "did not agree" / "failed to agree" -> REJECT, "will withdraw
    unless ..." -> THREATEN. Negated hostile actions and plain statements keep their type; a
    reported "X must do Y" is a demand even when Y is no trigger.
    """
    return memoised("sitrep_event_type", token, _event_type)


def _event_type(token) -> Optional[TriggerType]:
    # the token's lemma and part of speech, read once (from the Doc's table, by index; its heads and children too):
    # each read of a Token attribute looks the string up again, and token.head builds a Token
    tree = dependency_tree(token.doc)
    heads, deps, lowers, i = tree.heads, tree.deps, tree.lowers, token.i
    lemma, pos = tree.lemmas[i], tree.pos[i]
    # help received from a party is that party's aid ("accepted a loan from X" too, not an agreement)
    base = received_help(token, tree) or trigger_type(token)
    if pos == "VERB" and (base is None or base.plover_type in ("MOBILIZE", "CONSULT")):
        base = relief_conveyed(token, tree) or base  # "flew in tents to X": help carried, not a visit or a deployment
        if base is None and lemma in ("arm", "rearm"):
            base = armed_with_weapons(token)  # "X armed the hill tribes with rifles": weapons supplied (CAMEO 072)
        if base is None and deps[i] == "compound":
            base = headline_conveyed(token)  # "Oslo ships drones to Baku": tagged a verb, yet hung on the goods
    if pos == "VERB" and (base is None or base.plover_type == "COERCE"):
        base = mass_expulsion(token, tree) or base  # "drove thousands of ethnic X across the border": a people cleansed
    if pos == "NOUN" and base is None:
        base = headline_conveyed(token)  # "Oslo airlifts tents to Dili": a headline verb the parser read as a noun
    if base is not None and pos == "VERB" and _describes_event_noun(token):
        return None  # "the resignation of X, demanded for weeks by students, was announced": the noun is the event
    if pos == "VERB" and _protest_called_off(token, lemma):
        base = _CALLED_OFF  # "the dockers called off their strike", "students ended a sit-in": dissent eased (CAMEO 08)
    if base is not None and pos == "VERB" and lemma in _REACTION_DRAWN and _drawn_by_event_noun(token):
        return None  # "the closure of the border by X drew sharp criticism": the noun is the act, the rest comment on it
    if base is not None and base.plover_type == "CONSULT" and pos == "NOUN" and _meeting_as_setting(token):
        return None  # "told the press at a summit with X that Y had ...": the meeting is where it was told, not the news
    if base is not None and base.plover_type == "CONSULT" and pos == "VERB" and _meeting_before_act(token):
        return None  # "the juntas met in X and agreed to ...", "met in X, where Y rebuffed ...": the meeting is the setting
    if base is not None and pos == "NOUN" and _object_of_misread_verb(token):
        return None  # "the union snubbed government offer": the offer is what the snub is of, not an act of its own
    if base is not None and lemma in _ALLEGING and any(
            c.dep_ in ("ccomp", "parataxis") and c.i < token.i for c in token.children) and _tells_an_act(token):
        return None  # "X kept funnelling arms to Y, officials alleged": the allegation trails the act it tells
    if base is not None and base.plover_type == "SUPPORT" and lemma == "stand" and any(
            c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "by" and not any(p.dep_ == "pobj" for p in c.children)
            for c in token.children) and not any(c.dep_ in ("dobj", "obj") for c in token.children):
        return None  # "as police stood by", "troops stood by and watched": onlookers, no one stood by (CAMEO 05)
    if base is not None and base.plover_type == "SUPPORT" and pos == "VERB" and _regret_over_others(token):
        return TriggerType("ACCUSE", "disapprove", "11")  # "expressed regret over Delhi's missile test": disapproval
    if base is not None and base.plover_mode == "flee" and pos == "VERB" and _attack_escaped(token):
        return None  # "escaped an assassination attempt", "escaped unhurt from an ambush": the attack is the act told
    if base is not None and lemma in ATTRIBUTING and _tells_an_act(token):
        # "..., the army admitted in a statement", "complained that police had rounded up X": the act told is the news
        return None
    faced = heads[i] if deps[i] == "conj" and tree.pos[heads[i]] == "NOUN" else i  # "face dismissal and force"
    if pos == "NOUN" and deps[faced] in ("dobj", "obj") and tree.lemmas[heads[faced]] == "face" and or_face(
            token.doc[heads[heads[faced]] if deps[heads[faced]] == "conj" else heads[faced]]):
        return ULTIMATUM  # "... by Friday or face war": what is held over a demand is a threat (CAMEO 13)
    if deps[i] == "pobj" and tree.lowers[heads[i]] in ("for", "about", "over") and tree.lemmas[heads[heads[i]]] in _SORRY:
        return _APOLOGY  # "said it was deeply sorry for the killings": the apology is the act told (CAMEO 055)
    if held_responsible(token, tree):
        return TriggerType("ACCUSE", "allege", "11")
    if base is not None and _cause_of_concern(token):
        return TriggerType("ACCUSE", "disapprove", "11")  # "was deeply concerned by China's drills": disapproval
    named = labelled(token, tree) if base is None or lemma == "call" else None
    if named is not None:
        return named
    if base is None:
        if pos == "VERB" and deps[i] == "ccomp" and tree.lemmas[heads[i]] in REPORTING and any(
                deps[c] == "aux" and lowers[c] in MUST_AUX for c in tree.children[i]):
            return TriggerType("REQUEST", None, "10")
        if deps[i] == "ccomp" and token.lemma_ == "be" and tree.lemmas[heads[i]] in _BLAME_FINDING and any(
                (c.dep_ == "acomp" and c.lemma_.lower() in BLAME_WORDS) or (c.dep_ == "prep" and c.lower_ == "behind")
                for c in token.children):
            return TriggerType("ACCUSE", "allege", "11")  # "said X was responsible for / behind Y"
        if _unhesitating_threat(token, tree):
            return TriggerType("THREATEN", None, "13")  # "would not hesitate to use force": resolve to act
        base = handed_suspect(token, None, tree)  # "transferred three militants to Iraq": judicial cooperation
        if base is None:
            base = forced(token, tree)  # "forced villagers to attend a rally", "forced families from their land"
        if base is None and _ready_to(token, tree):
            return TriggerType("AGREE", None, "03")  # "said it was ready to appoint X", "willing to settle": an intent
        if base is None and _reform_intended(token, tree):
            return TriggerType("AGREE", None, "03")  # "would legalise opposition parties": intent of reform (CAMEO 034)
        if base is None:
            return None
    if base.plover_mode == "arrival" and not _official_arrival(token):
        return None  # "troops arrived in the town", "the ship arrived": no visit
    if base.plover_type == "COERCE" and _ended_by_noun(token, _RESTRICTIONS):
        return _CALLED_OFF  # "an end to the curfew was declared", "the lifting of the ban": a restriction eased (CAMEO 081)
    if base.plover_type in ("ASSAULT", "COERCE") and _found_by_inquiry(clause_verb(token, max_steps=3)):
        return _FINDING  # "a UN report found that soldiers had killed villagers": the finding is the news (CAMEO 112)
    base = (participation(token, base) or access_granted(token, base, tree) or ordered(token, base)
            or sanction_decided(token, base)
            or joint(token, base)
            or test_or_help(token, base) or quits_talks(token, base)
            or handed_suspect(token, base, tree) or crowd_control(token, base) or under_contract(token, base)
            or done_by_event(token, base) or embargo_on_places(token, base) or let_go(token, base)
            or money_paid(token, base) or gear_handed(token, base, tree) or carrying_relief(token, base)
            or inquiry_set_up(token, base, tree)
            or welcomed_guest(token, base) or mobilised_too(token, base) or base)
    base = _sent_to_inquire(token, base, tree) or base
    base = reduces_relations(token, base) or base  # also on an act ordered: "ordered the expulsion of ... diplomats"
    base = frozen_at_home(token, base) or base  # "froze the assets of rights groups": goods of one's own society held
    base = sent_away(token, base) or base  # "demanded the withdrawal of the UN mission": an outside body expelled
    base = (trade_measure(token, base) or expels_state(token, base) or kept_in_force(token, base) or sent_for_trial(token, base)
            or promised(token, base, tree) or help_offered(token, base) or called_on(token, base)
            or prospect_of(token, base)
            or base)
    base = heeded_call(token, base, tree) or demand_met(token, base) or base
    if base.plover_type == "SANCTION" and _ended_by_noun(token, _EASED_MEASURES):
        base = _SANCTION_EASED  # "the lifting of sanctions on X was announced", "an easing of the embargo" (CAMEO 085)
    if base.plover_type == "RETREAT" and base.plover_mode == "ease" and pos == "VERB" and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("door", "gate") for c in token.children):
        return None  # doors opened to no one sheltered ("the school opened its doors"): refugees let in are asylum
    # (papers "returned" are given back, not published: CAMEO 0842 return property)
    if base.plover_type == "RETREAT" and base.plover_mode == "release" and pos == "VERB" and \
            lemma != "return" and released_information(token):
        return None  # "released a video", "in a statement released on Monday": published, nobody freed
    if base.plover_type == "MOBILIZE" and pos == "VERB" and keeping_peace(token):
        base = _PEACEKEEPING  # troops sent to a peacekeeping force or mission, peacekeepers on patrol
    if base.plover_mode == "peacekeeping" and pos == "VERB" and any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in REINFORCING for c in token.children):
        base = TriggerType("MOBILIZE", "troops", "15")  # "peacekeepers were sent to reinforce the mission": a build-up
    if base.plover_type == "CONSULT" and _date_set_for(token):
        base = TriggerType("AGREE", None, "03")  # "set a date to resume talks", "fixed a date for a summit" (CAMEO 036)
    kind = base.plover_type
    if pos == "VERB" and _condition(token, tree):
        return None  # "... unless the council cut bus fares", "should the river breach X": a condition, not an act
    verb = token if pos == "VERB" else token.head
    if deps[i] == "pobj" and lowers[verb.i] in ("for", "to", "on") and tree.pos[heads[verb.i]] == "VERB" and \
            trigger_type(verb.head) is None:
        verb = verb.head  # "will travel to Kyiv for talks", "would go to the summit": the journey's modality is the act's
    # the verb's and the trigger's children read by index from the Doc's table (no Token built per child)
    aux = {lowers[c] for c in tree.children[verb.i] if deps[c] in ("aux", "auxpass")}
    negated = any(deps[c] == "neg" for c in tree.children[verb.i]) or any(deps[c] == "neg" for c in tree.children[token.i])
    if tree.pos[verb.i] == "VERB":
        verb, aux = _modal_anchor(verb, aux)
    verb_dep = deps[verb.i]  # (read often below)
    # "sworn to fight" is often parsed as an infinitival adverbial clause: it is a complement too
    infinitive = verb_dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # (a "that" clause on a demand noun the parser took for a relative clause: "renewed its call that X withdraw")
    demand_clause = verb_dep == "relcl" and verb.head.lemma_.lower() in DEMAND_NOUNS and any(
        c.lower_ == "that" for c in verb.children)
    governing = verb.head if (verb_dep in ("xcomp", "ccomp", "acomp", "acl") or infinitive or demand_clause) and \
        verb.head.i != verb.i else None
    if verb_dep == "advcl" and verb.head.lemma_.lower() in DEMAND_HEADS and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        governing = verb.head  # "is pushing hard for Berlin (to) back its plan": what is pressed for
    if verb_dep == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() == "hear" and any(
            c.dep_ == "neg" for c in verb.head.head.children):
        negated = True  # "will not hear of resigning": a refusal (CAMEO 12)
    if verb_dep == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in INTENT_HEADS:
        governing = verb.head.head  # "has no intention of resigning", "announced its intention of withdrawing"
    governor = governing.lemma_.lower() if governing is not None else ""
    if verb_dep == "acl" and verb.head.lemma_.lower() == "right" and verb.head.dep_ in ("dobj", "obj") and \
            verb.head.head.lemma_.lower() in ("reserve", "retain"):
        governing, governor = verb.head.head, "ready"  # "reserves the right to strike X": an act held in readiness
    if infinitive and any(c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.lower_ in ("ready", "willing", "prepared")
                          and c.i < verb.i for c in governing.children):
        governor = "ready"  # "declared his government ready to resume talks": the small parser hangs "to" on the verb
    if governor in ("have", "be") and verb_dep == "xcomp" and any(c.lower_ == "yet" for c in governing.children):
        negated = True  # "the rebels have yet to free the hostages", "is yet to sign": not done
    elif governor == "be" and verb_dep == "xcomp" and _scheduled_by_copula(governing):
        governor = "set"  # "the envoy is to meet rebel leaders": what is to happen is planned, like "is set to meet"
    held_back = _held_back_from(verb, tree)
    if held_back and kind in HOSTILE:
        return None  # "stopped short of annexing", "refrained from imposing sanctions": no act
    negated = negated or held_back  # "refrained from endorsing the plan" (cooperation held back: a refusal)
    if governor == "insist" and verb_dep == "ccomp" and _told_as_done(verb):
        governor = ""  # "insisted that its troops had never fired": a claim, not a demand ("insisted that X withdraw")
    stance = _stance_toward(token)
    if stance is not None:
        # "was open to talks", "is ready for dialogue": a stance toward the act is an intent (or, negated, a refusal)
        governor = "ready"
        negated = negated or any(c.dep_ == "neg" for h in (stance, stance.head) for c in h.children)
    if governing is not None:
        # "X must be ready to negotiate": the "must" sits on the governing verb ("be" of "ready"); by index
        governed_by = tree.children[governing.i]
        node = governing.i
        for _ in range(2):
            aux |= {lowers[c] for c in tree.children[node] if deps[c] == "aux" and lowers[c] in MUST_AUX}
            if deps[node] not in ("acomp", "xcomp") or tree.heads[node] == node:
                break
            node = tree.heads[node]
        if governor in _COMPELLED and any(deps[c] == "auxpass" for c in governed_by):
            # "might be obliged to halt its good offices": the "might" of being compelled is the act's (CAMEO 13 threat)
            aux |= {lowers[c] for c in governed_by if deps[c] == "aux" and lowers[c] in POSSIBLE_AUX | FUTURE_AUX}
        if verb_dep == "ccomp" and any(deps[c] in ("dobj", "obj") and tree.lemmas[c] in DEMAND_NOUNS
                                        for c in governed_by):
            governor = "demand"  # "reiterated its demand that X ease ...": the clause is what is demanded
    # "protested that ...", "..., the group protested", "protested to the ambassador"
    verbal = deps[i] == "parataxis" or any(deps[c] == "ccomp" for c in tree.children[token.i]) or (
        lemma == "protest" and any(deps[c] == "prep" and lowers[c] == "to" for c in tree.children[token.i])) or (
        trailing_attribution(token))
    if kind == "CONCEDE" and lemma in _RUNNING and _for_office(token):
        # "would not seek another term": office given up; "will run for a second term" is no event
        return base if negated else None
    if kind == "PROTEST" and pos == "VERB" and verbal:
        # "protested that ...", "..., the group protested": a verbal protest is disapproval (CAMEO 11),
        # not a demonstration (14)
        return TriggerType("ACCUSE", "disapprove", "11")
    if kind in ("ASSAULT", "COERCE") and not aux & _MODALS and _action_to_demand(token):
        return DEMONSTRATION  # "blocked roads to demand land rights", "a strike called to press for X" (CAMEO 14)
    if kind == "ACCUSE" and lemma == "summon" and any(
            c.dep_ in ("xcomp", "advcl", "conj") and c.lemma_.lower() in ("demand", "call", "urge", "ask", "press")
            for c in token.children):
        return TriggerType("REQUEST", None, "10")  # "summoned the envoy to demand / and demanded the release of": the demand
    if kind == "COERCE" and base.plover_mode == "seize" and pos == "VERB" and _won_in_fighting(token):
        return TriggerType("ASSAULT", None, "19")  # "the militia took the ridge in heavy clashes": the battle is the news
    if kind == "SANCTION" and pos == "VERB" and lemma in ("block", "veto") and any(
            p.dep_ == "poss" and code_actor(p.text).role == "IGO" for c in token.children if c.dep_ in ("dobj", "obj")
            for p in c.children):
        return TriggerType("REJECT", None, "12")  # "vetoed the EU's loan to X": a body's decision vetoed
    if kind == "REQUEST" and rallied_against(token) is not None:
        return TriggerType("ACCUSE", "disapprove", "11")  # "called on Arab states to unite against X"
    if kind == "PROTEST" and lemma in RALLYING and rallied_against(token) is not None:
        return TriggerType("ACCUSE", "disapprove", "11")  # "rallied its allies against X": opposition rallied (113)
    if kind == "REQUEST" and _rallied_behind(token):
        return _RALLIED_SUPPORT  # "urged its allies to close ranks behind X", "lobbied Y for support for X"
    if governing is not None and governing.lemma_.lower() in INTENT_HEADS and governing.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in governing.children):
        negated = True  # "has no plans to return the marbles", "no intention of withdrawing"
    if _ruled_out(token):
        negated = True  # "lifting the sanctions is out of the question", "talks are off the table"
    if kind == "REJECT" and (negated or governor in FAIL_HEADS):
        # "did not rule out a naval strike", "refused to rule out talks": a possibility kept open
        kept = _kept_open(token)
        if kept is not None:
            return kept
    if governing is not None and governor in FAIL_HEADS and kind in COOPERATIVE:
        return TriggerType("REJECT", None, "12")
    if negated and kind in COOPERATIVE:
        return TriggerType("REJECT", None, "12")
    if kind not in ("REQUEST", "REJECT", "ACCUSE", "THREATEN") and governor == "give" and _deadline_given(governing):
        return ULTIMATUM  # "gave the militia until Friday to pull back": an ultimatum (CAMEO 139)
    if kind not in ("REQUEST", "REJECT", "ACCUSE", "THREATEN"):
        # "urged the rebels to release", "wants Y to attack": a demand made of someone else
        object_control = governing is not None and verb_dep == "xcomp" and any(
            c.dep_ in ("dobj", "obj") for c in governing.children) and governor in OBJECT_CONTROL
        # "wants Germany to confirm the border": the parser may give the one asked as the infinitive's own subject
        object_control = object_control or (governing is not None and verb_dep == "ccomp" and governor in OBJECT_CONTROL
                                            and any(c.dep_ == "nsubj" for c in verb.children)
                                            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
        if not object_control and governor in _STOPPING and verb_dep == "xcomp" and governing.dep_ == "xcomp":
            # "told X to stop selling arms", "urged Y to cease bombing": the act to stop is what is asked
            asker = governing.head
            object_control = asker.lemma_.lower() in OBJECT_CONTROL | DEMAND_HEADS and any(
                c.dep_ in ("dobj", "obj") for c in asker.children)
        if aux & MUST_AUX or governor in DEMAND_HEADS or object_control:
            return ULTIMATUM if or_face(verb) else TriggerType("REQUEST", None, "10")
    readying = governing
    if readying is not None and governor in ASPECT_VERBS and readying.dep_ == "xcomp" and readying.head.i != readying.i:
        readying = readying.head  # "was ready to restart the bombardment"
    if kind in HOSTILE and readying is not None and readying.lemma_.lower() in PREPARE_VERBS and readying.tag_ != "VBN":
        # "the brigade prepared to resume its bombardment", "troops are preparing to storm": readying force is a
        # show of force (CAMEO 15); "is prepared to use force" (a stance) stays a threat
        return TriggerType("MOBILIZE", "troops", "15")
    conditional = any(deps[m] == "mark" and lowers[m] in ("if", "unless") for c in tree.children[verb.i]
                      if deps[c] == "advcl" for m in tree.children[c])
    if kind in HOSTILE and deps[i] in ("dobj", "obj") and tree.lemmas[heads[i]] == "face" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for c in token.head.children if c.dep_ == "advcl"
            for m in c.children):
        return TriggerType("THREATEN", None, "13")  # "warned Y it faced air strikes unless it pulled back": a warning
    if kind == "SANCTION" and aux & FUTURE_AUX and governor in DECISION_VERBS and not conditional:
        return base  # "announced it would halt all aid": a decision made known, not a threat ("... if X" is one)
    if aux & FUTURE_AUX and (governor in DECREEING or _by_legal_instrument(verb)) and not conditional:
        # "the emir decreed that farmers would be permitted to export grain", "under the new law, X will allow ...":
        # the decree is the act
        return base
    if aux & FUTURE_AUX and kind == "CONCEDE" and verb.lemma_.lower() in ("allow", "permit") and any(
            c.dep_ == "auxpass" for c in verb.children) and not any(
            t.dep_ == "mark" and t.lower_ in ("if", "unless", "once", "provided") for t in verb.subtree):
        return base  # "farmers will be allowed to export grain from March": a rule announced, no mere intent
    # "would not hesitate to strike", "will not shy away from using force": a resolve stated in the negative
    resolved = governor in UNHESITATING and any(c.dep_ == "neg" for c in governing.children)
    if aux & FUTURE_AUX or governor in INTENT_HEADS or resolved:
        marks = {lowers[m] for c in tree.children[verb.i] if deps[c] == "advcl" for m in tree.children[c] if deps[m] == "mark"}
        # "will withdraw unless ...", "will strike if ...": an ultimatum; "would meet if ..." stays an offer
        # ("would block X's bid to join unless ...": the parser may hang the condition on a clause of the object)
        ultimatum = "unless" in marks or ("if" in marks and kind in HOSTILE) or _condition_below(verb)
        # ("would block its membership unless ...": a refusal held over someone is a threat too)
        if ultimatum and kind in COOPERATIVE | HOSTILE | {"REJECT"} and kind != "AGREE":
            return TriggerType("THREATEN", None, "13")
        if kind in COOPERATIVE and kind != "AGREE" and _by_force(verb):
            return TriggerType("THREATEN", None, "13")  # "would hold the pass by any means", "will retake it by force"
        if kind in COOPERATIVE and kind != "AGREE":
            return TriggerType("AGREE", None, "03")
        if kind == "MOBILIZE" and not ultimatum and governor not in _MENACING:
            return base  # "plans to station a garrison in Poland", "will deploy police to Haiti": a build-up, no threat of force
        if kind in HOSTILE:
            return TriggerType("THREATEN", None, "13")
    if aux & POSSIBLE_AUX and kind in COOPERATIVE and kind != "AGREE" and verb_dep == "ccomp" and (
            governor in _HINTING) and not hedged_past(verb):
        return TriggerType("AGREE", None, "03")  # "indicated that it might bow to the demands", "said it could free X"
    if aux & POSSIBLE_AUX and kind in HOSTILE and not hedged_past(verb):
        return TriggerType("THREATEN", None, "13")  # "may halt", "could impose"
    return base


# verbs too light to be the intent's act ("ready to be", "willing to do so" tells no act of its own)
_LIGHT_ACTS = {"be", "do", "have", "go", "come", "say", "see", "wait", "listen", "help", "accept", "pay"}


_READY = ("ready", "willing", "prepared")
# verbs that say or find who is to blame: "said X was responsible", and an official finding ("considers / has
# established / found that X was responsible for")
_BLAME_FINDING = REPORTING | {"consider", "establish", "find", "determine", "assess", "judge"}
# a verb of promising and the nouns of being ready, read as _READY ("undertook to hold", "announced its readiness to")
_UNDERTAKING = ("undertake", "undertook")
_READY_NOUNS = ("readiness", "willingness")
_POLITICAL_ROLES = {"GOV", "OPP", "REB", "INS", "IGO", "LEG", "POL", "JUD"}


def _ready_to(verb, tree) -> bool:
    """A party "ready", "willing" or "prepared" to do something no trigger names ("said it was ready to appoint a
    prime minister from the opposition", "were willing to settle their quarrel") states an intent (CAMEO 03); acts
    with a type of their own are read through their modality instead. "Undertook to X" and "announced its
    readiness to X" state the same intent; the stance's verb is the one whose subject is the party."""
    v = verb.i  # (asked of every verb of no type: the first tests by index on the Doc's table)
    if tree.pos[v] != "VERB" or tree.deps[v] not in ("xcomp", "acl") or tree.lemmas[v] in _LIGHT_ACTS:
        return False
    stance = verb.head
    lemma = stance.lemma_.lower()
    if verb.dep_ == "xcomp" and lemma in _UNDERTAKING:
        stance_verb = stance  # "the cabinet undertook to free the press": a promise in the speaker's own words
    elif verb.dep_ == "acl" and lemma in _READY_NOUNS and stance.dep_ in ("dobj", "obj"):
        stance_verb = stance.head  # "announced its willingness to reshuffle the cabinet": the noun of the same stance
    elif verb.dep_ == "xcomp" and lemma in _READY and stance.dep_ == "acomp":
        stance_verb = stance.head
    else:
        return False
    if any(c.dep_ == "neg" for h in (stance, stance_verb, verb) for c in h.children):
        return False
    subject = next((c for c in stance_verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON" or subject.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return True
    code = phrase_code(subject)
    return bool(code.country) or code.role in _POLITICAL_ROLES  # ("the squad is ready to play": no party)


# verbs ending a strike or sit-in (the lexicon's CONCEDE grid of dissent eased) and the strikes that are no protest
_ENDING = {"end", "suspend", "halt", "stop", "abandon", "drop", "break", "terminate", "conclude", "cancel", "postpone"}
_PROTEST_ENDED = {"strike", "strikes", "sit-in", "in", "protest", "protests", "demonstration", "demonstrations", "march",
                  "vigil", "walkout", "picket", "stoppage", "occupation"}
_FORCE_MODIFIERS = {"air", "drone", "missile", "military", "naval", "artillery", "rocket", "israeli", "russian", "american"}


_CALLED_OFF = TriggerType("CONCEDE", None, "08")
_SANCTION_EASED = TriggerType("RETREAT", "ease", "08")
# measures whose ending, told as a noun, is a pull-back (sanctions eased, CAMEO 085) or a concession (restrictions
# lifted, CAMEO 081); the nouns of their ending: "an end to the curfew", "the lifting of sanctions", "a relaxation of"
_EASED_MEASURES = {"sanction", "sanctions", "embargo", "blockade", "siege", "boycott"}
_RESTRICTIONS = {"ban", "curfew", "restriction", "curb", "censorship", "emergency", "prohibition", "moratorium", "law", "rule"}
_ENDING_NOUNS = {"end", "ending", "lifting", "lift", "easing", "relaxation", "relaxing", "loosening", "removal", "repeal",
                 "abolition", "scrapping", "rescinding", "revocation", "suspension"}


# verbs ending a measure named as their object ("ended censorship", "abolished the curfew")
_ENDING_VERBS = {"end", "abolish", "scrap", "repeal", "rescind", "revoke"}


def _ended_by_noun(token, measures: set) -> bool:
    """Whether a measure is what an ending noun is of or to ("an end to the ban was announced", "the lifting of
    sanctions"): the measure eased, not imposed (the noun told as the act, as "lifted the sanctions" is as a verb)."""
    if token.pos_ != "NOUN" or not ({token.lower_, token.lemma_.lower()} & measures):
        return False
    if token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB" and token.head.lemma_.lower() in _ENDING_VERBS:
        return True  # "the ministry ended censorship of the press": the restriction is what is ended
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ in ("to", "of", "on") and prep.head.lower_ in _ENDING_NOUNS


_RALLIED_SUPPORT = TriggerType("SUPPORT", None, "05")
_BACKING_NOUNS = {"support", "backing"}
_OWN_WORDS = {"its", "their", "his", "her", "our", "my", "own"}
# what those called on are asked to do for a third party: "urged the bloc to back X", "to stand with X"
_BACKING_VERBS = {"back", "support", "endorse", "defend", "stand", "side", "recognise", "recognize"}


def _party_word(token) -> bool:
    """Whether the head noun itself names a party ("Liberia's president", "the Lebanese government"), not a
    party's thing ("Washington's Bosnia policy": rallying to it is the caller's request)."""
    if token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return True
    code = code_actor(token.text)
    return bool(code.country or code.role)


def _rallied_behind(call) -> bool:
    """Whether a call on others rallies them behind a third party: "urged Gulf states to close ranks behind X",
    "rally around X", "was lobbying its partners for support for X". Support sought for the caller's own side
    ("asked for support for its reforms") or for a thing ("support for the budget") is a plain request."""
    if call.pos_ != "VERB":
        return False
    # the subtree's prepositions found by index: a Token is built only for them (the test is any one, in any order)
    tree = dependency_tree(call.doc)
    for w in tree.subtree(call.i):
        if w == call.i or tree.deps[w] != "prep":
            continue
        word = call.doc[w]
        backing = word.lower_ in ("behind", "around", "round") and word.head.lemma_.lower() in (
            "rank", "rally", "unite", "close", "line", "stand", "gather")
        noun = word.head
        backing = backing or (word.lower_ == "for" and noun.lemma_.lower() in _BACKING_NOUNS and not any(
            c.dep_ == "poss" for c in noun.children) and (
            (noun.dep_ in ("dobj", "obj") and noun.head.i == call.i) or (
                noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i == call.i)))
        if not backing:
            continue
        for party in word.children:
            if party.dep_ == "pobj" and names_party(party) and _party_word(party) and not any(
                    c.dep_ == "poss" and c.lower_ in _OWN_WORDS for c in party.children):
                return True
    return any(_backed_party(act) for act in call.children if act.dep_ in ("xcomp", "ccomp") and act.pos_ == "VERB")


def _backed_party(act) -> bool:
    """"(urged the bloc) to back Tolvik", "to stand with the people of X", "to back Varnia's bid for membership":
    the act asked of others is backing a third party, named or owning what is backed (not "its bid": the
    caller's own side, nor "the plan": a thing)."""
    if act.lemma_.lower() not in _BACKING_VERBS or any(c.dep_ == "neg" or (c.dep_ == "prep" and c.lower_ == "against")
                                                       for c in act.children):
        return False  # ("to stand united against the rigging": a rally against, read by rallied_against)
    backed = [c for c in act.children if c.dep_ in ("dobj", "obj")]
    backed += [p for c in act.children if c.dep_ == "prep" and c.lower_ in ("with", "behind")
               for p in c.children if p.dep_ == "pobj"]
    for thing in backed:
        owners = [c for c in thing.children if c.dep_ == "poss"]
        if any(o.lower_ in _OWN_WORDS for o in owners):
            continue
        if (names_party(thing) and _party_word(thing)) or any(names_party(o) and _party_word(o) for o in owners):
            return True
    return False


DEMONSTRATION = TriggerType("PROTEST", None, "14")
_MODALS = {"will", "would", "shall", "'ll", "could", "may", "might", "can"}
_DEMANDING = {"demand", "press", "protest", "call", "urge"}
_OBSTRUCTING = {"blockade", "block", "barricade", "occupy"}
_STOPPAGES = {"strike", "strikes", "stoppage", "walkout"}
_FORCE_ROLES = {"MIL", "COP", "REB", "INS"}


def _demands(token) -> bool:
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _DEMANDING for c in token.children)


def _action_to_demand(token) -> bool:
    """A stoppage or an obstruction made to press a demand is a protest, not force: "a strike called to demand
    the junta's exit" (not an air strike), "farmers blocked the highway to demand higher prices" (not a blockade
    by a force). Not when the doer is armed or police ("troops blockaded the port to press for ...")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and token.lower_ in _STOPPAGES:
        return _demands(token) or any(c.dep_ == "acl" and _demands(c) for c in token.children)
    if token.pos_ != "VERB" or lemma not in _OBSTRUCTING or not _demands(token):
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(
        phrase_code(s).role in _FORCE_ROLES for s in subjects)


def _protest_called_off(verb, lemma: str) -> bool:
    """Whether the verb ends or suspends a strike or protest as its object, said of its makers: "called off their
    strike", "ended a sit-in", "would suspend the stoppage" ease dissent (CAMEO 08). Not an armed party's own strikes
    ("halted its air strikes"), one broken up by police or troops ("police ended the sit-in"), nor a measure taken
    "in protest" ("halted military contacts in protest at X": the sanction). `lemma`: the verb's, lower-cased."""
    if lemma not in _ENDING and not (lemma == "call" and any(c.lower_ == "off" for c in verb.children)):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and (
        c.lower_ in _PROTEST_ENDED and (c.lower_ != "in" or hyphened_word(c) == "sit-in"))]
    if not objects:
        return False
    if any(m.dep_ in ("compound", "amod") and m.lower_ in _FORCE_MODIFIERS for o in objects for m in o.children):
        return False
    armed = lexicon().subject_words["armed"]
    node = verb
    for _ in range(3):  # "troops moved in and ended the occupation": the subject on the first verb
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            words = {subject.lemma_.lower(), *(c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod"))}
            return not words & armed
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    return True


def _regret_over_others(verb) -> bool:
    """Whether regret expressed is "over" or "at" another party's act ("expressed deep regret over Delhi's missile
    test"): disapproval (CAMEO 11), where regret "for" one's own deeds is an apology."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "regret"):
        preps = [c for c in (*obj.children, *verb.children) if c.dep_ == "prep" and c.lower_ in ("over", "at")]
        for thing in (p for c in preps for p in c.children if p.dep_ == "pobj"):
            if any(m.dep_ == "poss" and m.pos_ in ("PROPN", "NOUN") for m in thing.children):
                return True
    return False


def _attack_escaped(verb) -> bool:
    """Whether what a flight is from is an attack ("escaped an assassination attempt", "escaped from an ambush on his
    convoy"): the one who got away is its target, not a party retreating (CAMEO 185 attempted assassination)."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    things += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    things += [m for t in things for m in t.children if m.dep_ == "compound"]  # "an assassination attempt"
    for thing in things:
        kind = trigger_type(thing)
        if kind is not None and kind.plover_type == "ASSAULT":
            return True
    return False


# spans of time given as a deadline: "gave them 48 hours to leave"
_SPANS = {"hour", "day", "week", "month", "deadline"}


def _deadline_given(give) -> bool:
    """"gave X until midnight", "gave X 48 hours", "gave X a deadline": time allowed to act, an ultimatum."""
    return any((c.dep_ == "prep" and c.lower_ in ("until", "till", "til")) or (
        c.dep_ in ("dobj", "obj", "npadvmod", "dative") and c.lemma_.lower() in _SPANS) for c in give.children)


# verbs of being compelled: "could be forced to", "would be obliged to"
_COMPELLED = {"force", "compel", "oblige", "obligate"}


def _object_of_misread_verb(noun) -> bool:
    """Whether the noun heads a sentence the parser read as one noun phrase, a verb taken for its modifier
    ("Chad's military imposed martial law", "the council snubbed government offer") being the act."""
    if noun.dep_ != "ROOT" and noun.dep_ not in ("ccomp", "parataxis"):
        return False
    for word in noun.doc[noun.left_edge.i:noun.i]:
        if word.dep_ in ("amod", "compound") and word.lower_.endswith("ed"):
            read = verb_read_as_modifier(word)
            if read is not None and read.i == noun.i and trigger_type(word) is not None:
                return True
    return False


# verbs of saying that are acts only when they tell none ("complained to the council", "admitted defeat"): with a
# clause that reports an act they attribute it ("..., officials complained", "admitted that its troops had fired")
ATTRIBUTING = {"complain", "admit", "insist", "acknowledge", "concede", "lament", "stress", "emphasise", "emphasize"}
# verbs of accusing that only attribute the act when they trail it ("..., officials alleged")
_ALLEGING = {"allege", "charge"}


def _tells_an_act(verb) -> bool:
    return any(trigger_type(w) is not None for c in verb.children if c.dep_ in ("ccomp", "parataxis")
               for w in c.subtree if w.pos_ in ("VERB", "NOUN"))


# feelings of disapproval an act is the cause of: "was concerned by", "is alarmed at", "was outraged over"
_CONCERNED = {"concerned", "alarmed", "disturbed", "dismayed", "outraged", "appalled", "troubled", "worried", "shocked",
              "horrified", "incensed", "angered", "perturbed"}


def _cause_of_concern(noun) -> bool:
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in ("by", "about", "over", "at"):
        return False
    feeling = noun.head.head
    return feeling.lower_ in _CONCERNED and feeling.dep_ in ("acomp", "ROOT", "ccomp", "conj") and feeling.pos_ in ("ADJ", "VERB")


# what an act that is not going to happen "is": "out of the question", "off the table", "not on the agenda"
_RULED_OUT = {("out", "question"), ("off", "table"), ("off", "agenda")}


def _ruled_out(token) -> bool:
    """"lifting the sanctions is out of the question", "talks are off the table": an act set aside."""
    if token.dep_ not in ("csubj", "nsubj", "nsubjpass") or token.head.lemma_ != "be":
        return False
    places = {(c.lower_, w.lemma_.lower()) for c in token.head.children if c.dep_ in ("prep", "advmod") for w in c.subtree}
    return bool(places & _RULED_OUT)


# fighting a place is taken in or after
_FIGHTING = {"fight", "fighting", "clash", "clashes", "battle", "battles", "combat", "assault", "offensive", "bombardment",
             "shelling", "siege"}


def _won_in_fighting(verb) -> bool:
    """Ground taken "after fierce fighting", "in heavy clashes", "following a two-day siege"."""
    return any(p.lemma_.lower() in _FIGHTING or p.lower_ in _FIGHTING for c in verb.children
               if c.dep_ == "prep" and c.lower_ in ("after", "in", "following", "amid") for p in c.children
               if p.dep_ in ("pobj", "pcomp"))


def _by_force(verb) -> bool:
    """An act promised "by force" or "by any means (necessary)"."""
    return any(p.lemma_.lower() == "force" or (p.lower_ == "means" and any(m.lower_ in ("any", "all") for m in p.children))
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj")


def _condition(verb, tree) -> bool:
    """The verb of a condition: "if/unless" on an adverbial clause, or an auxiliary put before the subject
    ("should the river breach its banks", "had the army intervened"; the parser may make that clause the root).
    At the start of a sentence only a clause hung on another is one ("Should the rebels attack, ..."; "Should
    the UN intervene?" asks)."""
    deps, lowers, children = tree.deps, tree.lowers, tree.children[verb.i]  # by index (no Token built per child)
    if deps[verb.i] == "advcl" and any(deps[c] == "mark" and lowers[c] in ("if", "unless") for c in children):
        return True
    subjects = [c for c in children if deps[c] in ("nsubj", "nsubjpass")]
    return bool(subjects) and any(deps[c] in ("aux", "auxpass") and lowers[c] in ("should", "had", "were") and c < min(subjects)
                                  and (c > verb.sent.start or verb.dep_ == "advcl") for c in children)


# power taken by force, not kept open by a rejection not made ("would not rule out a putsch")
_SEIZURES_OF_POWER = {"coup", "putsch", "takeover"}


def _kept_open(verb) -> Optional[TriggerType]:
    """What a rejection not made keeps open: force (THREATEN, CAMEO 13) or, for "did not rule out", a cooperative
    act (AGREE, 03)."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"):
        kind = trigger_type(obj) or (TriggerType("ASSAULT", None, "19") if obj.lemma_.lower() in _SEIZURES_OF_POWER else None)
        # "the use of force": what is used
        kind = kind or next((trigger_type(p) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj" and trigger_type(p) is not None), None)
        if kind is None:
            continue
        if kind.plover_type in HOSTILE:
            return TriggerType("THREATEN", None, "13")
        if kind.plover_type in COOPERATIVE and verb.lemma_.lower() in ("rule", "exclude"):
            return TriggerType("AGREE", None, "03")
    return None


# texts with force of law: what "will" happen under one is decided ("a deal" is only agreed: an intent)
_LEGAL_INSTRUMENTS = {"decree", "law", "ruling", "regulation", "edict", "ordinance", "legislation", "amendment", "order",
                      "reform", "rule", "act", "statute"}


def _by_legal_instrument(verb) -> bool:
    """"under the new law, X will allow ...", "X will permit ..., under a presidential order"."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("under", "by")]
    # "according to": the parser hangs "to" on "according"
    preps += [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" for t in c.children
              if t.dep_ == "prep" and t.lower_ == "to"]
    return any(p.dep_ == "pobj" and p.lemma_.lower() in _LEGAL_INSTRUMENTS for c in preps for p in c.children)


# intents that menace: forces readied under a vow or threat are a threat of force
_MENACING = {"threaten", "vow", "swear", "warn"}


# verbs of standing for office (with "term", "re-election": lexicon)
_RUNNING = {"seek", "run", "stand", "contest"}
_OFFICE = {"term", "reelection", "re-election", "mandate"}


def _for_office(verb) -> bool:
    held = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    held += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "in") for p in c.children if p.dep_ == "pobj"]
    return any(w.lemma_.lower() in _OFFICE or w.lower_ in _OFFICE for w in held)


# adjectives of a stance toward an act named by a noun: "open to talks", "ready for dialogue"
_STANCES = {"open", "ready", "willing", "prepared", "amenable", "receptive", "eager", "keen"}


def _stance_toward(noun):
    """The adjective of stance whose "to"/"for" phrase a noun trigger is ("open to talks"), or None."""
    if noun.dep_ != "pobj":
        return None  # (before reading the head: `noun.head` builds a Token)
    prep = noun.head
    if prep.lower_ not in ("to", "for") or prep.head.pos_ != "ADJ":
        return None
    return prep.head if prep.head.lemma_.lower() in _STANCES and prep.head.dep_ in ("acomp", "amod", "xcomp") else None


def _condition_below(verb) -> bool:
    """An "unless" clause hung on a clause inside the verb's object ("would block X's bid to join the bloc
    unless ..."): the small parser attaches it to the nearest verb."""
    return any(m.dep_ == "mark" and m.lower_ == "unless" for o in verb.children if o.dep_ in ("dobj", "obj")
               for c in o.subtree if c.dep_ == "advcl" for m in c.children)


# verbs of aspect whose gerund or infinitive is the act ("would begin executing", "swore to keep fighting")
_ASPECT = ASPECT_VERBS | {"keep"}
# who may hold force over another; banks and regulators "not hesitating to act" set policy
_FORCE_HOLDERS = {"GOV", "MIL", "REB", "INS", "COP", "SPY", "UAF", "IGO"}
_NOT_FORCE_HOLDERS = {"bank", "regulator", "fed", "ecb", "fund"}


def _unhesitating_threat(verb, tree) -> bool:
    """"will not hesitate to take all measures", "would not shy away from crossing": a resolve stated in the negative
    about an act of no type of its own (an act with one takes the resolve's modality itself)."""
    v = verb.i  # (asked of every verb of no type: the first tests by index on the Doc's table)
    if tree.pos[v] != "VERB" or tree.lemmas[v] not in UNHESITATING or not any(
            tree.deps[c] == "neg" for c in tree.children[v]):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | POSSIBLE_AUX for c in verb.children):
        return False
    # a state, an armed group or a government's officer stating it ("the central bank will not hesitate to act" is policy)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lemma_.lower() in _NOT_FORCE_HOLDERS or code_actor(
            verb.doc[subjects[0].left_edge.i:subjects[0].i + 1].text).role not in _FORCE_HOLDERS:
        return False
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "pcomp")] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    return bool(acts) and all(trigger_type(a) is None for a in acts)


# nouns of a meeting's planning: what they are set for is a meeting to come
_DATES = {"date", "venue", "timetable", "timeline", "schedule"}


def _date_set_for(token) -> bool:
    """Whether a meeting is what a date or venue is for ("a date to resume talks", "a date for a summit")."""
    node = token
    for _ in range(3):
        if node.head.i == node.i or node.dep_ not in ("acl", "dobj", "pobj", "prep", "relcl"):
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in _DATES:
            return node.i < token.i
    return False


# verbs by which a party lets it be known it may do something: its own possible act is an intent (CAMEO 03)
_HINTING = {"say", "indicate", "signal", "hint", "suggest", "announce", "state", "tell"}
_PEACEKEEPING = TriggerType("AID", "peacekeeping", "07")


# verbs of political reform and the things they reform: a reform announced for the future is an intent (CAMEO 034)
_REFORMING = {"review", "revise", "reform", "amend", "overhaul", "rewrite", "redraft", "restructure", "introduce", "adopt",
              "legalise", "legalize", "liberalise", "liberalize", "democratise", "democratize", "appoint", "draw", "turn"}
_POLITY = {"policy", "policies", "law", "laws", "constitution", "charter", "legislation", "code", "rule", "rules",
           "system", "regulation", "regulations", "politics", "democracy", "reform", "reforms", "election", "elections",
           "party", "parties", "cabinet", "government", "monarchy", "republic", "federation", "minister", "premier",
           "president", "governor", "ombudsman", "commission", "council", "parliament", "assembly", "franchise"}


def _reform_intended(verb, tree) -> bool:
    """A party's reform stated for the future ("would name a dissident as deputy premier", "intends to amend the
    electoral code", "plans to make the emirate a republic", "would draw up a new charter") is an intent (CAMEO 034);
    only verbs no trigger names, with a political object."""
    v = verb.i  # (asked of every verb of no type: the first tests by index on the Doc's table)
    lemma = tree.lemmas[v]
    if tree.pos[v] != "VERB" or lemma not in _REFORMING or any(tree.deps[c] == "neg" for c in tree.children[v]):
        return False
    if lemma == "draw" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    # "appoint X as deputy premier" (the parser may hang the "as" on X)
    objects += [p for h in [verb, *objects] for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                for p in c.children if p.dep_ == "pobj"]
    if lemma == "turn":
        # "turn X into a republic": what it becomes is the polity
        objects = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children
                   if p.dep_ == "pobj"] if objects else []
    if not any(o.lemma_.lower() in _POLITY or o.lower_ in _POLITY or any(
            m.dep_ in ("amod", "compound") and m.lower_ in _POLITY for m in o.children) for o in objects):
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "acl") and head.i != verb.i and head.lemma_.lower() in INTENT_HEADS and not any(
        c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in head.children)


_SENDING = {"send", "dispatch", "despatch", "fly", "rush"}


def _sent_to_inquire(token, base: TriggerType, tree) -> Optional[TriggerType]:
    """People sent "to investigate" or "to look into" something: the inquiry is the act (CAMEO 09), not help or a
    build-up ("a rights team was flown to X to investigate reports of killings")."""
    if base.plover_type not in ("AID", "MOBILIZE") or tree.pos[token.i] != "VERB" or \
            tree.lemmas[token.i] not in _SENDING:
        return None
    for purpose in (c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        kind = trigger_type(purpose)
        if kind is not None and kind.plover_type == "ACCUSE" and kind.plover_mode == "investigate":
            return kind
    return None


# who may pay a visit by arriving: officials by title, and delegations (a leader's country alone is a state, which is coded too)
_VISITORS = {"president", "minister", "premier", "king", "queen", "emir", "leader", "chancellor", "prince", "sultan", "envoy",
             "delegation", "secretary", "ambassador", "diplomat", "diplomats", "official", "officials", "counterpart",
             "negotiator", "negotiators", "delegate", "delegates", "mediator", "mediators", "emissary", "pope"}
_VISIT_ROLES = {"GOV", "IGO"}


def _official_arrival(verb) -> bool:
    """An official or a delegation arriving in a place, or sitting down there ("the foreign minister arrived in Doha",
    "a Taliban delegation arrived in Islamabad", "senior officials sat down in Geneva"): a visit or a meeting (CAMEO 04).
    Troops, ships, refugees or aid arriving are no visit; an arrival with no place named is none."""
    if verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    if subject.lemma_.lower() not in _VISITORS and subject.lower_ not in _VISITORS:
        code = phrase_code(subject)
        if code.role not in _VISIT_ROLES or subject.ent_type_ not in ("PERSON",):
            return False
    # (a place to arrive in or at: "arrived in Islamabad", "touched down at Ben Gurion airport")
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "into") and any(
        p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "LOC", "FAC") or p.pos_ == "PROPN" or any(  # "the Saudi capital Riyadh"
            w.ent_type_ in ("GPE", "LOC", "FAC") and w.dep_ in ("appos", "compound") for w in p.children))
        for p in c.children)
        for c in verb.children)


# words of regret whose "for" object is what is apologised for
_SORRY = {"sorry", "apologetic", "remorseful", "regretful", "contrite"}
_APOLOGY = TriggerType("SUPPORT", None, "05")
# an inquiry's findings: what it finds done is alleged (CAMEO 112 accuse), the act is not witnessed news
_FINDING = TriggerType("ACCUSE", "allege", "11")
_FINDING_VERBS = {"find", "conclude", "establish", "determine", "document", "reveal"}
# verbs of saying that tell a finding only "in a report" ("said in a report that ..."; "the mission said" is a statement),
# and that tell a clause at a meeting ("said at a summit that ...": the meeting is the setting)
_TELLING = {"say", "tell", "state", "announce", "report", "add", "confirm", "inform", "disclose", "reveal", "warn"}
_INQUIRY_NOUNS = {"inquiry", "enquiry", "investigation", "probe", "mission", "panel", "commission", "investigator",
                  "report", "study", "review", "findings", "inspector", "tribunal"}
_REPORTS = {"report", "study", "findings", "review", "dossier"}
_INQUIRY_TEAMS = {"team", "panel", "mission", "commission", "unit"}


def _found_by_inquiry(verb) -> bool:
    """Whether a clause is what an inquiry or a report found ("the probe found that ...", "said in a report that ...")."""
    # "said in a report that troops had ...": the parser may hang the clause on the report ("responding to reports
    # that a man had ..." is news heard, no finding)
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _REPORTS and verb.head.dep_ == "pobj" and \
            verb.head.head.lower_ == "in" and any(c.lower_ == "that" for c in verb.children):
        return True
    if verb.dep_ != "ccomp" or verb.i < verb.head.i:
        return False  # "X killed Y, investigators found": a trailing source attributes the act, which stays the news
    finder = verb.head
    if finder.lemma_.lower() in _TELLING:
        return any(c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() in _REPORTS for p in c.children)
                   for c in finder.children)
    if finder.lemma_.lower() not in _FINDING_VERBS:
        return False
    if finder.dep_ == "acl" and finder.head.lemma_.lower() in _INQUIRY_NOUNS:
        return True  # "a mission established that ...", parsed as a noun phrase
    # "the inquiry found", "the investigation team concluded": the finder or the inquiry it is a team of
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in _INQUIRY_NOUNS or (c.lemma_.lower() in _INQUIRY_TEAMS and any(
        m.dep_ == "compound" and m.lemma_.lower() in _INQUIRY_NOUNS for m in c.children))) for c in finder.children)


# verbs of ending an act: a demand to "stop selling arms" asks for the selling to end
_STOPPING = {"stop", "cease", "halt", "end", "quit"}


# subjects of "is to" that name a purpose, not a party: "the aim is to expand trade" plans nothing of anyone's
_PURPOSES = {"aim", "goal", "plan", "purpose", "idea", "step", "objective", "task", "priority", "intention", "mission",
             "job", "challenge", "point", "option", "solution", "way", "target", "hope", "intent", "strategy", "policy",
             "role", "answer", "move", "decision", "proposal", "thing"}


# verbs of holding back from an act told by a gerund: "refrained from imposing", "stopped short of annexing"
_HOLDING_BACK = {"refrain", "abstain", "desist", "short"}


def _held_back_from(verb, tree) -> bool:
    v = verb.i  # (asked of every trigger: the first test by index on the Doc's table)
    if tree.deps[v] != "pcomp" or tree.lowers[tree.heads[v]] not in ("from", "of"):
        return False
    holder = verb.head.head
    return holder.lemma_.lower() in _HOLDING_BACK and (holder.lower_ != "short" or holder.head.lemma_.lower() in ("stop", "fall"))


def _told_as_done(verb) -> bool:
    """A clause in the past or perfect ("had fired", "fired"), not the subjunctive of a demand ("that X withdraw";
    a past spelt like the base form, "that X quit", may be either: left a demand)."""
    if verb.tag_ in ("VBD", "VBN") and verb.lower_ != verb.lemma_.lower():
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("have", "be") for c in verb.children)


def _scheduled_by_copula(copula) -> bool:
    """'X is to meet Y', 'troops are to leave by May': the copula with an infinitive states a plan, when its
    subject is a party (not a purpose: 'the aim is to ...') and nothing else is predicated ('is ready to' is an acomp)."""
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(c.dep_ in ("acomp", "attr") for c in copula.children) and not any(
        s.lemma_.lower() in _PURPOSES or s.pos_ == "PRON" and s.lower_ in ("it", "this", "that") for s in subjects)


def _modal_anchor(verb, aux: set):
    """The verb whose auxiliaries and governor set a trigger's modality, with the auxiliaries gathered on the
    way: the aspect verb above the act ("would begin executing", "swore to keep fighting") and the first
    conjunct of a verb sharing its subject ("ready to pull back ... and hand the airport over"). A conjunct
    with its own subject or auxiliary is a clause of its own."""
    # the climb reads the Doc's table by index: a Token is built only for the verb returned
    doc = verb.doc
    tree = dependency_tree(doc)
    deps, kids, lowers = tree.deps, tree.children, tree.lowers
    start = i = verb.i
    for _ in range(4):
        head = tree.heads[i]
        # (the table's lemmas are lower-cased: the copula's own lemma is checked on the Token, as before)
        if deps[i] == "conj" and tree.lemmas[head] == "be" and doc[head].lemma_ == "be":
            # the parser joins the conjunct to the copula: "were ready to pull back ... and hand the airport over"
            head = next((x for a in kids[head] if deps[a] == "acomp" for x in kids[a] if deps[x] == "xcomp"), head)
        if head == i or tree.pos[head] != "VERB":
            break
        if deps[i] == "xcomp" and tree.lemmas[head] in _ASPECT:
            aux = aux | {lowers[c] for c in kids[head] if deps[c] in ("aux", "auxpass")}
        elif deps[i] == "conj" and not any(deps[c] in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids[i]):
            aux = aux | {lowers[c] for c in kids[head] if deps[c] == "aux"}
        else:
            break
        i = head
    return (verb if i == start else doc[i]), aux


_REACTION_DRAWN = {"draw", "spark", "prompt", "trigger", "provoke", "attract", "earn", "ignite", "stir", "fuel"}


def _drawn_by_event_noun(verb) -> bool:
    """A reaction verb whose subject is a nominal event of someone ("the seizure of the tanker by X sparked protests in
    Y"): the commentary is the noun's, the noun (typed on its own) is the event."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
               and trigger_type(c) is not None for c in verb.children)


def _meeting_as_setting(noun) -> bool:
    """A meeting noun in a phrase of a speech verb that reports a clause ("said at a summit with X that Y had
    ...", "told Z during a phone call that W would ..."): the setting of the telling, the reported clause holds the event.
    The small parser often hangs the "that" clause on the noun as a relative clause; one with its own "that" and
    subject is read as the report."""
    chain = [noun]
    head = noun
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "a statement of talks": the statement is in the speech verb's phrase
        chain.append(head)
    if head.dep_ != "pobj" or head.head.dep_ != "prep" or head.head.lower_ not in ("in", "during", "at", "on", "after"):
        return False
    verb = head.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TELLING:
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    return any(c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                          for m in c.children)
               and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children) for n in chain for c in n.children)


_CONVENING = {"meet", "convene", "gather", "assemble"}


def _typed_act(verb) -> bool:
    """A verb typed other than a meeting, or one that decides/moves to a typed act ("decided to approve ...")."""
    kind = trigger_type(verb)
    if kind is not None:
        return kind.plover_type != "CONSULT"
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and (k := trigger_type(c)) is not None
               and k.plover_type != "CONSULT" for c in verb.children)


def _meeting_before_act(verb) -> bool:
    """A meeting verb that sets the scene for a typed act told in the same sentence: a later coordinated verb ("the
    ministers met on Monday and approved X"), a "where" clause ("met in X, where Y rejected Z") or a main verb the
    meeting is a participle of ("the leaders, meeting in X, issued ..."). The act is the news, the meeting its setting."""
    if verb.lemma_.lower() not in _CONVENING:
        return False
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" and verb.head.i > verb.i:
        return _typed_act(verb.head)
    for c in verb.children:
        if c.i <= verb.i or c.pos_ != "VERB":
            continue
        if c.dep_ == "conj" and _typed_act(c):
            return True
        if c.dep_ in ("advcl", "relcl") and _where_clause_act(c):
            return True
    # "met in X, where Y rejected Z": the parser hangs the "where" clause on the place
    return any(p.dep_ == "prep" and o.dep_ == "pobj" and r.dep_ == "relcl" and r.pos_ == "VERB" and _where_clause_act(r)
               for p in verb.children if p.i > verb.i for o in p.children for r in o.children)


def _where_clause_act(clause) -> bool:
    """A "where" clause that tells a typed act ("..., where Y rejected Z")."""
    return any(m.lower_ == "where" for m in clause.children) and _typed_act(clause)


def _describes_event_noun(verb) -> bool:
    """A participle with a by-agent set after a nominalised event of someone ("the expulsion of X, sought for months by
    Y", "the resignation of the premier, demanded by students"): it tells the event's background, the noun is the act."""
    if verb.dep_ != "acl" or verb.i < verb.head.i + 2 or verb.head.pos_ != "NOUN" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if not any(c.lower_ == "by" and c.dep_ in ("agent", "prep") for c in verb.subtree if c.i > verb.i):
        return False
    noun = verb.head
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and trigger_type(noun) is not None


def typed_triggers(sentence) -> list:
    """(token, event_type) of each token of a sentence (a spaCy Span) that has a type, in text order.

    Only tokens that may have one are read: reading a token builds a Python object, and most
    tokens are no trigger. The candidates are found once per doc from its arrays."""
    doc = sentence.doc
    candidates = _possible_triggers(doc)
    found = []
    for i in candidates[bisect_left(candidates, sentence.start):bisect_left(candidates, sentence.end)]:
        token = doc[i]
        kind = event_type(token)
        if kind is not None:
            found.append((token, kind))
    return found


def _lemma_may_trigger(word: str, pos: int, lex) -> bool:
    """Whether a lemma (lower-cased) of this part of speech is one of the lexicon's trigger keys."""
    if pos == VERB:
        return (word in lex.verb_keys or word in UNHESITATING
                # "extoll", "prepositione": see _regular_past_base
                or (len(word) > 3 and (word[-1] == "e" or word[-1] == word[-2]) and word[:-1] in lex.verb_keys)
                or (word.endswith("ie") and word[:-2] + "y" in lex.verb_keys))
    if pos == ADJ:
        return word.endswith("ed") and (word[:-1] in lex.verb_keys or word[:-2] in lex.verb_keys)
    return word in lex.noun_keys


def _possible_triggers(doc) -> list[int]:
    """Indices of the tokens event_type may type: a verb or noun whose lemma starts or ends a
    lexicon key, an adjective in "-ed" of a lexicon verb (a past tense the parser misread), or a
    clausal complement (a reported demand or blame: "said X must ...")."""
    cached = doc.user_data.get("sitrep_possible_triggers")
    if cached is not None:
        return cached
    lex = lexicon()
    strings = doc.vocab.strings
    tree = dependency_tree(doc)  # heads and children by index: no Token built per word
    lemma_ids, pos_ids, dep_ids = tree.ids([LEMMA, POS, DEP]).T
    ccomp = strings["ccomp"]  # a label's hash: compared as an int, no lookup per word
    # only the verbs, nouns, adjectival modifiers and complements are visited (selected in numpy): a Python step
    # per word of the Doc costs more than the test of the few that may be triggers
    is_ccomp = dep_ids == ccomp
    visited = numpy.flatnonzero(is_ccomp | numpy.isin(pos_ids, _TRIGGER_POS)
                                | ((pos_ids == ADJ) & (dep_ids == strings["amod"]))).tolist()
    found = []
    ccomps = set(numpy.flatnonzero(is_ccomp).tolist())
    lemma_keys = _lemma_keys(lex)
    lemmas, lowered, pos_list, dep_list = lemma_ids.tolist(), tree.lemmas, pos_ids.tolist(), dep_ids.tolist()
    root = strings["ROOT"]
    compound = strings["compound"]
    conveying = {strings[w] for w in CONVEYING}
    for i in visited:
        if i in ccomps:
            found.append(i)
            continue
        lemma, pos = lemmas[i], pos_list[i]
        key = (lemma, pos)
        test = lemma_keys.get(key)
        if test is None:
            word = lowered[i]  # the lemma lower-cased (strings[lemma].lower())
            test = lemma_keys[key] = _lemma_may_trigger(word, pos, lex)
        if test:
            found.append(i)
        elif pos == NOUN and dep_list[i] == root and lowered[i] in lex.verbs:
            found.append(i)  # "the king apologises for ...": a chronology's present tense read as a plural noun
        elif pos == NOUN and dep_list[i] == compound and lemma in conveying:
            found.append(i)  # "Oslo ships tents to Dili": a headline verb read as a noun (handovers.headline_conveyed)
    # (the lemma hashes compared in numpy: exact lemmas, as spaCy stores them)
    joint_acts = bool((lemma_ids == strings["jointly"]).any())
    stances = numpy.array([strings[w] for w in (*_READY, *_UNDERTAKING, *_READY_NOUNS)], dtype=numpy.uint64)
    ready = numpy.flatnonzero(numpy.isin(lemma_ids, stances)).tolist()
    if joint_acts or ready:
        heads, children, deps, tree_pos = tree.heads, tree.children, tree.deps, tree.pos
    if joint_acts:  # any verb done "jointly" ("jointly tracked the smugglers"): eventtypes.triggers
        found = sorted(set(found) | {heads[t] for t, lower in enumerate(tree.lowers)
                                     if lower == "jointly" and tree_pos[heads[t]] == "VERB"})
    if ready:  # what a party is "ready to" do, named by a verb of no entry: _ready_to
        found = sorted(set(found) | {c for i in ready for c in children[i]
                                     if deps[c] in ("xcomp", "acl") and tree_pos[c] == "VERB"})
    doc.user_data["sitrep_possible_triggers"] = found
    return found


_TRIGGER_POS = numpy.array([VERB, NOUN, PROPN], dtype=numpy.uint64)
_LEMMA_KEYS: list = [None, {}]  # [lexicon, {(lemma id, POS id): may the word be a trigger}]


def _lemma_keys(lex) -> dict[tuple[int, int], bool]:
    """The test of a (lemma, part of speech) for `_possible_triggers`, kept across Docs: lemmas recur from
    article to article. Started afresh for a new lexicon (tests may load one) and when large."""
    if _LEMMA_KEYS[0] is not lex or len(_LEMMA_KEYS[1]) > 100_000:
        _LEMMA_KEYS[:] = [lex, {}]
    return _LEMMA_KEYS[1]
