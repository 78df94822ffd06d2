"""ACLED sub-event types (and the CASE 2021 non-conflict families) of a sentence or snippet.

From data, not code: `data/acled_rules.yaml`, keyword rules written from the ACLED codebook's
sub-event definitions, scored by precedence and cue count (see `acled_scores`). Every event
sentence is scored, so each rule carries a combined pattern and its required literal texts that
reject most texts with one substring test. Where no rule fires, the learned classifier of
`acled_model` may decide (see `_combined_label`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Optional

import yaml

try:  # the regex parser, to read a pattern's required literal text (public under these names up to 3.10)
    from re import _constants as _sre_constants, _parser as _sre_parser
except ImportError:  # Python 3.10
    import sre_constants as _sre_constants
    import sre_parse as _sre_parser

RULES = "acled_rules.yaml"

# Non-conflict families and "no event" in the CASE 2021 label set: see acled_labels in the rule file.
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
class _Rule:
    label: str
    any: tuple[re.Pattern, ...]
    all: tuple[re.Pattern, ...]
    none: tuple[re.Pattern, ...]
    weight: float
    # marked `model_overrules` in the rule file: a family imprecise on the corpus, which a confident model
    # overrules in snippet classification (classify.MODEL_OVERRULES_IMPRECISE)
    yields_to_model: bool = False
    any_combined: Optional[re.Pattern] = None  # all `any` cues in one pattern: one search rejects most texts
    # a plain lowercase string each `any` cue's matches contain (None when some cue has none): a
    # substring test on ASCII text rejects most texts faster than the case-blind regex search
    any_literals: Optional[tuple[str, ...]] = None
    # the same for each `all` pattern (a pattern without one is left to its regex)
    all_literals: tuple[tuple[str, ...], ...] = ()
    # each `any` cue's own required strings (None: none known), so that counting cues searches
    # only the cues whose words are in the text
    cue_literals: tuple[Optional[tuple[str, ...]], ...] = ()
    # the same for each `not` pattern: an exception is searched only when its words are in the text
    none_literals: tuple[Optional[tuple[str, ...]], ...] = ()
    # derived from cue_literals (see __post_init__): the cues searched whatever the text, and the
    # cues each required string stands for, so that the strings found in a text pick the cues at once
    _open_cues: tuple[int, ...] = field(init=False, repr=False, compare=False, default=())
    _cues_by_literal: dict = field(init=False, repr=False, compare=False, default_factory=dict)
    _cue_literal_set: frozenset = field(init=False, repr=False, compare=False, default=frozenset())
    # the `not` patterns as searched: with the first-character lookahead of the cues (`none` keeps the
    # rule file's patterns as written; only whether one matches counts, which the lookahead keeps)
    _none_searched: tuple[re.Pattern, ...] = field(init=False, repr=False, compare=False, default=())
    # the required strings as sets: `present.isdisjoint(a set)` walks whichever side is smaller, a tuple whole
    _any_literal_set: Optional[frozenset] = field(init=False, repr=False, compare=False, default=None)
    _all_literal_sets: tuple[frozenset, ...] = field(init=False, repr=False, compare=False, default=())
    _none_literal_sets: tuple[Optional[frozenset], ...] = field(init=False, repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        literals = self.cue_literals or (None,) * len(self.any)
        by_literal: dict[str, list[int]] = {}
        for index, texts in enumerate(literals):
            for t in texts or ():
                by_literal.setdefault(t, []).append(index)
        object.__setattr__(self, "_open_cues", tuple(i for i, texts in enumerate(literals) if texts is None))
        object.__setattr__(self, "_cues_by_literal", {t: tuple(ix) for t, ix in by_literal.items()})
        # a set, not the dict: intersecting two sets walks the smaller one
        object.__setattr__(self, "_cue_literal_set", frozenset(by_literal))
        object.__setattr__(self, "_none_searched", tuple(_compiled_cue(p.pattern, p.flags) for p in self.none))
        object.__setattr__(self, "_any_literal_set",
                           frozenset(self.any_literals) if self.any_literals is not None else None)
        object.__setattr__(self, "_all_literal_sets", tuple(frozenset(texts) for texts in self.all_literals))
        object.__setattr__(self, "_none_literal_sets", tuple(
            frozenset(texts) if texts is not None else None for texts in self.none_literals or (None,) * len(self.none)))

    def literals(self) -> set[str]:
        """Every required string the rule tests (its cues', exceptions' and required words')."""
        found = set(self._cues_by_literal)
        found.update(t for texts in self.none_literals if texts for t in texts)
        found.update(t for texts in self.all_literals for t in texts)
        found.update(self.any_literals or ())
        return found

    def evidence(self, text: str, lowered: Optional[str] = None,
                 present: Optional[frozenset[str]] = None) -> tuple[int, Optional[re.Match]]:
        """(how many of the rule's cue patterns match, the earliest match in the text), 0 when a
        condition fails. The earliest cue is the one of the lead event, not a background one.
        `lowered`: text.lower(), given only where that is exact (see `_lowered`).
        `present`: those of the rule's `literals()` that are in `lowered`, when an index found them
        for all rules at once; found here otherwise."""
        if lowered is not None and present is None:  # one text on its own: find the rule's strings here
            present = frozenset(t for t in self.literals() if t in lowered)
        # (plain loops, not any()/all() over generators: evidence is asked of every candidate rule of every text)
        if lowered is not None:
            if self._any_literal_set is not None and present.isdisjoint(self._any_literal_set):
                return 0, None
            for texts in self._all_literal_sets:
                if present.isdisjoint(texts):
                    return 0, None
        # the required words ("protest", "crowd") are one cheap alternation: test them before the cues
        for pattern in self.all:
            if not pattern.search(text):
                return 0, None
        if lowered is not None:
            # ASCII text: each cue's own required words pick the few cues worth a search, cheaper
            # than the case-blind alternation of all of them (in rule order: ties go to the first)
            picked = set(self._open_cues)
            for t in present.intersection(self._cue_literal_set):
                picked.update(self._cues_by_literal[t])
            cues = [self.any[i] for i in sorted(picked)]
            earliest = None
        else:
            earliest = self.any_combined.search(text) if self.any_combined is not None else None
            if self.any_combined is not None and earliest is None:
                return 0, None
            cues = self.any
        count, first = 0, None
        for pattern in cues:
            found = pattern.search(text)
            if found:
                count += 1
                if first is None or found.start() < first.start():
                    first = found
                if earliest is not None and count > MAX_EXTRA_CUES:
                    break  # further cues add nothing to the score
        if not count:
            return 0, None
        if lowered is not None:
            for pattern, texts in zip(self._none_searched, self._none_literal_sets):
                if (texts is None or not present.isdisjoint(texts)) and pattern.search(text):
                    return 0, None
        else:
            for pattern in self._none_searched:
                if pattern.search(text):
                    return 0, None
        # the alternation's leftmost match is the earliest cue, the first in rule order on a tie
        return count, (earliest if earliest is not None else first)


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


def _first_characters(sequence) -> tuple[Optional[set[int]], bool]:
    """(every character a match of the parsed `sequence` can start with, or None when that is not
    known; whether the sequence can match the empty string). Zero-width items (\\b, lookarounds) are
    skipped: the set may be larger than needed, never smaller."""
    found: set[int] = set()
    for op, arg in sequence:
        if op is _sre_constants.AT or op in (_sre_constants.ASSERT, _sre_constants.ASSERT_NOT):
            continue
        if op is _sre_constants.LITERAL:
            found.add(arg)
            return found, False
        if op is _sre_constants.IN:
            for item_op, item in arg:
                if item_op is _sre_constants.LITERAL:
                    found.add(item)
                elif item_op is _sre_constants.RANGE and item[1] - item[0] < 256:
                    found.update(range(item[0], item[1] + 1))
                else:  # a negated set, a category (\\w) or a wide range
                    return None, False
            return found, False
        if op is _sre_constants.SUBPATTERN:
            first, nullable = _first_characters(arg[-1])
        elif op is _sre_constants.BRANCH:
            first, nullable = set(), False
            for branch in arg[1]:
                branch_first, branch_nullable = _first_characters(branch)
                if branch_first is None:
                    return None, False
                first |= branch_first
                nullable = nullable or branch_nullable
        elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT):
            first, nullable = _first_characters(arg[2])
            nullable = nullable or arg[0] == 0
        else:  # any character, a back reference, a conditional group...
            return None, False
        if first is None:
            return None, False
        found |= first
        if not nullable:
            return found, False
    return found, True


