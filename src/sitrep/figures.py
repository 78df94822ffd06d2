"""How many: casualty and displacement counts with their qualifier, the group counted and the source.

A figure is a number phrase ("almost 40,000", "1.5 million", "dozens", "two hundred") whose
nearest kind word in the dependency tree says what it counts: killed, injured, displaced,
arrested, missing, abducted, or "other" for counts that are plainly casualties ("victims",
"casualties"). Numbers that count nothing of the kind (years, ages, times, money, distances)
are not figures.

Vague quantities are ranges: `value` is the lower bound, `value_max` the upper one, and the
qualifier is "approximately" unless a word says otherwise:
  "dozens" 24..99, "scores" 40..99, "hundreds" 200..999, "thousands" 2,000..9,999,
  "tens of thousands" 20,000..99,999, "hundreds of thousands" 200,000..999,999,
  "millions" 2,000,000..9,999,999, "several" 3..9, "several hundred" 300..999 (likewise thousand,
  million), "a few" 2..5, "a handful" 3..6.
"""
from __future__ import annotations

import heapq
import re
from functools import lru_cache
from itertools import compress
from typing import Optional

import numpy

from spacy.attrs import TAG
from spacy.tokens import Doc, Token

from .nlp import dependency_tree, sentence_bounds, text_of
from . import models
from .sources import SPEECH_LEMMAS, find_attributions, sources_for

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague plurals: (lower bound, upper bound).
VAGUE = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
         "millions": (2_000_000, 9_999_999), "tens": (20, 99), "several": (3, 9), "few": (2, 5), "handful": (3, 6)}
QUALIFIERS = {
    "at least": "at_least", "more than": "at_least", "over": "at_least", "upwards of": "at_least",
    "in excess of": "at_least", "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
    "almost": "approximately", "nearly": "approximately", "about": "approximately", "around": "approximately",
    "approximately": "approximately", "some": "approximately", "roughly": "approximately",
    "an estimated": "approximately", "estimated": "approximately", "close to": "approximately",
    "circa": "approximately", "approx.": "approximately", "or so": "approximately", "an approximate": "approximately",
    "up to": "up_to", "as many as": "up_to",
    "at most": "at_most", "fewer than": "at_most", "less than": "at_most", "under": "at_most",
    "no more than": "at_most", "not more than": "at_most", "just under": "at_most", "below": "at_most",
}
# Lemmas (or lower-case words) that say what a number counts.
KIND_WORDS = {
    "killed": "kill die dead death fatality body corpse toll execute slay murder massacre perish life behead "
              "drown assassinate deceased fatal",
    "injured": "injure wound hurt injury injured wounded hospitalize hospitalise maim treat",
    "displaced": "displace displaced flee fled evacuate evacuee refugee uproot homeless exodus idp idps displacement",
    "arrested": "arrest detain detainee jail imprison capture apprehend custody",
    "missing": "missing unaccounted disappear disappearance",
    # the adjectives too ("7 of the abducted students"): there is no kind for the rescued or freed, and the
    # people counted are abductees, as "freed 12 hostages" counts hostages
    "abducted": "abduct kidnap hostage abductee abducted kidnapped",
    "other": "casualty victim",
}
KIND_OF = {w: kind for kind, words in KIND_WORDS.items() for w in words.split()}
# Nouns that make a number a measure, not a count of people.
UNIT_NOUNS = frozenset(
    "year month week day hour minute second time percent % km kilometre kilometer mile metre meter foot feet "
    "dollar euro pound ton tonne kg kilogram degree point acre hectare litre liter gallon yard inch mph cent "
    "page vote seat case dose bed round shot".split()
    # parties to a fight, counted as parties ("clashes between two clans killed 5"), never its casualties;
    # "militia" is also the plural of its members ("killed 10 militia"), so only "militias" is a party
    + "clan tribe side faction party country nation state army militias gang group".split()
)
EXCLUDED_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
MAX_PEOPLE = 10_000_000_000  # more than anyone alive: no count of people (garbled or hostile text)
MAX_COST = 3  # how far (in weighted dependency edges) a kind word may be from the number
_DIGITS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def find_figures(doc: Doc, attributions=None) -> list[models.Figure]:
    """Every casualty/displacement count in the document, with the sources whose claims cover it."""
    attributions = find_attributions(doc) if attributions is None else attributions
    phrases = _number_phrases(doc)
    owned = {_counted_noun(doc, s, e).i for s, e, _ in phrases}
    found = []
    for start, end, parsed in phrases:
        noun = _counted_noun(doc, start, end)
        if _is_part_of_count(doc, start, noun, owned):
            continue  # "seven civilians including two children": the two are among the seven, not another count
        if noun.lemma_.lower() not in UNIT_NOUNS and noun.lower_ not in UNIT_NOUNS:
            found.append((start, end, parsed, noun, _kind(doc, start, end, noun, owned)))
    in_phrase = {i for s, e, _ in phrases for i in range(s, e)}
    found += [(det.i, noun.i, (1, None), noun, kind) for det, noun, kind in _single_victims(doc, owned, in_phrase)]
    found.sort(key=lambda item: item[0])
    # Conjoined counts share their kind: "three guards and about twenty attackers left dead".
    kind_of_noun = {noun.i: kind for *_, noun, kind in found if kind is not None}
    figures = []
    for start, end, (value, value_max), noun, kind in found:
        if kind is None:
            linked = [noun.head.i] if noun.dep_ == "conj" else []
            linked += [c.i for c in noun.children if c.dep_ == "conj"]
            kind = next((kind_of_noun[i] for i in linked if i in kind_of_noun), None)
        if kind is None or max(value, value_max or 0) > MAX_PEOPLE:
            continue
        q_start, qualifier = _qualifier(doc, start, end)
        if qualifier is None:
            qualifier = "approximately" if value_max is not None else "exact"
        last = noun if noun.i >= end and noun.i - end <= 3 else doc[end - 1]
        of_noun = _of_noun(noun) if noun.i < end else None  # "dozens of people"
        if of_noun is not None and of_noun.i - end <= 3:
            last = of_noun
        span_start, span_end = doc[q_start].idx, last.idx + len(last.text)
        figures.append(
            models.Figure(
                text=text_of(doc)[span_start:span_end],
                start=span_start,
                end=span_end,
                kind=kind,
                value=value,
                value_max=value_max,
                qualifier=qualifier,
                group=_group(doc, end, noun),
                sources=sources_for(attributions, span_start, span_end),
            )
        )
    return figures


