"""Finding a token's lexicon entry: `trigger_type(token)` -> PLOVER type/mode and CAMEO root, or None.

Idioms, then verb phrases, then the bare lemma for verbs; noun compounds and "noun preposition"
phrases, then the bare lemma for nouns. Also the guards that make a word no trigger at all (a date,
a name, a describing participle, "riot police", an earthquake as subject). Negation is not looked
at: that is the modality's business.
"""
from __future__ import annotations

from typing import Optional

from .cargo import relief_aboard
from .loader import ADOPTING_VERBS, Entry, TriggerType, NOUN_PREPOSITIONS, PAST_FORMS, lexicon
from .phrases import counted_at, hyphened_word, verb_idiom, verb_phrase, word_forms_at
from ..nlp import dependency_tree, doc_memo
from .subjects import checked, names_party, phrase_code
from .naming import inside_proper_name, names_a_kind


# people who confer by their office ("the two leaders huddled", "ministers huddled in Brussels")
_OFFICES = {"leader", "official", "minister", "envoy", "diplomat", "negotiator", "delegate", "delegation", "commander",
            "president", "premier", "chief", "general", "mediator", "ambassador", "adviser", "advisor", "lawmaker"}


def _subject_holds_office(verb) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _OFFICES for c in verb.children)


# states a blow leaves people in ("leaving 40 dead")
_LEFT_HURT = {"dead", "wounded", "injured", "hurt", "maimed"}
# cooperation nouns that also name the body formed
_BODIES = {"alliance", "coalition", "partnership"}
_NAME_ENTITIES = {"EVENT", "ORG", "FAC", "GPE", "LAW", "WORK_OF_ART", "PERSON", "NORP", "PRODUCT"}
_TIME_ENTITIES = {"DATE", "TIME"}


def _regular_past_base(form: str, lemma: str, keys: set[str]) -> str:
    """The base of a regular past form the small model lemmatised wrongly ("extolled" -> "extoll",
    "prepositioned" -> "prepositione"): the form less "ed", "d", or "ed" and a doubled consonant,
    when that is a known verb; else `lemma`."""
    if not form.endswith("ed"):
        return lemma
    # ("reoccupied" -> "reoccupie": a "y" verb's past, "ied")
    for base in (form[:-2], form[:-1], form[:-3] if form[-3:-2] == form[-4:-3] else "",
                 form[:-3] + "y" if form.endswith("ied") else ""):
        if base in keys:
            return base
    return lemma


def memoised(key: str, token, find) -> Optional[TriggerType]:
    # per doc and token: the typing, the roles and the modality of every event of a sentence ask
    # about the same tokens (a TriggerType is frozen, so sharing it is safe)
    cache = doc_memo(token.doc, key)
    i = token.i
    if i not in cache:
        cache[i] = find(token)
    return cache[i]


# verbs of halting and what is halted when it is fighting (the RETREAT ceasefire grid of the lexicon)
_HALTING = {"halt", "stop", "cease", "suspend", "pause", "end"}
_HALTED_FIGHTING = {"attack", "hostility", "hostilities", "fighting", "offensive", "shelling", "bombardment", "bombing",
                    "airstrike", "raid", "fire", "fight"}


