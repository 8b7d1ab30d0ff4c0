/// Vector layers of the map's background, in geographic coordinates: countries, first-order units, lakes
/// and rivers of the whole world. A map asks for the features its extent reaches (`features(in:)`); the
/// embedded basemap reads a feature's coordinates only then, since reading the whole world's at start-up
/// would cost every run tens of milliseconds for a map of one country.
public struct Basemap: Sendable {
    /// Countries, first-order units and lakes are rings; `boundary` holds the lines between a country's
    /// units (what maps draw of them: their outlines would run beside the finer country outlines along
    /// every coast and border), one feature a country; rivers are lines.
    public enum Layer: String, Sendable, CaseIterable {
        case country, province, boundary, lake, river

        /// Whether the layer's parts are lines rather than rings.
        public var isLine: Bool { self == .boundary || self == .river }
    }

    /// Every feature. The embedded basemap's features read their parts from the embedded text on each
    /// access to `parts`: a caller that needs many should ask `features(in:)`, which reads each once.
    public var features: [Feature]

    public init(features: [Feature]) { self.features = features }

    /// What a map of `box` draws: the features that `include` keeps (asked before any coordinate is read)
    /// whose box meets `box`, their parts read once, cut to `box` (rings closed along its edges, lines into
    /// the runs inside it) and simplified to `resolution` degrees (points closer than that to the one before
    /// skipped while reading, then Douglas–Peucker at that tolerance). A box that runs past
    /// ±180° takes the parts beyond the antimeridian (Chukotka, Fiji's eastern islands) with their
    /// longitudes shifted into it.
    public func features(in box: GeoBox, resolution: Double = 0, where include: (Feature) -> Bool = { _ in true }) -> [Feature] {
        var found: [Feature] = []
        for f in features where include(f) && Self.shift(f.bounds, into: box) != nil {
            var parts: [[Coordinate]] = []
            for read in f.read(resolution: resolution) {
                guard let bounds = GeoBox(around: read) else { continue }
                // Each copy of the part that meets the box: two when the box ends inside the part (a part
                // across the meridian where a world map is cut).
                for shift in Self.shifts(bounds, into: box) {
                    let part = shift == 0 ? read : read.map { Coordinate(latitude: $0.latitude, longitude: $0.longitude + shift) }
                    if f.layer.isLine {
                        parts += BasemapClip.line(part, to: box).map { BasemapSimplifier.simplify($0, tolerance: resolution) }
                    } else {
                        let ring = BasemapSimplifier.simplify(BasemapClip.ring(part, to: box), tolerance: resolution)
                        if ring.count >= 4 { parts.append(ring) }
                    }
                }
            }
            guard !parts.isEmpty else { continue }
            var copy = f
            copy.parts = parts
            found.append(copy)
        }
        return found
    }

    /// The multiple of 360° that moves `bounds` onto `box`, nil when no copy of it meets the box.
    static func shift(_ bounds: GeoBox, into box: GeoBox) -> Double? { shifts(bounds, into: box).first }

    /// Every multiple of 360° (of 0, +360 and -360, in that order) that moves `bounds` onto `box`.
    static func shifts(_ bounds: GeoBox, into box: GeoBox) -> [Double] {
        guard bounds.south <= box.north, bounds.north >= box.south else { return [] }
        return [0.0, 360, -360].filter { bounds.west + $0 <= box.east && bounds.east + $0 >= box.west }
    }
}

extension Basemap {
    /// Whether the country with ISO code `code` contains `c`; nil when the basemap has no such country.
    public func country(_ code: String, contains c: Coordinate) -> Bool? {
        var found = false
        for f in features where f.layer == .country && f.code == code {
            found = true
            guard f.bounds.contains(c) else { continue }
            // Even-odd over all rings: islands are further rings, holes rings inside them.
            if f.parts.filter({ GeoMath.ring($0, contains: c) }).count % 2 == 1 { return true }
        }
        return found ? false : nil
    }

    /// The ISO code of the basemap country that contains `c`, nil outside them all. Only the countries
    /// whose box holds the point are read.
    public func countryCode(at c: Coordinate) -> String? {
        // Even-odd over all of a country's rings, as `country(_:contains:)` counts them, in one pass.
        var order: [String] = [], rings: [String: Int] = [:]
        for f in features where f.layer == .country && f.bounds.contains(c) {
            if rings[f.code] == nil { order.append(f.code); rings[f.code] = 0 }
            rings[f.code, default: 0] += f.parts.filter { GeoMath.ring($0, contains: c) }.count
        }
        return order.first { (rings[$0] ?? 0) % 2 == 1 }
    }
}