# People one may count as a single casualty: "shelling killed a woman", "a soldier was wounded".
PERSON_NOUNS = frozenset(
    "man woman child boy girl baby infant toddler teenager teen youth person civilian soldier policeman "
    "policewoman officer journalist reporter photographer cameraman worker farmer herder shepherd fisherman "
    "student pupil resident villager fighter militant rebel insurgent guard doctor nurse medic paramedic "
    "teacher driver protester demonstrator pilot commander trooper marine peacekeeper gunman attacker bomber "
    "refugee pilgrim worshipper passenger priest imam monk activist lawyer judge official mother father "
    "son daughter husband wife volunteer contractor".split()
)


def _single_victims(doc: Doc, owned: set[int], in_phrase: set[int]) -> list[tuple[Token, Token, str]]:
    """(article, noun, kind) of one person counted by "a"/"an" as the direct object or passive subject
    of a kind verb ("killed a woman", "a medic was wounded") or the subject of "die"."""
    out = []
    strings = doc.vocab.strings
    # singular person nouns picked from the doc's table: a Token object per word would cost more (the tag test
    # in numpy, then the table's lower-cased lemma of the few singular nouns)
    nn = strings["NN"] if "NN" in strings else None
    tree = dependency_tree(doc)
    lemmas = tree.lemmas
    candidates = [] if nn is None else [i for i in numpy.flatnonzero(tree.ids([TAG]) == nn).tolist()
                                        if lemmas[i] in PERSON_NOUNS]
    for noun in (doc[i] for i in candidates):
        if noun.i in owned:
            continue
        det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
        if det is None or det.i in in_phrase:
            continue
        verb = noun.head
        kind = KIND_OF.get(verb.lemma_.lower())
        if verb.pos_ != "VERB" or kind is None:
            continue
        if (noun.dep_ == "dobj" and not _has_aux(verb, "auxpass")) or noun.dep_ == "nsubjpass" or (
            noun.dep_ == "nsubj" and verb.lemma_.lower() in ("die", "perish", "drown", "disappear")
        ):
            out.append((det, noun, kind))
    return out


def _is_part_of_count(doc: Doc, start: int, noun: Token, counted: set[int]) -> bool:
    """Whether a number phrase counts part of an earlier count of its sentence: "seven civilians
    including two children", "12 people, among them three women"."""
    sentence_start = sentence_bounds(doc, noun.i)[0]
    before = " ".join(t.lower_ for t in doc[max(sentence_start, start - 2) : start])
    if not (before.endswith(("including", "incl.", "among them", "among whom", "of whom", "of them"))):
        return False
    return any(sentence_start <= i < start for i in counted)


def _has_aux(verb: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in verb.children)


