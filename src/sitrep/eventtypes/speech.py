"""Clause readings of things said: promises and offers, prospects raised, calls on someone (a visit
or a demand), calls heeded, rallies against a third party, blame laid, trailing attributions,
and information released (published, nobody freed).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .conventions import BLAME_WORDS, COOPERATIVE, HOSTILE, REPORTING
from .force import FIGHTERS, keeping_peace
from .loader import TriggerType, lexicon
from .subjects import names_party, phrase_code
from .triggers import HINTING, SUPPLYING, hinted_acts, trigger_type


# Calls on others to act against a third party rally opposition against it (CAMEO 113, PLOVER ACCUSE):
# "called on Arab states to unite against X", "urged the world to isolate X", "called for a boycott of X".
_RALLY_HEADS = {"call", "urge", "appeal", "ask", "press", "encourage", "exhort", "implore", "demand", "lobby"}
_RALLY_WORDS = {"unite", "mobilize", "mobilise", "rise", "resist", "oppose", "isolate", "boycott", "confront", "ostracize",
                "ostracise", "shun", "punish", "sanction", "embargo", "action", "measure", "stand", "fight", "struggle",
                "isolation", "sanctions", "campaign", "front", "pressure", "rally",
                # "close ranks against", "form a coalition against", "band together against"
                "rank", "ranks", "coalition", "band", "gang"}
# ... that take their target as an object: "isolate Israel", "a boycott of the regime"
_RALLY_OBJECT_WORDS = {"isolate", "boycott", "ostracize", "ostracise", "shun", "punish", "sanction", "resist", "oppose",
                       "confront", "embargo", "isolation"}
# what is stopped or lifted is no act called for: "demanded that X stop attacks against Y"
_UNDOING = {"stop", "end", "halt", "cease", "refrain", "avoid", "lift", "ease", "suspend", "drop", "abandon", "prevent",
            "renounce", "disavow", "forswear", "quit", "withdraw", "reverse", "scrap", "cancel"}


# verbs of bringing others to one's side: "rallied the union's members against X" (CAMEO 113 when X is a party)
RALLYING = frozenset({"rally", "mobilise", "mobilize", "galvanise", "galvanize", "marshal"})


def rallied_against(token: Token) -> Optional[Token]:
    """The party a call on others to act against names ("unite against Israel", "isolate Israel", "a
    boycott of the regime"), or None when the call is no such rally (a plain request). Also the party
    others are rallied against ("rallied its allies against X", "rallied MPs against X's land bill")."""
    if token.pos_ != "VERB":
        return None
    if token.lemma_.lower() in RALLYING:
        return _rallied_others_against(token)
    if token.lemma_.lower() not in _RALLY_HEADS:
        return None
    for word in token.subtree:
        if word.i == token.i or word.pos_ not in ("VERB", "NOUN"):
            continue
        lemma = word.lemma_.lower()
        kind = trigger_type(word)
        if lemma not in _RALLY_WORDS and (kind is None or kind.plover_type not in ("SANCTION", "ASSAULT")):
            continue
        if _undone(word, token):
            continue
        holders = [word, *(c for c in word.children if c.dep_ == "prt")]
        if word.dep_ in ("dobj", "obj") and word.head.pos_ == "VERB":
            holders.append(word.head)  # "take action against", "impose an embargo against"
        targets = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "against"
                   for p in c.children if p.dep_ == "pobj"]
        # "against what he called British colonialism": the party is named by what the speaker called it
        targets += [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "against"
                    for v in c.children if v.dep_ == "pcomp" and v.lemma_.lower() in ("call", "term", "describe", "brand")
                    for o in v.children if o.dep_ in ("oprd", "dobj", "obj") and o.lower_ != "what"]
        if lemma in _RALLY_OBJECT_WORDS:
            targets += [c for c in word.children if c.dep_ in ("dobj", "obj")]
            targets += [p for c in word.children if c.dep_ == "prep" and c.lower_ in ("of", "on")
                        for p in c.children if p.dep_ == "pobj"]
        for target in targets:
            if names_party(target):
                return target
    return None


def _rallied_others_against(verb) -> Optional[Token]:
    """"rallied Muslim states against Tolvik", "rallied MPs against the government's land bill": others (an object,
    not fighters) brought together against a party or a party's measure; None for a crowd that rallied."""
    rallied = [c for c in verb.children if c.dep_ in ("dobj", "obj", "appos")]  # (appos: a headline misparsed)
    # (fighters are rallied in war, not in politics: "rallied his troops against the raiders")
    if not rallied or any(r.lemma_.lower() in FIGHTERS or r.lower_ in FIGHTERS for r in rallied):
        return None
    holders = [verb, *rallied]  # (the parser may hang "against" on the ones rallied)
    for target in (p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "against"
                   for p in c.children if p.dep_ == "pobj"):
        if names_party(target):
            return target
        for owner in (o for o in target.children
                      if o.dep_ == "poss" and o.lower_ not in ("its", "their", "his", "her")):
            if names_party(owner):
                return owner  # "against the government's pension reform": the government
    return None


def _undone(word, call) -> bool:
    """Whether `word` is something to stop or not to do, on the way up to the call."""
    node = word
    for _ in range(6):
        if node.i == call.i:
            return False
        if node.lemma_.lower() in _UNDOING or any(c.dep_ == "neg" for c in node.children):
            return True
        node = node.head
    return False


# verbs of keeping one's word: "vowed to honour the accord" is a promise, not a threat
_KEEPING = {"honour", "honor", "respect", "abide", "uphold", "observe", "implement", "keep", "maintain", "extend", "renew"}
# verbs of building or paying for something: "vowed to build ports", "swore to rebuild the town" promise help, no threat
_BUILDING = {"build", "rebuild", "construct", "reconstruct", "develop", "invest", "finance", "fund", "modernise", "modernize"}
_PROMISING = {"promise", "pledge", "vow", "swear", "guarantee"}
# verbs of bettering a relation or settling a quarrel: "vowed to step up cooperation", "swore to resolve the dispute";
# what they better must be a tie (or a quarrel settled), and nothing hostile may be named ("step up attacks" is a threat)
_BETTERING = {"step", "strengthen", "deepen", "boost", "expand", "broaden", "enhance", "improve", "bolster", "widen",
              "increase", "promote", "advance", "foster", "forge", "intensify", "upgrade", "elevate", "cement", "revive"}
_SETTLING = {"settle", "resolve", "reform", "overhaul", "normalise", "normalize", "mend", "repair", "defuse"}
_TIES = {"tie", "ties", "relation", "relations", "relationship", "cooperation", "co-operation", "partnership", "trade",
         "dialogue", "friendship", "link", "links", "coordination", "collaboration", "exchange", "exchanges", "investment",
         "integration", "alliance"}
# what a vow as a noun may promise that betters things: "vowed sweeping reforms", "pledged closer cooperation"
_BETTER_NOUNS = {"reform", "reforms", "change", "changes", "overhaul", "cooperation", "co-operation", "support", "aid",
                 "assistance", "help", "investment", "transparency", "dialogue", "partnership", "reconciliation"}


def _peaceable(word) -> bool:
    """No hostile act named under the word ("step up attacks", "reforms ... by force" are no promises)."""
    return not any((kind := trigger_type(w)) is not None and kind.plover_type in HOSTILE | {"THREATEN", "ACCUSE"}
                   for w in word.subtree if w.pos_ in ("NOUN", "VERB")) and not any(
        w.lemma_.lower() in _RETRIBUTION or w.lower_ == "force" for w in word.subtree)


def _bettering(clause) -> bool:
    """A vow to better a tie or settle a quarrel: "to step up judicial cooperation", "to settle their dispute"."""
    lemma = clause.lemma_.lower()
    if clause.pos_ != "VERB" or lemma not in _BETTERING | _SETTLING or not _peaceable(clause):
        return False
    if lemma in _SETTLING:
        return True
    return any(o.lemma_.lower() in _TIES or o.lower_ in _TIES for o in clause.children if o.dep_ in ("dobj", "obj"))


# sending or giving, and what a state sends another to help it: a vow of these is a promise of aid, not a threat
_GIVING = SUPPLYING | {"give", "donate"}
# arms: a vow to send them "to <a place>" may be a threat on it; they are aid only handed to a party or sent by a state
_WEAPONS_SENT = {"helicopter", "jet", "aircraft", "drone", "tank", "missile", "weapon", "arms", "ammunition", "battery"}
_HELP_SENT = _WEAPONS_SENT | {"equipment", "system", "adviser", "instructor", "trainer", "aid", "assistance", "funding",
                              "money", "loan", "vaccine", "food", "medicine", "supplies", "grain"}
_CONDITIONS = {"if", "unless"}


def _help_sent(clause) -> bool:
    """"(vowed) to send Tolvik helicopters and advisers", "(promised) Varnia would send another air defence battery
    to Tolvik": gear, advisers or aid sent to a party named (an indirect object or "to" a party), no troops. A vow on
    a condition ("... if the siege continued") is a threat, and arms sent "to" a place by no state may be an attack."""
    if clause.pos_ != "VERB" or clause.lemma_.lower() not in _GIVING or any(c.dep_ == "neg" for c in clause.children):
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
           for v in (clause, clause.head) for c in v.children):
        return False
    sent = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
    sent += [c for o in sent for c in o.children if c.dep_ == "conj"]
    if not sent or not all(o.lemma_.lower() in _HELP_SENT or o.lower_ in _HELP_SENT for o in sent):
        return False
    takers = [c for c in clause.children if c.dep_ == "dative" and not any(p.dep_ == "pobj" for p in c.children)]
    # ("send Tolvik helicopters": the parser may hang the indirect object on the goods as a compound)
    takers += [m for m in sent[0].children if m.dep_ == "compound" and m.ent_type_ == "GPE" and m.i < sent[0].i]
    sent_to = [p for c in clause.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
               for p in c.children if p.dep_ == "pobj"]
    if not any(o.lemma_.lower() in _WEAPONS_SENT or o.lower_ in _WEAPONS_SENT for o in sent) or _by_a_state(clause):
        takers += sent_to
    return any(names_party(t) for t in takers)


