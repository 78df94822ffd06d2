"""To whom: the phrases that may name the done-to (actor2) of a trigger, best first.

Targets follow CAMEO coding conventions: the object of an active verb and the subject of a
passive; the recipient of the action ("granted asylum to X", "sanctions on X", "talks with X");
whom a demand is made of ("demanded that X ...", "X must ..."); the object of a complement or
purpose clause ("agreed to release X", "a strike to protest X's decision"); the receiver of what
is given; the second party of "X and Y" in a mutual act ("X and Y agreed"). A threat or an offer
is aimed at the subject of its condition ("... unless X withdraws").
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .. import actors
from ..nlp import dependency_tree, doc_memo
from ..eventtypes import event_type, trigger_type
from ..eventtypes.relations import HOLDINGS  # what a sum is held in ("froze $2 billion in ... deposits")
from .doers import INTRANSITIVE_NOUNS, is_protest, receives, stance_subject, subject_candidates
from .syntax import (DOCUMENTS, MONEY_NOUNS, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, agent_of, by_objects,
                     headless_participle, misattached_by, misattached_verb, noun_phrase_head, prep_objects)
from .mentions import actor_at, shared_actor_at, state_country
from .words import BORDER_LEMMAS, MUNITIONS, MUTUAL_TYPES, REPORTING_LEMMAS


# Prepositions whose object is the target of an action ("fired on", "clashed with", "attack against",
# "appealed to", "withdrew from").
TARGET_PREPS = ("against", "on", "upon", "at", "with", "to", "into", "toward", "towards", "from", "over", "behind", "alongside")

# Things put to a party, whose author a "by" phrase names: "endorsed a plan by Norway"
PROPOSALS = {"proposal", "plan", "offer", "initiative", "invitation", "resolution", "demand", "call", "request",
             "motion", "draft", "bid", "overture", "scheme", "roadmap", "formula", "ultimatum", "peace plan"}

# Seats of power a protest held at is aimed at ("outside the British embassy", "at parliament")
PROTESTED_SEATS = {"embassy", "consulate", "mission", "parliament", "ministry", "palace", "residence", "headquarters", "office"}

# Nouns of "in protest against X", "in response to X", "in retaliation for X".
PROTEST_NOUNS = {"protest", "response", "retaliation", "reprisal", "solidarity", "defiance"}

# Nouns of help given to the doer ("with X's help", "with the backing of Y"): whoever helps is no target
HELP_NOUNS = {"help", "support", "assistance", "backing", "aid", "blessing", "consent", "approval", "permission",
              "participation", "cooperation", "collaboration", "complicity", "connivance", "encouragement", "involvement"}

# Ways in and out of a place: closing "the roads leading into X" is aimed at X
ROUTE_NOUNS = {"road", "route", "highway", "street", "crossing", "tunnel", "pass", "bridge", "railway", "rail", "line",
               "link", "pipeline", "corridor", "border", "passage", "path", "access", "entrance", "exit", "gate", "waterway"}

# What one is on while acting ("on patrol", "on a mission"): the doer's own errand, no target
DUTY_NOUNS = {"duty", "mission", "errand", "tour", "visit", "trip", "alert", "standby", "assignment", "exercise"}

# Types of acts of force, whose purpose clause names whom they are aimed at ("an offensive to retake X")
FORCE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}

MUST_AUX = {"must", "should", "ought"}

# Verbs of handing a person over to a state, whose "to" names the party cooperated with
HANDING_OVER = {"extradite", "repatriate"}
# ... and verbs of handing over, whose "to" is the party cooperated with only when it is a court
TRANSFERRING = {"transfer", "surrender", "hand", "turn", "deliver"}

# Participles of what an attack ends in ("..., leaving two dead", "..., killing three")
RESULTING = {"leave", "kill", "wound", "injure"}

# Participles that tie a thing to a party ("any vessel tied to X", "freighters bound for Y")
TYING_LEMMAS = {"link", "tie", "belong", "bind", "head", "connect", "affiliate", "destine"}

# Verbs of helping someone do something ("help X fight", "enable Y to rebuild")
HELPING = {"help", "assist", "enable", "allow", "let", "train", "equip"}

# Measures that bear on a flow of goods or people ("a ban on flights to X", "controls on exports to Y")
MEASURES = {"ban", "embargo", "control", "restriction", "curb", "limit", "sanction", "moratorium", "freeze", "boycott",
            "tariff", "levy", "duty", "quota", "cap", "suspension", "halt", "blockade", "prohibition"}

# Verbs of asking or urging someone, whose object a text "asking X to ..." is aimed at
ASKING = {"ask", "urge", "demand", "request", "implore", "beg", "press", "petition", "appeal", "invite", "instruct",
          "order", "direct", "tell", "warn", "condemn", "accuse", "blame", "criticise", "criticize", "denounce", "praise",
          "thank", "congratulate", "welcome", "reject", "support", "back", "endorse"}

# Verbs of paying back an act, whose "for" phrase names the act paid back
RETALIATING = {"retaliate", "avenge", "revenge", "punish"}

# Where forces shown or exercised face: "drills near X", "exercises off Y", "war games around Z"
FACING_PREPS = ("near", "around", "off", "opposite", "facing", "along")

# Conjunctions of a condition: "threatened to strike unless X withdraws" is aimed at X.
CONDITION_MARKS = {"unless", "if", "until"}

# Words whose "that" clause is what is demanded ("demanded that X ...", "its demand that X ...")
DEMAND_WORDS = {"demand", "call", "appeal", "request", "insistence", "ultimatum", "insist", "urge", "ask", "press",
                "want"}  # ("wants Germany to confirm the border": the one wanted to act is asked)


def condition_subjects(trigger: Token) -> list[Token]:
    """Subjects of the conditions set on a threat, on the trigger or its complement ("threatened to
    cut aid unless the junta frees ..." is a threat to the junta)."""
    # walked by index on the Doc's table: `.children`/`.head` build a Token per word on every walk
    doc = trigger.doc
    tree = dependency_tree(doc)
    deps, lowers, pos, heads, children = tree.deps, tree.lowers, tree.pos, tree.heads, tree.children
    out = []
    governors = []  # "is prepared to reopen ... if X guarantees": the condition hangs on "prepared"
    node = trigger.i
    if pos[node] == "NOUN" and deps[node] in ("dobj", "obj") and pos[heads[node]] == "VERB":
        node = heads[node]  # "would resume attacks unless X ...": the condition hangs on the verb of the act
        governors.append(node)
    while deps[node] in ("xcomp", "acomp") and heads[node] != node and len(governors) < 2:
        node = heads[node]
        governors.append(node)
    verbs = [trigger.i, *(c for c in children[trigger.i] if deps[c] in ("xcomp", "ccomp")), *governors]
    # "issued a threat to blow up X unless ...", "raised the prospect of resuming Y if ...": the condition hangs on
    # the act threatened, told by an infinitive or an "of" gerund after the verb or its object
    holders = [*governors] if pos[trigger.i] == "NOUN" else [trigger.i, *(c for c in children[trigger.i] if deps[c] in OBJECT_DEPS)]
    verbs += [c for h in holders for c in children[h] if deps[c] in ("advcl", "acl", "xcomp") and pos[c] == "VERB"
              and any(deps[a] == "aux" and lowers[a] == "to" for a in children[c])]
    verbs += [c for h in holders for p in children[h] if deps[p] == "prep" and lowers[p] == "of"
              for c in children[p] if deps[c] == "pcomp" and doc[c].tag_ == "VBG"]
    # "warned the squatters that police would demolish the shacks unless they moved out": a pronoun in the condition stands
    # for the party warned, not for the noun just before it
    warned = [c for c in children[trigger.i] if deps[c] in ("dobj", "obj", "dative") and pos[c] in ("NOUN", "PROPN")] if \
        pos[trigger.i] == "VERB" and tree.lemmas[trigger.i] in TELLING else []
    for verb in verbs:
        for clause in children[verb]:
            if deps[clause] == "advcl" and any(deps[c] == "mark" and lowers[c] in CONDITION_MARKS for c in children[clause]):
                out.extend(doc[w] for c in children[clause] if deps[c] in SUBJECT_DEPS
                           for w in (warned[:1] if pos[c] == "PRON" and warned else [c]))
    return out


# Object pronouns that stand for a phrase named just before ("them", "him")
OBJECT_PRONOUNS = {"them", "him", "her"}


# Verbs of telling a party something, whose object a "that" clause with a "must" in it asks to act
TELLING = {"tell", "inform", "warn", "remind", "notify", "advise"}


def _told_to_act(trigger: Token) -> list[Token]:
    """"Moscow told Minsk that it must join the pact": the party told is asked (its pronoun names it)."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "ccomp" or trigger.head.lemma_.lower() not in TELLING:
        return []
    if not any(c.dep_ == "aux" and c.lower_ in MUST_AUX for c in trigger.children) or not any(
            c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" for c in trigger.children):
        return []
    return [c for c in trigger.head.children if c.dep_ in ("dobj", "obj", "dative")]


def target_candidates(trigger: Token, subject: Optional[Token]) -> list[Token]:
    """Possible heads of the done-to, best first."""
    # the trigger's children by index and label from the doc's table: a Token is built only for those a rule
    # takes (`Token.children` builds one per child on each walk)
    doc = trigger.doc
    table = dependency_tree(doc)
    child_ids = table.children[trigger.i]
    deps = table.deps
    # the trigger's own words and labels, read once (each read of a Token attribute looks its string up again)
    head_i = table.heads[trigger.i]
    pos, dep, tag, lemma = table.pos[trigger.i], deps[trigger.i], trigger.tag_, table.lemmas[trigger.i]
    # the phrase a noun trigger heads ("a mediation effort"), found once
    phrase = noun_phrase_head(trigger) if pos in ("NOUN", "PROPN") else None
    # the trigger's typing in its clause and alone, asked once (each is memoised per Doc, but a look-up costs)
    event_kind, base_kind = event_type(trigger), trigger_type(trigger)

    def children_by(labels) -> list[Token]:
        return [doc[c] for c in child_ids if deps[c] in labels]

    out: list[Token] = []
    passive = next(iter(children_by(PASSIVE_SUBJECT_DEPS)), None)
    if passive is not None and stance_subject(trigger) is None:
        out.append(passive)
        if passive.pos_ == "NOUN":
            # "arms sales to Peru were halted", "talks on a trade pact with Norway were frozen": a thing
            # acted upon in the passive is aimed where it would be as an object
            out.extend(prep_objects(passive, TARGET_PREPS + ("between", "among"), table))
            out.extend(p for inner in prep_objects(passive, ("of", "on"), table) if inner.pos_ == "NOUN"
                       for p in prep_objects(inner, TARGET_PREPS, table))
    if dep == "acl" and tag == "VBN" and table.pos[head_i] in ("NOUN", "PROPN") and \
            not headless_participle(trigger) and not misattached_verb(trigger):
        out.append(trigger.head)  # "civilians killed by the strike"
    if dep == "advcl" and tag == "VBN" and trigger.i < head_i and \
            not any(deps[c] in SUBJECT_DEPS or deps[c] in PASSIVE_SUBJECT_DEPS for c in child_ids):
        # "Shunned by its neighbours, X turned to Y": a fronted participle is done to the main clause's subject
        out.extend(c for c in trigger.head.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    if dep == "xcomp" and event_kind is not None and event_kind.plover_type == "REQUEST":
        # "ordered Benin to withdraw its soldiers": the one told to act is asked
        out.extend(c for c in trigger.head.children if c.dep_ in ("dobj", "obj"))
    demanded = demanded_clause(trigger)
    if demanded is not None:  # "X said Y must release ...": Y is asked to act
        out.extend(c for c in demanded.children if c.dep_ in SUBJECT_DEPS)
    out.extend(_told_to_act(trigger))
    if lemma in HANDING_OVER | TRANSFERRING:
        # "extradited the banker to Chile", "handed the suspect over to the tribunal": handing someone over is
        # done with whoever receives him: a court always, a state unless the person is named (then the news is
        # him: "extradited militant John Doe to Britain")
        named_person = any(deps[c] in OBJECT_DEPS and table.pos[c] == "PROPN" for c in child_ids)
        receivers = prep_objects(trigger, ("to",), table) + [
            p for c in children_by(("prt",)) for p in prep_objects(c, ("to",), table)]
        if not receivers:  # "extradited a suspect in the 1998 bombing to X": the parser hangs "to" inside the object
            receivers = [p for o in children_by(OBJECT_DEPS) for t in o.subtree if t.dep_ == "prep" and t.lower_ == "to"
                         for p in t.children if p.dep_ == "pobj"][-1:]
        for receiver in receivers:
            court = (actor := shared_actor_at(receiver, None)) is not None and actor.code.role == "JUD"
            if court or (lemma in HANDING_OVER and receiver.pos_ == "PROPN" and not named_person):
                out.append(receiver)
    out.extend(_objects_and_recipients(trigger))
    if dep in ("conj", "advcl") and table.pos[head_i] == "VERB" and any(
            deps[c] in OBJECT_DEPS and table.lowers[c] in OBJECT_PRONOUNS for c in child_ids):
        # "freed two nurses and handed them to the ICRC", "..., handing them to ...": the object pronoun is the
        # object of the verb it goes on from
        out.extend(c for c in trigger.head.children if c.dep_ in OBJECT_DEPS)
    out.extend(children_by(("attr",)))
    if pos in ("NOUN", "PROPN") and lemma in DEMAND_WORDS:
        # "its demand that the army release ...", "reiterated its call today that X ...": who is asked
        clauses = children_by(("acl", "relcl", "ccomp"))
        if dep in ("dobj", "obj"):
            clauses += [c for c in trigger.head.children if c.dep_ == "ccomp"]
        out.extend(s for c in clauses for s in c.children if s.dep_ in SUBJECT_DEPS)
    if pos == "VERB":  # "insisted on its demand that X grant ...", "pressed for its call that Y ...": who is asked
        out.extend(s for noun in prep_objects(trigger, ("on", "for"), table) if noun.lemma_.lower() in DEMAND_WORDS
                   for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") for s in c.children if s.dep_ in SUBJECT_DEPS)
    if pos in ("NOUN", "PROPN"):
        if lemma in INTRANSITIVE_NOUNS:  # "the withdrawal of X from Y": Y
            out.extend(prep_objects(trigger, ("from", "to", "against", "into", "between"), table))
        else:
            out.extend(prep_objects(trigger, ("of", "between", "among"), table))
            # "sanctions against Russia", "aid to Ukraine", "relief for Pakistan", "talks with X"
            out.extend(prep_objects(trigger, TARGET_PREPS + ("for",), table))
        # "a halt to rail links with Chile": whom the thing acted upon is shared with
        out.extend(p for o in prep_objects(trigger, ("of",), table) if o.pos_ == "NOUN"
                   for p in prep_objects(o, TARGET_PREPS, table))
        if phrase.i != trigger.i:  # "a mediation effort between X and Y"
            out.extend(prep_objects(phrase, TARGET_PREPS + ("between", "among"), table))
        if phrase.dep_ in ("dobj", "obj") and receives(phrase.head):
            out.extend(subject_candidates(phrase.head))  # "X received aid from Y": X got it
        elif phrase.dep_ in ("dobj", "obj"):  # "launched an attack on ...": the verb's "on" phrase
            # "handed Quito an ultimatum", "gave the junta a deadline": the indirect object first
            out.extend(c for c in phrase.head.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"))
            out.extend(prep_objects(phrase.head, TARGET_PREPS, table))
        elif phrase.dep_ == "pobj" and phrase.head.lower_ in ("as", "under") and phrase.head.head.pos_ == "VERB":
            # "held villagers as human shields": the verb's object is what the act is done to ("X was put under
            # investigation", "was placed under house arrest": its passive subject)
            out.extend(c for c in phrase.head.head.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    # "demanded that X release ...": who is asked; "agreed to help the refugees", "urged to
    # release", "threatened to break relations with X": the complement's object or recipient
    refusal = pos == "VERB" and event_kind is not None and event_kind.plover_type == "REJECT"
    for child in children_by(("advcl", "xcomp", "ccomp")):  # (the only labels the rules below take)
        if refusal and child.dep_ == "advcl" and child.tag_ == "VBG" and not any(c.dep_ == "mark" for c in child.children):
            # "ruled out sending troops to X": the act refused (the parser may hang the gerund object as an adverbial)
            out.extend(_objects_and_recipients(child))
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            if child.dep_ == "ccomp":
                # "warned that X would be met with force" too: whom the statement is about
                out.extend(c for c in child.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
            out.extend(_objects_and_recipients(child))
    if pos == "VERB" and event_kind is not None and event_kind.plover_type in ("SUPPORT", "AID"):
        # "vouched for her minister", "spoke up for the detained reporters", "set up camps for refugees": whom it is for
        out.extend(p for p in prep_objects(trigger, ("for",), table) if trigger_type(p) is None)
    # "shelled the island, leaving two marines dead", "..., killing three soldiers": the harmed, after the place
    if base_kind is not None and base_kind.plover_type == "ASSAULT":
        # (only victims whose country is named: unnamed ones are where the place is)
        out.extend(o for c in children_by(("advcl", "conj")) if c.tag_ == "VBG" and c.lemma_.lower() in RESULTING
                   for o in c.children if o.dep_ in OBJECT_DEPS and (a := shared_actor_at(o, None)) is not None and a.code.country)
    # "a sit-in in protest against X's decision", "rallied in protest at Y": what is protested
    holders = [trigger, *children_by(OBJECT_DEPS)] + (
        [phrase.head] if pos in ("NOUN", "PROPN") and phrase.dep_ in ("dobj", "obj") else [])
    for protest in (p for h in holders for p in prep_objects(h, ("in",), table) if p.lemma_.lower() in PROTEST_NOUNS):
        out.extend(prep_objects(protest, ("against", "at", "of", "over", "to"), table))
    # "massed troops near / along the Ukrainian border": the border names whom the act faces
    # (also "moved tanks closer to X's border", where the phrase hangs on "closer")
    # (and "massed troops near the X border", where the phrase hangs on the forces)
    # (and one side's "exercises near the X border", where it hangs on the verb a nominal act is the object of;
    # joint ones are done with the partner)
    border_holders = [trigger, *children_by(("advmod", "dobj", "obj"))]
    if pos == "NOUN" and dep in ("dobj", "obj") and event_kind is not None and \
            event_kind.plover_type == "MOBILIZE":
        border_holders.append(trigger.head)
    out.extend(b for h in border_holders
               for b in prep_objects(h, ("near", "along", "toward", "towards", "across", "on", "to"), table)
               if b.lemma_.lower() in BORDER_LEMMAS)
    if event_kind is not None and event_kind.plover_type == "MOBILIZE":
        # "held naval drills near X", "stationed divisions around Y": the place the show of force faces
        holders = [trigger, *children_by(OBJECT_DEPS)]
        if pos == "NOUN" and dep in ("dobj", "obj"):
            holders.append(trigger.head)
        out.extend(p for h in holders for p in prep_objects(h, FACING_PREPS, table) if p.pos_ == "PROPN")
    # "rioted ..., hurling stones at police", "..., attacking a police post": whom the riot's own acts were aimed at
    if pos == "VERB" and not any(deps[c] in OBJECT_DEPS for c in child_ids) and is_protest(trigger):
        out.extend(t for act in children_by(("advcl",)) if act.tag_ == "VBG" and trigger_type(act) is not None
                   for t in _objects_and_recipients(act))
    # "rallied outside the Dutch embassy": a protest at a state's mission or seat is aimed at its owner
    if is_protest(trigger):
        out.extend(p for p in prep_objects(trigger, ("outside", "at", "near", "before", "in"), table)
                   if p.lemma_.lower() in PROTESTED_SEATS)
    # "mobilized reservists for a war against X", "massed troops for an offensive on X": the fight
    # the act is for is aimed at X
    for purpose in (p for h in [trigger, *children_by(OBJECT_DEPS)] for p in prep_objects(h, ("for",), table)):
        if purpose.pos_ == "NOUN" and trigger_type(purpose) is not None:  # "visited X for talks with Y" too
            out.extend(prep_objects(purpose, ("against", "on", "upon", "with"), table))
    # "began a hunger strike to protest X's decision", "rallied to demand Y's resignation": the
    # purpose names whom the action is aimed at
    holders = [trigger]
    if pos in ("NOUN", "PROPN") and phrase.dep_ in ("dobj", "obj"):
        holders.append(phrase.head)
    if pos == "VERB":  # "began a push to recapture X": a use of force's own purpose (not a demand's content)
        holders.extend(c for c in children_by(("dobj", "obj")) if (kind := trigger_type(c)) is not None
                       and kind.plover_type in FORCE_TYPES)
        # "filed a petition asking X to ...", "issued a statement urging Y to ...": whom the text is aimed at
        # (the small parser may hang the participle on the verb)
        texts = [c for c in children_by(("dobj", "obj")) if c.lemma_.lower() in DOCUMENTS]
        telling = [v for c in texts for v in c.children if v.dep_ == "acl" and v.tag_ == "VBG"] + (
            [v for v in children_by(("advcl",)) if v.tag_ == "VBG" and v.i > texts[0].i] if texts else [])
        out.extend(o for v in telling if v.lemma_.lower() in ASKING for o in v.children if o.dep_ in OBJECT_DEPS)
        # "reached an accord to lend X ...", "signed a deal to supply Y with ...": what is agreed is done to X
        holders.extend(c for c in children_by(("dobj", "obj")) if (kind := trigger_type(c)) is not None
                       and kind.plover_type in MUTUAL_TYPES)
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("advcl", "acl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                out.extend(_objects_and_recipients(child))
    # between X and Y: the second party is the target when the first is the source; so for
    # "X and Y agreed / met / signed" (a mutual act) when nothing else is its target
    if subject is not None:
        out = [t for t in out if t.i != subject.i]
        kind = base_kind
        partners = [c for c in subject.children if c.dep_ == "conj"]
        if kind is not None and kind.plover_type in MUTUAL_TYPES:
            # "Laos, Cambodia and Vietnam reopened talks on the river", "Peru and Ecuador signed an accord in
            # Brasilia": the partners first
            # (after whom it is done with, named as its object or its "with/between" party: "X and Y met Z")
            if partners:
                named = [t for t in out if _named_party(t)]
                out = named + partners + [t for t in out if not _named_party(t)]
            else:  # "shared radar data with X on Y cells": whom it is done with before what it is about
                out = _with_parties_first(out)
        elif pos in ("NOUN", "PROPN") or any(
                (act := trigger_type(c)) is not None and act.plover_type in MUTUAL_TYPES for c in children_by(OBJECT_DEPS)):
            out.extend(partners)  # "X and Y called off their talks": each the other's, as for a mutual act
    # "tightened the blockade with Albania's help", "with the backing of X": a helper is no target; nor
    # is what the doer was on ("a frigate on a routine patrol", "soldiers on duty")
    # (labels and words by index from the table: no Token per head)
    heads, lowers, lemmas = table.heads, table.lowers, table.lemmas
    return [t for t in out if not (deps[t.i] == "pobj" and (lowers[heads[t.i]] == "with" and lemmas[t.i] in HELP_NOUNS
                                                           or lowers[heads[t.i]] == "on" and _on_duty(t)))
            and not _with_no_party(t) and not _trailing_attribution(t)]


# Verbs of an attribution trailing the report ("..., a senior official signalled to reporters"): the verbs of
# saying, and of posting or signalling
ATTRIBUTING = REPORTING_LEMMAS | {"signal", "tweet", "post", "stress", "recount", "assert"}


def _trailing_attribution(noun: Token) -> bool:
    """The speaker of an attribution after a comma that the small parser hung on the report as an object
    ("vowed to mount an operation against X, a senior aide in Baku hinted")."""
    edge = noun.left_edge.i
    tree = dependency_tree(noun.doc)  # (by index: no Token per child)
    return edge > 0 and tree.texts[edge - 1] == "," and any(
        tree.deps[c] in ("acl", "relcl") and tree.pos[c] == "VERB" and tree.lemmas[c] in ATTRIBUTING
        for c in tree.children[noun.i])


# What a "with" phrase names when it is the means of an attack, not a party
MEANS_OF_FORCE = MUNITIONS | {"artillery", "weapon", "gun", "tank", "drone", "missile", "explosive", "gas"}


def _with_no_party(noun: Token) -> bool:
    """A "with" phrase that names no one acted with: the means ("bombarded the town with rockets") or a
    clause of its own after a comma ("cut ties with X, with its minister accusing Y of ...")."""
    tree = dependency_tree(noun.doc)  # (by index: a Token only for a clause whose tag is read)
    prep = tree.heads[noun.i]
    if tree.deps[noun.i] != "pobj" or tree.lowers[prep] != "with":
        return False
    if tree.lemmas[noun.i] in MEANS_OF_FORCE:
        return True
    return prep > 0 and tree.texts[prep - 1] == "," and any(
        tree.deps[c] in ("acl", "relcl") and noun.doc[c].tag_ == "VBG" for c in tree.children[noun.i])


def _on_duty(noun: Token) -> bool:
    """"on a mission", "on patrol", "on its routine patrol": the doer's errand ("fired on a patrol" is
    aimed at the patrol, so a patrol counts only bare, owned or routine)."""
    lemma = noun.lemma_.lower()
    if lemma == "patrol":
        tree = dependency_tree(noun.doc)  # (by index: no Token per child)
        deps, children = tree.deps, tree.children[noun.i]
        return not any(deps[c] == "det" for c in children) or any(
            (deps[c] == "poss" and tree.pos[c] == "PRON") or tree.lowers[c] in ("routine", "regular", "usual") for c in children)
    return lemma in DUTY_NOUNS


def _with_parties_first(candidates: list[Token]) -> list[Token]:
    """The "with/between" parties of a mutual act moved before the first other prepositional candidate."""
    parties = [t for t in candidates if t.dep_ == "pobj" and t.head.lower_ in ("with", "between", "among") and _named_party(t)]
    if not parties:
        return candidates
    rest = [t for t in candidates if t not in parties]
    first = next((i for i, t in enumerate(rest) if t.dep_ == "pobj"), len(rest))
    return rest[:first] + parties + rest[first:]


def _named_party(candidate: Token) -> bool:
    """Whether a target candidate is named as the one the act is done to or with: an object, or a
    "with/between" party."""
    if trigger_type(candidate) is not None:
        return False  # an act ("resumed negotiations in X") is what they do together, not whom with
    return candidate.dep_ in OBJECT_DEPS or (candidate.dep_ == "pobj" and candidate.head.lower_ in ("with", "between", "among"))


def _objects_and_recipients(verb: Token) -> list[Token]:
    """A verb's objects, then who its action is aimed at: "granted asylum to X", "imposed sanctions
    on X", "fired at X", "broke relations with X" (the phrase hangs on the verb or its object).
    Found once per verb and Doc (cached in doc.user_data): the same verb is asked for again as the
    trigger, the complement of another trigger and the purpose clause of a third."""
    found = doc_memo(verb.doc, "sitrep_objects_and_recipients")
    if verb.i not in found:
        found[verb.i] = tuple(_find_objects_and_recipients(verb))
    return list(found[verb.i])


def _find_objects_and_recipients(verb: Token) -> list[Token]:
    doc = verb.doc
    # children and labels by index from the doc's table: `Token.children` builds a Token per child on each walk;
    # a Token is built only for a child that is handed on
    tree = dependency_tree(doc)
    deps, lowers, children = tree.deps, tree.lowers, tree.children
    verb_children = children[verb.i]
    objects = [doc[c] for c in verb_children if deps[c] in OBJECT_DEPS]
    verb_lemma = verb.lemma_.lower()  # (read once: each read builds a new string)
    out = list(objects)
    # "filed a complaint against X at the court": what the thing is against beats where it is done
    out.extend(p for o in objects for p in prep_objects(o, ("against",), tree))
    # "lodged a complaint with the UN over X's raids": what a complaint is about beats the body it is brought before
    # (the small parser may hang the "over" phrase on the body)
    grievances = [o for o in objects if o.pos_ == "NOUN" and (kind := trigger_type(o)) is not None
                  and kind.plover_type == "ACCUSE"]
    out.extend(p for o in grievances for holder in [o, *(b for b in prep_objects(o, ("with", "to"), tree) if _body(b))]
               for p in prep_objects(holder, ("over", "about"), tree))
    if grievances and any(_body(b) for b in prep_objects(verb, ("with", "to"), tree)):  # (or hang both on the verb)
        out.extend(prep_objects(verb, ("over", "about"), tree))
    # "lodged a protest with X over Y": the state the thing is put to beats what the verb says it is about (not a
    # body it is brought before: "a complaint with the UN over X's raids" accuses X)
    out.extend(p for o in objects if o.pos_ == "NOUN" and trigger_type(o) is not None
               for p in prep_objects(o, ("with",), tree)
               if (a := shared_actor_at(p, None)) is not None and state_country(a.code.country) and a.code.role != "JUD")
    out.extend(prep_objects(verb, TARGET_PREPS, tree))
    if verb.pos_ == "VERB":  # "offered to mediate between X and Y", "shuttled between X and Y": the first party
        out.extend(prep_objects(verb, ("between", "among"), tree))
    # "went back on a pledge made to X": whom the thing the verb is about was owed to
    # (a verb with an object is about that object: "detained X on his return to Y")
    out.extend(p for thing in ([] if objects else prep_objects(verb, ("on", "upon"), tree))
               if thing.pos_ == "NOUN" and shared_actor_at(thing, None) is None
               for p in prep_objects(thing, ("to",), tree))
    if verb_lemma in HELPING and not objects:  # "promised to help Ghana rebuild ...": whom it helps
        out.extend(doc[s] for c in verb_children if deps[c] in ("ccomp", "xcomp") for s in children[c] if deps[s] == "nsubj")
    if verb_lemma in RETALIATING:  # "vowed to pay back a raid by X": the raid's author
        out.extend(prep_objects(verb, ("for",), tree))
    if verb_lemma in ("warn", "caution"):  # "warned of the Emir of X": whom the warning is about
        out.extend(p for p in prep_objects(verb, ("of", "about"), tree) if trigger_type(p) is None)
    # "hinted at reprisals against X", "warned of retaliation against Y": whom the act named after the verb is aimed at
    out.extend(p for act in prep_objects(verb, ("at", "of", "about"), tree)
               if act.pos_ == "NOUN" and trigger_type(act) is not None
               for p in prep_objects(act, ("against", "on", "upon"), tree))
    # "pulled out of its talks with X", "withdrew from the dialogue with Y": whom the act left was held with
    leaving = [doc[c] for c in verb_children if deps[c] in ("prt", "prep", "advmod") and lowers[c] in ("out", "away")]
    for left in [p for c in leaving for p in prep_objects(c, ("of", "from"), tree)] + \
            prep_objects(verb, ("from",), tree):
        if left.pos_ == "NOUN" and trigger_type(left) is not None:
            out.extend(prep_objects(left, ("with", "between"), tree))
    # "suspended its role as mediator in X", "quit as peace broker between X and Y": where or between whom it served
    out.extend(p for o in objects if o.lemma_.lower() == "role" for post in prep_objects(o, ("as",), tree)
               for p in prep_objects(post, ("in", "between"), tree))
    # "kidnapped up to 16 contractors": the small parser hangs the counted object on the particle
    # ("handed back to X on Monday the archives ...": the parser may read the particle as an adverb)
    for particle in (doc[c] for c in verb_children if deps[c] == "prt" or (deps[c] == "advmod" and lowers[c] in ("back", "over"))):
        out.extend(prep_objects(particle, ("to",), tree))
    if not objects:  # "denounced as a crime X's bombing of ...": the object after "as"
        # (not a post the doer holds or leaves: "quit as prime minister", "served as envoy")
        objects = [p for p in prep_objects(verb, ("as",), tree) if p.pos_ == "NOUN" and not _post(p)]
        out.extend(objects)
    if verb_lemma in ("participate", "join", "engage") or any(o.lemma_.lower() == "part" for o in objects):
        out.extend(prep_objects(verb, ("in",), tree))  # "participated in the EU's operation", "took part in X"
        # "engaged in fierce clashes with X": whom the act one engages in is aimed at
        out.extend(p for act in prep_objects(verb, ("in",), tree) if act.pos_ == "NOUN"
                   for p in prep_objects(act, TARGET_PREPS, tree))
    if verb_lemma in ("arrive", "touch") and (kind := trigger_type(verb)) is not None and kind.plover_mode == "arrival":
        # "the envoy arrived in Doha": the host visited (CAMEO 042)
        out.extend(prep_objects(verb, ("in", "at", "into"), tree))
    if verb_lemma in ("deposit", "invest", "inject", "put"):  # "deposited two billion in X's central bank"
        out.extend(prep_objects(verb, ("in", "into"), tree))
        # "is putting $3 billion in Moroccan ports": the small parser hangs the "in" on the sum
        out.extend(p for o in objects for p in prep_objects(o, ("in", "into"), tree))
    for obj in objects:
        obj_lemma = obj.lemma_.lower()
        obj_children = children[obj.i]  # (indices)
        if obj_lemma == "part":  # "take part in X"
            out.extend(prep_objects(obj, ("in",), tree))
        if obj_lemma in MONEY_NOUNS or any(deps[c] == "nummod" for c in obj_children):
            # "disbursed five billion euros in aid to Ukraine": the sum's aid is for whom
            out.extend(p for thing in prep_objects(obj, ("in", "of"), tree)
                       for p in prep_objects(thing, ("to", "for"), tree))
            # "froze $2 billion in Libyan central bank deposits": whose holdings the sum is
            out.extend(p for p in prep_objects(obj, ("in", "of"), tree)
                       if p.pos_ == "NOUN" and p.lemma_.lower() in HOLDINGS)
        # a noun, or an adjective or participle used as one ("evacuated the wounded from X")
        if obj.pos_ == "NOUN" or (obj.pos_ in ("VERB", "ADJ") and any(deps[c] == "det" for c in obj_children)):
            # "endorsed a plan by Norway", "turned down a scheme put forward by Chile": whose the thing is
            # (before "for": "a proposal by X for Y")
            if obj_lemma in PROPOSALS:
                out.extend(prep_objects(obj, ("by",), tree))
                if not any(deps[c] in ("auxpass", "nsubjpass") for c in verb_children):
                    out.extend(prep_objects(verb, ("by",), tree))  # (the small parser hangs it on an active verb)
                for c in obj_children:  # "a plan put forward by X": the clause's agent, else its "by" object
                    if deps[c] != "acl":
                        continue
                    agent = agent_of(doc[c])
                    if agent is None:
                        by_object = next((p for q in children[c] if deps[q] == "prep" and lowers[q] == "by"
                                          for p in children[q] if deps[p] == "pobj"), None)
                        agent = doc[by_object] if by_object is not None else None
                    if agent is not None:
                        out.append(agent)
            # "ended mediation between X and Y", "showed disapproval for X's policies", "hailed news about X's vote"
            out.extend(prep_objects(obj, TARGET_PREPS + ("between", "among", "for", "about"), tree))
            # "dispersed a march by student groups": the small parser hangs the act's "by" on an active verb
            if misattached_by(verb, subject_needed=False) and obj.dep_ in ("dobj", "obj") and trigger_type(obj) is not None:
                out.extend(by_objects(verb))
            # "blocked the highways leading into X", "closed the crossings linking it to Y": where the thing goes
            if shared_actor_at(obj, None) is None:
                # "threatened to demolish the dam X had built": whose the thing is, by the clause that tells it
                out.extend(doc[c] for r in obj_children if deps[r] == "relcl" and not any(deps[o] in OBJECT_DEPS for o in children[r])
                           for c in children[r] if deps[c] == "nsubj" and tree.pos[c] in ("PROPN", "NOUN"))
                # "welcomed assurances sent from X", "seized arms shipped by Y": where the thing comes from
                clauses = [doc[c] for c in obj_children if deps[c] == "acl"]  # (clauses on the thing, e.g. "sent from X")
                out.extend(p for c in clauses if c.tag_ == "VBN"
                           for p in [*prep_objects(c, ("from",), tree), *filter(None, [agent_of(c)])])
                # "threatened to strike any vessel tied to X", "seized tankers bound for Y": whom the thing is tied to
                out.extend(p for c in clauses if c.lemma_.lower() in TYING_LEMMAS
                           for p in prep_objects(c, ("to", "for", "with"), tree))
                # "pledged to repair schools damaged in Peru's floods": where the thing came to be as it is
                out.extend(p for c in clauses if c.tag_ == "VBN" for p in prep_objects(c, ("in",), tree))
            if obj_lemma in ROUTE_NOUNS:
                out.extend(p for c in (doc[i] for i in obj_children if deps[i] == "acl") if c.tag_ == "VBG"
                           for p in prep_objects(c, ("into", "to", "toward", "towards"), tree))
            # "lifted a ban on flights to X", "tightened controls on exports of chips to Y": whom the trade or
            # travel a measure bears on goes to or comes from
            if obj_lemma in MEASURES:
                for flow in (p for p in prep_objects(obj, ("on", "against"), tree) if p.pos_ == "NOUN"):
                    out.extend(prep_objects(flow, ("to", "from", "with"), tree))
                    out.extend(p for goods in prep_objects(flow, ("of",), tree)
                               for p in prep_objects(goods, ("to", "from"), tree))
            # "welcomed the resumption of ties with X", "... of flights between X and Y"
            for inner in prep_objects(obj, ("of",), tree):
                if inner.pos_ == "NOUN":
                    out.extend(prep_objects(inner, TARGET_PREPS + ("between", "among"), tree))
    return out


def _body(noun: Token) -> bool:
    """Whether a noun names an international body or a court (no state), before which a complaint is brought."""
    actor = shared_actor_at(noun, None)
    return actor is not None and (actor.code.role in ("IGO", "JUD") or actor.code.country in ("UN", "INT"))


def _post(noun: Token) -> bool:
    """A bare title ("prime minister", "head of the mission"): an office, no party, when named after "as"."""
    if any(c.dep_ in ("poss", "det") and c.lower_ != "the" for c in noun.children):
        return False
    end = max([noun.i] + [c.right_edge.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"])
    code = actors.code_actor(noun.doc[noun.left_edge.i:end + 1].text)
    return code.role is not None and code.country is None


def demanded_clause(trigger: Token) -> Optional[Token]:
    """The verb of a "Y must do" clause reported by someone else ("X said Y must release ...",
    "X's reminder that Y must cooperate"), reached from the trigger through its complements, or None."""
    # walked by index on the Doc's table: asked twice per event, and each `.children`/`.head` builds Tokens
    tree = dependency_tree(trigger.doc)
    verb = trigger.i
    for _ in range(3):
        if any(tree.deps[c] == "aux" and tree.lowers[c] in MUST_AUX for c in tree.children[verb]):
            return trigger.doc[verb] if tree.deps[verb] in ("ccomp", "parataxis", "acl") and tree.heads[verb] != verb else None
        if tree.deps[verb] not in ("xcomp", "acomp") or tree.heads[verb] == verb:
            return None
        verb = tree.heads[verb]
    return None


def asked_of(trigger: Token) -> Optional[Token]:
    """The subject of a clause that is a demand's content ("its demand that Israel ease"), when the
    trigger is that clause's verb: the one asked, not the asker."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in ("ccomp", "acl", "relcl", "advcl"):
        return None
    # children, labels and lemmas by index from the Doc's table: `.children`/`.head` build Tokens
    tree = dependency_tree(trigger.doc)
    deps, lemmas, children = tree.deps, tree.lemmas, tree.children
    if trigger.dep_ == "advcl" and not any(deps[c] == "mark" and tree.lowers[c] == "for" for c in children[trigger.i]):
        return None  # "called for the premier to quit": a "for ... to" clause is the demand's content
    head = tree.heads[trigger.i]
    if lemmas[head] not in DEMAND_WORDS and not any(
            deps[c] in ("dobj", "obj") and lemmas[c] in DEMAND_WORDS for c in children[head]):
        return None  # "demanded that X", "its demand that X", "reiterated its demand ... that X"
    kind, base = event_type(trigger), trigger_type(trigger)
    if kind is None or kind.plover_type != "REQUEST" or (base is not None and base.plover_type == "REQUEST"):
        return None
    return next((trigger.doc[c] for c in children[trigger.i] if deps[c] in SUBJECT_DEPS), None)
