/// One GeoJSON feature to a `StrikeEvent`, with the property contract of `EventField`.
struct FeatureReader {
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
        let source = try string(.source) ?? path.split(separator: "/").last.map(String.init) ?? path
        let id = try string(.id) ?? (feature.value.member("id").flatMap { $0.value.stringValue }) ?? "feature-\(index)"
        var e = StrikeEvent(id: id, source: source, published: try day(.published), evidence: try string(.evidence) ?? "",
                            evidenceStart: try int(.evidenceStart) ?? 0, evidenceEnd: try int(.evidenceEnd) ?? 0)
        e.sources = try strings(.sources) ?? [source]
        let mention = try string(.mention)
        e.location = mention.map(EventLocation.named) ?? .unstated
        e.strikes = try int(.strikes)
        if let q = try string(.strikesQualifier).flatMap(CountQualifier.init(rawValue:)) { e.strikesQualifier = q }
        if let k = try string(.kind).flatMap(StrikeKind.init(rawValue:)) { e.kind = k }
        e.actor = try string(.actor)
        e.reportedBy = try string(.reportedBy)
        // A file of schema 3 or older has no status: its events were reports as every reader took them.
        if let s = try string(.status).flatMap(ReportStatus.init(rawValue:)) { e.status = s }
        if let text = try string(.assessment) {
            e.assessment = Assessment(text: text, start: try int(.assessmentStart) ?? 0, end: try int(.assessmentEnd) ?? 0)
        }
        e.civilianDeaths = DeathRange(min: try int(.civilianDeathsMin), max: try int(.civilianDeathsMax))
        e.combatantDeaths = DeathRange(min: try int(.combatantDeathsMin), max: try int(.combatantDeathsMax))
        e.civilianInjured = DeathRange(min: try int(.civilianInjuredMin), max: try int(.civilianInjuredMax))
        e.combatantInjured = DeathRange(min: try int(.combatantInjuredMin), max: try int(.combatantInjuredMax))
        e.targets = try string(.targets)
        e.aggregate = try bool(.aggregate) ?? false
        e.confidence = try number(.confidence)
        e.dateText = try string(.dateText)
        if let start = try day(.date) {
            let end = try day(.dateEnd)
            let precision = try int(.datePrecision).flatMap(DatePrecision.init(rawValue:)) ?? (end == nil || end == start ? .day : .days)
            e.time = .known(DateSpan(start: start, end: end ?? start, precision: precision, openEnded: end == nil && precision != .day))
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
        let stated = try int(.geoPrecision).flatMap(GeoPrecision.init(rawValue:))
        // Absent stays absent in what is written back (`absent`); the map draws such a point as exact.
        if stated == nil { e.absent.insert(.geoPrecision) }
        if try number(.uncertaintyKm) == nil { e.absent.insert(.uncertaintyKm) }
        let precision = stated ?? .exact
        let kind: PlaceKind = precision == .country ? .country : precision == .province ? .province : precision == .district ? .district : .populated
        let place = Place(id: try string(.placeId) ?? "feature-\(index)", name: try string(.place) ?? mention ?? "",
                          coordinate: Coordinate(latitude: lat, longitude: lon), country: try string(.country) ?? "", kind: kind)
        e.location = .point(PlaceMention(text: mention ?? place.name, start: 0, end: 0, place: place, precision: precision,
                                         uncertaintyKm: try number(.uncertaintyKm)))
        return e
    }

