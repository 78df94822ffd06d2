"""Who did it: the phrases that may name the doer (actor1) of a trigger, best first.

The rules follow the mechanics an event coder such as PETRARCH applies: the subject of an active
verb is the source; a passive's agent ("by ...") is; a subject shared by conjoined or controlled
verbs ("troops advanced and entered", "rebels agreed to withdraw") belongs to each of them; a
relative clause's noun does what the clause says ("militants who stormed the base"); nominal
triggers take possessors, modifiers and "by"/"between" phrases ("Russian air strikes", "an attack
by rebels"), or the subject of the verb they are the object of ("rebels launched an attack"); the
giver of what is received acts ("received aid from X" is X's act).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..eventtypes import lexicon, trigger_type
from ..eventtypes.loader import RECEIVING_VERBS
from ..nlp import dependency_tree, sentence_bounds
from .syntax import (PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, adopting_verb, agent_of, first_child_at, gapped_passive,
                     headless_participle, misattached_verb, noun_phrase_head, prep_objects)
from .words import JUDGING_LEMMAS

# Verbs whose clausal complement carries the action, not the verb itself: their subject is the
# complement's subject ("rebels agreed to withdraw") and their object may be its target.
CONTROL_DEPS = {"xcomp", "conj", "advcl"}

# Nouns of acts with no one acted upon, whose "of X" is the doer: "the pull-out of Chadian units",
# "the resignation of the president", "a visit of the emir".
INTRANSITIVE_NOUNS = {"resignation", "withdrawal", "retreat", "surrender", "visit", "trip", "departure", "arrival",
                      "pullout", "walkout", "protest", "strike", "march", "rally", "demonstration", "uprising",
                      "mobilization", "mobilisation", "deployment", "redeployment", "advance", "flight", "exodus", "exit",
                      "abdication", "return", "escape", "defection", "mutiny", "revolt"}

# Nouns of an intent or decision whose "to" clause says what its owner will do.
INTENT_NOUNS = {"readiness", "willingness", "intention", "intent", "plan", "decision", "desire", "determination",
                "commitment", "pledge", "promise", "offer", "bid", "resolve", "refusal", "attempt", "effort", "threat"}

# Verbs whose passive agent is the doer of the act that is their subject ("the raid was carried out by
# X"); not verbs of judging it ("the raid was condemned by Y": Y did not raid).
CARRYING_OUT_LEMMAS = {"carry", "conduct", "launch", "stage", "mount", "order", "announce", "perpetrate", "commit",
                       "organise", "organize", "lead", "execute", "impose", "make", "declare", "initiate", "undertake",
                       "claim", "direct", "issue", "grant", "extend", "offer", "give", "provide", "approve", "sign",
                       "lodge", "file", "submit", "voice", "express", "table", "present"}

# Verbs of putting someone out of a body or a country, whose "from X" is who does it.
EXCLUDING_LEMMAS = {"suspend", "expel", "exclude", "bar", "ban", "eject", "oust", "banish", "deport"}

# Verbs of deploying forces, whose passive subject (the forces) stands for the one who sends them.
DEPLOYING_LEMMAS = {"deploy", "redeploy", "send", "dispatch", "station", "position", "move", "mass", "rush", "airlift",
                    "fly", "ferry", "pour", "concentrate", "preposition"}

# Verbs of receiving: "X received aid from Y" is Y's aid to X (CAMEO codes the giver as source).
# Typing reads the same verbs (eventtypes.RECEIVING_VERBS); a thing accepted or won is not typed as aid received.
RECEIVING_LEMMAS = RECEIVING_VERBS | {"accept", "win"}

# Participles that say what state their subject is in, not what was done to it: "X is committed to
# talks", "Y was engaged in fighting", "Z is prepared to withdraw" (X, Y, Z act).
STANCE_PARTICIPLES = {"commit", "engage", "involve", "prepare", "determine", "resolve", "dedicate", "poise", "bind",
                      # what is planned for its subject: "X is set / expected / scheduled / slated to visit Y"
                      "set", "expect", "schedule", "slate"}


def _clauses_of_passive(trigger: Token) -> list[Token]:
    """The adverbial clauses on a passive trigger, on a passive coordinated with it that shares its auxiliary
    ("were killed and dozens wounded when ...": the parser hangs the clause on the last one), or on the
    passive it shares its auxiliary with."""
    # children by index from the doc's table (a gapped passive is a conjunct: only those are built as Tokens)
    doc = trigger.doc
    tree = dependency_tree(doc)
    deps, children = tree.deps, tree.children
    verbs = [trigger, *(c for c in (doc[i] for i in children[trigger.i] if deps[i] == "conj") if gapped_passive(c))]
    if gapped_passive(trigger):
        verbs.append(trigger.head)
    return [doc[c] for verb in verbs for c in children[verb.i] if deps[c] == "advcl"]


def subject_candidates(trigger: Token) -> list[Token]:
    """Possible heads of the doer, best first."""
    out: list[Token] = []
    # children and labels by index from the doc's table: `Token.children` builds a Token per child on each walk
    doc = trigger.doc
    table = dependency_tree(doc)
    deps = table.deps
    agent = agent_of(trigger)
    if agent is not None:
        out.append(agent)
    elif headless_participle(trigger):
        out.append(trigger.head)
    elif trigger.pos_ == "VERB" and (first_child_at(table, trigger.i, PASSIVE_SUBJECT_DEPS) is not None
                                     or gapped_passive(trigger)):
        # "civilians were killed when army helicopters strafed a bus station": the doer of the "when" act, which
        # the parser may hang on either of two coordinated passives ("were killed and scores hurt when ...")
        for clause in _clauses_of_passive(trigger):
            if clause.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after")
                                              for m in clause.children) \
                    and trigger_type(clause) is not None:
                out.extend(c for c in clause.children if c.dep_ in SUBJECT_DEPS)
        # "Mali was suspended from ECOWAS", "two diplomats were expelled from Britain": the body or state
        # one is put out of acts
        if trigger.lemma_.lower() in EXCLUDING_LEMMAS:
            out.extend(prep_objects(trigger, ("from",)))
        # "several thousand troops were deployed to the border", "the air force was put on alert": forces sent are the doer's own
        forces_i = first_child_at(table, trigger.i, PASSIVE_SUBJECT_DEPS)
        forces = None if forces_i is None else doc[forces_i]
        deploying = trigger.lemma_.lower() in DEPLOYING_LEMMAS or (
            (kind := trigger_type(trigger)) is not None and kind.plover_type == "MOBILIZE")
        if deploying and forces is not None and forces.lemma_.lower() in lexicon().subject_words["armed"]:
            out.append(forces)
        # "died in a drone strike by army units": the means' author did it
        for means in prep_objects(trigger, ("in", "during", "by")):
            out.extend(prep_objects(means, ("by",)))
    verb = trigger
    for _ in range(4):
        children = table.children[verb.i]
        has_passive = first_child_at(table, verb.i, PASSIVE_SUBJECT_DEPS) is not None
        subject_i = first_child_at(table, verb.i, SUBJECT_DEPS)
        # ("Kenya is mediating ...": the small parser may hang the subject on the auxiliary)
        subject = doc[subject_i] if subject_i is not None else stance_subject(verb) or next(
            (doc[s] for a in children if deps[a] == "aux" and doc[a].lemma_ == "be" for s in table.children[a]
             if deps[s] in SUBJECT_DEPS), None)
        if subject is not None and verb.i == trigger.i and gapped_passive(verb):
            has_passive, subject = True, None  # "... and dozens wounded": the patient, no doer
        if subject is not None:
            out.append(subject)
            # "BAMAKO (AP) -- Malian soldiers detained ...": the parser gave the verb the dateline as a second subject
            out.extend(doc[c] for c in children if deps[c] in SUBJECT_DEPS and c > subject.i)
            break
        if has_passive and verb.i != trigger.i and verb.dep_ != "conj":
            break  # "talks were held to ..." : the governing verb's patient is no doer
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.i == trigger.i:
            out.append(verb.head)  # "militants who stormed the base" (no relative pronoun parsed)
            if verb.head.dep_ == "attr":  # "Gambia was the first nation to recognise X": Gambia
                out.extend(c for c in verb.head.head.children if c.dep_ in SUBJECT_DEPS)
            break
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            intent = verb.head
            if intent.lemma_.lower() in INTENT_NOUNS:
                # "declared its readiness to hold fresh talks", "the government's decision to withdraw": whose intent
                out.extend(c for c in intent.children if c.dep_ == "poss")
                if intent.dep_ in ("dobj", "obj") and intent.head.i != intent.i:
                    out.extend(subject_candidates(intent.head))
            elif verb.lemma_.lower() in STANCE_PARTICIPLES and verb.i > verb.head.i:
                # "X and Y committed in Lima to holding ...": a stance the parser hung on the (last) subject
                head = verb.head
                while head.dep_ == "conj" and head.head.i != head.i:
                    head = head.head
                out.append(head)
            elif (adopting := adopting_verb(verb)) is not None:
                # "parliament passed a resolution condemning X", "the bloc issued a statement urging Y": who adopted it
                out.extend(subject_candidates(adopting))
            elif verb.tag_ != "VBN" or misattached_verb(verb):
                out.append(verb.head)  # "soldiers deploying in the city"
                if verb.head.dep_ == "attr":  # "Gambia was the first nation to recognise X": Gambia
                    out.extend(c for c in verb.head.head.children if c.dep_ in SUBJECT_DEPS)
            break
        if (verb.dep_ in CONTROL_DEPS | {"acomp"} or _progressive_as_attribute(verb)) and verb.head.i != verb.i:
            verb = verb.head
            if not has_passive and verb.pos_ in ("NOUN", "PROPN"):
                break
            continue
        break
    if not out and trigger.pos_ == "VERB" and trigger.dep_ == "ROOT" and trigger.i > sentence_bounds(trigger.doc, trigger.i)[0]:
        # a main verb left with no subject by the parser ("Following mediation in X, Y's president and the
        # rebel commander agreed"): the noun phrase right before it, from its first conjunct
        before = trigger.doc[trigger.i - 1]
        if before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("appos", "conj", "pobj", "dobj"):
            while before.dep_ == "conj" and before.head.i < before.i:
                before = before.head
            out.append(before)
    if trigger.pos_ in ("NOUN", "PROPN"):
        # "Russian air strikes", "the regime's offensive", "an attack by rebels", "clashes between X and Y"
        out.extend(prep_objects(trigger, ("by", "between")))
        if trigger.dep_ in SUBJECT_DEPS:  # "talks resumed this week between X and Y": the parties hang on the verb
            out.extend(prep_objects(trigger.head, ("between",)))
        out.extend(doc[c] for c in table.children[trigger.i]
                   if deps[c] in {"poss", "compound", "amod", "nmod"}
                   and table.pos[c] in {"PROPN", "NOUN", "ADJ", "PRON"})
        phrase = noun_phrase_head(trigger)  # "a mediation mission": the mission's
        if phrase.dep_ in ("dobj", "obj") and receives(phrase.head):
            out.extend(givers(phrase.head))  # "X received aid from Y": Y gave it
        elif phrase.dep_ in ("dobj", "obj") and phrase.head.lemma_.lower() not in JUDGING_LEMMAS:
            out.extend(subject_candidates(phrase.head))  # "rebels launched an attack", "the two sides held talks"
        elif phrase.dep_ in PASSIVE_SUBJECT_DEPS and phrase.head.lemma_.lower() in CARRYING_OUT_LEMMAS \
                and (by := agent_of(phrase.head)) is not None:
            out.append(by)  # "the raid was carried out by X", "the expulsion was announced by X"
        elif phrase.dep_ == "pobj" and phrase.head.lower_ in ("on", "for", "as", "under") and phrase.head.head.pos_ == "VERB":
            # "arrived on a visit", "went on strike", "placed X under house arrest"
            out.extend(subject_candidates(phrase.head.head))
        elif phrase.dep_ == "pobj" and (phrase.head.lower_ == "in" and (
                is_protest(trigger) or phrase.head.head.lemma_.lower() in ("take", "part", "participate", "join")) or
                # "dockers paralysed the ports with a general strike": the means of a verb is its subject's own act
                phrase.head.lower_ == "with" and trigger.lemma_.lower() in STOPPAGES and is_protest(trigger)):
            # "workers stayed away in a general strike", "sailors took part in the drill": who acts
            holder = phrase.head.head
            if holder.lemma_.lower() == "part" and holder.head.pos_ == "VERB":
                holder = holder.head
            if holder.pos_ == "VERB":
                out.extend(subject_candidates(holder))
        if trigger.lemma_.lower() in INTRANSITIVE_NOUNS:
            # "the resignation of the president was announced": who resigns, after whoever
            # carries it out ("the US sped up the withdrawal of its forces")
            out.extend(prep_objects(trigger, ("of",)))
    return out


# Protests by staying away from work or trade, whose "with" phrase is the means of whoever does it
STOPPAGES = {"strike", "walkout", "stoppage", "boycott", "shutdown", "stayaway", "sit-in"}


def _progressive_as_attribute(verb: Token) -> bool:
    """"X is mediating between ...", which the small parser reads as "is" with "mediating" its attribute: the
    subject of "is" does it."""
    return verb.dep_ == "attr" and verb.tag_ == "VBG" and verb.head.lemma_ == "be"


def is_protest(token: Token) -> bool:
    kind = trigger_type(token)
    return kind is not None and kind.plover_type == "PROTEST"


def stance_subject(verb: Token) -> Optional[Token]:
    """The grammatical subject of a stance participle with no "by" agent, or None."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in STANCE_PARTICIPLES or agent_of(verb) is not None:
        return None
    found = first_child_at(dependency_tree(verb.doc), verb.i, PASSIVE_SUBJECT_DEPS)
    return None if found is None else verb.doc[found]