def _leaves_hurt(verb) -> bool:
    """A participle "leaving N dead/injured" hung on `verb` (or on the verb it is the infinitive of:
    "used rubber bullets to break up the rally, leaving ..."): the act left casualties."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "advcl") else [])  # (an xcomp or advcl is never the root)
    return any(c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() == "leave" and any(
        g.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "dobj", "amod") and g.lower_ in _LEFT_HURT
        for g in c.subtree if g is not c) for h in heads for c in h.children)


def trigger_type(token) -> Optional[TriggerType]:
    """PLOVER type/mode and CAMEO root of a verb or eventive noun token, or None.

    Phrasal verbs and verb+object phrases ("blow up", "open fire", "hold talks") and noun
    compounds ("air strike", "hunger strike") beat the bare lemma. Negation is not looked at:
    that is the modality's business.
    """
    return memoised("sitrep_trigger_type", token, _trigger_type)


def _trigger_type(token) -> Optional[TriggerType]:
    lex = lexicon()
    # the word's own attributes read by index from the Doc's table, fetched once and handed to the checks below:
    # each read of a Token attribute looks its string up again
    tree = dependency_tree(token.doc)
    i = token.i
    if tree.ent_types[i] in _TIME_ENTITIES:
        return None  # "on March 9", "the quarter ending in March" say when, not what
    lemma = tree.lemmas[i]
    pos = tree.pos[i]
    lower = tree.lowers[i]
    if pos in ("VERB", "ADJ") and verb_read_as_modifier(token) is not None:
        # "Chad's military imposed martial law", "the council snubbed government offer": one noun phrase to the parser
        return _misread_verb(token, _regular_past_base(lower, PAST_FORMS.get(lemma, lemma), lex.verb_keys), lex)
    if inside_proper_name(token, tree) or names_a_kind(token, lex, trigger_type, tree):
        return None  # "the Coastal Support Forces", "a war monitor": a name, a kind of thing, no act
    if pos == "NOUN" and lemma in _REPEALS and any(p.dep_ == "pobj" and p.lemma_.lower() in _EASED for c in token.children
                                                   if c.dep_ == "prep" and c.lower_ == "of" for p in c.children):
        return None  # "the repeal of sanctions on X": the sanction noun tells the easing (RETREAT)
    if pos == "VERB" and lemma in SUPPLYING and _refused_supply(token):
        return _REFUSED  # "said it would not send the howitzers X wanted": arms for another refused (CAMEO 12)
    if pos == "VERB":
        lemma = PAST_FORMS.get(lemma, lemma)
        if lemma not in lex.verbs and token.tag_ in ("VBD", "VBN"):
            # "raped" lemmatised "rap", the head of an idiom only ("rap knuckles"): a verb of its own wins
            base = _regular_past_base(lower, lemma, lex.verbs.keys())
            lemma = base if base != lemma or lemma in lex.verb_keys else _regular_past_base(
                lower, lemma, lex.verb_keys)
        if lemma not in lex.verb_keys:
            # "jointly tracked the smugglers", "jointly ran the port": any act two do jointly is cooperation (CAMEO 06)
            return _JOINT_ACT if lemma not in _SAYING and _has_adverb(tree, i, ("jointly",)) else None
        if _hyphenated_modifier(i, tree) or _describing_participle(token, tree) or _conjunction(token, tree) or \
                _visiting_guest(token, tree):
            return None
        if _reduced_relative_as_verb(token, tree):
            return None  # "sailors held hostage by pirates were freed": the participle says who they are
        if lemma in _ADDRESSED_WARNINGS and not any(c.dep_ in ("dobj", "obj") for c in token.children):
            return None  # "cautioned Kinshasa that ..." warns a party; "cautioned that no date was set" is a remark
        if _said_of_a_place(token, tree):
            return None  # "a pleasant place to visit", "a safe country to live in": what a place is good for
        idiom = verb_idiom(token, lex.verb_idioms.get(lemma))
        found = checked(idiom, token, lex) if idiom is not None else None
        if found is not None:
            return None if _done_by_nature(i, tree) else found
        phrase = verb_phrase(token, lemma, lex.verb_phrases) if lemma in lex.phrase_heads else None
        found = checked(phrase, token, lex) if phrase is not None else None
        if found is not None and lemma in lex.light_verbs:
            if any(c.dep_ in ("dobj", "obj") and _fight_without_force(c) for c in token.children):
                return None  # "launched a charm offensive", "waged a legal battle": no force used
            # "launched a hunger strike": the act's own compound beats the light verb's phrase ("launch strike")
            found = _compound_act(token, lex) or found
        if found is not None and found.plover_mode == "ceasefire" and lemma in _HALTING and any(
                c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() not in _HALTED_FIGHTING for c in token.children):
            found = None  # "suspended exchanges after the bombing": the thing halted is the object, not the attack
        # a phrase for one kind of subject ("gunmen seized the airliner") leaves the verb's own
        # meaning to any other subject ("the navy seized the ship")
        entry = lex.verbs.get(lemma)
        found = found or (checked(entry, token, lex) if entry is not None else None)
        if lemma in _ARRIVING:
            if relief_aboard(token):
                return _RELIEF_ARRIVED  # "a freighter laden with grain docked at X": help delivered (CAMEO 073)
        if found is None and lemma in lex.joint_verbs and (_done_jointly(token) or _two_at_work(token)):
            return _SHARED_WORK
        if found is None and lemma in _CARRYING_OUT and _done_jointly(token) and not any(
                c.dep_ in ("dobj", "obj") and trigger_type(c) is not None for c in token.children):
            # "forces of X and Y conducted joint landings": an act with no type of its own, done together by forces
            # ("carried out a joint raid": the raid is the trigger, read joint on its own)
            return _JOINT_FORCES if any(phrase_code(c).role in ("MIL", "COP") for c in token.children
                                        if c.dep_ == "nsubj") else _JOINT_ACT
        if found is None and lemma in lex.coordination_verbs and (_done_jointly(token) or _done_by_two(token)):
            return _JOINT_ACT
        if found is None and lemma not in _SAYING and _has_adverb(tree, i, ("jointly",)):
            return _JOINT_ACT  # ("jointly announced" is said together, no act)
        if found is None and lemma not in _SAYING and _made_together(token) and _done_by_two(token, partner=False):
            return _JOINT_ACT  # "X and Y unveiled co-designed frigates": two parties showing what they made together
        if found is not None and found.plover_type == "REQUEST" and lemma in _ATTEMPTING and _infinitive_act(token) is not None:
            return None  # "would seek to ban the party": the act sought is read in its clause, no request made
        if found is not None and found.plover_type == "REJECT" and lemma in _DEFYING and (
                (act := _infinitive_act(token)) is not None and (done := trigger_type(act)) is not None
                and done.plover_type == "PROTEST"):
            return done  # "defied a ban to march on parliament": the march is the news, done by the defiers
        if found is not None and found.plover_type == "SUPPORT" and lemma == "rally" and entry is not None and not any(
                c.dep_ in ("dobj", "obj") for c in token.children) and any(
                c.dep_ == "prep" and c.lower_ == "in" for c in token.children):
            found = checked(entry, token, lex) or found  # "rallied in support of the talks": a crowd demonstrating
        if found is not None and found.plover_type in ("COERCE", "ASSAULT") and _in_protest(token) and checked(
                _CROWD_RIOT, token, lex) is not None:
            return _CROWD_RIOT.trigger  # "rioters set fire to banks in protest at the price rise": a violent protest (CAMEO 145)
        if found is not None and found.plover_type == "COERCE" and _leaves_hurt(token):
            return _FORCE_THAT_WOUNDS  # "cleared the square, leaving scores hurt": force that wounds (CAMEO 18)
        if found is not None and found.plover_type == "COERCE" and lemma in _SHUTTING and _in_protest(
                token, _STOPPAGES):
            return _SHUT_IN_PROTEST  # "unions shut down banks and airports in an indefinite strike": the strike (CAMEO 14)
        if found is not None and found.plover_type == "AGREE" and lemma in ("agree", "accept") and _asked_of_it(token):
            return _YIELDED  # "accepted the terms the lenders had demanded": a demand met (CAMEO 083)
        if found is not None and lemma == "settle" and not _settled_terms(token):
            return None  # "settled on a new coach": a choice, no agreement
        if found is not None and lemma in ("free", "clear", "pave", "open") and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "way" for c in token.children):
            return None  # "freeing the way for a recount": a path cleared, nobody freed
        if found is not None and found.plover_type == "PROTEST" and lemma == "demonstrate" and any(
                c.dep_ in ("dobj", "obj", "ccomp") for c in token.children):
            return None  # "a transit demonstrating the navy's resolve", "demonstrated that it could": shown, no protest
        if lemma == "leave" and any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in _LEFT_HURT
                                    for c in token.children):
            return TriggerType("ASSAULT", None, "19")  # "..., leaving eleven villagers dead": the killing
        if found is not None and lemma == "reopen" and found.plover_type in ("RETREAT", "CONCEDE") and _done_by_two(
                token, partner=False):
            return _JOINT_ACT  # "Chile and Peru reopened their border crossing": two parties opening to each other (CAMEO 06)
        if found is not None and found.plover_type == "MOBILIZE" and any(
                c.dep_ == "prep" and c.lower_ in ("into", "in") and any(p.lower_ == "force" for p in c.children)
                for c in token.children):
            return None  # "put into force new customs rules": made binding, no forces sent
        if found is not None and found.plover_mode == "police" and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() != "security" and any(
                    m.dep_ in ("compound", "amod") and m.lower_ == "security" for m in c.children) for c in token.children):
            return None  # "stepped up security cooperation": the object is the act ("stepped up security" a build-up)
        if found is not None and lemma in ("sign", "ink") and found.plover_type == "COOPERATE" and not (
                _done_by_two(token) or any(c.dep_ == "nsubj" and phrase_code(c).country
                                           for c in token.children)):
            return None  # "the striker signed a new contract": a contract between parties of no state is no news event
        if found is not None and lemma in _OUSTING and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in
                                                          lex.subject_words["armed"] for c in token.children):
            return TriggerType("ASSAULT", None, "19")  # "troops ousted the militants from the port": driven out in fighting
        if found is not None and lemma in _INAUGURATING and not (_done_by_two(token) or _built_jointly(token)):
            return None  # "the president inaugurated a new bridge": one state's works, no cooperation
        if found is not None and lemma == "huddle" and not (_done_by_two(token) or _subject_holds_office(token)):
            return None  # "families huddled in tents": no one conferred
        if found is not None and lemma == "meet" and found.plover_type == "CONSULT" and any(
                c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in _MET_GOALS for c in token.children):
            return None  # "to meet the deadline", "met its targets": no meeting
        if found is not None and lemma in HINTING and not any(kind is not None for kind in hinted_acts(token)):
            return None  # "hinted at a cabinet reshuffle": only an act hinted at is a veiled threat or offer
        if found is not None and lemma in _DONE_WITH_OTHERS and not _partner_named(token, _DONE_WITH_OTHERS[lemma]):
            return None  # "worked with children", "invested in new technology": no party worked with or invested in
        if found is not None and lemma in _TRAINING and found.plover_type == "AID" and not _others_forces(token):
            return None  # "the army trained new recruits": drills of one's own, no help to another
        if found is not None and lemma in _CLOSING and not any(
                c.dep_ in ("dobj", "obj", "nsubjpass", "prt", "auxpass") for c in token.children):
            return None  # "the stock exchange closed early", "shops closed": nothing closed by anyone
        if found is None and lemma in ADOPTING_VERBS and _adopts_text_jointly(token):
            return TriggerType("SUPPORT", None, "05")  # a text adopted with a partner is a formal agreement (CAMEO 057, as signing)
        if found is None and lemma == "fall" and _fell_to_force(token, lex):
            return TriggerType("COERCE", "seize", "19")  # "the town fell to the rebels": ground taken (CAMEO 192)
        if found is not None and _done_by_nature(i, tree):
            return None  # "the earthquake flattened the town", "floods destroyed crops": no one's act
        return found
    elif pos in ("NOUN", "PROPN"):
        if lemma not in lex.noun_keys and _present_verb_read_as_noun(token, lemma, lex):
            # "1991: the king apologises for ...": a chronology's present tense taken for a plural noun
            entry = lex.verbs.get(lemma)
            return entry.trigger if entry.subject_kind is None else None
        if lemma not in lex.noun_keys or (pos == "PROPN" and tree.ent_types[i] in _NAME_ENTITIES):
            return None  # "the Cold War", "the Warsaw Pact" name things, they report no event
        # the noun's head, neighbours and dependents by index on the Doc's table (no Token built for each)
        dep = tree.deps[i]
        if dep == "compound" and tree.lemmas[tree.heads[i]] in _KINDS_OF_FORCE:
            return None  # "riot police", "strike force", "attack helicopters" name who or what, not an act
        following = token.i + 1 if token.i + 1 < len(tree.deps) else None
        if following is not None and tree.lowers[following].startswith(("d'", "d’")):
            return None  # "chargé d'affaires" is an envoy, not a charge
        if lemma in _BODIES and dep in ("poss", "nsubj", "nsubjpass"):
            return None  # "the alliance's new members", "the coalition struck": the body acts, it is no act of alliance
        if lemma in lex.frame_nouns:
            return _framed_act(token)
        if _premodifier_taken_for_object(token):
            return None  # "a bombing and shelling offensive against X": the offensive (or its other modifier) is the act
        if lemma in _SWAPS and (dep == "compound" or any(
                m.dep_ in ("compound", "amod") and m.lemma_.lower() in _MARKETS for m in token.children) or any(
                p.lemma_.lower() not in _SWAPPED for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj") and not _of_phrase(token, lemma, lex)):
            return None  # "the exchange rate", "an exchange of letters": nobody freed (prisoners, bodies are)
        if lemma == "flight" and (lower != "flight" or not any(
                c.dep_ == "prep" and c.lower_ in ("of", "from") for c in token.children)):
            return None  # "flights were cancelled", "a flight to Paris": air travel; "the flight of civilians" is an exodus
        if _fight_without_force(token):
            return None  # "a legal battle", "a political fight": no force used
        if lemma in _SWAPS and dep == "pobj" and token.head.lower_ == "in" and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
            return None  # "sold timber in exchange for fishing rights": a connective, what is swapped is told by the verbs
        if lemma == "retreat" and ((dep == "pobj" and token.head.lower_ in ("for", "at")) or any(
                m.dep_ in ("amod", "compound") and m.lower_ in _GATHERINGS for m in token.children)):
            return None  # "took the feuding chiefs to a monastery for a silent retreat", "a cabinet retreat": a gathering
        entry = _of_phrase(token, lemma, lex)
        if entry is not None:
            return checked(entry, token, lex)
        children, deps, lowers = tree.children[token.i], tree.deps, tree.lowers
        for child in children:
            if deps[child] in ("compound", "amod", "nmod"):
                for word in word_forms_at(tree, child):
                    entry = lex.noun_phrases.get(f"{word} {lemma}")
                    if entry is not None:
                        return checked(entry, token, lex)
        for child in children:
            if deps[child] == "prep" and lowers[child] in NOUN_PREPOSITIONS:
                entry = lex.noun_phrases.get(f"{lemma} {lowers[child]}")
                if entry is not None:
                    return checked(entry, token, lex)
        if following is not None and tree.pos[following] == "VERB":
            # "a war footing": the parser took the compound's head for a participle
            entry = lex.noun_phrases.get(f"{lemma} {lowers[following]}")
            if entry is not None:
                return checked(entry, token, lex)
        entry = lex.nouns.get(lemma) or lex.nouns.get(hyphened_word(token))
    else:
        return None
    return checked(entry, token, lex) if entry is not None else None


_YIELDED = TriggerType("CONCEDE", None, "08")
_ASKING = frozenset({"demand", "request", "require", "insist"})


# nouns of a measure's repeal, and the measures whose end is an easing (the noun's own reading: RETREAT)
_REPEALS = {"repeal", "abolition", "rescission"}
_EASED = {"sanction", "sanctions", "embargo", "blockade", "siege", "boycott"}
# verbs of handing arms to another state, and arms: "would not send / supply / deliver X"
SUPPLYING = frozenset({"send", "supply", "deliver", "provide", "ship", "transfer"})
_ARMS = {"tank", "jet", "missile", "weapon", "arm", "howitzer", "artillery", "rocket", "munition", "ammunition", "aircraft",
         "plane", "helicopter", "drone", "warplane", "fighter", "launcher", "system", "shell", "warship", "submarine"}
_REFUSED = TriggerType("REJECT", None, "12")


def _refused_supply(verb) -> bool:
    """A supply of arms negated under "will / would" ("would not send the tanks Kyiv asked for"): a refusal."""
    children = list(verb.children)
    if not any(c.dep_ == "neg" for c in children) or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall")
                                                              for c in children):
        return False
    return any(c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in _ARMS or any(
        m.dep_ == "compound" and m.lemma_.lower() in _ARMS for m in c.children)) for c in children)


def _asked_of_it(verb) -> bool:
    """The object agreed to is described as demanded or requested by someone: "agreed to
    the schedule requested by the unions", "accepted the terms that the lenders demanded"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    if any(c.dep_ == "advcl" and c.lemma_.lower() == "accede" for c in verb.children):
        return True  # "agreed to cut its staff, acceding to the lenders' demand"
    return any(d.dep_ in ("acl", "relcl") and d.lemma_.lower() in _ASKING for o in objects for d in o.subtree)


