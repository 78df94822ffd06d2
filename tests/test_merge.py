"""sitrep.merge: reports of one event from several articles become one merged event."""
from __future__ import annotations

import json
import random
from datetime import datetime, timezone

import pytest

from sitrep import merge
from sitrep.models import Actor, ActorCode, Article, DateValue, Event, Figure, Location, SourceRef, Span
from sitrep.store import Store

PLACES = {
    "Northtown": (34.50, 40.10, "Northern", "North district"),
    "Northtown suburb": (34.55, 40.15, "Northern", "North district"),  # ~7 km away
    "Farville": (35.60, 41.50, "Eastern", "Far district"),  # ~180 km away
}


def make(text: str, url: str, published: str, reports: list[dict]) -> tuple[Article, list[Event]]:
    """An article whose text is the given sentences, and one event per sentence."""
    article = Article(id=f"a-{url}", text=text, url=url, published=datetime.fromisoformat(published))
    events = []
    for i, r in enumerate(reports):
        start = text.index(r["sentence"])
        sentence = Span(text=r["sentence"], start=start, end=start + len(r["sentence"]))
        t0 = text.index(r.get("trigger", "killed"), start)
        trigger_text = r.get("trigger", "killed")
        lat, lon, admin1, admin2 = PLACES[r["place"]]
        p0 = text.index(r["place"].split()[0], start)
        figures = []
        for kind, value, qualifier in r.get("figures", []):
            f0 = text.index(str(value), start)
            figures.append(Figure(kind=kind, value=value, qualifier=qualifier, text=str(value), start=f0,
                                  end=f0 + len(str(value))))
        sources = []
        for name in r.get("sources", []):
            s0 = text.index(name, start)
            sources.append(SourceRef(name=name, kind="ngo", text=name, start=s0, end=s0 + len(name)))
        events.append(Event(
            id=f"{url}#{i}", article_id=article.id, sentence=sentence,
            trigger=Span(text=trigger_text, start=t0, end=t0 + len(trigger_text)),
            plover_type=r.get("type", "ASSAULT"),
            actor1=Actor(text="x", start=0, end=1, code=ActorCode(country="ZZZ", role="MIL")),
            location=Location(text=r["place"].split()[0], start=p0, end=p0 + len(r["place"].split()[0]),
                              name=r["place"], lat=lat, lon=lon, country="ZZ", admin1=admin1, admin2=admin2,
                              precision=r.get("precision", "exact")),
            date=DateValue(text="Monday", start=0, end=1, value=r["date"], precision="day"),
            figures=figures, sources=sources, modality=r.get("modality", "asserted"),
        ))
    return article, events


def corpus() -> list[tuple[Article, list[Event]]]:
    s1 = "An air strike killed 12 people in Northtown market on Monday, the Monitor said."
    s2 = "Three civilians were killed when jets struck the market of Northtown suburb, the Monitor said."
    s3 = "Officials in Northtown said 12 people were killed in the market strike."
    s4 = "Protesters in Farville were killed by police gunfire on Monday."
    s5 = "A strike on Northtown killed five soldiers at a checkpoint nine days later."
    return [
        make(s1, "one.example/1", "2024-03-04T10:00:00+00:00",
             [{"sentence": s1, "place": "Northtown", "date": "2024-03-04", "figures": [("killed", 12, "exact")],
               "sources": ["Monitor"]}]),
        make(s2, "two.example/7", "2024-03-04T12:00:00+00:00",
             [{"sentence": s2, "place": "Northtown suburb", "date": "2024-03-04",
               "figures": [], "sources": ["Monitor"]}]),
        make(s3, "three.example/x", "2024-03-05T08:00:00+00:00",
             [{"sentence": s3, "place": "Northtown", "date": "2024-03-04", "figures": [("killed", 12, "exact")]}]),
        make(s4, "four.example/y", "2024-03-04T09:00:00+00:00",
             [{"sentence": s4, "place": "Farville", "date": "2024-03-04"}]),
        make(s5, "five.example/z", "2024-03-13T09:00:00+00:00",
             [{"sentence": s5, "place": "Northtown", "date": "2024-03-13"}]),
    ]


