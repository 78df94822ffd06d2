"""Clause readings of people and goods changing hands: suspects handed to justice or sent for trial
(judicial cooperation, CAMEO 063), supplies under a contract (trade, 06), people let go (release,
0841), and taking part in an act (that act).

Each reading takes (token, base type) and returns the type the clause makes it, or None to leave it.
"""
from __future__ import annotations

from typing import Optional

from ..actors import code_actor, names_state
from .cargo import LADEN, RELIEF
from .loader import RECEIVING_VERBS, TriggerType, lexicon
from .relations import world_body
from .subjects import names_party, phrase_code
from .triggers import trigger_type


# Words that make a person handed over someone sought by justice: "handed over a suspected people smuggler"
_SOUGHT = {"suspect", "suspected", "alleged", "wanted", "accused", "fugitive", "convicted", "kingpin", "ringleader",
           # people another state asked for ("the requested persons"): an extradition carried out
           "requested", "extraditable"}
_HANDING = {"hand", "turn", "deliver", "surrender", "transfer", "send", "return"}
_HANDOVERS = {"handover", "hand-over", "transfer", "surrender"}


def handed_suspect(token, base: Optional[TriggerType], tree) -> Optional[TriggerType]:
    """Handing a suspect over to another state's police or courts is judicial cooperation (CAMEO 063),
    not the release of a captive ("handed over two suspected forgers to the Belgian police"). A verb of
    handing with no type of its own (base None: "transferred three militants to Iraq") or read as help
    ("handed the drug lord to US officials") is one only for a person sought or named by a crime."""
    kind = base.plover_type if base is not None else None
    pos, lemma = tree.pos[token.i], tree.lemmas[token.i]
    if kind == "RETREAT" and pos == "NOUN" and lemma in _HANDOVERS:
        # "the handover of three suspected smugglers by Chile to Peru": whom the handover is of
        handed = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"]
        if any(_wrongdoer(p) for p in handed):
            return TriggerType("COOPERATE", "legal", "06")
        return None
    if kind not in ("RETREAT", "COERCE", "AID", None) or pos != "VERB" or lemma not in _HANDING:
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if kind in ("AID", None):
        if any(_wrongdoer(o) for o in objects) and (_to_another_state(token) or _to_justice(token)):
            return TriggerType("COOPERATE", "legal", "06")
        return None
    if kind == "COERCE":
        # "sent 14 jailed gang bosses to Colombia": prisoners handed to another state's justice
        # ("sent the protesters to jail" stays detention)
        held = any(m.lower_ in _HELD for o in objects for m in o.children if m.dep_ in ("amod", "compound"))
        to_state = any(p.ent_type_ == "GPE" for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                       for p in c.children if p.dep_ == "pobj")
        return TriggerType("COOPERATE", "legal", "06") if held and to_state else None
    # "handed over X, the suspected mastermind of ...": the apposition says who X is
    objects += [a for o in objects for a in o.children if a.dep_ == "appos"]
    for obj in objects:
        # "two suspected smugglers", "a woman accused of the arson was handed over", "a man wanted for ..."
        words = {obj.lemma_.lower(), *(m.lower_ for m in obj.children if m.dep_ in ("amod", "compound", "acl"))}
        if words & _SOUGHT:
            return TriggerType("COOPERATE", "legal", "06")
    # "turned over a cartel boss to U.S. authorities": a person held or wanted for a crime, given to another state
    if any(_wrongdoer(o) for o in objects) and _to_another_state(token):
        return TriggerType("COOPERATE", "legal", "06")
    # "handed over the arms dealer to American agents", "... into the custody of": who receives is justice
    return TriggerType("COOPERATE", "legal", "06") if _to_justice(token) else None


def _to_justice(verb) -> bool:
    holders = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod"))]
    return any(p.lemma_.lower() in _JUSTICE for h in holders for c in h.children if c.dep_ in ("prep", "dative")
               and c.lower_ in ("to", "into") for p in c.children if p.dep_ == "pobj")


# people already held by the sender
_HELD = {"jailed", "imprisoned", "detained", "captured", "arrested", "convicted", "incarcerated"}


