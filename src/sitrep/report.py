"""A situation report for an area and a period, from the merged events (sitrep.merge).

Sections, in the order an OCHA analyst expects them: headline figures with their sources, events
by type over time (chart), a map of event locations (drawn offline with matplotlib), key
developments each quoting its sentence and citing its article, disagreements between sources, and
background kept apart. Formats: Markdown (charts written beside it as PNG), HTML (one file,
images embedded, Jinja2 with autoescaping) and PDF (matplotlib's PDF backend, no system packages).
"""
from __future__ import annotations

import base64
import io
import json
import re
import textwrap
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime, timezone
from importlib.resources import files
from pathlib import Path
from typing import Optional

from . import merge
from .merge import MergedEvent

KEY_DEVELOPMENTS = 10
FIGURE_ORDER = ("killed", "injured", "displaced", "arrested", "abducted", "missing", "other")


@dataclass
class SitRep:
    """Everything a report shows, already worded; the renderers only lay it out."""

    title: str
    period: str
    summary: str
    generated: str
    headlines: list[dict] = field(default_factory=list)
    developments: list[dict] = field(default_factory=list)
    disagreements: list[dict] = field(default_factory=list)
    background: list[dict] = field(default_factory=list)
    events: list[MergedEvent] = field(default_factory=list)
    n_articles: int = 0
    chart_png: bytes = b""
    map_png: bytes = b""
    notes: list[str] = field(default_factory=list)  # what the writer could not render, for the user

    @property
    def chart_b64(self) -> str:
        return base64.b64encode(self.chart_png).decode("ascii")

    @property
    def map_b64(self) -> str:
        return base64.b64encode(self.map_png).decode("ascii")


def build(store, area: str, since: str, until: str) -> SitRep:
    """Gather and word the report's content from the store's merged events."""
    events = fold_happenings([m for m in merge.merged_events(store, area=area, since=since, until=until)
                    if m.modality != "background"])
    background = [m for m in merge.merged_events(store, area=area, modality="background")
                  if _reported_within(m, since, until)]
    articles = {r.article_id for m in events + background for r in m.reports}
    area = _area_name(area)
    report = SitRep(
        title=f"{area}: situation report",
        period=f"{since} to {until}",
        summary=f"{len(events)} events from {sum(len(m.reports) for m in events)} reports",
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        events=events, n_articles=len(articles),
    )
    report.headlines = _headlines(events)
    report.developments = [_development(m) for m in sorted(events, key=_severity)[:KEY_DEVELOPMENTS]]
    report.disagreements = [
        {"heading": f"{_when(m)} {_where(m)}: {d.kind} {d.low:,} to {d.high:,}",
         "claims": [f"{c.source}: {figure_text(c)} ({c.kind}), \u201c{c.text}\u201d, {_date(c.published)}"
                    for c in distinct_claims(d.claims)]}
        for m in events for d in m.disagreements
    ]
    quoted = {}
    for m in background:
        for r in m.reports[:1]:
            quoted.setdefault((r.article_id, r.sentence.start), {"sentence": r.sentence.text, "cite": _cite(r)})
    report.background = list(quoted.values())
    report.chart_png = _chart(events, since, until)
    report.map_png = _map(events, area)
    return report


def _area_name(area: str) -> str:
    """The area as a title names it: a country by its name ('SD', 'SDN' and 'sudan' are Sudan),
    an admin area or place as the user wrote it."""
    from . import countries

    code = countries.alpha2(area)
    return countries.name(code) if code else area.strip()


