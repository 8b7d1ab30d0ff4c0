/// One GeoJSON feature to a `StrikeEvent`, with the property contract of `GeoJSONWriter`.
struct FeatureReader {
    let path: String
    /// 1-based position in `features`.
    let index: Int
    let feature: JSONValue.Located
    private(set) var warnings: [Diagnostic] = []

    init(path: String, index: Int, feature: JSONValue.Located) {
        self.path = path
        self.index = index
        self.feature = feature
    }

    private var properties: JSONValue.Located? { feature.value.member("properties") }

    private func error(_ at: JSONValue.Located, _ message: String) -> ImportError {
        ImportError(path: path, line: at.line, column: at.column, message: "feature \(index): \(message)")
    }

    /// The event, or nil (with a warning) for a geometry that is not a point.
    mutating func event() throws -> StrikeEvent? {
        guard case .object = feature.value else { throw error(feature, "expected a Feature object, found \(feature.value.typeName)") }
        try typeCheckedProperties()
        let source = try string("source") ?? path.split(separator: "/").last.map(String.init) ?? path
        var e = StrikeEvent(source: source, published: try day("published"), evidence: try string("evidence") ?? "",
                            evidenceStart: try int("evidence_start") ?? 0, evidenceEnd: try int("evidence_end") ?? 0)
        e.id = try string("id") ?? (feature.value.member("id").flatMap { $0.value.stringValue }) ?? "feature-\(index)"
        e.sources = try strings("sources") ?? [source]
        e.regionText = try string("mention")
        e.strikes = try int("strikes")
        if let q = try string("strikes_qualifier").flatMap(CountQualifier.init(rawValue:)) { e.strikesQualifier = q }
        if let k = try string("kind").flatMap(StrikeKind.init(rawValue:)) { e.kind = k }
        e.actor = try string("actor")
        e.civilianDeaths = DeathRange(min: try int("civilian_deaths_min"), max: try int("civilian_deaths_max"))
        e.combatantDeaths = DeathRange(min: try int("combatant_deaths_min"), max: try int("combatant_deaths_max"))
        e.targets = try string("targets")
        e.aggregate = try bool("aggregate") ?? false
        e.confidence = try number("confidence")
        e.dateText = try string("date_text")
        if let start = try day("date") {
            let end = try day("date_end")
            let precision = try int("date_precision").flatMap(DatePrecision.init(rawValue:)) ?? (end == nil || end == start ? .day : .days)
            e.date = DateSpan(start: start, end: end ?? start, precision: precision, openEnded: end == nil && precision != .day)
        }
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
        let stated = try int("geo_precision").flatMap(GeoPrecision.init(rawValue:))
        // Absent stays absent in what is written back (`absent`); the map draws such a point as exact.
        if stated == nil { e.absent.insert(.geoPrecision) }
        if try number("uncertainty_km") == nil { e.absent.insert(.uncertaintyKm) }
        let precision = stated ?? .exact
        let kind: PlaceKind = precision == .country ? .country : precision == .province ? .province : precision == .district ? .district : .populated
        let place = Place(id: try string("place_id") ?? "feature-\(index)", name: try string("place") ?? e.regionText ?? "",
                          coordinate: Coordinate(latitude: lat, longitude: lon), country: try string("country") ?? "", kind: kind)
        e.mention = PlaceMention(text: e.regionText ?? place.name, start: 0, end: 0, place: place, precision: precision,
                                 uncertaintyKm: try number("uncertainty_km"))
        e.regionText = nil
        return e
    }