def _compiled_cue(pattern: str, flags: int) -> re.Pattern:
    """`pattern` compiled with a lookahead for the characters its matches can start with, when they are
    known: the engine rejects most positions of a text with one set test instead of trying the word
    boundary and every branch there (the matches, spans and groups are the same)."""
    try:
        first, nullable = _first_characters(_sre_parser.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern is compiled as it is
        first, nullable = None, True
    if first is None or nullable or not first:
        return re.compile(pattern, flags)
    characters = "".join(sorted(re.escape(chr(c)) for c in first))
    try:
        return re.compile(f"(?=[{characters}])(?:{pattern})", flags)
    except re.error:  # e.g. a global inline flag "(?i)", valid only at the very start of a pattern
        return re.compile(pattern, flags)


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


_FRAGMENT = re.compile(r"<<(\w+)>>")


def _flattened(rule: dict, rank: int, fragments: Optional[dict] = None) -> dict:
    """`rule` with its `any:`, `all:` and `not:` lists flattened one level, and its fragments filled in.

    A list item may itself be a list of patterns, in practice a YAML alias (`- *abduction_words`) of a
    group defined once under the rule file's `shared_not:`: YAML cannot splice a shared list into a longer
    one, so the loader does. A `<<name>>` in a pattern is replaced by the rule file's `fragments:` entry of
    that name (text shared inside longer patterns, which YAML cannot join). Deeper nesting, a non-string
    pattern or an unknown fragment is a ValueError naming the rule."""
    fragments = fragments or {}

    def filled(pattern: str, key: str) -> str:
        def fragment(match: re.Match) -> str:
            if match.group(1) not in fragments:
                raise ValueError(f"{RULES}: rule {rank} ({rule.get('label')}): `{key}:` names the fragment "
                                 f"<<{match.group(1)}>>, which `fragments:` does not define")
            return fragments[match.group(1)]
        return _FRAGMENT.sub(fragment, pattern) if "<<" in pattern else pattern

    flat = dict(rule)
    for key in ("any", "all", "not"):
        patterns = []
        for item in rule.get(key) or ():
            for pattern in item if isinstance(item, list) else (item,):
                if not isinstance(pattern, str):
                    raise ValueError(f"{RULES}: rule {rank} ({rule.get('label')}): `{key}:` holds {pattern!r}, "
                                     "not a pattern (a shared group may be nested one level only)")
                patterns.append(filled(pattern, key))
        if key in rule:
            flat[key] = patterns
    return flat


class _Rules:
    """The parsed rule file: compiled regexes, the label table, the territory actor patterns."""

    def __init__(self, data: dict):
        flags = re.IGNORECASE
        rules = [_flattened(r, rank, data.get("fragments")) for rank, r in enumerate(data["acled"])]
        # a rule's weight is its precedence in the codebook order unless the lexicon sets one
        self.rules = [
            _Rule(
                r["label"],
                tuple(_compiled_cue(p, flags) for p in r.get("any", [])),
                tuple(_compiled_cue(p, flags) for p in r.get("all", [])),
                tuple(re.compile(p, flags) for p in r.get("not", [])),
                float(r.get("weight", 1.0 + PRECEDENCE_STEP * (len(rules) - rank))),
                bool(r.get("model_overrules")),
                _combined(r.get("any", []), flags),
                _literals(r.get("any", []), flags),
                tuple(t for t in (_required_texts(p, flags) for p in r.get("all", [])) if t),
                tuple(_required_texts(p, flags) for p in r.get("any", [])),
                tuple(_required_texts(p, flags) for p in r.get("not", [])),
            )
            for rank, r in enumerate(rules)
        ]
        # the most a label can score from broad rules alone; every specific rule must score above it
        broad = [rule.weight for rule, r in zip(self.rules, rules) if r.get("broad")]
        self.broad_ceiling = max(broad, default=0.0) + CUE_BONUS * MAX_EXTRA_CUES
        specific = [rule.weight for rule, r in zip(self.rules, rules) if not r.get("broad")]
        if specific and min(specific) <= self.broad_ceiling:
            raise ValueError(f"{RULES}: a specific rule scores below the broad ones (broad rules go last)")
        self.labels = {k: tuple(v) for k, v in data["acled_labels"].items()}
        self.state_actor = re.compile(data["territory_actors"]["state"], flags)
        self.non_state_actor = re.compile(data["territory_actors"]["non_state"], flags)
        # every required string of every rule by its first four letters: one set intersection with the
        # text's 4-grams finds the few strings in a text instead of testing every string of every rule;
        # four-letter strings are 4-grams themselves and need no test at all (the few shorter ones are tested)
        self.by_quadgram: dict[str, set[str]] = {}
        self.gram_literals: set[str] = set()
        self.short_literals: set[str] = set()
        self.unfiltered = frozenset(i for i, rule in enumerate(self.rules) if rule.any_literals is None)
        self.rules_by_literal: dict[str, set[int]] = {}
        for i, rule in enumerate(self.rules):
            for literal in rule.any_literals or ():
                self.rules_by_literal.setdefault(literal, set()).add(i)
            for literal in rule.literals():
                if len(literal) > 4:
                    self.by_quadgram.setdefault(literal[:4], set()).add(literal)
                elif len(literal) == 4:
                    self.gram_literals.add(literal)
                else:
                    self.short_literals.add(literal)
        self.rule_literal_set = frozenset(self.rules_by_literal)
        self.quadgram_set = frozenset(self.by_quadgram)  # (sets, not dicts: an intersection walks the smaller set)
        self._last_present: tuple[Optional[str], frozenset[str]] = (None, frozenset())

    def present(self, lowered: str) -> frozenset[str]:
        """The rules' required strings that are in `lowered` (remembered for the last text asked)."""
        if self._last_present[0] is lowered:
            return self._last_present[1]
        found = {literal for literal in self.short_literals if literal in lowered}
        quadgrams = {lowered[j:j + 4] for j in range(len(lowered) - 3)}
        found.update(self.gram_literals.intersection(quadgrams))
        for quadgram in quadgrams.intersection(self.quadgram_set):
            for literal in self.by_quadgram[quadgram]:  # (a loop: a generator per quadgram costs more)
                if literal in lowered:
                    found.add(literal)
        present = frozenset(found)
        self._last_present = (lowered, present)
        return present

    def candidates(self, lowered: str) -> set[int]:
        """Indexes of the rules one of whose required strings is in `lowered` (or that have none)."""
        found = set(self.unfiltered)
        for literal in self.present(lowered).intersection(self.rule_literal_set):
            found.update(self.rules_by_literal[literal])
        return found


@lru_cache(maxsize=1)
def rules() -> _Rules:
    text = (files("sitrep") / "data" / RULES).read_text(encoding="utf-8")
    return _Rules(yaml.safe_load(text))


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
HEADLINE_WORDS = 7
# (a full stop after a space ends a sentence too: what is left of one whose words were blanked, see _SET_ASIDE)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9\"')\] ][.!?])\s+(?=[A-Z\"'])")


# A story that opens with background ("The rebels had held the town since March.") and then turns
# to the news with a time shift ("On Friday, troops retook it."): the news starts at the turn. The
# opening counts as background only when it is marked so (the past perfect, "last week", "since ...": a
# present perfect is the news itself, "the army has retaken X")
# or the turn says it follows it ("Minutes later", "That evening"), so a lead followed by details stays the lead.
# (these searched patterns, like the cues, get the lookahead of the characters their matches start with: _compiled_cue)
_BACKGROUND_MARK = _compiled_cue(
    r"\bhad (already |long |both |been |become |\w+ed\b|\w+en\b)|\b(has|have) (long|already|become)\b|\b(last|previous) (week|month|year|weekend)\b"
    r"|\bsince (\w+ )?(\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|last|the)\b"
    r"|\bfor (days|weeks|months|years)\b|\b(days|weeks|months|years) (after|ago|before)\b", re.IGNORECASE)
_TURN = re.compile(
    r"(?:on (?:\w+ )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:the )?(?:night|morning|evening)"
    r"|this (?:week|time)|overnight|(?P<after>that (?:morning|afternoon|evening|night|day)|(?:minutes|hours|days) later|later|instead))\b",
    re.IGNORECASE)


def _news_start(text: str) -> int:
    """Where the news begins after a background opening (0 when the text does not open with background)."""
    start, background = 0, False
    for boundary in _SENTENCE_END.finditer(text):
        background = background or bool(_BACKGROUND_MARK.search(text, start, boundary.start()))
        turn = _TURN.match(text, boundary.end())
        if turn and (background or turn.group("after")):
            return boundary.end()
        start = boundary.end()
    return 0


def _lead_end(text: str, start: int = 0) -> int:
    """Where the lead sentence (from `start`) ends. A headline, caption or dateline glued on before
    it ("Police blame rebels. Police in X blamed ...") is too short to be the lead: the next sentence is."""
    for boundary in _SENTENCE_END.finditer(text, start):
        if len(text[start:boundary.start()].split()) > HEADLINE_WORDS:
            return boundary.start()
        start = boundary.end()
    return len(text)


# The non-ASCII characters that a case-blind ASCII letter of a pattern matches (İ, ı, ſ, Kelvin K).
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _lowered(text: str) -> Optional[str]:
    """text.lower() when every match of a cue's ASCII letters shows in it as the same lowercase
    letters at the same offsets (None otherwise): an ASCII text, or one whose other characters
    neither match an ASCII letter nor change length when lowered (curly quotes, accents, dashes)."""
    lowered = text.lower()
    if text.isascii():
        return lowered
    if len(lowered) != len(text) or not _FOLDS_TO_ASCII.isdisjoint(text):
        return None
    return lowered


def acled_scores(text: str) -> dict[str, float]:
    """Evidence score of each CASE 2021 label whose rule holds for `text` (higher is better)."""
    return dict(_acled_scores(text)[0])


def labels_from_imprecise_rules(text: str) -> frozenset[str]:
    """Those labels of `acled_scores(text)` whose score comes from a rule family marked `model_overrules`
    in the rule file (its cues are often wrong on the corpus: a confident learned model may overrule it)."""
    return _acled_scores(text)[1]


# A sentence after the lead that tells of an earlier event ("Police used tear gas at a similar march last
# year.", "The rebels had held the town since 2019.") is background: its words do not speak for the news
# (a march that recalls last year's killings stays a peaceful march). Marked like a background opening
# (_BACKGROUND_MARK: the past perfect, "last week", "since ...", "years ago"), or by a past year or season,
# or by an earlier event named so ("previous protests"). A sentence that turns to another event ("Separately,
# ...", "In a separate incident", "Elsewhere", "A day earlier", "Hours later"), or that is set after it ("in the following
# days", "the next evening", "later that week"), is no evidence for the lead either.
_EARLIER_EVENT = _compiled_cue(
    r"\b(last|previous|past) (summer|winter|spring|autumn|decade)s?\b|\b(in|since|during) (early |late |mid-)?(19|20)\d\d\b"
    r"|\b(days|weeks|months|years|decades) earlier\b|\bat previous\b"
    r"|\b(in|during|until) (early |late |mid-)?(january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\bin (a |another )?separate (incident|attack|development|event|case)"
    r"|\b(a|one|the) (day|week|month|year|night) (earlier|before)\b|\bearlier (this|that) year\b"
    r"|\b(hours|days|weeks|months|a day|a week) later\b|\bthe (next|following) (day|morning|afternoon|evening|night|week|month)s?\b"
    r"|\bin the (following|coming|next) (hours|days|weeks|months)\b|\blater (in|that) (the )?(day|night|evening|week|month)\b"
    r"|\b(previous|earlier|past|prior) (\w+ )?(protests|demonstrations|attacks|clashes|incidents|rounds|marches|rallies|raids)\b",
    re.IGNORECASE)
_OTHER_EVENT_OPENING = re.compile(r"\W*(separately|elsewhere|meanwhile)\b", re.IGNORECASE)


_ANY_BREAK = re.compile(r"[.!?]\s")


def _without_earlier_events(text: str) -> str:
    """`text` with the sentences after the lead that tell of earlier events blanked out (same offsets)."""
    if not _ANY_BREAK.search(text):  # one sentence (an article's sentences are scored one by one)
        return text
    lead_end = _lead_end(text, _news_start(text))
    sentences, start = [], None
    for boundary in _SENTENCE_END.finditer(text, lead_end):
        if start is not None:
            sentences.append((start, boundary.start()))
        start = boundary.end()
    if start is not None:
        sentences.append((start, len(text)))
    for a, b in sentences:
        if (_BACKGROUND_MARK.search(text, a, b) or _EARLIER_EVENT.search(text, a, b)
                or _OTHER_EVENT_OPENING.match(text, a, b)):
            text = text[:a] + " " * (b - a) + text[b:]
    return text


# Text cut from web pages loses spaces ("said,the", "repulsed.Soldiers") and doubles others; the cues are
# written for one space after punctuation. (Scores carry no offsets, so the rules may read a respaced copy.)
_GLUED_PUNCTUATION = re.compile(r"(?<=[a-z][a-z][,;:])(?=[A-Za-z])|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])")
_SPACES = re.compile(r"\s{2,}|[\t\n\r\f\v]")
_ONE_LINE = frozenset("\t\n\r\f\v")
_GLUED_HINT = re.compile(r"[a-z][,;:.!?][A-Za-z]")  # (a plain search: cheaper than the lookbehinds on every text)


def _respaced(text: str) -> str:
    """`text` with one space after a comma or full stop glued to the next word, and each whitespace run one space."""
    if _GLUED_HINT.search(text):
        text = _GLUED_PUNCTUATION.sub(" ", text)
    return _SPACES.sub(" ", text) if "  " in text or not _ONE_LINE.isdisjoint(text) else text


# A version of the event that the text itself sets aside ("Though first reported as a suicide bombing, ...",
# "officials at first described it as a mortar round, but ...", "was not an air raid, as rumoured, but a bomb", "no one was arrested"):
# its words name what did not happen. The concessive clause, the first report up to the correction, and a
# negated event noun are blanked before scoring (not a "peaceful march" disowned: the march took place).
# (each kind with the words it needs, so that a text without them is not searched: scored texts are many)
# (searched with the lookahead of their first characters, see _compiled_cue: the same matches, found sooner)
_SET_ASIDE = tuple((words, _compiled_cue(pattern, re.IGNORECASE)) for words, pattern in (
    (("though", "while", "even if"),
     r"(?:^|(?<=[.!?] ))\W*(?:though|although|even though|even if|while)\b(?![^,;.]*\bpeaceful (?:march|protest|rally|demonstration|sit-in|gathering))[^,;.]{0,150}?"
     r"\b(?:called|calls|described|reported|spoke of|speak of|thought|believed|termed|dubbed|labell?ed|branded|claimed|presented|denied)\b[^,;]{0,150}?[,;]"),
    (("initially", "first", "originally", "wrongly", "widely", "earlier"),
     r"\b(?:initially|first|originally|wrongly|widely|earlier) (?:reported|described|thought|believed|called|blamed|presented|labell?ed|said)\b[^,;]{0,100}?(?=[,;]|\bbut\b|\bturned out\b|\bproved\b|\b(?:was|were|is|are)\b)"),
    (("not ",),
     r"\bnot (?:due to |caused by |by |from |the result of )?(?:an? |the )?(?:[\w-]+ ){0,2}?"
     r"(?:air ?strikes?|air ?raids?|drones?(?: strikes?| attacks?)?|missiles?|rockets?|shelling|artillery|mortars?|grenades?|(?:car |suicide )?bomb(?:s|ing)?|ieds?|mines?|sabotage|(?:terrorist )?attacks?|explosives?|protests?|riots?|clash(?:es)?|accidents?|massacres?|executions?)\b"),
    # a cause the text rules out ("police ruled out a bombing", "an electrical fault rather than an attack", "not linked to
    # the shelling", "denied reports of a drone strike"): what did not cause the event
    (("ruled out", "ruling out", "rules out", "rather than", "not linked", "unrelated to", "reports of"),
     r"\b(?:ruled out|ruling out|rules out|rather than|(?:was |were )?not linked to|unrelated to|den(?:ied|ying|ies) (?:any )?reports of)\s"
     r"(?:(?:a|an|any|the)\s)?(?:[\w'’-]+\s){0,3}?(?:attacks?|bombings?|bombs?|sabotage|strikes?|air ?strikes?|air ?raids?|shelling|arson|terrorism|foul play|explosives?|militants?)\b"),
    # a name one side calls the other ('the province called them "rioters"')
    (("call", "label", "brand", "describ", "dismissed"),
     r"\b(?:called|calling|labell?ing|labell?ed|branded|branding|described|describing|dismissed)(?: them| him| her| the (?:\w+ ){0,2}?(?:protesters|demonstrators|crowd|marchers|victims|dead))?(?: as)? [\"'“‘]?(?:rioters|thugs|terrorists|criminals|vandals|hooligans|looters|a riot|a mob|bandits|insurgents)\b"),
    # a protest the text says there was not ("police said no protest was organised"), an arrest that did not happen
    (("no ", "nobody", "no-one", "none", "not ", "without"),
     r"\bno (?:[\w-]+ )?(?:protests?|demonstrations?|marches|rall(?:y|ies)|riots?) (?:was|were|had been|has been|have been) (?:organi[sz]ed|involved|held|reported|planned|staged|called)\b"
     r"|\b(?:no one|nobody|no-one|none of them|no protesters?|no demonstrators?) (?:was|were|has been|had been|have been) (?:arrested|detained|held|taken into custody)\b"
     r"|\b(?:was|were|had|have|has)(?: been)? not (?:been )?(?:arrested|detained)\b|\bno arrests?\b(?: (?:was|were|have been|had been) (?:made|reported))?|\bwithout (?:any )?arrests?\b"),
    # what a crowd protests against or mourns ("protested against the drone strike", "a vigil for those who died in
    # the blast"): the subject of the protest, not an event of its own (only the named event is blanked)
    (("against", "over ", "denounc", "condemn", "decry", "victims of", "memory of", "mourn", "justice for"),
     r"\b(?:protest(?!ant)\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|march(?:ed|es|ing|ers)?|vigils?|sit-ins?|gathered|took to the streets)\b"
     r"[^.;]{0,60}?\b(?:against|over|to (?:denounce|condemn|decry|protest(?: against)?|mourn|demand justice for)|denouncing|condemning|decrying|mourning"
     r"|demanding justice for|for the victims of|in memory of)\s(?P<what>(?:the |a |an |recent |deadly |last \w+'s |this \w+'s )?(?:[\w'’-]+ ){0,4}?"
     r"(?:air ?strikes?|air ?raids?|drone strikes?|bombings?|bombs?|blasts?|explosions?|shelling|attacks?|killings?|massacres?|abductions?"
     r"|kidnappings?|shootings?|raids?|murders?|assassinations?|executions?)\b)"),
    # the event an act answers ("expelled the envoys in response to the nerve gas attack", "shelled the camp in
    # retaliation for a bombing"): its cause, told as background to the act (only the named event is blanked)
    (("response", "reaction", "retaliat", "revenge", "reprisal", "avenge"),
     r"\b(?:in (?:response|reaction|retaliation|revenge|reprisal) (?:to|for)|to avenge|avenging)\s(?P<what>(?:the |a |an |an? alleged |the alleged |recent |deadly |last \w+'s |this \w+'s |\w+'s )?(?:[\w'’-]+ ){0,4}?"
     r"(?:air ?strikes?|air ?raids?|drone strikes?|bombings?|bombs?|blasts?|explosions?|shelling|attacks?|killings?|massacres?|abductions?"
     r"|kidnappings?|shootings?|raids?|murders?|assassinations?|executions?|arrests?|detentions?|protests?|clash(?:es)?|ambush(?:es)?)\b)"),
    # the event an act is timed from ("two days after an air strike on the camp", "hours after rebels overran the post"):
    # background to the news, up to the clause's end
    (("hours after", "days after", "weeks after", "months after", "years after", "hour after", "day after", "week after",
      "month after", "year after"),
     r"\b(?:hours|days|weeks|months|years|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+) (?:hours?|days?|weeks?|months?|years?))"
     r"\s+after\s[^,;.]{1,150}"),
    # an event named as what a suspect or a case is about ("arrested the mastermind of the bombing", "a suspect in the
    # kidnapping", "held in connection with the shooting", "jailed for the killing", "an inquiry into the shelling"): the
    # background of the news (only the named event is blanked; alone in the text it keeps its label). Not the victims
    # or the place of an event (people hurt by it, a photo caption's site of it): that event is most often the news
    # itself.
    (("mastermind", "suspect", "perpetrator", "planner", "culprit", "ringleader", "connection with", "accused of",
      "charged", "convicted", "sentenced", "jailed", "indicted", "on trial", "investigation", "probe", "inquiry"),
     r"\b(?:(?:masterminds?|suspects?|perpetrators?|planners?|culprits?|ringleaders?) (?:of|in|behind|for)"
     r"|in connection with|(?:suspected|accused) of (?:involvement in|carrying out|planning|taking part in|masterminding)"
     r"|(?:charged|convicted|sentenced|jailed|indicted) (?:[\w-]+ ){0,5}?(?:over|for)|on trial (?:for|over)"
     r"|(?:investigation|probe|inquiry) (?:into|of|over))"
     r"\s(?P<what>(?:the |a |an |an? alleged |the alleged |recent |deadly |last \w+'s |this \w+'s |\w+'s )?(?:[\w'’-]+ ){0,4}?"
     r"(?:air ?strikes?|air ?raids?|drone strikes?|bombings?|bombs?|blasts?|explosions?|shelling|attacks?|killings?|massacres?|abductions?"
     r"|kidnappings?|shootings?|raids?|murders?|assassinations?|executions?|rapes?|hijackings?|arson|ambush(?:es)?)\b"
     r"(?: of (?:the |a |an )?[\w'’-]+(?: [\w'’-]+)?)?)"),  # (and whom it befell: 'the killing of protesters')
    # an armed group named only as what someone is accused of being or helping ("beat to death a man they accused of
    # spying for the rebels", "detained two men suspected of being militia members"): no armed side in the event
    (("accus", "suspect"),
     r"\b(?:accus\w*|suspect\w*)(?: (?:him|her|them))? of (?:being|belonging to|spying for|working for|aiding|helping|collaborating with"
     r"|supporting|links to|having links (?:to|with)|sympathi[sz]ing with|informing for|being an? (?:informant|informer|spy|collaborator) for)\s"
     r"(?P<what>(?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:fighters|militants|jihadists|soldiers|militiam[ae]n|militias?|rebels|insurgents|separatists|bandits|gunmen|armed men|army)\b)"),
))


def _blank(match: re.Match) -> str:
    if "what" in match.re.groupindex:  # only the part named so
        start, end = match.span("what")
        return match.group(0)[:start - match.start()] + " " * (end - start)
    return " " * len(match.group(0))


# What precedes the lead in text cut from a page: a dateline ("KABUL (Xinhua) -- ", "Sana'a, Dec 3 (SABA) - ",
# "GOMA - "), a place name or the tail of the previous sentence ending in a full stop ("Misrata. ", "the source
# said. "). Blanked, so that the cues anchored at the start of the lead ('^[^.]{0,200}...') see the lead.
_DATELINE = re.compile(
    r"^\W*(?:[^.!?()]{0,40}?\([\w .'’-]{2,30}\)\s*[-–—:]+"
    r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:, [\w .]{1,20})?\s+[-–—]{1,2}"
    r"|(?:\S+ ){0,2}\S+?\.(?= [A-Z\"'#]))\s*")