def fold_happenings(events: list[MergedEvent]) -> list[MergedEvent]:
    """One entry per happening: merged events that quote the same sentence of the same article (the
    extractor found two events in one sentence, "struck ... killing 9") are shown as one, with their
    reports and figures counted once, so headline totals do not count a figure twice."""
    parent = list(range(len(events)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple, int] = {}
    for i, m in enumerate(events):
        for r in m.reports:
            j = seen.setdefault((r.article_id, r.sentence.start), i)
            parent[root(i)] = root(j)
    # An article's headline retells its lead ("Clashes in X leave 9 dead", then "Nine people were
    # killed ..."): an event told only in the headline is the same happening as the article's first
    # other event of its type, not a second one with nine more dead.
    first_of_type: dict[tuple, int] = {}
    for i, m in enumerate(events):
        for r in sorted(m.reports, key=lambda r: r.sentence.start):
            if not _is_headline(r):
                first_of_type.setdefault((r.article_id, m.plover_type), i)
    for i, m in enumerate(events):
        if m.reports and all(_is_headline(r) for r in m.reports):
            j = first_of_type.get((m.reports[0].article_id, m.plover_type))
            if j is not None:
                parent[root(i)] = root(j)
    groups: dict[int, list[MergedEvent]] = defaultdict(list)
    for i, m in enumerate(events):
        groups[root(i)].append(m)
    folded = []
    for members in groups.values():
        if len(members) == 1:
            folded.append(members[0])
            continue
        main = max(members, key=lambda m: (len(m.reports), m.date is not None, m.location is not None))
        reports = list({(r.article_id, r.sentence.start): r for m in members for r in m.reports}.values())
        reports.sort(key=lambda r: (r.published.isoformat() if r.published else "9999", r.article_id))
        figures = list({(c.article_id, c.start, c.end, c.kind): c for m in members for c in m.figures}.values())
        folded.append(main.model_copy(update={
            "reports": reports, "figures": figures,
            "independent_sources": _independent_sources([r for m in members for r in m.reports]),
            "disagreements": merge.disagreements(figures),
        }))
    # listed under the day merge files them by (an undated one by its first report), undated background first
    return sorted(folded, key=lambda m: (merge.filed_days(m)[0] or "", m.id))


def _is_headline(r) -> bool:
    """Whether a report's sentence is its article's title (a page's text opens with its headline)."""
    title = " ".join((r.title or "").split())
    return bool(title) and r.sentence.start == 0 and " ".join(r.sentence.text.split()).startswith(title)


def _independent_sources(reports) -> list[str]:
    """The sources an article's reports of one happening stand for: the sources it names; its outlet
    (or wire) only when none of its sentences names one ("X said jets killed 4 and wounded others",
    or a headline over a lead that cites X: X, not the paper)."""
    by_article: dict[str, list] = defaultdict(list)
    for r in reports:
        by_article[r.article_id].append(r)
    found: set[str] = set()
    for same in by_article.values():
        named = {name for r in same for name in merge.report_witnesses(r)}
        found |= named or {r.independent_source for r in same}
    return sorted(found)


def _reported_within(m: MergedEvent, since: str, until: str) -> bool:
    day = m.first_reported.date().isoformat() if m.first_reported else None
    return day is None or since <= day <= until


def _severity(m: MergedEvent):
    killed = max((c.value for c in m.figures if c.kind == "killed"), default=0)
    return (-killed, -m.n_independent_sources, -len(m.reports), m.date.value if m.date else "", m.id)


def _headlines(events: list[MergedEvent]) -> list[dict]:
    low: Counter = Counter()
    high: Counter = Counter()
    counted: Counter = Counter()
    qualifiers: dict[str, set] = defaultdict(set)  # of the counts the lowest total is made of
    sources: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for m in events:
        by_kind: dict[str, list] = defaultdict(list)
        for c in m.figures:
            by_kind[c.kind].append(c)
        for kind, claims in by_kind.items():
            counts = merge.source_counts(claims)  # a source's "four fighters and two children" is 6
            lowest = min(counts, key=lambda count: count[1])
            low[kind] += lowest[1]
            qualifiers[kind].add(lowest[3])
            high[kind] += max(value_max or value for _, value, value_max, _ in counts)
            counted[kind] += 1
            for c in distinct_claims(claims):
                sources[kind][c.source].append(figure_text(c))
    out = []
    for kind in sorted(counted, key=lambda k: FIGURE_ORDER.index(k) if k in FIGURE_ORDER else 99):
        if low[kind] == high[kind]:
            # "about 12" stays about 12; at least 10 and 5 more are at least 15; mixed kinds of doubt: about
            doubts = qualifiers[kind] - {"exact"}
            prefix = QUALIFIER_WORDS.get(doubts.pop(), "about ") if len(doubts) == 1 else ("about " if doubts else "")
            text = f"{prefix}{low[kind]:,}"
        else:
            text = f"{low[kind]:,} to {high[kind]:,}"
        cited = "; ".join(f"{name} ({', '.join(values)})" for name, values in sorted(sources[kind].items()))
        out.append({"kind": kind, "text": text, "events": counted[kind], "sources": cited})
    return out


def _development(m: MergedEvent) -> dict:
    figures = "; ".join(f"{figure_text(c)} {c.kind} ({c.source})" for c in distinct_claims(m.figures))
    facts = (f"{len(m.reports)} report(s), {m.n_independent_sources} independent source(s): "
             f"{', '.join(m.independent_sources)}. First reported {_date(m.first_reported)}.")
    if figures:
        facts += f" Figures: {figures}."
    if m.disagreements:
        facts += " Sources disagree (see below)."
    # planned, conditional and denied events are reported as what they are, not as things that happened
    status = "" if m.modality == "asserted" else f" ({m.modality})"
    return {
        "heading": f"{_when(m)} \u2013 {_where(m)} \u2013 {(m.plover_type or 'event').lower()}{status}",
        "facts": facts,
        "quotes": [{"sentence": r.sentence.text, "cite": _cite(r), "url": _link(r.url)} for r in m.reports[:3]],
    }


def distinct_claims(claims: list) -> list:
    """The claims in order, a source's claim repeated by outlets copying one another once (the first
    outlet's): the same source, kind, count, qualifier and group."""
    seen = {}
    for c in claims:
        seen.setdefault((c.source, c.kind, c.value, c.value_max, c.qualifier, (c.group or "").lower()), c)
    return list(seen.values())


QUALIFIER_WORDS = {"at_least": "at least ", "approximately": "about ", "at_most": "at most ", "up_to": "up to "}


def figure_text(c) -> str:
    """A count as reports word it: "at least 11", "about 24\u201399"."""
    value = f"{c.value:,}" + (f"\u2013{c.value_max:,}" if c.value_max else "")
    return QUALIFIER_WORDS.get(c.qualifier, "") + value


_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)


