/// The top of a GeoJSON text as strikemap reads it: a FeatureCollection (or one bare Feature) whose
/// `strikemap` member (RFC 7946 §6.1), when there, names a contract version this build reads and a layer of
/// events. What `GeoJSONReader` and `GeoJSONCheck` both accept.
enum FeatureCollectionRoot {
    static func features(_ root: JSONValue.Located, path: String) throws(ImportError) -> [JSONValue.Located] {
        func fail(_ at: JSONValue.Located, _ message: String) -> ImportError {
            ImportError(path: path, line: at.line, column: at.column, message: message)
        }
        switch root.value.member("type")?.value {
        case .string("FeatureCollection")?:
            guard let list = root.value.member("features"), case .array(let items) = list.value else {
                throw fail(root, "a FeatureCollection needs a 'features' array")
            }
            if let member = root.value.member(OutputSchema.member) { try checkSchema(member, fail) }
            return items
        case .string("Feature")?:
            return [root]
        default:
            throw fail(root, "expected a GeoJSON FeatureCollection or Feature (RFC 7946)")
        }
    }

    private static func checkSchema(_ member: JSONValue.Located, _ fail: (JSONValue.Located, String) -> ImportError) throws(ImportError) {
        let name = OutputSchema.member, readable = OutputSchema.readable
        guard member.value.isObject, let schema = member.value.member("schema"), case .number(let v) = schema.value,
              v == v.rounded(), abs(v) < 1e9 else {
            throw fail(member, "'\(name)' must be an object with a whole-number 'schema' (the output contract's version)")
        }
        guard readable.contains(Int(v)) else {
            throw fail(schema, "schema \(Int(v)) is not one this strikemap reads (\(readable.lowerBound)–\(readable.upperBound))"
                             + (Int(v) > readable.upperBound ? ": the file was written by a newer strikemap" : ""))
        }
        if let layer = member.value.member("layer"), layer.value.stringValue != OutputSchema.Layer.events.rawValue {
            let found = layer.value.stringValue.map { "\"\($0.prefix(40))\"" } ?? layer.value.typeName
            throw fail(layer, "this file's layer is \(found), not \"events\": map, timeline, export and check read strike events (`extract`, `run`), not `places` output")
        }
    }
}
