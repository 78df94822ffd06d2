"""Did it happen: asserted, planned, conditional, denied or background, from the trigger's clause.

Rules, first match wins:
  denied       the trigger is negated ("did not attack", "never", "no one was killed") or is what a
               denial denies ("denied attacking", "rejected reports that ... shelled").
  conditional  an "if/unless" clause, or a modal of obligation or hypothesis on the trigger
               ("must be evacuated", "would", "could", "should", "might", "may").
  planned      future or intention: "will search", "said it would search" (reported speech), "is going
               to", "plans/intends/is expected/is due/is set/aims/vows/threatens/agrees to ...", or a
               date after the publication date.
  background   history: an act named as earlier than the news ("came days after a raid", "followed a
               raid", "the latest of many raids"), a date well before publication (over
               BACKGROUND_DAYS), "since 2011", a year before the publication year, a whole-war running
               total ("the war claimed ..."), or a toll in the perfect counted since fighting began
               ("fighting that erupted in April has killed ...", see RUNNING_DAYS).
  asserted     otherwise.
"""
from __future__ import annotations

import re
from datetime import date as Date
from datetime import datetime, timedelta
from typing import Optional

from spacy.tokens import Doc, Token

from .nlp import clause_verb, dependency_tree, doc_memo, text_of
from . import models

