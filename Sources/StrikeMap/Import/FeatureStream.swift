import Foundation

/// Reads events from a GeoJSON file a batch at a time, so that a shard larger than its parsed tree would
/// fit in memory can be merged: the layout strikemap writes (the FeatureCollection's opening on the first
/// line, then one feature a line) and GeoJSON text sequences (one feature a line, RFC 8142's record
/// separators allowed: `.geojsonl`, `.geojsons`) are read line by line; any other layout is parsed whole
/// (`GeoJSONReader`).
public enum FeatureStream {
    /// Lines read at a time: a batch of events is about this many features.
    static let batchLines = 4096

    /// Calls `batch` with the file's events in order; returns the warnings (features skipped and why).
    public static func read(path: String, batch: ([StrikeEvent]) throws -> Void) throws -> [Diagnostic] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ImportError(path: path, message: OutputError.reason(errno)) }
        defer { close(fd) }
        var lines = LineReader(fd: fd)
        guard let first = try lines.next(path) else { throw ImportError(path: path, message: "empty file; expected a GeoJSON FeatureCollection or Feature (RFC 7946)") }
        let collectionHead = Array("{\"type\":\"FeatureCollection\"".utf8), featureHead = Array("{\"type\":\"Feature\"".utf8)
        // strikemap's layout: the opening alone on the first line, ending where the features begin.
        let isCollection = first.starts(with: collectionHead) && first.last == UInt8(ascii: "[")
        let isSequence = Self.strip(first).starts(with: featureHead)
        guard isCollection || isSequence else {
            // Another layout: parsed whole.
            let result = try GeoJSONReader.read(path: path)
            try batch(result.events)
            return result.diagnostics
        }
        // The collection's opening, closed, tells the schema and layer it holds (`FeatureCollectionRoot`).
        if isCollection { _ = try GeoJSONReader.parse(first + Array("]}".utf8), path: path) }
        var diagnostics: [Diagnostic] = []
        var events: [StrikeEvent] = []
        var index = 0
        var line = 1
        var pending: [UInt8]? = isSequence ? first : nil
        while true {
            let text: [UInt8]
            if let p = pending { text = p; pending = nil } else {
                guard let next = try lines.next(path) else { break }
                text = next
                line += 1
            }
            var feature = strip(text)
            if feature.last == UInt8(ascii: ",") { feature.removeLast() }
            if feature.isEmpty || feature == Array("]}".utf8) { continue }
            index += 1
            // The line straight from its bytes when it can be (`TypedGeoJSON`), otherwise through its tree.
            if let e = TypedGeoJSON.feature(feature, path: path, index: index) {
                events.append(e)
            } else {
                var parser = JSONParser(feature)
                let root: JSONValue.Located
                do { root = try parser.parse() } catch let f as JSONParser.Failure {
                    throw ImportError(path: path, line: line, column: f.column, message: f.message)
                }
                var reader = FeatureReader(path: path, index: index, feature: root)
                if let e = try reader.event() { events.append(e) }
                diagnostics += reader.warnings
            }
            if events.count >= batchLines {
                try batch(events)
                events = []
            }
        }
        if !events.isEmpty { try batch(events) }
        return diagnostics
    }

    /// A line without RFC 8142's record separator, its carriage return and surrounding spaces.
    private static func strip(_ line: [UInt8]) -> [UInt8] {
        var s = line[...]
        while let c = s.first, c == 0x1E || c == 0x20 || c == 0x09 { s = s.dropFirst() }
        while let c = s.last, c == 0x0D || c == 0x20 || c == 0x09 { s = s.dropLast() }
        return Array(s)
    }
}

/// Lines of a file read a megabyte at a time.
private struct LineReader {
    let fd: Int32
    var buffer: [UInt8] = []
    var start = 0
    var ended = false

    init(fd: Int32) { self.fd = fd }

    mutating func next(_ path: String) throws -> [UInt8]? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<nl])
                start = nl + 1
                return line
            }
            if ended {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            buffer.removeSubrange(..<start)
            start = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ImportError(path: path, message: OutputError.reason(errno))
            }
            if n == 0 { ended = true } else { buffer += chunk[..<n] }
        }
    }
}