def _without_dateline(text: str) -> str:
    found = _DATELINE.match(text)
    return text if found is None or found.end() >= len(text) else " " * found.end() + text[found.end():]


def _without_set_aside_versions(text: str) -> str:
    """`text` with the versions of the event that it sets aside blanked out (same offsets)."""
    lowered = text.lower()
    for words, pattern in _SET_ASIDE:
        for w in words:  # (a loop: any() over a generator costs more than these substring tests)
            if w in lowered:
                text = pattern.sub(_blank, text)
                break
    return text


Scores = tuple[tuple[tuple[str, float], ...], frozenset[str]]  # (label, score) pairs; labels from imprecise rules


@lru_cache(maxsize=4096)
def _acled_scores(text: str) -> Scores:
    # cached: every event of a sentence asks about the same sentence
    whole = _respaced(text)
    text = _without_dateline(whole)
    # each reading in turn, the narrowest first, until one gives evidence (a text whose only
    # evidence is background, a version it sets aside, or a short first sentence taken for a
    # dateline ("Bomb kills five. Police said ...") keeps it)
    told = _without_set_aside_versions(text)
    news = _without_earlier_events(told)
    for reading in dict.fromkeys((news, told, text)):
        if reading != whole:
            scores = _scores(reading)
            if scores[0]:
                return scores
    return _scores(whole)