BACKGROUND_DAYS = 180  # an event dated more than this before publication is history, not news
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "nobody"})
DENIAL_LEMMAS = frozenset({"deny", "reject", "refute", "dismiss", "dispute", "contest"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "provided", "providing", "should"})
CONDITIONAL_MODALS = frozenset({"must", "would", "could", "should", "might", "may", "'d", "ought"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
# modals that with "have" and a participle tell a possible past act ("may have killed")
HEDGING_MODALS = frozenset({"may", "might", "could"})
# Verbs of saying in the past: the "would" of what they report is a past "will" ("said it would
# hold talks on Tuesday" is a plan), unless an if-clause makes it hypothetical.
REPORTING_LEMMAS = frozenset({
    "say", "tell", "announce", "state", "add", "confirm", "declare", "pledge", "promise", "vow", "warn",
    "insist", "indicate", "report", "write", "signal", "explain", "predict", "expect", "agree", "decide",
})
PLAN_LEMMAS = frozenset({
    "plan", "intend", "expect", "schedule", "aim", "vow", "threaten", "agree", "pledge", "promise",
    "prepare", "seek", "hope", "want", "decide", "set", "due", "propose", "mean", "resolve", "order",
    "call", "urge", "go",
})
CALL_FOR_LEMMAS = frozenset({"push", "call", "press", "demand", "plan", "prepare", "ask", "appeal", "lobby", "campaign"})
RECENT_WORDS = frozenset(
    "this last today yesterday tonight ago monday tuesday wednesday thursday friday saturday sunday".split()
)
PLAN_ADJECTIVES = frozenset({"planned", "upcoming", "proposed", "scheduled", "future", "impending", "imminent"})
# Subjects that make a clause a running total of a whole conflict: "the war claimed ...".
WHOLE_CONFLICT = frozenset({"war", "conflict", "uprising", "insurgency", "revolution", "occupation", "crisis"})
# Subjects of a running total told in the perfect: "fighting that erupted in April has killed 1,800".
RUNNING_SUBJECTS = WHOLE_CONFLICT | frozenset({
    "fighting", "violence", "clash", "clashes", "bombardment", "campaign", "offensive", "siege", "unrest",
    "attacks", "hostilities", "insurgency", "bloodshed",
})
START_LEMMAS = frozenset({"erupt", "begin", "break", "start", "escalate", "flare"})
RUNNING_DAYS = 14  # a perfect-tense toll counted from further back than this is a running total
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def modality_of(
    trigger: Token, published: Optional[datetime] = None, date: Optional[models.DateValue] = None
) -> str:
    """asserted | planned | conditional | denied | background for the event whose main word is `trigger`."""
    verb = clause_verb(trigger)
    if _spoken_of(trigger, verb):
        # "would not comment on the attack": the speaking is negated, hedged or planned, not the act
        return "background" if _is_background(trigger, verb, published, date) else "asserted"
    if _is_denied(trigger, verb):
        return "denied"
    if _is_conditional(verb):
        # "may have killed": a possible past act is the act, asserted as its source's claim, unless an if-clause hangs on it
        return "asserted" if _hedged_past_claim(trigger) else "conditional"
    if _is_planned(trigger, verb, published, date):
        return "planned"
    if _is_background(trigger, verb, published, date):
        return "background"
    return "asserted"


def hedged_past(verb: Token) -> bool:
    """"may have killed", "could have been tortured": a possible past act, reported as its source's claim
    (the act, not a threat or a condition)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def _hedged_past_claim(trigger: Token) -> bool:
    """A hedged past act (`hedged_past`) on the trigger's verb with no if/unless clause on it."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb.pos_ != "VERB" or not hedged_past(verb):
        return False
    return not any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for c in verb.children if c.dep_ == "advcl"
                   for m in c.children)


def _aux_words(verb: Token) -> frozenset[str]:
    # Asked up to five times per event (conditional, planned, reported speech) and for the same verbs by
    # every event of a clause: kept per doc, as walking the children builds a Token object per child.
    known = doc_memo(verb.doc, "sitrep_aux_words")
    words = known.get(verb.i)
    if words is None:
        words = known[verb.i] = frozenset(_find_aux_words(verb))
    return words


def _find_aux_words(verb: Token) -> set[str]:
    tree = dependency_tree(verb.doc)  # by index: no Token per child
    deps, lowers, children = tree.deps, tree.lowers, tree.children
    own = children[verb.i]
    words = {lowers[c] for c in own if deps[c] in ("aux", "auxpass", "neg")}
    if deps[verb.i] == "conj" and not any(deps[c] in ("nsubj", "nsubjpass", "aux") for c in own):
        # "will search all houses and record the names": the second verb shares the modal
        words |= {lowers[c] for c in children[tree.heads[verb.i]] if deps[c] == "aux"}
    return words


# Verbs of speaking, knowing or judging about something: not commenting on (or confirming) an attack denies
# nothing of it, and whoever comments on, condemns or investigates an attack is not its doer.
SILENCE_LEMMAS = frozenset({
    "comment", "confirm", "respond", "reply", "say", "report", "mention", "discuss", "disclose", "elaborate",
    "specify", "detail", "acknowledge", "address", "speak", "talk",
    "condemn", "denounce", "deplore", "decry", "investigate", "probe", "know", "learn", "verify", "mourn",
})


def spoken_of(trigger: Token) -> Optional[Token]:
    """The verb of speaking, knowing or judging whose object an act named by a noun is ("did not comment on the
    bombing", "police are investigating the killings"), or None."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = clause_verb(trigger)
    return verb if _spoken_of(trigger, verb) else None


def _spoken_of(trigger: Token, verb: Token) -> bool:
    return trigger is not verb and trigger.pos_ in ("NOUN", "PROPN") and verb.lemma_.lower() in SILENCE_LEMMAS


def _is_denied(trigger: Token, verb: Token) -> bool:
    tree = dependency_tree(verb.doc)  # children by index: no Token per child
    deps, lowers, children = tree.deps, tree.lowers, tree.children
    if any(deps[c] == "neg" or lowers[c] in ("never", "no")
           for c in children[verb.i] if deps[c] in ("neg", "advmod", "det")):
        return True
    # "no one was killed", "no civilians were hurt": a subject with "no".
    for subj in (c for c in children[verb.i] if deps[c] in ("nsubj", "nsubjpass")):
        if lowers[subj] in ("nobody", "none", "nothing") or any(
                lowers[d] == "no" for d in children[subj] if deps[d] == "det"):
            return True
    if trigger is not verb and any(lowers[d] == "no" for d in children[trigger.i] if deps[d] == "det"):
        return True  # "there were no casualties"
    heads, lemmas = tree.heads, tree.lemmas
    t = trigger.i
    if tree.pos[t] in ("NOUN", "PROPN") and deps[t] == "dobj" and lemmas[heads[t]] in DENIAL_LEMMAS:
        return True  # "denied the deployment of missiles"
    # "the army denied shelling the town", "denied that troops had fired"
    i = verb.i
    for _ in range(2):
        if heads[i] == i:
            break
        if deps[i] in ("ccomp", "xcomp", "pcomp", "dobj", "pobj") and lemmas[heads[i]] in DENIAL_LEMMAS:
            return True
        i = heads[i]
    return False


def reported_future(verb: Token) -> bool:
    """Whether the verb's "would" is a past "will" in reported speech: "the army said it would
    withdraw", with no if/unless clause on it."""
    aux = _aux_words(verb)
    if not aux & {"would", "'d"} or aux & (CONDITIONAL_MODALS - {"would", "'d"}) or "have" in aux:
        return False  # "would have attacked" is what did not happen
    clause = verb
    if clause.dep_ == "conj" and clause.head.dep_ == "ccomp":
        clause = clause.head  # "said it would search the houses and detain the men"
    head = clause.head
    if clause.dep_ != "ccomp" or head.lemma_.lower() not in REPORTING_LEMMAS or head.tag_ not in ("VBD", "VBN"):
        return False
    tree = dependency_tree(verb.doc)
    deps, children = tree.deps, tree.children
    return not any(
        deps[c] == "mark" and tree.lowers[c] in CONDITIONAL_MARKS for v in (verb.i, clause.i) for a in children[v]
        if deps[a] in ("advcl", "conj") for c in children[a]
    )


def _is_conditional(verb: Token) -> bool:
    if _aux_words(verb) & CONDITIONAL_MODALS and not reported_future(verb):
        return True
    tree = dependency_tree(verb.doc)
    tok = verb
    for _ in range(3):  # the trigger's clause or the clause it hangs on
        if any(tree.deps[c] == "mark" and tree.lowers[c] in CONDITIONAL_MARKS for c in tree.children[tok.i]):
            return True
        if _has_condition(tok):
            return True  # "troops will storm the port if talks fail"
        if tok.dep_ not in ("xcomp", "conj", "advcl") or tok.head.i == tok.i:
            break
        tok = tok.head
        if _aux_words(tok) & CONDITIONAL_MODALS:
            return True
    return False


def _has_condition(verb: Token) -> bool:
    """Whether an if/unless clause hangs on the verb ("even if", "as if" concede or compare)."""
    tree = dependency_tree(verb.doc)  # children by index: no Token per child
    deps, lowers, children = tree.deps, tree.lowers, tree.children
    for clause in (c for c in children[verb.i] if deps[c] == "advcl"):
        for mark in (m for m in children[clause] if deps[m] == "mark" and lowers[m] in ("if", "unless")):
            before = lowers[mark - 1] if mark > 0 else ""
            if before not in ("even", "as"):
                return True
    return False


def _is_planned(trigger: Token, verb: Token, published: Optional[datetime], date: Optional[models.DateValue]) -> bool:
    aux = _aux_words(verb)
    if aux & FUTURE_MODALS or reported_future(verb):
        return True
    tree = dependency_tree(verb.doc)  # children by index: no Token per child
    if any(tree.lowers[c] in PLAN_ADJECTIVES for c in tree.children[trigger.i] if tree.deps[c] == "amod"):
        return True
    # heads and words by index: token.head builds a new Token on every call
    doc, heads, deps, lowers, lemmas = verb.doc, tree.heads, tree.deps, tree.lowers, tree.lemmas
    t, v = trigger.i, verb.i
    if tree.pos[t] == "NOUN" and deps[t] in ("nsubj", "nsubjpass") and heads[t] == v:
        # "talks are scheduled to resume", "the vote is expected to take place": the noun is what is planned
        if lemmas[v] in PLAN_LEMMAS and any(deps[c] == "xcomp" for c in tree.children[v]):
            return True
    if tree.pos[t] == "NOUN" and deps[t] == "pobj" and lowers[heads[t]] == "for":
        if lemmas[heads[heads[t]]] in CALL_FOR_LEMMAS:
            return True  # "pushes for a quick withdrawal", "called for talks"
    # "plans to attack", "is expected to arrive", "is going to vote", "is due to begin"
    i = v
    for _ in range(2):
        if deps[i] != "xcomp" or heads[i] == i:
            break
        head = heads[i]
        if lemmas[head] in PLAN_LEMMAS or lowers[head] in ("due", "set", "about", "to"):
            if not (lemmas[head] == "go" and doc[head].tag_ not in ("VBG",)):
                return True
        if _aux_words(doc[head]) & FUTURE_MODALS:
            return True
        i = head
    if lowers[v] != "to" and deps[v] in ("xcomp", "ccomp") and any(
            lowers[c] == "to" and deps[c] == "aux" for c in tree.children[v]):
        head = heads[v]
        if lemmas[head] == "be" and deps[head] in ("ROOT", "ccomp", "conj"):
            return True  # "the talks are to resume"
    start, _ = _date_bounds(date)
    if published is not None and start is not None and start > published.date() + timedelta(days=1):
        return True
    return False


def _running_total(verb: Token, published: Optional[datetime], date: Optional[models.DateValue]) -> bool:
    """A toll in the perfect counted since a conflict began: "fighting erupted on April 15 and has killed
    more than 1,800", "the violence has killed 300 people since January" (not "clashes have killed 12
    people in the city", news told in the perfect)."""
    tree = dependency_tree(verb.doc)  # (by index: most verbs stop here, and a Token per child cost more)
    if not {"has", "have", "'s", "'ve"} & {tree.lowers[c] for c in tree.children[verb.i] if tree.deps[c] == "aux"}:
        return False
    clause = verb.head if verb.dep_ == "conj" else verb
    subjects = [c for t in (verb, clause) for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i]
    if not any(subj.lemma_.lower() in RUNNING_SUBJECTS or subj.lower_ in RUNNING_SUBJECTS for subj in subjects):
        return False
    if clause is not verb and clause.lemma_.lower() in START_LEMMAS:
        return True
    start, _ = _date_bounds(date)
    return published is not None and start is not None and (published.date() - start).days > RUNNING_DAYS


# "came days after a raid", "followed a raid": the act they name is earlier than the news
EARLIER_VERBS = frozenset({"come", "follow"})


def _named_as_earlier(trigger: Token) -> bool:
    """An act a sentence names as earlier than its news: "the attack came days after a similar raid", "the
    bombing followed a raid", "the shooting was the latest of many raids"."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    head = trigger.head
    if trigger.dep_ == "dobj" and head.lemma_.lower() == "follow" and head.pos_ == "VERB":
        return True
    if trigger.dep_ == "pobj" and head.lower_ == "after" and head.head.lemma_.lower() in EARLIER_VERBS:
        return True
    node = trigger
    for _ in range(3):  # "the latest of several raids": up through in/of only ("the latest on" is a headline)
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in ("in", "of"):
            return False
        node = node.head.head
        if node.lower_ == "latest":
            return True
    return False


def _is_background(trigger: Token, verb: Token, published: Optional[datetime], date: Optional[models.DateValue]) -> bool:
    if _named_as_earlier(trigger):
        return True
    _, end = _date_bounds(date)
    if published is not None and end is not None and (published.date() - end).days > BACKGROUND_DAYS:
        return True
    # the clause read by index from the Doc's table: a Token per word (and per head) cost more than the test
    tree = dependency_tree(verb.doc)
    clauses = [verb.i] + ([tree.heads[trigger.i]] if trigger.dep_ in ("nsubj", "nsubjpass") else [])
    if _running_total(verb, published, date) or any(
        tree.deps[c] == "conj" and tree.pos[c] in ("VERB", "AUX") and _running_total(verb.doc[c], published, date)
        for clause in clauses for c in tree.children[clause]
    ):
        return True  # the toll, and the fighting whose toll it is
    heads, lowers = tree.heads, tree.lowers
    clause = tree.subtree(verb.i)
    recent = None  # whether a recent time is on the clause: looked for only once a past year is found
    # "since 2011", "in 2011" attached to the trigger's clause
    for i in clause:
        if lowers[i] in ("since", "in", "during") and (heads[i] in (verb.i, trigger.i) or (
            heads[heads[i]] == verb.i and tree.deps[heads[i]] == "attr"
        )):
            tok = verb.doc[i]
            years = [int(y) for c in tok.subtree for y in _YEAR_RE.findall(c.text)]
            if not years:
                continue
            # The article's latest year stands in for an unknown publication year.
            this_year = published.year if published is not None else _latest_year_of(trigger.doc)
            if tok.lower_ == "since" or this_year is not None and max(years) < this_year:
                if recent is None:
                    # A recent time on the clause ("died this year, 79 since 2013") keeps it news.
                    ent_types = tree.ent_types
                    recent = any(
                        ent_types[t] in ("DATE", "TIME") and lowers[t] in RECENT_WORDS and heads[t] == verb.i or
                        (ent_types[t] == "DATE" and lowers[t] in RECENT_WORDS and heads[heads[t]] == verb.i)
                        for t in clause
                    )
                if not recent:
                    return True
    tok = verb
    for _ in range(3):  # the clause and the clauses it is part of
        # "the war claimed 500,000 lives", "the conflict has killed ..."
        for subj in (c for c in tree.children[tok.i] if tree.deps[c] in ("nsubj", "nsubjpass")):
            if tree.lemmas[subj] in WHOLE_CONFLICT and subj < tok.i:
                return True
        # "in which the war claimed ...": a relative clause on a noun dated to the past
        if tok.dep_ == "relcl" and published is not None:
            for t in tok.head.subtree:
                if t.i < tok.left_edge.i and _YEAR_RE.fullmatch(t.text) and int(t.text) < published.year:
                    return True
        if tok.dep_ not in ("ccomp", "conj", "xcomp", "relcl") or tok.head.i == tok.i:
            break
        tok = tok.head
    return False


def _latest_year(text: str) -> Optional[int]:
    years = [int(y) for y in _YEAR_RE.findall(text)]
    return max(years) if years else None


def _latest_year_of(doc: Doc) -> Optional[int]:
    """`_latest_year` of the doc's text, found once per doc (asked for each event of an undated article)."""
    if "sitrep_latest_year" not in doc.user_data:
        doc.user_data["sitrep_latest_year"] = _latest_year(text_of(doc))
    return doc.user_data["sitrep_latest_year"]


def _date_bounds(date: Optional[models.DateValue]) -> tuple[Optional[Date], Optional[Date]]:
    """First and last day of a DateValue ("2021-09-08", "2021-07-01/2021-08-31", "2021-07", "2011")."""
    if date is None or not date.value:
        return None, None
    parts = date.value.split("/")
    try:
        return _day(parts[0], first=True), _day(parts[-1], first=False)
    except ValueError:
        return None, None


_YEAR_VALUE = re.compile(r"\d{4}")
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


def _day(value: str, first: bool) -> Date:
    value = value[:10]
    if _YEAR_VALUE.fullmatch(value):
        return Date(int(value), 1, 1) if first else Date(int(value), 12, 31)
    if _MONTH_VALUE.fullmatch(value):
        y, m = int(value[:4]), int(value[5:7])
        if first:
            return Date(y, m, 1)
        return (Date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))
    return Date.fromisoformat(value)