def receives(verb: Token) -> bool:
    """A verb of receiving with a giver named: the action is the giver's, the receiver its target."""
    return verb.lemma_.lower() in RECEIVING_LEMMAS and bool(givers(verb))


def givers(verb: Token) -> list[Token]:
    """The "from" phrase of a verb of receiving, on the verb or on what is received ("received by wire
    a loan from X", where the small parser hangs it on the loan)."""
    return prep_objects(verb, ("from",)) or [p for o in verb.children if o.dep_ in ("dobj", "obj")
                                              for p in prep_objects(o, ("from",))]


def demander_of(clause: Token) -> Optional[Token]:
    """Who makes the demand of a "Y must" clause: the subject of the clause that reports it."""
    doc = clause.doc
    table = dependency_tree(doc)  # (children by index: a Token is built only for the subject returned)
    node = clause.head
    for _ in range(3):
        subject = first_child_at(table, node.i, SUBJECT_DEPS)
        if subject is not None and table.pos[subject] == "VERB":
            # "the aid agency working in Yemen said X must ...": the small parser made the participle the subject
            inner = first_child_at(table, subject, SUBJECT_DEPS)
            subject = subject if inner is None else inner
        if subject is not None:
            return doc[subject]
        if node.head.i == node.i:
            break
        node = node.head
    return None