def parse_number(words: list[str]) -> Optional[tuple[int, Optional[int]]]:
    """(value, value_max) of a number phrase's words, lower case; None if it is not a number."""
    words = [w for w in words if w not in ("and", "-", "a", "an", "of")]
    if not words:
        return None
    if words[0] in VAGUE:
        low, high = VAGUE[words[0]]
        if len(words) == 1:
            return low, high
        if words[0] in ("tens", "hundreds") and words[1:] in (["thousands"], ["millions"]):
            scale = 1_000 if words[1] == "thousands" else 1_000_000
            return low * scale, (high + 1) * scale - 1
        if words[0] in ("several", "few") and len(words) == 2 and words[1].rstrip("s") in SCALES:
            scale = SCALES[words[1].rstrip("s")]
            return (low if low > 2 else 2) * scale, (high + 1) * scale - 1
        return None
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if _DIGITS_RE.match(w):
            current += float(w.replace(",", ""))
        elif w == "dozen":
            current = (current or 1) * 12  # "two dozen" is 24, "a dozen" 12
        elif w in UNITS:
            current += UNITS[w]
        elif w == "half":
            current += 0.5
        elif w.rstrip("s") in SCALES and w.rstrip("s") == w:
            scale = SCALES[w]
            current = (current or 1) * scale
            if scale >= 1_000:
                total, current = total + current, 0.0
        else:
            return None
        seen = True
    return (int(round(total + current)), None) if seen else None


@lru_cache(maxsize=1 << 16)
def _is_number_form(text: str, lower: str) -> bool:
    return bool(_DIGITS_RE.match(text)) or lower in UNITS or lower in SCALES or lower in VAGUE or lower == "half"


def _number_phrases(doc: Doc) -> list[tuple[int, int, tuple[int, Optional[int]]]]:
    """(start token, end token, (value, value_max)) of each number phrase not inside a date, time or sum.

    Two numbers joined as a range ("between 5 and 8", "15 to 20", "15-20", "five or six") are one
    phrase whose value is the lower bound and value_max the upper; "rose from 10 to 25" is the
    new count alone."""
    out = []
    # the words' forms from the doc's arrays: a Token object per word costs more than the rest
    lowers, numbers, excluded = _word_facts(doc)
    end = 0  # where the last phrase ended: the next starts after it
    # (only the number words are visited: most words are none, and a Python step per word of the Doc costs more)
    for i in compress(range(len(lowers)), numbers):
        if i < end or not _opens_number(doc, lowers, numbers, excluded, i):
            continue
        j = _phrase_end(lowers, numbers, excluded, i)
        start = _phrase_start(lowers, i)
        words = lowers[start:j]
        if words and words[-1] in ("few",) and start == i:
            end = j  # "few" without "a" means "not many": no figure
            continue
        parsed = parse_number(words)
        joined = _range_after(doc, lowers, numbers, excluded, start, j, parsed)
        if joined is not None:
            start, j, parsed = joined
        if parsed is not None and parsed[0] > 0:
            out.append((start, j, parsed))
        end = j
    return out


RANGE_JOINS = frozenset({"to", "-", "\u2013", "\u2014", "or"})
# Verbs of change: "the toll rose from 10 to 25" gives the count now, not a range.
CHANGE_LEMMAS = frozenset({"rise", "increase", "climb", "jump", "grow", "soar", "reach", "go", "raise", "double",
                           "swell", "mount", "fall", "drop", "decrease", "decline", "revise", "update", "bring"})
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})


def _opens_number(doc: Doc, lowers: list[str], numbers: list[bool], excluded: list[bool], i: int) -> bool:
    return (
        numbers[i]
        and not excluded[i]
        and not _is_year_or_age(doc, i)
        and not (i > 0 and lowers[i - 1] in ("no", "not") and lowers[i] == "one")  # "no one was hurt"
    )


def _phrase_end(lowers: list[str], numbers: list[bool], excluded: list[bool], i: int) -> int:
    """The token after the number phrase starting at `i` ("two hundred and fifty", "twenty-five")."""
    n = len(lowers)
    j = i + 1
    while j < n:
        if numbers[j] and lowers[j] not in ("few", "several", "handful") and not excluded[j]:
            j += 1
        elif j + 1 < n and lowers[j + 1] in UNITS and (
            (lowers[j] == "and" and lowers[j - 1] in SCALES) or (lowers[j] == "-" and lowers[j - 1] in _TENS)
        ):
            j += 1  # "two hundred and fifty", "twenty-five" (but "five and eight" are two numbers)
        elif lowers[j] == "of" and lowers[j - 1] in ("tens", "hundreds") and j + 1 < n and lowers[
            j + 1] in ("thousands", "millions"):
            j += 1
        else:
            break
    return j