def _link(url: Optional[str]) -> Optional[str]:
    """An article's URL when it is a plain web address, safe as a link in HTML and Markdown; a
    javascript: URL or one with markup characters is left out (the cite still names the outlet)."""
    return url if url and _WEB_ADDRESS.fullmatch(url) else None


def _when(m: MergedEvent) -> str:
    return m.date.value if m.date else (_date(m.first_reported) or "undated")


def _where(m: MergedEvent) -> str:
    if m.location is None:
        return "place unknown"
    parts = [m.location.name or m.location.text, m.location.admin1]
    # a town and its province of one name once, however GeoNames writes the apostrophe ("Ma'rib", "Ma’rib")
    unique: dict[str, str] = {}
    for part in parts:
        if part:
            unique.setdefault(part.replace("\u2019", "'").casefold(), part)
    return ", ".join(unique.values())


def _date(moment: Optional[datetime]) -> str:
    return moment.date().isoformat() if moment else ""


def _cite(r: merge.Report) -> str:
    title = f"\u201c{r.title}\u201d, " if r.title else ""
    # An article with no URL has its title (or its id) for outlet: named once, not twice.
    outlet = "" if r.outlet in (r.title, f"article {r.article_id[:12]}") else f"{r.outlet}, "
    return f"{title}{outlet}{_date(r.published) or 'undated'} (article {r.article_id[:12]}, characters {r.sentence.start}\u2013{r.sentence.end})"


# -- pictures ------------------------------------------------------------------------------------
def _figure_png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return buffer.getvalue()


def _chart_figure(events: list[MergedEvent], since: str, until: str):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 3.2))
    _draw_chart(ax, events, since, until)
    return fig


