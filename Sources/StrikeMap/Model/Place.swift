/// A geographic coordinate in degrees (WGS 84).
public struct Coordinate: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Rounded to 6 decimals (about 0.1 m; RFC 7946 §11.2), the precision of the GeoJSON output.
    var quantized: Coordinate {
        Coordinate(latitude: (latitude * 1e6).rounded() / 1e6, longitude: (longitude * 1e6).rounded() / 1e6)
    }
}

/// What sort of gazetteer entry a place is; decides the default `geo_precision`.
public enum PlaceKind: String, Sendable, Codable {
    case country = "A0", province = "A1", district = "A2", populated = "P", site = "S"

    public var precision: GeoPrecision {
        switch self {
        case .country: return .country
        case .province: return .province
        case .district: return .district
        case .populated, .site: return .exact
        }
    }
}

/// One gazetteer entry.
public struct Place: Hashable, Sendable {
    /// `geonames:170794`, `ne-admin1:SY07`, `curated:kashmah` or a user's own id.
    public var id: String
    public var name: String
    public var coordinate: Coordinate
    /// ISO 3166-1 alpha-2.
    public var country: String
    public var kind: PlaceKind
    public var population: Int
    /// GeoNames admin1 code within the country, "" when unknown.
    public var admin1: String
    /// Every alternate name in one string, separated by U+001F: one allocation per place instead of one
    /// per name (the world gazetteer has 1.2 million), and the indexer reads the bytes directly.
    private(set) var packedAlternates: String

    static let alternateSeparator: UInt8 = 0x1F

    /// Other names of the place (GeoNames alternate names, transliterations, other scripts).
    public var alternateNames: [String] {
        get { packedAlternates.isEmpty ? [] : packedAlternates.split(separator: "\u{1F}").map(String.init) }
        set { packedAlternates = newValue.map { $0.replacingOccurrences(of: "\u{1F}", with: " ") }.joined(separator: "\u{1F}") }
    }

    public init(id: String, name: String, coordinate: Coordinate, country: String, kind: PlaceKind,
                population: Int = 0, admin1: String = "", alternateNames: [String] = []) {
        self.init(id: id, name: name, coordinate: coordinate, country: country, kind: kind, population: population, admin1: admin1,
                  packedAlternates: "")
        self.alternateNames = alternateNames
    }

    /// `packedAlternates` separated by U+001F, as the gazetteer readers build it.
    init(id: String, name: String, coordinate: Coordinate, country: String, kind: PlaceKind, population: Int, admin1: String,
         packedAlternates: String) {
        self.id = id
        self.name = name
        self.coordinate = coordinate
        self.country = country
        self.kind = kind
        self.population = population
        self.admin1 = admin1
        self.packedAlternates = packedAlternates
    }
}
