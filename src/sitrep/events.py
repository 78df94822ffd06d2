"""From a parsed article and its mentions to events: who did what to whom, where, when, how many,
according to whom. Each event is anchored on a trigger word; every field is a span of the text.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from typing import Iterable, Optional, Sequence

from spacy.tokens import Doc, Span as SpacySpan, Token

from .nlp import DependencyTree, dependency_tree, doc_memo, sentence_of, sentence_spans, text_of
from . import acled, eventtypes, figures, modality, roles
from .models import Actor, Article, DateValue, Event, Figure, Location, Span
from .places import source_seat
from .sources import Attribution, sources_for

PLACE_PRECISION_RANK = {"exact": 0, "district": 1, "admin2": 2, "admin1": 3, "country": 4}


@dataclass
class Mentions:
    """What the mention stages found in one article."""

    places: list[Location] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    dateline_place: Optional[Span] = None
    country_hint: Optional[str] = None  # ISO alpha-3 of the article's main country


def event_id(article_id: str, trigger: Span) -> str:
    """Stable across runs and machines: the same trigger in the same article is the same event."""
    key = f"{article_id}:{trigger.start}:{trigger.end}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span(text=text_of(doc)[start:end], start=start, end=end)


# words opening a clause of an earlier or later event: "two years after rebels seized the town in 2020"
TEMPORAL_MARKS = frozenset({"after", "before", "since", "until", "till"})


def _temporal_clause(tree: DependencyTree, i: int) -> bool:
    """A clause opened by after/before/since/until: "after rebels seized the town", "before signing"."""
    if tree.deps[i] == "advcl":
        return any(tree.deps[c] == "mark" and tree.lowers[c] in TEMPORAL_MARKS for c in tree.children[i])
    return tree.deps[i] == "pcomp" and tree.lowers[tree.heads[i]] in TEMPORAL_MARKS


def _clauses_above(token: Token) -> list[Token]:
    """The clauses `token` sits in that tell another event than their head's, innermost first: relative
    clauses, and clauses opened by after/before/since/until ("after rebels seized", "before signing")."""
    # walked on the table by index (each `.head` builds a new Token); Tokens only for the clauses found
    doc = token.doc
    tree = dependency_tree(doc)
    clauses = []
    node = token.i
    while tree.heads[node] != node:
        if tree.deps[node] == "relcl" or _temporal_clause(tree, node):
            clauses.append(doc[node])
        node = tree.heads[node]
    return clauses


def date_for(trigger: Token, dates: list[DateValue],
             sentence_chars: Optional[tuple[int, int]] = None) -> Optional[DateValue]:
    """The date of the event `trigger` reports: the nearest date of its sentence that is not inside a
    relative clause describing something else, nor inside a clause of an earlier or later event. In "as part
    of an agreement that ended the clashes in July, soldiers entered the district", July dates the clashes,
    not the entry; in "the killings, in which gunmen shot four men in July 1998", it still dates the killings
    the clause describes; in "the attack came a year after rebels took the town in 2020", 2020 dates the
    taking only. `sentence_chars`: the character bounds of the trigger's sentence, when the caller has them."""
    if sentence_chars is None:
        sentence = sentence_of(trigger)
        sentence_chars = sentence.start_char, sentence.end_char
    start, end = sentence_chars
    doc = trigger.doc
    tree = dependency_tree(doc)
    # one walk by index from the trigger to the root (`Token.head` and `is_ancestor` build a Token per step):
    # the words holding the trigger, and the innermost after/before/since clause it is told in
    holding = {trigger.i}
    own = None
    node = trigger.i
    while tree.heads[node] != node:
        if own is None and _temporal_clause(tree, node):
            own = doc[node]
        node = tree.heads[node]
        holding.add(node)
    # an event told inside an after/before/since clause takes only the dates of that clause
    if own is not None:
        start, end = own.left_edge.idx, own.right_edge.idx + len(own.right_edge)
    usable = []
    for date in dates:
        if not start <= date.start < end:
            continue
        clauses = _clauses_above_date(doc, date)
        # usable when every clause it sits in holds the trigger or describes the trigger's noun
        if all(c.i in holding or (tree.heads[c.i] == trigger.i and tree.deps[c.i] == "relcl")
               for c in clauses):
            usable.append(date)
    return min(usable, key=lambda d: abs(d.start - trigger.idx)) if usable else None


