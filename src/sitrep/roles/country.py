"""Which country an actor is of when its phrase does not say, and the country a sentence is about.

With no story hint, a role-only actor takes the country its sentence names most ("rebels" in a
sentence on Sudan are Sudanese), though a government meeting or aiding another is not given the
other's. CAMEO conventions for peoples: "ethnic X" are coded where they live, and a people named
by its demonym ("Kurds", "Palestinians") is the public of its country (CVL).
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from spacy.tokens import Span as SpacySpan

from .. import actors
from ..dateline import _find_place
from ..models import Actor
from ..nlp import doc_memo, entities_within, text_of
from ..places import gazetteer, source_seat
from .mentions import state_country
from .syntax import prep_objects
from .words import COUNT_WORDS


# Types of acts that, between two governments, are between two countries ("the government thanked
# China", "the President met the South African leader"); not coercion, concessions or protest,
# which happen at home ("the king dismissed the government").
BETWEEN_STATES = {"CONSULT", "COOPERATE", "AID", "SANCTION", "SUPPORT", "AGREE", "REQUEST", "REJECT", "ACCUSE", "THREATEN",
                  "MOBILIZE", "RETREAT", "ASSAULT"}

# Roles that belong to a country (not "IGO", "NGO"): a role-only actor of these takes the sentence's.
_DOMESTIC_ROLES = actors.DOMESTIC_ROLES | {"INS", "REF", "NGO"}  # (an unnamed NGO: "raided the offices of NGOs")

# Roles of people and firms coded where they work even when called foreign ("foreign journalists", "foreign firms")
_WORKING_ROLES = {"MED", "BUS", "NGO"}

# Roles of armed groups, coded by where they operate (a place named) before any people named
_OPERATING_ROLES = {"REB", "INS", "UAF", "CRM"}

# Words that say an actor is not of the country where it acts: "the international tribunal", "foreign troops".
_NOT_LOCAL = {"international", "foreign", "multinational", "regional", "global", "world", "un", "u.n.", "western"}

# Entities whose country a sentence is about: places, peoples ("Chilean"), organisations and known people
_COUNTRY_ENTITIES = {"GPE", "LOC", "NORP", "ORG", "PERSON"}


def people_as_civilians(actor: Optional[Actor], sentence: SpacySpan) -> Optional[Actor]:
    """A people named by its plural demonym ("Palestinians", "ethnic Albanians", "thousands of Kurds")
    is the public of its country: role CVL, as for protesters and residents."""
    if actor is None or actor.code.role is not None or not actor.code.country:
        return actor
    span = sentence.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span.start < sentence.start or span.end > sentence.end:
        return actor
    head = span.root
    if head.lemma_.lower() in COUNT_WORDS:  # "thousands of Kurds"
        head = next(iter(prep_objects(head, ("of",))), head)
    if head.tag_ not in ("NNS", "NNPS") or (head.ent_type_ != "NORP" and not actors.code_actor(head.text).country):
        return actor
    # "broke off talks with the Palestinians": a people one negotiates with is its leadership
    role = "GOV" if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.lemma_.lower() in TALKS_NOUNS else "CVL"
    return actors.with_role(actor, role)


# Dealings between parties, whose partner named as a people is its leadership
TALKS_NOUNS = {"talk", "talks", "negotiation", "dialogue", "relation", "tie", "contact", "agreement", "accord", "treaty", "deal"}


def fill_country(sentence: SpacySpan, actor: Optional[Actor], other: Optional[Actor], between_states: bool) -> Optional[str]:
    """The sentence's country for a role-only actor; in an act between states, a government acting on
    another government is of another country ("the President met the South African leader")."""
    if actor is None or actor.code.country:
        return None
    exclude = other.code.country if between_states and other is not None and actor.code.role == "GOV" and \
        other.code.role == "GOV" else None
    if between_states and actor.code.role == "GOV" and (partner := _partner_country(sentence, actor)):
        # an official named beside another state's ("Secretary Smith and Chinese Foreign Minister Li held talks")
        # is the other side of the talks, not of that state
        exclude = frozenset({exclude, partner})
    if actor.code.role in _OPERATING_ROLES:
        # armed groups are of the country they operate in: "gunmen kidnapped two Chinese engineers in Mali"
        return sentence_country(sentence, exclude=exclude, places_only=True) or sentence_country(sentence, exclude=exclude)
    found = sentence_country(sentence, exclude=exclude)
    if found is None and other is not None and not (between_states and other.code.role == "GOV"):
        # no country named but the other party's: "the ELN would resume attacks unless the government ...",
        # rebels, protesters or an opposition face their own state's government
        found = state_country(other.code.country)
    return found


def _partner_country(sentence: SpacySpan, actor: Actor) -> Optional[str]:
    """The country of the government actor coordinated with `actor`'s phrase ("X and Chinese Foreign
    Minister Y"), when that partner's own words name one."""
    span = sentence.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    partners = [t for t in root.children if t.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(root.head)
    for partner in partners:
        # its own words up to its head ("Chinese Foreign Minister Li"), not what follows it
        code = actors.code_actor(sentence.doc[partner.left_edge.i:partner.i + 1].text)
        if code.country and code.role == "GOV":
            return code.country
    return None


def where_they_live(actor: Optional[Actor], sentence: SpacySpan) -> Optional[Actor]:
    """A people named as "ethnic X" is coded, as CAMEO does, by the country it lives in: the place
    the sentence names that is not X's own ("ethnic Albanians demonstrated in Serbia": SRB)."""
    if actor is None or not actor.code.country or "ethnic" not in actor.text.lower().split():
        return actor
    home = sentence_country(sentence, exclude=actor.code.country, places_only=True)
    if home is None:
        return actor
    return actors.with_country(actor, home)


def with_country(actor: Optional[Actor], country: Optional[str]) -> Optional[Actor]:
    if actor is None or country is None or actor.code.country or actor.code.role not in _DOMESTIC_ROLES or (
            _NOT_LOCAL & set(actor.text.lower().split()) and not (
                actor.code.role in _WORKING_ROLES and "foreign" in actor.text.lower().split())):
        return actor
    return actors.with_country(actor, country)


def sentence_country(sentence: SpacySpan, exclude: Optional[str] | frozenset = None,
                     places_only: bool = False) -> Optional[str]:
    """The country a sentence is about when no story is around it: the one its places and peoples
    name most often, the first named on a tie ("rebels" in a sentence on Sudan are Sudanese), other
    than `exclude` (a country or a set of them); with `places_only`, places alone count (not peoples or
    organisations)."""
    excluded = exclude if isinstance(exclude, frozenset) else (exclude,)
    counts: Counter = Counter()
    for country, is_place in _sentence_countries(sentence):
        if country not in excluded and (is_place or not places_only):
            counts[country] += 1
    # Counter keeps first-seen order, and most_common is stable: a tie goes to the first named
    return counts.most_common(1)[0][0] if counts else None


def _sentence_countries(sentence: SpacySpan) -> list[tuple[str, bool]]:
    """(country, whether named by a place) of each entity of the sentence that names one, in text
    order, cached per doc. "anti-Syria" names the country one is against, so it does not count."""
    doc = sentence.doc
    cache = doc_memo(doc, "sitrep_sentence_countries")
    if sentence.start not in cache:
        found = []
        towns = []  # towns the tagger took for a person or a body: counted only if no place is named
        text = text_of(doc)
        for ent in entities_within(doc, sentence.start, sentence.end):  # (Span.ents reads every entity of the doc)
            label = ent.label_
            if label not in _COUNTRY_ENTITIES:
                continue
            # (the text sliced once from the Doc's: Span.text builds a Token per word on each read)
            name = text[ent.start_char:ent.end_char]
            if name.lower().startswith("anti") or (
                    ent.start >= 2 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].lower_ == "anti"):
                continue
            is_place = label in ("GPE", "LOC")
            if not is_place and _town_mistagged(ent, name):
                towns.append((len(found), actors.place_country(name)))
                continue
            if not is_place and actors.in_dateline(ent.root):
                continue  # "BAMAKO (AP) --": the agency's country is not the story's
            if is_place and source_seat(text, ent.end_char):
                continue  # "the London-based monitor said": where a source sits, not where the story is
            country = actors.place_country(name) if is_place else state_country(actors.code_actor(name).country)
            if country:
                found.append((country, is_place))
        if towns and not any(is_place for _, is_place in found):
            for position, country in reversed(towns):  # (in text order among the rest)
                found.insert(position, (country, True))
        cache[sentence.start] = found
    return cache[sentence.start]



