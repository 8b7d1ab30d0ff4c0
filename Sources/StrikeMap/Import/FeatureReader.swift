/// One GeoJSON feature to a `StrikeEvent`, with the property contract of `EventField`.
struct FeatureReader: FeatureProperties {
    let path: String
    /// 1-based position in `features`.
    let index: Int
    let feature: JSONValue.Located
    private(set) var warnings: [Diagnostic] = []
    /// The contract's properties, found in one pass over the members (the last of a repeated name, as
    /// `JSONValue.member` reads): a feature is asked about them some seventy times.
    private let contract: [EventField: JSONValue.Located]

    init(path: String, index: Int, feature: JSONValue.Located) {
        self.path = path
        self.index = index
        self.feature = feature
        var contract: [EventField: JSONValue.Located] = [:]
        if case .object(let members)? = feature.value.member("properties")?.value {
            for (key, value) in members { if let f = EventField.named[key] { contract[f] = value } }
        }
        self.contract = contract
    }

    private var properties: JSONValue.Located? { feature.value.member("properties") }

    private func error(_ at: JSONValue.Located, _ message: String) -> ImportError {
        ImportError(path: path, line: at.line, column: at.column, message: "feature \(index): \(message)")
    }

    /// The event, or nil (with a warning) for a geometry that is not a point.
    mutating func event() throws -> StrikeEvent? {
        guard case .object = feature.value else { throw error(feature, "expected a Feature object, found \(feature.value.typeName)") }
        try typeCheckedProperties()
        var e = try unplacedEvent(path: path, index: index, featureID: feature.value.member("id").flatMap { $0.value.stringValue })
        guard let geometry = feature.value.member("geometry"), !geometry.value.isNull else { return e }
        guard case .string("Point")? = geometry.value.member("type")?.value else {
            warnings.append(Diagnostic(.warning, file: path, line: geometry.line, column: geometry.column,
                                       message: "feature \(index): only Point geometries are mapped; this one is kept without a point"))
            return e
        }
        guard let coords = geometry.value.member("coordinates"), case .array(let xy) = coords.value, xy.count >= 2,
              case .number(let lon) = xy[0].value, case .number(let lat) = xy[1].value else {
            throw error(geometry, "a Point needs 'coordinates' [longitude, latitude] as numbers")
        }
        guard abs(lat) <= 90, abs(lon) <= 180 else { throw error(coords, "coordinates [\(lon), \(lat)] out of range (RFC 7946 order is [longitude, latitude])") }
        try place(&e, at: Coordinate(latitude: lat, longitude: lon), index: index)
        return e
    }

    /// Reads every contract property (`EventField`) with its type and rules checked, for `GeoJSONCheck` and
    /// before `event()` reads it: the checker and every command that reads GeoJSON accept the same files.
    func typeCheckedProperties() throws {
        if let p = properties, !(p.value.isNull || p.value.isObject) { throw error(p, "'properties' must be an object or null, found \(p.value.typeName)") }
        try checkContract()
    }

    func broken(_ key: EventField, _ message: String) -> Error {
        property(key).map { error($0, message) } ?? ImportError(path: path, message: "feature \(index): \(message)")
    }

    private func property(_ field: EventField) -> JSONValue.Located? {
        guard let p = contract[field], !p.value.isNull else { return nil }
        return p
    }

    func string(_ key: EventField) throws -> String? {
        guard let p = property(key) else { return nil }
        guard case .string(let s) = p.value else { throw error(p, "property '\(key.name)' must be a string or null, found \(p.value.typeName)") }
        return s
    }

    func strings(_ key: EventField) throws -> [String]? {
        guard let p = property(key) else { return nil }
        if case .string(let s) = p.value { return s.components(separatedBy: "; ").filter { !$0.isEmpty } }
        guard case .array(let items) = p.value else { throw error(p, "property '\(key.name)' must be an array of strings, found \(p.value.typeName)") }
        return try items.map { item in
            guard case .string(let s) = item.value else { throw error(item, "property '\(key.name)' must hold strings, found \(item.value.typeName)") }
            return s
        }
    }

    func number(_ key: EventField) throws -> Double? {
        guard let p = property(key) else { return nil }
        guard case .number(let v) = p.value else { throw error(p, "property '\(key.name)' must be a number or null, found \(p.value.typeName)") }
        return v
    }

    func int(_ key: EventField) throws -> Int? {
        guard let p = property(key), let v = try number(key) else { return nil }
        return try Self.whole(v) { error(p, "property '\(key.name)' must be a whole number, found \(v)") }
    }

    func bool(_ key: EventField) throws -> Bool? {
        guard let p = property(key) else { return nil }
        guard case .bool(let v) = p.value else { throw error(p, "property '\(key.name)' must be true or false, found \(p.value.typeName)") }
        return v
    }

    func day(_ key: EventField) throws -> CalendarDay? {
        guard let p = property(key), let s = try string(key) else { return nil }
        guard let d = Self.calendarDay(s) else { throw error(p, "property '\(key.name)' must be a date YYYY-MM-DD, found \"\(s.prefix(40))\"") }
        return d
    }
}

extension JSONValue {
    var isNull: Bool { if case .null = self { return true }; return false }
    var isObject: Bool { if case .object = self { return true }; return false }
    var stringValue: String? { if case .string(let s) = self { return s }; return nil }
}