def _scores(text: str) -> Scores:
    lex = rules()
    scores: dict[str, float] = {}
    imprecise: set[str] = set()  # labels whose best score so far comes from a rule marked `model_overrules`
    news_start = _news_start(text)
    news = text[news_start:] if news_start else text
    lead_end = _lead_end(text, news_start)
    lowered = _lowered(text)
    candidates = lex.candidates(lowered) if lowered is not None else None
    present = lex.present(lowered) if lowered is not None else None
    news_lowered, news_present = None, None  # found when a cue first falls in the background
    statements: list[tuple[str, float, int, bool]] = []  # claims and reactions in the lead, weighed last
    first_event = len(text)  # where the earliest cue of a specific rule for an event is
    # (only the candidate rules, in rule order: the few whose required strings are in the text)
    for index in (sorted(candidates) if candidates is not None else range(len(lex.rules))):
        rule = lex.rules[index]
        count, found = rule.evidence(text, lowered, present)
        if not count:
            continue
        where = text
        if found.start() < news_start:
            # the earliest cue is in the background: the rule speaks for the news only if it holds there too
            if news_lowered is None and lowered is not None:
                news_lowered = lowered[news_start:]
                # the whole text's strings that recur from the news on (no new scan of the news part)
                news_present = frozenset(t for t in present if lowered.find(t, news_start) >= 0)
            count, found = rule.evidence(news, news_lowered, news_present)
            if not count:
                if rule.label != "TERRITORY" and BACKGROUND_WEIGHT > scores.get(rule.label, 0.0):
                    # (who took ground in the background is no news)
                    scores[rule.label] = BACKGROUND_WEIGHT
                    imprecise.discard(rule.label)
                continue
            where = news
        label = _territory_label(where, found, lex) if rule.label == "TERRITORY" else rule.label
        score = rule.weight + CUE_BONUS * min(count - 1, MAX_EXTRA_CUES)
        at = found.start() + (news_start if where is news else 0)
        if label in _STATEMENT_LABELS:
            if at > lead_end:
                # a claim or a diplomatic reaction after the lead sentence is background to the event
                score = min(score, BACKGROUND_WEIGHT)
            else:
                statements.append((label, score, at, rule.yields_to_model))
                continue
        elif rule.weight > lex.broad_ceiling:
            first_event = min(first_event, at)
        _keep_best(scores, imprecise, label, score, rule.yields_to_model)
    # so is one after a semicolon in the lead when the clause before it told the event itself
    # ("A bomb killed six at the market; the group denied involvement.")
    clause_end = text.find(";", news_start)
    for label, score, at, yields in statements:
        if 0 <= clause_end < at and first_event < clause_end:
            score = min(score, BACKGROUND_WEIGHT)
        _keep_best(scores, imprecise, label, score, yields)
    return tuple(scores.items()), frozenset(imprecise)