def _clauses_above_date(doc: Doc, date: DateValue) -> list[Token]:
    """`_clauses_above` the root of a date's words, found once per date and Doc (cached in doc.user_data):
    each event of a sentence asks it of every date of the sentence."""
    found = doc_memo(doc, "sitrep_date_clauses")
    key = (date.start, date.end)
    clauses = found.get(key)
    if clauses is None:
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        clauses = found[key] = _clauses_above(span.root) if span is not None else []
    return clauses


def _is_dateline(place: Location, dateline_place: Optional[Span]) -> bool:
    return dateline_place is not None and place.start < dateline_place.end and dateline_place.start < place.end


def _source_seat(place: Location, text: str) -> bool:
    """"Geneva-based", "a London based group": where a source sits, not where anything happened."""
    return bool(text) and source_seat(text, place.end)


def _in_source_name(place: Location, attributions: Sequence[Attribution]) -> bool:
    """A place inside the words naming a source ("the Beirut office of the monitor said")."""
    return any(a.source.start <= place.start and place.end <= a.source.end for a in attributions)


def main_place(places: list[Location], dateline_place: Optional[Span], text: str = "",
               attributions: Sequence[Attribution] = ()) -> Optional[Location]:
    """The article's main place: the most mentioned resolved place below country level, not the dateline,
    never a source's seat ("the Geneva-based monitor") and a place inside a source's name only when the
    article names no other."""
    candidates = [p for p in places if p.geonameid is not None and not _is_dateline(p, dateline_place)
                  and not _source_seat(p, text)]
    candidates = [p for p in candidates if not _in_source_name(p, attributions)] or candidates
    if not candidates:
        return None
    finer = [p for p in candidates if p.precision != "country"] or candidates
    counts = Counter(p.geonameid for p in finer)
    best_id, _ = counts.most_common(1)[0]
    return next(p for p in finer if p.geonameid == best_id)


def _usable_places(text: str, sentence_chars: tuple[int, int], mentions: Mentions) -> list[Location]:
    """The sentence's places an event may take: resolved, not the dateline's, not a source's seat; any not
    inside a source's name ("the Beirut office of the monitor said") before those that are. Found once per
    sentence: the same for each of its events."""
    start, end = sentence_chars
    # the sentence's places first (two comparisons), then the usable ones (a regex each): the same places
    # as filtering the article's first, without a source-seat search per place of the article per event
    in_sentence = [p for p in mentions.places if start <= p.start < end and p.geonameid is not None
                   and not _is_dateline(p, mentions.dateline_place) and not _source_seat(p, text)]
    return [p for p in in_sentence if not _in_source_name(p, mentions.attributions)] or in_sentence


def _location_for(trigger: Token, places: list[Location], fallback: Optional[Location],
                  actor1: Optional[Actor] = None):
    """The trigger's place among its sentence's usable `places` (from `_usable_places`), else `fallback`."""
    if actor1 is not None:
        # a state acting ("Iraq's invasion of Kuwait") is the doer, not where it happened, when the
        # sentence names another place
        elsewhere = [p for p in places
                     if not (p.precision == "country" and p.start < actor1.end and actor1.start < p.end)]
        places = elsewhere or places
    if places:
        subtree = _subtree_offsets(trigger)
        attached = [p for p in places if p.start in subtree]
        pool = attached or places
        # prefer the most precise place, then the nearest to the trigger
        return min(pool, key=lambda p: (PLACE_PRECISION_RANK.get(p.precision, 5), abs(p.start - trigger.idx)))
    return fallback


def _subtree_offsets(token: Token) -> set[int]:
    """The character offsets of the words of `token.subtree`, read from the Doc's dependency table
    (`token.subtree` builds a Token per word)."""
    tree = dependency_tree(token.doc)
    return {tree.starts[k] for k in tree.subtree(token.i)}


def _confidence(event: Event) -> float:
    score = 0.3
    score += 0.15 if event.actor1 else 0.0
    score += 0.1 if event.actor2 else 0.0
    score += 0.15 if event.location else 0.0
    score += 0.1 if event.date else 0.0
    score += 0.1 if event.sources else 0.0
    score += 0.1 if event.modality == "asserted" else 0.0
    return round(min(score, 1.0), 2)


