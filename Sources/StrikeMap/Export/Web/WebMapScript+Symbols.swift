extension WebMapScript {
    /// The events' symbols on one canvas, and what is under the pointer.
    static let symbols = #"""

    // Symbols on one canvas, not a Leaflet layer each: 100,000 events were 100,000 SVG elements, all
    // rebuilt by every filter. A redraw groups the shown events that fall on the canvas (the view with a
    // quarter of a view around it, so that a pan shows symbols already drawn) and paints them; a click or a hover
    // finds the symbol under the pointer. Groups are cells of the projected plane at a zoom (or, close up,
    // one point), so a pan regroups nothing and an open popup stays.
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
    // Web Mercator pixels at zoom 0, as Leaflet's EPSG:3857 projects (times 2^zoom at a zoom).
    const mercatorY = la => { const s = Math.sin(Math.max(-85.0511287798, Math.min(85.0511287798, la)) * Math.PI / 180); return 256 * (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)); };
    const mercatorX = lo => 256 * (0.5 + lo / 360);
    const worldX = new Float64Array(N), worldY = new Float64Array(N);
    for (let i = 0; i < N; i++) if (hasLL[i]) { worldX[i] = mercatorX(lon[i]); worldY[i] = mercatorY(lat[i]); }
    // A radius on the ground in pixels at scale k, as Leaflet's L.circle measures it (north to south).
    const groundPixels = (la, metres, k) => { const d = metres / 6371000 * 180 / Math.PI; return (mercatorY(la - d) - mercatorY(la + d)) / 2 * k; };

    let shown = new Int32Array(0), drawn = [];
    // Areas (an event known only to its province or a part of a country: dashed, never a point), then
    // single events (with a district's uncertainty ring) and numbered groups, in the order they are painted.
    function layout(z, ox, oy, w, h) {
      const k = Math.pow(2, z), out = [], groups = new Map(), areas = new Map(), reach = 30;
      for (const i of shown) {
        if (!hasLL[i] || aggregate[i] || geo[i] >= 6) continue;
        const x = worldX[i] * k, y = worldY[i] * k;
        if (geo[i] >= 4) {
          // Areas alike (one province's events of a kind) are one area, as solid as that many layers.
          const r = groundPixels(lat[i], (uncertainty[i] || 50) * 1000, k);
          if (x + r < ox || x - r > ox + w || y + r < oy || y - r > oy + h) continue;
          const key = pointIx[i] + ":" + uncertainty[i] + ":" + kindIx[i], a = areas.get(key);
          if (a) a.list.push(i);
          else { const area = { area: true, x, y, r, list: [i], ll: [lat[i], lon[i]] }; areas.set(key, area); out.push(area); }
          continue;
        }
        let key;
        if (z < 9) {
          // Grouped by a 30-pixel grid when zoomed out: a cell on the canvas keeps all of its events.
          const cx = Math.floor(x / 30), cy = Math.floor(y / 30);
          if ((cx + 1) * 30 < ox - reach || cx * 30 > ox + w + reach || (cy + 1) * 30 < oy - reach || cy * 30 > oy + h + reach) continue;
          key = cx * 1048576 + cy;
        } else {
          // At street level only events at one point are grouped.
          if (x < ox - reach || x > ox + w + reach || y < oy - reach || y > oy + h + reach) continue;
          key = pointIx[i];
        }
        const g = groups.get(key);
        if (g) g.push(i); else groups.set(key, [i]);
      }
      for (const g of groups.values()) {
        if (g.length === 1) {
          const i = g[0];
          out.push({ x: worldX[i] * k, y: worldY[i] * k, list: g, ll: [lat[i], lon[i]], style: symbolStyle(D.kinds[kindIx[i]].id, D.statuses[statusIx[i]], strikes[i]),
                     ring: geo[i] === 3 && uncertainty[i] ? groundPixels(lat[i], uncertainty[i] * 1000, k) : 0 });
          continue;
        }
        // The most frequent kind (the first seen of equals), solid unless every event is hollow.
        let total = 0, la = 0, lo = 0, allHollow = true, kind = -1;
        const kinds = new Int32Array(D.kinds.length), order = [];
        for (const i of g) {
          total += strikes[i]; la += lat[i]; lo += lon[i];
          if (!hollow.has(D.statuses[statusIx[i]])) allHollow = false;
          if (!kinds[kindIx[i]]++) order.push(kindIx[i]);
        }
        for (const x of order) if (kind < 0 || kinds[x] > kinds[kind]) kind = x;
        la /= g.length; lo /= g.length;
        const style = symbolStyle(D.kinds[kind].id, allHollow ? "denied" : "confirmed", Math.max(total, g.length));
        style.weight = 2;
        out.push({ x: mercatorX(lo) * k, y: mercatorY(la) * k, list: g, ll: [la, lo], style, count: g.length });
      }
      return out;
    }

    function circle(ctx, x, y, r, color, weight, dash, fill, fillOpacity) {
      ctx.beginPath();
      ctx.arc(x, y, Math.max(0, r), 0, 2 * Math.PI);
      if (fill && fillOpacity > 0) { ctx.globalAlpha = fillOpacity; ctx.fillStyle = fill; ctx.fill(); }
      ctx.globalAlpha = 1; ctx.strokeStyle = color; ctx.lineWidth = weight;
      ctx.setLineDash(dash ? dash.split(" ").map(Number) : []);
      ctx.stroke();
    }
    // Areas on a canvas under the shaded countries (pane "shade", `draw`), the symbols on one above them.
    function paint(areas, points, ox, oy) {
      for (const ctx of [areas, points]) { ctx.lineCap = "round"; ctx.lineJoin = "round"; }
      for (const s of drawn) {
        const x = s.x - ox, y = s.y - oy;
        if (s.area) {
          const c = kindOf[D.kinds[kindIx[s.list[0]]].id].color;
          circle(areas, x, y, s.r, c, 1.2, "5 4", c, 1 - Math.pow(0.94, s.list.length));
          continue;
        }
        if (s.ring) circle(points, x, y, s.ring, "#888", 0.6, "2 3", null, 0);
        const st = s.style;
        circle(points, x, y, st.radius, st.color, st.weight, st.dashArray, st.fillColor, st.fillOpacity);
      }
      // Every group's number over every symbol, as labels above the map.
      const ctx = points;
      ctx.font = "bold 11px Helvetica, Arial, 'Liberation Sans', sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "middle";
      ctx.shadowColor = "#000"; ctx.shadowBlur = 2; ctx.fillStyle = "#fff";
      for (const s of drawn) if (s.count) ctx.fillText(String(s.count), s.x - ox, s.y - oy + 0.5);
      ctx.shadowBlur = 0; ctx.shadowColor = "transparent";
    }

    [["areas", 420], ["shade", 440], ["symbols", 450]].forEach(([name, z]) => { map.createPane(name).style.zIndex = z; });
    const SymbolLayer = L.Layer.extend({
      onAdd(m) {
        this._canvases = ["areas", "symbols"].map(pane => {
          const c = L.DomUtil.create("canvas", "leaflet-zoom-animated", m.getPane(pane));
          c.style.pointerEvents = "none";
          return c;
        });
        m.on("moveend", this.redraw, this);
        m.on("zoomanim", this._animate, this);
        this.redraw();
      },
      onRemove(m) {
        this._canvases.forEach(c => L.DomUtil.remove(c));
        m.off("moveend", this.redraw, this);
        m.off("zoomanim", this._animate, this);
      },
      // While a zoom animates, the canvases scale as Leaflet's own layers do; the redraw follows at its end.
      _animate(ev) {
        const at = this._map._latLngToNewLayerPoint(this._corner, ev.zoom, ev.center), scale = this._map.getZoomScale(ev.zoom);
        this._canvases.forEach(c => L.DomUtil.setTransform(c, at, scale));
      },
      redraw() {
        const m = this._map;
        if (!m) return;
        // A quarter of the view around it; at most 16 million pixels a canvas (iOS Safari draws none larger).
        const size = m.getSize(), pad = size.divideBy(4).round(), topLeft = m.containerPointToLayerPoint(pad.multiplyBy(-1));
        const w = size.x + 2 * pad.x, h = size.y + 2 * pad.y, ratio = Math.min(window.devicePixelRatio || 1, Math.sqrt(16e6 / Math.max(1, w * h)));
        this._corner = m.layerPointToLatLng(topLeft);
        const [areas, points] = this._canvases.map(canvas => {
          L.DomUtil.setPosition(canvas, topLeft);
          canvas.width = Math.round(w * ratio); canvas.height = Math.round(h * ratio);
          canvas.style.width = w + "px"; canvas.style.height = h + "px";
          const ctx = canvas.getContext("2d");
          ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
          return ctx;
        });
        const origin = m.getPixelOrigin().add(topLeft);
        drawn = layout(m.getZoom(), origin.x, origin.y, w, h);
        paint(areas, points, origin.x, origin.y);
        document.body.dataset.symbols = drawn.length;
      },
    });
    const symbols = new SymbolLayer().addTo(map);

    // The symbol under a point of the map's container: the last painted first, as the eye sees them.
    function symbolAt(point) {
      const p = map.containerPointToLayerPoint(point).add(map.getPixelOrigin());
      for (let s = drawn.length - 1; s >= 0; s--) {
        const d = drawn[s];
        if (!d.area && Math.hypot(p.x - d.x, p.y - d.y) <= d.style.radius + d.style.weight / 2) return d;
      }
      for (let s = drawn.length - 1; s >= 0; s--) {
        const d = drawn[s];
        if (d.area && Math.hypot(p.x - d.x, p.y - d.y) <= d.r + 0.6) return d;
      }
      return null;
    }
    const popup = (at, content, width) => L.popup({ maxWidth: width }).setLatLng(at).setContent(content).openOn(map);
    // A group spread over more than 50 m zooms in when zoomed out; otherwise a popup lists its events.
    function clickAt(point, at) {
      const s = symbolAt(point);
      if (!s) return false;
      if (s.area) { popup(at, s.list.length === 1 ? eventCard(s.list[0]) : groupCard(s.list), 340); return true; }
      if (s.list.length === 1) { popup(s.ll, eventCard(s.list[0]), 340); return true; }
      const z = map.getZoom(), bounds = L.latLngBounds(s.list.map(i => [lat[i], lon[i]]));
      if (z < 9 && bounds.getNorthEast().distanceTo(bounds.getSouthWest()) > 50) map.fitBounds(bounds.pad(0.3), { maxZoom: Math.max(z + 2, 9) });
      else popup(s.ll, groupCard(s.list), 360);
      return true;
    }
    map.on("click", ev => { clickAt(ev.containerPoint, ev.latlng); });
    map.on("mousemove", ev => { el("map").classList.toggle("over-symbol", !!symbolAt(ev.containerPoint)); });
    """#
}
