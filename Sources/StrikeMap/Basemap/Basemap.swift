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
        var rows = EmbeddedBasemap.text
        return Basemap(features: rows.withUTF8 { features($0) })
    }()

    /// Rows "layer<TAB>code<TAB>name<TAB>x,y x,y;x,y ..." (coordinates in 1/1000 degree), read byte by byte:
    /// the basemap holds about a hundred thousand numbers, and splitting them into substrings cost a tenth
    /// of a second on every run that needs the basemap.
    static func features(_ bytes: UnsafeBufferPointer<UInt8>) -> [Basemap.Feature] {
        var features: [Basemap.Feature] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end > start { features.append(feature(UnsafeBufferPointer(rebasing: bytes[start..<end]))) }
            start = end + 1
        }
        return features
    }

    private static func feature(_ line: UnsafeBufferPointer<UInt8>) -> Basemap.Feature {
        var tabs: [Int] = []
        for (i, b) in line.enumerated() where b == 0x09 { tabs.append(i) }
        precondition(tabs.count == 3, "embedded basemap row with \(tabs.count + 1) columns")
        func field(_ k: Int) -> String {
            let lo = k == 0 ? 0 : tabs[k - 1] + 1, hi = k < tabs.count ? tabs[k] : line.count
            return String(decoding: UnsafeBufferPointer(rebasing: line[lo..<hi]), as: UTF8.self)
        }
        guard let layer = Basemap.Layer(rawValue: field(0)) else { preconditionFailure("unknown basemap layer \(field(0))") }
        let name = field(2)
        return Basemap.Feature(layer: layer, code: field(1), name: name == "-" ? "" : name,
                               parts: parts(UnsafeBufferPointer(rebasing: line[(tabs[2] + 1)...])))
    }

    /// "x,y x,y;x,y ...": rings separated by ';', points by ' '.
    static func parts(_ field: UnsafeBufferPointer<UInt8>) -> [[Coordinate]] {
        var parts: [[Coordinate]] = [], ring: [Coordinate] = []
        var value = 0, negative = false, digits = 0, x: Int?
        func endNumber() -> Int? {
            defer { value = 0; negative = false; digits = 0 }
            return digits > 0 ? (negative ? -value : value) : nil
        }
        func endPair() {
            if let y = endNumber(), let x { ring.append(Coordinate(latitude: Double(y) / 1000, longitude: Double(x) / 1000)) }
            x = nil
        }
        for b in field {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value * 10 + Int(b - UInt8(ascii: "0")); digits += 1
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: ","): x = endNumber()
            case UInt8(ascii: " "): endPair()
            case UInt8(ascii: ";"): endPair(); parts.append(ring); ring = []
            default: break
            }
        }
        endPair()
        parts.append(ring)
        return parts
    }
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
