"""Claims benchmark: sources, figures, dates and modality against hand-annotated news passages.

    python benchmarks/claims.py [PATH] [--corpus DIR] [-v]

PATH is a JSON Lines file of annotated passages (default: benchmarks/claims_data/passages.jsonl);
each refers to an article of the geoparsing corpora by file, index and character offset, and the
article text is read from --corpus (default: ../shared/benchmarks/geoparsing-gwn-lgl-trnews).
The whole article is parsed (so acronyms and pronouns defined earlier resolve) and only what
overlaps the passage is scored.

Matching: a predicted source matches a gold one when their spans overlap and the kinds agree
(`sources_detect_f1` ignores the kind); a figure when the spans overlap and kind and value agree;
a date when the spans overlap (value accuracy is over matched dates with a gold value); modality
is the accuracy of `modality_of` on the gold trigger words. The last line is
`sources_f1=.. figures_f1=.. modality_acc=.. dates_f1=..`.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime
from pathlib import Path

from sitrep import events, figures, modality, nlp, sources

try:  # the dates module belongs to another stage; score dates only when it is there
    from sitrep import dates as dates_module
except ImportError:  # pragma: no cover
    dates_module = None

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "benchmarks" / "claims_data" / "passages.jsonl"
DEFAULT_CORPUS = ROOT.parent / "shared" / "benchmarks" / "geoparsing-gwn-lgl-trnews"


class PRF:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def __str__(self) -> str:
        return f"P={self.p:.3f} R={self.r:.3f} F1={self.f1:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})"


def _articles(corpus: Path, name: str, cache: dict) -> list[str]:
    if name not in cache:
        cache[name] = [a.findtext("text") or "" for a in ET.parse(corpus / name).getroot().findall("article")]
    return cache[name]


def _locate(text: str, passage_start: int, passage: str, needle: str, word: bool = False) -> tuple[int, int]:
    m = re.search((r"\b" + re.escape(needle) + r"\b") if word else re.escape(needle), passage)
    if m is None:
        raise ValueError(f"annotation {needle!r} not in passage at {passage_start}")
    return passage_start + m.start(), passage_start + m.end()


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(gold: list, pred: list, same) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of gold and predicted items by a predicate."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT_DATA))
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    records = [json.loads(line) for line in Path(args.path).read_text(encoding="utf-8").splitlines() if line.strip()]

    src, src_detect, fig, dat = PRF(), PRF(), PRF(), PRF()
    qual_ok = qual_n = date_ok = date_n = fig_src_ok = fig_src_n = 0
    mod_ok = mod_n = 0
    confusion: Counter = Counter()
    texts: dict = {}
    docs: dict = {}
    for rec in records:
        text = _articles(corpus, rec["file"], texts)[rec["article"]]
        start, end = rec["offset"], rec["offset"] + rec["length"]
        passage = text[start:end]
        if hashlib.sha256(passage.encode()).hexdigest()[:16] != rec["sha256"]:
            print(f"{rec['id']}: passage text differs from the annotated one, skipped", file=sys.stderr)
            continue
        key = (rec["file"], rec["article"])
        if key not in docs:
            docs[key] = nlp.parse(text)
        doc = docs[key]
        published = datetime.fromisoformat(rec["published"]) if rec.get("published") else None
        # a prediction belongs to the passage when it overlaps it (passages may cut a name short)
        inside = lambda s, e: s < end and start < e  # noqa: E731

        # sources
        attributions = sources.find_attributions(doc)
        pred_src = {(a.source.start, a.source.end): a.source for a in attributions if inside(a.source.start, a.source.end)}
        pred_src_list = list(pred_src.values())
        gold_src = [(_locate(text, start, passage, g["text"]), g["kind"]) for g in rec["sources"]]
        pairs = _match(gold_src, pred_src_list, lambda g, p: _overlaps(g[0], (p.start, p.end)) and g[1] == p.kind)
        src.add(len(pairs), len(pred_src_list), len(gold_src))
        detect = _match(gold_src, pred_src_list, lambda g, p: _overlaps(g[0], (p.start, p.end)))
        src_detect.add(len(detect), len(pred_src_list), len(gold_src))
        if args.verbose and (len(pairs) < len(gold_src) or len(pairs) < len(pred_src_list)):
            print(f"[sources] {rec['id']}: gold={[(g['text'], g['kind']) for g in rec['sources']]} "
                  f"pred={[(p.text, p.name, p.kind) for p in pred_src_list]}")

        # figures
        pred_fig = [f for f in figures.find_figures(doc, attributions) if inside(f.start, f.end)]
        gold_fig = [(_locate(text, start, passage, g["text"]), g) for g in rec["figures"]]
        pairs = _match(gold_fig, pred_fig, lambda g, p: _overlaps(g[0], (p.start, p.end))
                       and g[1]["kind"] == p.kind and g[1]["value"] == p.value)
        fig.add(len(pairs), len(pred_fig), len(gold_fig))
        for gi, pi in pairs:
            g, p = gold_fig[gi][1], pred_fig[pi]
            qual_n += 1
            qual_ok += g["qualifier"] == p.qualifier
            for name in g.get("sources", []):
                fig_src_n += 1
                fig_src_ok += any(name.lower() in (s.name + " " + s.text).lower() for s in p.sources)
        if args.verbose and (len(pairs) < len(gold_fig) or len(pairs) < len(pred_fig)):
            print(f"[figures] {rec['id']}: gold={[(g['text'], g['kind'], g['value'], g['qualifier']) for _, g in gold_fig]} "
                  f"pred={[(p.text, p.kind, p.value, p.qualifier) for p in pred_fig]}")

        # dates
        found_dates = dates_module.find_dates(doc, published) if dates_module else []
        if dates_module:
            pred_dates = [d for d in found_dates if inside(d.start, d.end)]
            gold_dates = [(_locate(text, start, passage, g["text"]), g) for g in rec["dates"]]
            pairs = _match(gold_dates, pred_dates, lambda g, p: _overlaps(g[0], (p.start, p.end)))
            dat.add(len(pairs), len(pred_dates), len(gold_dates))
            for gi, pi in pairs:
                if gold_dates[gi][1].get("value"):
                    date_n += 1
                    date_ok += gold_dates[gi][1]["value"] == pred_dates[pi].value
            if args.verbose and (len(pairs) < len(gold_dates) or len(pairs) < len(pred_dates)):
                print(f"[dates] {rec['id']}: gold={[g['text'] for _, g in gold_dates]} "
                      f"pred={[(p.text, p.value) for p in pred_dates]}")

        # modality, with the date the event builder gives the trigger
        for g in rec["modality"]:
            s, e = _locate(text, start, passage, g["trigger"], word=True)
            span = doc.char_span(s, e, alignment_mode="expand")
            token = span.root
            date = events.date_for(token, found_dates)
            got = modality.modality_of(token, published, date)
            mod_n += 1
            mod_ok += got == g["modality"]
            confusion[(g["modality"], got)] += 1
            if args.verbose and got != g["modality"]:
                print(f"[modality] {rec['id']}: {g['trigger']!r} gold={g['modality']} got={got}")

    print(f"passages: {len(records)}")
    print(f"sources (span+kind): {src}")
    print(f"sources (span only): {src_detect}")
    print(f"figures (span+kind+value): {fig}; qualifier accuracy on matched {qual_ok}/{qual_n}; "
          f"figure source accuracy {fig_src_ok}/{fig_src_n}")
    if dates_module:
        print(f"dates (span): {dat}; value accuracy on matched {date_ok}/{date_n}")
    else:
        print("dates: sitrep.dates not available, not scored")
    per_class = {m: (sum(v for (g, p), v in confusion.items() if g == m and p == m),
                     sum(v for (g, _), v in confusion.items() if g == m)) for m in sorted({g for g, _ in confusion})}
    print("modality per gold class (right/total): " + ", ".join(f"{m} {ok}/{n}" for m, (ok, n) in per_class.items()))
    last = f"sources_f1={src.f1:.3f} figures_f1={fig.f1:.3f} modality_acc={mod_ok / mod_n if mod_n else 0:.3f}"
    if dates_module:
        last += f" dates_f1={dat.f1:.3f}"
    print(last)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