    /// Reads every contract property (`EventField`) with its type and rules checked, for `GeoJSONCheck` and
    /// before `event()` reads it: the checker and every command that reads GeoJSON accept the same files.
    /// Types are checked first, then each kind of rule over all the fields, in the table's order.
    func typeCheckedProperties() throws {
        if let p = properties, !(p.value.isNull || p.value.isObject) { throw error(p, "'properties' must be an object or null, found \(p.value.typeName)") }
        for (f, type) in FieldChecks.types {
            switch type {
            case .string: _ = try string(f)
            // An array in GeoJSON, or "a; b" as the other formats hold a list.
            case .strings: _ = try strings(f)
            case .integer: _ = try int(f)
            case .real: _ = try number(f)
            case .date: _ = try day(f)
            case .boolean: _ = try bool(f)
            }
        }
        for (f, values) in FieldChecks.choices {
            if let v = try string(f), !values.contains(v), let p = property(f) {
                throw error(p, "'\(f.name)' must be \(values.dropLast().joined(separator: ", ")) or \(values.last ?? ""), found \"\(v.prefix(40))\"")
            }
        }
        for f in FieldChecks.countryCodes {
            if let c = try string(f), c.utf8.count != 2 || !c.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), let p = property(f) {
                throw error(p, "'\(f.name)' must be an ISO 3166-1 alpha-2 code (two capital letters), found \"\(c.prefix(40))\"")
            }
        }
        for (f, range, what) in FieldChecks.ranges {
            if let v = try number(f), !range.contains(v), let p = property(f) {
                throw error(p, "'\(f.name)' must be \(what), found \(JSONText.format(v, decimals: 6))")
            }
        }
        for (f, low, isDate) in FieldChecks.orders {
            if isDate {
                if let a = try day(low), let b = try day(f), b < a, let p = property(f) {
                    throw error(p, "'\(f.name)' (\(b)) is before '\(low.name)' (\(a))")
                }
            } else if let a = try number(low), let b = try number(f), a > b, let p = property(f) {
                throw error(p, "'\(f.name)' (\(JSONText.format(b, decimals: 0))) is less than '\(low.name)' (\(JSONText.format(a, decimals: 0)))")
            }
        }
    }

    private func property(_ field: EventField) -> JSONValue.Located? {
        guard let p = contract[field], !p.value.isNull else { return nil }
        return p
    }

    private func string(_ key: EventField) throws -> String? {
        guard let p = property(key) else { return nil }
        guard case .string(let s) = p.value else { throw error(p, "property '\(key.name)' must be a string or null, found \(p.value.typeName)") }
        return s
    }

    /// An array of strings, or one string of "a; b" (how CSV, GeoPackage and Shapefile hold a list).
    private func strings(_ key: EventField) throws -> [String]? {
        guard let p = property(key) else { return nil }
        if case .string(let s) = p.value { return s.components(separatedBy: "; ").filter { !$0.isEmpty } }
        guard case .array(let items) = p.value else { throw error(p, "property '\(key.name)' must be an array of strings, found \(p.value.typeName)") }
        return try items.map { item in
            guard case .string(let s) = item.value else { throw error(item, "property '\(key.name)' must hold strings, found \(item.value.typeName)") }
            return s
        }
    }

    private func number(_ key: EventField) throws -> Double? {
        guard let p = property(key) else { return nil }
        guard case .number(let v) = p.value else { throw error(p, "property '\(key.name)' must be a number or null, found \(p.value.typeName)") }
        return v
    }

    private func int(_ key: EventField) throws -> Int? {
        guard let p = property(key), let v = try number(key) else { return nil }
        guard v == v.rounded(), abs(v) < 1e15 else { throw error(p, "property '\(key.name)' must be a whole number, found \(v)") }
        return Int(v)
    }

    private func bool(_ key: EventField) throws -> Bool? {
        guard let p = property(key) else { return nil }
        guard case .bool(let v) = p.value else { throw error(p, "property '\(key.name)' must be true or false, found \(p.value.typeName)") }
        return v
    }

    private func day(_ key: EventField) throws -> CalendarDay? {
        guard let p = property(key), let s = try string(key) else { return nil }
        // QGIS writes Date fields as "2019-01-03" and DateTime ones as "2019-01-03T00:00:00".
        guard let d = CalendarDay(iso: String(s.prefix(10))) else { throw error(p, "property '\(key.name)' must be a date YYYY-MM-DD, found \"\(s.prefix(40))\"") }
        return d
    }
}

extension JSONValue {
    var isNull: Bool { if case .null = self { return true }; return false }
    var isObject: Bool { if case .object = self { return true }; return false }
    var stringValue: String? { if case .string(let s) = self { return s }; return nil }
}