def _draw_chart(ax, events: list[MergedEvent], since: str, until: str) -> None:
    import matplotlib.dates as mdates

    counts: dict[str, Counter] = defaultdict(Counter)
    for m in events:
        day = (m.date.value[:10] if m.date and len(m.date.value) >= 10 else _date(m.first_reported))
        if day:
            counts[m.plover_type or "untyped"][date.fromisoformat(day)] += 1
    days = sorted({d for c in counts.values() for d in c})
    bottom = Counter()
    for kind in sorted(counts, key=lambda k: -sum(counts[k].values())):
        heights = [counts[kind][d] for d in days]
        ax.bar(days, heights, bottom=[bottom[d] for d in days], label=kind.lower(), width=0.8)
        for d in days:
            bottom[d] += counts[kind][d]
    ax.set_xlim(date.fromisoformat(since), date.fromisoformat(until))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
    ax.set_ylabel("events per day")
    ax.set_title("Events by type over time", fontsize=11)
    if counts:
        ax.legend(fontsize=8, ncol=4, loc="upper left", frameon=False)
        ax.set_ylim(0, max(bottom.values()) * 1.3 + 0.5)  # room for the legend above the bars
    else:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)


def _chart(events, since, until) -> bytes:
    return _figure_png(_chart_figure(events, since, until))


def _map_figure(events: list[MergedEvent], area: str):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5))
    _draw_map(ax, events, area)
    return fig


def _draw_map(ax, events: list[MergedEvent], area: str) -> None:
    import math

    points = [(m.location.lon, m.location.lat, m.location.name or m.location.text, len(m.reports))
              for m in events if m.location and m.location.lat is not None]
    if points:
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        pad = max(0.5, (max(lons) - min(lons)) * 0.15, (max(lats) - min(lats)) * 0.15)
        box = (min(lons) - pad, max(lons) + pad, min(lats) - pad, max(lats) + pad)
        # Fill the axes: widen the narrower side of the box to the axes' shape (degrees of longitude
        # shrink by cos(latitude)), so a north-south spread of places is not a thin strip.
        stretch = 1 / math.cos(math.radians((box[2] + box[3]) / 2))
        bbox = ax.get_position()
        fig_w, fig_h = ax.figure.get_size_inches()
        shape = (bbox.width * fig_w) / (bbox.height * fig_h)
        width, height = box[1] - box[0], box[3] - box[2]
        if width < height * shape * stretch:
            extra = (height * shape * stretch - width) / 2
            box = (box[0] - extra, box[1] + extra, box[2], box[3])
        else:
            extra = (width / (shape * stretch) - height) / 2
            box = (box[0], box[1], box[2] - extra, box[3] + extra)
        for ring in _outlines():
            xs, ys = [p[0] for p in ring], [p[1] for p in ring]
            if max(xs) >= box[0] and min(xs) <= box[1] and max(ys) >= box[2] and min(ys) <= box[3]:
                ax.plot(xs, ys, color="#999", linewidth=0.7)
        ax.scatter(lons, lats, s=[30 + 25 * p[3] for p in points], color="#b3261e", alpha=0.7,
                   edgecolor="white", zorder=3)
        for name, count in Counter(p[2] for p in points).items():
            lon, lat = next((p[0], p[1]) for p in points if p[2] == name)
            ax.annotate(f"{name} ({count})", (lon, lat), textcoords="offset points", xytext=(6, 4), fontsize=8)
        ax.set_xlim(box[0], box[1])
        ax.set_ylim(box[2], box[3])
        ax.set_aspect(1 / math.cos(math.radians((box[2] + box[3]) / 2)), adjustable="box")
    else:
        ax.text(0.5, 0.5, "no located events", ha="center", va="center", transform=ax.transAxes)
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.grid(True, color="#eee")
    ax.set_title(f"Event locations, {area} (marker size: number of reports; label: events there)", fontsize=11)


def _map(events, area) -> bytes:
    return _figure_png(_map_figure(events, area))


