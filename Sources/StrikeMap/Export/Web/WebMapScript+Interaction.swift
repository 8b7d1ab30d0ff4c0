extension WebMapScript {
    /// The chart, the summary line, play/pause and stepping, the keyboard, `#` state and the first view.
    static let interaction = #"""

    // The chart: strikes per calendar month, week (from Monday) or day, as chart.svg bins them, stacked
    // by kind (an event without a count as one), for the filtered events; the slider's window is shaded,
    // and a click on a bar shows that period.
    const binWord = span > 183 ? "month" : span > 31 ? "week" : "day";
    const binStarts = (() => {
      const out = [];
      if (!datedCount) return [minDay, minDay + 1];
      const first = new Date(minDay * DAY);
      let d = binWord === "month" ? Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1) / DAY
        : binWord === "week" ? minDay - (first.getUTCDay() + 6) % 7 : minDay;
      while (d <= maxDay) {
        out.push(d);
        if (binWord === "month") { const m = new Date(d * DAY); d = Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1) / DAY; }
        else d += binWord === "week" ? 7 : 1;
      }
      out.push(d);
      return out;
    })();
    const binOf = day => { let lo = 0, hi = binStarts.length - 2; while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (binStarts[mid] <= day) lo = mid; else hi = mid - 1; } return lo; };
    // Each dated event's bin, once: the bins never change.
    const binIx = new Int32Array(N);
    for (let i = 0; i < N; i++) if (isDated(i)) binIx[i] = binOf(start[i]);
    const SVGNS = "http://www.w3.org/2000/svg";
    const svgEl = (tag, attrs, text) => { const e = document.createElementNS(SVGNS, tag); for (const k in attrs) e.setAttribute(k, attrs[k]); if (text != null) e.textContent = text; return e; };
    function chart(list) {
      const svg = el("chart"); svg.textContent = "";
      const w = svg.clientWidth || 800, h = 170, left = 44, right = 10, top = 22, bottom = 26;
      svg.setAttribute("viewBox", "0 0 " + w + " " + h);
      const bins = binStarts.length - 1, K = D.kinds.length, stacks = new Float64Array(bins * K), totals = new Float64Array(bins);
      let undated = 0, periods = 0;
      for (const i of list) {
        // A total over a long period ("34,917 airstrikes since 2014") belongs to no bin.
        if (aggregate[i]) { periods++; continue; }
        if (!isDated(i)) { undated++; continue; }
        stacks[binIx[i] * K + kindIx[i]] += strikes[i] || 1;
        totals[binIx[i]] += strikes[i] || 1;
      }
      let top1 = 1;
      for (const t of totals) if (t > top1) top1 = t;
      const y = v => h - bottom - (h - top - bottom) * v / top1;
      const x = day => left + (w - left - right) * (day - binStarts[0]) / (binStarts[bins] - binStarts[0]);
      svg.append(svgEl("text", { x: left, y: 14, "font-size": 12, fill: "#333" }, "Strikes per " + binWord + " (an event without a count as one)" + (undated ? "; " + plural(undated, "undated event", "undated events") + " not shown" : "") + (periods ? "; " + plural(periods, "total", "totals") + " not charted" : "")));
      const a = el("mode").value === "range" ? +from.value : minDay, z = +to.value;
      svg.append(svgEl("rect", { x: x(a), y: top, width: Math.max(1, x(z + 1) - x(a)), height: h - top - bottom, fill: "#fdf2d0" }));
      for (let b = 0; b < bins; b++) {
        let acc = 0;
        const x0 = x(binStarts[b]), x1 = x(binStarts[b + 1]);
        for (const k of presentKinds) {
          const v = stacks[b * K + kindIndex[k]]; if (!v) continue;
          const r = svgEl("rect", { x: x0 + 0.5, y: y(acc + v), width: Math.max(1, x1 - x0 - 1), height: y(acc) - y(acc + v), fill: kindOf[k].color });
          r.append(svgEl("title", {}, dayText(binStarts[b]) + ": " + v + " " + kindOf[k].label.toLowerCase()));
          r.style.cursor = "pointer";
          r.addEventListener("click", () => { el("mode").value = "range"; from.value = Math.max(minDay, binStarts[b]); to.value = Math.min(maxDay, binStarts[b + 1] - 1); update(); });
          svg.append(r); acc += v;
        }
      }
      svg.append(svgEl("line", { x1: left, x2: w - right, y1: h - bottom, y2: h - bottom, stroke: "#666" }));
      svg.append(svgEl("text", { x: left - 4, y: y(top1) + 4, "font-size": 11, "text-anchor": "end", fill: "#555" }, String(top1)));
      svg.append(svgEl("text", { x: left - 4, y: h - bottom, "font-size": 11, "text-anchor": "end", fill: "#555" }, "0"));
      const ticks = Math.min(bins, Math.max(2, Math.floor((w - left - right) / 110)));
      for (let t = 0; t < ticks; t++) {
        const b = Math.round(t * (bins - 1) / Math.max(1, ticks - 1));
        svg.append(svgEl("text", { x: (x(binStarts[b]) + x(binStarts[b + 1])) / 2, y: h - 8, "font-size": 11, "text-anchor": "middle", fill: "#555" }, dayText(binStarts[b])));
      }
    }

    function update() {
      if (+from.value > +to.value) from.value = to.value;
      from.disabled = el("mode").value !== "range";
      const list = filtered(), visible = list.filter(inWindow());
      draw(visible);
      chart(list);
      const a = el("mode").value === "range" ? +from.value : minDay;
      el("window").textContent = datedCount ? (el("mode").value === "range" ? dayText(a) + " to " : "up to ") + dayText(+to.value) : "no dated events";
      let onMap = 0, counted = 0, unlocated = 0, totals = 0;
      for (const i of visible) {
        if (!hasLL[i]) unlocated++;
        else if (aggregate[i]) totals++;
        else { onMap++; counted += strikes[i]; }
      }
      el("summary").textContent = plural(onMap, "event", "events") + " on the map (" + plural(counted, "strike", "strikes") + " counted) of " + N
        + (unlocated ? "; " + unlocated + " without a place" : "") + (totals ? "; " + plural(totals, "total", "totals") + " over a long period not mapped" : "") + ".";
      writeHash();
    }

    // Playing moves the window's end by one step (a day, a week or a month, by the span); a range keeps its width.
    let timer = null;
    function step(n) {
      const width = +to.value - +from.value, next = Math.max(minDay, Math.min(maxDay, +to.value + n * stepDays));
      if (next === +to.value) return false;
      to.value = next;
      if (el("mode").value === "range") from.value = Math.max(minDay, next - width);
      update();
      return true;
    }
    function pause() { clearInterval(timer); timer = null; el("play").textContent = "▶"; el("play").setAttribute("aria-label", "Play"); }
    function play() {
      if (timer) return pause();
      if (+to.value >= maxDay) { const width = +to.value - +from.value; to.value = minDay + (el("mode").value === "range" ? width : 0); from.value = minDay; update(); }
      el("play").textContent = "❚❚"; el("play").setAttribute("aria-label", "Pause");
      timer = setInterval(() => { if (!step(1)) pause(); }, 500);
    }
    el("play").addEventListener("click", play);
    el("back").addEventListener("click", () => { pause(); step(-1); });
    el("forward").addEventListener("click", () => { pause(); step(1); });
    for (const id of ["from", "to", "mode", "undated", "actor", "source"]) el(id).addEventListener("input", update);
    for (const id of ["kinds", "statuses"]) el(id).addEventListener("change", update);
    document.addEventListener("keydown", ev => {
      const t = ev.target.tagName;
      // Arrows over the focused map pan it (Leaflet's keys); elsewhere they step through time.
      if (t === "SELECT" || (t === "INPUT" && ev.target.type !== "checkbox") || el("map").contains(ev.target)) return;
      if (ev.key === " " || ev.key === "k") { ev.preventDefault(); play(); }
      else if (ev.key === "ArrowRight") { ev.preventDefault(); pause(); step(1); }
      else if (ev.key === "ArrowLeft") { ev.preventDefault(); pause(); step(-1); }
    });

    // `#` state: view, window, mode and filters, so that a link opens the same view.
    let reading = false;
    function writeHash() {
      if (reading) return;
      const q = new URLSearchParams(), c = map.getCenter();
      q.set("map", map.getZoom() + "/" + c.lat.toFixed(4) + "/" + c.lng.toFixed(4));
      if (datedCount) q.set("t", (el("mode").value === "range" ? dayText(+from.value) : "") + ".." + dayText(+to.value));
      const kinds = checked(el("kinds")), statuses = checked(el("statuses"));
      if (kinds.size < presentKinds.length) q.set("kind", [...kinds].join(","));
      if (statuses.size < presentStatuses.length) q.set("status", [...statuses].join(","));
      if (el("actor").value) q.set("actor", el("actor").value);
      if (el("source").value) q.set("source", el("source").value);
      if (!el("undated").checked) q.set("undated", "0");
      history.replaceState(null, "", "#" + q.toString());
    }
    function readHash() {
      const q = new URLSearchParams(location.hash.slice(1));
      reading = true;
      const v = (q.get("map") || "").split("/").map(Number);
      const t = (q.get("t") || "").split("..");
      if (t.length === 2) {
        el("mode").value = t[0] ? "range" : "upto";
        const a = dayOf(t[0]), b = dayOf(t[1]);
        if (a != null) from.value = a;
        if (b != null) to.value = b;
      }
      const set = (box, key) => { if (!q.has(key)) return; const keep = new Set(q.get(key).split(",")); box.querySelectorAll("input").forEach(c => { c.checked = keep.has(c.value); }); };
      set(el("kinds"), "kind"); set(el("statuses"), "status");
      if (q.has("source")) listSources();
      for (const k of ["actor", "source"]) if (q.has(k) && [...el(k).options].some(o => o.value === q.get(k))) el(k).value = q.get(k);
      if (q.get("undated") === "0") el("undated").checked = false;
      reading = false;
      return v.length === 3 && v.every(Number.isFinite) ? v : null;
    }

    const view = readHash();
    // The first view: the events with a place finer than a country, or the extent.
    let located = null;
    for (let i = 0; i < N; i++) {
      if (!hasLL[i] || aggregate[i] || geo[i] >= 6) continue;
      if (located) located.extend([lat[i], lon[i]]); else located = L.latLngBounds([[lat[i], lon[i]], [lat[i], lon[i]]]);
    }
    if (view) map.setView([view[1], view[2]], view[0]);
    else if (located) map.fitBounds(located.pad(0.15), { maxZoom: 9 });
    else map.fitBounds(extent);
    map.on("moveend", () => { showTowns(); writeHash(); });
    window.addEventListener("resize", () => chart(filtered()));
    showTowns();
    update();
    // For the browser check and the load benchmark (.ci/web-check.py, bench/web_load.py): an event as
    // {ll, p}, and the symbols drawn at points of the map's container.
    window.strikemap = {
      count: N,
      event: i => ({ ll: hasLL[i] ? [lat[i], lon[i]] : null, p: props(i) }),
      symbols: () => drawn.map(s => { const c = map.layerPointToContainerPoint(L.point(s.x, s.y).subtract(map.getPixelOrigin())); return { x: c.x, y: c.y, events: s.list.length, area: !!s.area, first: s.list[0] }; }),
    };
    performance.mark("strikemap-ready");
    """#
}
