"""PLOVER gold-standard records: event type accuracy and source/target actor agreement.

Usage: python benchmarks/plover.py [DIR]   (DIR holds PLOVER_GSR_CAMEO.json; default: the shared copy)
Each record is one sentence with a gold PLOVER event and source/target actors. sitrep's event is
the trigger nearest the root of the dependency tree; its subject and object are coded with the
actor dictionary. Old PLOVER 0.5 labels are mapped to the current ones (DEMAND->REQUEST,
DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT). Actor agreement compares the
country (and role, where gold has one) of the first gold source/target with sitrep's actor,
over records whose gold actor has a country code.
Last line: `plover_type_accuracy=<x> source_country_agree=<y> target_country_agree=<z> ...`.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from sitrep import nlp
from sitrep.actors import actor_for, find_actors
from sitrep.eventtypes import event_type

DEFAULT = "/work/shared/benchmarks/plover-gsr"
OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def main_event(doc):
    """(trigger token, TriggerType) nearest the root, or (None, None)."""
    best = None
    for token in doc:
        found = event_type(token)
        if found is None:
            continue
        depth = sum(1 for _ in token.ancestors)
        if best is None or depth < best[0]:
            best = (depth, token, found)
    return (best[1], best[2]) if best else (None, None)


def arguments(trigger):
    """Subject and object tokens of a trigger (through xcomp/conj heads, passive agents)."""
    subj = obj = None
    verb = trigger
    for _ in range(4):
        for child in verb.children:
            if subj is None and child.dep_ in ("nsubj", "poss"):
                subj = child
            elif subj is None and child.dep_ == "agent":
                subj = next((c for c in child.children if c.dep_ == "pobj"), None)
            elif obj is None and child.dep_ in ("dobj", "nsubjpass"):
                obj = child
            elif obj is None and child.dep_ == "prep" and child.lower_ in ("against", "with", "on", "to", "of", "at", "from"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if subj is not None or verb.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or verb.head is verb:
            break
        verb = verb.head
    return subj, obj


def first_code(actors: list) -> tuple[str | None, str | None]:
    for a in actors or []:
        if isinstance(a, dict) and a.get("code"):
            code = a["code"]
            sector = (a.get("sector") or "")[:3] or None
            return code[:3].upper(), sector if sector and sector != "***" else None
    return None, None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=DEFAULT)
    args = ap.parse_args()
    records = [r for r in json.loads((Path(args.dir) / "PLOVER_GSR_CAMEO.json").read_text()) if r.get("event") != "DOCUMENT"]
    hits = 0
    confusion = Counter()
    agree = {"source": [0, 0], "target": [0, 0], "source_role": [0, 0], "target_role": [0, 0]}
    language = nlp.load()
    for record in records:
        gold = OLD_LABELS.get(record["event"], record["event"])
        doc = language(record["text"])
        trigger, found = main_event(doc)
        pred = found.plover_type if found else "NONE"
        hits += pred == gold
        if pred != gold:
            confusion[(gold, pred)] += 1
        subj, obj = arguments(trigger) if trigger is not None else (None, None)
        source = actor_for(subj) if subj is not None else None
        target = actor_for(obj) if obj is not None else None
        # unresolved subject (a pronoun, or none): the first actor of the sentence stands in
        mentioned = find_actors(doc)
        if source is None and mentioned:
            source = mentioned[0]
        if target is None and trigger is not None:
            target = next((a for a in mentioned if a.start > trigger.idx and a is not source), None)
        for side, actor in (("source", source), ("target", target)):
            country, sector = first_code(record.get(side))
            if country is None:
                continue
            if country == "IGO":  # PLOVER codes UN bodies as IGO, sitrep as country UN, role IGO
                country, sector = (actor.code.country if actor and actor.code.role == "IGO" else "IGO"), None
            agree[side][1] += 1
            agree[side][0] += bool(actor and actor.code.country == country)
            if sector:
                agree[side + "_role"][1] += 1
                agree[side + "_role"][0] += bool(actor and actor.code.role == sector)
    n = len(records)
    print("most frequent confusions (gold -> predicted):")
    for (g, p), c in confusion.most_common(12):
        print(f"  {g:10} -> {p:10} {c}")
    ratio = {k: (v[0] / v[1] if v[1] else 0.0) for k, v in agree.items()}
    print(f"records={n} source_n={agree['source'][1]} target_n={agree['target'][1]}")
    print(f"plover_type_accuracy={hits / n:.3f} source_country_agree={ratio['source']:.3f} "
          f"target_country_agree={ratio['target']:.3f} source_role_agree={ratio['source_role']:.3f} "
          f"target_role_agree={ratio['target_role']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
