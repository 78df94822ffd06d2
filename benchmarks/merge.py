"""Benchmark of sitrep.merge: quality on real reports of the same events, speed on 100,000 records.

    python benchmarks/merge.py [CORPUS_DIR] [--labels benchmarks/merge_data/reports.yaml] [--synthetic N]

CORPUS_DIR holds GeoWebNews_GWN.xml and lgl.xml (default ../shared/benchmarks/geoparsing-gwn-lgl-trnews).
Quality: each labelled report's article goes through the sitrep pipeline; an event whose sentence
overlaps the anchor is the report, one with its trigger inside the anchor first (if the pipeline finds
none there, a bare event of that sentence, dated by publication, stands in, and the count is printed). All are stored, merged with
`merge.rebuild`, and scored with pairwise and B-cubed precision/recall/F1 against the labels.
Speed: N synthetic events (default 100,000) over 365 days and ~300 places, a quarter of them
re-reported by 1-3 other outlets, stored then merged by `merge.rebuild`; events/s and peak memory
(peak resident set size of a fresh process) of the merge.
Last line: bcubed_f1=<x> pairwise_f1=<y> events_per_s=<z> peak_mb=<m>
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta, timezone
from itertools import combinations
from pathlib import Path

import yaml

from sitrep import merge
from sitrep.ingest import article_id, make_article
from sitrep.models import Actor, ActorCode, Article, DateValue, Event, Figure, Location, Span
from sitrep.store import Store

HERE = Path(__file__).resolve().parent


def load_reports(corpus: Path, labels: Path):
    spec = yaml.safe_load(labels.read_text())["reports"]
    roots = {}
    for item in spec:
        name = item["file"]
        if name not in roots:
            roots[name] = ET.parse(corpus / name).getroot()
        article = roots[name][item["article"]]
        item["text"] = article.findtext("text")
        item["url"] = article.findtext("link") or article.findtext("url") or article.findtext("source")
        item["title"] = article.findtext("title")
    return spec


def quality(corpus: Path, labels: Path, verbose: bool = False) -> dict[str, float]:
    from sitrep.pipeline import extract_article

    reports = load_reports(corpus, labels)
    gold: dict[str, str] = {}
    fallback = 0
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "q.db") as store:
        by_article: dict[str, tuple] = {}
        for item in reports:
            key = f"{item['file']}#{item['article']}"
            if key not in by_article:
                article = make_article(item["text"], title=item["title"], url=item["url"],
                                       published=item["published"])
                by_article[key] = (article, extract_article(article), [])
            article, events, chosen = by_article[key]
            start, end = item["anchor"]
            # the anchor may begin before the parser's sentence does (a dateline cut off as a sentence)
            hits = [e for e in events if e.sentence.start < end and start < e.sentence.end]
            if hits:
                inside = lambda e: start <= e.trigger.start < end
                event = min(hits, key=lambda e: (not inside(e), e.modality != "asserted", e.trigger.start))
            else:
                fallback += 1
                event = Event(
                    id=f"{key}@{start}", article_id=article.id,
                    sentence=Span(text=item["text"][start:end], start=start, end=end),
                    trigger=Span(text=item["text"][start:end], start=start, end=end),
                )
            chosen.append(event)
            gold[event.id] = item["event"]
        for article, events, chosen in by_article.values():
            keep = {e.id: e for e in chosen}
            store.add(article, list(keep.values()))
        merge.rebuild(store)
        if verbose:
            _explain(store, gold)
        predicted = {}
        for m in merge.merged_events(store):
            for r in m.reports:
                predicted[r.event_id] = m.id
    print(f"quality: {len(gold)} reports, {len(set(gold.values()))} gold events, "
          f"{len(set(predicted[e] for e in gold))} merged events; pipeline found no event at {fallback} anchors")
    for m_id in sorted(set(predicted.values())):
        members = [e for e in gold if predicted[e] == m_id]
        if len(members) > 1:
            print("  merged:", [gold[e] for e in members])
    return scores(gold, {e: predicted[e] for e in gold})


def _explain(store, gold: dict[str, str]) -> None:
    """For each gold pair of reports, whether merging found them compatible and how alike."""
    events = merge._events_by_id(store.connection, list(gold))
    metas = merge._article_meta(store.connection, {e.article_id for e in events.values()})
    records = merge._records(events, metas)
    for a, b in combinations(sorted(gold), 2):
        if gold[a] != gold[b]:
            continue
        ra, rb = records.get(a), records.get(b)
        if ra is None or rb is None:
            print(f"  {gold[a]}: no record for {'a' if ra is None else 'b'}")
            continue
        print(f"  {gold[a]}: compatible={merge.compatible(ra, rb)} similarity={merge.similarity(ra, rb):.2f} "
              f"types={ra.plover_type},{rb.plover_type} places={ra.admin1}/{ra.country},{rb.admin1}/{rb.country} "
              f"days={ra.day0 - rb.day0},{ra.day1 - ra.day0},{rb.day1 - rb.day0}")


def scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    items = sorted(gold)
    tp = fp = fn = 0
    for a, b in combinations(items, 2):
        same_gold, same_pred = gold[a] == gold[b], predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    pp = tp / (tp + fp) if tp + fp else 1.0
    pr = tp / (tp + fn) if tp + fn else 1.0
    bp = br = 0.0
    for a in items:
        pred_cluster = {b for b in items if predicted[b] == predicted[a]}
        gold_cluster = {b for b in items if gold[b] == gold[a]}
        both = len(pred_cluster & gold_cluster)
        bp += both / len(pred_cluster)
        br += both / len(gold_cluster)
    bp, br = bp / len(items), br / len(items)
    return {"pairwise_p": pp, "pairwise_r": pr, "pairwise_f1": f1(pp, pr),
            "bcubed_p": bp, "bcubed_r": br, "bcubed_f1": f1(bp, br)}


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def synthetic_store(path: Path, n: int, seed: int = 7) -> int:
    """n events: base happenings plus re-reports by other outlets, stored one article each."""
    rng = random.Random(seed)
    places = [(f"Place{i}", 30 + rng.random() * 8, 35 + rng.random() * 10, f"Region{i % 12}", f"District{i % 60}")
              for i in range(300)]
    types = ["ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "ASSAULT", "ASSAULT"]
    words = "strike shelling raid clash convoy market checkpoint village town troops fighters police protesters".split()
    start = date(2023, 1, 1)
    written = 0
    with Store.open(path) as store:
        # a scratch database: durability is not what is measured here
        store.connection.execute("PRAGMA synchronous = OFF")
        while written < n:
            name, lat, lon, admin1, admin2 = rng.choice(places)
            day = start + timedelta(days=rng.randrange(365))
            kind = rng.choice(types)
            sentence = " ".join(rng.sample(words, 6)) + f" in {name} killed {rng.randint(1, 40)}"
            copies = 1 + (rng.random() < 0.25) * rng.randint(1, 3)
            for c in range(copies):
                if written >= n:
                    break
                text = f"{sentence}. Report {written}."
                published = datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(hours=6 + 3 * c)
                # built directly: the dateline reader has nothing to find in these one-line texts
                article = Article(id=article_id(text), text=text, published=published,
                                  url=f"https://outlet{rng.randrange(40)}.example/{written}")
                p0 = text.index(name)
                k0 = text.index("killed")
                event = Event(
                    id=f"syn{written}", article_id=article.id,
                    sentence=Span(text=sentence + ".", start=0, end=len(sentence) + 1),
                    trigger=Span(text="killed", start=k0, end=k0 + 6), plover_type=kind,
                    actor1=Actor(text=words[0], start=0, end=6, code=ActorCode(country="SYR", role="MIL")),
                    location=Location(text=name, start=p0, end=p0 + len(name), name=name, lat=lat, lon=lon,
                                      country="SY", admin1=admin1, admin2=admin2),
                    date=DateValue(text=name, start=p0, end=p0 + len(name), value=day.isoformat()),
                    figures=[Figure(kind="killed", value=rng.randint(1, 40), text="killed", start=k0, end=k0 + 6)],
                )
                store.add(article, [event])
                written += 1
    return written


def speed(n: int) -> dict[str, float]:
    """Run in a fresh process, so its peak resident memory is the merge's, not the NLP model's."""
    import json
    import subprocess

    done = subprocess.run([sys.executable, __file__, "--speed-only", str(n)], capture_output=True, text=True, check=True)
    lines = done.stdout.strip().splitlines()
    print("\n".join(lines[:-1]))
    return json.loads(lines[-1])


def _speed_child(n: int) -> None:
    import json
    import resource

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.db"
        t0 = time.perf_counter()
        count = synthetic_store(path, n)
        print(f"speed: {count} synthetic events stored in {time.perf_counter() - t0:.1f}s")
        with Store.open(path) as store:
            before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            t0 = time.perf_counter()
            merged = merge.rebuild(store)
            elapsed = time.perf_counter() - t0
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"speed: rebuild {count} events -> {merged} merged events in {elapsed:.1f}s; "
                  f"peak RSS {peak:.0f} MB (before merging {before:.0f} MB)")
            last = [row[0] for row in store.connection.execute(
                "SELECT article_id FROM events ORDER BY rowid DESC LIMIT 1000")]
            t1 = time.perf_counter()
            for last_id in last:
                merge.update(store, article_id=last_id)
            inc = time.perf_counter() - t1
            print(f"speed: update of the last {len(last)} articles one by one: {len(last) / inc:.0f} articles/s")
    print(json.dumps({"events_per_s": count / elapsed, "peak_mb": peak}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(HERE.parent.parent / "shared/benchmarks/geoparsing-gwn-lgl-trnews"))
    parser.add_argument("--labels", default=str(HERE / "merge_data/reports.yaml"))
    parser.add_argument("--synthetic", type=int, default=100_000)
    parser.add_argument("--verbose", action="store_true", help="explain each gold pair")
    parser.add_argument("--speed-only", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.speed_only is not None:
        _speed_child(args.speed_only)
        return
    q = quality(Path(args.corpus), Path(args.labels), args.verbose)
    print("quality: " + " ".join(f"{k}={v:.3f}" for k, v in q.items()))
    s = speed(args.synthetic)
    print(f"bcubed_f1={q['bcubed_f1']:.3f} pairwise_f1={q['pairwise_f1']:.3f} "
          f"events_per_s={s['events_per_s']:.0f} peak_mb={s['peak_mb']:.0f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