def groups(store) -> set[frozenset]:
    found = merge.merged_events(store)
    return {frozenset(r.event_id for r in m.reports) for m in found}


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "m.db") as s:
        yield s


def test_merge_links_reports_of_one_event_and_keeps_others_apart(store):
    for article, events in corpus():
        store.add(article, events)
    merge.rebuild(store)
    assert groups(store) == {
        frozenset({"one.example/1#0", "two.example/7#0", "three.example/x#0"}),
        frozenset({"four.example/y#0"}),
        frozenset({"five.example/z#0"}),
    }


def test_merge_counts_independent_sources_and_earliest_report(store):
    for article, events in corpus():
        store.add(article, events)
    merge.rebuild(store)
    [big] = merge.merged_events(store, min_reports=2)
    # two outlets quote the Monitor: one source; the third outlet speaks for itself
    assert big.independent_sources == ["Monitor", "three.example"]
    assert big.id == "one.example/1#0" == big.first_event_id
    assert big.first_reported == datetime(2024, 3, 4, 10, tzinfo=timezone.utc)
    assert big.location.name == "Northtown"


def test_merge_shows_disagreement_without_averaging():
    claims = [
        merge.FigureClaim(kind="killed", value=12, source="A", event_id="e1", article_id="a1", text="12", start=0, end=2),
        merge.FigureClaim(kind="killed", value=3, source="B", event_id="e2", article_id="a2", text="3", start=0, end=1),
        merge.FigureClaim(kind="injured", value=10, qualifier="at_least", source="A", event_id="e1", article_id="a1",
                          text="10", start=0, end=2),
        merge.FigureClaim(kind="injured", value=14, source="B", event_id="e2", article_id="a2", text="14", start=0, end=2),
    ]
    [d] = merge.disagreements(claims)
    assert (d.kind, d.low, d.high) == ("killed", 3, 12)
    assert sorted(c.value for c in d.claims) == [3, 12]


def test_merge_update_matches_rebuild_in_any_arrival_order(tmp_path):
    articles = corpus()
    with Store.open(tmp_path / "full.db") as full:
        for article, events in articles:
            full.add(article, events)
        merge.rebuild(full)
        expected = groups(full)
    for seed in range(4):
        random.Random(seed).shuffle(articles)
        with Store.open(tmp_path / f"inc{seed}.db") as inc:
            for article, events in articles:
                inc.add(article, events)
                merge.update(inc, article_id=article.id)
            assert groups(inc) == expected


def test_merge_background_events_stay_alone(store):
    s1 = "An air strike killed 12 people in Northtown market on Monday, the Monitor said."
    a1, e1 = make(s1, "bg.example/1", "2024-03-04T10:00:00+00:00",
                  [{"sentence": s1, "place": "Northtown", "date": "2024-03-04", "modality": "background"}])
    a2, e2 = make(s1 + " More follows.", "bg.example/2", "2024-03-04T11:00:00+00:00",
                  [{"sentence": s1, "place": "Northtown", "date": "2024-03-04"}])
    store.add(a1, e1)
    store.add(a2, e2)
    merge.rebuild(store)
    assert len(merge.merged_events(store)) == 2


def test_merge_compatible_rejects_far_places_and_far_dates():
    base = corpus()
    rec = {e.id: merge._record(e, a) for a, es in base for e in es}
    assert merge.compatible(rec["one.example/1#0"], rec["two.example/7#0"])
    assert not merge.compatible(rec["one.example/1#0"], rec["four.example/y#0"])  # 180 km, other type
    assert not merge.compatible(rec["one.example/1#0"], rec["five.example/z#0"])  # nine days later


