"""Clause readings of force and its uses: an act ordered is that act, forces acting jointly
cooperate, weapons tests and forces sent to help are shows of force or aid, crowd control is
coercion, and what a protest or attack did is that protest or attack.

Each reading takes (token, base type) and returns the type the clause makes it, or None to leave it.
"""
from __future__ import annotations

from typing import Optional

from ..actors import code_actor
from ..nlp import dependency_tree
from .conventions import ASPECT_VERBS
from .loader import TriggerType, lexicon
from .phrases import QUANTITIES
from .subjects import names_party, phrase_code
from .triggers import trigger_type


# Verbs of command: an authority ordering an action is coded as the action (CAMEO codes the decision).
_COMMAND_VERBS = {"order", "decree", "authorize", "authorise", "direct", "instruct"}
# what someone is ordered to do that puts them out: "ordered foreigners to leave" is coercion
_ORDERED_OUT = {"leave", "quit", "depart", "vacate", "stop", "halt", "cease", "close", "suspend", "shut", "disband",
                "dissolve", "surrender", "evacuate"}
# what one's own forces are told to do that gives ground up: "told the garrison to quit the ridge"
_GIVEN_UP = {"abandon", "leave", "quit", "vacate", "evacuate", "withdraw", "retreat", "disengage"}


# people a border is opened to: letting them in is asylum (CAMEO 075), not de-escalation
_SHELTERED = {"refugee", "civilian", "people", "migrant", "family", "asylum", "evacuee", "woman", "child", "wounded"}
_JOINT_WORDS = {"jointly", "together", "joint", "combined", "coordinated"}
# texts issued together: acting "in a joint statement" is saying, not a joint operation
_SAID_TOGETHER = {"statement", "declaration", "communique", "communiqué", "letter", "readout", "press", "conference",
                  "appeal", "resolution", "text", "release"}
# purposes that make sending forces help for someone else (CAMEO 072 military aid, 074 protection)
_HELP_PURPOSE = {"help", "assist", "support", "aid", "bolster", "back", "reinforce", "protect", "secure"}
_AIMED = {"at", "on", "upon", "against", "into", "toward", "towards", "over"}
_SEA = {"sea", "ocean", "water", "waters", "pacific", "atlantic"}


# the ending of a restriction ordered is the restriction eased ("ordered an end to the curfew", "ordered the lifting of the ban")
_ORDERED_ENDINGS = {"lifting", "end", "ending", "easing", "relaxation", "removal", "repeal", "abolition", "scrapping"}
_RESTRICTION_NOUNS = {"ban", "curfew", "restriction", "curb", "censorship", "emergency", "prohibition", "moratorium",
                      "lockdown"}


def _ends_restriction(noun) -> bool:
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "to"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in _RESTRICTION_NOUNS or any(
                        p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in _RESTRICTION_NOUNS
                                                                      for o in p.children) for p in obj.children)):
                    return True
    return False


