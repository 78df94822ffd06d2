"""Latency of the HTTP API's filtered, paginated event lists on a database of 1 million events.

    python benchmarks/api.py [DB] [--events N] [--reps R]

DB is an sitrep database to measure; when it is missing (or has fewer than N events) synthetic
articles and events are written into it through Store.add first (default path:
benchmarks/results/api-1m.db, ~1.5 GB; building it takes a while, once). Each query kind runs R times
with random parameters, first page (limit 50) and then the page after it through the cursor, in-process
through FastAPI's TestClient (routing, validation, SQL and JSON included; no sockets).
Last line: p95_ms=<p95 over every request> ... (target: <= 100 ms).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from sitrep import countries
from sitrep.ingest import make_article
from sitrep.models import Actor, ActorCode, DateValue, Event, Figure, Location, SourceRef, Span
from sitrep.store import Store

DEFAULT_DB = Path(__file__).resolve().parent / "results" / "api-1m.db"
EVENTS_PER_ARTICLE = 10
FIRST_DAY = date(2012, 1, 1)
DAYS = 13 * 365

COUNTRIES = {  # alpha-2: (lat, lon) of a centre to scatter places around
    "SY": (35.0, 38.5), "IQ": (33.2, 43.7), "YE": (15.5, 47.5), "AF": (34.5, 66.0), "SO": (5.2, 46.2),
    "ML": (17.6, -4.0), "NG": (9.1, 8.7), "UA": (48.4, 31.2), "SD": (15.5, 30.2), "LY": (26.3, 17.2),
    "CD": (-2.9, 23.7), "MM": (21.9, 95.9), "PK": (30.4, 69.3), "ET": (9.1, 40.5), "CO": (4.6, -74.1),
    "MX": (23.6, -102.5), "EG": (26.8, 30.8), "IL": (31.0, 34.9), "LB": (33.9, 35.9), "TR": (39.0, 35.2),
    "BF": (12.2, -1.6), "NE": (17.6, 8.1), "CF": (6.6, 20.9), "SS": (6.9, 31.3), "MZ": (-18.7, 35.5),
    "IN": (21.0, 78.0), "PH": (12.9, 121.8), "VE": (6.4, -66.6), "HT": (18.9, -72.3), "CM": (7.4, 12.4),
}
VERBS = {
    "ASSAULT": ["shelled", "attacked", "bombed", "ambushed", "raided", "struck"],
    "PROTEST": ["protested against", "marched against", "rallied against"],
    "COERCE": ["arrested", "detained", "abducted"],
    "MOBILIZE": ["deployed against", "massed near"],
    "THREATEN": ["threatened", "warned"],
    "ACCUSE": ["accused", "blamed"],
    "CONSULT": ["met", "held talks with"],
    "AGREE": ["agreed a truce with", "signed a deal with"],
    "AID": ["delivered aid to", "evacuated"],
    "SANCTION": ["sanctioned", "expelled"],
    "REQUEST": ["appealed to", "called on"],
    "REJECT": ["rejected", "refused"],
    "SUPPORT": ["praised", "backed"],
    "COOPERATE": ["joined forces with"],
    "CONCEDE": ["released", "handed over to"],
    "RETREAT": ["withdrew from"],
}
TYPE_WEIGHTS = {"ASSAULT": 40, "PROTEST": 15, "COERCE": 10, "MOBILIZE": 5, "THREATEN": 5, "ACCUSE": 5, "CONSULT": 4,
                "AGREE": 2, "AID": 3, "SANCTION": 2, "REQUEST": 3, "REJECT": 2, "SUPPORT": 1, "COOPERATE": 1,
                "CONCEDE": 1, "RETREAT": 1}
ACTORS = [("government forces", "MIL"), ("the army", "MIL"), ("police", "COP"), ("security forces", "MIL"),
          ("rebel fighters", "REB"), ("insurgents", "INS"), ("militants", "INS"), ("tribal gunmen", "MIL_ID"),
          ("protesters", "CVL"), ("students", "EDU"), ("farmers", "CVL"), ("opposition supporters", "OPP"),
          ("the ministry", "GOV"), ("local officials", "GOV"), ("aid workers", "NGO"), ("UN monitors", "IGO"),
          ("unidentified gunmen", None), ("villagers", "CVL"), ("a militia", "MIL_ID"), ("journalists", "MED")]
SOURCES = [("SANA", "official_media"), ("SOHR", "ngo"), ("OCHA", "un"), ("Reuters", "news_agency"),
           ("AFP", "news_agency"), ("AP", "news_agency"), ("witnesses", "witness"), ("the ministry", "government"),
           ("the army", "military"), ("HRW", "ngo"), ("Amnesty", "ngo"), ("UNHCR", "un"), ("state TV", "official_media"),
           ("local media", "unknown"), ("medics", "witness"), ("ACLED", "ngo"), ("police", "government")]
MODALITIES = ["asserted"] * 85 + ["planned"] * 5 + ["denied"] * 3 + ["background"] * 5 + ["conditional"] * 2
DETAILS = ["near the market", "on the main road", "outside the mosque", "close to the border", "at dawn",
           "after heavy clashes", "in the old city", "near a school", "at a checkpoint", "during the night",
           "near the airport", "on the outskirts", "in the camp", "near the river", "at the hospital"]


def places_of(rng: random.Random) -> dict[str, list[tuple[str, str, str, float, float]]]:
    """Per country: 25 synthetic places (name, admin1, admin2, lat, lon) in 6 admin1 areas."""
    out = {}
    for cc, (lat, lon) in COUNTRIES.items():
        name = countries.name(cc) or cc
        out[cc] = [(f"{name} town {k}", f"{name} province {k % 6}", f"{name} district {k}",
                    round(lat + rng.uniform(-3, 3), 4), round(lon + rng.uniform(-3, 3), 4)) for k in range(25)]
    return out


def synthetic_article(rng: random.Random, places, serial: int) -> tuple:
    cc = rng.choice(list(COUNTRIES))
    a3 = countries.alpha3(cc)
    base_day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    pieces, specs = [], []
    offset = 0
    for _ in range(EVENTS_PER_ARTICLE):
        kind = rng.choices(list(TYPE_WEIGHTS), weights=list(TYPE_WEIGHTS.values()))[0]
        verb = rng.choice(VERBS[kind])
        (a1, r1), (a2, r2) = rng.sample(ACTORS, 2)
        place = rng.choice(places[cc])
        source = rng.choice(SOURCES)
        day = base_day - timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        killed = rng.random() < 0.3
        parts = [a1.capitalize(), " ", verb, " ", a2, " in ", place[0], " ", rng.choice(DETAILS), " on ",
                 day.strftime("%B %d"), ", killing " if killed else "", f"{rng.randint(1, 40)} people" if killed else "",
                 ", ", source[0], " said. "]
        sentence = "".join(parts)
        specs.append((offset, parts, kind, (a1, r1), (a2, r2), place, source, day, killed))
        pieces.append(sentence)
        offset += len(sentence)
    text = f"Report {serial}. " + "".join(pieces)
    shift = len(f"Report {serial}. ")
    article = make_article(text, title=f"Synthetic report {serial}", url=f"https://example.org/{serial}",
                           published=(base_day + timedelta(days=1)).isoformat())
    events = []
    for start, parts, kind, (a1, r1), (a2, r2), place, source, day, killed in specs:
        start += shift
        pos, spans = start, []
        for piece in parts:
            spans.append(Span(text=piece, start=pos, end=pos + len(piece)))
            pos += len(piece)
        sentence = Span(text=text[start:pos - 1], start=start, end=pos - 1)
        figures = [Figure(**spans[12].model_dump(), kind="killed", value=int(parts[12].split()[0]))] if killed else []
        events.append(Event(
            id=f"{article.id[:12]}-{start}", article_id=article.id, sentence=sentence, trigger=spans[2],
            plover_type=kind, modality=rng.choice(MODALITIES), confidence=round(rng.uniform(0.3, 0.95), 2),
            actor1=Actor(**spans[0].model_dump(), name=a1, code=ActorCode(country=a3, role=r1)),
            actor2=Actor(**spans[4].model_dump(), code=ActorCode(country=a3, role=r2)),
            location=Location(**spans[6].model_dump(), name=place[0], lat=place[3], lon=place[4], country=cc,
                              admin1=place[1], admin2=place[2]),
            date=DateValue(**spans[10].model_dump(), value=day.isoformat()),
            figures=figures,
            sources=[SourceRef(**spans[14].model_dump(), name=source[0], kind=source[1])],
        ))
    return article, events


def build(path: Path, n_events: int, batch: int = 2000) -> None:
    """Synthetic articles through Store.add, `batch` articles to a transaction: one transaction per
    article is right for ingest, but would make building a million events take hours on slow disks."""
    rng = random.Random(1)
    places = places_of(rng)
    with Store.open(path) as store:
        # Building is not what is measured: skip the fsyncs (a crash mid-build just means a rebuild).
        store.connection.execute("PRAGMA synchronous = OFF")
        store.connection.execute("PRAGMA cache_size = -1000000")  # 1 GB: index inserts land all over
        one_transaction = store.transaction
        store.transaction = contextmanager(lambda: iter([store.connection]))  # add() joins the batch's
        have = store.counts()["events"]
        serial = have // EVENTS_PER_ARTICLE + 1_000_000  # ids never clash with a previous partial build
        started = time.monotonic()
        while have < n_events:
            with one_transaction():
                for _ in range(batch):
                    article, events = synthetic_article(rng, places, serial)
                    serial += 1
                    if store.add(article, events):
                        have += len(events)
                    if have >= n_events:
                        break
            rate = have / max(time.monotonic() - started, 1e-9)
            print(f"built {have:,} events ({rate:,.0f}/s)", file=sys.stderr, flush=True)
        store.transaction = one_transaction
        store.connection.execute("ANALYZE")


def queries(rng: random.Random, places) -> dict[str, callable]:
    def day(span_days=0):
        first = FIRST_DAY + timedelta(days=rng.randrange(DAYS - span_days))
        return first.isoformat(), (first + timedelta(days=span_days)).isoformat()

    def place():
        return rng.choice(places[rng.choice(list(COUNTRIES))])

    def type_():
        return rng.choices(list(TYPE_WEIGHTS), weights=list(TYPE_WEIGHTS.values()))[0]

    return {
        "type": lambda: {"type": type_()},
        "country": lambda: {"country": rng.choice(list(COUNTRIES))},
        "country+quarter": lambda: dict(zip(("since", "until"), day(90)), country=rng.choice(list(COUNTRIES))),
        "type+country+year": lambda: dict(zip(("since", "until"), day(365)), type=type_(),
                                          country=rng.choice(list(COUNTRIES))),
        "month": lambda: dict(zip(("since", "until"), day(30))),
        "admin": lambda: {"admin": place()[1]},
        "near50km": lambda: (lambda p: {"lat": p[3], "lon": p[4], "radius_km": 50})(place()),
        "source": lambda: {"source": rng.choice(SOURCES)[0]},
        "actor": lambda: {"actor": rng.choice(["rebel", "police", "students", "gunmen", "militia", "REB", "EDU"])},
        "text": lambda: {"q": rng.choice(["market", "checkpoint", "hospital", "airport", "killing", "border"])},
        "modality+country": lambda: {"modality": rng.choice(["denied", "planned"]),
                                     "country": rng.choice(list(COUNTRIES))},
        "type+text+country": lambda: {"type": "ASSAULT", "q": rng.choice(["school", "camp", "river"]),
                                      "country": rng.choice(list(COUNTRIES))},
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", default=str(DEFAULT_DB))
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from sitrep.web.app import create_app

    path = Path(args.db)
    path.parent.mkdir(parents=True, exist_ok=True)
    with Store.open(path) as store:
        have = store.counts()["events"]
    if have < args.events:
        print(f"building {args.events:,} synthetic events in {path} (has {have:,})", file=sys.stderr, flush=True)
        build(path, args.events)
    with Store.open(path) as store:
        n_events = store.counts()["events"]

    rng = random.Random(7)
    kinds = queries(rng, places_of(random.Random(1)))
    all_ms: list[float] = []
    by_kind: dict[str, list[float]] = {}
    with TestClient(create_app(path)) as client:
        for make in kinds.values():  # warm the page cache and the connections once
            client.get("/api/events", params={**make(), "limit": args.limit})
        for _ in range(args.reps):
            for name, make in kinds.items():
                params = {**make(), "limit": args.limit}
                for page in range(2):
                    started = time.perf_counter()
                    response = client.get("/api/events", params=params)
                    elapsed = (time.perf_counter() - started) * 1000
                    if response.status_code != 200:
                        raise SystemExit(f"{name} {params}: HTTP {response.status_code} {response.text[:200]}")
                    body = response.json()
                    by_kind.setdefault(name, []).append(elapsed)
                    all_ms.append(elapsed)
                    if not body["next_cursor"]:
                        break
                    params["cursor"] = body["next_cursor"]
    for name, values in by_kind.items():
        print(f"{name:20s} n={len(values):3d} p50={statistics.median(values):7.1f} ms  "
              f"p95={percentile(values, 0.95):7.1f} ms  max={max(values):7.1f} ms")
    worst = max(by_kind, key=lambda k: percentile(by_kind[k], 0.95))
    print(f"p95_ms={percentile(all_ms, 0.95):.1f} p50_ms={statistics.median(all_ms):.1f} "
          f"max_ms={max(all_ms):.1f} requests={len(all_ms)} events={n_events} limit={args.limit} "
          f"worst_kind={worst} worst_kind_p95_ms={percentile(by_kind[worst], 0.95):.1f}")


if __name__ == "__main__":
    main()
