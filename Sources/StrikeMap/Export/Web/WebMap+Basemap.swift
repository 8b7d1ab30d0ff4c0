extension WebMap {
    /// Layers by name, each feature `[code, name, parts]` with parts as flat `[lon, lat, ...]` arrays in
    /// thousandths of a degree (as the basemap stores them): a third of the size of GeoJSON coordinates.
    /// The features reaching the extent, cut 3 degrees beyond it (outside where the page pans) and simplified
    /// to a 3000th of its width (a few pixels at the page's widest view); first-order units only of the
    /// `countries` the events are in (all without events): the extent's other countries' would double the
    /// page (Turkey's 81, North Macedonia's 84) for places no event is in.
    func writeBasemap(_ j: inout PageWriter, _ extent: GeoBox, countries: Set<String>) throws {
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
                        j.comma(m == 0)
                        j.int(Int((c.longitude * 1000).rounded())); j.raw(","); j.int(Int((c.latitude * 1000).rounded()))
                    }
                    j.raw("]")
                }
                j.raw("]]")
                try j.flushIfFull()
            }
            j.raw("]")
        }
        j.raw("}")
    }

    /// Populated places of `minimumTownPopulation` or more inside the page's extent, most populous first:
    /// `[name, lat, lon, population]`.
    func writeTowns(_ j: inout PageWriter, _ region: GeoBox) {
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
