"""Reading multi-word keys of the lexicon around a verb: verb+object/particle/preposition phrases
("open fire", "hand over") and idioms whose words sit among the verb's near dependents
("pull the plug on"), and the word forms a key may be written in.
"""
from __future__ import annotations

from typing import Optional

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string

from ..nlp import dependency_tree
from .loader import RECEIVING_VERBS, Entry


def hyphened_word(token) -> str:
    """"sit-in" for the "in" of sit, -, in (the tokenizer splits hyphenated nouns), else ""."""
    i = token.i
    doc = token.doc
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 1].idx + 1 == token.idx:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return ""


# last parts of hyphenated nouns the tokenizer splits: "sit-in", "call-up", "walk-out"
_SPLIT_ENDINGS = {"in", "up", "out", "off", "down"}


QUANTITIES = {"thousand", "hundred", "dozen", "million", "billion", "ton", "tonne", "kg", "kilogram", "number", "lot",
               "batch", "consignment", "load", "cargo", "convoy", "truckload", "planeload", "shipment", "quantity",
               "amount", "worth", "unit", "score", "wave", "round", "series",
               # "expelled members of the mission", "freed the crew of the ship": the group stands for its people
               "member", "staff", "personnel", "team", "crew", "group"}
# nouns of someone's coming or being somewhere: what they are "of" stands for them
_MOVES = {"deployment", "presence", "entry", "return", "arrival", "stationing", "dispatch"}
# a share of a thing stands for the thing: "returned part of the archives", "the rest of the files"
_SHARES = {"part", "portion", "rest", "remainder", "bulk", "some"}
_PARTICLES = {"up", "down", "out", "off", "over", "back", "in", "away", "on", "aside"}


def verb_phrase(token, lemma: str, phrases: dict[str, Entry]) -> Optional[Entry]:
    """The phrase entry of a verb with an object, particle or preposition, most direct link first:
    the object beats the particle ("handed over the suspect to the court" is judicial cooperation,
    "handed over the town" a withdrawal)."""
    # the walk reads the Doc's table by index: `token.children` would build a Token for every word visited
    tree = dependency_tree(token.doc)
    deps, kids, lemmas, lowers, pos = tree.deps, tree.children, tree.lemmas, tree.lowers, tree.pos
    children = kids[token.i]
    after = token.i + 1
    particle = [after] if after < len(deps) and pos[after] in ("ADP", "ADV", "PART") else []
    objects = [c for c in children if deps[c] in ("dobj", "obj", "nsubjpass")] or [
        t.i for t in _object_after_aside(token)]
    objects += counted_at(tree, objects)
    objects += _shared_at(tree, objects)
    # "accepted the deployment of peacekeepers", "acquiesced to the return of the monitors": who is let in
    movers = [o for o in objects if lemmas[o] in _MOVES] + [
        p for c in children if deps[c] in ("prep", "dative") for p in kids[c] if deps[p] == "pobj" and lemmas[p] in _MOVES]
    moved = [p for o in movers for c in kids[o] if deps[c] == "prep" and lowers[c] == "of"
             for p in kids[c] if deps[p] == "pobj"]
    objects += moved + [m for p in moved for m in kids[p] if deps[m] in ("amod", "compound")]  # "a peacekeeping force"
    # a name's title stands for the person: "received Chilean President Ana Torres" (receive president)
    # (a capitalised title is a PROPN: "Foreign Minister Penny Wong was received by ...")
    objects += [c for o in objects if pos[o] == "PROPN" for c in kids[o] if deps[c] == "compound" and pos[c] in ("NOUN", "PROPN")]
    ranked = (
        objects,
        # particles the small parser attaches as adverbs or elsewhere ("pulled back", "handed over five soldiers")
        # (any adverb: "worked together", "worked closely"; a key needs the pair, so others never match)
        # ("were set free": the parser may read the adjective as the passive's predicate, an oprd)
        # ("said sorry": the adjective a complement, an acomp)
        [c for c in children if deps[c] in ("prt", "advmod", "acomp") or (
            deps[c] == "oprd" and not any(deps[n] == "neg" for n in kids[c]))]
        + [p for p in particle if lowers[p] in _PARTICLES]
        + [c for c in children if deps[c] == "intj"],  # "said no to the plan"
        # "fire at", "test-fired" (the small parser's npadvmod); "drove thousands from X" (hung on the object)
        # (a preposition spelt like a particle, with its own object, reads as one only when the verb has
        # none: "took over the town", "pulled its troops out of X", not "took X to court over the mining")
        [c for c in children if deps[c] in ("prep", "dative", "npadvmod") and not (
            objects and lowers[c] in _PARTICLES and any(deps[g] == "pobj" for g in kids[c]))]
        + [c for o in objects for c in kids[o] if deps[c] == "prep"],
    )
    for group in ranked:
        for child in group:
            for word in word_forms_at(tree, child):
                entry = phrases.get(f"{lemma} {word}")
                if entry is not None:
                    return entry
    # what one receives "from" someone comes from the giver: "received a letter from the president" receives no president
    giving = lemma in RECEIVING_VERBS
    for child in children:
        linked = []
        dep = deps[child]
        if dep in ("dobj", "obj"):
            # "ended mediation efforts", "imposed a state of emergency": the object's modifier
            # ("held a sit-in outside the ministry": the parser hangs the act on the place as a modifier)
            # ("suspended Twitter's operations": a possessor names the thing too)
            # (not on a tie between parties: "expanded defence ties" builds no defences, "boosted military
            # cooperation" sends no troops)
            linked = [m for m in kids[child] if deps[m] in ("compound", "amod", "nmod", "poss")
                      ] if lemmas[child] not in _RELATIONS else []
            # "returned the files and the land": a coordinated object
            linked += [c for c in kids[child] if deps[c] == "conj"]
            # "stripped the leader of her citizenship": the object's own phrase (hung there by the parser)
            linked += [p for c in kids[child] if deps[c] == "prep" and not (lowers[c] == "from" and giving)
                       for p in kids[c] if deps[p] == "pobj"]
        elif dep in ("prep", "dative") and not (lowers[child] == "from" and giving) and lowers[child] not in _OCCASIONS:
            # "agreed to the demand", "lifted the ban on": the preposition's object
            linked = [c for c in kids[child] if deps[c] == "pobj"]
            # "drafted in thousands of police": a particle read as a preposition, its counted object the object
            linked += counted_at(tree, linked) if lowers[child] == "in" else []
            # "gave back to Oslo some of the maps": a share of something put after the recipient is the object
            linked += _shared_at(tree, linked)
        elif dep in ("ccomp", "xcomp"):
            # "allowed inspectors to return": the complement's subject is the verb's object
            linked = [c for c in kids[child] if deps[c] in ("nsubj", "nsubjpass")]
            # "let a relief convoy through": the parser may make the object itself the complement
            linked += [child] if pos[child] == "NOUN" else []
        for word in (w for m in linked for w in word_forms_at(tree, m)):
            entry = phrases.get(f"{lemma} {word}")
            if entry is not None:
                return entry
    return None