# people named by a crime or a part in an armed or criminal group: handed to a state, they are handed to its justice
_WRONGDOERS = {"boss", "lord", "kingpin", "trafficker", "smuggler", "militant", "terrorist", "separatist", "insurgent",
               "gangster", "mobster", "jihadist", "criminal", "fugitive", "suspect", "convict", "detainee", "inmate",
               # a fighter of an armed group handed to another state (share type18): "a guerrilla leader to Peruvian police"
               "rebel", "dissident", "guerrilla", "guerilla"}
# a state's officers who receive a person: "to U.S. authorities", "to Afghan officials"
_STATE_OFFICERS = {"authority", "authorities", "official", "officials", "police", "government"}


def _wrongdoer(person) -> bool:
    words = {person.lemma_.lower(), *(m.lower_ for m in person.children if m.dep_ in ("amod", "compound"))}
    return bool(words & (_WRONGDOERS | _SOUGHT | (_HELD - {"captured"}))) or any(
        m.dep_ == "compound" and m.lemma_.lower() in ("cartel", "gang", "drug", "mafia") for m in person.children)


def _to_another_state(verb) -> bool:
    """Whether what is handed goes to a state or its officers ("to Chile", "to Indian authorities")."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod", "dobj", "obj"))]
    for pobj in (p for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                 for p in c.children if p.dep_ == "pobj"):
        if pobj.ent_type_ == "GPE" or (pobj.lemma_.lower() in _STATE_OFFICERS and any(
                m.ent_type_ in ("GPE", "NORP") for m in pobj.children if m.dep_ in ("amod", "compound"))):
            return True
    return False


# who receives a person handed over for trial or questioning
_JUSTICE = {"custody", "court", "tribunal", "judiciary", "justice", "prosecutor", "icc", "interpol", "fbi", "agent",
            "investigator", "detective"}


# military gear a state hands to another's forces: military aid (CAMEO 072), where ground or bases handed over are given up
_GEAR = {"vehicle", "boat", "helicopter", "tank", "equipment", "weapon", "weaponry", "arms", "ammunition", "jet",
         "aircraft", "drone", "plane", "rifle", "gun", "artillery", "missile", "ship", "vessel", "radar", "truck", "launcher"}
# forces that receive it ("to the Ukrainian army", "to the Libyan coast guard")
_FORCES = {"army", "force", "forces", "military", "navy", "police", "guard", "troops", "gendarmerie", "ministry"}
# ... or a government (sent, shipped or flown to it: "shipped tanks to the Angolan government")
_RULERS = {"government", "regime", "authorities"}
_SHIPPING = {"ship", "send", "fly", "airlift", "supply", "dispatch", "rush", "truck", "ferry"}


def gear_handed(token, base: TriggerType, tree) -> Optional[TriggerType]:
    """"handed over 20 armoured vehicles to the Ukrainian army": military aid (CAMEO 072); the gear of an armed group
    handed in ("the militia handed over its weapons to the UN") stays disarmament."""
    lemma = tree.lemmas[token.i]
    shipped = base.plover_type == "MOBILIZE" and lemma in _SHIPPING  # "shipped tanks to the Angolan army"
    if tree.pos[token.i] != "VERB" or not shipped and (
            base.plover_type != "RETREAT" or lemma not in ("hand", "transfer")):
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]  # "armoured cars and tanks"
    # (not one's own gear, "its weapons", nor gear taken and given back, "the seized patrol boat")
    if not any(o.lemma_.lower() in _GEAR and not any(m.dep_ == "poss" for m in o.children) and not any(
            w.lower_ in _KEPT | {"captured"} for w in o.subtree) for o in objects):
        return None
    nonstate = lexicon().subject_words["nonstate"]
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in nonstate for c in token.children):
        return None
    recipients = [p for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for p in c.children
                  if p.dep_ == "pobj"]
    if shipped and _state_sent_gear(token, objects):
        return TriggerType("AID", "military", "07")  # "sent Kyiv more missiles": a state given gear
    # (gear shipped or flown "to Crimea" is a deployment: only a party's forces or government receive it as aid)
    # (nor one's own forces: "sent tanks to its forces in the north")
    if any((p.ent_type_ == "GPE" and not shipped) or (p.lemma_.lower() in _FORCES | _RULERS and names_party(p) and not any(
            m.dep_ == "poss" and m.lower_ in ("its", "their", "his", "her", "our") for m in p.children))
           for p in recipients):
        return TriggerType("AID", "military", "07")
    if shipped and any(_other_state(token, p) for p in recipients):
        return TriggerType("AID", "military", "07")  # "rushed jets to Egypt": gear shipped to another STATE is its aid
    return None


def _state_sent_gear(verb, objects) -> bool:
    """"sends Kyiv more missiles", "shipped Egypt two frigates": a first object naming a state other than the
    sender's, before the gear (the parser may tag the state no place, so its name is read)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    first = next((o for o in objects if o.dep_ in ("dobj", "obj", "dative")), None)
    later = [o for o in objects if first is not None and o.i > first.i and o.lemma_.lower() in _GEAR]
    if subject is None or first is None or not later or first.pos_ != "PROPN":
        return False
    text = verb.doc[first.left_edge.i:first.i + 1].text
    giver = phrase_code(subject).country
    taker = code_actor(text).country
    return names_state(text) and bool(giver and taker and giver != taker)