def _present_verb_read_as_noun(token, lemma: str, lex) -> bool:
    """A sentence's root tagged as a plural noun whose lemma is a verb of the lexicon only, with a subject
    before it ("the king apologises for ...", the terse present tense of chronologies) or, in a headline, its
    named subject hung on it as a compound ("Oslo mediates between ...": see `_named_compound_before`)."""
    if not (token.dep_ == "ROOT" and token.tag_ == "NNS" and token.lower_.endswith("s") and lemma in lex.verbs):
        return False
    return any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) or _named_compound_before(token)


def _named_compound_before(token) -> bool:
    """A named state, body or person right before `token` as its compound, a preposition or article right
    after it: the parse of a headline's "Lima apologises to ..." that took the verb for a noun."""
    doc = token.doc
    return (token.i > 0 and doc[token.i - 1].dep_ == "compound" and doc[token.i - 1].pos_ == "PROPN"
            and doc[token.i - 1].ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
            and token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("ADP", "DET"))


def _misread_verb(token, base: str, lex) -> Optional[TriggerType]:
    """The type of a verb the parser took for a modifier of its object: its phrase with that object, or its own."""
    entry = lex.verb_phrases.get(f"{base} {verb_read_as_modifier(token).lemma_.lower()}") or lex.verbs.get(base)
    return entry.trigger if entry is not None and entry.subject_kind is None else None