def _by_a_state(clause) -> bool:
    """Whether the sender (the clause's subject, or the vowing verb's for "vowed to send") is a state."""
    senders = [c for v in (clause, clause.head) for c in v.children if c.dep_ == "nsubj"]
    if not senders:
        return False
    code = phrase_code(senders[0])
    return senders[0].ent_type_ == "GPE" or code.role == "GOV" or bool(code.country) and code.role is None


def promised(token, base: TriggerType, tree) -> Optional[TriggerType]:
    """A vow to keep or to do something cooperative is a promise (CAMEO 03); a promise of attacks or
    reprisals is a threat (13); an offer made on a condition ("offered X credit if ...") an offer (03)."""
    if tree.pos[token.i] != "VERB" or tree.lemmas[token.i] not in _PROMISING | {"offer"}:
        return None
    if base.plover_type == "THREATEN":
        for clause in (c for c in token.children if c.dep_ in ("xcomp", "ccomp")):
            kind = trigger_type(clause)
            if _refused(clause, kind):
                return TriggerType("REJECT", None, "12")  # "vowed never to hand over power": a refusal
            if clause.lemma_.lower() in _KEEPING | _BUILDING or (kind is not None and kind.plover_type in COOPERATIVE):
                return TriggerType("AGREE", None, "03")
            if _bettering(clause):
                return TriggerType("AGREE", None, "03")  # "vowed to deepen trade ties", "swore to settle the row peacefully"
            if _help_sent(clause):
                return TriggerType("AGREE", None, "03")  # "vowed X would send a battery to Y": aid promised
        if token.lemma_.lower() != "offer" and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _BETTER_NOUNS and _peaceable(c) for c in token.children):
            return TriggerType("AGREE", None, "03")  # "vowed sweeping reforms", "pledged closer cooperation"
        return None
    if base.plover_type == "AGREE":
        # ("bloodshed" may be tagged an adjective)
        for obj in (c for c in token.children if c.dep_ in ("dobj", "obj") and (c.pos_ == "NOUN" or c.lower_ in _RETRIBUTION)):
            kind = trigger_type(obj)
            if (kind is not None and kind.plover_type in ("ASSAULT", "COERCE")) or _retribution(obj, token):
                return TriggerType("THREATEN", None, "13")  # "promised a resolute response if ...", "vowed revenge"
        if token.lemma_.lower() in _PROMISING:
            # "pledged to hit any convoy tied to X": a promise of force is a threat ("pledged not to attack" is none)
            for clause in (c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
                kind = trigger_type(clause)
                if kind is not None and kind.plover_type == "MOBILIZE" and _help_sent(clause):
                    return None  # "promised to send Bogota helicopters and advisers": aid promised, no threat
                if kind is not None and kind.plover_type in ("ASSAULT", "COERCE", "MOBILIZE") and not any(
                        n.dep_ == "neg" for n in clause.children):
                    if kind.plover_type == "MOBILIZE" and keeping_peace(clause):
                        return None  # "vowed to dispatch a peacekeeping contingent": a promise of protection, no threat
                    return TriggerType("THREATEN", None, "13")
                if _refused(clause, kind):
                    return TriggerType("REJECT", None, "12")  # "pledged never to recognise the enclave": a refusal
        return None
    if base.plover_type in COOPERATIVE and any(m.dep_ == "mark" and m.lower_ in ("if", "provided", "providing")
                                                for c in token.children if c.dep_ == "advcl" for m in c.children):
        return TriggerType("AGREE", None, "03")
    if base.plover_type in COOPERATIVE and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() in ("return", "exchange") for p in c.children)
            for c in token.children):
        return TriggerType("AGREE", None, "03")  # "offered X fuel in return for a freeze": a bargain proposed
    return None