def word_forms_at(tree, i: int) -> tuple[str, ...]:
    """The forms a phrase key may write the word at index `i` in, read from the Doc's table (no Token built):
    its lemma and its lower-cased form ("impose sanctions", "send supplies"), a preposition by its spelling only
    ("according" (to) is no "accord"), and a split hyphenated noun whole ("broke up a sit-in")."""
    lemma, lower = tree.lemmas[i], tree.lowers[i]
    if tree.deps[i] == "prep":
        return (lower,)
    forms = (lemma,) if lemma == lower else (lemma, lower)
    if lower in _SPLIT_ENDINGS and i >= 2 and tree.texts[i - 1] == "-" and tree.starts[i - 1] + 1 == tree.starts[i]:
        return (*forms, f"{tree.lowers[i - 2]}-{lower}")  # as hyphened_word
    return forms


def counted_at(tree, nouns: list[int]) -> list[int]:
    """What the quantities among `nouns` (indices on the Doc's table) count, which stands for them as an object:
    "delivered 40 tonnes of flour", "moved thousands of troops"."""
    deps, kids = tree.deps, tree.children
    return [p for o in nouns if tree.lemmas[o] in QUANTITIES or any(deps[c] == "nummod" for c in kids[o])
            for c in kids[o] if deps[c] == "prep" and tree.lowers[c] == "of" for p in kids[c] if deps[p] == "pobj"]


def _shared_at(tree, nouns: list[int]) -> list[int]:
    """What the shares among `nouns` (indices on the Doc's table) are part of, which stands for them as an object:
    "returned part of the archives", "gave back some of the maps"."""
    deps, kids = tree.deps, tree.children
    return [p for o in nouns if tree.lemmas[o] in _SHARES
            for c in kids[o] if deps[c] == "prep" and tree.lowers[c] == "of" for p in kids[c] if deps[p] == "pobj"]


# prepositions of a cause or a time: what follows is why or when, not what is acted on ("suspended loans over the
# media law" suspends no law, "suspended exchanges after the bombing" halts no bombing)
_OCCASIONS = {"over", "after", "amid", "despite", "following", "before", "during", "since", "until", "because"}


# ties between parties: a modifier names their field ("defence ties", "military cooperation"), not the thing acted on
_RELATIONS = {"tie", "ties", "link", "links", "relation", "relations", "cooperation", "co-operation", "partnership",
              "alliance", "contact", "contacts"}


