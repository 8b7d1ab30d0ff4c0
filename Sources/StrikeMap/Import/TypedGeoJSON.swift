/// `GeoJSONReader`'s fast path: a FeatureCollection read from its bytes straight into events, with no
/// `JSONValue` tree and no line and column per value (on 98,484 features of `extract` output the tree
/// took 4 of the 7.9 s of `map` and most of its 853 MB). It reads the common shape (the product's own
/// output, and files like it) and returns nil for anything it is not sure of: an error or a warning to
/// report, a repeated member name, a value of an unexpected type, an unusual escape or number. The caller
/// then reads the file with `JSONParser` and `FeatureReader`, so the result is always theirs.
enum TypedGeoJSON {
    private static let type = Array("type".utf8), features = Array("features".utf8), collection = "FeatureCollection"
    private static let member = Array(OutputSchema.member.utf8), schema = Array("schema".utf8), layer = Array("layer".utf8)

    /// The events of a FeatureCollection, or nil when `JSONParser` and `FeatureReader` must read it.
    static func read(_ bytes: [UInt8], path: String) -> GeoJSONReader.Result? {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = JSONCursor(buffer)
            var features = TypedFeature.Reader(path: path)
            guard (try? collection(&cursor, &features)) != nil, cursor.peek() == nil else { return nil }
            return GeoJSONReader.Result(events: features.events, diagnostics: [])
        }
    }

    /// One feature alone (a line of strikemap's layout, read by `FeatureStream`), the `index`th of its file,
    /// or nil when `JSONParser` and `FeatureReader` must read it.
    static func feature(_ bytes: [UInt8], path: String, index: Int) -> StrikeEvent? {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = JSONCursor(buffer)
            var features = TypedFeature.Reader(path: path, before: index - 1)
            guard (try? features.feature(&cursor)) != nil, cursor.peek() == nil else { return nil }
            return features.events.first
        }
    }

    /// The root object: `type`, `features`, the `strikemap` member (`FeatureCollectionRoot.checkSchema`'s
    /// rules) and other members of plain values, in any order, each once.
    private static func collection(_ cursor: inout JSONCursor, _ reader: inout TypedFeature.Reader) throws(JSONCursor.Unsure) {
        try cursor.expect(UInt8(ascii: "{"))
        var seen = MemberNames()
        var isCollection = false, hasFeatures = false
        guard !cursor.take(UInt8(ascii: "}")) else { throw JSONCursor.Unsure() }
        repeat {
            let name = try cursor.name()
            try seen.insert(name, cursor)
            if cursor.bytes(name, equal: type) {
                isCollection = try cursor.string() == collection
            } else if cursor.bytes(name, equal: features) {
                hasFeatures = true
                try cursor.expect(UInt8(ascii: "["))
                if !cursor.take(UInt8(ascii: "]")) {
                    repeat { try reader.feature(&cursor) } while try cursor.more(before: UInt8(ascii: "]"))
                }
            } else if cursor.bytes(name, equal: member) {
                try strikemapMember(&cursor)
            } else {
                try cursor.skipPlainValue()
            }
        } while try cursor.more(before: UInt8(ascii: "}"))
        guard isCollection, hasFeatures else { throw JSONCursor.Unsure() }
    }

    /// `"strikemap": {"credits": ..., "layer": "events", "schema": 4}`: a schema this build reads, of events.
    private static func strikemapMember(_ cursor: inout JSONCursor) throws(JSONCursor.Unsure) {
        try cursor.expect(UInt8(ascii: "{"))
        var seen = MemberNames()
        var version: Double?
        guard !cursor.take(UInt8(ascii: "}")) else { throw JSONCursor.Unsure() }
        repeat {
            let name = try cursor.name()
            try seen.insert(name, cursor)
            if cursor.bytes(name, equal: schema) {
                version = try cursor.number()
            } else if cursor.bytes(name, equal: layer) {
                guard try cursor.string() == OutputSchema.Layer.events.rawValue else { throw JSONCursor.Unsure() }
            } else {
                try cursor.skipPlainValue()
            }
        } while try cursor.more(before: UInt8(ascii: "}"))
        guard let v = version, v == v.rounded(), abs(v) < 1e9, OutputSchema.readable.contains(Int(v)) else { throw JSONCursor.Unsure() }
    }
}
