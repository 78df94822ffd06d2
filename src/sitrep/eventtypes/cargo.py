"""What a vehicle or convoy carries: relief goods make its sending or coming help, troops, arms or officials
aboard make it a deployment or a visit. Below both the trigger reading (a verb of arrival) and the clause
readings of goods changing hands (handovers), which is why it imports nothing of eventtypes.
"""
from __future__ import annotations

# what makes planes, trucks or ships sent or arriving a delivery of help, not a deployment: "lorries laden with
# flour" (one list of carrying verbs and one of relief goods, for vehicles sent and for vehicles coming in)
LADEN = frozenset({"load", "lade", "laden", "carry", "pack", "fill", "stock", "stuff", "bring", "transport", "ferry",
                   "deliver"})
RELIEF = frozenset({"food", "medicine", "medicines", "medical", "supplies", "aid", "tent", "tents", "blanket",
                    "blankets", "water", "generator", "generators", "vaccine", "vaccines", "relief", "grain", "flour",
                    "rice", "wheat", "ration", "rations", "humanitarian"})
# what aboard makes a vehicle's coming a deployment or a visit, whatever else it carries
ARMED_CARGO = frozenset({"troops", "troop", "soldier", "soldiers", "weapon", "weapons", "arms", "ammunition",
                         "force", "forces", "marine", "marines", "missile", "missiles", "tank", "tanks", "minister",
                         "delegation", "president"})


def relief_aboard(verb) -> bool:
    """"a plane loaded with tents and medicine landed in X", "an aid convoy reached the besieged town": the subject of
    a verb of arrival is a vehicle bearing relief (a participle of carrying with relief goods, or relief as its
    modifier): the coming is a delivery of help. Troops, weapons or officials aboard make it no aid."""
    if verb.pos_ != "VERB":
        return False
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ in ARMED_CARGO or subject.lemma_.lower() in ARMED_CARGO:
            return False
        words = [w for a in subject.children if a.dep_ in ("acl", "amod") and a.lemma_.lower() in LADEN
                 for w in a.subtree]
        words += [m for m in subject.children
                  if m.dep_ in ("compound", "amod") and m.lower_ in ("aid", "relief", "humanitarian")]
        if any(w.lower_ in ARMED_CARGO for w in words):
            return False
        if any(w.lower_ in RELIEF for w in words):
            return True
    return False
