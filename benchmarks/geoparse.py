"""Geoparsing benchmark: toponym resolution and recognition on LGL / TR-News / GeoWebNews / GeoVirus files.

Usage: benchmarks/geoparse.py [--limit N] [--split even|odd] [--cache DIR] [--errors FILE] [FILE ...]
(default: the three files in ../shared/benchmarks/geoparsing-gwn-lgl-trnews/)

--split keeps the even- or odd-numbered articles (0-based), so that errors are read on one half and
changes checked on the other. --cache keeps spaCy parses (DocBin) per file and split under DIR
(default /tmp/places; "" disables). --errors writes one line per resolution or recognition error.

For each file, one line:
  acc161 / exact_id   resolution of the gold toponym spans (sitrep's context-based resolver),
                      within 161 km of the gold point / same GeoNames id;
  acc161_geonames     acc161 over the gold toponyms that carry a GeoNames id (GeoWebNews also places
                      venues and streets GeoNames lacks; those are left out of this figure);
  base161 / base_id   the naive baseline on the same spans: most populous gazetteer candidate;
  p / r / f1          end to end: spans from find_places() on the spaCy parse against the gold
                      spans (exact character offsets);
  e2e161              accuracy within 161 km of the recognised toponyms that match a gold span with coordinates;
  f1_no_demonyms      f1 without the gold spans the spaCy model tags NORP ("Georgian" in LGL), which sitrep
                      by design does not return as places (reference figure; f1 counts them);
  articles_per_s      find_places() calls per second on the parsed articles (parsing not included);
  topo_per_s          toponyms resolved per second (gold-span resolution).
Gold spans: LGL/TR-News all <toponym>s; GeoVirus all <location>s; GeoWebNews the toponyms that carry
coordinates (literal and associative types) except adjectival modifiers ("Russian" in "Russian troops"),
which sitrep by design does not treat as places (counts with them are printed as r_adj/acc161_adj).
A first line gives the gazetteer's open time, resident memory and size. The last line is the last file's.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "geoparsing-gwn-lgl-trnews"
DEFAULT_FILES = ["lgl.xml", "GeoWebNews_GWN.xml", "GeoVirus.xml"]


@dataclass
class Gold:
    start: int
    end: int
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    adjective: bool = False


@dataclass
class Doc:
    text: str
    gold: list[Gold] = field(default_factory=list)


def _float(x: Optional[str]) -> Optional[float]:
    try:
        return float(x) if x not in (None, "") else None
    except ValueError:
        return None


def _int(x: Optional[str]) -> Optional[int]:
    return int(x) if x and x.strip().isdigit() else None


def _realign(text: str, start: int, end: int, name: str) -> tuple[int, int]:
    """GeoVirus offsets are often one character late: move the span onto the name when it is near."""
    if not name or text[start:end] == name:
        return start, end
    for shift in (-1, 1, -2, 2, -3, 3):
        s = start + shift
        if s >= 0 and text[s:s + len(name)] == name:
            return s, s + len(name)
    return start, end


def load(path: Path) -> list[Doc]:
    """Read the LGL/TR-News, GeoWebNews or GeoVirus XML format."""
    docs = []
    for art in ET.parse(path).getroot():
        text = art.findtext("text") or ""
        doc = Doc(text)
        if art.find("toponyms") is not None:
            for t in art.find("toponyms"):
                start, end = _int(t.findtext("start")), _int(t.findtext("end"))
                if start is None or end is None:
                    continue
                gaz = t.find("gaztag")
                if gaz is not None or t.find("phrase") is not None:  # LGL / TR-News
                    g = Gold(start, end)
                    if gaz is not None:
                        g.lat, g.lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
                        g.geonameid = _int(gaz.get("geonameid"))
                    doc.gold.append(g)
                else:  # GeoWebNews: only toponyms with coordinates are literal/associative toponyms
                    lat, lon = _float(t.findtext("latitude")), _float(t.findtext("longitude"))
                    if lat is None or lon is None:
                        continue
                    doc.gold.append(Gold(start, end, lat, lon, _int(t.findtext("geonamesID")),
                                         adjective=(t.findtext("modifierType") == "Adjective")))
        elif art.find("locations") is not None:  # GeoVirus
            for loc in art.find("locations"):
                start, end = _int(loc.findtext("start")), _int(loc.findtext("end"))
                if start is not None and end is not None:
                    start, end = _realign(text, start, end, loc.findtext("name") or "")
                    doc.gold.append(Gold(start, end, _float(loc.findtext("lat")), _float(loc.findtext("lon"))))
        docs.append(doc)
    return docs


def gazetteer_figures() -> str:
    """Open the gazetteer in a fresh process: open time, resident memory, index size."""
    code = (
        "import time,psutil;t=time.perf_counter();from sitrep.gazetteer import Gazetteer,default_path;"
        "g=Gazetteer.open();g.lookup('Daraa');dt=time.perf_counter()-t;"
        "print(f'gazetteer open_s={dt:.3f} rss_mb={psutil.Process().memory_info().rss/1e6:.0f} "
        "size_mb={default_path().stat().st_size/1e6:.1f}')"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def parses(path: Path, texts: list[str], cache: Optional[Path], tag: str) -> list:
    """spaCy Docs for the texts, read from a DocBin cache when one matches the texts."""
    import hashlib

    from spacy.tokens import DocBin

    from sitrep import nlp

    key = hashlib.sha1("\x00".join(texts).encode()).hexdigest()[:12]
    file = cache / f"{path.stem}-{tag}-{key}.spacy" if cache else None
    vocab = nlp.load().vocab
    if file is not None and file.exists():
        return list(DocBin().from_disk(file).get_docs(vocab))
    docs = list(nlp.load().pipe(texts, batch_size=16))
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(file)
    return docs


def evaluate(path: Path, limit: Optional[int], split: Optional[str] = None, cache: Optional[Path] = None,
             errors=None) -> str:
    from sitrep.gazetteer import distance_km
    from sitrep.places import find_places, gazetteer, resolve_spans

    docs = load(path)
    if split:
        docs = docs[split == "odd"::2]
    docs = docs[:limit] if limit else docs
    parsed = parses(path, [d.text for d in docs], cache, f"{split or 'all'}-{limit or 0}")
    gaz = gazetteer()

    def note(kind: str, doc_no: int, doc: Doc, start: int, end: int, detail: str = "") -> None:
        if errors is not None:
            context = doc.text[max(0, start - 40):end + 40].replace("\n", " ")
            errors.write(f"{path.stem}\t{doc_no}\t{kind}\t{doc.text[start:end]!r}\t{detail}\t{context}\n")

    def close(loc_lat, loc_lon, g: Gold) -> bool:
        return loc_lat is not None and distance_km(loc_lat, loc_lon, g.lat, g.lon) < 161

    n = ok = ok_id = n_id = base_ok = base_id = 0
    ok_geonames = 0  # within 161 km, among the gold toponyms that carry a GeoNames id
    n_adj = ok_adj = 0
    resolve_time = 0.0
    n_resolved = 0
    tp = fp = fn = 0
    fn_adj = tp_adj = 0
    e2e_n = e2e_ok = 0
    find_time = 0.0
    n_demonym_gold = tp_demonym = 0  # gold spans the model tags NORP ("Georgian"): sitrep's design leaves them out

    def gold_spans_of(doc: Doc) -> list[tuple[int, int]]:
        return [(g.start, g.end) for g in doc.gold if not g.adjective]

    for doc_no, (doc, sdoc) in enumerate(zip(docs, parsed)):
        spans = [(g.start, g.end) for g in doc.gold]
        t0 = time.perf_counter()
        locations = resolve_spans(doc.text, spans) if spans else []
        resolve_time += time.perf_counter() - t0
        n_resolved += len(spans)
        for g, loc in zip(doc.gold, locations):
            if g.lat is None:
                continue
            hit = close(loc.lat, loc.lon, g)
            if g.adjective:
                n_adj += 1
                ok_adj += hit
                continue
            n += 1
            ok += hit
            if not hit:
                got = f"{loc.name}/{loc.country}/{loc.feature_class}" if loc.lat is not None else "unresolved"
                km = f"{distance_km(loc.lat, loc.lon, g.lat, g.lon):.0f}km" if loc.lat is not None else ""
                note("resolve", doc_no, doc, g.start, g.end, f"got={got} {km} gold={g.lat:.2f},{g.lon:.2f}")
            cands = gaz.lookup(doc.text[g.start:g.end])
            base_ok += bool(cands) and close(cands[0].lat, cands[0].lon, g)
            if g.geonameid:
                n_id += 1
                ok_id += loc.geonameid == g.geonameid
                ok_geonames += hit
                base_id += bool(cands) and cands[0].geonameid == g.geonameid
        t0 = time.perf_counter()
        predicted = find_places(sdoc)
        find_time += time.perf_counter() - t0
        pred = {(p.start, p.end): p for p in predicted}
        for key in gold_spans_of(doc):
            span = sdoc.char_span(*key, alignment_mode="expand")
            if span is not None and all(t.ent_type_ == "NORP" for t in span):
                n_demonym_gold += 1
                tp_demonym += key in pred
        gold_spans = {(g.start, g.end): g for g in doc.gold if not g.adjective}
        adj_spans = {(g.start, g.end) for g in doc.gold if g.adjective}
        tp += len(pred.keys() & gold_spans.keys())
        fp += len(pred.keys() - gold_spans.keys() - adj_spans)
        fn += len(gold_spans.keys() - pred.keys())
        tp_adj += len(pred.keys() & adj_spans)
        fn_adj += len(adj_spans - pred.keys())
        for key in sorted(pred.keys() - gold_spans.keys() - adj_spans):
            span = sdoc.char_span(*key, alignment_mode="expand")
            labels = "/".join(sorted({t.ent_type_ or t.pos_ for t in span})) if span is not None else "?"
            note("spurious", doc_no, doc, *key, f"{labels} {pred[key].name}")
        for key in sorted(gold_spans.keys() - pred.keys()):
            overlap = [k for k in pred if k[0] < key[1] and key[0] < k[1]]
            span = sdoc.char_span(*key, alignment_mode="expand")
            labels = "/".join(sorted({t.ent_type_ or t.pos_ for t in span})) if span is not None else "?"
            note("missed" if not overlap else "boundary", doc_no, doc, *key,
                 labels + " " + " ".join(repr(doc.text[a:b]) for a, b in overlap))
        for key in pred.keys() & gold_spans.keys():
            g = gold_spans[key]
            if g.lat is not None:
                e2e_n += 1
                e2e_ok += close(pred[key].lat, pred[key].lon, g)

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "NA"

    p, r = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    r_nodem = (tp - tp_demonym) / (tp + fn - n_demonym_gold) if tp + fn - n_demonym_gold else 0.0
    f1_nodem = 2 * p * r_nodem / (p + r_nodem) if p + r_nodem else 0.0
    extra = f" f1_no_demonyms={f1_nodem:.3f} articles_per_s={len(docs) / find_time if find_time else 0:.0f}"
    if n_adj:
        extra += (f" r_adj={ratio(tp + tp_adj, tp + fn + tp_adj + fn_adj)}"
                 f" acc161_adj={ratio(ok + ok_adj, n + n_adj)}")
    return (f"{path.name} docs={len(docs)} toponyms={n} base161={ratio(base_ok, n)} base_id={ratio(base_id, n_id)}"
            f" p={p:.3f} r={r:.3f} e2e161={ratio(e2e_ok, e2e_n)}{extra}"
            f" topo_per_s={n_resolved / resolve_time if resolve_time else 0:.0f}"
            f" acc161_geonames={ratio(ok_geonames, n_id)} acc161={ratio(ok, n)} exact_id={ratio(ok_id, n_id)} f1={f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of each file")
    parser.add_argument("--split", choices=("even", "odd"), default=None, help="only even- or odd-numbered articles")
    parser.add_argument("--cache", default="/tmp/places", help="directory for cached spaCy parses ('' for none)")
    parser.add_argument("--errors", type=Path, default=None, help="write an error listing to this file")
    args = parser.parse_args()
    files = args.files or [DEFAULT_DIR / f for f in DEFAULT_FILES]
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    print(gazetteer_figures(), flush=True)
    cache = Path(args.cache) if args.cache else None
    errors = args.errors.open("w") if args.errors else None
    for path in files:
        print(evaluate(path, args.limit, args.split, cache, errors), flush=True)
    if errors is not None:
        errors.close()


if __name__ == "__main__":
    main()