# Prepositions of where something happens, and nouns of parts of a town ("in a suburb of X")
_SCENE_PREPS = {"in", "near", "outside", "across", "throughout"}
_TOWN_PARTS = {"suburb", "suburbs", "outskirts", "centre", "center", "district", "neighbourhood", "neighborhood"}

# Nouns a region's name may stand before ("in X state", "across the X highlands")
_REGION_NOUNS = {"state", "province", "region", "district", "highland", "highlands", "valley", "governorate", "county"}


def _town_mistagged(ent: SpacySpan, name: str) -> bool:
    """A town the small tagger took for a person or a body, told by where it stands ("clashed with police in a
    suburb of X", "in X on Monday") and by the gazetteer, which must know it mainly as a town; or a region it
    took for a people or a title ("across X", "in X state") that no dictionary entry codes."""
    if ent.label_ not in ("PERSON", "ORG", "NORP", "WORK_OF_ART") or len(ent) > 2:
        return False
    root = ent.root
    unknown = not actors.code_actor(name).country
    named_region = unknown and root.dep_ == "compound" and root.head.lower_ in _REGION_NOUNS
    region = named_region or (ent.label_ in ("NORP", "WORK_OF_ART") and unknown)
    if not (region or ent.label_ in ("PERSON", "ORG")):
        return False
    if named_region:
        root = root.head  # "in X state"
    prep = root.head
    if root.dep_ != "pobj" or not (prep.lower_ in _SCENE_PREPS or (
            prep.lower_ == "of" and prep.head.lemma_.lower() in _TOWN_PARTS)):
        return False
    return (actors.is_city(name) or (region and _one_country_region(name))) and bool(actors.place_country(name))


