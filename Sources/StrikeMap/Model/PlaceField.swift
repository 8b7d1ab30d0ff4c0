/// The contract of `strikemap places`, declared once: each property of a place mention, in the TSV's
/// column order, with the formats it is written in. GeoJSON writes its keys sorted and the point as the
/// geometry; TSV writes `latitude` and `longitude` as columns and leaves out the sentence.
public enum PlaceField: String, CaseIterable, Sendable {
    case source, line, column, mentionStart = "mention_start", mentionEnd = "mention_end", mention, place, placeId = "place_id"
    case country, kind, latitude, longitude, geoPrecision = "geo_precision", struck, usage, candidates, reason
    case evidence, evidenceStart = "evidence_start", evidenceEnd = "evidence_end", uncertaintyKm = "uncertainty_km"

    public var name: String { rawValue }

    /// Where the property is written.
    public struct Formats: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let geoJSON = Formats(rawValue: 1), tsv = Formats(rawValue: 2)
        public static let both: Formats = [.geoJSON, .tsv]
    }

    public var formats: Formats {
        switch self {
        case .latitude, .longitude: return .tsv
        case .evidence, .evidenceStart, .evidenceEnd, .uncertaintyKm: return .geoJSON
        default: return .both
        }
    }

    public var type: FieldType {
        switch self {
        case .line, .column, .mentionStart, .mentionEnd, .geoPrecision, .candidates, .evidenceStart, .evidenceEnd: return .integer
        case .latitude, .longitude: return .real(decimals: 6)
        case .uncertaintyKm: return .real(decimals: 1)
        case .struck: return .boolean
        default: return .string
        }
    }

    public func value(_ f: FoundPlace) -> FieldValue {
        let m = f.mention
        switch self {
        case .source: return .string(f.source)
        case .line: return .integer(f.line)
        case .column: return .integer(f.column)
        case .mentionStart: return .integer(m.start)
        case .mentionEnd: return .integer(m.end)
        case .mention: return .string(m.text)
        case .place: return .string(m.place.name)
        case .placeId: return .string(m.place.id)
        case .country: return .string(m.place.country)
        case .kind: return .string(m.place.kind.name)
        case .latitude: return .real(m.coordinate.latitude)
        case .longitude: return .real(m.coordinate.longitude)
        case .geoPrecision: return .integer(m.precision.rawValue)
        case .struck: return .boolean(f.struck)
        case .usage: return .string(f.usage.rawValue)
        // The chosen place and those it was chosen over.
        case .candidates: return .integer(m.considered.count + 1)
        case .reason: return .string(m.reason)
        case .evidence: return .string(f.sentence)
        case .evidenceStart: return .integer(f.sentenceStart)
        case .evidenceEnd: return .integer(f.sentenceEnd)
        case .uncertaintyKm: return .real(m.uncertaintyKm)
        }
    }

    public static let tsvColumns = allCases.filter { $0.formats.contains(.tsv) }
    public static let geoJSONProperties = allCases.filter { $0.formats.contains(.geoJSON) }.sorted { $0.name < $1.name }
}

extension PlaceKind {
    /// Every kind's name, as `places` writes them.
    public static var allNames: [String] { allCases.map(\.name) }

    /// The kind's name in `places` output.
    public var name: String {
        switch self {
        case .country: return "country"
        case .province: return "province"
        case .district: return "district"
        case .populated: return "populated"
        case .site: return "site"
        case .water: return "water"
        case .region: return "region"
        case .registered: return "registered"
        }
    }
}