def _keep_best(scores: dict[str, float], imprecise: set[str], label: str, score: float, yields: bool) -> None:
    if score > scores.get(label, 0.0):
        scores[label] = score
        (imprecise.add if yields else imprecise.discard)(label)


def broad_score_ceiling() -> float:
    """The highest score that only broad rules (marked `broad` in the rule file: one generic word
    such as 'killed' or 'fighting') or background evidence can give a label; specific rules score above it."""
    return rules().broad_ceiling


def rules_label(text: str) -> str:
    """The label with the highest rule evidence score (see `acled_scores`), or "NONE"."""
    scores = acled_scores(text)
    return max(scores, key=scores.__getitem__) if scores else NONE_LABEL


# Rules and the learned model (`acled_model`, trained from the project's own corpus) together:
# the model decides only when no rule fires and it is fairly sure. The rules are precise when a
# cue fires; the model reads every word but is only as good as its small hand-written corpus
# (CASE 2021 dev, model alone: weighted F1 0.57). Measured on CASE dev folds 0-3, letting the model
# also overrule specific rule labels or replace catch-all ones never helped, and a version that
# did (overrule at p >= 0.8, replace catch-alls at p >= 0.6) scored below the rules alone on the
# untouched fold 4 (0.713 vs 0.726); filling in where no rule fires gained a little on folds 0-3.
# (That is for sentences of articles. Snippets go through classify.py, where the model may also
# overrule the broad rules, calibrated by cross-validation on the project's corpus.)
MODEL_FILLS_IN = 0.6