def _one_country_region(name: str) -> bool:
    """Whether the gazetteer's regions of a name are all of one country ("Punjab" is India's and Pakistan's: no
    evidence for either)."""
    regions = {m.place.country for m in gazetteer().matches(name) if m.kind == "name" and m.place.feature_class == "A"}
    return len(regions) <= 1


def preceding_country(sentence: SpacySpan, article_country: str) -> str:
    """The country a role-only actor of `sentence` is of, given the article's main one: that one when the
    article has named it by the sentence (places, peoples, bodies); else the nearest place named up to the
    sentence (its own, then earlier sentences', then the dateline's, "NAIROBI, March 9 -"): an actor belongs
    to what was told before it, not to a later paragraph about another event. The sentences are read once,
    in order, and only up to the one asked about or to the first that names the article's country (most
    articles name it at once): after that the answer is the article's country."""
    doc = sentence.doc
    state = doc.user_data.get("sitrep_preceding_countries")
    if state is None or state["article"] != article_country:
        # (the tagger may take "ACCRA" for a body) the filing place only: detect_dateline's place is _find_place's,
        # and its publication-time search scans the whole text (2 % of extraction, once per article)
        filed_from = _find_place(text_of(doc))[0]
        nearest = actors.place_country(filed_from.text) if filed_from is not None else None
        state = doc.user_data["sitrep_preceding_countries"] = {
            "article": article_country, "sentences": iter(doc.sents), "read_to": -1, "last": nearest,
            "named_at": -1 if nearest is not None and nearest == article_country else None, "nearest": {}}
    while state["named_at"] is None and state["read_to"] < sentence.start:
        sent = next(state["sentences"], None)
        if sent is None:
            break
        if any(country == article_country for country, _ in _sentence_countries(sent)):
            state["named_at"] = sent.start
        state["last"] = sentence_country(sent, places_only=True) or state["last"]
        state["nearest"][sent.start] = state["last"]
        state["read_to"] = sent.start
    if state["named_at"] is not None and state["named_at"] <= sentence.start:
        return article_country
    nearest = state["nearest"].get(sentence.start)
    return article_country if nearest is None else nearest
