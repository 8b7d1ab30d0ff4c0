/// Vector layers of the map's background, in geographic coordinates.
public struct Basemap: Sendable {
    public enum Layer: String, Sendable { case country, province, lake, river }

    public struct Feature: Sendable {
        public var layer: Layer
        /// ISO 3166-1 alpha-2 for countries and provinces ("-99" where Natural Earth has none).
        public var code: String
        public var name: String
        /// Rings (countries, lakes) or lines (rivers).
        public var parts: [[Coordinate]]
    }

    public var features: [Feature]

    public init(features: [Feature]) { self.features = features }
}

/// The basemap compiled into the binary (see basemap/build.py).
public enum EmbeddedBasemap {
    public static let shared: Basemap = {
        var features: [Basemap.Feature] = []
        for line in text.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            precondition(f.count == 4, "embedded basemap row with \(f.count) columns")
            guard let layer = Basemap.Layer(rawValue: String(f[0])) else { preconditionFailure("unknown basemap layer \(f[0])") }
            let parts = f[3].split(separator: ";").map { part in
                part.split(separator: " ").compactMap { pair -> Coordinate? in
                    let xy = pair.split(separator: ",")
                    guard xy.count == 2, let x = Int(xy[0]), let y = Int(xy[1]) else { return nil }
                    return Coordinate(latitude: Double(y) / 1000, longitude: Double(x) / 1000)
                }
            }
            features.append(Basemap.Feature(layer: layer, code: String(f[1]), name: f[2] == "-" ? "" : String(f[2]), parts: parts))
        }
        return Basemap(features: features)
    }()
}

extension Basemap {
    /// Whether the country with ISO code `code` contains `c`; nil when the basemap has no such country.
    public func country(_ code: String, contains c: Coordinate) -> Bool? {
        var found = false
        for f in features where f.layer == .country && f.code == code {
            found = true
            // Even-odd over all rings: islands are further rings, holes rings inside them.
            if f.parts.filter({ GeoMath.ring($0, contains: c) }).count % 2 == 1 { return true }
        }
        return found ? false : nil
    }
}

extension Basemap {
    /// The ISO code of the basemap country that contains `c`, nil outside them all.
    public func countryCode(at c: Coordinate) -> String? {
        // Even-odd over all of a country's rings, as `country(_:contains:)` counts them, in one pass.
        var order: [String] = [], rings: [String: Int] = [:]
        for f in features where f.layer == .country {
            if rings[f.code] == nil { order.append(f.code); rings[f.code] = 0 }
            rings[f.code, default: 0] += f.parts.filter { GeoMath.ring($0, contains: c) }.count
        }
        return order.first { (rings[$0] ?? 0) % 2 == 1 }
    }
}