def _framed_act(frame) -> Optional[TriggerType]:
    """"a bombing campaign", "a shelling and bombing campaign", "a killing spree", "an arrest drive": a noun
    naming a course of action takes the type of the act its modifiers name ("an election campaign" is none)."""
    modifiers = [c for c in frame.children if c.dep_ in ("compound", "amod", "nmod")]
    modifiers += [c for m in modifiers for c in m.children if c.dep_ == "conj"]
    for modifier in modifiers:
        found = trigger_type(modifier)
        if found is not None:
            return found
    return None


def _premodifier_taken_for_object(token) -> bool:
    """"began a rocket and mortar offensive": the small parser takes the first of two coordinated
    modifiers for the verb's object and the second, in -ing, for a verb whose object is the head noun; the
    head noun, hung on that -ing form with what it is against, is the act."""
    doc = token.doc
    i = token.i
    if token.dep_ not in ("dobj", "obj", "pobj") or i + 3 >= len(doc) or dependency_tree(doc).deps[i + 1] != "cc":
        return False
    second, head = doc[i + 2], doc[i + 3]
    # (the head noun may be tagged as an adjective complement: "shelling offensive" read as "shelling [is] offensive")
    return (second.tag_ == "VBG" and second.dep_ == "conj" and head.pos_ in ("NOUN", "ADJ") and head.head.i == second.i
            and head.dep_ in ("dobj", "obj", "acomp") and not any(c.dep_ == "det" for c in head.children))