    /// Reads every contract property with its type, enumeration and range checked, for `GeoJSONCheck` and
    /// before `event()` reads it: the checker and every command that reads GeoJSON accept the same files.
    func typeCheckedProperties() throws {
        if let p = properties, !(p.value.isNull || p.value.isObject) { throw error(p, "'properties' must be an object or null, found \(p.value.typeName)") }
        // The contract is EventFields; `sources` is an array in GeoJSON (or "a; b" as other formats hold it).
        for f in EventFields.all {
            switch f.kind {
            case .string: _ = f.name == "sources" ? try strings(f.name).map { $0.joined() } : try string(f.name)
            case .integer: _ = try int(f.name)
            case .real: _ = try number(f.name)
            case .date: _ = try day(f.name)
            case .boolean: _ = try bool(f.name)
            }
        }
        func oneOf(_ key: String, _ values: [String]) throws {
            if let v = try string(key), !values.contains(v), let p = property(key) {
                throw error(p, "'\(key)' must be \(values.dropLast().joined(separator: ", ")) or \(values.last ?? ""), found \"\(v.prefix(40))\"")
            }
        }
        try oneOf("strikes_qualifier", ["exact", "at_least", "about", "at_most"])
        try oneOf("kind", StrikeKind.allCases.map(\.rawValue))
        if let c = try string("country"), c.utf8.count != 2 || !c.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), let p = property("country") {
            throw error(p, "'country' must be an ISO 3166-1 alpha-2 code (two capital letters), found \"\(c.prefix(40))\"")
        }
        func within(_ key: String, _ range: ClosedRange<Double>, _ what: String) throws {
            if let v = try number(key), !range.contains(v), let p = property(key) { throw error(p, "'\(key)' must be \(what), found \(JSONText.format(v, decimals: 6))") }
        }
        try within("geo_precision", 1...7, "a UCDP precision code from 1 to 7")
        try within("date_precision", 1...5, "a UCDP precision code from 1 to 5")
        for key in ["strikes", "civilian_deaths_min", "civilian_deaths_max", "combatant_deaths_min", "combatant_deaths_max",
                    "evidence_start", "evidence_end"] {
            try within(key, 0...Double(Int32.max), "a count of 0 or more")
        }
        try within("uncertainty_km", 0...40_075, "a distance from 0 to 40,075 km")
        try within("confidence", 0...1, "a number from 0 to 1")
        func ordered(_ low: String, _ high: String) throws {
            if let a = try number(low), let b = try number(high), a > b, let p = property(high) {
                throw error(p, "'\(high)' (\(JSONText.format(b, decimals: 0))) is less than '\(low)' (\(JSONText.format(a, decimals: 0)))")
            }
        }
        try ordered("civilian_deaths_min", "civilian_deaths_max")
        try ordered("combatant_deaths_min", "combatant_deaths_max")
        try ordered("evidence_start", "evidence_end")
        if let a = try day("date"), let b = try day("date_end"), b < a, let p = property("date_end") {
            throw error(p, "'date_end' (\(b)) is before 'date' (\(a))")
        }
    }

    private func property(_ key: String) -> JSONValue.Located? {
        guard let p = properties?.value.member(key), !p.value.isNull else { return nil }
        return p
    }

    private func string(_ key: String) throws -> String? {
        guard let p = property(key) else { return nil }
        guard case .string(let s) = p.value else { throw error(p, "property '\(key)' must be a string or null, found \(p.value.typeName)") }
        return s
    }

    /// An array of strings, or one string of "a; b" (how CSV, GeoPackage and Shapefile hold a list).
    private func strings(_ key: String) throws -> [String]? {
        guard let p = property(key) else { return nil }
        if case .string(let s) = p.value { return s.components(separatedBy: "; ").filter { !$0.isEmpty } }
        guard case .array(let items) = p.value else { throw error(p, "property '\(key)' must be an array of strings, found \(p.value.typeName)") }
        return try items.map { item in
            guard case .string(let s) = item.value else { throw error(item, "property '\(key)' must hold strings, found \(item.value.typeName)") }
            return s
        }
    }

    private func number(_ key: String) throws -> Double? {
        guard let p = property(key) else { return nil }
        guard case .number(let v) = p.value else { throw error(p, "property '\(key)' must be a number or null, found \(p.value.typeName)") }
        return v
    }

    private func int(_ key: String) throws -> Int? {
        guard let p = property(key), let v = try number(key) else { return nil }
        guard v == v.rounded(), abs(v) < 1e15 else { throw error(p, "property '\(key)' must be a whole number, found \(v)") }
        return Int(v)
    }

    private func bool(_ key: String) throws -> Bool? {
        guard let p = property(key) else { return nil }
        guard case .bool(let v) = p.value else { throw error(p, "property '\(key)' must be true or false, found \(p.value.typeName)") }
        return v
    }

    private func day(_ key: String) throws -> CalendarDay? {
        guard let p = property(key), let s = try string(key) else { return nil }
        // QGIS writes Date fields as "2019-01-03" and DateTime ones as "2019-01-03T00:00:00".
        guard let d = CalendarDay(iso: String(s.prefix(10))) else { throw error(p, "property '\(key)' must be a date YYYY-MM-DD, found \"\(s.prefix(40))\"") }
        return d
    }
}

extension JSONValue {
    var isNull: Bool { if case .null = self { return true }; return false }
    var isObject: Bool { if case .object = self { return true }; return false }
    var stringValue: String? { if case .string(let s) = self { return s }; return nil }
}
