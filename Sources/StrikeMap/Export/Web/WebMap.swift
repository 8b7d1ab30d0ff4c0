/// The interactive map page (`strikemap web`, `run`'s map.html): one self-contained HTML file that makes
/// no network request. Leaflet (inlined, see `Leaflet`) draws the embedded basemap as vector layers and
/// the events as symbols sized by count and styled by kind and status, grouped when zoomed out; a time
/// slider, filters, popups with the evidence and a chart of strikes over time follow. The events travel
/// as the GeoJSON strikemap writes (`GeoJSONWriter`, the field table's properties) inside a JSON script
/// element, with `<`, `>` and `&` escaped; the page sets article text with `textContent` only.
public struct WebMap: Sendable {
    public var basemap: Basemap
    public var gazetteer: Gazetteer
    public var title = "Reported strikes"
    /// How popups name places: the reports' names (default) or the gazetteer's.
    public var labels = EventLabel.reports
    /// Towns of at least this many people are drawn for orientation (the larger ones at lower zooms).
    public var minimumTownPopulation = 50_000

    public init(basemap: Basemap, gazetteer: Gazetteer) {
        self.basemap = basemap
        self.gazetteer = gazetteer
    }

    public func render(_ events: [StrikeEvent]) -> String {
        let extent = Self.extent(events)
        var j = JSONText()
        j.raw("{\"title\":"); j.string(title)
        j.raw(",\"kinds\":[")
        for (k, kind) in StrikeKind.allCases.enumerated() {
            j.raw(k == 0 ? "{\"id\":" : ",{\"id\":"); j.string(kind.rawValue)
            j.raw(",\"label\":"); j.string(MapStyle.label(kind))
            j.raw(",\"color\":"); j.string(MapStyle.color(kind)); j.raw("}")
        }
        j.raw("],\"statuses\":[")
        for (k, status) in ReportStatus.allCases.enumerated() {
            if k > 0 { j.raw(",") }
            j.string(status.rawValue)
        }
        j.raw("],\"events\":")
        j.append(GeoJSONWriter.write(events))
        // Each event's name as the map labels it, in the features' order.
        j.raw(",\"labels\":[")
        for (k, e) in events.enumerated() { j.raw(k == 0 ? "" : ","); j.string(labels.name([e])) }
        j.raw("]")
        j.raw(",\"extent\":[")
        for (k, v) in [extent.west, extent.south, extent.east, extent.north].enumerated() { j.raw(k == 0 ? "" : ","); j.number(v, decimals: 3) }
        j.raw("],\"basemap\":")
        writeBasemap(&j, extent, countries: Set(events.compactMap { $0.mention?.place.country }))
        j.raw(",\"towns\":")
        writeTowns(&j, extent)
        j.raw("}")
        return WebMapPage.html(title: title, data: j.scriptSafeText)
    }

    /// What the page covers, and so the basemap it carries and how far it pans: the located events with
    /// room around them, at least 16 degrees across (a town's country and its neighbours); without any,
    /// the static map's default theatre with as much room.
    static func extent(_ events: [StrikeEvent]) -> GeoBox {
        let points = events.compactMap { $0.mention?.coordinate }
        return (GeoBox(around: points) ?? MapRenderer.extent([])).padded(fraction: 0.25, minimumDegrees: 16)
    }

    /// Layers by name, each feature `[code, name, parts]` with parts as flat `[lon, lat, ...]` arrays in
    /// thousandths of a degree (as the basemap stores them): a third of the size of GeoJSON coordinates.
    /// The features reaching the extent, cut 3 degrees beyond it (outside where the page pans) and simplified
    /// to a 3000th of its width (a few pixels at the page's widest view); first-order units only of the
    /// `countries` the events are in (all without events): the extent's other countries' would double the
    /// page (Turkey's 81, North Macedonia's 84) for places no event is in.
    private func writeBasemap(_ j: inout JSONText, _ extent: GeoBox, countries: Set<String>) {
        let cut = GeoBox(west: extent.west - 3, south: max(-90, extent.south - 3), east: extent.east + 3, north: min(90, extent.north + 3))
        let features = basemap.features(in: cut, resolution: max(0.003, (extent.east - extent.west) / 3000)) { f in
            f.layer != .province && (f.layer != .boundary || countries.isEmpty || countries.contains(f.code))
        }
        j.raw("{")
        // "province": the lines between units (the boundary layer), drawn as lines.
        for (k, (layer, key)) in [(Basemap.Layer.country, "country"), (.boundary, "province"), (.lake, "lake"), (.river, "river")].enumerated() {
            j.raw(k == 0 ? "" : ","); j.string(key); j.raw(":[")
            var first = true
            for f in features where f.layer == layer {
                j.raw(first ? "[" : ",["); first = false
                j.string(f.code); j.raw(","); j.string(f.name); j.raw(",[")
                for (n, part) in f.parts.enumerated() {
                    j.raw(n == 0 ? "[" : ",[")
                    for (m, c) in part.enumerated() {
                        j.raw((m == 0 ? "" : ",") + String(Int((c.longitude * 1000).rounded())) + "," + String(Int((c.latitude * 1000).rounded())))
                    }
                    j.raw("]")
                }
                j.raw("]]")
            }
            j.raw("]")
        }
        j.raw("}")
    }

    /// Populated places of `minimumTownPopulation` or more inside the page's extent, most populous first:
    /// `[name, lat, lon, population]`.
    private func writeTowns(_ j: inout JSONText, _ region: GeoBox) {
        let towns = gazetteer.towns(minimumPopulation: minimumTownPopulation).filter { p in
            p.kind == .populated && p.population >= minimumTownPopulation && !Exonyms.isUnlabelled(p) && region.contains(p.coordinate)
        }.sorted { $0.population != $1.population ? $0.population > $1.population : $0.id < $1.id }
        j.raw("[")
        for (k, t) in towns.enumerated() {
            j.raw(k == 0 ? "[" : ",["); j.string(Exonyms.name(for: t)); j.raw(",")
            j.number(t.coordinate.latitude, decimals: 3); j.raw(","); j.number(t.coordinate.longitude, decimals: 3)
            j.raw(",\(t.population)]")
        }
        j.raw("]")
    }
}