# Texts that, adopted with a partner, are a formal agreement
_JOINT_TEXTS = {"resolution", "resolutions", "declaration", "communique", "communiqué", "statement", "charter", "roadmap",
                "protocol", "memorandum", "plan", "framework"}


def _adopts_text_jointly(verb) -> bool:
    """"adopted a resolution with X", "X and Y issued a joint declaration": a text agreed by two. A text whose
    content clause names the act ("a joint statement condemning X") is read as that act (roles.sentence)."""
    # by index on the Doc's table: a Token only for a partner named
    tree = dependency_tree(verb.doc)
    deps, kids, lowers = tree.deps, tree.children, tree.lowers
    texts = [c for c in kids[verb.i] if deps[c] in ("dobj", "obj")]
    # "a set of resolutions": what the quantity is of
    texts += [p for t in texts for c in kids[t] if deps[c] == "prep" and lowers[c] == "of" for p in kids[c] if deps[p] == "pobj"]
    texts = [t for t in texts if tree.lemmas[t] in _JOINT_TEXTS]
    if not texts or any(deps[c] in ("acl", "relcl") for t in texts for c in kids[t]):
        return False
    partners = [p for h in (verb.i, *texts) for c in kids[h] if deps[c] == "prep" and lowers[c] == "with"
                for p in kids[c] if deps[p] == "pobj"]
    joint = any(lowers[m] in ("joint", "common", "bilateral") for t in texts for m in kids[t] if deps[m] == "amod")
    return any(names_party(verb.doc[p]) for p in partners) or (joint and _done_by_two(verb))


# Nouns of places and times an infinitive says what they are good for ("a place to visit", "the time to talk")
_GOOD_FOR = {"place", "destination", "spot", "country", "city", "town", "venue", "time", "moment", "way", "thing"}


