extension WebMapScript {
    /// Popups, what a filter or the slider shows, and the legend.
    static let drawing = #"""

    const precisionWords = { 1: "exact place", 2: "near a place", 3: "district", 4: "province", 5: "part of a country", 6: "country only", 7: "at sea" };
    const dateWords = { 1: "day", 2: "a few days", 3: "week", 4: "month", 5: "year" };
    const range = (lo, hi) => lo == null && hi == null ? null : lo === hi || hi == null ? String(lo) + (hi == null ? "+" : "") : (lo ?? 0) + "–" + hi;

    // One event's card: every value set as text.
    function eventCard(i) {
      const p = props(i), card = make("div", null, "popup");
      card.append(make("h3", p.label || p.place || p.mention || "no single place"));
      const dl = make("dl");
      const row = (k, v) => { if (v == null || v === "") return; dl.append(make("dt", k), make("dd", String(v))); };
      row("As written", p.mention && p.mention !== p.label ? p.mention : null);
      row("Gazetteer", p.place && p.place !== p.label ? p.place + (p.place_id ? " (" + p.place_id + ")" : "") : null);
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
      row("Sources", p.sources.join(", "));
      card.append(dl, make("blockquote", p.evidence));
      return card;
    }
    function groupCard(list) {
      const box = make("div", null, "popup");
      box.append(make("h3", plural(list.length, "event", "events") + " here"));
      list.slice(0, 12).forEach((i, k) => { if (k) box.append(make("hr")); box.append(eventCard(i)); });
      if (list.length > 12) box.append(make("p", "and " + (list.length - 12) + " more: zoom in or narrow the filters", "more"));
      return box;
    }

    // What a filter or the slider shows (event indices): events known only to a country shade it and are
    // listed in its popup (a symbol over it still takes the click); the others are the canvas' symbols.
    const shade = L.layerGroup().addTo(map);
    function draw(list) {
      shown = list;
      shade.clearLayers();
      const countries = {};
      let visible = 0;
      for (const i of list) {
        if (!hasLL[i] || aggregate[i]) continue;
        visible++;
        if (geo[i] >= 6) { const c = S[countryIx[i]] || "?"; (countries[c] = countries[c] || []).push(i); }
      }
      for (const code in countries) {
        if (!countryShapes[code]) continue;
        L.polygon(countryShapes[code], { pane: "shade", color: "#7a5c58", weight: 1, fillColor: "#b65c4f", fillOpacity: 0.12, dashArray: "4 3" })
          .on("click", ev => { if (!clickAt(ev.containerPoint, ev.latlng)) popup(ev.latlng, groupCard(countries[code]), 340); }).addTo(shade);
      }
      symbols.redraw();
      document.body.dataset.visible = visible;
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