def ordered(token, base: TriggerType) -> Optional[TriggerType]:
    """"ordered the closure of X", "ordered troops to the border", "ordered X to leave": the act ordered."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _COMMAND_VERBS:
        return None
    lex = lexicon()
    asked = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
    if _outsiders_put_out(token, asked):
        return TriggerType("SANCTION", "expel", "16")
    if _mission_sent_away(token):
        return TriggerType("SANCTION", "expel", "16")
    for child in token.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass"):
            # "ordered troops to the border", "the frigate Aurora was ordered to the strait"
            words = {child.lemma_.lower(), *(c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "appos"))}
            if asked is not None and (words & lex.subject_words["nonstate"] or any(
                    c.dep_ == "amod" and c.lower_ == "armed" for c in child.children)):
                # "ordered the militia to leave the port (or face sanctions)": a group not under one's command
                # is told to act, a demand (CAMEO 10) or an ultimatum (13), no mobilisation
                return ULTIMATUM if or_face(asked) else TriggerType("REQUEST", None, "10")
            if words & lex.subject_words["armed"]:
                # one's own forces ordered to pull back, abandon or leave a place: a withdrawal (CAMEO 0874)
                if asked is not None and (asked.lemma_.lower() in _GIVEN_UP or (
                        (trigger_type(asked) or base).plover_type == "RETREAT")):
                    return TriggerType("RETREAT", "withdraw", "08")
                return TriggerType("MOBILIZE", "troops", "15")
            kind = trigger_type(child) if child.pos_ == "NOUN" else None
            if kind is not None and kind.plover_type not in ("REQUEST", "THREATEN"):
                return kind  # "ordered the expulsion of ...", "decreed a full blockade"
            if kind is None and child.lemma_.lower() in _ORDERED_ENDINGS and _ends_restriction(child):
                return TriggerType("CONCEDE", None, "08")  # "ordered the lifting of the curfew" (CAMEO 081)
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB":
            if child.lemma_.lower() in _ORDERED_OUT:
                return TriggerType("COERCE", "restrict", "17")
            kind = trigger_type(child)
            if kind is not None and kind.plover_type not in ("REQUEST", "THREATEN"):
                return kind  # "ordered the troops to withdraw"
    return None


# where people are driven from or made to go: "forced villagers from their homes", "forced the crew off the ship"
_DRIVEN = {"from", "off", "out", "across", "into", "onto"}
# what a party forced on others that is itself a yielding or a retreat tells that act ("forced X to resign", "forced
# the garrison to withdraw")
_YIELDED = {"CONCEDE", "RETREAT", "ASSAULT"}


def forced(token, tree) -> Optional[TriggerType]:
    """A party forcing people to do something or to leave a place coerces them (CAMEO 17): "soldiers forced the
    villagers to attend a rally", "the authorities forced families from their land". Not a passive ("were forced to
    flee": the fleeing is told), nor events as the doer ("floods forced thousands from their homes")."""
    if tree.pos[token.i] != "VERB" or tree.lemmas[token.i] != "force" or token.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in token.children):
        return None
    if not any(c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN", "PRON") for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or phrase_code(subject).role):
        return None
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB":
            kind = trigger_type(child)
            return None if kind is not None and kind.plover_type in _YIELDED else TriggerType("COERCE", "restrict", "17")
        if child.dep_ in ("prep", "prt", "advmod") and child.lower_ in _DRIVEN:
            return TriggerType("COERCE", "restrict", "17")
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj")):
        if any(c.dep_ == "prep" and c.lower_ in _DRIVEN for c in obj.children):
            return TriggerType("COERCE", "restrict", "17")  # the parser hangs "from their homes" on the people
    return None


# what is ordered out of a country to expel a mission (CAMEO 166): peacekeepers, monitors, aid agencies and their staff
_MISSION_WORDS = {"peacekeeper", "peacekeepers", "monitor", "monitors", "observer", "observers", "inspector", "inspectors",
                  "verifier", "verifiers", "agency", "agencies", "aid", "relief", "humanitarian", "mission"}
_GOING = {"leave", "quit", "depart", "vacate", "exit"}


def _outsiders_put_out(verb, asked) -> bool:
    """"ordered UN peacekeepers to leave", "ordered the aid agencies' staff out of the north": an international
    mission expelled (SANCTION, CAMEO 166), not one's own troops moved or people coerced."""
    # ("ordered the staff out of X": the parser may hang the "out" on the object)
    out = (asked is not None and asked.lemma_.lower() in _GOING) or any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for h in (verb, *(o for o in verb.children if o.dep_ in (
            "dobj", "obj"))) for c in h.children)
    if not out:
        return False
    for child in verb.children:
        if child.dep_ not in ("dobj", "obj", "nsubjpass"):
            continue
        if child.lemma_.lower() in QUANTITIES:  # "the staff of the mission", "members of the UN team"
            child = next((p for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                          if p.dep_ == "pobj"), child)
        words = {child.lower_, child.lemma_.lower(), *(c.lower_ for c in child.children if c.dep_ in ("compound", "amod"))}
        if words & _MISSION_WORDS:
            return True
        named = child.doc[child.left_edge.i:child.i + 1].text
        if child.lemma_.lower() in QUANTITIES and code_actor(named).role in ("IGO", "NGO"):
            return True  # "the Red Cross's staff", "UN personnel"
    return False


# the going of someone ordered, told as a noun ("ordered the pullout of ...")
_GOING_NOUNS = {"withdrawal", "departure", "pullout", "pull-out", "exit", "removal"}