def _said_of_a_place(verb, tree) -> bool:
    """"a pleasant place to visit": an infinitive whose object is the noun it describes reports no act."""
    return (tree.deps[verb.i] in ("relcl", "acl") and verb.head.lemma_.lower() in _GOOD_FOR
            and verb.head.dep_ in ("attr", "acomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children))


# Verbs of warning that threaten only a party addressed
_ADDRESSED_WARNINGS = {"caution"}


def _of_phrase(token, lemma: str, lex):
    """"an exchange of intelligence", "an exchange of fire", "raids on homes": the verb's phrase with what the noun
    is of or on (the parser may hang the "on" on a light verb: "conducted raids on the homes of ..."); a noun made
    from a verb reads as that verb ("the resumption of ties": "resume ties")."""
    lemma = lex.nominal_verbs.get(lemma, lemma)
    if lemma not in lex.phrase_heads:
        return None
    tree = dependency_tree(token.doc)
    deps, kids, lowers, head = tree.deps, tree.children, tree.lowers, tree.heads[token.i]
    holders = [token.i] + ([head] if deps[token.i] in ("dobj", "obj") and tree.lemmas[head] in lex.light_verbs else [])
    for word in (w for h in holders for c in kids[h] if deps[c] == "prep" and lowers[c] in ("of", "on")
                 for p in kids[c] if deps[p] == "pobj" for w in word_forms_at(tree, p)):
        entry = lex.verb_phrases.get(f"{lemma} {word}")
        if entry is not None:
            return entry
    return None


# verbs of training or equipping forces, help only for another's forces
_TRAINING = {"train", "equip"}


def _others_forces(verb) -> bool:
    """Whether the forces trained are named as a people's or a state's: "Somali police", "Mali's army", "the
    armed forces of Chad", "Ukrainian pilots" (not "its troops", "new recruits")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]
    objects += [verb.doc[p] for p in counted_at(dependency_tree(verb.doc), [o.i for o in objects])]  # "two battalions of Somali police"
    modifiers = [m for o in objects for m in o.children if m.dep_ in ("amod", "compound", "nmod")]
    modifiers += [m for o in modifiers for m in o.children if m.dep_ in ("amod", "compound")]  # "Somali police officers"
    owners = [m for o in objects for m in o.children if m.dep_ == "poss"]
    owners += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"]
    return any(w.ent_type_ in ("NORP", "GPE") for w in modifiers) or any(w.pos_ == "PROPN" and names_party(w) for w in owners)


# verbs of closing that say what someone closed only with an object ("closed the border", "the border was closed")
_CLOSING = {"close"}


# exchanges that are places or trade: "the stock exchange", "foreign exchange", "a student exchange"
_MARKETS = {"stock", "currency", "foreign", "commodity", "commodities", "student", "cultural", "crypto", "energy", "grain"}


# Swaps that free people, and what they swap
_SWAPS = {"exchange", "swap"}
_SWAPPED = {"prisoner", "hostage", "captive", "detainee", "body", "remains", "pow", "soldier", "spy", "agent", "national",
            "citizen", "fighter", "civilian", "people", "inmate", "militant", "thousand", "hundred", "dozen"}


# Fights fought with no force: "a legal battle", "a political fight", "a court war"
_FIGHTS = {"battle", "fight", "war", "fighting", "struggle", "offensive"}
_NONVIOLENT = {"legal", "court", "courtroom", "judicial", "political", "diplomatic", "verbal", "electoral", "legislative",
               "custody", "bureaucratic", "price", "propaganda", "ratings", "succession", "leadership", "boardroom",
               "takeover", "bidding", "culture", "turf", "uphill", "constitutional", "parliamentary", "charm", "media",
               "peace", "publicity", "flood", "crime", "poverty", "corruption", "cancer", "disease", "inflation"}


def verb_read_as_modifier(token):
    """The object of a past tense the small parser took for a modifier in a sentence with no verb, or None:
    "the government relaxed restrictions on ...", "Chad's military imposed martial law", "the union snubbed
    government offer" parsed as one noun phrase whose head (the object) is the sentence's root, or what is said.
    A subject must come before it ("the newly imposed curfew" describes)."""
    if token.dep_ not in ("amod", "compound") or not token.lower_.endswith("ed") or token.i == 0:
        return None
    if token.pos_ == "VERB" and token.tag_ not in ("VBD", "VBN") or token.pos_ not in ("VERB", "ADJ"):
        return None
    head = token.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "snubbed government offer": the participle hung on the object's first word
    if head.pos_ != "NOUN" or not (
            head.dep_ == "ROOT" or (head.dep_ in ("ccomp", "parataxis") and head.head.lemma_ in ("say", "report", "tell"))):
        return None
    doc = token.doc
    before = doc[token.i - 1]
    if before.pos_ not in ("NOUN", "PROPN", "ADJ") or before.i < head.left_edge.i:
        return None
    if not any(w.pos_ in ("NOUN", "PROPN") for w in doc[head.left_edge.i:token.i]):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.i != token.i for t in token.sent if t.i < token.i or t.head.i == head.i):
        return None
    return head


def _fell_to_force(verb, lex) -> bool:
    """"Kabul fell to the Taliban", "the base fell to rebel fighters": an armed actor took the place ("prices fell
    to 3 dollars" is no event)."""
    armed = lex.subject_words["armed"]
    return any(p.lemma_.lower() in armed or any(m.lemma_.lower() in armed for m in p.children if m.dep_ in ("compound", "amod"))
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj")


def _conjunction(token, tree) -> bool:
    """"provided (that) the prisoners are freed": a conjunction of condition, no providing."""
    return tree.lowers[token.i] in ("provided", "providing") and not any(
        c.dep_ in ("dobj", "obj", "dative", "nsubjpass") for c in token.children) and (
        (token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "that")
        or any(c.dep_ in ("ccomp", "advcl") for c in token.children))


# what makes a retreat a gathering, not a withdrawal
_GATHERINGS = {"spiritual", "weekend", "leadership", "cabinet", "party", "staff", "leaders", "annual", "religious", "prayer",
               "silent", "corporate", "caucus", "strategy"}


def _fight_without_force(noun) -> bool:
    """"a legal battle", "a political fight", "a charm offensive": a fight named by a word of no force (the
    parser may hang that word beside the fight on the fight's own head: "the flood fighting effort")."""
    if noun.lemma_.lower() not in _FIGHTS:
        return False
    words = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if noun.dep_ == "compound" and before is not None and before.dep_ == "compound" and before.head.i == noun.head.i:
        words.append(before)
    return any(w.lemma_.lower() in _NONVIOLENT for w in words)


def _compound_act(verb, lex):
    """The entry of a light verb's object named with its modifier ("a hunger strike", "a general strike")."""
    tree = dependency_tree(verb.doc)
    deps, kids = tree.deps, tree.children
    for obj in (c for c in kids[verb.i] if deps[c] in ("dobj", "obj")):
        for mod in (m for m in kids[obj] if deps[m] in ("compound", "amod", "nmod")):
            for word in word_forms_at(tree, mod):
                entry = lex.noun_phrases.get(f"{word} {tree.lemmas[obj]}")
                if entry is not None:
                    return checked(entry, verb.doc[obj], lex)
    return None


# Subjects whose doings are no one's act
_NATURAL_FORCES = {"earthquake", "quake", "flood", "floods", "storm", "cyclone", "hurricane", "typhoon", "tsunami", "drought",
                   "landslide", "wildfire", "blaze", "avalanche", "tornado", "monsoon", "eruption", "tremor", "famine"}


def _done_by_nature(i: int, tree) -> bool:
    """Whether the verb at `i` has a natural force as its subject (read by index: asked of every verb found)."""
    return any(tree.deps[c] == "nsubj" and tree.lemmas[c] in _NATURAL_FORCES for c in tree.children[i])


# Forces and gear a trigger noun may name a kind of ("riot police", "attack helicopters")
_KINDS_OF_FORCE = {"police", "policeman", "officer", "squad", "unit", "gear", "shield", "helmet", "van", "vehicle",
                   "force", "troop", "helicopter", "aircraft", "dog", "team", "brigade", "battalion", "group", "car",
                   "boat", "jeep", "truck", "ship", "plane"}


# what cooperation is done under: "linked their early-warning systems under a security pact"
_FRAMEWORKS = {"arrangement", "agreement", "accord", "deal", "pact", "programme", "program", "treaty", "partnership",
               "protocol", "framework", "contract"}


_JOINT_ACT = TriggerType("COOPERATE", None, "06")
_JOINT_FORCES = TriggerType("COOPERATE", "military", "06")
# verbs of carrying out an act named by their object: "conducted joint landings", "staged a combined sweep"
_CARRYING_OUT = {"conduct", "carry", "stage", "mount", "undertake", "perform"}
_SHARED_WORK = TriggerType("COOPERATE", "economic", "06")  # two parties building, producing or operating something together
_FORCE_THAT_WOUNDS = TriggerType("ASSAULT", None, "18")
# terms or acts settled on: an agreement ("settled on a truce", "settled on cutting their arsenals")
_TERMS = {"deal", "term", "terms", "agreement", "compromise", "truce", "ceasefire", "cessation", "plan", "formula", "framework",
          "text", "accord", "arrangement", "date", "timetable", "roadmap", "settlement", "package", "cut", "price", "wording"}


def _settled_terms(verb) -> bool:
    return any((p.dep_ == "pcomp" and p.pos_ == "VERB") or (p.dep_ == "pobj" and p.lemma_.lower() in _TERMS)
               for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in c.children)


# what is met that is no one met: "meet the deadline", "met its targets"
_MET_GOALS = {"deadline", "target", "goal", "requirement", "standard", "criterion", "criteria", "cost", "need", "expectation",
              "obligation", "quota", "threshold", "condition", "challenge", "payroll", "end"}
# a crowd's violent act "in protest" (only a crowd subject: troops shelling a town "in protest" still attack)
_CROWD_RIOT = Entry(TriggerType("PROTEST", "riot", "14"), "crowd")


def _in_protest(verb, kinds=frozenset({"protest"})) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() in kinds
                                                           for p in c.children) for c in verb.children)


# places or services shut "in a strike" or "in protest": the shutdown is the stoppage itself (PROTEST)
_SHUTTING = {"shut", "close", "paralyse", "paralyze", "cripple", "ground"}
_STOPPAGES = frozenset({"protest", "strike", "walkout", "stoppage", "shutdown", "boycott"})
_SHUT_IN_PROTEST = TriggerType("PROTEST", "obstruct", "14")


# verbs of trying ("sought to ban"), of defying ("defied a ban to march"): the act in their infinitive is the news
_ATTEMPTING = {"seek"}
_DEFYING = {"defy"}


def _infinitive_act(verb):
    """The trigger of a "to" infinitive hung on `verb` ("sought to ban X", "defied the curfew to march"), or None."""
    found = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and trigger_type(c) is not None), None)
    # ("defied the ban to march": the small parser may read "to march" as a month after a preposition)
    return found or next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i + 1 < len(c.doc)
                          for p in (c.doc[c.i + 1],) if p.dep_ == "pobj" and p.lower_ == "march"), None)