@lru_cache(maxsize=1)
def _outlines() -> list[list[tuple[float, float]]]:
    """Country borders from a world-atlas TopoJSON shipped with the web app, if there is one.
    Without it the map shows points on a graticule; nothing is ever downloaded."""
    try:
        vendor = files("sitrep") / "web" / "static" / "vendor"
        candidates = [p for d in vendor.iterdir() if d.is_dir() for p in d.iterdir()
                      if p.name.startswith("countries-") and p.name.endswith(".json")]
    except (FileNotFoundError, NotADirectoryError, OSError):
        return []
    if not candidates:
        return []
    topo = json.loads(candidates[0].read_text(encoding="utf-8"))
    scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:  # delta-encoded, quantised positions
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    rings = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for ring in polygon:
                points = []
                for index in ring:
                    arc = arcs[index] if index >= 0 else arcs[~index][::-1]
                    points.extend(arc)
                rings.append(points)
    return rings


# -- renderers -----------------------------------------------------------------------------------
def render_html(report: SitRep) -> str:
    from jinja2 import Environment, select_autoescape

    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = env.from_string((files("sitrep") / "data" / "report" / "report.html.j2").read_text(encoding="utf-8"))
    return template.render(r=report)


def render_markdown(report: SitRep, out: Path) -> str:
    chart, where = out.with_name(out.stem + "_chart.png"), out.with_name(out.stem + "_map.png")
    chart.write_bytes(report.chart_png)
    where.write_bytes(report.map_png)
    md = [f"# {report.title}", "", f"*{report.period} \u00b7 {report.summary} \u00b7 generated {report.generated}*", "",
          "## Headline figures", ""]
    if report.headlines:
        md += ["| Figure | Reported | Events | Sources |", "|---|---|---|---|"]
        md += [f"| {h['kind']} | **{h['text']}** | {h['events']} | {_md(h['sources'])} |" for h in report.headlines]
        md += ["", "Totals add, for each merged event, the lowest and the highest figure any source gives; never averaged."]
    else:
        md.append("No figures reported.")
    md += ["", "## Events by type over time", "", f"![events by type over time]({chart.name})", "",
           "## Where", "", f"![map of event locations]({where.name})", "", "## Key developments", ""]
    for k in report.developments:
        md += [f"### {_md(k['heading'])}", "", _md(k["facts"]), ""]
        md += [f"> \u201c{_md(q['sentence'])}\u201d  \n> \u2014 {_md(q['cite'])}" + (f" <{q['url']}>" if q["url"] else "")
               + "\n" for q in k["quotes"]]
    if not report.developments:
        md += ["None.", ""]
    md += ["## Disagreements between sources", ""]
    for d in report.disagreements:
        md += [f"**{_md(d['heading'])}**", ""] + [f"- {_md(c)}" for c in d["claims"]] + [""]
    if not report.disagreements:
        md += ["No conflicting figures.", ""]
    md += ["## Background (not events of this period)", ""]
    md += [f"> \u201c{_md(b['sentence'])}\u201d  \n> \u2014 {_md(b['cite'])}\n" for b in report.background] or ["None.", ""]
    return "\n".join(md) + "\n"


def _md(text: str) -> str:
    # Article text must not become Markdown or HTML markup.
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return " ".join(text.split())