def _other_state(verb, place) -> bool:
    """Whether `place` names a state wholly ("to Egypt", "to Kyiv", not "to Crimea", "to the north") other than the
    state of the verb's subject: gear shipped to one's own country or to a region of it is a deployment."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and _state_other_than(place.doc[subject.left_edge.i:subject.i + 1].text, place)


def _state_other_than(giver: str, place) -> bool:
    """Whether `place` names a state wholly, and another than the state of `giver` (the text naming who sends)."""
    if place.ent_type_ != "GPE":
        return False
    text = place.doc[place.left_edge.i:place.i + 1].text
    if not names_state(text):
        return False
    giver_country = code_actor(giver).country
    taker = code_actor(text).country
    return bool(giver_country and taker and giver_country != taker)


# verbs that carry goods somewhere: what they carry decides whether it is help ("flew in tents") or a deployment
_CONVEYING = _SHIPPING | {"bring", "deliver", "airdrop", "rush"}
CONVEYING = frozenset(_CONVEYING)


def relief_conveyed(token, tree) -> Optional[TriggerType]:
    """"flew in tents and medicine to X", "rushed vaccines to the flooded province": relief goods carried to where they
    are needed are humanitarian aid (CAMEO 073), whatever the verb of carrying; troops or gear carried are not."""
    if tree.pos[token.i] != "VERB" or tree.lemmas[token.i] not in _CONVEYING:
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    # ("flew in tents": the parser may read the particle as a preposition)
    objects += [p for c in token.children if c.i == token.i + 1 and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    if not objects or not any(o.lemma_.lower() in RELIEF or o.lower_ in RELIEF for o in objects):
        return None
    if any(o.lemma_.lower() in _GEAR or o.lemma_.lower() in _FORCES for o in objects):
        return None  # ("flew in troops and food"): a force with its supplies is a deployment
    return TriggerType("AID", "humanitarian", "07")


# who an outside body sends to look: access given to them lets them in (CAMEO 086)
_OUTSIDE_EYES = {"inspector", "monitor", "observer", "investigator", "expert", "peacekeeper", "team", "mission"}
_GRANTING = {"allow", "grant", "give", "permit"}


def access_granted(token, base: TriggerType, tree) -> Optional[TriggerType]:
    """"allowed the IAEA access to a military site", "granted UN inspectors access to the palaces": an international
    body let in (RETREAT, CAMEO 086, as inspectors allowed to return are); access given to lawyers or markets is not."""
    if tree.pos[token.i] != "VERB" or tree.lemmas[token.i] not in _GRANTING:
        return None
    if base.plover_type == "CONCEDE" and _outsiders_let_in(token):
        return TriggerType("RETREAT", "access", "08")
    doc = token.doc
    access = next((w for w in doc[token.i + 1:min(token.i + 14, token.sent.end)] if w.lower_ == "access"), None)
    if access is None or access not in token.subtree:
        return None
    given = doc[token.i + 1:access.i]
    if any(w.lower_ == "to" for w in given):
        return None  # "said no to a UN appeal for access": the body named is no one given access
    if any(w.lemma_.lower() in _OUTSIDE_EYES for w in given) or (
            len(given) and code_actor(given.text).role in ("IGO", "NGO")):
        return TriggerType("RETREAT", "access", "08")
    return None


# an outside body's coming in, as a noun ("allowed the deployment of X") or as the act it is let do ("... to deploy")
_COMINGS = {"deployment", "entry", "return", "arrival", "presence", "visit", "stationing"}
_COMING_IN = {"deploy", "enter", "return", "open", "operate", "work", "visit", "land", "come", "resume", "station",
              "set", "establish", "fly", "go"}
# words that make a team, force or mission one sent from outside
_FROM_OUTSIDE = {"international", "foreign", "rescue", "relief", "humanitarian", "peacekeeping", "aid", "medical"}


def _outsiders_let_in(verb) -> bool:
    """"allowed the UN to open a relief office in X", "allowed an international rescue team into X", "allowed
    the deployment of an AU peacekeeping force": a state letting an outside body in (CAMEO 086, RETREAT), where
    letting its own people act ("allowed the candidate to run", "a team of lawyers into the prison") yields (08)."""
    let = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    # "allowed X to deploy": the parser makes X the object or the subject of the clause
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _COMING_IN]
    let_do = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "dobj")] + (let if clauses else [])
    into = [o for o in let if any(c.dep_ == "prep" and c.lower_ in ("into", "to") for c in verb.children)
            or any(c.dep_ == "prep" and c.lower_ == "into" for c in o.children)]
    comers = [p for o in let if o.lemma_.lower() in _COMINGS for c in o.children
              if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(_from_outside(w) for w in [*let_do, *into, *comers])


def _from_outside(noun) -> bool:
    # a world body (an IGO or an international NGO, read as relations reads one put out) or its inspectors
    if noun.lemma_.lower() in ("inspector", "monitor", "observer", "peacekeeper") or world_body(noun):
        return True
    return noun.lemma_.lower() in ("team", "force", "mission", "worker", "agency", "group") and any(
        m.lower_ in _FROM_OUTSIDE or phrase_code(m).role == "IGO"
        for m in noun.children if m.dep_ in ("amod", "compound"))


# what goods change hands under: a sale or a barter, not a gift (CAMEO 061/062 material cooperation)
_CONTRACTS = {"contract", "deal", "agreement", "protocol", "accord", "arrangement", "treaty"}


def under_contract(token, base: TriggerType) -> Optional[TriggerType]:
    """"delivered patrol boats to Ghana under a defence contract", "resumed oil shipments under a trade
    protocol": supplies sold or bartered are trade, not aid."""
    if base.plover_type != "AID":
        return None
    holders = [token] + ([token.head] if token.dep_ in ("dobj", "obj") else [])
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in ("start", "begin", "resume", "continue"):
        holders.append(token.head)  # "Under a pact agreed in May, X began selling power to Y"
    for pobj in (p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("under", "as")
                 for p in c.children if p.dep_ == "pobj"):
        if pobj.lemma_.lower() in _CONTRACTS:
            return TriggerType("COOPERATE", "economic", "06")
    return None