_SAYING = {"say", "announce", "state", "declare", "tell", "write", "report", "claim", "note", "add", "confirm", "deny"}


# verbs of hinting: a veiled threat or offer only when what is hinted at is an act (eventtypes.speech.prospect_of)
HINTING = {"hint", "allude"}


def hinted_acts(verb):
    """The types (None for no act) of what a verb of hinting hints at, one by one: "hinted at a fresh round of talks"."""
    return (trigger_type(p) for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")


# verbs that are cooperation only with a party named after their preposition ("worked with Kenyan auditors",
# "invested $2 billion in Kenyan ports")
_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic")
_DONE_WITH_OTHERS = {"work": ("with", "alongside"), "invest": ("in", "with")}


def _partner_named(verb, preps) -> bool:
    # (the parser may hang the preposition on the object: "invested $5 billion in X")
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    partners = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
                if p.dep_ == "pobj"]
    if verb.lemma_.lower() == "work" and not any(c.dep_ == "prep" and c.lower_ in preps for h in holders for c in h.children):
        return True  # "worked together", "worked closely": the pair is the subject
    # a party with a country (a state, its people or agencies, an international body): "worked with a colleague",
    # "invested in its downtown" are no cooperation between parties
    # (a nationality the small model tags as a place counts, a county does not: "Tongan investigators", "the Mason
    # County project")
    return any(phrase_code(p).country or any(
        m.dep_ in ("amod", "compound") and (m.ent_type_ == "NORP" or (m.ent_type_ == "GPE" and m.lower_.endswith(_DEMONYM_ENDINGS)))
        for m in p.children) for p in partners)


_INAUGURATING = {"inaugurate", "commission"}
# verbs of a coup ("the army deposed the president"), said of armed foes driven out a fight
_OUSTING = {"oust", "overthrow", "depose", "unseat"}


def _built_jointly(verb) -> bool:
    """"commissioned a jointly built pipeline", "inaugurated a joint railway": the works are shared."""
    # read by index from the Doc's table (as Token.children, without building a Token per word)
    tree = dependency_tree(verb.doc)
    deps, children, lowers = tree.deps, tree.children, tree.lowers
    return any(lowers[m] in ("joint", "common") or (deps[m] == "amod" and _has_adverb(tree, m, ("jointly",)))
               for o in children[verb.i] if deps[o] in ("dobj", "obj") for m in children[o] if deps[m] in ("amod", "compound"))


def _made_together(verb) -> bool:
    """The verb's object is a thing made jointly, named by a participle: "a jointly developed icebreaker",
    "co-designed frigates"."""
    doc = verb.doc
    tree = dependency_tree(doc)
    deps, children, pos = tree.deps, tree.children, tree.pos
    return any(deps[m] == "amod" and pos[m] == "VERB" and _marked_joint(doc[m])
               for o in children[verb.i] if deps[o] in ("dobj", "obj") for m in children[o])


def _jointly(verb, adverbs=("jointly",)) -> bool:
    return _has_adverb(dependency_tree(verb.doc), verb.i, adverbs)


def _has_adverb(tree, i: int, adverbs) -> bool:
    """Whether word `i` has an adverb (advmod) child among `adverbs` (lower-cased forms)."""
    deps, lowers = tree.deps, tree.lowers
    return any(deps[c] == "advmod" and lowers[c] in adverbs for c in tree.children[i])


