extension WebMapScript {
    /// Symbols, groups, popups, the legend and the chart.
    static let drawing = #"""

    // Symbols: area by the reported number of strikes; fill by kind; how solid by status.
    const hollow = new Set(["denied", "not_credible", "duplicate"]);
    const faint = new Set(["alleged", "under_investigation"]);
    const radius = n => n ? Math.min(26, 4 + 2.6 * Math.sqrt(n)) : 5;
    function symbolStyle(kind, status, strikes) {
      const c = kindOf[kind] ? kindOf[kind].color : "#555";
      const h = hollow.has(status);
      return { radius: radius(strikes), color: h ? c : "#ffffff", weight: h ? 1.8 : 1, fillColor: c,
               fillOpacity: h ? 0 : faint.has(status) ? 0.35 : status === "reported" ? 0.6 : 0.85,
               dashArray: h || faint.has(status) ? "3 2" : null };
    }
    const precisionWords = { 1: "exact place", 2: "near a place", 3: "district", 4: "province", 5: "part of a country", 6: "country only", 7: "at sea" };
    const dateWords = { 1: "day", 2: "a few days", 3: "week", 4: "month", 5: "year" };
    const range = (lo, hi) => lo == null && hi == null ? null : lo === hi || hi == null ? String(lo) + (hi == null ? "+" : "") : (lo ?? 0) + "–" + hi;

    // One event's card: every value set as text.
    function eventCard(e) {
      const p = e.p, card = make("div", null, "popup");
      card.append(make("h3", D.labels[e.i] || p.place || p.mention || "no single place"));
      const dl = make("dl");
      const row = (k, v) => { if (v == null || v === "") return; dl.append(make("dt", k), make("dd", String(v))); };
      row("As written", p.mention && p.mention !== D.labels[e.i] ? p.mention : null);
      row("Gazetteer", p.place && p.place !== D.labels[e.i] ? p.place + (p.place_id ? " (" + p.place_id + ")" : "") : null);
      row("Where", precisionWords[p.geo_precision] ? precisionWords[p.geo_precision] + (p.uncertainty_km != null ? ", ±" + p.uncertainty_km + " km" : "") : null);
      row("When", p.date ? (p.date_end && p.date_end !== p.date ? p.date + " to " + p.date_end : p.date) + (dateWords[p.date_precision] ? " (" + dateWords[p.date_precision] + ")" : "") : p.date_text ? p.date_text + " (unresolved)" : "undated");
      row("What", (p.strikes != null ? p.strikes + " × " : "") + (kindOf[p.kind] ? kindOf[p.kind].label.toLowerCase() : p.kind) + (p.strikes_qualifier && p.strikes_qualifier !== "exact" && p.strikes != null ? " (" + p.strikes_qualifier + ")" : ""));
      row("Civilians killed", range(p.civilian_deaths_min, p.civilian_deaths_max));
      row("Combatants killed", range(p.combatant_deaths_min, p.combatant_deaths_max));
      row("Civilians injured", range(p.civilian_injured_min, p.civilian_injured_max));
      row("Combatants injured", range(p.combatant_injured_min, p.combatant_injured_max));
      row("By", p.actor);
      row("Status", p.status.replace(/_/g, " ") + (p.reported_by ? ", reported by " + p.reported_by : ""));
      row("Assessment", p.assessment);
      row("Sources", e.sources.join(", "));
      card.append(dl, make("blockquote", p.evidence));
      return card;
    }
    function groupCard(list) {
      const box = make("div", null, "popup");
      box.append(make("h3", plural(list.length, "event", "events") + " here"));
      list.slice(0, 12).forEach((e, k) => { if (k) box.append(make("hr")); box.append(eventCard(e)); });
      if (list.length > 12) box.append(make("p", "and " + (list.length - 12) + " more: zoom in or narrow the filters", "more"));
      return box;
    }

