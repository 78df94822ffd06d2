"""Event typing: trigger words -> PLOVER type and mode, CAMEO root; text -> ACLED sub-event type.

Both come from data, not code: `data/event_lexicon.yaml`, a trigger lexicon of verbs and
eventive nouns grounded in the CAMEO and PLOVER codebooks, and `data/acled_rules.yaml`, ACLED
keyword rules tried in priority order. `trigger_type` runs on every token, so the lexicon is precomputed into dicts
and a token whose lemma is not a key is rejected with one set lookup.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Optional

import yaml

try:  # the regex parser, to read a pattern's required literal text (public under these names up to 3.10)
    from re import _constants as _sre_constants, _parser as _sre_parser
except ImportError:  # Python 3.10
    import sre_constants as _sre_constants
    import sre_parse as _sre_parser

LEXICON = "event_lexicon.yaml"
ACLED_RULES = "acled_rules.yaml"

# Non-conflict families and "no event" in the CASE 2021 label set: see acled_labels in the lexicon.
NONE_LABEL = "NONE"
# Labels that are catch-alls: a trigger's PLOVER type overrides them when it says violence/protest.
_WEAK_LABELS = {"DIPLO", "CHANGE_TO_GROUP_ACT", "OTHER", NONE_LABEL}
_LABEL_FOR_PLOVER = {
    "ASSAULT": "ATTACK", "PROTEST": "PEACE_PROTEST", "COERCE": "ARREST", "MOBILIZE": "CHANGE_TO_GROUP_ACT",
    "RETREAT": "CHANGE_TO_GROUP_ACT", "AGREE": "DIPLO", "SUPPORT": "DIPLO", "CONSULT": "DIPLO", "REQUEST": "DIPLO",
    "ACCUSE": "DIPLO", "REJECT": "DIPLO", "THREATEN": "DIPLO", "SANCTION": "DIPLO", "AID": "DIPLO",
    "COOPERATE": "DIPLO", "CONCEDE": "DIPLO",
}
_STRONG_PLOVER = {"ASSAULT", "PROTEST", "COERCE"}


@dataclass(frozen=True)
class TriggerType:
    plover_type: str
    plover_mode: Optional[str]
    cameo_root: Optional[str]


@dataclass(frozen=True)
class _Entry:
    trigger: TriggerType
    armed_subject: bool = False


@dataclass(frozen=True)
class _Rule:
    label: str
    any: tuple[re.Pattern, ...]
    all: tuple[re.Pattern, ...]
    none: tuple[re.Pattern, ...]
    weight: float
    any_combined: Optional[re.Pattern] = None  # all `any` cues in one pattern: one search rejects most texts
    # a plain lowercase string each `any` cue's matches contain (None when some cue has none): a
    # substring test on ASCII text rejects most texts faster than the case-blind regex search
    any_literals: Optional[tuple[str, ...]] = None

    def evidence(self, text: str, lowered: Optional[str] = None) -> tuple[int, Optional[re.Match]]:
        """(how many of the rule's cue patterns match, the earliest match in the text), 0 when a
        condition fails. The earliest cue is the one of the lead event, not a background one.
        `lowered`: text.lower(), given only when the text is ASCII (where that is exact)."""
        if lowered is not None and self.any_literals is not None and not any(
                literal in lowered for literal in self.any_literals):
            return 0, None
        if self.any_combined is not None and not self.any_combined.search(text):
            return 0, None
        if any(p.search(text) for p in self.none) or not all(p.search(text) for p in self.all):
            return 0, None
        count, first = 0, None
        for pattern in self.any:
            found = pattern.search(text)
            if found:
                count += 1
                if first is None or found.start() < first.start():
                    first = found
        return count, first


def _required_texts(pattern: str, flags: int) -> Optional[tuple[str, ...]]:
    """Lowercase ASCII strings one of which every match of `pattern` contains
    ("\\b(re)?captur\\w*" -> ("captur",), "\\b(arms|weapons?) cache" -> (" cache",) or
    ("arms", "weapon")); None when the pattern gives none or cannot be read."""
    try:
        parsed = _sre_parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern just gets no shortcut
        return None
    return _best_requirement(parsed)


def _best_requirement(sequence) -> Optional[tuple[str, ...]]:
    # every item of a sequence is required, in order: a run of literals, a group's own requirement,
    # or, for alternatives, one requirement from each branch; the best has the longest shortest string
    candidates, run = [], ""
    for op, arg in sequence:
        if op is _sre_constants.LITERAL and arg < 128:
            run += chr(arg).lower()
            candidates.append((run,))
            continue
        run = ""
        if op is _sre_constants.SUBPATTERN:
            found = _best_requirement(arg[-1])
        elif op is _sre_constants.BRANCH:
            branches = [_best_requirement(branch) for branch in arg[1]]
            found = tuple(t for b in branches for t in b) if all(branches) else None
        else:
            found = None
        if found:
            candidates.append(found)
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _literals(patterns: list[str], flags: int) -> Optional[tuple[str, ...]]:
    found = [_required_texts(p, flags) for p in patterns]
    return tuple(t for texts in found for t in texts) if found and all(found) else None


def _combined(patterns: list[str], flags: int) -> Optional[re.Pattern]:
    """One alternation of a rule's cue patterns (None when they cannot be joined, e.g. repeated group names)."""
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    except re.error:
        return None


class _Lexicon:
    """The parsed lexicon: dict lookups for triggers, compiled regexes for ACLED rules."""

    def __init__(self, data: dict):
        self.verbs, self.verb_phrases = self._entries(data["verbs"])
        self.nouns, self.noun_phrases = self._entries(data["nouns"])
        # every first or last word of a key: one set lookup rejects most tokens
        self.verb_keys = set(self.verbs) | {p.split()[0] for p in self.verb_phrases}
        self.noun_keys = set(self.nouns) | {p.split()[-1] for p in self.noun_phrases}
        self.armed = {a.lower() for a in data.get("armed_actors", [])}
        flags = re.IGNORECASE
        rules = data["acled"]
        # a rule's weight is its precedence in the codebook order unless the lexicon sets one
        self.rules = [
            _Rule(
                r["label"],
                tuple(re.compile(p, flags) for p in r.get("any", [])),
                tuple(re.compile(p, flags) for p in r.get("all", [])),
                tuple(re.compile(p, flags) for p in r.get("not", [])),
                float(r.get("weight", 1.0 + PRECEDENCE_STEP * (len(rules) - rank))),
                _combined(r.get("any", []), flags),
                _literals(r.get("any", []), flags),
            )
            for rank, r in enumerate(rules)
        ]
        self.labels = {k: tuple(v) for k, v in data["acled_labels"].items()}
        self.state_actor = re.compile(data["territory_actors"]["state"], flags)
        self.non_state_actor = re.compile(data["territory_actors"]["non_state"], flags)

    @staticmethod
    def _entries(groups: list[dict]) -> tuple[dict[str, _Entry], dict[str, _Entry]]:
        single: dict[str, _Entry] = {}
        phrases: dict[str, _Entry] = {}
        for group in groups:
            entry = _Entry(TriggerType(group["type"], group.get("mode"), group.get("cameo")),
                           bool(group.get("armed_subject", False)))
            # first definition wins, so the lexicon reads top-down by precedence
            for lemma in group.get("lemmas", []):
                single.setdefault(lemma.lower(), entry)
            for phrase in group.get("phrases", []):
                phrases.setdefault(phrase.lower(), entry)
        return single, phrases


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    data_dir = files("sitrep") / "data"
    data = yaml.safe_load((data_dir / LEXICON).read_text(encoding="utf-8"))
    data.update(yaml.safe_load((data_dir / ACLED_RULES).read_text(encoding="utf-8")))
    return _Lexicon(data)


def trigger_type(token) -> Optional[TriggerType]:
    """PLOVER type/mode and CAMEO root of a verb or eventive noun token, or None.

    Phrasal verbs and verb+object phrases ("blow up", "open fire", "hold talks") and noun
    compounds ("air strike", "hunger strike") beat the bare lemma. Negation is not looked at:
    that is the modality's business.
    """
    lex = lexicon()
    lemma = token.lemma_.lower()
    pos = token.pos_
    if pos == "VERB":
        if lemma not in lex.verb_keys:
            return None
        for child in token.children:
            # "blow up", "open fire", "fire at": particle, object, then preposition
            if child.dep_ in ("prt", "dobj", "obj", "prep"):
                entry = lex.verb_phrases.get(f"{lemma} {child.lemma_.lower()}")
                if entry is not None:
                    return _checked(entry, token, lex)
        entry = lex.verbs.get(lemma)
    elif pos in ("NOUN", "PROPN"):
        if lemma not in lex.noun_keys:
            return None
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod"):
                entry = lex.noun_phrases.get(f"{child.lemma_.lower()} {lemma}")
                if entry is not None:
                    return _checked(entry, token, lex)
        entry = lex.nouns.get(lemma)
    else:
        return None
    return _checked(entry, token, lex) if entry is not None else None


def _checked(entry: _Entry, token, lex: _Lexicon) -> Optional[TriggerType]:
    if entry.armed_subject and not _has_armed_subject(token, lex):
        return None
    return entry.trigger


def _has_armed_subject(token, lex: _Lexicon) -> bool:
    """Whether the agent of this verb (through conjunctions and xcomp) is an armed actor."""
    verb = token
    for _ in range(4):  # "troops advanced and entered": the subject sits on the first verb
        for child in verb.children:
            if child.dep_ in ("nsubj", "agent", "poss", "compound"):
                agent = child if child.dep_ != "agent" else next(iter(child.children), child)
                words = {agent.lemma_.lower(), agent.text.lower()}
                words |= {c.lemma_.lower() for c in agent.children if c.dep_ in ("compound", "amod")}
                if words & lex.armed:
                    return True
                if child.dep_ == "nsubj":
                    return False
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
            verb = verb.head
        else:
            break
    return False


# Scoring of the ACLED rules: each rule that holds scores its weight (its precedence in the
# codebook order: the most specific sub-event first) plus a bonus for every further cue of the
# same rule that matches, so that strong evidence for a sub-event can outweigh one cue of a
# slightly more specific one; a label's score is its best rule's; ties go to precedence.
PRECEDENCE_STEP = 0.1
CUE_BONUS = 0.03
MAX_EXTRA_CUES = 3
# Statements about an event (claims, denials, sanctions, expulsions) outrank the event itself only
# when they are the lead: later in a snippet they are reactions to it, scored below every conflict rule.
_STATEMENT_LABELS = {"ATTRIB", "DIPLO"}
BACKGROUND_WEIGHT = 1.25
_SENTENCE_END = re.compile(r"(?<=[a-z0-9\"')\]][.!?])\s+(?=[A-Z\"'])")


def acled_scores(text: str) -> dict[str, float]:
    """Evidence score of each CASE 2021 label whose rule holds for `text` (higher is better)."""
    return dict(_acled_scores(text))


@lru_cache(maxsize=4096)
def _acled_scores(text: str) -> tuple[tuple[str, float], ...]:
    # cached: every event of a sentence asks about the same sentence
    lex = lexicon()
    scores: dict[str, float] = {}
    lead = _SENTENCE_END.search(text)
    lead_end = lead.start() if lead else len(text)
    lowered = text.lower() if text.isascii() else None
    for rule in lex.rules:
        count, found = rule.evidence(text, lowered)
        if not count:
            continue
        label = _territory_label(text, found, lex) if rule.label == "TERRITORY" else rule.label
        score = rule.weight + CUE_BONUS * min(count - 1, MAX_EXTRA_CUES)
        if label in _STATEMENT_LABELS and found.start() > lead_end:
            # a claim or a diplomatic reaction after the lead sentence is background to the event
            score = min(score, BACKGROUND_WEIGHT)
        if score > scores.get(label, 0.0):
            scores[label] = score
    return tuple(scores.items())


def acled_label(text: str, plover_type: Optional[str] = None) -> str:
    """The CASE 2021 code of the ACLED sub-event type (or non-conflict family, or "NONE"): the
    label with the highest evidence score (see `acled_scores`)."""
    scores = acled_scores(text)
    label = max(scores, key=scores.__getitem__) if scores else NONE_LABEL
    if plover_type and (label in _WEAK_LABELS) and (plover_type in _STRONG_PLOVER or label == NONE_LABEL):
        label = _LABEL_FOR_PLOVER.get(plover_type, label)
    return label


def acled_type(text: str, plover_type: Optional[str] = None) -> tuple[str, str]:
    """(ACLED event type, sub-event type) for a sentence or snippet.

    The 25 ACLED sub-event types, the non-conflict families (Natural disaster, Man-made
    disaster, Organised crime, Diplomatic event, Claim of responsibility), or ("none", "none").
    `plover_type`, when the caller has a trigger, breaks ties the keyword rules leave open.
    """
    return lexicon().labels[acled_label(text, plover_type)]


def _territory_label(text: str, found: re.Match, lex: _Lexicon) -> str:
    """Who took the ground: the first actor named in the clause before the verb (its subject),
    or the first after it in a passive ("was recaptured by the army", "fell to the rebels")."""
    after = text[found.end(): found.end() + 100]
    phrase = found.group(0).lower()
    passive = re.match(r"\s*(by|from)\b", after) or phrase.startswith(("fell", "fall", "in control", "under"))
    # "were pushed back from", "was driven out of": the subject lost the ground, the other side took it
    lost = bool(_LOSS.search(phrase))
    if passive and not lost:
        window = after
    else:
        before = text[max(0, found.start() - 200): found.start()]
        # the subject of the reported clause, not the one who reports it ("the army said rebels took ...")
        window = _CLAUSE_BREAK.split(before)[-1]
    state = lex.state_actor.search(window)
    non_state = lex.non_state_actor.search(window)
    if state is None and non_state is None:
        taker_is_state = bool(re.search(r"re(captur|took|tak|gain)|liberat", phrase))
    elif state is None or non_state is None:
        taker_is_state = non_state is None
    else:
        taker_is_state = state.start() <= non_state.start()
    if lost and (state is not None or non_state is not None):
        taker_is_state = not taker_is_state
    return "GOV_REGAINS_TERIT" if taker_is_state else "NON_STATE_ACTOR_OVERTAKES_TER"


_LOSS = re.compile(r"\b(were|was|been|being) (pushed|driven|expelled|forced)")
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\b(?:said|says|say|reported|reports|announced|claimed|confirmed|added|according to)\b(?: that\b)?")


# PLOVER/CAMEO codebook conventions for what a sentence says about an action:
# an intent to cooperate is AGREE (CAMEO 03), an intent to harm is THREATEN (13), a "must" is
# REQUEST (10), a refusal to cooperate is REJECT (12).
_COOPERATIVE = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
_HOSTILE = {"COERCE", "ASSAULT", "SANCTION", "MOBILIZE", "PROTEST"}
_FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
_POSSIBLE_AUX = {"may", "might", "could"}
_MUST_AUX = {"must", "should", "ought"}
_INTENT_HEADS = {"ready", "willing", "prepared", "plan", "intend", "vow", "promise", "pledge", "offer", "agree",
                 "decide", "expect", "aim", "seek", "want", "hope", "commit", "threaten", "swear", "intention",
                 "determined", "eager", "poised", "set"}
_DEMAND_HEADS = {"demand", "urge", "insist", "ask", "call", "press", "pressure", "push", "request", "appeal", "encourage",
                 "invite", "plea", "call"}
# verbs whose object is asked to act: "wants Y to attack", "told them to leave", "ordered troops to withdraw".
# Not "forced/persuaded Y to flee": those say the fleeing happened.
_OBJECT_CONTROL = {"want", "tell", "order", "ask", "urge", "encourage", "invite", "press", "pressure", "push",
                   "instruct", "direct", "call", "need", "expect"}
_FAIL_HEADS = {"fail", "refuse", "decline", "reluctant", "unwilling"}
_CONDITION_MARKS = {"unless", "if"}
_REPORTING = {"say", "tell", "report", "add", "state", "announce", "declare", "insist", "warn", "conclude", "stress"}


def event_type(token) -> Optional[TriggerType]:
    """trigger_type() read in its clause: negated, future, intended or demanded actions.

    "will withdraw" -> AGREE, "would impose a blockade" -> THREATEN, "must release" -> REQUEST,
    "urged X to release" -> REQUEST, "did not agree" / "failed to agree" -> REJECT, "will withdraw
    unless ..." -> THREATEN. Negated hostile actions and plain statements keep their type; a
    reported "X must do Y" is a demand even when Y is no trigger.
    """
    base = trigger_type(token)
    if base is None:
        if token.pos_ == "VERB" and token.dep_ == "ccomp" and token.head.lemma_.lower() in _REPORTING and any(
                c.dep_ == "aux" and c.lower_ in _MUST_AUX for c in token.children):
            return TriggerType("REQUEST", None, "10")
        return None
    kind = base.plover_type
    verb = token if token.pos_ == "VERB" else token.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    negated = any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in token.children)
    governing = verb.head if verb.dep_ in ("xcomp", "ccomp", "acomp", "acl") and verb.head.i != verb.i else None
    governor = governing.lemma_.lower() if governing is not None else ""
    if governing is not None and governor in _FAIL_HEADS and kind in _COOPERATIVE:
        return TriggerType("REJECT", None, "12")
    if negated and kind in _COOPERATIVE:
        return TriggerType("REJECT", None, "12")
    if kind not in ("REQUEST", "REJECT", "ACCUSE", "THREATEN"):
        # "urged the rebels to release", "wants Y to attack": a demand made of someone else
        object_control = governing is not None and verb.dep_ == "xcomp" and any(
            c.dep_ in ("dobj", "obj") for c in governing.children) and governor in _OBJECT_CONTROL
        if aux & _MUST_AUX or governor in _DEMAND_HEADS or object_control:
            return TriggerType("REQUEST", None, "10")
    if aux & _FUTURE_AUX or governor in _INTENT_HEADS:
        conditional = any(c.dep_ == "advcl" and any(m.lower_ in _CONDITION_MARKS for m in c.children if m.dep_ == "mark")
                          for c in verb.children)
        if conditional and kind in _COOPERATIVE | _HOSTILE and kind != "AGREE":
            return TriggerType("THREATEN", None, "13")  # "will withdraw unless ...": an ultimatum
        if kind in _COOPERATIVE and kind != "AGREE":
            return TriggerType("AGREE", None, "03")
        if kind in _HOSTILE:
            return TriggerType("THREATEN", None, "13")
    if aux & _POSSIBLE_AUX and kind in _HOSTILE:
        return TriggerType("THREATEN", None, "13")  # "may halt", "could impose"
    return base