@lru_cache(maxsize=4096)  # every event of a sentence asks about the same sentence
def _combined_label(text: str) -> str:
    rule = rules_label(text)
    if rule != NONE_LABEL:
        return rule
    from sitrep.acled_model import label_probabilities  # the model loads on first use only

    probabilities = label_probabilities(text)
    best = max(probabilities, key=probabilities.__getitem__)
    return best if probabilities[best] >= MODEL_FILLS_IN else NONE_LABEL


def acled_label(text: str, plover_type: Optional[str] = None) -> str:
    """The CASE 2021 code of the ACLED sub-event type (or non-conflict family, or "NONE"): the
    keyword rules' label (see `acled_scores`) combined with the learned model's (see `_combined_label`)."""
    label = _combined_label(text)
    if plover_type and (label in _WEAK_LABELS) and (plover_type in _STRONG_PLOVER or label == NONE_LABEL):
        label = _LABEL_FOR_PLOVER.get(plover_type, label)
    return label


def acled_type(text: str, plover_type: Optional[str] = None) -> tuple[str, str]:
    """(ACLED event type, sub-event type) for a sentence or snippet.

    The 25 ACLED sub-event types, the non-conflict families (Natural disaster, Man-made
    disaster, Organised crime, Diplomatic event, Claim of responsibility), or ("none", "none").
    `plover_type`, when the caller has a trigger, breaks ties the keyword rules leave open.
    """
    return rules().labels[acled_label(text, plover_type)]


