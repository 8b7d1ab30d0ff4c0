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
public enum PlaceKind: String, Sendable, Codable, CaseIterable {
    case country = "A0", province = "A1", district = "A2", populated = "P", site = "S"
    /// A sea, gulf, bay or strait ("in the Red Sea"): UCDP precision 7.
    case water = "W"
    /// A continent or a named area larger than a province: UCDP precision 5.
    case region = "R"
    /// A village a national register lists but places only by its unit (Ukraine's KATOTTG: by its hromada),
    /// written at the unit's point with `radiusKm` covering the unit: UCDP precision 3, as for a district.
    case registered = "V"

    public var precision: GeoPrecision {
        switch self {
        case .country: return .country
        case .province: return .province
        case .district: return .district
        case .populated, .site: return .exact
        case .registered: return .district
        case .water: return .water
        case .region: return .region
        }
    }

    /// Whether the place is an area named as a whole (a unit, a sea, a continent) rather than a point. (A
    /// registered village is a point, known only to its unit: `isPlacedByUnit`.)
    public var isArea: Bool { self != .populated && self != .site && self != .registered }

    /// Whether a place of this kind is written at a point standing for an area, `radiusKm` covering it.
    var isPlacedByUnit: Bool { isArea || self == .registered }
}

/// One gazetteer entry.
public struct Place: Hashable, Sendable {
    /// The text fields, behind one reference: a `Place` is copied into every candidate of every look-up,
    /// and with five strings each copy cost five reference counts (a fifth of extraction with the world
    /// gazetteer, and contended between cores, since every thread copies the same places). Copy on write.
    private final class Texts: @unchecked Sendable {
        var id: String
        var name: String
        var country: String
        var admin1: String
        var packedAlternates: String

        init(id: String, name: String, country: String, admin1: String, packedAlternates: String) {
            self.id = id
            self.name = name
            self.country = country
            self.admin1 = admin1
            self.packedAlternates = packedAlternates
        }

        func copy() -> Texts { Texts(id: id, name: name, country: country, admin1: admin1, packedAlternates: packedAlternates) }
    }

    private var texts: Texts
    public var coordinate: Coordinate
    public var kind: PlaceKind
    public var population: Int
    /// The radius around `coordinate` that covers an area place (a country, unit, sea), in kilometres; 0 when
    /// unknown (a town, or a user's row without it), and the precision's default radius applies.
    public var radiusKm = 0

    private mutating func uniqueTexts() -> Texts {
        if !isKnownUniquelyReferenced(&texts) { texts = texts.copy() }
        return texts
    }

    /// `geonames:170794`, `ne-admin1:SY07`, `curated:kashmah` or a user's own id.
    public var id: String {
        get { texts.id }
        set { uniqueTexts().id = newValue }
    }
    public var name: String {
        get { texts.name }
        set { uniqueTexts().name = newValue }
    }
    /// ISO 3166-1 alpha-2.
    public var country: String {
        get { texts.country }
        set { uniqueTexts().country = newValue }
    }
    /// GeoNames admin1 code within the country, "" when unknown.
    public var admin1: String {
        get { texts.admin1 }
        set { uniqueTexts().admin1 = newValue }
    }
    /// Whether `other` lies in the same first-order unit (country and GeoNames admin1 code): a province and
    /// the town named after it ("Deir ez-Zor" the governorate and the city).
    public func sharesProvince(with other: Place) -> Bool { country == other.country && admin1 == other.admin1 }

    /// Every alternate name in one string, separated by U+001F: one allocation per place instead of one
    /// per name (the world gazetteer has 1.2 million), and the indexer reads the bytes directly.
    var packedAlternates: String { texts.packedAlternates }

    static let alternateSeparator: UInt8 = 0x1F

    /// Other names of the place (GeoNames alternate names, transliterations, other scripts).
    public var alternateNames: [String] {
        get { packedAlternates.isEmpty ? [] : packedAlternates.split(separator: "\u{1F}").map(String.init) }
        set { uniqueTexts().packedAlternates = newValue.map { $0.replacingOccurrences(of: "\u{1F}", with: " ") }.joined(separator: "\u{1F}") }
    }

    public init(id: String, name: String, coordinate: Coordinate, country: String, kind: PlaceKind,
                population: Int = 0, admin1: String = "", alternateNames: [String] = []) {
        self.init(id: id, name: name, coordinate: coordinate, country: country, kind: kind, population: population, admin1: admin1,
                  packedAlternates: "")
        self.alternateNames = alternateNames
    }

    /// `packedAlternates` separated by U+001F, as the gazetteer readers build it.
    init(id: String, name: String, coordinate: Coordinate, country: String, kind: PlaceKind, population: Int, admin1: String,
         packedAlternates: String, radiusKm: Int = 0) {
        texts = Texts(id: id, name: name, country: country, admin1: admin1, packedAlternates: packedAlternates)
        self.coordinate = coordinate
        self.kind = kind
        self.population = population
        self.radiusKm = radiusKm
    }

    public static func == (a: Place, b: Place) -> Bool {
        (a.texts === b.texts || (a.id == b.id && a.name == b.name && a.country == b.country && a.admin1 == b.admin1
                                 && a.packedAlternates == b.packedAlternates))
            && a.coordinate == b.coordinate && a.kind == b.kind && a.population == b.population && a.radiusKm == b.radiusKm
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(name)
        hasher.combine(coordinate)
        hasher.combine(country)
        hasher.combine(kind)
        hasher.combine(population)
        hasher.combine(radiusKm)
        hasher.combine(admin1)
        hasher.combine(packedAlternates)
    }
}
