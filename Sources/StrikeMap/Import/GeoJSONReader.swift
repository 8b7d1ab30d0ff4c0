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
        return try parse(try contents(path), path: path)
    }

    /// A GeoJSON file's bytes (a stream at most 512 MB); the error says why it cannot be read.
    public static func contents(_ path: String) throws(ImportError) -> [UInt8] {
        do {
            return try InputReader.read(.file(path), limit: 8_000_000_000, streamLimit: 512_000_000).bytes
        } catch {
            throw ImportError(path: path, message: error.reason)
        }
    }

    /// The events of GeoJSON text: the common shape straight from the bytes (`TypedGeoJSON`), anything
    /// else through the `JSONValue` tree, which gives the same result for every input (`TypedGeoJSONTests`).
    public static func parse(_ bytes: [UInt8], path: String) throws -> Result {
        if let result = TypedGeoJSON.read(bytes, path: path) { return result }
        return try parseTree(bytes, path: path)
    }

    /// The events of GeoJSON text read through its `JSONValue` tree: every error and warning located.
    /// (`package` for the fuzzer, which compares it with `parse`.)
    package static func parseTree(_ bytes: [UInt8], path: String) throws -> Result {
        var parser = JSONParser(bytes)
        let root: JSONValue.Located
        do { root = try parser.parse() } catch let f as JSONParser.Failure {
            throw ImportError(path: path, line: f.line, column: f.column, message: f.message)
        }
        let features = try FeatureCollectionRoot.features(root, path: path)
        var events: [StrikeEvent] = []
        var diagnostics = parser.duplicateNames.map {
            Diagnostic(.warning, file: path, line: $0.line, column: $0.column, message: "member name \"\($0.name.prefix(40))\" repeats in its object; the last one is read (RFC 8259 §4)")
        }
        for (n, f) in features.enumerated() {
            var reader = FeatureReader(path: path, index: n + 1, feature: f)
            if let e = try reader.event() { events.append(e) }
            diagnostics += reader.warnings
        }
        return Result(events: events, diagnostics: diagnostics)
    }
}