def _phrase_start(lowers: list[str], i: int) -> int:
    """"a dozen", "a few", "a handful": the article belongs to the number."""
    if i > 0 and lowers[i - 1] in ("a", "an") and lowers[i] in ("dozen", "few", "handful", "hundred", "thousand", "million"):
        return i - 1
    return i


def _range_after(doc: Doc, lowers, numbers, excluded, start: int, end: int, first):
    """(start, end, (low, high)) when the number phrase [start, end) opens a range, else None."""
    n = len(lowers)
    join = end
    if first is None or first[1] is not None or join + 1 >= n:
        return None
    between = start > 0 and lowers[start - 1] == "between"
    if not (lowers[join] in RANGE_JOINS or (lowers[join] == "and" and between)):
        return None
    if not _opens_number(doc, lowers, numbers, excluded, join + 1):
        return None
    second_end = _phrase_end(lowers, numbers, excluded, join + 1)
    second = parse_number(lowers[join + 1 : second_end])
    if second is None or second[1] is not None:
        return None
    low, high = first[0], second[0]
    scale = lowers[second_end - 1]
    if scale in SCALES and lowers[end - 1] not in SCALES:
        # "two to three million": the first number shares the scale
        scaled = parse_number(lowers[start:end] + [scale]) if "." not in lowers[end - 1] else None
        low = scaled[0] if scaled else round(float(lowers[end - 1].replace(",", "")) * SCALES[scale])
    if start > 0 and lowers[start - 1] == "from" and lowers[join] == "to":
        if doc[start - 1].head.lemma_.lower() in CHANGE_LEMMAS:
            return join + 1, second_end, second  # "rose from 10 to 25": the count is now 25
    if high <= low:
        return None
    return (start - 1 if between else start), second_end, (low, high)


def _word_facts(doc: Doc) -> tuple[list[str], list[bool], list[bool]]:
    """Per token: its lower-cased form, whether it is a number word, whether it lies in an
    entity that is no count (a date, a sum...). Read from the Doc's `DependencyTree`."""
    tree = dependency_tree(doc)
    # (mapped: a C call per word, no bytecode; the test of a form is cached across Docs, as words recur)
    numbers = list(map(_is_number_form, tree.texts, tree.lowers))
    excluded = list(map(EXCLUDED_ENTS.__contains__, tree.ent_types))
    return tree.lowers, numbers, excluded


_YEAR_NUMBER = re.compile(r"1[89]\d\d|20\d\d")


def _is_year_or_age(doc: Doc, i: int) -> bool:
    # words and offsets from the table and the cached text: slicing the Doc builds a Token per word
    tree = dependency_tree(doc)
    texts = tree.texts
    if _YEAR_NUMBER.fullmatch(texts[i]):
        return True
    last = min(i + 3, len(texts) - 1)  # the next three words, as the text of doc[i + 1 : i + 4]
    following = ""
    if i + 1 < len(texts):
        first_char, end_char = tree.chars(i + 1, last)
        following = text_of(doc)[first_char:end_char].lower()
    preceding = texts[i - 1].lower() if i > 0 else ""
    return following.startswith(("-year", "year-old", "years old", "years of age", "-month-old")) or preceding in (
        "aged", "age", "ages", "no.", "number", "#", "$", "£", "€")


def _counted_noun(doc: Doc, start: int, end: int) -> Token:
    """The noun a number phrase counts ("people" in "almost 40,000 people"), or its last word."""
    tree = dependency_tree(doc)  # by index: token.head builds a new Token on every call
    heads, deps, pos = tree.heads, tree.deps, tree.pos
    last = end - 1
    if (deps[last] in ("nummod", "quantmod", "compound", "amod") and pos[heads[last]] in ("NOUN", "PROPN")
            and heads[last] >= end):
        return doc[heads[last]]
    for i in range(start, end):
        if deps[i] == "nummod" and heads[i] >= end and pos[heads[i]] in ("NOUN", "PROPN"):
            return doc[heads[i]]
    return doc[last]