_OFFER_NOUNS = {"offer", "pledge", "promise"}


def help_offered(token, base: TriggerType) -> Optional[TriggerType]:
    """"extended an offer of emergency loans to X", "made a pledge of food aid": help offered is an intent to give it
    (CAMEO 033), where "extended loans to X" gives it."""
    if base.plover_type != "AID":
        return None
    if token.pos_ == "NOUN" and token.lemma_.lower() in _OFFER_NOUNS:
        return TriggerType("AGREE", None, "03")
    if token.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and c.lemma_.lower() in _OFFER_NOUNS
                                    for c in token.children):
        return TriggerType("AGREE", None, "03")
    return None


def _refused(clause, kind) -> bool:
    """A cooperative act vowed never to be done ("vowed never to free them"); a vow not to allow raids is a promise."""
    if kind is None or kind.plover_type not in COOPERATIVE or not any(n.dep_ == "neg" for n in clause.children):
        return False
    return not any((found := trigger_type(w)) is not None and found.plover_type in HOSTILE
                   for w in clause.subtree if w.i != clause.i)


# what is promised in return for something: "vowed revenge"; a response or reply only when hard or held over a
# condition ("promised a resolute response", "promised a response if ..."; "a swift response to the request" is none)
_RETRIBUTION = {"retaliation", "revenge", "reprisal", "reprisals", "retribution", "vengeance", "punishment",
                "countermeasure", "countermeasures", "consequence", "consequences", "bloodshed"}