# acts one takes part in as one of their doers; taking part in anything else (an exercise, a
# purchase, elections) is cooperation
_JOINED_ACTS = {"PROTEST", "ASSAULT", "CONSULT"}


def participation(token, base: TriggerType) -> Optional[TriggerType]:
    """"took part in the protest" is a protest, "participated in the talks" a consultation."""
    if base.plover_type != "COOPERATE" or base.plover_mode != "participate" or token.pos_ != "VERB":
        return None
    for pobj in (p for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"):
        kind = trigger_type(pobj) if pobj.pos_ == "NOUN" else None
        if kind is not None and kind.plover_type in _JOINED_ACTS:
            return kind
    return None


# what someone is let do that sets them free: "let the nationals leave", "allowed the crew to go"
_GOING = {"leave", "go", "depart"}


def let_go(token, base: TriggerType) -> Optional[TriggerType]:
    """Letting people held leave is releasing them (CAMEO 0841), not easing a restriction."""
    if base.plover_type != "CONCEDE" or token.pos_ != "VERB" or token.lemma_.lower() not in ("let", "allow", "permit"):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") and (c.lemma_.lower() in _GOING or _going_home(c)) and not _leaves_home(c)
           for c in token.children):
        return TriggerType("RETREAT", "release", "08")
    return None


