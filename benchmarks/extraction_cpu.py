"""Extraction cost against parsing cost, in one process: steadier than throughput.py on a busy machine.

Usage: python benchmarks/extraction_cpu.py [LGL_XML] [--articles N] [--reps R]

Builds N articles of about 600 words by joining consecutive real articles of an LGL-format file
(default: the shared lgl.xml), then, R times alternately, parses them all with spaCy (nlp.pipe) and
extracts the events of the parsed docs (pipeline.extract_article; no storage), and keeps the least
CPU time of each. The ratio parse / (parse + extract) is the share of bare parsing throughput the
pipeline keeps, before storage and process overhead.
Last line: `parse_cpu_s=<per article> extract_cpu_s=<per article> ratio=<x>`.
"""
from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET

from sitrep import acled, gazetteer, nlp
from sitrep.ingest import make_article
from sitrep.pipeline import extract_article

DEFAULT = "/work/shared/benchmarks/geoparsing-gwn-lgl-trnews/lgl.xml"


def build_articles(path: str, count: int, words: int = 600) -> list[str]:
    texts = [a.findtext("text") or "" for a in ET.parse(path).getroot().iter("article")]
    articles, current = [], ""
    for text in texts:
        current += ("\n\n" if current else "") + text
        if len(current.split()) >= words:
            articles.append(current)
            current = ""
        if len(articles) >= count:
            break
    return articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("xml", nargs="?", default=DEFAULT)
    ap.add_argument("--articles", type=int, default=80)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    texts = build_articles(args.xml, args.articles)
    model = nlp.load()
    articles = [make_article(t, published="2021-09-08") for t in texts]
    docs = list(model.pipe(texts, batch_size=16))
    for article, doc in zip(articles, docs):  # warm-up: lazy loads (gazetteer, actor and ACLED models)
        extract_article(article, doc)
    parse_best = extract_best = float("inf")
    for _ in range(args.reps):
        started = time.process_time()
        docs = list(model.pipe(texts, batch_size=16))
        parse_best = min(parse_best, time.process_time() - started)
        for cached in (acled._acled_scores, acled._combined_label, gazetteer.normalize):
            cached.cache_clear()  # each rep reads the articles afresh, as a first run would
        started = time.process_time()
        for article, doc in zip(articles, docs):
            extract_article(article, doc)
        extract_best = min(extract_best, time.process_time() - started)
    n = len(texts)
    print(f"articles={n} reps={args.reps}")
    print(f"parse_cpu_s={parse_best / n:.4f} extract_cpu_s={extract_best / n:.4f} "
          f"ratio={parse_best / (parse_best + extract_best):.3f}")


if __name__ == "__main__":
    main()