_RESPONSES = {"response", "reply", "answer"}
_HARD = {"resolute", "firm", "forceful", "crushing", "harsh", "strong", "decisive", "military", "tough", "severe",
         "befitting", "robust", "fitting", "devastating", "powerful", "fierce", "merciless"}


def _retribution(obj, verb) -> bool:
    lemma = obj.lemma_.lower()
    if lemma in _RETRIBUTION:
        return True
    return lemma in _RESPONSES and (any(m.dep_ == "amod" and m.lower_ in _HARD for m in obj.children) or any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for c in verb.children if c.dep_ == "advcl"
        for m in c.children))


_PROSPECTS = {"prospect", "possibility", "spectre", "specter"}


def prospect_of(token, base: TriggerType) -> Optional[TriggerType]:
    """"raised the prospect of sanctions" is a threat, "raised the prospect of talks" an offer (CAMEO 03)."""
    if base.plover_type != "THREATEN" or token.pos_ != "VERB":
        return None
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _PROSPECTS):
        # (the parser may hang the "of" on the verb or a date: "held out the prospect on Monday of joint patrols")
        named = [*obj.subtree, *_of_after(obj)]
        if _all_cooperative(trigger_type(w) for w in named if w.i != obj.i and w.pos_ in ("NOUN", "VERB")):
            return TriggerType("AGREE", None, "03")
    # "hinted at armed retaliation" (13), "hinted at a return to talks" (03)
    if token.lemma_.lower() in HINTING and _all_cooperative(hinted_acts(token)):
        return TriggerType("AGREE", None, "03")
    return None


