import Foundation

/// Reads strike events back from GeoJSON: the product's own output, a file edited in QGIS, or one written
/// by another tool. Properties it knows are read with their types checked (a wrong type names the feature,
/// the property and where it is); others are ignored.
public enum GeoJSONReader {
    /// Events and warnings (features skipped and why).
    public struct Result: Sendable {
        public var events: [StrikeEvent]
        public var diagnostics: [Diagnostic]
    }

    public static func read(path: String) throws -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(path: path, message: "cannot read: no such file, a directory, or no permission")
        }
        return try parse(Array(data), path: path)
    }

    public static func parse(_ bytes: [UInt8], path: String) throws -> Result {
        var parser = JSONParser(bytes)
        let root: JSONValue.Located
        do { root = try parser.parse() } catch let f as JSONParser.Failure {
            throw ImportError(path: path, line: f.line, column: f.column, message: f.message)
        }
        let features: [JSONValue.Located]
        switch root.value.member("type")?.value {
        case .string("FeatureCollection")?:
            guard let list = root.value.member("features"), case .array(let items) = list.value else {
                throw ImportError(path: path, line: root.line, column: root.column, message: "a FeatureCollection needs a 'features' array")
            }
            features = items
        case .string("Feature")?: features = [root]
        default:
            throw ImportError(path: path, line: root.line, column: root.column, message: "expected a GeoJSON FeatureCollection or Feature (RFC 7946)")
        }
        var events: [StrikeEvent] = []
        var diagnostics: [Diagnostic] = []
        for (n, f) in features.enumerated() {
            var reader = FeatureReader(path: path, index: n + 1, feature: f)
            if let e = try reader.event() { events.append(e) }
            diagnostics += reader.warnings
        }
        return Result(events: events, diagnostics: diagnostics)
    }
}