def test_merge_terse_report_without_place_or_type_joins_by_names(store):
    s1 = "Rebels of the Northern Front shelled Northtown market on Monday, the Monitor said."
    s2 = "The Northern Front denied shelling the market in Northtown on Monday."
    a1, e1 = make(s1, "t1.example/1", "2024-03-04T10:00:00+00:00",
                  [{"sentence": s1, "place": "Northtown", "date": "2024-03-04", "trigger": "shelled"}])
    a2, e2 = make(s2, "t2.example/1", "2024-03-04T12:00:00+00:00",
                  [{"sentence": s2, "place": "Northtown", "date": "2024-03-04", "trigger": "shelling"}])
    bare = e2[0].model_copy(update={"location": None, "plover_type": None, "actor1": None})
    store.add(a1, e1)
    store.add(a2, [bare])
    merge.rebuild(store)
    assert groups(store) == {frozenset({"t1.example/1#0", "t2.example/1#0"})}


def test_merge_town_inside_the_region_named_by_another_report():
    s1 = "An air strike killed 12 people in Northtown market on Monday, the Monitor said."
    a1, e1 = make(s1, "p1.example/1", "2024-03-04T10:00:00+00:00",
                  [{"sentence": s1, "place": "Northtown", "date": "2024-03-04"}])
    a2, e2 = make(s1, "p2.example/1", "2024-03-04T11:00:00+00:00",
                  [{"sentence": s1, "place": "Northtown", "date": "2024-03-04"}])
    region = e2[0].location.model_copy(update={"name": "Northern", "lat": None, "lon": None, "admin1": "Northern",
                                              "admin2": None, "geonameid": None, "precision": "admin1"})
    r1, r2 = merge._record(e1[0], a1), merge._record(e2[0].model_copy(update={"location": region}), a2)
    assert merge.compatible(r1, r2) and merge.similarity(r1, r2) > merge.THRESHOLD
    elsewhere = region.model_copy(update={"admin1": "Eastern", "name": "Eastern"})
    assert not merge.compatible(r1, merge._record(e2[0].model_copy(update={"location": elsewhere}), a2))


def test_merge_article_main_event_takes_the_match_before_a_side_story(store):
    s1 = "An air strike killed 12 people in Northtown market on Monday, the Monitor said."
    side = "Protesters in Northtown were killed by police gunfire on Monday."
    main = "Jets struck Northtown market on Monday, killing 12 people, the Monitor said."
    a1, e1 = make(s1, "m1.example/1", "2024-03-04T10:00:00+00:00",
                  [{"sentence": s1, "place": "Northtown", "date": "2024-03-04"}])
    a2, e2 = make(side + " " + main, "m2.example/1", "2024-03-04T12:00:00+00:00",
                  [{"sentence": side, "place": "Northtown", "date": "2024-03-04"},
                   {"sentence": main, "place": "Northtown", "date": "2024-03-04", "trigger": "killing"}])
    store.add(a1, e1)
    store.add(a2, e2)
    merge.rebuild(store)
    assert frozenset({"m1.example/1#0", "m2.example/1#1"}) in groups(store)


def test_merge_rebuild_in_small_batches_gives_the_same_merged_events(tmp_path):
    results = []
    for batch in (1, 2, 5000):
        with Store.open(tmp_path / f"b{batch}.db") as s:
            for article, events in corpus():
                s.add(article, events)
            merge.rebuild(s, batch=batch)
            results.append([m.model_dump() for m in merge.merged_events(s)])
    assert results[0] == results[1] == results[2]


def test_merge_update_pending_folds_in_events_left_unmerged(tmp_path):
    from sitrep import merge
    from sitrep.ingest import make_article
    from sitrep.pipeline import extract_article
    from sitrep.store import Store

    article = make_article("Government forces shelled Talbiseh on Monday, killing 4 people, SOHR said.",
                           published="2021-03-02")
    with Store.open(tmp_path / "m.db") as store:
        store.add(article, extract_article(article))  # stored, as by a run stopped before merging
        n_events = store.counts()["events"]
        assert n_events >= 1
        assert merge.update_pending(store) == n_events
        assert merge.update_pending(store) == 0  # nothing left
        members = store.connection.execute("SELECT COUNT(*) FROM merged_members").fetchone()[0]
        assert members == n_events