def _subsumed(token: Token, triggers: set[int]) -> bool:
    """A trigger that only describes another event of its sentence is not an event of its own:
    "a Russian-brokered ceasefire agreement" is one agreement, and "entered the city as part of a deal"
    is an entry whose circumstance is the deal. A past tense the parser took for a modifier of its own
    object ("the emir voiced support for ...") is the sentence's verb, not a description."""
    if token.dep_ == "amod" and eventtypes.verb_read_as_modifier(token) is not None:
        return False
    # read from the table by index: each `.head` builds a new Token
    tree = dependency_tree(token.doc)
    heads, deps, tags = tree.heads, tree.deps, tree.pos
    i = token.i
    dep, tag, head = deps[i], tags[i], heads[i]
    if dep in {"amod", "compound"} and head in triggers:
        return True
    if tag == "NOUN" and dep in {"amod", "compound", "nmod"} and head in triggers:
        return True
    if tag in {"NOUN", "PROPN"}:
        # walk up through prepositional attachments only; stop at the first verb
        node = i
        while deps[node] in {"pobj", "prep", "compound", "amod", "nmod"} or (deps[node] == "conj" and tags[node] == "NOUN"):
            node = heads[node]
            if node in triggers and tags[node] in {"VERB", "AUX"}:
                return True
            if tags[node] == "VERB" or heads[node] == node:
                break
    if tag == "VERB" and dep == "amod" and tags[head] in {"NOUN", "PROPN"}:
        return True  # "Russian-brokered": a modifier, not a clause of its own
    return False


# verbs telling casualties: with no doer named, the blast or attack they are told "in" is the event
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim", "die", "perish"})
CAUSE_PREPOSITIONS = frozenset({"in", "during"})