def _kind(doc: Doc, start: int, end: int, noun: Token, owned: set[int]) -> Optional[str]:
    """The kind word nearest the number in the dependency tree (a small Dijkstra)."""
    # the walk reads the doc's dependency table, not Token objects (a Token per word visited and per neighbour)
    tree = dependency_tree(doc)
    heads, children, deps, pos, lemmas, lowers = tree.heads, tree.children, tree.deps, tree.pos, tree.lemmas, tree.lowers
    phrase = set(range(start, end))
    # Ties go to the word nearest the number in the text.
    queue: list[tuple[int, int, int]] = [(0, 0, noun.i)] + [(0, 0, i) for i in phrase]
    heapq.heapify(queue)
    if end < len(doc) and pos[end] in ("ADJ", "VERB"):
        heapq.heappush(queue, (1, 0, end))  # "some 300 missing", "12 dead": the parser may not link them
    before = _qualifier(doc, start, end)[0] - 1
    if before >= 0 and pos[before] == "VERB":
        # "killing at least 9 farmers": the verb right before a count governs it, even when the parser
        # hangs the noun elsewhere (as the subject of a following "X said")
        heapq.heappush(queue, (1, 0, before))
    best: dict[int, int] = {}
    described = None  # "abducted" from an adjective of the people counted, if nothing else says what befell them
    while queue:
        cost, _, i = heapq.heappop(queue)
        if i in best or cost > MAX_COST:
            continue
        best[i] = cost
        if i not in phrase and (i not in owned or i == noun.i):
            kind = KIND_OF.get(lemmas[i]) or KIND_OF.get(lowers[i]) or (
                _to_hospital(doc[i], noun) if lemmas[i] in TAKING_LEMMAS else None)
            if kind == "abducted" and deps[i] == "amod":
                # "4 kidnapped traders were found dead": who they were, not what the count counts
                described = described or kind
            elif kind is not None:
                return kind
        # the children, then the head (reached by the word's own label): no list of pairs built per word visited
        head = heads[i]
        for other in children[i] if head == i else [*children[i], head]:
            dep = deps[i] if other == head else deps[other]
            if dep == "conj" and pos[i] in ("VERB", "AUX") and pos[other] in ("VERB", "AUX"):
                continue  # "nine were killed and sixty remain ill": another predicate, another count
            step = 2 if dep in ("conj", "appos", "advcl", "parataxis") else 1
            if other not in best:
                heapq.heappush(queue, (cost + step, min(abs(other - start), abs(other - end + 1)), other))
    return described


# Verbs of taking people to hospital ("were rushed to hospital").
TAKING_LEMMAS = frozenset({"take", "rush", "admit", "carry", "bring", "drive", "transfer", "fly", "airlift"})


def _to_hospital(verb: Token, noun: Token) -> Optional[str]:
    """"injured" for the people taken, rushed or admitted to hospital ("almost 40 people were taken to
    hospital", "medics took 20 patients to hospital"), not for whoever took them."""
    if verb.lemma_.lower() not in TAKING_LEMMAS:
        return None
    if noun.head.i != verb.i or noun.dep_ not in ("nsubjpass", "dobj"):
        return None
    for child in verb.children:
        # "to hospital" is a prepositional phrase, or an infinitive-like xcomp when the parser errs
        places = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" else [child]
        if any(o.lemma_.lower() in ("hospital", "clinic") for o in places):
            return "injured"
    return None


def _qualifier(doc: Doc, start: int, end: int) -> tuple[int, Optional[str]]:
    """(token where the figure's text starts, qualifier) from the words just before the number."""
    lowers = dependency_tree(doc).lowers  # by index: iterating a slice builds a Token per word
    for width in (3, 2, 1):
        if start - width < 0:
            continue
        words = " ".join(lowers[start - width : start])
        if words in QUALIFIERS:
            return start - width, QUALIFIERS[words]
    if end < len(lowers) and lowers[end] == "or" and end + 1 < len(lowers) and lowers[end + 1] == "so":
        return start, "approximately"
    return start, None


def _of_noun(tok: Token) -> Optional[Token]:
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _is_speaker(doc: Doc, appos: Token) -> bool:
    """An apposition that is really who tells the count: "9 farmers, the Kivu Observatory said" (the
    parser hangs the source on the counted noun), or a named organisation."""
    after = appos.right_edge.i + 1
    says = after < len(doc) and doc[after].pos_ == "VERB" and doc[after].lemma_.lower() in SPEECH_LEMMAS
    return says or appos.ent_type_ == "ORG"


def _group(doc: Doc, end: int, noun: Token) -> Optional[str]:
    """Who is counted: the words from after the number to the counted noun, with its apposition."""
    if noun.i < end:
        of_noun = _of_noun(noun)
        if of_noun is None:
            return None
        noun, first = of_noun, of_noun.left_edge.i
    else:
        first = end
    last = noun.i
    for child in noun.children:
        if child.dep_ == "appos" and child.i > noun.i and not _is_speaker(doc, child):
            last = max(last, child.right_edge.i)
    if last < first or last - first > 12:
        return None
    return text_of(doc)[doc[first].idx : doc[last].idx + len(doc[last].text)]