def test_merge_undated_event_is_found_under_its_publication_day(tmp_path):
    from sitrep import merge
    from sitrep.ingest import make_article
    from sitrep.pipeline import extract_article
    from sitrep.store import Store

    article = make_article("Government forces shelled Talbiseh, killing 4 people, SOHR said.",
                           published="2021-03-02T10:00:00")
    with Store.open(tmp_path / "m.db") as store:
        store.add(article, extract_article(article))
        merge.update_pending(store)
        found = merge.merged_events(store, since="2021-03-02", until="2021-03-02")
        assert found and all(m.date is None for m in found)


def _claim(value, source, group, event_id, qualifier="exact"):
    return merge.FigureClaim(kind="killed", value=value, qualifier=qualifier, source=source, group=group,
                             event_id=event_id, article_id=event_id, text=str(value), start=0, end=1)


def test_merge_counts_of_two_groups_from_one_source_add_up():
    parts = [_claim(4, "Monitor", "fighters", "e1"), _claim(2, "Monitor", "children", "e1")]
    assert merge.disagreements(parts + [_claim(6, "Ministry", "people", "e2")]) == []
    assert [d.kind for d in merge.disagreements(parts + [_claim(2, "Ministry", "people", "e2")])] == ["killed"]
    # one group told twice is not two counts
    twice = [_claim(12, "Monitor", "people", "e1", "at_least"), _claim(12, "Monitor", "people", "e1")]
    assert merge.source_counts(twice) == [("Monitor", 12, None, "at_least"), ("Monitor", 12, None, "exact")]


