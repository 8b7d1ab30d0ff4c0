/// One feature of `TypedGeoJSON`'s FeatureCollection read from its bytes: `type`, `id`, a Point or null
/// `geometry`, and `properties` read by `EventField`'s table into `PropertySlots`. Throws `Unsure` where
/// `FeatureReader` would report something (an error, a warning) or where this reader cannot be sure to
/// read as it does.
enum TypedFeature {
    /// The contract's fields in the order the product writes them (keys sorted), their names' bytes and types.
    private static let fields = EventField.sortedTable.map(\.field)
    private static let names = fields.map { Array($0.name.utf8) }
    private static let types = EventField.sortedTable.map(\.row.type)
    private static let type = Array("type".utf8), id = Array("id".utf8), geometry = Array("geometry".utf8)
    private static let properties = Array("properties".utf8), coordinates = Array("coordinates".utf8)

    /// The features of one file so far.
    struct Reader {
        let path: String
        private(set) var events: [StrikeEvent] = []
        /// The position in `fields` of the next key expected: each feature of the product's output has the
        /// same keys in the same order, so a key is nearly always found at the first comparison.
        private var next = 0

        /// Features of the file read elsewhere before these, for the features' 1-based index.
        private let before: Int

        init(path: String, before: Int = 0) {
            self.path = path
            self.before = before
        }

        mutating func feature(_ cursor: inout JSONCursor) throws(JSONCursor.Unsure) {
            let index = before + events.count + 1
            try cursor.expect(UInt8(ascii: "{"))
            var seen = MemberNames()
            var slots = PropertySlots()
            var featureID: String?, point: Coordinate?
            if !cursor.take(UInt8(ascii: "}")) {
                repeat {
                    let name = try cursor.name()
                    try seen.insert(name, cursor)
                    if cursor.bytes(name, equal: TypedFeature.geometry) {
                        point = try TypedFeature.point(&cursor)
                    } else if cursor.bytes(name, equal: TypedFeature.properties) {
                        if !cursor.null() { try properties(&cursor, into: &slots) }
                    } else if cursor.bytes(name, equal: TypedFeature.id), cursor.peek() == UInt8(ascii: "\"") {
                        featureID = try cursor.string()
                    } else {
                        // `type` and other members of a feature are not read (`FeatureCollectionRoot` checks the root's).
                        try cursor.skipPlainValue()
                    }
                } while try cursor.more(before: UInt8(ascii: "}"))
            }
            do {
                try slots.checkContract()
                var e = try slots.unplacedEvent(path: path, index: index, featureID: featureID)
                if let point { try slots.place(&e, at: point, index: index) }
                events.append(e)
            } catch {
                throw JSONCursor.Unsure()
            }
        }

        /// The members of `properties`: contract fields by their type, others of plain values, each once.
        private mutating func properties(_ cursor: inout JSONCursor, into slots: inout PropertySlots) throws(JSONCursor.Unsure) {
            try cursor.expect(UInt8(ascii: "{"))
            guard !cursor.take(UInt8(ascii: "}")) else { return }
            var found: UInt64 = 0
            var others = MemberNames()
            repeat {
                let name = try cursor.name()
                guard let k = position(of: name, cursor) else {
                    try others.insert(name, cursor)
                    try cursor.skipPlainValue()
                    continue
                }
                guard found & (1 << k) == 0 else { throw JSONCursor.Unsure() }
                found |= 1 << k
                next = k + 1 == TypedFeature.fields.count ? 0 : k + 1
                slots[TypedFeature.fields[k]] = try TypedFeature.value(&cursor, TypedFeature.types[k])
            } while try cursor.more(before: UInt8(ascii: "}"))
        }

        /// The position in `fields` of the field named by the bytes, the expected one first.
        private func position(of name: Range<Int>, _ cursor: JSONCursor) -> Int? {
            if cursor.bytes(name, equal: TypedFeature.names[next]) { return next }
            return TypedFeature.names.firstIndex { cursor.bytes(name, equal: $0) }
        }
    }

    /// A property's value of the field's type, or null.
    private static func value(_ cursor: inout JSONCursor, _ type: FieldType) throws(JSONCursor.Unsure) -> PropertySlots.Value {
        if cursor.null() { return .null }
        switch type {
        case .string, .date: return .string(try cursor.string())
        case .integer, .real: return .number(try cursor.number())
        case .boolean: return .bool(try cursor.boolean())
        case .strings:
            guard cursor.take(UInt8(ascii: "[")) else { return .string(try cursor.string()) }
            var list: [String] = []
            if !cursor.take(UInt8(ascii: "]")) {
                repeat { list.append(try cursor.string()) } while try cursor.more(before: UInt8(ascii: "]"))
            }
            return .strings(list)
        }
    }

    /// A null geometry (nil) or a Point's coordinate in range: `{"type": "Point", "coordinates": [lon, lat]}`.
    private static func point(_ cursor: inout JSONCursor) throws(JSONCursor.Unsure) -> Coordinate? {
        if cursor.null() { return nil }
        try cursor.expect(UInt8(ascii: "{"))
        var seen = MemberNames()
        var isPoint = false, xy: [Double] = []
        guard !cursor.take(UInt8(ascii: "}")) else { throw JSONCursor.Unsure() }
        repeat {
            let name = try cursor.name()
            try seen.insert(name, cursor)
            if cursor.bytes(name, equal: type) {
                isPoint = try cursor.string() == "Point"
            } else if cursor.bytes(name, equal: coordinates) {
                try cursor.expect(UInt8(ascii: "["))
                repeat { xy.append(try cursor.number()) } while try cursor.more(before: UInt8(ascii: "]"))
            } else {
                try cursor.skipPlainValue()
            }
        } while try cursor.more(before: UInt8(ascii: "}"))
        // RFC 7946 §3.1.1: [longitude, latitude], perhaps an altitude after them.
        guard isPoint, xy.count >= 2, abs(xy[1]) <= 90, abs(xy[0]) <= 180 else { throw JSONCursor.Unsure() }
        return Coordinate(latitude: xy[1], longitude: xy[0])
    }
}
