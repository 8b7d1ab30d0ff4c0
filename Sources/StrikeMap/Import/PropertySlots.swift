/// A feature's contract properties as `TypedGeoJSON` read them from the bytes: one slot per `EventField`,
/// by its place in the table. Any value the slots cannot give with the type asked for throws `Unsure`:
/// `FeatureReader` would have an error to report there, with its line and column.
struct PropertySlots: FeatureProperties {
    enum Value {
        /// Absent or null, which the contract does not tell apart.
        case null
        case string(String)
        case number(Double)
        case bool(Bool)
        case strings([String])
    }

    private(set) var values = [Value](repeating: .null, count: EventField.allCases.count)

    subscript(_ key: EventField) -> Value {
        get { values[key.ordinal] }
        set { values[key.ordinal] = newValue }
    }

    func string(_ key: EventField) throws -> String? {
        switch self[key] {
        case .null: return nil
        case .string(let s): return s
        default: throw JSONCursor.Unsure()
        }
    }

    func strings(_ key: EventField) throws -> [String]? {
        switch self[key] {
        case .null: return nil
        case .string(let s): return s.components(separatedBy: "; ").filter { !$0.isEmpty }
        case .strings(let list): return list
        default: throw JSONCursor.Unsure()
        }
    }

    func number(_ key: EventField) throws -> Double? {
        switch self[key] {
        case .null: return nil
        case .number(let v): return v
        default: throw JSONCursor.Unsure()
        }
    }

    func int(_ key: EventField) throws -> Int? {
        guard let v = try number(key) else { return nil }
        return try Self.whole(v) { JSONCursor.Unsure() }
    }

    func bool(_ key: EventField) throws -> Bool? {
        switch self[key] {
        case .null: return nil
        case .bool(let v): return v
        default: throw JSONCursor.Unsure()
        }
    }

    func day(_ key: EventField) throws -> CalendarDay? {
        guard let s = try string(key) else { return nil }
        guard let d = Self.calendarDay(s) else { throw JSONCursor.Unsure() }
        return d
    }

    func broken(_ key: EventField, _ message: String) -> Error { JSONCursor.Unsure() }
}

extension EventField {
    /// The field's place in `allCases`, its declaration order: the tag Swift gives a case without a payload.
    /// (A `String`-backed enum hashes its raw value: a dictionary of fields cost 85 ns a look-up.)
    /// `PropertySlotsTests` checks that it is the declaration order.
    var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}
