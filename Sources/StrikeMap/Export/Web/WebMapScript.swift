/// The web map's script: reads the page's JSON, draws the basemap and the events with Leaflet, and wires
/// the time slider, play/pause, filters, keyboard, popups, chart and `#` state. Article text reaches the
/// page through `textContent` only. `document.body.dataset.visible` holds the number of events the
/// current view shows (the browser test reads it).
enum WebMapScript {
    static let source = #"""
    "use strict";
    const D = JSON.parse(document.getElementById("data").textContent);
    const DAY = 86400000;
    const kindOf = {}; D.kinds.forEach(k => { kindOf[k.id] = k; });
    const el = id => document.getElementById(id);
    const make = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };
    const dayOf = s => s ? Math.round(Date.parse(s + "T00:00:00Z") / DAY) : null;
    const dayText = d => new Date(d * DAY).toISOString().slice(0, 10);
    const plural = (n, one, many) => n + " " + (n === 1 ? one : many);

    // Events, with what the filters and the slider ask of each.
    const events = D.events.features.map((f, i) => {
      const p = f.properties;
      const start = dayOf(p.date), end = dayOf(p.date_end) ?? start;
      return { i, p, start, end, ll: f.geometry ? [f.geometry.coordinates[1], f.geometry.coordinates[0]] : null,
               sources: p.sources && p.sources.length ? p.sources : [p.source], actor: p.actor || "unknown" };
    });
    const dated = events.filter(e => e.start != null && !e.p.aggregate);
    const minDay = dated.length ? Math.min(...dated.map(e => e.start)) : 0;
    const maxDay = dated.length ? Math.max(...dated.map(e => e.end)) : 0;
    const span = maxDay - minDay;
    const stepDays = span > 900 ? 30 : span > 180 ? 7 : 1;

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
    const presentKinds = D.kinds.filter(k => events.some(e => e.p.kind === k.id)).map(k => k.id);
    const presentStatuses = D.statuses.filter(s => events.some(e => e.p.status === s));
    checkboxes(el("kinds"), presentKinds, k => kindOf[k].label);
    checkboxes(el("statuses"), presentStatuses, s => s.replace(/_/g, " "));
    function options(select, all, values) {
      select.append(new Option(all, ""));
      for (const v of values) select.append(new Option(v, v));
    }
    const distinct = list => [...new Set(list)].sort();
    options(el("actor"), "all actors", distinct(events.map(e => e.actor)));
    options(el("source"), "all sources", distinct(events.flatMap(e => e.sources)));
    const checked = box => new Set([...box.querySelectorAll("input:checked")].map(c => c.value));

    // What the filters (not the slider) keep; then what the slider keeps.
    function filtered() {
      const kinds = checked(el("kinds")), statuses = checked(el("statuses"));
      const actor = el("actor").value, source = el("source").value;
      return events.filter(e => kinds.has(e.p.kind) && statuses.has(e.p.status) && (!actor || e.actor === actor) && (!source || e.sources.includes(source)));
    }
    function inWindow(e) {
      if (e.start == null) return el("undated").checked;
      const a = el("mode").value === "range" ? +from.value : minDay;
      return e.end >= a && e.start <= +to.value;
    }
    """# + WebMapScript.drawing + WebMapScript.interaction
}
