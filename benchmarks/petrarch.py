"""Agreement with PETRARCH2 on its validation records: CAMEO root code and source/target actors.

Usage: python benchmarks/petrarch.py [PATH]   (PATH: the validation file, or a folder holding
PETR2_GSR_validation.xml; default: the shared copy)
The file is not well-formed XML (EventCoding tags are never closed), so records are read with
regular expressions. Expected codes are largely PETRARCH2's own output: figures are agreement
with PETRARCH2, not accuracy. Per coded sentence, sitrep's event and actors come from the
product's own code (`roles.main_event`, `roles.participants`, as in benchmarks/plover.py); the root code is compared with the first expected coding's first two
digits, actors by their 3-letter country (or IGO) prefix. Like PETRARCH, sitrep is taken to code
an event only when its main trigger has at least one coded actor: sentences marked noevents agree
when it codes none, and `event_recall` is the share of coded sentences where it codes one.
Last line: `cameo_root_agreement=<x> source_agreement=<y> target_agreement=<z> noevent_agreement=<w>`.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

from sitrep import nlp
from sitrep.roles import main_event, participants

DEFAULT = "/work/shared/benchmarks/petrarch-cameo-validation"
SENTENCE = re.compile(r"<Sentence\b[^>]*>(.*?)</Sentence>", re.S)
CODING = re.compile(r"<EventCoding\b([^>]*)>")
TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')


def records(path: Path):
    raw = path.read_text(encoding="utf-8", errors="replace")
    for block in SENTENCE.finditer(raw):
        body = block.group(1)
        text = TEXT.search(body)
        if not text:
            continue
        codings = [dict(ATTR.findall(c.group(1))) for c in CODING.finditer(body)]
        yield " ".join(html.unescape(text.group(1)).split()), codings


def prefix(code: str | None) -> str | None:
    if not code:
        return None
    return code[:3].upper()


def ours(actor) -> str | None:
    if actor is None:
        return None
    if actor.code.role == "IGO":
        return "IGO"
    # PETRARCH writes "---" for an actor whose role is known but not its country ("---REB")
    return actor.code.country or "---"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=DEFAULT, type=Path)
    ap.add_argument("--errors", action="store_true", help="print each coded sentence: expected/ours")
    args = ap.parse_args()
    language = nlp.load()
    root = [0, 0]
    src = [0, 0]
    tgt = [0, 0]
    none = [0, 0]
    recall = [0, 0]
    path = args.path / "PETR2_GSR_validation.xml" if args.path.is_dir() else args.path
    if not path.is_file():
        sys.exit(f"{path}: no such file of PETRARCH2 validation records")
    for text, codings in records(path):
        doc = language(text)
        chosen = main_event(doc[:])
        trigger, found = chosen if chosen else (None, None)
        source, target = participants(trigger) if trigger is not None else (None, None)
        # PETRARCH codes an event only when the verb has a coded actor: so does this comparison
        coded = trigger is not None and (source is not None or target is not None)
        if not codings or codings[0].get("noevents"):
            none[1] += 1
            none[0] += not coded
            continue
        recall[1] += 1
        recall[0] += coded
        gold = codings[0]
        root[1] += 1
        root[0] += bool(found and found.cameo_root and gold.get("eventcode", "")[:2] == found.cameo_root)
        if args.errors:
            print(f"{gold.get('eventcode')}/{found and found.cameo_root}\t{gold.get('sourcecode')}/{ours(source)}\t"
                  f"{gold.get('targetcode')}/{ours(target)}\t{trigger}\t{text[:150]}")
        for tally, expected, actor in ((src, gold.get("sourcecode"), source), (tgt, gold.get("targetcode"), target)):
            if prefix(expected):
                tally[1] += 1
                tally[0] += prefix(expected) == ours(actor)
    ratio = lambda t: t[0] / t[1] if t[1] else 0.0  # noqa: E731
    print(f"coded_sentences={root[1]} noevent_sentences={none[1]} event_recall={ratio(recall):.3f}")
    print(f"cameo_root_agreement={ratio(root):.3f} source_agreement={ratio(src):.3f} "
          f"target_agreement={ratio(tgt):.3f} noevent_agreement={ratio(none):.3f}")


if __name__ == "__main__":
    main()