def test_merge_list_shows_two_events_of_one_sentence_as_one_happening(tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli import app

    path = tmp_path / "l.db"
    with Store.open(path) as s:
        for url, hour, verb in (("one.example/4", "10", "said"), ("two.example/4", "12", "reported")):
            text = f"Jets struck Northtown market on Monday and killed 12 people, the Monitor {verb}."
            s.add(*make(text, url, f"2024-03-04T{hour}:00:00+00:00", [
                {"sentence": text, "place": "Northtown", "date": "2024-03-04", "trigger": "struck"},
                {"sentence": text, "place": "Northtown", "date": "2024-03-04", "trigger": "killed"},
            ]))
        merge.rebuild(s)
        assert len(merge.merged_events(s, min_reports=2)) == 2  # one per trigger
    result = CliRunner().invoke(app, ["merge", "list", "--db", str(path), "--format", "json"])
    listed = json.loads(result.stdout)
    assert len(listed) == 1 and len(listed[0]["reports"]) == 2


def test_merge_disagreement_range_uses_the_added_up_count():
    # the monitor's count is 6 (4 + 2): the range the report shows runs 6 to 10, not 2 to 10
    parts = [_claim(4, "Monitor", "fighters", "e1"), _claim(2, "Monitor", "children", "e1")]
    [d] = merge.disagreements(parts + [_claim(10, "Ministry", "people", "e2")])
    assert (d.low, d.high) == (6, 10)
    [d] = merge.disagreements(parts + [_claim(2, "Ministry", "people", "e2")])
    assert (d.low, d.high) == (2, 6)


def test_merge_a_news_agency_relaying_a_source_is_not_another_independent_source(store):
    # The second outlet reprints the wire story: the Monitor's claim "according to Reuters". Reuters
    # carries the Monitor's word; it is no second witness of the strike.
    wire = "Jets struck Northtown market on Monday and killed 12 people, the Monitor said."
    copy = "Jets struck Northtown market on Monday and killed 12 people, the Monitor said, according to Reuters."
    own = "Rescuers said 20 people were killed when jets struck Northtown market on Monday."
    for text, url, hour, sources in ((wire, "wire.example/1", "10", ["Monitor"]),
                                     (copy, "daily.example/2", "11", ["Monitor", "Reuters"]),
                                     (own, "rescue.example/3", "12", ["Rescuers"])):
        article, events = make(text, url, f"2024-03-04T{hour}:00:00+00:00", [
            {"sentence": text, "place": "Northtown", "date": "2024-03-04", "sources": sources,
             "figures": [("killed", 20 if "20" in text else 12, "exact")]}])
        agency = [s.model_copy(update={"kind": "news_agency"}) if s.name == "Reuters" else s
                  for s in events[0].sources]
        store.add(article, [events[0].model_copy(update={"sources": agency})])
    merge.rebuild(store)
    [merged] = merge.merged_events(store, min_reports=2)
    assert len(merged.reports) == 3
    assert merged.independent_sources == ["Monitor", "Rescuers"]


def test_merge_list_table_shows_disagreement_and_each_source_figure_once(store, tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli import app, merged_cells

    for text, url, value, source in (
        ("Jets struck Northtown market on Monday and killed 12 people, the Monitor said.", "a.example/1", 12, "Monitor"),
        ("Jets struck Northtown market on Monday and killed 12 people, the Monitor said.", "b.example/1", 12, "Monitor"),
        ("Jets struck Northtown market on Monday and killed 30 people, the [bold]Medics[/bold] said.", "c.example/1",
         30, "[bold]Medics[/bold]"),
    ):
        store.add(*make(text + " " + url, url, "2024-03-04T10:00:00+00:00", [
            {"sentence": text, "place": "Northtown", "date": "2024-03-04", "sources": [source],
             "figures": [("killed", value, "exact")]}]))
    merge.rebuild(store)
    [merged] = merge.merged_events(store, min_reports=2)
    figures = merged_cells(merged)[-1]
    assert figures.plain == "killed 12 (Monitor); killed 30 ([bold]Medics[/bold]) [sources disagree]"
    assert not figures.spans  # plain text: Rich reads no markup in it
    assert CliRunner().invoke(app, ["merge", "list", "--db", store.path]).exit_code == 0


def test_merge_report_witnesses_leave_out_the_agency_carrying_a_named_source():
    span = Span(text="x", start=0, end=1)
    relayed = merge.Report(event_id="e", article_id="a", outlet="daily.example", sentence=span, trigger=span,
                           sources=["Monitor", "Reuters"], independent_source="Monitor")
    alone = relayed.model_copy(update={"sources": ["Reuters"], "independent_source": "Reuters"})
    assert merge.report_witnesses(relayed) == ["Monitor"] and merge.report_witnesses(alone) == ["Reuters"]


def test_merge_a_shared_weekday_is_no_shared_name(store):
    # Two attacks told the same day share "Tuesday" (and "killing"): that is their date, already
    # compared, not a name of who or where. The one with no place must not join the other.
    strike = "A drone strike hit a car near Northtown on Tuesday, killing 2 commanders, a spokesman said."
    ambush = "Gunmen ambushed a patrol near Farville on Tuesday, killing 3 soldiers, officials said."
    a, [e] = make(strike, "one.example/5", "2024-03-06T10:00:00+00:00",
                  [{"sentence": strike, "place": "Northtown", "date": "2024-03-05", "trigger": "hit",
                    "figures": [("killed", 2, "exact")]}])
    store.add(a, [e.model_copy(update={"actor1": None})])
    b, [f] = make(ambush, "two.example/5", "2024-03-06T11:00:00+00:00",
                  [{"sentence": ambush, "place": "Farville", "date": "2024-03-05", "trigger": "ambushed",
                    "figures": [("killed", 3, "exact")]}])
    store.add(b, [f.model_copy(update={"location": None})])
    merge.rebuild(store)
    assert len(merge.merged_events(store)) == 2


def test_merge_does_not_depend_on_the_command_line():
    # merge is a pipeline stage (the web app and the store use it): the CLI builds on it, never the reverse.
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(merge))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert not {name for name in imported if name and name.split(".")[-1] == "cli"}


def test_merge_list_shows_the_day_an_undated_event_is_filed_under():
    from sitrep.cli import merged_cells

    s = "Gunmen attacked a convoy near Northtown, the Monitor said."
    article, events = make(s, "gazette.example/3", "2024-05-06T09:00:00+00:00",
                           [{"sentence": s, "place": "Northtown", "date": "2024-05-06", "trigger": "attacked"}])
    undated = events[0].model_copy(update={"date": None})
    meta = {article.id: merge._ArticleMeta(article.id, article.published, article.url, None, s)}
    merged = merge.summarise([undated], meta)
    assert merged_cells(merged)[1].plain == "2024-05-06 (first reported)"


def test_merge_list_figures_keep_their_qualifier_and_range():
    from sitrep.cli import merged_cells

    s = "Gunmen killed at least 11 farmers near Northtown and dozens fled, the Monitor said."
    article, events = make(s, "gazette.example/4", "2024-05-06T09:00:00+00:00",
                           [{"sentence": s, "place": "Northtown", "date": "2024-05-06", "sources": ["Monitor"],
                             "figures": [("killed", 11, "at_least")]}])
    fled = Figure(kind="displaced", value=24, value_max=99, qualifier="approximately", text="dozens",
                  start=s.index("dozens"), end=s.index("dozens") + 6)
    event = events[0].model_copy(update={"figures": events[0].figures + [fled]})
    meta = {article.id: merge._ArticleMeta(article.id, article.published, article.url, None, s)}
    cell = merged_cells(merge.summarise([event], meta))[-1].plain
    assert cell == "killed at least 11 (Monitor); displaced about 24\u201399 (Monitor)"


def test_merge_area_is_trimmed_as_a_country_is(store):
    for article, events in corpus():
        store.add(article, events)
    merge.rebuild(store)
    wanted = merge.merged_events(store, area="Northern")
    assert wanted and merge.merged_events(store, area="  Northern ") == wanted


def test_merge_update_cli_takes_an_article_id_prefix_and_refuses_an_unknown_one(tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli import app

    path = tmp_path / "u.db"
    with Store.open(path) as s:
        for article, events in corpus():
            s.add(article, events)
    runner = CliRunner()
    unknown = runner.invoke(app, ["merge", "update", "--db", str(path), "--article", "a-nowhere.example"])
    assert unknown.exit_code == 1 and "no stored article has that id" in unknown.output
    both = runner.invoke(app, ["merge", "update", "--db", str(path), "--article", "a-t"])  # two.example, three.example
    assert both.exit_code == 1 and "more than one article" in both.output
    prefix = runner.invoke(app, ["merge", "update", "--db", str(path), "--article", "a-one.exa"])
    assert prefix.exit_code == 0 and "1 merged events written" in prefix.output


@pytest.mark.parametrize("incremental", [False, True])
def test_merge_a_denial_never_confirms_the_act_it_denies(store, incremental):
    s1 = "Rebels shelled the grain silos in Northtown on Monday, killing 4 workers, the Monitor said."
    s2 = "The rebel command denied it shelled the grain silos in Northtown on Monday."
    s3 = "Rebel leaders denied they shelled the grain silos in Northtown on Monday, the Courier said."
    a1, e1 = make(s1, "d1.example/1", "2024-03-04T10:00:00+00:00",
                  [{"sentence": s1, "place": "Northtown", "date": "2024-03-04", "trigger": "shelled"}])
    a2, e2 = make(s2, "d2.example/1", "2024-03-04T12:00:00+00:00",
                  [{"sentence": s2, "place": "Northtown", "date": "2024-03-04", "trigger": "shelled",
                    "modality": "denied"}])
    a3, e3 = make(s3, "d3.example/1", "2024-03-04T13:00:00+00:00",
                  [{"sentence": s3, "place": "Northtown", "date": "2024-03-04", "trigger": "shelled",
                    "modality": "denied"}])
    for article, events in ((a1, e1), (a2, e2), (a3, e3)):
        store.add(article, events)
        if incremental:
            merge.update(store, article_id=article.id)
    if not incremental:
        merge.rebuild(store)
    # the two denials are one reported denial; the attack keeps its one source and stays asserted
    assert groups(store) == {frozenset({"d1.example/1#0"}), frozenset({"d2.example/1#0", "d3.example/1#0"})}
    by_id = {m.id: m for m in merge.merged_events(store)}
    assert by_id["d1.example/1#0"].modality == "asserted" and by_id["d1.example/1#0"].n_independent_sources == 1
    assert by_id["d2.example/1#0"].modality == "denied"