    // Events known only to a country are listed and their country shaded, not drawn as a point.
    const layer = L.layerGroup().addTo(map);
    let shown = [];
    function draw(list) {
      shown = list;
      layer.clearLayers();
      const points = [], countries = {};
      for (const e of list) {
        if (!e.ll || e.p.aggregate) continue;
        if (e.p.geo_precision >= 6) { (countries[e.p.country || "?"] = countries[e.p.country || "?"] || []).push(e); continue; }
        if (e.p.geo_precision >= 4) {
          // A province or part of a country: its area, dashed, never a point.
          const c = kindOf[e.p.kind] ? kindOf[e.p.kind].color : "#555";
          L.circle(e.ll, { radius: (e.p.uncertainty_km || 50) * 1000, color: c, weight: 1.2, dashArray: "5 4", fillColor: c, fillOpacity: 0.06 })
            .bindPopup(() => eventCard(e), { maxWidth: 340 }).addTo(layer);
          continue;
        }
        points.push(e);
      }
      for (const code in countries) {
        if (!countryShapes[code]) continue;
        L.polygon(countryShapes[code], { color: "#7a5c58", weight: 1, fillColor: "#b65c4f", fillOpacity: 0.12, dashArray: "4 3" })
          .bindPopup(() => groupCard(countries[code]), { maxWidth: 340 }).addTo(layer);
      }
      // Grouped by a 30-pixel grid when zoomed out; at street level only events at one point are grouped.
      const z = map.getZoom(), groups = new Map();
      for (const e of points) {
        let key;
        if (z < 9) { const pt = map.project(e.ll, z); key = Math.floor(pt.x / 30) + ":" + Math.floor(pt.y / 30); } else key = e.ll.join(",");
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(e);
      }
      let symbols = 0;
      for (const g of groups.values()) {
        symbols++;
        if (g.length === 1) {
          const e = g[0];
          if (e.p.geo_precision === 3 && e.p.uncertainty_km) {
            L.circle(e.ll, { radius: e.p.uncertainty_km * 1000, color: "#888", weight: 0.6, dashArray: "2 3", fill: false, interactive: false }).addTo(layer);
          }
          L.circleMarker(e.ll, symbolStyle(e.p.kind, e.p.status, e.p.strikes)).bindPopup(() => eventCard(e), { maxWidth: 340 }).addTo(layer);
          continue;
        }
        const strikes = g.reduce((s, e) => s + (e.p.strikes || 0), 0);
        const kinds = {}; g.forEach(e => { kinds[e.p.kind] = (kinds[e.p.kind] || 0) + 1; });
        const kind = Object.keys(kinds).sort((a, b) => kinds[b] - kinds[a])[0];
        const status = g.every(e => hollow.has(e.p.status)) ? "denied" : "confirmed";
        const lat = g.reduce((s, e) => s + e.ll[0], 0) / g.length, lon = g.reduce((s, e) => s + e.ll[1], 0) / g.length;
        const style = symbolStyle(kind, status, Math.max(strikes, g.length));
        style.weight = 2;
        const m = L.circleMarker([lat, lon], style).addTo(layer);
        m.bindTooltip(String(g.length), { permanent: true, direction: "center", className: "count", interactive: false });
        const bounds = L.latLngBounds(g.map(e => e.ll));
        if (z < 9 && bounds.getNorthEast().distanceTo(bounds.getSouthWest()) > 50) m.on("click", () => map.fitBounds(bounds.pad(0.3), { maxZoom: Math.max(z + 2, 9) }));
        else m.bindPopup(() => groupCard(g), { maxWidth: 360 });
      }
      document.body.dataset.visible = list.filter(e => e.ll && !e.p.aggregate).length;
      document.body.dataset.symbols = symbols;
      legend(countries);
    }

    function legend(countries) {
      const aside = el("legend"), open = aside.firstChild ? aside.firstChild.open : window.innerWidth > 600;
      aside.textContent = "";
      const box = make("details"); box.open = open; box.append(make("summary", "Legend")); aside.append(box);
      for (const k of presentKinds) {
        const line = make("div"), sw = make("span", null, "sw"); sw.style.background = kindOf[k].color;
        line.append(sw, kindOf[k].label); box.append(line);
      }
      box.append(make("div", "Solid: confirmed by the striker or credible; light: reported; dashed: alleged; hollow: denied or not credible."));
      box.append(make("div", "Size: number of strikes reported. Numbered circles group nearby events; click to zoom."));
      box.append(make("div", "Dashed rings: known only to a district, province or part of a country."));
      const codes = Object.keys(countries);
      if (codes.length) box.append(make("div", "Shaded: known only to the country (" + codes.map(c => c + " " + countries[c].length).join(", ") + ")."));
    }
    """#
}