def _marked_joint(token) -> bool:
    """The word itself says two did it: "co-developed", "jointly built", "built together"."""
    i = token.i
    return (i >= 2 and token.doc[i - 1].text == "-" and token.doc[i - 2].lower_ == "co") or _jointly(token, ("jointly", "together"))


def _done_jointly(token) -> bool:
    """A verb of making done by two together: "co-developed", "jointly built", "built together",
    "linked ... under a security pact"."""
    if _marked_joint(token):
        return True
    tree = dependency_tree(token.doc)  # the dependents by index: no Token built per child
    deps, kids, lowers = tree.deps, tree.children, tree.lowers
    if any(deps[m] == "amod" and lowers[m] in ("joint", "common") for c in kids[token.i] if deps[c] in ("dobj", "obj")
           for m in kids[c]):
        return True  # "will build a joint military satellite"
    return any(tree.lemmas[p] in _FRAMEWORKS for c in kids[token.i] if deps[c] == "prep" and lowers[c] == "under"
               for p in kids[c] if deps[p] == "pobj")


def _done_by_two(token, partner: bool = True) -> bool:
    """A verb whose subject names two parties ("Colombia and Peru", "Indian and Bangladeshi forces")
    or (with `partner`) that has a "with" partner."""
    for child in token.children:
        if partner and child.dep_ == "prep" and child.lower_ == "with" and any(p.dep_ == "pobj" for p in child.children):
            return True
        if child.dep_ in ("nsubj", "nsubjpass"):
            if any(c.dep_ == "conj" for c in child.children):
                return True
            if any(c.dep_ == "conj" for m in child.children if m.dep_ in ("amod", "compound", "nmod") for c in m.children):
                return True
            if child.tag_ == "NNS" and child.lemma_.lower() in _SEVERAL_STATES:
                return True  # "the Baltic countries merged their patrols", "the allies pooled their reserves"
    return False


def _two_at_work(verb) -> bool:
    """Two parties named as the subject of a verb of shared work, or of the aspect verb it completes:
    "X and Y assembled ...", "X and Y began assembling ..." (a "with" partner alone is not enough)."""
    if _done_by_two(verb, partner=False):
        return True
    # an xcomp always has a head other than itself (only the root heads itself)
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in _ASPECT_VERBS and _done_by_two(head, partner=False)


# plural subjects that name several states or their governments
_SEVERAL_STATES = {"state", "nation", "country", "ally", "government", "neighbour", "neighbor", "member", "partner"}


def _hyphenated_modifier(i: int, tree) -> bool:
    """"drought-hit Afghanistan", "rebel-held areas", "war-torn": a participle hyphened to a word and
    modifying a noun describes it, it reports no event ("test-fired" is a verb: a test is an act).
    Read by index: doc[i] and token.head build Tokens."""
    return (i >= 2 and tree.texts[i - 1] == "-" and tree.lowers[i - 2] not in ("test", "re")
            and tree.deps[i] in ("amod", "compound", "nmod") and tree.pos[tree.heads[i]] in ("NOUN", "PROPN"))


def _reduced_relative_as_verb(verb, tree) -> bool:
    """"Sailors held hostage by pirates for months were released": the small parser reads the participle
    describing the subject as the sentence's verb (a participle, or a past with an agent, so a passive, yet no
    auxiliary) and hangs the real passive verb ("were released") below it."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False  # (asked of every lexicon verb: the tag before the children)
    # the children by index from the Doc's table (no Token built per child)
    deps, kids = tree.deps, tree.children
    v = verb.i
    children = kids[v]
    # (a past participle needs no agent to show it: "activists imprisoned for X were released")
    return ((verb.tag_ == "VBN" or any(deps[c] == "agent" for c in children))
            and any(deps[c] == "nsubj" and c < v for c in children)
            and not any(deps[c] in ("aux", "auxpass") for c in children)
            and any(deps[c] in ("conj", "relcl", "ccomp") and tree.pos[c] == "VERB" and any(deps[a] == "auxpass" for a in kids[c])
                    for w in children for c in (w, *kids[w]) if c > v))


# verbs whose "-ing" complement is an act of their subject's ("began visiting the camps")
_ASPECT_VERBS = {"begin", "start", "continue", "keep", "stop", "resume", "finish", "avoid", "consider", "plan", "quit",
                 "risk", "recommend", "suggest", "go", "spend", "be"}


def _visiting_guest(token, tree) -> bool:
    """"told visiting officials that ...", "met the visiting delegation": "visiting" names who the guests are (the small
    parser may make it a complement of the verb before it); the visit is not what the sentence reports."""
    if tree.lowers[token.i] != "visiting":
        return False
    if tree.deps[token.i] == "amod":
        return True
    head = token.head
    return head.pos_ == "VERB" and token.i == head.i + 1 and head.lemma_.lower() not in _ASPECT_VERBS and not any(
        c.dep_ in ("dobj", "obj") for c in head.children)


def _describing_participle(token, tree) -> bool:
    """"the besieged enclave", "the banned party": a past participle modifying a noun describes
    it; the act it names is not what the sentence reports."""
    if tree.deps[token.i] != "amod" or token.tag_ != "VBN" or token.head.pos_ not in ("NOUN", "PROPN") or \
            token.head.dep_ == "ROOT":
        return False
    # only words like "the", "two", "newly" before it in its noun phrase: "The air force scrambled
    # jets" is a clause the small parser misread as a noun phrase
    return all(w.pos_ in ("DET", "NUM", "ADV", "ADJ", "PRON") for w in token.doc[token.head.left_edge.i:token.i])


# verbs of a vehicle coming in: what it carries decides whether its coming is help
_ARRIVING = {"arrive", "land", "reach", "touch"}
_RELIEF_ARRIVED = TriggerType("AID", "humanitarian", "07")