def _of_after(noun) -> list:
    """The words of the first "of" phrase after a noun, before any comma, wherever the parser hung it."""
    for word in noun.doc[noun.right_edge.i + 1:noun.sent.end]:
        if word.is_punct:
            break
        if word.lower_ == "of" and word.dep_ == "prep":
            return list(word.subtree)
    return []


def _all_cooperative(kinds) -> bool:
    """Whether the acts named (types, None for none) are some, and all cooperative."""
    types = [k.plover_type for k in kinds if k is not None]
    return bool(types) and all(k in COOPERATIVE for k in types)


# people one calls on (visits) by their office
_CALLED_ON = {"speaker", "president", "minister", "premier", "king", "queen", "emir", "leader", "commander", "chief",
              "governor", "ambassador", "patriarch", "pope", "chancellor", "prince", "sultan", "counterpart", "head"}


_JOURNEYS = {"visit", "trip", "tour", "arrive", "stopover"}
_SPEAKING = REPORTING | {"speak", "address"}


def called_on(token, base: TriggerType) -> Optional[TriggerType]:
    """"called on the premier at his official residence (to discuss X)": a visit (CAMEO 042), where "called on
    X to withdraw" is a demand."""
    if base.plover_type != "REQUEST" or token.pos_ != "VERB" or token.lemma_.lower() != "call":
        return None
    children = list(token.children)
    visited = [p for c in children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    if not visited or all(p.tag_ in ("NNS", "NNPS") for p in visited if p.ent_type_ not in ("DATE", "TIME")):
        return None  # "called on leaders to discuss peace", "called on the parties to ...": several called on are asked
    # the caller on a journey ("Arriving in Lima for a visit, the minister called on X to discuss Y", "called on X during
    # a visit to discuss"): the person is visited and talks are the purpose, as with a place "at"
    # ("Speaking during a visit, the pope called on the president to ...": a call made in a speech)
    travelling = any(w.lemma_.lower() in _JOURNEYS for c in children if c.dep_ in ("advcl", "prep") and c.lower_ != "on"
                     and c.lemma_.lower() not in _SPEAKING for w in c.subtree)
    if not (travelling or any(c.dep_ == "prep" and c.lower_ == "at" for c in children)):
        # "toured the capital, calling on the patriarch and the mayor": a person called on with nothing asked of them
        # ("called on the mayor to resign" asks)
        asked = any(c.dep_ in ("xcomp", "ccomp") for c in token.children) or any(
            c.dep_ in ("acl", "relcl") for p in visited for c in p.children)
        if asked or not any(p.ent_type_ == "PERSON" or p.lemma_.lower() in _CALLED_ON for p in visited):
            return None
    # (an opening participle sets the scene: "Arriving in Lima, ...")
    for clause in (c for c in children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > token.i):
        kind = trigger_type(clause)
        if kind is None or kind.plover_type != "CONSULT":
            return None  # "called on X at the UN to withdraw": a demand
    return TriggerType("CONSULT", "visit", "04")


# what a guest is welcomed to that makes the welcome a visit received: a place, or talks
_HOSTING = {"welcome", "greet", "fete"}


def welcomed_guest(token, base: TriggerType) -> Optional[TriggerType]:
    """"welcomed the Peruvian foreign minister to the palace (for talks)": a visit hosted (CAMEO 042), where
    "welcomed the decision" is praise."""
    if base.plover_type != "SUPPORT" or token.pos_ != "VERB" or token.lemma_.lower() not in _HOSTING:
        return None
    guests = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    named = any(g.ent_type_ == "PERSON" or (g.pos_ == "PROPN" and any(c.dep_ == "compound" for c in g.children))
                for g in guests)
    # (a guest by title, in a named place: "the visiting sultan was feted in Jakarta", not "feted for his bravery")
    titled = any(g.lemma_.lower() in _CALLED_ON for g in guests)
    if not (named or titled):
        return None
    places = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "at", "in", "for") for p in c.children
              if p.dep_ == "pobj"]
    # (talks or a palace a named guest is welcomed to; a feast is only feted in a named place: "at his inauguration" praises)
    if any(p.ent_type_ in ("GPE", "FAC", "LOC") or (named and p.pos_ == "NOUN" and token.lemma_.lower() != "fete")
           for p in places):
        return TriggerType("CONSULT", "visit", "04")
    return None