def _doer(verb: Token) -> Optional[Token]:
    """Who a casualty verb says did it: the subject of "killed/wounded" (not of "died"), or its "by" agent;
    a coordinated verb with no subject of its own shares its head's ("gunmen killed four and wounded two")."""
    clause = verb
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        clause = verb.head
    # "were killed and three wounded": the second passive's "be" left out, its subject is a victim too
    gapped = clause.dep_ == "conj" and any(c.dep_ == "auxpass" for c in clause.head.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children)
    if clause.lemma_.lower() not in ("die", "perish") and not gapped:
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return next((p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def _cause_of_casualties(verb: Token, kinds: dict[int, str]) -> Optional[int]:
    """The attack a casualty verb counts the victims of: "two men died and five were hurt in the
    explosion", "two guards were killed in an attack" and "the blast killed five" are the blast or the attack
    (ASSAULT), with their figures; "gunmen killed four farmers in the raid" names a doer, and stays the
    killing. The cause may hang on a coordinated clause ("were killed and ... wounded in the blast")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CASUALTY_VERBS:
        return None
    doer = _doer(verb)
    if doer is not None:
        return doer.i if doer.pos_ == "NOUN" and kinds.get(doer.i) == "ASSAULT" else None
    for clause in [verb, *verb.conjuncts]:
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPOSITIONS):
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and kinds.get(noun.i) == "ASSAULT":
                    return noun.i
        for when in (c for c in clause.children if c.dep_ == "advcl"):
            if not any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in when.children):
                continue
            # "... were injured when a mortar round hit the market", "... when a car bomb exploded"
            for act in (when, *(c for c in when.children if c.dep_ == "nsubj")):
                if kinds.get(act.i) == "ASSAULT":
                    return act.i
    return None


# Nouns that name an act already told when a definite determiner points back to it ("the attack", "this raid")
RETELLING_NOUNS = frozenset({
    "attack", "assault", "ambush", "raid", "strike", "airstrike", "blast", "explosion", "bombing", "bombardment",
    "shelling", "shooting", "killing", "massacre", "incident", "clash", "fighting", "violence", "arrest",
    "detention", "abduction", "kidnapping", "protest", "demonstration", "operation", "offensive",
})
POINTING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# an earlier event of one of these modalities did not happen as told: a later "the attack" is news of its own
UNREAL_MODALITIES = frozenset({"planned", "conditional", "denied"})


def _retold(token: Token, kind: eventtypes.TriggerType, *earlier: Iterable[Event]) -> bool:
    """"Officials gave no word on the raid", "the assault came days after ...": a definite event noun
    with no words of its own (no doer, target, place or date: a determiner and plain adjectives only) after
    an act of its PLOVER type or CAMEO root is that act told again, not a new event."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in RETELLING_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS for c in token.children):
        return False
    if any(c.dep_ not in ("det", "amod", "punct") or (c.dep_ == "amod" and (c.pos_ != "ADJ" or c.ent_type_))
           for c in token.children):
        return False  # "the Russian attack", "the attack on the base", "the attack in May": words of its own
    return any(e.modality not in UNREAL_MODALITIES
               and (e.plover_type == kind.plover_type or (kind.cameo_root and e.cameo_root == kind.cameo_root))
               for e in chain(*earlier))


def _outside_speaker(token: Token, actor1: Optional[Actor]) -> Optional[Actor]:
    """Whoever comments on, confirms, condemns or investigates an act is not its doer: "the ministry would
    not comment on the raid" tells no raid by the ministry."""
    verb = modality.spoken_of(token) if actor1 is not None else None
    if verb is None:
        return actor1
    speakers = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)  # "declined to comment on the raid"
    for subject in (c for v in speakers for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        left, right = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        if left <= actor1.start < right:
            return None
    return actor1


def build_events(doc: Doc, article: Article, mentions: Mentions) -> list[Event]:
    """One event per trigger word, with its fields filled from the mentions of its sentence."""
    events: list[Event] = []
    fallback_place = main_place(mentions.places, mentions.dateline_place, text_of(doc), mentions.attributions)
    published: Optional[datetime] = article.published
    # the events of the last sentence that had any, while at most one eventless sentence followed it
    previous: list[Event] = []
    gap = 0
    for sentence in sentence_spans(doc):  # (the Spans sentence_of shares: doc.sents builds them anew)
        triggers = eventtypes.typed_triggers(sentence)
        if not triggers:
            previous, gap = _give_toll(doc, sentence, mentions.figures, previous, gap)
            continue
        trigger_ids = {tok.i for tok, _ in triggers}
        kinds = {tok.i: kind.plover_type for tok, kind in triggers}
        causes = {tok.i: cause for tok, _ in triggers if (cause := _cause_of_casualties(tok, kinds)) is not None}
        kept = set(causes.values())
        triggers = [(tok, kind) for tok, kind in triggers
                    if tok.i not in causes and (tok.i in kept or not _subsumed(tok, trigger_ids))]
        # read once: Span.start_char/end_char/text rebuild Token objects on every access
        start, end = sentence.start_char, sentence.end_char
        sentence_text = text_of(doc)[start:end]
        sentence_figures = [f for f in mentions.figures if start <= f.start < end]
        sentence_places = _usable_places(text_of(doc), (start, end), mentions)
        sentence_events: dict[int, Event] = {}
        for token, kind in triggers:
            date = date_for(token, mentions.dates, (start, end))
            # the cause of casualties counted in its sentence ("the blast killed five") brings figures of its own
            if date is None and token.i not in kept and _retold(token, kind, events, sentence_events.values()):
                continue
            trigger = _span(doc, token.idx, token.idx + len(token.text))
            actor1, actor2 = roles.participants(token, mentions.country_hint)
            actor1 = _outside_speaker(token, actor1)
            sources = sources_for(mentions.attributions, token.idx, token.idx + len(token.text))
            event = Event(
                id=event_id(article.id, trigger),
                article_id=article.id,
                sentence=_span(doc, start, end),
                trigger=trigger,
                plover_type=kind.plover_type,
                plover_mode=kind.plover_mode,
                cameo_root=kind.cameo_root,
                actor1=actor1,
                actor2=actor2,
                location=_location_for(token, sentence_places, fallback_place, actor1),
                date=date,
                figures=sentence_figures,
                sources=sources,
                modality=modality.modality_of(token, published, date),
            )
            event_type, sub_event_type = acled.acled_type(sentence_text, kind.plover_type)
            event.acled_event_type, event.acled_sub_event_type = event_type, sub_event_type
            sentence_events[token.i] = event
        for token in (t for t, _ in triggers if t.i in sentence_events):
            _inherit_modality(token, sentence_events)
            _leave_arrests_to_their_act(token, sentence_events)
        for event in sentence_events.values():
            event.confidence = _confidence(event)
            events.append(event)
        if sentence_events:
            previous, gap = list(sentence_events.values()), 0
        else:
            previous, gap = _give_toll(doc, sentence, mentions.figures, previous, gap)
    return _without_headline_repeats(doc, events)


def _headline_end(doc: Doc) -> int:
    """The end of a headline that is a noun phrase on a line of its own ("Fighting in Marib",
    "Clashes near Tripoli"): no finite verb, no closing stop. 0 when the article starts otherwise."""
    text = text_of(doc)
    end = text.find("\n")
    line = text[:end].rstrip() if end > 0 else ""
    if not line or len(line) > 120 or line[-1] in ".!?:;\"'”":
        return 0
    for token in doc:  # the headline's few words only
        if token.idx >= len(line):
            break
        if "Fin" in token.morph.get("VerbForm"):
            return 0  # "Militias clash near Tripoli": a sentence of its own
    return len(line)


def _same_place(a: Optional[Location], b: Optional[Location]) -> bool:
    if a is None or b is None:
        return True
    return a.geonameid == b.geonameid if a.geonameid and b.geonameid else (a.name or a.text) == (b.name or b.text)


def _without_headline_repeats(doc: Doc, events: list[Event]) -> list[Event]:
    """A noun-phrase headline's event that the lead reports ("Fighting in Marib" over "Houthi fighters
    clashed with troops near Marib") is the lead's event, not one more: the headline's is dropped when
    the lead's sentence has an event of its PLOVER type at the same place (or either has none)."""
    if len(events) < 2 or "\n" not in text_of(doc)[:122]:
        return events
    end = _headline_end(doc)
    if not end:
        return events
    headline = [e for e in events if e.trigger.start < end]
    rest = [e for e in events if e.trigger.start >= end]
    if not headline or not rest:
        return events
    lead = [e for e in rest if e.sentence.start == rest[0].sentence.start]
    repeats = {id(h) for h in headline if any(
        h.plover_type == e.plover_type and _same_place(h.location, e.location) for e in lead)}
    return [e for e in events if id(e) not in repeats]


_TOLL = re.compile(r"\btolls?\b", re.IGNORECASE)


def _give_toll(doc: Doc, sentence: SpacySpan, found: list[Figure], previous: list[Event],
               gap: int) -> tuple[list[Event], int]:
    """A toll told in a sentence of its own ("Police put the toll at 21 dead.", "The toll stood at nine.")
    counts the casualties of the attack told just before it: its killed and injured figures go to the assaults
    of the sentence before, or of the one before that (a sentence with events of its own keeps its figures to
    them). Returns the events a toll in the next sentence may still go to (none after a second sentence) and
    the eventless sentences since them."""
    if not previous:
        return previous, gap
    assaults = [e for e in previous if e.plover_type == "ASSAULT"]
    start, end = sentence.start_char, sentence.end_char
    toll = [f for f in found if start <= f.start < end and f.kind in ("killed", "injured")]
    if assaults and toll and _TOLL.search(text_of(doc), start, end):
        for event in assaults:
            event.figures = event.figures + [f for f in toll if f not in event.figures]
    # one eventless sentence may stand between the attack and its toll, no more
    return ([], 0) if gap >= 1 else (previous, gap + 1)


ARREST_WORDS = frozenset(word for word, kind in figures.KIND_OF.items() if kind == "arrested")


def _leave_arrests_to_their_act(token: Token, sentence_events: dict[int, Event]) -> None:
    """An arrest count belongs to the detaining act ("fired tear gas and detained dozens"): every figure of a
    sentence goes to each of its events, but not to an act conjoined with a detaining verb that has an event
    of its own (without one, the count stays, or it would be lost)."""
    event = sentence_events[token.i]
    if token.lemma_.lower() in ARREST_WORDS or token.lower_ in ARREST_WORDS or \
            not any(f.kind == "arrested" for f in event.figures):
        return
    doc = token.doc
    kept = []
    for figure in event.figures:
        verb = _governing_verb(doc, figure.start, figure.end) if figure.kind == "arrested" else None
        if verb is not None and verb.i != token.i and verb.lemma_.lower() in ARREST_WORDS \
                and verb.i in sentence_events and _conjoined(verb, token):
            continue
        kept.append(figure)
    event.figures = kept


def _governing_verb(doc: Doc, start: int, end: int) -> Optional[Token]:
    """The verb a figure's phrase hangs on ("detained dozens of students": "detained")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    for _ in range(3):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _conjoined(a: Token, b: Token) -> bool:
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i) or (
        a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i)


def _inherit_modality(token: Token, sentence_events: dict[int, Event]) -> None:
    """An action inside a relative clause describes who the main clause is about: "those who refuse
    to surrender must be evacuated" states no refusal that happened, only a condition. Such a trigger
    takes the main event's modality when that one is not asserted."""
    event = sentence_events[token.i]
    if event.modality != "asserted":
        return
    tree = dependency_tree(token.doc)  # walked by index: each `.head` builds a new Token
    heads, deps = tree.heads, tree.deps
    node = token.i
    for _ in range(3):  # "who refuse to surrender": surrender -> refuse (relcl) -> those
        if deps[node] == "relcl":
            break
        if heads[node] == node:
            return
        node = heads[node]
    else:
        return
    if deps[node] != "relcl":
        return
    governor = heads[heads[node]]  # the noun the clause describes, then the verb that noun belongs to
    main = sentence_events.get(governor)
    if main is not None and main.modality in {"planned", "conditional", "denied"}:
        event.modality = main.modality