def _object_after_aside(verb) -> list:
    """"is about to renew, it appears, normal ties with X": a short aside between commas right after a verb
    leaves its object unattached (the small parser hangs it elsewhere); the noun after the aside is the object."""
    doc = verb.doc
    i = verb.i + 1
    if i >= len(doc) or doc[i].text != "," or verb.pos_ != "VERB":
        return []
    close = next((j for j in range(i + 2, min(i + 6, len(doc))) if doc[j].text == ","), None)
    if close is None or not any(doc[j].pos_ in ("VERB", "AUX") for j in range(i + 1, close)):
        return []
    for j in range(close + 1, min(close + 5, len(doc))):
        if doc[j].pos_ in ("NOUN", "PROPN"):
            return [doc[j]]
        if doc[j].pos_ not in ("DET", "ADJ", "NUM", "PUNCT", "CCONJ"):
            break
    return []


# links from a verb to the words of an idiom: its object, particle, preposition and their own
# modifiers and objects ("gave short shrift to", "threw its weight behind", "sent X packing")
_IDIOM_LINKS = {"dobj", "obj", "prt", "prep", "dative", "advmod", "npadvmod", "xcomp", "acomp", "oprd", "ccomp", "advcl",
                "pobj", "amod", "compound", "nsubjpass", "attr", "intj", "acl"}


# nouns named by their "of" phrase in an idiom ("a state of siege", "a state of emergency", "a sea of fire")
_STATE_NOUNS = {"state", "states", "sea"}


def verb_idiom(token, idioms) -> Optional[Entry]:
    """The idiom entry whose words all sit among the verb's near dependents (three links down)."""
    if not idioms:
        return None
    # most verbs with idioms are common ("give", "take", "put"): first, whether the text has the words at all
    here = _doc_word_ids(token.doc)
    idioms = [(words, entry) for ids, words, entry in _with_word_ids(idioms) if ids <= here]
    if not idioms:
        return None
    # the walk reads the Doc's table by index: `token.children` would build a Token for every word visited
    tree = dependency_tree(token.doc)
    deps, kids, lowers, pos = tree.deps, tree.children, tree.lowers, tree.pos
    verb = token.i
    forms: set[str] = set()
    layer = [verb]
    for depth in range(3):
        layer = [c for t in layer for c in kids[t] if deps[c] in _IDIOM_LINKS and not (
            t != verb and pos[c] in ("VERB", "AUX") and deps[c] not in ("xcomp", "advcl", "ccomp", "acl")) and not (
            # a clause with its own subject is another act ("gave shelter ... until troops fought their way in")
            deps[c] == "advcl" and any(deps[g] in ("nsubj", "nsubjpass") for g in kids[c]))]
        # "under a three-month state of emergency": a state is named by what it is "of"
        layer += [p for c in layer if lowers[c] in _STATE_NOUNS for of in kids[c] if deps[of] == "prep" and lowers[of] == "of"
                  for p in kids[of] if deps[p] == "pobj"]
        # a preposition three links down belongs to another phrase ("rounded up youths in a raid on X")
        forms.update(w for child in layer if depth < 2 or pos[child] not in ("ADP", "ADV", "PART")
                     for w in word_forms_at(tree, child))
    # a name's first word one link further ("send X back to the Stone Age": "Stone" hangs on "Age")
    forms.update(w for child in layer if pos[child] == "PROPN" for m in kids[child] if deps[m] == "compound"
                 for w in word_forms_at(tree, m))
    following = verb + 1
    if following < len(deps) and pos[following] in ("ADP", "ADV", "PART"):
        forms.add(lowers[following])  # a particle the parser hung elsewhere
    for words, entry in idioms:
        if all(w in forms for w in words):
            return entry
    return None


_IDIOM_WORD_IDS: dict[tuple[str, ...], frozenset[int]] = {}
# a verb's idioms with their words' string ids, by the id of the lexicon's list (kept with it, so that a list
# freed and another made at its address is not mistaken for it): one look-up per verb, not one per idiom
_IDIOMS_WITH_IDS: dict[int, tuple[list, list]] = {}


def _with_word_ids(idioms: list) -> list[tuple[frozenset[int], tuple[str, ...], Entry]]:
    held = _IDIOMS_WITH_IDS.get(id(idioms))
    if held is None or held[0] is not idioms:
        held = _IDIOMS_WITH_IDS[id(idioms)] = (idioms, [(_word_ids(words), words, entry) for words, entry in idioms])
    return held[1]


def _word_ids(words: tuple[str, ...]) -> frozenset[int]:
    """The string ids of an idiom's words (hashed once, not on every verb that asks)."""
    ids = _IDIOM_WORD_IDS.get(words)
    if ids is None:
        ids = _IDIOM_WORD_IDS[words] = frozenset(hash_string(w) for w in words)
    return ids


def _doc_word_ids(doc) -> set[int]:
    """The string ids of every lower-cased form and lemma of a doc, once per doc (read from its arrays:
    building Token objects or the doc's text would cost more than the idioms save)."""
    ids = doc.user_data.get("sitrep_word_ids")
    if ids is None:
        ids = doc.user_data["sitrep_word_ids"] = set(numpy.unique(dependency_tree(doc).ids([LOWER, LEMMA])).tolist())
    return ids