def render_pdf(report: SitRep, out: Path) -> None:
    """A4 pages drawn with matplotlib's PDF backend: text pages, then the chart and the map."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    lines: list[tuple[str, str]] = [("h1", report.title), ("small", f"{report.period} \u00b7 {report.summary} \u00b7 generated {report.generated}"),
                                    ("h2", "Headline figures")]
    lines += [("b", f"{h['kind']}: {h['text']} in {h['events']} event(s) \u2014 sources: {h['sources']}") for h in report.headlines] \
        or [("p", "No figures reported.")]
    lines.append(("small", "Totals add, per merged event, the lowest and highest figure any source gives; never averaged."))
    lines.append(("h2", "Key developments"))
    for k in report.developments:
        lines += [("h3", k["heading"]), ("p", k["facts"])]
        for q in k["quotes"]:
            lines += [("q", f"\u201c{q['sentence']}\u201d"), ("small", "\u2014 " + q["cite"] + (f" {q['url']}" if q["url"] else ""))]
    if not report.developments:
        lines.append(("p", "None."))
    lines.append(("h2", "Disagreements between sources"))
    for d in report.disagreements:
        lines += [("b", d["heading"])] + [("p", "\u2022 " + c) for c in d["claims"]]
    if not report.disagreements:
        lines.append(("p", "No conflicting figures."))
    lines.append(("h2", "Background (not events of this period)"))
    for b in report.background:
        lines += [("q", f"\u201c{b['sentence']}\u201d"), ("small", "\u2014 " + b["cite"])]
    if not report.background:
        lines.append(("p", "None."))

    style = {"h1": (16, "bold", 95, 0.034), "h2": (12.5, "bold", 100, 0.03), "h3": (10, "bold", 105, 0.022),
             "b": (9.5, "bold", 110, 0.019), "p": (9, "normal", 115, 0.018), "q": (9, "normal", 108, 0.018),
             "small": (7.5, "normal", 135, 0.015)}
    # Article text is no mathematics: without this, text between two "$" is read as a formula
    # ("$5 to $10" loses its signs, a stray "$_$" fails the whole file).
    with matplotlib.rc_context({"text.parse_math": False}), PdfPages(out) as pdf:
        pdf.infodict()["Title"] = report.title
        page, y = None, 0.0

        def new_page():
            nonlocal page, y
            if page is not None:
                pdf.savefig(page)
                plt.close(page)
            page, y = plt.figure(figsize=(8.27, 11.69)), 0.95

        new_page()
        for kind, text in lines:
            size, weight, width, step = style[kind]
            indent = 0.1 if kind in ("q", "small") and not text.startswith("\u2022") else 0.07
            wrapped = textwrap.wrap(text, width) or [""]
            needed = step * len(wrapped) + (0.012 if kind.startswith("h") else 0.004)
            if y - needed < 0.05:
                new_page()
            if kind in ("h2",):
                y -= 0.01
            for line in wrapped:
                page.text(indent, y, line, fontsize=size, fontweight=weight,
                          style="italic" if kind == "q" else "normal",
                          color="#1f5fa8" if kind in ("h1", "h2") else ("#555" if kind == "small" else "#222"),
                          va="top")
                y -= step
            y -= 0.004
        pdf.savefig(page)
        plt.close(page)
        # Chart and map share one A4 page: the chart a third, the map the rest.
        figure = plt.figure(figsize=(8.27, 11.69))
        grid = figure.add_gridspec(2, 1, height_ratios=[1, 2], left=0.1, right=0.95, top=0.93, bottom=0.05, hspace=0.22)
        figure.text(0.07, 0.965, f"{report.title} \u00b7 {report.period}", fontsize=12, fontweight="bold", color="#1f5fa8")
        _draw_chart(figure.add_subplot(grid[0]), report.events, *report.period.split(" to "))
        _draw_map(figure.add_subplot(grid[1]), report.events, report.title.split(":")[0])
        pdf.savefig(figure)
        plt.close(figure)


def write(store, area: str, since: str, until: str, out: Path, format: str = "md") -> SitRep:
    """Build and write the report; returns what it showed."""
    report = build(store, area, since, until)
    out = Path(out)
    if format == "html":
        out.write_text(render_html(report), encoding="utf-8")
    elif format == "md":
        out.write_text(render_markdown(report, out), encoding="utf-8")
    elif format == "pdf":
        # matplotlib warns once per character its font lacks (Arabic, CJK ...): one note instead
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            render_pdf(report, out)
        missing = {w for w in caught if "missing from font" in str(w.message)}
        for w in caught:
            if w not in missing:
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        if missing:
            names = sorted({m.group(1) for w in missing if (m := re.search(r"\\N\{([^}]*)\}", str(w.message)))})
            report.notes.append(f"{len(names)} characters have no glyph in the PDF font and show as boxes "
                                f"(e.g. {', '.join(names[:3]).lower()}); the md and html reports show them")
    else:
        raise ValueError(f"unknown report format {format!r}; use md, html or pdf")
    return report
