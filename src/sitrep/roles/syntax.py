"""Reading the dependency parse: the phrases a token governs, and the small parser's usual slips.

Every role rule asks the same questions of spaCy's tree (which child is the subject, what a
preposition governs, who the "by" agent is, which noun a noun trigger is counted by), so they are
answered once here; the rules themselves live in the modules that decide a role.
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

from ..eventtypes import trigger_type
from ..nlp import dependency_tree
from .words import REPORTING_LEMMAS

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "dative"}

# Sums a noun trigger is counted in: "250 million euros in military aid", "tons of food aid".
MONEY_NOUNS = {"dollar", "euro", "pound", "yen", "franc", "rupee", "riyal", "yuan", "million", "billion", "ton", "tonne",
               "worth", "package", "sum", "amount", "tranche", "shipment", "consignment"}

# Nouns that count or measure an event: "a round of talks", "a wave of arrests", "a series of raids".
MEASURE_NOUNS = {"round", "series", "wave", "spate", "string", "bout", "flurry", "burst", "campaign", "day", "week",
                 "month", "night", "hour", "number", "cycle", "resumption", "start", "continuation"}


def first_child_at(table, i: int, deps) -> Optional[int]:
    """Index of the first child of word `i` attached by one of `deps`, read from the Doc's dependency table
    (walking `Token.children` would build a Token per child)."""
    labels = table.deps
    return next((c for c in table.children[i] if labels[c] in deps), None)


def prep_objects(token: Token, preps: Iterable[str], tree=None) -> list[Token]:
    """Objects of the prepositions `preps` on `token`, in the order `preps` names them. `tree`: the Doc's table
    (nlp.dependency_tree), when the caller holds it (callers asking many times spare the look-up)."""
    wanted = tuple(preps)
    doc = token.doc
    # the children's indices and words from the doc's table: `token.children` builds a Token per child on every call
    if tree is None:
        tree = dependency_tree(doc)
    deps, lowers, children = tree.deps, tree.lowers, tree.children
    out: list[tuple[int, Token]] = []  # (rank of the preposition in `preps`, its object)
    for child in children[token.i]:
        # "granted asylum to X" parses "to" as a dative
        if deps[child] in ("prep", "dative") and lowers[child] in wanted:
            objects = [doc[c] for c in children[child] if deps[c] == "pobj"]
            out.extend((wanted.index(lowers[child]), o) for o in objects or _stranded_object(doc[child]))
    if not out:  # most calls: the word has none of these prepositions (no sort, no list built)
        return []
    if len(out) > 1:
        out.sort(key=lambda found: found[0])  # (stable: the objects of one preposition stay in text order)
    return [o for _, o in out]


def _stranded_object(prep: Token) -> list[Token]:
    """"sent food to three hamlets cut off there": the small parser left the preposition without
    an object and made the noun phrase after it the subject of the participle that follows."""
    if prep.i + 1 >= len(prep.doc):
        return []
    # "aid to refugees sheltering in camps": the parser made the phrase the subject of a participle under the preposition
    # (not "with X doing Y", a clause of its own)
    subjects = [s for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and prep.lower_ != "with" for s in c.children
                if s.dep_ == "nsubj" and s.left_edge.i == prep.i + 1 and s.pos_ in ("NOUN", "PROPN")]
    if subjects or any(c.dep_ == "pcomp" for c in prep.children):
        return subjects
    node = prep.doc[prep.i + 1]
    while node.head.i != node.i and node.head.left_edge.i == prep.i + 1 and node.head.pos_ in ("NOUN", "PROPN", "NUM"):
        node = node.head
    if node.left_edge.i == prep.i + 1 and node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("nsubj", "nsubjpass") \
            and node.head.i > node.i and node.head.pos_ == "VERB":
        return [node]
    return []


def gapped_passive(verb: Token) -> bool:
    """A participle coordinated with a passive that shares its auxiliary ("were killed and dozens wounded"):
    a passive too, though the small parser makes its patient ("dozens") an active subject."""
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and \
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
        any(c.dep_ in PASSIVE_SUBJECT_DEPS | {"auxpass"} for c in verb.head.children)


def agent_of(token: Token) -> Optional[Token]:
    """The head of a passive's "by X" agent, or None."""
    doc = token.doc
    # the children's indices and words from the doc's table: `token.children` builds a Token per child on every call
    tree = dependency_tree(doc)
    deps, lowers, children = tree.deps, tree.lowers, tree.children

    def first_object(prep: int) -> Optional[int]:
        return next((c for c in children[prep] if deps[c] == "pobj"), None)

    own = children[token.i]
    for child in own:
        if deps[child] == "agent":
            if misattached_by(token):
                return None
            agent = first_object(child)
            return doc[agent] if agent is not None else None
    # the small parser sometimes hangs a passive's "by X" as a plain preposition
    if any(deps[c] in ("auxpass", "nsubjpass") for c in own):
        for child in own:
            if deps[child] == "prep" and lowers[child] == "by":
                agent = first_object(child)
                return doc[agent] if agent is not None else None
        # ... or on the noun before it ("was issued to the chemist by the French consulate"): a
        # named body or state, not a means ("sent to the ministry by courier")
        for child in own:
            noun = first_object(child) if deps[child] in ("prep", "dative") else None
            by = next((c for c in children[noun] if deps[c] == "prep" and lowers[c] == "by"), None) if noun is not None else None
            doer = first_object(by) if by is not None else None
            if doer is not None and any(t.ent_type_ in _DOER_ENTITIES for t in doc[doer].subtree):
                return doc[doer]
    return None


_DOER_ENTITIES = {"ORG", "GPE", "NORP", "PERSON"}