def _leaves_home(verb) -> bool:
    """"allowed residents to leave their homes": a lockdown eased, no one held let go."""
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("home", "house", "apartment", "flat", "building")
               for c in verb.children)


# sums of money: "released 12 million dollars", "handed back the frozen customs receipts"
_MONEY = {"dollar", "euro", "pound", "yen", "franc", "riyal", "rupee", "yuan", "shekel", "ruble", "rouble", "dinar",
          "fund", "funds", "funding", "money", "cash", "tranche", "revenue", "revenues", "payment", "salary", "aid",
          "loan", "grant", "million", "billion"}
# what makes money handed over a return of what was kept, not a gift
_KEPT = {"frozen", "withheld", "seized", "blocked", "confiscated", "impounded", "held", "embargoed", "unpaid", "overdue"}
_PAYING = {"release", "transfer", "disburse", "unfreeze", "hand", "remit"}


def money_paid(token, base: TriggerType) -> Optional[TriggerType]:
    """Money released or transferred is aid (CAMEO 071: "released 50 million euros for Somalia"); money
    that was frozen or withheld is returned (0842: "handed back the frozen customs receipts")."""
    if base.plover_type not in ("RETREAT", "AID") or token.pos_ not in ("VERB", "NOUN") or token.lemma_.lower() not in _PAYING:
        return None
    # the noun reads through its "of": "approved the release of 50 million euros to Somalia"
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")] if token.pos_ == "VERB" else [token]
    # "90 million euros in frozen receipts" (the parser may hang the "in" on the verb)
    objects += [p for o in [*objects, token] for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                for p in c.children if p.dep_ == "pobj"]
    money = [o for o in objects if o.lemma_.lower() in _MONEY or o.ent_type_ == "MONEY"]
    if not money:
        return None
    if any(w.lower_ in _KEPT for o in money for w in o.subtree):
        return TriggerType("RETREAT", "return", "08")
    return TriggerType("AID", "economic", "07") if base.plover_type == "RETREAT" else None


# people whose coming is help: "a brigade of doctors", "a team of rescuers"
_CARERS = {"doctor", "nurse", "medic", "paramedic", "surgeon", "rescuer", "firefighter", "fireman", "physician",
           "volunteer", "aid", "relief", "health", "medical", "engineer"}