def held_responsible(token, tree) -> bool:
    """"held Chad responsible for the raid": blame laid (CAMEO 112); "found the men guilty of": a verdict (116);
    "said its agents were linked to the bombing": an actor tied to an act by a speaker."""
    # (the word's own dependency, lemma and part of speech from the Doc's table: Token attributes are string lookups)
    i = token.i
    if tree.deps[i] == "ccomp" and tree.lemmas[i] in _TIED and token.tag_ == "VBN" and \
            tree.lemmas[tree.heads[i]] in REPORTING and any(c.dep_ == "auxpass" for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return True
    return tree.pos[i] == "VERB" and tree.lemmas[i] in ("hold", "find") and any(
        c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lemma_.lower() in BLAME_WORDS
        and not any(n.dep_ == "neg" for n in c.children) for c in token.children)  # "found him not guilty": acquitted


def trailing_attribution(token) -> bool:
    """"..., a rights group protested on Monday": a verb after a comma with a noun subject and no
    object, closing a sentence whose first clause is what was said (the small parser often hangs it
    on the noun as a participle)."""
    if token.pos_ != "VERB" or token.dep_ not in ("acl", "relcl") or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    start = token.head.left_edge.i
    return start > token.sent.start + 2 and token.doc[start - 1].text == "," and not any(
        c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in token.children)


def labelled(token, tree) -> Optional[TriggerType]:
    """"called the killings a war crime", "described the strike as an act of aggression": a charge (CAMEO 111);
    "called the reports baseless", "dismissed ... as lies": a denial (12). None for other names."""
    lex = lexicon()
    if tree.pos[token.i] != "VERB" or tree.lemmas[token.i] not in lex.labelling_verbs:
        return None
    names = [c for c in token.children if c.dep_ in ("oprd", "acomp", "xcomp", "attr")]
    # (the parser may hang the "as" on the object: "described the seizure of X as ...")
    holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
    names += [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
              if p.dep_ == "pobj"]
    # "an act of piracy", "a case of aggression"
    names += [p for n in list(names) for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj"]
    words = {w.lemma_.lower() for n in names for w in (n, *(m for m in n.children if m.dep_ in ("amod", "compound")))}
    words |= {n.lower_ for n in names}
    if words & lex.denial_words:
        return TriggerType("REJECT", None, "12")
    if words & lex.charge_words:
        return TriggerType("ACCUSE", "disapprove", "11")
    return None


_HEEDING = {"heed", "answer", "obey", "follow", "respond", "join"}


def heeded_call(token, base: TriggerType, tree) -> Optional[TriggerType]:
    """"heeded a call for a two-week boycott", "answered the call for a general strike": the act
    called for took place; a call issued or made stays a demand."""
    if base.plover_type != "REQUEST":
        return None
    if tree.pos[token.i] != "NOUN" or tree.lemmas[token.i] != "call":
        return None
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "to" else token.head
    if verb.lemma_.lower() not in _HEEDING:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
        for act in (p for p in prep.children if p.dep_ == "pobj"):
            kind = trigger_type(act)
            if kind is not None:
                return kind
    return None


# participles that tell an act yields to a demand: "..., meeting a key demand of the strikers", "bowing to pressure"
_MEETING = {"meet", "bow", "yield", "accede", "satisfy", "heed", "concede", "answer", "cave", "give", "grant", "fulfil",
            "fulfill"}
_DEMANDS = {"demand", "call", "pressure", "grievance", "condition", "request"}
# what a yielding does not recast: material de-escalation (freeing, withdrawing) stays RETREAT, a yielding stays one
_RECAST = {"SUPPORT", "AGREE", "COOPERATE", "AID", "CONSULT"}


def demand_met(token, base: TriggerType) -> Optional[TriggerType]:
    """An act said to meet or bow to a demand yields on it (CAMEO 08): "recognised the language on Monday, meeting a
    key demand of the protesters", "granted the vote to women, bowing to pressure from X". Freeing people or pulling
    forces back stays a retreat (the file's convention), an agreement to act stays an agreement."""
    if base.plover_type not in _RECAST or token.pos_ != "VERB" or (base.plover_type == "AGREE" and token.lemma_.lower()
                                                                     in ("agree", "pledge", "promise", "vow", "offer")):
        return None
    for clause in (c for c in token.children if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG"):
        if clause.lemma_.lower() not in _MEETING:
            continue
        things = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
        things += [p for c in clause.children if c.dep_ in ("prep", "prt") for p in c.children if p.dep_ == "pobj"]
        if any(t.lemma_.lower() in _DEMANDS for t in things):
            return TriggerType("CONCEDE", None, "08")
    return None


# passive participles that tie an actor to an act a speaker reports ("were linked to the bombing")
_TIED = {"link", "tie", "connect"}


# Things published, not people freed, when "released" ("released a video", "figures released on Monday")
_INFORMATION = {"video", "statement", "report", "figure", "data", "detail", "list", "photo", "photograph", "picture",
                "image", "footage", "tape", "recording", "audio", "result", "document", "name", "transcript",
                "communique", "communiqué", "message", "letter", "film", "album", "book", "memoir", "study", "survey",
                "poll", "estimate", "statistic", "forecast", "text", "version", "update", "guideline", "plan", "budget",
                "readout", "declaration", "summary", "memo", "memorandum", "finding", "minute"}


def released_information(verb) -> bool:
    """Whether what the verb releases is information: its object, its passive subject, or the noun
    it describes ("a video released on Monday")."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        things.append(verb.head)
    return any(t.lemma_.lower() in _INFORMATION for t in things)


# bodies set up to look into something, and what makes them an inquiry: "a commission of inquiry", "a fact-finding panel"
_BODIES = {"commission", "committee", "panel", "mission", "team", "body", "board", "tribunal"}
_INQUIRING = {"inquiry", "enquiry", "investigation", "probe", "fact-finding", "investigative", "inquest"}


def inquiry_set_up(token, base: TriggerType, tree) -> Optional[TriggerType]:
    """"established a commission of inquiry", "formed a fact-finding panel": an investigation (CAMEO 09),
    where a body set up on its own is cooperation or nothing."""
    if base.plover_type != "COOPERATE":
        return None
    if tree.pos[token.i] != "VERB":
        return None
    for body in (c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in _BODIES):
        words = [m for m in body.children if m.dep_ in ("amod", "compound", "nmod")]
        words += [p for c in body.children if c.dep_ == "prep" and c.lower_ in ("of", "into") for p in c.children]
        if any(w.lower_ in _INQUIRING or w.lemma_.lower() in _INQUIRING or c.dep_ == "prep" and c.lower_ == "into"
               for w in words for c in [w.head]):
            return TriggerType("ACCUSE", "investigate", "09")
        # "set up a panel to investigate the dealings of X": what the body is for (the parser may hang the purpose
        # on the verb: "set up a committee | to investigate")
        purposes = [c for c in body.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        purposes += [c for c in token.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > body.i and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        for purpose in purposes:
            kind = trigger_type(purpose)
            if kind is not None and kind.plover_type == "ACCUSE" and kind.plover_mode == "investigate":
                return kind
    return None