def _territory_label(text: str, found: re.Match, lex: _Rules) -> str:
    """Who took the ground: the agent of a passive ("was retaken by the army", "fell to the rebels"),
    else the subject of the clause before the verb, else the opposite of whom it was taken from."""
    after = text[found.end(): found.end() + 120]
    phrase = found.group(0).lower()
    before = text[max(0, found.start() - 200): found.start()]
    # a passive: an auxiliary right before the verb, or the agent right after it
    auxiliary = bool(_AUXILIARY_BEFORE.search(before) or _AUXILIARY.match(phrase))
    agent = _AGENT_AFTER.match(after) if auxiliary else re.match(r"\w*\s*by\s", after)
    if agent:
        taker = _taker(after[agent.end():agent.end() + 60], lex)
        if taker is not None:
            return _TERRITORY_LABELS[taker]
        before = ""  # (the subject of a passive is the ground, not who took it)
    if phrase.startswith(("fell", "fall", "under", "in the hands", "once again in the hands", "back in the hands")):
        window = after
        if re.match(r"\s*(its|their)\b", after):  # "fell to its forces": the reporter's, in this sentence
            # (the window before may hold the end of an earlier sentence, whose actor is not the reporter)
            window = _CLAUSE_BREAK.split(_SENTENCE_BREAK.split(before)[-1])[0]
        taker = _taker(window, lex)
        if taker is not None:
            return _TERRITORY_LABELS[taker]
    # "were pushed back from", "was driven out of": the subject lost the ground, the other side took it
    lost = auxiliary and bool(_EXPULSION.search(phrase))
    # the subject of the reported clause, not the one who reports it ("the army said rebels took ...")
    clauses = _CLAUSE_BREAK.split(before)
    subject = _subject_window(clauses[-1], lex)
    if (len(clauses) > 1 and _POSSESSIVE_SUBJECT.match(subject)
            and not _SENTENCE_BREAK.match(_CLAUSE_BREAK.findall(before)[-1])):
        # "the rebels said their troops took ...": "troops" of the speaker, whoever it is (a speaker, not the
        # sentence before: after a full stop "their" may point anywhere)
        taker = _taker(_subject_window(clauses[-2], lex), lex)
        if taker is not None:
            return _TERRITORY_LABELS[taker != lost]
    taker = _taker(subject, lex)
    if taker is not None:
        return _TERRITORY_LABELS[taker != lost]
    # the reporter when the subject is a pronoun for it ("the army said it had retaken ...")
    if _PRONOUN_SUBJECT.search(subject):
        taker = _taker(before, lex)
        if taker is not None:
            return _TERRITORY_LABELS[taker != lost]
    source = _SOURCE_AFTER.match(after)  # "retook the town from the rebels": the rebels lost it
    loser = _taker(after[source.end():source.end() + 50], lex) if source else None
    if loser is not None:
        return _TERRITORY_LABELS[not loser]
    # (ground back under government control, or taken back, is the state's)
    taken_back = re.search(r"re(captur|took|tak|gain|occup)|liberat|\bback\b|\bonce again\b"
                           r"|\b(government|army|state|military|regime) (control|presence|authority)\b"
                           r"|\bcontrol of (the )?(government|army|state|military)\b", phrase)
    return _TERRITORY_LABELS[bool(taken_back)]