def carrying_relief(token, base: TriggerType) -> Optional[TriggerType]:
    """"lorries packed with tents and blankets were sent to X", "sent a brigade of doctors to X": help sent
    (CAMEO 07), not forces."""
    if base.plover_type != "MOBILIZE" or token.pos_ != "VERB":
        return None
    for sent in (c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
        # a unit of carers ("a brigade of doctors") or vehicles laden with relief ("lorries packed with tents")
        members = [p for c in sent.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if any(m.lemma_.lower() in _CARERS or any(w.lemma_.lower() in _CARERS for w in m.children if w.dep_ in ("compound", "amod"))
               for m in members) or any(any(w.lower_ in RELIEF for w in a.subtree) for a in sent.children
                                        if a.dep_ in ("acl", "amod") and a.lemma_.lower() in LADEN):
            return TriggerType("AID", "humanitarian", "07")
    return None


def _going_home(verb) -> bool:
    """"fly home", "sail home": leaving for home ("let exiles return home" is a concession)."""
    return verb.lemma_.lower() in ("fly", "travel", "sail", "head", "walk", "drive") and any(
        c.dep_ in ("advmod", "npadvmod", "dobj") and c.lower_ == "home" for c in verb.children)


# what one is sent or handed to face: a trial abroad makes it an extradition (CAMEO 063)
_TRIAL_WORDS = {"charge", "charges", "trial", "justice", "prosecution", "court", "jury", "judge"}


def sent_for_trial(token, base: TriggerType) -> Optional[TriggerType]:
    """"flew the smuggling boss to Italy to stand trial on fraud charges": judicial cooperation."""
    if base.plover_type not in ("AID", "RETREAT", "COERCE", "MOBILIZE") or token.pos_ != "VERB":
        return None
    for clause in (c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("face", "stand")):
        if any(w.lower_ in _TRIAL_WORDS for w in clause.subtree):  # ("to stand trial for fraud")
            return TriggerType("COOPERATE", "legal", "06")
    return None



def received_help(token, tree) -> Optional[TriggerType]:
    """"received 40 million dollars from Qatar", "got weapons from X": the help received from a party is that
    party's aid (CAMEO 07). The thing received is the trigger, so that roles code the giver as the source and
    the receiver as the target (the receiving verb's subject would be the doer). Money from a sale is no help
    ("from the sale of its shares"), nor is help received from no party named ("received $2bn last year")."""
    # the guards read the Doc's table (by index): each Token attribute read is a string lookup, on every trigger
    i = token.i
    if tree.pos[i] != "NOUN" or tree.deps[i] not in ("dobj", "obj") or tree.lemmas[i] not in lexicon().help_received:
        return None
    verb = token.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    if any(p.dep_ == "pobj" and names_party(p) for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
           for p in c.children):
        return TriggerType("AID", None, "07")
    return None


# the weapon words of a compound head ("air defence systems", "anti-tank missiles"): what makes goods gear
_ARMING = {"defence", "defense", "missile", "rocket", "weapon", "weapons", "artillery", "anti-aircraft", "anti-tank",
           "air-defence", "air-defense", "radar", "military"}


def headline_conveyed(token) -> Optional[TriggerType]:
    """Headline present tense, "Lisbon airlifts tents to Dili", "Ankara ships drones to Baku": the parser reads the
    verb as a noun compounded onto the goods ("airlifts" -> "tents"), so the goods carry the "to" phrase. Read it as
    the verb it is: relief goods carried are humanitarian aid, gear shipped to another state is military aid (as
    relief_conveyed and gear_handed read the verb); troops or other goods stay untyped."""
    # (the tagger may call it a verb and the parser still hang it on the goods)
    if token.pos_ not in ("NOUN", "VERB") or token.dep_ != "compound" or token.lemma_.lower() not in _CONVEYING:
        return None
    if not token.lower_.endswith("s") or token.i == 0:
        return None  # a third-person verb form ("ships", "airlifts"), after its subject
    goods = token.head
    if goods.pos_ != "NOUN" or goods.i <= token.i:
        return None
    giver = token.doc[token.i - 1]
    if giver.pos_ != "PROPN" or giver.head.i not in (token.i, goods.i):
        return None  # the subject is a name compounded onto the misread verb ("Oslo airlifts ...")
    recipients = [p for c in goods.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                  if p.dep_ == "pobj"]
    if not recipients:
        return None
    items = [goods] + [c for c in goods.children if c.dep_ == "conj"]
    if any(o.lemma_.lower() in _FORCES or o.lower_ in _FORCES for o in items):
        return None  # "ships troops to X": a deployment
    if any(o.lemma_.lower() in RELIEF or o.lower_ in RELIEF or any(
            w.lower_ in RELIEF for w in o.children if w.dep_ in ("compound", "amod")) for o in items):
        return TriggerType("AID", "humanitarian", "07")
    armed = any(o.lemma_.lower() in _GEAR or any(w.lower_ in _ARMING for w in o.children if w.dep_ in ("compound", "amod"))
                for o in items)
    if not armed:
        return None
    first = giver
    while first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN" and first.doc[first.i - 1].head.i in (giver.i, token.i, goods.i):
        first = first.doc[first.i - 1]
    donor = token.doc[first.i:giver.i + 1].text
    if any(_state_other_than(donor, place) for place in recipients):
        return TriggerType("AID", "military", "07")
    return None
