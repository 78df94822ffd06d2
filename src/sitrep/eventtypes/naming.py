"""Words that name, not report: a trigger word inside a proper name of several words, or an event noun
modifying a noun that is no act. Neither is an event of its own.

    inside_proper_name(token)   "the Coastal Support Forces", "the Unity and Renewal Movement", "the Strike
                                Force Command", "the Protest Party", "the Lakeside Detention Centre": the word is
                                part of what a body, place or text is called
    names_a_kind(token, lex)    "a war monitor", "an aid worker", "a protest leader", "a search warrant": the event
                                noun says what kind of monitor, worker, leader, warrant

An event noun under a head that is itself an act stays ("peace talks", "a car bomb attack": the act is the
head's, `events` reads the compound as one), and so does one under a head that tells its instance or carries it
("a coup attempt", "strike action", "an aid convoy": the lexicon's `event_heads`). A course of action named by
its modifier ("a bombing campaign") is the frame noun's business (`triggers._framed_act`).
"""
from __future__ import annotations

from ..nlp import dependency_tree, doc_memo, sentence_of

# entity types of names ("Support" in an ORG "Coastal Support Forces"); words of counts and dates are no name
_NAME_TYPES = {"ORG", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "PERSON", "GPE", "LOC"}
_NOT_NAME_TYPES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
# small words inside names: "Unity and Renewal Movement", "Committee for Aid Coordination"
_NAME_LINKS = {"and", "of", "for", "&", "on"}
# word classes of a sentence's own words: written in lower case unless the sentence is a title
_CONTENT = {"VERB", "NOUN", "ADJ", "ADV", "AUX"}


def _capitalised(token) -> bool:
    return token.is_alpha and token.text[0].isupper()


def _first_word(token) -> bool:
    """The first word of its sentence (after quotes, dashes or a bullet): its capital says nothing."""
    return all(not t.is_alpha for t in token.doc[token.sent.start:token.i])


def _title_case(sentence) -> bool:
    """A headline or a title written in title case ("Rebels Seize Town in North", "EASTER VIGIL"): every
    word of its own capitalised, so capitals there mark no name."""
    cached = doc_memo(sentence.doc, "sitrep_title_case")
    if sentence.start not in cached:
        cached[sentence.start] = not any(t.is_alpha and t.text[0].islower() and t.pos_ in _CONTENT for t in sentence)
    return cached[sentence.start]


def _name_word(token) -> bool:
    """A capitalised word that may be part of a name (not a date, a number or a small word)."""
    return (_capitalised(token) and not token.is_stop and token.ent_type_ not in _NOT_NAME_TYPES
            and token.pos_ in ("PROPN", "NOUN", "ADJ", "VERB"))


def inside_proper_name(token, tree=None) -> bool:
    """Whether a capitalised word is one word of a name of several: the model's name (an entity of several
    words, another of them capitalised) or a run of capitalised words, maybe joined by "and", "of", "for".
    The first word of a sentence counts only when the next word carries the name on; in a title-case
    sentence capitals say nothing. `tree`: the Doc's table, when the caller holds it."""
    if tree is None:
        tree = dependency_tree(token.doc)
    # (`_capitalised` with its first letter read from the table first: most words asked about are lower-case,
    # and each Token attribute read is a string lookup)
    if not tree.texts[token.i][0].isupper() or not token.is_alpha:
        return False
    sentence = sentence_of(token)
    if _title_case(sentence):
        return False
    doc = token.doc
    if _first_word(token):
        following = doc[token.i + 1] if token.i + 1 < sentence.end else None
        return following is not None and following.pos_ == "PROPN" and _name_word(following) and \
            following.ent_type_ not in ("GPE", "PERSON", "NORP")  # "Protests Monday", "Talks Israel ..." no name
    if token.ent_type_ in _NAME_TYPES:
        start, end = token.i, token.i + 1
        while start > sentence.start and doc[start].ent_iob_ == "I":
            start -= 1  # (an entity's inner words follow its first, "B")
        while end < sentence.end and doc[end].ent_iob_ == "I":
            end += 1
        if any(_name_word(t) for t in doc[start:end] if t.i != token.i):
            return True
    for step in (-1, 1):
        near = token.i + step
        if not sentence.start <= near < sentence.end:
            continue
        if _name_word(doc[near]) and not (_first_word(doc[near]) and doc[near].pos_ != "PROPN"):
            return True
        far = near + step
        if doc[near].lower_ in _NAME_LINKS and sentence.start <= far < sentence.end and _name_word(doc[far]) \
                and doc[far].pos_ == "PROPN":
            return True
    return False


def names_a_kind(token, lex, trigger_type, tree=None) -> bool:
    """Whether an event noun (or a verb form the parser hung as a modifier: "a consulting firm") modifies a
    noun that is no act and tells no instance of it ("a war monitor", "protest leaders", "rape and murder
    cases"), or is hyphened to a word describing a noun ("war-torn towns", "protest-related offences").
    `trigger_type` types the head; asking it only climbs from modifier to head, so it ends. `tree`: the Doc's
    table, when the caller holds it."""
    doc = token.doc
    i = token.i
    # walked by index on the Doc's table (token.head builds a new Token at every step)
    if tree is None:
        tree = dependency_tree(doc)
    heads, deps, pos = tree.heads, tree.deps, tree.pos
    if i + 2 < len(doc) and tree.texts[i + 1] == "-" and not token.whitespace_ and not doc[i + 1].whitespace_ \
            and heads[i] == i + 2 and deps[i + 2] == "amod" and pos[heads[i + 2]] in ("NOUN", "PROPN"):
        return True  # "war-torn", "protest-related offences": hyphened to a word describing a noun
    node = i
    while deps[node] == "conj" and heads[node] != node:
        node = heads[node]  # "rape and murder cases": the first conjunct is the modifier
    if deps[node] not in ("compound", "nmod"):
        return False
    head = heads[node]
    if head == node or pos[head] not in ("NOUN", "PROPN") or tree.ent_types[head] in _NOT_NAME_TYPES:
        return False  # "a protest Saturday": the parser hung the act on a date
    lemma = tree.lemmas[head]
    if lemma in lex.frame_nouns or lemma in lex.event_heads or tree.lowers[head] in lex.event_heads or \
            f"{tree.lemmas[node]} {lemma}" in lex.event_heads:
        return False
    return trigger_type(doc[head]) is None