def _mission_sent_away(verb) -> bool:
    """"ordered the pullout of OSCE verifiers", "ordered the relief charities' exit": an international
    mission expelled (SANCTION, CAMEO 166); its own soldiers' pullout ordered stays a pull-back."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "obj", "nsubjpass") or child.lemma_.lower() not in _GOING_NOUNS:
            continue
        for p in (p for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"):
            words = {p.lower_, p.lemma_.lower(), *(c.lower_ for c in p.children if c.dep_ in ("compound", "amod"))}
            if words & _MISSION_WORDS or phrase_code(p).role in ("IGO", "NGO") and (
                    p.lemma_.lower() not in ("troop", "force", "soldier", "army")):
                return True
    return False


# a demand with force or a penalty held over it (CAMEO 13)
ULTIMATUM = TriggerType("THREATEN", "ultimatum", "13")


def or_face(verb) -> bool:
    """Whether a demanded act has an alternative to face ("leave the port or face sanctions"): an ultimatum."""
    return any(c.dep_ == "conj" and c.lemma_.lower() == "face" and c.doc[c.i - 1].lower_ in ("or", "else") and any(
        g.dep_ in ("dobj", "obj") and any(_held_over(p) for p in (g, *g.conjuncts)) for g in c.children)
        for c in verb.children)


# what may be held over a demand besides force: "or face the consequences", "or face military action"
_PENALTIES = {"consequence", "consequences", "action", "force", "punishment", "retaliation", "reprisal", "reprisals"}


def _held_over(penalty) -> bool:
    """Whether what a party is told it will face is force or a penalty ("or face war", "or face sanctions"); a strike
    or a boycott held over a demand ("or face a national strike") is a protest announced, not a threat of force."""
    kind = trigger_type(penalty)
    return penalty.lemma_.lower() in _PENALTIES or (kind is not None and kind.plover_type in (
        "ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"))


def joint(token, base: TriggerType) -> Optional[TriggerType]:
    """Forces or police acting jointly ("jointly investigated", "coordinated raids") cooperate (CAMEO 06)."""
    if base.plover_type not in ("ASSAULT", "COERCE", "MOBILIZE", "ACCUSE", "AID", "RETREAT"):
        return None
    # read by index from the Doc's table: called for most typed triggers, and walking Tokens builds one per step
    tree = dependency_tree(token.doc)
    children, deps, lowers = tree.children, tree.deps, tree.lowers
    i = token.i
    is_verb = tree.pos[i] == "VERB"
    # the act's own modifiers, "joint military exercises" (joint on military), "held a joint drill"
    # (on the object), "broke up a smuggling ring in a joint operation" (on the means)
    things = [i]
    if is_verb:
        things += [c for c in children[i] if deps[c] in ("dobj", "obj")]
        # (a text said together is no joint act: "in a joint statement, X and Y condemned Z" is each one's blame)
        things += [p for c in children[i] if deps[c] == "prep" and lowers[c] in ("in", "during", "through")
                   for p in children[c] if deps[p] == "pobj" and tree.lemmas[p] not in _SAID_TOGETHER]
    modifiers = [m for t in things for m in children[t] if deps[m] in ("advmod", "amod", "compound")]
    modifiers += [m2 for m in modifiers for m2 in children[m] if deps[m2] in ("advmod", "amod")]
    if is_verb:  # "patrolled the town together on Friday": the adverb hung on a time phrase
        modifiers += [m for c in children[i] if deps[c] == "prep" for m in children[c] if deps[m] == "advmod"]
    words = {lowers[m] for m in modifiers}
    if tree.pos[i] == "NOUN" and deps[i] in ("dobj", "obj"):  # "carried out joint raids"
        words |= {lowers[c] for c in children[tree.heads[i]] if deps[c] == "advmod"}
    # (the manner tests below only add "together": skipped once a joint word is found)
    if is_verb and not words & _JOINT_WORDS and (
            _side_by_side(tree, i) or _alongside_force(tree, i) or _joined_in(tree, i) or _in_concert_with(tree, i)):
        # "cleared mines side by side", "fought alongside Kenyan troops", "joined Dutch gunboats in sinking skiffs"
        words.add("together")
    if not words & _JOINT_WORDS:
        return None
    if base.plover_type == "ASSAULT" and _nonstate_doer(token):
        return None  # "bandits and tribal gunmen mounted a joint raid": armed groups attacking together attack
    return TriggerType("COOPERATE", "military", "06")


# forces one fights alongside: "fought alongside Malian troops", "alongside the Kenyan army"
_FORCE_WORDS = {"force", "forces", "troops", "soldiers", "army", "armies", "navy", "police", "units", "warplanes", "jets",
                "aircraft", "commandos", "militia", "militias", "fighters", "counterparts", "allies"}


def _alongside_force(tree, verb: int) -> bool:
    """The act done alongside another force ("fought alongside Mozambican forces"): a joint operation. (`tree` is
    the Doc's dependency table, `verb` a word index, as in the helpers below.)"""
    children, deps, lowers = tree.children, tree.deps, tree.lowers
    return any(deps[c] == "prep" and lowers[c] in ("alongside", "beside") and any(
        deps[p] == "pobj" and lowers[p] in _FORCE_WORDS for p in children[c]) for c in children[verb])


def _joined_in(tree, verb: int) -> bool:
    """"joined Dutch gunboats in sinking the raiders' skiffs": an act another force is joined in."""
    prep = tree.heads[verb]
    if tree.deps[verb] != "pcomp" or tree.lowers[prep] != "in" or tree.lemmas[tree.heads[prep]] != "join":
        return False
    return any(tree.deps[o] in ("dobj", "obj") and (tree.lowers[o] in _FORCE_WORDS or code_actor(tree.texts[o]).country)
               for o in tree.children[tree.heads[prep]])


def _side_by_side(tree, verb: int) -> bool:
    """'side by side' as the verb's adverb, however parsed ('side' an object, 'by side' a prep)."""
    lowers = tree.lowers
    # (an index of -1 reads the last word, as doc[-1] did)
    return any(lowers[c] in ("side", "by") and c + 2 < len(lowers) and lowers[c - (lowers[c] == "by")] == "side"
               and lowers[c + (lowers[c] == "side")] == "by" and lowers[c + 1 + (lowers[c] == "side")] == "side"
               for c in tree.children[verb])


# "in (close) coordination with", "in cooperation with", "in tandem with": a manner phrase of shared work
_SHARED_MANNER = {"coordination", "cooperation", "collaboration", "concert", "tandem", "conjunction", "liaison",
                  "partnership"}  # ("co-operation" is three tokens: its head noun is "operation")


def _in_concert_with(tree, verb: int) -> bool:
    """The act done "in close coordination with" another party: "in" + a noun of shared work + a "with" partner,
    hung on the verb, on its subject ("police, in cooperation with ..., seized") or on a participle of either
    ("acting in concert with")."""
    children, deps, lowers = tree.children, tree.deps, tree.lowers
    hosts = [verb] + [c for c in children[verb] if deps[c] == "advcl"]
    hosts += [t for c in children[verb] if deps[c] == "nsubj" for t in tree.subtree(c)]  # (the subject phrase only)

    def partnered(t: int) -> bool:
        return any(deps[w] == "prep" and lowers[w] == "with" and any(deps[o] == "pobj" for o in children[w])
                   for w in children[t])

    # (the "with" hung on the noun, "in cooperation with X", or beside it on the host, "acting in concert ... with X")
    return any(deps[c] == "prep" and lowers[c] == "in" and any(
        deps[p] == "pobj" and lowers[p] in _SHARED_MANNER and (partnered(p) or partnered(h)) for p in children[c])
        for h in hosts for c in children[h])


def _nonstate_doer(token) -> bool:
    verb = token if token.pos_ == "VERB" else token.head
    nonstate = lexicon().subject_words["nonstate"]
    return any(w.lemma_.lower() in nonstate for c in verb.children if c.dep_ in ("nsubj", "agent") for w in c.subtree)


# Means of crowd control ("tear gas", "water cannon", "rubber bullets", "stun grenades") and what firing
# them or live rounds is for ("to disperse", "to break up"): repression of a crowd, coded COERCE as the
# PLOVER gold standard and our conventions code a dispersal (firing on a crowd to kill stays ASSAULT).
_CROWD_CONTROL_WORDS = {"tear", "teargas", "tear-gas", "water", "rubber", "plastic", "stun", "pepper", "baton",
                        "truncheon", "birdshot", "pellet", "buckshot"}
_LETHAL = {"kill"}
# live fire named beside tear gas or batons ("live ammunition", "live rounds", "bullets")
_LIVE_FIRE = {"live", "ammunition", "bullet", "bullets", "rounds"}
_DISPERSING = {"disperse", "scatter", "break", "quell", "clear", "repel", "control"}


def crowd_control(token, base: TriggerType) -> Optional[TriggerType]:
    """"fired tear gas at protesters", "opened fire to disperse demonstrators": crowd control (COERCE)."""
    if base.plover_type != "ASSAULT" or token.pos_ != "VERB":
        return None
    verbs = [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    means = [o for v in verbs for o in v.children if o.dep_ in ("dobj", "obj", "conj")]
    means += [c for o in means for c in o.children if c.dep_ == "conj"]
    words = {w.lower_ for o in means for w in (o, *(c for c in o.children if c.dep_ in ("amod", "compound")))}
    clauses = [c for v in verbs for c in v.children if c.dep_ in ("advcl", "conj", "xcomp")]
    clauses += [c for v in clauses for c in v.children if c.dep_ in ("advcl", "conj")]  # (hung on "to disperse")
    killing = any(c.lemma_.lower() in _LETHAL and c.pos_ == "VERB" for c in clauses)
    if killing and words & _LIVE_FIRE:
        return None  # "fired live rounds and tear gas at the marchers, killing dozens": deadly repression is an attack
    if words & _CROWD_CONTROL_WORDS:
        return TriggerType("COERCE", "restrict", "17")
    if killing:
        return None  # "opened fire to scatter the marchers, killing two": live fire that kills stays an attack
    for verb in verbs:
        for clause in verb.children:
            if clause.dep_ in ("xcomp", "advcl") and clause.lemma_.lower() in _DISPERSING and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                return TriggerType("COERCE", "restrict", "17")
    return None


def test_or_help(token, base: TriggerType) -> Optional[TriggerType]:
    """Weapons tests ("test-fired a missile", "fired a missile into the sea") are shows of force
    (CAMEO 15); forces sent "to help" someone are military aid (07)."""
    kind = base.plover_type
    if kind == "ASSAULT" and token.pos_ == "VERB":
        if any(c.lower_ == "test" for c in token.children) or token.lower_.startswith("test"):
            return TriggerType("MOBILIZE", "weapons-test", "15")
        # (the parser may hang "into the sea" on the missiles)
        holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
        sea = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("into", "in")
               for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _SEA
               # "into a sea of fire" is no sea ("the Sea of Japan" is)
               and not any(o.dep_ == "prep" and o.lower_ == "of" and any(w.pos_ == "NOUN" for w in o.children)
                           for o in p.children)]
        aimed = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
                 and any(p.ent_type_ not in ("DATE", "TIME") for p in c.children)]  # not "on Monday"
        if sea and not aimed:
            return TriggerType("MOBILIZE", "weapons-test", "15")
    if kind == "ASSAULT" and token.pos_ == "VERB" and token.lemma_.lower() == "launch" and any(
            c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() == "missile" for c in token.children) and not any(
            c.dep_ == "prep" and c.lower_ in _AIMED and any(p.ent_type_ not in ("DATE", "TIME") for p in c.children)
            for c in token.children):
        return TriggerType("MOBILIZE", "weapons-test", "15")  # "launched a new missile" aimed at no one: a show of force
    if kind == "RETREAT" and base.plover_mode == "ease" and token.pos_ == "VERB":
        # "opened its border to refugees", "... to Somalis fleeing the drought"
        pobjs = [p for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                 for p in c.children if p.dep_ == "pobj"]
        for _ in range(2):  # "to tens of thousands of Sudanese refugees"
            pobjs += [p for o in pobjs if o.lemma_.lower() in QUANTITIES for c in o.children if c.dep_ == "prep"
                      and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" and p not in pobjs]
        for pobj in pobjs:
            # people named by their nationality are people too: "to West Africans expelled from X"
            if pobj.lemma_.lower() in _SHELTERED or (pobj.ent_type_ == "NORP" and pobj.pos_ in ("NOUN", "PROPN")) or any(
                    c.dep_ == "acl" and c.lemma_.lower() in ("flee", "escape") for c in pobj.children):
                return TriggerType("AID", "asylum", "07")
    if kind == "MOBILIZE" and token.pos_ == "VERB" and _arms_to_state(token):
        return TriggerType("AID", "military", "07")
    if kind == "MOBILIZE" and token.pos_ == "VERB":
        for child in token.children:
            if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in _HELP_PURPOSE and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and not _guards_its_own(child):
                return TriggerType("AID", "military", "07")
    return None


# people and things a state sends forces to guard that are its own or no host's: no help to the country they are in
_OWN_CHARGES = {"national", "citizen", "expatriate", "foreigner", "embassy", "diplomat", "interest", "trawler", "ship",
                "shipping", "vessel", "base", "property", "installation"}


def _guards_its_own(purpose) -> bool:
    """"sent troops to protect foreign nationals", "... to guard its embassy", "... to protect its trawlers": a
    deployment (CAMEO 15), where "to protect civilians" or "to secure the capital" for a host is protection (074)."""
    guarded = [c for c in purpose.children if c.dep_ in ("dobj", "obj")]
    return any(g.lemma_.lower() in _OWN_CHARGES or any(m.dep_ == "poss" and m.lower_ in ("its", "their", "our")
                                                       for m in g.children) for g in guarded)


# munitions flown or shipped to a state are arms supplied to it (CAMEO 072 military aid), where troops or
# tanks moved to a border are a deployment
_MUNITIONS = {"weapon", "arms", "arm", "ammunition", "munition", "munitions", "shell", "rifle", "gun", "missile", "rocket",
              "explosive", "grenade", "bullet"}


# ground weapons counted out to a state are arms supplied too ("sent 14 Leopard tanks to Ukraine"); tanks sent to the
# border or with no count, and aircraft or ships flown or sailed to an ally ("two AWACS planes to Egypt"), are deployments
_HARDWARE = {"tank", "howitzer", "vehicle", "launcher", "drone", "battery"}


# what makes a system a weapon: "air defence systems", "a missile system", "rocket artillery systems"
_WEAPON_WORDS = {"defence", "defense", "missile", "rocket", "weapon", "weapons", "artillery", "anti-aircraft", "antiaircraft",
                 "air-defence", "air-defense", "radar", "launch", "patriot", "himars", "anti-tank", "antitank", "anti-ship"}


def _weapon_system(noun) -> bool:
    return noun.lemma_.lower() in ("system", "battery") and any(
        m.lower_ in _WEAPON_WORDS for m in noun.subtree if m.i < noun.i)


# verbs of placing one's own forces: weapons moved or stationed in an ally's land stay deployed there
_PLACING = {"move", "station", "position", "base", "deploy", "redeploy", "preposition", "relocate"}


def _arms_to_state(token) -> bool:
    if token.lemma_.lower() in _PLACING:
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if any(m.lower_ in ("nuclear", "atomic") for o in objects for m in o.children if m.dep_ in ("amod", "compound")):
        return False  # nuclear weapons are never handed over: moved to an ally, they are deployed
    objects += [c for o in objects for c in o.conjuncts]
    if not any(o.lemma_.lower() in _MUNITIONS or (o.lemma_.lower() in _HARDWARE and any(
            c.dep_ == "nummod" for c in o.children)) or _weapon_system(o) for o in objects):
        return False
    # (the small model may take a state's name for a person's: "to Chad")
    return any(p.ent_type_ == "GPE" or (p.pos_ == "PROPN" and code_actor(p.text).country) for c in token.children
               if c.dep_ in ("prep", "dative") and c.lower_ == "to" for p in c.children if p.dep_ == "pobj")


# hyphen, en dash and em dash: what sets a headline's trailing source apart ("... with rockets - army says")
_DASHES = {"-", "\u2013", "\u2014"}
# who arms itself takes up arms (a build-up), it does not supply them: "the villagers armed themselves with rifles"
_SELF = {"itself", "themselves", "himself", "herself", "ourselves", "oneself"}


def armed_with_weapons(token) -> Optional[TriggerType]:
    """"X armed the hill tribes with rifles", "Y arming a proxy with missile systems": a party that arms another with
    munitions or weapon systems supplies them (CAMEO 072 military aid), whoever the armed party is. Only the active
    verb with a named arming party and an armed object: "guards armed with rifles" (passive or participle) and
    "armed themselves with guns" are no handover."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("arm", "rearm"):
        return None
    children = list(token.children)
    # (a headline "Minsk arming the tribes with missiles": the parser hangs the participle on the headline's noun)
    headline = token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "ROOT"
    if not headline and not any(c.dep_ == "nsubj" for c in children):
        return None
    armed = [c for c in children if c.dep_ in ("dobj", "obj")]
    if not armed or any(a.lower_ in _SELF for a in armed):
        return None
    # ("arming the cartel with rifles": the parser may hang the "with" phrase on the armed party)
    weapons = [p for h in (token, *armed) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
               for p in c.children if p.dep_ == "pobj"]
    weapons += [c for w in weapons for c in w.conjuncts]
    # ("with rockets - Thai army": a headline's trailing attribution after a dash may take the "with" phrase over;
    # the nouns before the dash are the weapons)
    for phrase in list(weapons):
        dashes = [d.i for d in phrase.subtree if d.lower_ in _DASHES]
        if dashes:
            weapons += [w for w in phrase.subtree if w.pos_ == "NOUN" and w.i < dashes[0]]
    if not any(w.lemma_.lower() in _MUNITIONS or _weapon_system(w) for w in weapons):
        return None
    return TriggerType("AID", "military", "07")


def mobilised_too(token, base: TriggerType) -> Optional[TriggerType]:
    """"proclaimed a state of siege and a general mobilisation": the forces called up are the material act (CAMEO 15),
    martial law its frame."""
    if base.plover_type != "COERCE" or base.plover_mode != "martial-law" or token.pos_ != "VERB":
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    # "proclaimed martial law and a general mobilisation as the front gave way": the parser may hang the objects on
    # a later clause; the nouns right after the verb stand in for them (only their conjuncts are asked, as above)
    objects = objects or [w for w in token.doc[token.i + 1:min(token.i + 4, token.sent.end)] if w.pos_ == "NOUN"]
    for other in (c for o in objects for c in o.conjuncts):
        kind = trigger_type(other) if other.pos_ == "NOUN" else None
        if kind is not None and kind.plover_type == "MOBILIZE":
            return kind
    return None


def done_by_event(token, base: TriggerType) -> Optional[TriggerType]:
    """"a general strike closed the markets", "the riots destroyed the market": what a protest or an
    attack named as the subject did is that protest or attack."""
    if base.plover_type != "COERCE" or token.pos_ != "VERB":
        return None
    for subject in (c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        kind = trigger_type(subject)
        if kind is not None and kind.plover_type in ("PROTEST", "ASSAULT"):
            return kind
    return None


# verbs of a body's decision: "agreed to blacklist X", "agreed on a ban on Y" decide the measure itself
_DECIDING = {"agree", "decide", "resolve"}
# the punitive measures so decided (a body agreeing to "postpone a march" or "suspend talks" decides no sanction)
_PUNITIVE = {"impose", "slap", "blacklist", "freeze", "ban", "bar", "embargo", "sanction", "expel", "sever", "tighten",
             "withhold", "boycott", "blockade"}
_PUNITIVE_NOUNS = {"sanction", "embargo", "ban", "boycott", "blockade", "freeze", "blacklisting", "expulsion"}


def sanction_decided(token, base: TriggerType) -> Optional[TriggerType]:
    """A state or a body agreeing or deciding to impose a punitive measure imposes it (CAMEO 16): "ministers agreed to
    freeze the assets of X", "the bloc agreed on an arms embargo on Y"; agreeing to anything else stays an agreement,
    and a refusal ("did not agree to ...") is read by the clause."""
    if base.plover_type != "AGREE" or token.pos_ != "VERB" or token.lemma_.lower() not in _DECIDING or any(
            c.dep_ == "neg" or (c.dep_ == "prep" and c.lower_ == "with") for c in token.children):
        return None  # ("agreed with Washington to freeze X": a measure taken with a partner, cooperation)
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and child.lemma_.lower() in _PUNITIVE and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            kind = trigger_type(child)
            if kind is not None and kind.plover_type == "SANCTION":
                return kind
        if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
            for noun in (p for p in child.children if p.dep_ == "pobj"):
                kind = trigger_type(noun)
                if kind is not None and kind.plover_type == "SANCTION" and noun.lemma_.lower() in _PUNITIVE_NOUNS:
                    return kind
    return None


# A people driven off its land is mass expulsion (CAMEO 201, PLOVER ASSAULT), where migrants or a crowd moved on are
# deported or dispersed (CAMEO 17): "drove thousands of ethnic Kesh out of the valley", "expelled thousands of
# Tolvans across the border".
_DRIVING_OUT = {"drive", "chase", "expel", "uproot", "push"}
# people named by where they live: a village's people driven out are a people driven from its land
_DWELLERS = {"villager", "inhabitant", "resident", "family", "people", "population", "minority", "civilian"}
# people who are moved on by a state's immigration or public order, or for their trade, not cleansed from their land
_MOVED_ON = {"migrant", "worker", "refugee", "national", "citizen", "diplomat", "journalist", "reporter", "protester",
             "demonstrator", "activist", "squatter", "immigrant", "asylum", "seeker", "tourist", "student", "miner",
             "trader", "merchant", "farmer", "labourer", "laborer", "employee", "staff", "businessman", "fisherman",
             "official", "teacher", "missionary", "settler", "contractor", "engineer"}
# armed men and the forces that drive a land's dwellers out (shared with speech: troops sent are no aid)
FIGHTERS = frozenset({"troop", "troops", "soldier", "force", "forces", "fighter", "army", "militia", "men", "unit"})
_ARMED_HEADS = FIGHTERS | {"rebel", "insurgent", "militant", "guerrilla", "gunman", "combatant", "jihadist", "fighters"}
_ARMED_ROLES = ("MIL", "REB", "INS")
_LAND_WORDS = {"country", "kingdom", "land", "province", "state", "region", "homeland", "valley", "territory", "border",
               "village", "villages", "home", "homes", "area", "district", "enclave"}


def mass_expulsion(token, tree) -> Optional[TriggerType]:
    """"drove tens of thousands of ethnic Kesh out of the kingdom", "had driven Orlan villagers from the province",
    "expelled thousands of Tolvans across the border into Varnia": a people (a nation, faith or ethnic group, or a
    land's dwellers in their thousands driven by troops or an armed group) driven off a land or over a border is mass
    expulsion (CAMEO 201); migrants or workers deported, fighters pushed back, protesters driven from a square or
    residents evicted by police stay coercion (CAMEO 17). The caller passes only verbs with no type or COERCE."""
    if tree.lemmas[token.i] not in _DRIVING_OUT:  # (by index: lemma_ is a string lookup)
        return None
    driven = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    # "thousands of Kesh": the people a quantity is of
    driven += [p for d in driven if d.lemma_.lower() in QUANTITIES or d.like_num for c in d.children
               if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    peoples = {_a_people(d) for d in driven} - {None}
    if not peoples:
        return None
    # who drives: a state, force or group ("floods drove thousands of villagers from their homes" is no expulsion);
    # dwellers counted are cleansed only by troops or an armed group ("police drove residents out": an eviction)
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not any(names_party(d) for d in doers) if "people" in peoples else not any(_armed(d) for d in doers):
        return None
    if not any(_a_land(p) for c in token.children if c.dep_ in ("prep", "prt", "advmod")
               for p in [*c.children, *(g for h in c.children for g in h.children)]
               if p.dep_ == "pobj"):
        return None
    return TriggerType("ASSAULT", "cleansing", "20")


def _armed(noun) -> bool:
    return noun.lemma_.lower() in _ARMED_HEADS or noun.lower_ in _ARMED_HEADS or phrase_code(noun).role in _ARMED_ROLES


def _a_people(noun) -> Optional[str]:
    """"people" for a nation, faith or ethnic group named as the head ("Tolvans", "ethnic Kesh"), "dwellers" for a
    land's dwellers in their thousands, None for anyone else: armed men, or people moved on or named by their trade
    ("Somali rebels", "Chinese miners": the NORP only says whose they are)."""
    lemma = noun.lemma_.lower()
    modifiers = [m for m in noun.children if m.dep_ in ("amod", "compound", "nummod", "nmod")]
    if lemma in _MOVED_ON or any(m.lemma_.lower() in _MOVED_ON for m in modifiers) or _armed(noun):
        return None
    if noun.ent_type_ == "NORP" or any(m.lower_ == "ethnic" for m in modifiers):
        return "people"
    counted = noun.lower_ in ("thousands", "hundreds") or any(
        m.like_num or m.lower_ in ("thousands", "hundreds") for m in modifiers) or (
        noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in ("thousand", "hundred"))
    return "dwellers" if lemma in _DWELLERS and counted else None


def _a_land(place) -> bool:
    return place.ent_type_ in ("GPE", "LOC") or place.lemma_.lower() in _LAND_WORDS


# purposes of forces sent that make the sending a build-up of force ("sent to reinforce the mission")
REINFORCING = frozenset({"reinforce", "bolster", "beef", "augment", "strengthen"})
_PEACE_WORDS = {"peacekeeping", "peacekeeper", "peacekeepers", "peace-keeping"}
_PEACE_BODIES = {"force", "mission", "operation", "contingent"}


def keeping_peace(verb) -> bool:
    """Whether troops moved or patrolling keep the peace (CAMEO 074, military protection): peacekeepers as the
    doers ("Irish peacekeepers began to patrol the ceasefire line"), or troops sent "to join" or "to" a peacekeeping
    force. Sent to reinforce one is a build-up (REINFORCING, read in clause)."""
    # "began patrolling": the aspect verb's subject
    doer = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASPECT_VERBS else verb
    subject = next((c for c in doer.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.lower_ in _PEACE_WORDS or any(
            m.dep_ in ("compound", "amod") and m.lower_ in _PEACE_WORDS for m in subject.children)):
        return True
    if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in REINFORCING for c in verb.children):
        return False
    near = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "prep", "dative")]
    near += [p for c in verb.children if c.dep_ in ("dobj", "obj")
             for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
    bodies = [g for c in near for g in c.children if g.dep_ in ("dobj", "obj", "pobj")]
    sent = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if any(s.lower_ in _PEACE_WORDS or any((m.dep_ in ("compound", "amod") and m.lower_ in _PEACE_WORDS) or (
            m.lower_ == "of" and any(g.lower_ in _PEACE_WORDS for g in m.children)) for m in s.children) for s in sent):
        return True  # "vowed to send peacekeepers", "a peacekeeping unit", "a battalion of peacekeepers"
    return any(b.lemma_.lower() in _PEACE_BODIES and any(m.dep_ in ("compound", "amod") and m.lower_ in _PEACE_WORDS
                                                         for m in b.children) for b in bodies)
