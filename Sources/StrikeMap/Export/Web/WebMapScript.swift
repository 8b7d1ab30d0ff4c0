/// The web map's script: reads the page's JSON, draws the basemap with Leaflet and the events on a canvas
/// of its own (`symbols`), and wires the time slider, play/pause, filters, keyboard, popups, chart and `#`
/// state. Article text reaches the page through `textContent` only. `document.body.dataset.visible` holds
/// the number of events the current view shows, `window.strikemap` the events and the symbols drawn (the
/// browser check and the load benchmark read them), and the performance mark "strikemap-ready" when the
/// first view is drawn.
enum WebMapScript {
    static let source = core + basemap + symbols + drawing + interaction

    /// The data, the events' columns as typed arrays, the controls and the filters.
    static let core = #"""
    "use strict";
    const D = JSON.parse(document.getElementById("data").textContent);
    const DAY = 86400000;
    const kindOf = {}, kindIndex = {}; D.kinds.forEach((k, x) => { kindOf[k.id] = k; kindIndex[k.id] = x; });
    const el = id => document.getElementById(id);
    const make = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };
    const dayOf = s => s ? Math.round(Date.parse(s + "T00:00:00Z") / DAY) : null;
    const dayText = d => new Date(d * DAY).toISOString().slice(0, 10);
    const plural = (n, one, many) => n + " " + (n === 1 ? one : many);

    // The events as columns (WebMapColumns): text as indices into E.strings (0: none); counts, precisions
    // and days as n + 1 (0: none). The filters, the slider, the chart and the symbols loop over typed
    // arrays; `props` makes one event's properties, named as in the GeoJSON, only for its popup.
    const E = D.events, S = E.strings, N = E.count;
    const dec = v => v > 0 ? v - 1 : v < 0 ? v : null;
    // A sparse column ({at, values}: mostly none) as one entry per event.
    const dense = c => { if (Array.isArray(c)) return c; const a = new Float64Array(N); for (let k = 0; k < c.at.length; k++) a[c.at[k]] = c.values[k]; return a; };
    for (const k of [...E.text, ...E.counts, ...E.days, "label", "point", "kind", "status", "aggregate", "sources"]) E[k] = dense(E[k]);
    const typed = (T, column, f) => { const a = new T(N); for (let i = 0; i < N; i++) a[i] = f(column[i]); return a; };
    const kindIx = Uint8Array.from(E.kind), statusIx = Uint8Array.from(E.status), aggregate = Uint8Array.from(E.aggregate);
    const actorIx = Int32Array.from(E.actor), sourceList = Int32Array.from(E.sources), countryIx = Int32Array.from(E.country);
    // Points are shared: `pointIx` is the point's number (0: no place), the same for events at one point.
    const pointIx = Int32Array.from(E.point), hasLL = Uint8Array.from(pointIx, p => p > 0);
    const lat = typed(Float64Array, pointIx, p => p > 0 ? E.points[2 * p - 1] / 1e6 : NaN), lon = typed(Float64Array, pointIx, p => p > 0 ? E.points[2 * p - 2] / 1e6 : NaN);
    // A missing precision, count or radius draws as 0 (as the drawing has always read null).
    const geo = typed(Int32Array, E.geo_precision, v => dec(v) || 0);
    const strikes = typed(Float64Array, E.strikes, v => dec(v) || 0);
    const uncertainty = typed(Float64Array, E.uncertainty_km, v => (dec(v) || 0) / 10);
    // First and last day (days since 1970-01-01), NaN when undated; an event without a last day ends on its first.
    const start = typed(Float64Array, E.date, v => dec(v) ?? NaN);
    const end = new Float64Array(N);
    for (let i = 0; i < N; i++) end[i] = dec(E.date_end[i]) ?? start[i];
    const isDated = i => start[i] === start[i];
    function props(i) {
      const p = { kind: D.kinds[kindIx[i]].id, status: D.statuses[statusIx[i]], aggregate: aggregate[i] === 1, label: S[E.label[i]] };
      for (const k of E.text) p[k] = S[E[k][i]];
      for (const k of E.counts) p[k] = dec(E[k][i]);
      if (p.uncertainty_km != null) p.uncertainty_km /= 10;
      for (const k of E.days) { const d = dec(E[k][i]); p[k] = d == null ? null : dayText(d); }
      p.sources = E.source_lists[sourceList[i]].map(s => S[s]);
      return p;
    }
    let datedCount = 0, minDay = Infinity, maxDay = -Infinity;
    for (let i = 0; i < N; i++) {
      if (!isDated(i) || aggregate[i]) continue;
      datedCount++;
      if (start[i] < minDay) minDay = start[i];
      if (end[i] > maxDay) maxDay = end[i];
    }
    if (!datedCount) minDay = maxDay = 0;
    const span = maxDay - minDay;
    const stepDays = span > 900 ? 30 : span > 180 ? 7 : 1;

    // Controls.
    el("title").textContent = D.title;
    const from = el("from"), to = el("to");
    for (const r of [from, to]) { r.min = minDay; r.max = maxDay; r.step = 1; }
    from.value = minDay; to.value = maxDay;
    function checkboxes(box, values, label) {
      for (const v of values) {
        const l = make("label"), c = make("input"); c.type = "checkbox"; c.checked = true; c.value = v;
        l.append(c, " " + label(v)); box.append(l);
      }
    }
    const kindCount = new Int32Array(D.kinds.length), statusCount = new Int32Array(D.statuses.length);
    for (let i = 0; i < N; i++) { kindCount[kindIx[i]]++; statusCount[statusIx[i]]++; }
    const presentKinds = D.kinds.filter((k, x) => kindCount[x]).map(k => k.id);
    const presentStatuses = D.statuses.filter((s, x) => statusCount[x]);
    checkboxes(el("kinds"), presentKinds, k => kindOf[k].label);
    checkboxes(el("statuses"), presentStatuses, s => s.replace(/_/g, " "));
    function options(select, all, values) {
      select.append(new Option(all, ""));
      for (const v of values) select.append(new Option(v, v));
    }
    // Actors and sources once each: the string table holds each text once.
    const actorName = s => S[s] || "unknown";
    const usedActors = new Set(actorIx), usedLists = new Set(sourceList), usedSources = new Set();
    for (const l of usedLists) for (const s of E.source_lists[l]) usedSources.add(s);
    options(el("actor"), "all actors", [...new Set([...usedActors].map(actorName))].sort());
    // Sources can be tens of thousands (a row of a monitoring export each): their list is filled when the
    // control is first used, as 35,000 options cost the page's load a second (built and laid out).
    let sourcesListed = usedSources.size <= 2000;
    options(el("source"), "all sources", sourcesListed ? [...usedSources].map(s => S[s]).sort() : []);
    function listSources() {
      if (sourcesListed) return;
      sourcesListed = true;
      const select = el("source"), keep = select.value;
      for (const v of [...usedSources].map(s => S[s]).sort()) select.append(new Option(v, v));
      select.value = keep;
    }
    for (const type of ["pointerdown", "mousedown", "focus", "keydown"]) el("source").addEventListener(type, listSources);
    const checked = box => new Set([...box.querySelectorAll("input:checked")].map(c => c.value));

    // What the filters (not the slider) keep, as event indices; then what the slider keeps.
    function filtered() {
      const kinds = checked(el("kinds")), statuses = checked(el("statuses"));
      const kindOk = Uint8Array.from(D.kinds, k => kinds.has(k.id)), statusOk = Uint8Array.from(D.statuses, s => statuses.has(s));
      const actor = el("actor").value, source = el("source").value;
      const actorOk = actor ? Uint8Array.from(S, (t, s) => actorName(s) === actor) : null;
      const listOk = source ? Uint8Array.from(E.source_lists, l => l.some(s => S[s] === source)) : null;
      const out = new Int32Array(N);
      let n = 0;
      for (let i = 0; i < N; i++) {
        if (kindOk[kindIx[i]] && statusOk[statusIx[i]] && (!actorOk || actorOk[actorIx[i]]) && (!listOk || listOk[sourceList[i]])) out[n++] = i;
      }
      return out.subarray(0, n);
    }
    function inWindow() {
      const undated = el("undated").checked, a = el("mode").value === "range" ? +from.value : minDay, z = +to.value;
      return i => isDated(i) ? end[i] >= a && start[i] <= z : undated;
    }
    """#

    /// The map over the embedded basemap, and the towns.
    static let basemap = #"""

    // The map: no tiles, only the embedded vector basemap, which the page carries for its extent (the
    // events with room around them). Panning stops at the extent, and zooming out where the view would
    // show more than it, so that the basemap's edge is never in view.
    const extent = L.latLngBounds([[D.extent[1], D.extent[0]], [D.extent[3], D.extent[2]]]);
    const map = L.map("map", { zoomSnap: 0.5, minZoom: 1, maxZoom: 13, keyboard: true, maxBounds: extent, maxBoundsViscosity: 0.8 });
    map.setMinZoom(map.getBoundsZoom(extent, true));
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth · GeoNames · Leaflet");
    const rings = parts => parts.map(p => { const r = []; for (let k = 0; k + 1 < p.length; k += 2) r.push([p[k + 1] / 1000, p[k] / 1000]); return r; });
    const styles = {
      country: { color: "#8c8c8c", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 },
      province: { color: "#c4bdb0", weight: 0.6, dashArray: "3 3", fill: false },
      lake: { color: "#9cc3de", weight: 0.5, fillColor: "#c6dff0", fillOpacity: 1 },
      river: { color: "#8fbbdb", weight: 1.1 },
    };
    // Country rings by code, also shaded for events known only to their country (`draw`).
    const base = L.layerGroup().addTo(map), countryLabels = [], countryShapes = {};
    for (const layer of ["country", "province", "lake", "river"]) {
      for (const [code, name, parts] of D.basemap[layer] || []) {
        const latLngs = rings(parts);
        if (layer === "country") (countryShapes[code] = countryShapes[code] || []).push(latLngs);
        const shape = layer === "river" || layer === "province" ? L.polyline(latLngs, styles[layer]) : L.polygon(latLngs, styles[layer]);
        shape.options.interactive = false;
        shape.addTo(base);
        if (layer === "country" && name) {
          // The label at the middle of the country's largest ring; small territories (a sovereign base
          // area, a buffer zone) are labelled only close up.
          const biggest = parts.reduce((a, b) => (b.length > a.length ? b : a), []);
          const box = L.latLngBounds(rings([biggest])[0]);
          countryLabels.push({ at: box.getCenter(), name, size: Math.max(box.getNorth() - box.getSouth(), box.getEast() - box.getWest()) });
        }
      }
    }
    // Towns for orientation: the larger the town, the lower the zoom it appears at.
    const towns = L.layerGroup().addTo(map);
    const townLayers = D.towns.map(([name, lat, lon, pop]) => {
      const m = L.circleMarker([lat, lon], { radius: 2, color: "#444", weight: 1, fillColor: "#fff", fillOpacity: 1, interactive: false });
      m.bindTooltip(name, { permanent: true, direction: "right", className: "town", interactive: false });
      return { m, pop };
    });
    const labels = L.layerGroup().addTo(map);
    const countryLabelLayers = countryLabels.map(c => ({ c, t: L.tooltip({ permanent: true, direction: "center", className: "country", interactive: false }).setLatLng(c.at).setContent(c.name) }));
    // Labels the view can hold: countries by size, then towns by population, none within 60 pixels of
    // one already placed (suburbs and twin towns would crowd their city).
    function showTowns() {
      const z = map.getZoom(), min = z < 5 ? 3e6 : z < 6 ? 1e6 : z < 7 ? 4e5 : z < 8 ? 1.5e5 : 5e4;
      const b = map.getBounds().pad(0.1), placed = [];
      const free = ll => { const p = map.latLngToContainerPoint(ll); if (placed.some(q => q.distanceTo(p) < 60)) return false; placed.push(p); return true; };
      towns.clearLayers(); labels.clearLayers();
      for (const { c, t } of countryLabelLayers) if (c.size * Math.pow(2, z - 6) > 1.5 && b.contains(c.at) && free(c.at)) labels.addLayer(t);
      let n = 0;
      for (const t of townLayers) if (t.pop >= min && b.contains(t.m.getLatLng()) && n < 60 && free(t.m.getLatLng())) { towns.addLayer(t.m); n++; }
    }

    """#
}
