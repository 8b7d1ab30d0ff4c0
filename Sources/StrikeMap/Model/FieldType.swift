/// How an output property is typed in GeoJSON and in the typed formats (CSV, GeoPackage, FlatGeobuf,
/// Shapefile), and the value it has for one feature.
public enum FieldType: Sendable, Equatable {
    case string
    /// An array of strings in GeoJSON; one string joined with "; " in the other formats.
    case strings
    case integer
    /// A number written with this many decimals in GeoJSON (CSV writes 6).
    case real(decimals: Int)
    /// `YYYY-MM-DD`; a Date field in the typed formats.
    case date
    case boolean

    /// Decimals of a real in GeoJSON; 0 for other types.
    public var decimals: Int { if case .real(let d) = self { return d }; return 0 }

    /// The type's name in docs/schema.md.
    public var name: String {
        switch self {
        case .string: return "string"
        case .strings: return "string[]"
        case .integer: return "integer"
        case .real: return "real"
        case .date: return "date"
        case .boolean: return "boolean"
        }
    }
}

/// One property's value for one feature; nil (null) is written as such.
public enum FieldValue: Sendable, Equatable {
    case string(String), strings([String]), integer(Int), real(Double), date(CalendarDay), boolean(Bool)

}

/// A rule on a property's value beyond its type, checked when a file is read (`FeatureReader`, `check`).
public enum FieldRule: Sendable, Equatable {
    /// One of these strings.
    case oneOf([String])
    /// An ISO 3166-1 alpha-2 code.
    case countryCode
    /// A number in the range; the text says what the range is, for the message.
    case within(ClosedRange<Double>, String)
    /// Not less than the other property (a number), or not before it (a date).
    case notBelow(EventField)
}