_TERRITORY_LABELS = {True: "GOV_REGAINS_TERIT", False: "NON_STATE_ACTOR_OVERTAKES_TER"}


def _taker(window: str, lex: _Rules) -> Optional[bool]:
    """True for the state, False for a non-state actor, whichever is named first in the window; None for neither."""
    state = lex.state_actor.search(window)
    non_state = lex.non_state_actor.search(window)
    if state is None and non_state is None:
        return None
    if state is None or non_state is None:
        return non_state is None
    if state.start() == non_state.start():  # the longer name: "troops loyal to the warlord ..." is not "troops"
        return state.end() >= non_state.end()
    return state.start() < non_state.start()


def _subject_window(clause: str, lex: _Rules) -> str:
    """The part of a clause that holds the subject of the verb after it: the last comma-separated part
    or subordinate clause naming an actor ("after the militants fled, soldiers moved in"), passing over
    one set between commas ("the army, after a week of fighting with the rebels, retook"); a relative
    pronoun's antecedent ("the rebels, who then occupied it")."""
    parts = _SUBJECT_BREAK.split(clause)
    if len(parts) > 1 and _RELATIVE.match(parts[-1]) and _taker(parts[-1], lex) is None:
        named = list(lex.state_actor.finditer(parts[-2])) + list(lex.non_state_actor.finditer(parts[-2]))
        if named:  # the actor named last before the relative pronoun
            return max(named, key=lambda m: m.start()).group(0)
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        if index < len(parts) - 1 and _INSERTED.match(part):
            continue
        if index and _PARTICIPLE.match(part):
            # a participle clause has no subject of its own: the actor it names is its object, the subject
            # is before it ("troops advanced, battling the rebels and seizing ...": the troops took the ground)
            continue
        if _taker(part, lex) is not None:
            return part
    return parts[-1]


_EXPULSION = re.compile(r"\b(pushed|driven|expelled|forced|chased|flushed|dislodged|ousted|routed|ejected)\b")
_AUXILIARY = re.compile(r"(?:was|were|been|being|is|are)\b", re.IGNORECASE)
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# the agent of a passive after the place ("were pushed out of the town by government troops")
_AGENT_AFTER = re.compile(r"\w*\s*(?:[^.;:,]{0,60}?\s)?by\s", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"\w*\s*(?:[^.;:,]{0,60}?\s)?from\s", re.IGNORECASE)
# where the subject of a verb can start: after a comma or a subordinating word
# (or a dash after a headline or dateline)
_SUBJECT_BREAK = re.compile(r",|\s[-\u2013\u2014]+\s|\s(?=(?:as|when|after|while|before|since|because|until|once|then|but|whereas)\s)",
                            re.IGNORECASE)
# (and a side set apart with "not": "the militia, not the army, took ...")
_INSERTED = re.compile(r"\s*(?:(?:as|when|after|while|before|since|because|until|once|whereas|with|alongside|along with|"
                       r"including|together with|not|rather than)\b|\w+(?:ed|ing) (?:by|alongside|with|beside)\b)", re.IGNORECASE)
# (the -ing word in lower case: "Beijing", "Wyoming" after a comma are names, not participles)
_PARTICIPLE = re.compile(r"\s*(?!(?:during|including|according|concerning|regarding|following|notwithstanding|bring|string|king|spring|wing)\b)"
                         r"(?-i:[a-z]+ing)\b(?!\s+(?:by|alongside|with|beside)\b)", re.IGNORECASE)
_RELATIVE = re.compile(r"\s*(?:who|which|that)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.;:!?]\s")
# "according to X," is a clause of its own: the subject follows its comma
# (a speaker who admits or denies the loss is no taker either: "the army acknowledged that rebels had taken ...")
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\baccording to\b[^,.;]{0,60},?|\b(?:said|says|say|reported|reports|announced|claimed|confirmed|declared|added"
                           r"|acknowledged|admitted|conceded|denied|insisted)\b(?: that\b)?", re.IGNORECASE)
# the speaker's own men as the subject of the reported clause ("... said on Sunday its troops had taken")
_POSSESSIVE_SUBJECT = re.compile(r"\s*(?:(?:on|late|early|last|this|overnight)\b[\w ,-]{0,25}?\s)?(?:that\s+)?(?:its|their)\s+(?:own\s+)?"
                                 r"(?:troops|forces|fighters|soldiers|men|units|combatants)\b", re.IGNORECASE)
# (after a time or place phrase too: "the army said on Sunday it had taken ...")
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:(?:on|by|in|at|late|early|last|this|that|overnight)\b[\w ,-]{0,25}?\s)?"
                              r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day\s+)?(it|they|its|their)\b", re.IGNORECASE)


