// sitrep's page: filters, map, timeline, event list and evidence view.
// Article text and every other value from the API is data: the DOM is built with createElement and
// textContent, never innerHTML, and links are only made from http(s) URLs.
(function () {
  "use strict";

  const PAGE = 100;
  const TYPE_COLOURS = {
    AGREE: "#2da44e", CONSULT: "#57ab5a", SUPPORT: "#8ddb8c", CONCEDE: "#a2c4c9", COOPERATE: "#1f883d",
    AID: "#0969da", RETREAT: "#6cb6ff", REQUEST: "#54aeff", ACCUSE: "#d4a72c", REJECT: "#bf8700",
    THREATEN: "#fb8f44", PROTEST: "#8250df", SANCTION: "#bc4c00", MOBILIZE: "#6e7781",
    COERCE: "#bf3989", ASSAULT: "#cf222e",
  };
  const NO_TYPE = "#8c959f";
  const KIND_LABEL = { trigger: "trigger", actor: "actor", place: "place", date: "date", figure: "figure",
                       source: "source", sentence: "sentence" };

  const form = document.getElementById("filters");
  const status = document.getElementById("status");
  const tbody = document.querySelector("#events tbody");
  const moreButton = document.getElementById("more");
  let nextCursor = null;
  let selectedId = null;

  // -- small DOM helpers ----------------------------------------------------------------------
  function el(tag, props, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null) continue;
      if (key === "text") node.textContent = value;
      else if (key === "className") node.className = value;
      else node.setAttribute(key, value);
    }
    for (const child of children || []) node.append(child);  // append() of a string adds a text node
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    return node;
  }
  function colour(type) { return TYPE_COLOURS[type] || NO_TYPE; }
  function say(message, isError) {
    status.textContent = message || "";
    status.classList.toggle("error", !!isError);
  }
  function safeUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null; }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const body = await response.json();
        detail = typeof body.detail === "string" ? body.detail
          : (body.detail || []).map((d) => (d.loc || []).slice(-1).join("") + ": " + d.msg).join("; ");
      } catch (e) { /* not JSON */ }
      throw new Error(detail || "HTTP " + response.status);
    }
    return response.json();
  }

  // -- filters --------------------------------------------------------------------------------
  function filterParams() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      const v = String(value).trim();
      if (v) params.set(name, v);
    }
    if (!params.has("lat") || !params.has("lon")) { params.delete("radius_km"); }
    return params;
  }
  function fillForm(params) {
    for (const field of form.elements) {
      if (field.name && params.has(field.name)) field.value = params.get(field.name);
    }
  }

  // -- map ------------------------------------------------------------------------------------
  const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([25, 20], 2);
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Natural Earth (world-atlas)");
  const markers = L.layerGroup().addTo(map);
  let nearCircle = null;

  fetch("/static/vendor/world-atlas/countries-50m.json")
    .then((r) => r.json())
    .then((topo) => {
      const countries = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(countries, {
        interactive: false,
        style: { color: "#ffffff", weight: 0.7, fillColor: "#d0d7de", fillOpacity: 1 },
      }).addTo(map).bringToBack();
    })
    .catch(() => say("The world map could not be loaded.", true));

  map.on("click", (e) => {
    form.elements.lat.value = e.latlng.lat.toFixed(3);
    form.elements.lon.value = L.Util.wrapNum(e.latlng.lng, [-180, 180], true).toFixed(3);
    if (!form.elements.radius_km.value) form.elements.radius_km.value = "50";
    drawNear();
  });
  function drawNear() {
    if (nearCircle) { nearCircle.remove(); nearCircle = null; }
    const lat = parseFloat(form.elements.lat.value), lon = parseFloat(form.elements.lon.value);
    const km = parseFloat(form.elements.radius_km.value) || 50;
    if (Number.isFinite(lat) && Number.isFinite(lon)) {
      nearCircle = L.circle([lat, lon], { radius: km * 1000, color: "#0969da", weight: 1, fillOpacity: 0.05,
                                          interactive: false }).addTo(map);
    }
  }

  function addMarker(event) {
    const loc = event.location;
    if (!loc || loc.lat === null || loc.lon === null || loc.lat === undefined) return;
    const marker = L.circleMarker([loc.lat, loc.lon], {
      radius: 6, weight: 1, color: "#ffffff", fillColor: colour(event.plover_type), fillOpacity: 0.85,
    });
    // A DOM node, not a string: Leaflet would treat a string as HTML.
    const tip = el("div", {}, [
      el("strong", { text: event.plover_type || "event" }), " ",
      el("span", { text: dayLabel(event) }),
      el("br"), el("span", { text: loc.name || loc.text }),
    ]);
    marker.bindTooltip(tip);
    marker.on("click", () => openEvent(event.id));
    marker.addTo(markers);
  }

  // -- event list -----------------------------------------------------------------------------
  function cell(text) { return el("td", { text: text || "" }); }
  // An event with no date of its own is filed under its article's publication day: show that day, marked.
  function dayLabel(event) {
    if (event.date) return event.date.value;
    return event.filed_day ? `${event.filed_day} (published)` : "";
  }
  // An actor no words name ("unidentified armed forces") has an empty span: show its name.
  function actorLabel(actor) { return actor ? actor.text || actor.name : ""; }
  function addRow(event) {
    const type = el("td", {}, [el("span", { className: "swatch" }), event.plover_type || "—"]);
    type.firstChild.style.background = colour(event.plover_type);
    const row = el("tr", { "data-id": event.id }, [
      cell(dayLabel(event)), type,
      cell(actorLabel(event.actor1)), cell(event.trigger.text), cell(actorLabel(event.actor2)),
      cell(event.location && (event.location.name || event.location.text)),
    ]);
    row.addEventListener("click", () => openEvent(event.id));
    tbody.append(row);
  }

  async function loadEvents(append) {
    const params = filterParams();
    params.set("limit", PAGE);
    if (append && nextCursor) params.set("cursor", nextCursor);
    const page = await getJSON("/api/events?" + params);
    if (!append) { tbody.replaceChildren(); markers.clearLayers(); }
    page.items.forEach((event) => { addRow(event); addMarker(event); });
    if (!append) {
      const points = [];
      markers.eachLayer((m) => points.push(m.getLatLng()));
      if (points.length) map.fitBounds(L.latLngBounds(points), { maxZoom: 6, padding: [40, 40] });
    }
    nextCursor = page.next_cursor;
    moreButton.hidden = !nextCursor;
    return page.items.length;
  }

  // -- timeline -------------------------------------------------------------------------------
  const DAY_MS = 86400000;
  const MIN_BARS = 31;
  const MAX_BARS = 400;
  const BIN_CHOICES = [1, 7, 30, 91, 365];
  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS); }
  function isoDay(n) { return new Date(n * DAY_MS).toISOString().slice(0, 10); }

  async function loadTimeline() {
    const rows = await getJSON("/api/timeline?" + filterParams());
    const box = document.getElementById("timeline");
    const legend = document.getElementById("legend");
    box.replaceChildren();
    legend.replaceChildren();
    if (!rows.length) { box.append(el("p", { className: "muted", text: "No dated events." })); return; }
    const dayNumbers = rows.map((row) => dayNumber(row.day));
    const firstDay = Math.min(...dayNumbers), lastDay = Math.max(...dayNumbers);
    // One bar per day; over years, bars of a week or 30 days so they stay wider than a pixel or two.
    const binDays = BIN_CHOICES.find((k) => (lastDay - firstDay + 1) / k <= MAX_BARS) || BIN_CHOICES.at(-1);
    document.getElementById("timeline-title").textContent =
      `Events per ${binDays === 1 ? "day" : binDays === 7 ? "week" : binDays + " days"}, by type`;
    const bins = new Map(), totals = new Map();  // bin -> type -> count
    rows.forEach((row, i) => {
      const bin = Math.floor((dayNumbers[i] - firstDay) / binDays);
      if (!bins.has(bin)) bins.set(bin, new Map());
      const byType = bins.get(bin);
      byType.set(row.type, (byType.get(row.type) || 0) + row.count);
      totals.set(row.type, (totals.get(row.type) || 0) + row.count);
    });
    const lastBin = Math.max(...bins.keys());
    // At least MIN_BARS on the axis, so a few days of data do not become a few very wide bars.
    const pad = Math.max(0, Math.ceil((MIN_BARS - (lastBin + 1)) / 2));
    const first = -pad, span = lastBin + 1 + 2 * pad;
    const maxCount = Math.max(...[...bins.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
    const W = Math.max(box.clientWidth, 300), H = 160, left = 40, bottom = 20, top = 8;
    const plotW = W - left - 8, plotH = H - top - bottom;
    const barW = plotW / span;
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", role: "img",
                               "aria-label": "events over time by type" });
    chart.append(svg("line", { x1: left, x2: W - 8, y1: top + plotH, y2: top + plotH }));
    const yLabel = svg("text", { x: left - 4, y: top + 9, "text-anchor": "end" });
    yLabel.textContent = String(maxCount);
    chart.append(yLabel);
    for (const [bin, byType] of bins) {
      const from = isoDay(firstDay + bin * binDays), to = isoDay(firstDay + (bin + 1) * binDays - 1);
      let y = top + plotH;
      for (const [type, count] of byType) {
        const h = (count / maxCount) * plotH;
        y -= h;
        const rect = svg("rect", {
          class: "bar", x: left + (bin - first) * barW, y: y, width: Math.max(barW - (barW > 3 ? 1 : 0), 0.8),
          height: Math.max(h, 0.5), fill: colour(type), "data-day": from, "data-type": type || "",
        });
        const title = svg("title");
        title.textContent = `${binDays === 1 ? from : from + " – " + to} ${type || "untyped"}: ${count}`;
        rect.append(title);
        rect.addEventListener("click", () => {
          form.elements.since.value = from;
          form.elements.until.value = to;
          apply();
        });
        chart.append(rect);
      }
    }
    const ticks = [...new Set([0, Math.round(lastBin / 2), lastBin])];
    if (ticks.length === 2 && (ticks[1] - ticks[0]) * barW < 140) ticks.pop();  // labels would overlap
    for (const bin of ticks) {
      const x = left + (bin - first + 0.5) * barW;
      const anchor = x < left + 60 ? "start" : x > W - 70 ? "end" : "middle";
      const label = svg("text", { x: x, y: H - 5, "text-anchor": anchor });
      label.textContent = isoDay(firstDay + bin * binDays);
      chart.append(label);
    }
    box.append(chart);
    for (const [type, count] of [...totals].sort((a, b) => b[1] - a[1])) {
      const swatch = el("span", { className: "swatch" });
      swatch.style.background = colour(type);
      legend.append(el("li", {}, [swatch, `${type || "untyped"} ${count}`]));
    }
  }

  // -- evidence view --------------------------------------------------------------------------
  function fieldRow(field, label, value, kind) {
    const th = el("th", { text: label });
    const td = el("td", {});
    if (kind) td.append(el("span", { className: "kind ev-" + kind, text: KIND_LABEL[kind] }));
    td.append(value === null || value === undefined || value === "" ? "—" : String(value));
    const row = el("tr", { "data-field": field }, [th, td]);
    return row;
  }

  function describeActor(actor) {
    if (!actor) return null;
    const code = [actor.code && actor.code.country, actor.code && actor.code.role].filter(Boolean).join(" ");
    return actor.text + (actor.name && actor.name !== actor.text ? ` (${actor.name})` : "") + (code ? ` [${code}]` : "");
  }

  // No date in the text: the event is filed under its article's publication day (background, under none).
  function undatedNote(event, article) {
    if (article && article.published && event.modality !== "background") {
      return `none in the text; filed under ${article.published.slice(0, 10)}, the publication day`;
    }
    return "none in the text";
  }

  function renderFields(event, evidenceByField, article) {
    const body = document.querySelector("#ev-fields tbody");
    body.replaceChildren();
    const loc = event.location, date = event.date;
    const rows = [
      ["type", "type", [event.plover_type, event.plover_mode].filter(Boolean).join(" / "), null],
      ["trigger", "trigger", event.trigger.text, "trigger"],
      ["actor1", "actor 1", describeActor(event.actor1), "actor"],
      ["actor2", "actor 2", describeActor(event.actor2), "actor"],
      ["location", "place", loc && [loc.name || loc.text, loc.admin1, loc.country].filter(Boolean).join(", ")
        + (loc.lat !== null && loc.lat !== undefined ? ` (${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)})` : ""), "place"],
      ["date", "date", date ? `${date.value} (${date.precision})` : undatedNote(event, article), date ? "date" : null],
    ];
    event.figures.forEach((f, i) => {
      rows.push([`figures.${i}`, "figure", `${f.kind} ${f.value}${f.value_max ? "–" + f.value_max : ""} (${f.qualifier})`, "figure"]);
      f.sources.forEach((s, j) => rows.push([`figures.${i}.sources.${j}`, "figure source", `${s.name} (${s.kind})`, "source"]));
    });
    event.sources.forEach((s, i) => rows.push([`sources.${i}`, "source", `${s.name} (${s.kind})`, "source"]));
    rows.push(["modality", "modality", event.modality, null]);
    rows.push(["confidence", "confidence", event.confidence, null]);
    rows.push(["sentence", "sentence", event.sentence.text, null]);
    for (const [field, label, value, kind] of rows) {
      const row = fieldRow(field, label, value, kind);
      if (evidenceByField.has(field)) {
        const jump = el("a", { className: "jump", href: "#ev-mark-" + field, text: "in text ↴" });
        jump.addEventListener("click", (e) => { e.preventDefault(); flashField(field); });
        row.lastChild.append(jump);
      }
      body.append(row);
    }
  }

  function flashField(field) {
    document.querySelectorAll("#ev-text mark.flash").forEach((m) => m.classList.remove("flash"));
    const marks = [...document.querySelectorAll("#ev-text mark")].filter((m) => m.dataset.fields.split(" ").includes(field));
    marks.forEach((m) => m.classList.add("flash"));
    if (marks[0]) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }

  function linkRows(fields) {
    document.querySelectorAll("#ev-fields tr.linked").forEach((r) => r.classList.remove("linked"));
    for (const field of fields) {
      const row = document.querySelector(`#ev-fields tr[data-field="${CSS.escape(field)}"]`);
      if (row) row.classList.add("linked");
    }
  }

  // Split the text where any evidence span starts or ends; each piece is a text node, or a <mark>
  // carrying the kinds and fields of every span that covers it.
  function renderText(container, text, spans) {
    container.replaceChildren();
    const cuts = new Set([0, text.length]);
    spans.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
    const points = [...cuts].sort((a, b) => a - b);
    const firstMark = new Set();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const cover = spans.filter((s) => s.start <= a && s.end >= b);
      if (!cover.length) { container.append(piece); continue; }
      const mark = el("mark", { text: piece });
      cover.forEach((s) => mark.classList.add("ev-" + s.kind));
      const fields = cover.map((s) => s.field);
      mark.dataset.fields = fields.join(" ");
      mark.title = cover.filter((s) => s.kind !== "sentence").map((s) => s.field).join(", ");
      for (const field of fields) {
        if (!firstMark.has(field)) { firstMark.add(field); if (!mark.id) mark.id = "ev-mark-" + field; }
      }
      mark.addEventListener("click", () => linkRows(fields.filter((f) => f !== "sentence")));
      container.append(mark);
    }
  }

  async function openEvent(id) {
    let detail;
    try {
      detail = await getJSON("/api/events/" + encodeURIComponent(id));
    } catch (e) { say("Could not load the event: " + e.message, true); return; }
    selectedId = id;
    tbody.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
    const row = tbody.querySelector(`tr[data-id="${CSS.escape(id)}"]`);
    if (row) row.classList.add("selected");
    const event = detail.event, article = detail.article;
    const byField = new Map(detail.evidence.map((s) => [s.field, s]));
    document.getElementById("ev-title").textContent =
      `${event.plover_type || "Event"}: ${event.trigger.text}` + (event.date ? ` — ${event.date.value}` : "");
    renderFields(event, byField, article);
    const meta = document.getElementById("ev-article");
    meta.replaceChildren();
    if (article) {
      const title = article.title || "(untitled article)";
      const href = safeUrl(article.url);
      meta.append(href ? el("a", { href: href, rel: "noopener noreferrer nofollow", target: "_blank", text: title })
                       : el("span", { text: title }));
      if (article.url && !href) meta.append(" ", el("span", { text: article.url }));
      if (article.published) meta.append(" · ", article.published.slice(0, 10));
      renderText(document.getElementById("ev-text"), article.text, detail.evidence);
    } else {
      document.getElementById("ev-text").replaceChildren("The article is not in the database.");
    }
    const section = document.getElementById("evidence");
    section.hidden = false;
    history.replaceState(null, "", location.pathname + location.search + "#event=" + encodeURIComponent(id));
    section.scrollIntoView({ behavior: "smooth", block: "start" });
    flashField("trigger");
  }

  // -- wiring ---------------------------------------------------------------------------------
  function updateExports(params) {
    document.getElementById("export-csv").href = "/api/export.csv?" + params;
    document.getElementById("export-geojson").href = "/api/export.geojson?" + params;
  }

  async function apply() {
    const params = filterParams();
    history.replaceState(null, "", location.pathname + (params.toString() ? "?" + params : "") + location.hash);
    updateExports(params);
    drawNear();
    say("Loading…");
    try {
      const [count] = await Promise.all([loadEvents(false), loadTimeline()]);
      say(count ? `${count}${nextCursor ? "+" : ""} events` : "No events match these filters.");
    } catch (e) {
      say("Could not load events: " + e.message, true);
    }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); apply(); });
  document.getElementById("clear").addEventListener("click", () => { form.reset(); apply(); });
  moreButton.addEventListener("click", async () => {
    try { await loadEvents(true); } catch (e) { say("Could not load more: " + e.message, true); }
  });

  async function start() {
    try {
      const stats = await getJSON("/api/stats");
      document.getElementById("stats").textContent = `${stats.events} events from ${stats.articles} articles`;
      const select = form.elements.type;
      for (const type of stats.types) select.append(el("option", { value: type, text: type }));
    } catch (e) { say("The API is not answering: " + e.message, true); }
    fillForm(new URLSearchParams(location.search));
    await apply();
    const match = /^#event=(.+)$/.exec(location.hash);
    if (match) openEvent(decodeURIComponent(match[1]));
  }
  start();
})();