def misattached_by(verb: Token, subject_needed: bool = True) -> bool:
    """"Police broke up a march by striking teachers": an active verb with a subject and an act as its
    object has no agent; the small parser hung the act's "by" phrase on it ("soldiers held hostage by
    militants" is a passive participle the tagger read as a past tense). Without `subject_needed`, a verb
    whose subject is elsewhere counts too ("marched to denounce the killing of X by Y")."""
    # children and labels by index from the doc's table: a Token is built only for an object whose type is asked
    tree = dependency_tree(verb.doc)
    deps, children = tree.deps, tree.children[verb.i]
    return (not subject_needed or any(deps[c] in SUBJECT_DEPS for c in children)) and \
        not any(deps[c] in ("auxpass", "nsubjpass") for c in children) and \
        any(deps[c] in ("dobj", "obj") and tree.pos[c] == "NOUN" and trigger_type(verb.doc[c]) is not None for c in children)


def by_objects(verb: Token) -> list[Token]:
    """Objects of the "by" phrases hung on `verb`, whatever the parser called them."""
    tree = dependency_tree(verb.doc)  # (by index: a Token only for each object returned)
    deps, children = tree.deps, tree.children
    return [verb.doc[p] for c in children[verb.i] if deps[c] in ("agent", "prep") and tree.lowers[c] == "by"
            for p in children[c] if deps[p] == "pobj"]


def headless_participle(trigger: Token) -> bool:
    """"Ethiopian forces massed on the frontier": a sentence with no verb of its own but a participle on
    its root noun is a misparsed clause, whose noun is the doer (with "by X" it is a caption: done-to)."""
    return (trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.dep_ == "ROOT"
            and trigger.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "agent" or c.lower_ == "by" for c in trigger.children))


def noun_phrase_head(noun: Token) -> Token:
    """The head of the noun compound a noun trigger modifies ("mediation" in "a mediation effort"), or
    of the measure it is counted by ("a new round of talks", "a wave of arrests"), or of the phrase
    whose modifiers the small parser split into conjuncts ("a trade and arms embargo")."""
    # walked on the doc's table: `token.head` builds a new Token on every call
    tree = dependency_tree(noun.doc)
    heads, deps, lowers, lemmas, pos = tree.heads, tree.deps, tree.lowers, tree.lemmas, tree.pos
    i = noun.i
    for _ in range(4):
        head = heads[i]
        if deps[i] == "compound" and pos[head] in ("NOUN", "PROPN") and head != i:
            i = head
        elif deps[i] == "pobj" and lowers[head] == "of" and lemmas[heads[head]] in MEASURE_NOUNS:
            i = heads[head]
        elif deps[i] == "pobj" and lowers[head] in ("in", "of") and lemmas[heads[head]] in MONEY_NOUNS:
            i = heads[head]  # "pledged 250 million euros in military aid"
        elif deps[i] == "conj" and pos[head] == "NOUN" and head < i and \
                not any(deps[c] == "det" for c in tree.children[i]):
            i = head  # "imposed a trade and arms embargo on X": the small parser split the modifiers
        else:
            break
    return noun if i == noun.i else noun.doc[i]


def misattached_verb(verb: Token) -> bool:
    """A finite verb the small parser hung on its own subject as a modifier: "The EU, which ...,
    called on X" (a past tense "acl" of the root noun), "Bandits killed forty villagers, police said"
    (a participle with a direct object and no "by" is active, so its noun is the doer)."""
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB":
        return False
    tree = dependency_tree(verb.doc)  # (children by index: no Token per child)
    deps, children = tree.deps, tree.children
    if verb.i < tree.heads[verb.i] or any(deps[c] in ("mark", "aux", "auxpass") for c in children[verb.i]):
        return False
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    # "the opposition alliance demanded on Friday that X ...": a that-clause is an object too
    return verb.tag_ == "VBN" and agent_of(verb) is None and any(
        deps[c] in ("dobj", "obj") or deps[c] == "ccomp" and any(deps[m] == "mark" and tree.lowers[m] == "that" for m in children[c])
        for c in children[verb.i])


# Texts whose content is the act ("a resolution calling for X to leave"), and verbs of adopting them
DOCUMENTS = {"resolution", "motion", "statement", "communique", "communiqué", "declaration", "report", "letter", "bill",
             "decree", "text", "document", "note", "memorandum", "petition", "appeal"}
ADOPTING = {"vote", "pass", "adopt", "approve", "issue", "publish", "release", "table", "sponsor", "draft", "send",
            "deliver", "unveil", "circulate", "introduce", "endorse", "carry"}


def adopting_verb(verb: Token) -> Optional[Token]:
    """The verb of adopting a text whose participle clause `verb` is ("voted for a resolution
    calling for X to leave", "issued a statement condemning Y"), or None."""
    if verb.pos_ != "VERB" or verb.dep_ != "acl" or verb.head.lemma_.lower() not in DOCUMENTS:
        return None
    text = verb.head
    adopting = text.head.head if text.dep_ == "pobj" and text.head.lower_ == "for" else text.head
    if text.dep_ not in ("dobj", "obj", "pobj", "nsubjpass") or adopting.pos_ != "VERB":
        return None
    return adopting if adopting.lemma_.lower() in ADOPTING else None


def speaker_conjunct(noun: Token) -> bool:
    """A trailing speaker the small parser joined to the phrase before it as a conjunct: "... killed scores of
    farmers, rescue workers at the site said" ("rescue workers" a conjunct of "scores"), right before a verb of
    saying left with no subject."""
    if noun.dep_ != "conj" or noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return False
    after = noun.right_edge.i + 1
    if after >= len(noun.doc):
        return False
    verb = noun.doc[after]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_LEMMAS and \
        not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
