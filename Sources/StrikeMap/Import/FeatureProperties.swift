/// A feature's contract properties (`EventField`) read with their types: from the `JSONValue` tree
/// (`FeatureReader`, whose errors say where) or straight from the bytes (`PropertySlots`). The contract's
/// rules and the event built from the properties are written once, here and in `+Event`, for both: the
/// two readers accept the same features and read the same events from them.
protocol FeatureProperties {
    /// Each accessor gives nil for an absent or null property and throws for a value of another type.
    func string(_ key: EventField) throws -> String?
    /// An array of strings, or one string of "a; b" (how CSV, GeoPackage and Shapefile hold a list).
    func strings(_ key: EventField) throws -> [String]?
    func number(_ key: EventField) throws -> Double?
    func int(_ key: EventField) throws -> Int?
    func bool(_ key: EventField) throws -> Bool?
    func day(_ key: EventField) throws -> CalendarDay?
    /// The error for a property whose value breaks one of its field's rules.
    func broken(_ key: EventField, _ message: String) -> Error
}

extension FeatureProperties {
    /// Reads every contract property with its type and rules checked. Types are checked first, then each
    /// kind of rule over all the fields, in the table's order: the first error is the same for every reader.
    func checkContract() throws {
        for (f, type) in FieldChecks.types {
            switch type {
            case .string: _ = try string(f)
            case .strings: _ = try strings(f)
            case .integer: _ = try int(f)
            case .real: _ = try number(f)
            case .date: _ = try day(f)
            case .boolean: _ = try bool(f)
            }
        }
        for (f, values) in FieldChecks.choices {
            if let v = try string(f), !values.contains(v) {
                throw broken(f, "'\(f.name)' must be \(values.dropLast().joined(separator: ", ")) or \(values.last ?? ""), found \"\(v.prefix(40))\"")
            }
        }
        for f in FieldChecks.countryCodes {
            if let c = try string(f), c.utf8.count != 2 || !c.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) {
                throw broken(f, "'\(f.name)' must be an ISO 3166-1 alpha-2 code (two capital letters), found \"\(c.prefix(40))\"")
            }
        }
        for (f, range, what) in FieldChecks.ranges {
            if let v = try number(f), !range.contains(v) {
                throw broken(f, "'\(f.name)' must be \(what), found \(JSONText.format(v, decimals: 6))")
            }
        }
        for (f, low, isDate) in FieldChecks.orders {
            if isDate {
                if let a = try day(low), let b = try day(f), b < a { throw broken(f, "'\(f.name)' (\(b)) is before '\(low.name)' (\(a))") }
            } else if let a = try number(low), let b = try number(f), a > b {
                throw broken(f, "'\(f.name)' (\(JSONText.format(b, decimals: 0))) is less than '\(low.name)' (\(JSONText.format(a, decimals: 0)))")
            }
        }
    }

    /// A whole number within ±10^15 (beyond, a double no longer holds every integer), or the error `fail` makes.
    static func whole(_ v: Double, _ fail: () -> Error) throws -> Int {
        guard v == v.rounded(), abs(v) < 1e15 else { throw fail() }
        return Int(v)
    }

    /// A date `YYYY-MM-DD`; QGIS writes Date fields as "2019-01-03" and DateTime ones as "2019-01-03T00:00:00".
    static func calendarDay(_ s: String) -> CalendarDay? { CalendarDay(iso: String(s.prefix(10))) }
}
