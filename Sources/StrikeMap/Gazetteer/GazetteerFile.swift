import Foundation

/// Reads a gazetteer file given with `--gazetteer`: a GeoNames dump (19 columns) or an overlay TSV (see
/// `OverlayRow`), told apart by the first row that is not a `#` comment.
public enum GazetteerFile {
    /// The places of one file and the warnings about rows that were skipped.
    public struct Loaded: Sendable {
        public var places: [Place]
        public var diagnostics: [Diagnostic]
        public var skippedRows: Int
    }

    /// Reads the file at `path`. With `strict`, the first malformed row is thrown instead of skipped.
    public static func read(path: String, strict: Bool = false) throws -> Loaded {
        // A file of any size (GeoNames' allCountries.txt is 1.6 GB); a stream (a FIFO, /dev/zero) at most 512 MB.
        let data: [UInt8]
        do {
            // Each block is checked as it is read: a file that is no text (a sparse 2 GB file, an image) is
            // refused at its first bad block, before the rest is read.
            var first = true
            data = try InputReader.read(.file(path), limit: 8_000_000_000, streamLimit: 512_000_000) { block in
                defer { first = false }
                if first, block.starts(with: [0xFF, 0xFE]) || block.starts(with: [0xFE, 0xFF]) { return "UTF-16; save it as UTF-8" }
                return ArticleDecoder.binaryReason(block)
            }.bytes
        } catch {
            if case .binary(_, let reason) = error { throw GazetteerError.notText(path: path, reason: reason) }
            throw GazetteerError.unreadable(path: path, reason: error.reason)
        }
        return try data.withUnsafeBytes { raw in
            try parse(raw.bindMemory(to: UInt8.self), path: path, strict: strict)
        }
    }

    /// Parses a file's bytes; `path` is only used in messages.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String, strict: Bool = false) throws -> Loaded {
        if let reason = ArticleDecoder.binaryReason(Array(bytes.prefix(65_536))) { throw GazetteerError.notText(path: path, reason: reason) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw GazetteerError.notText(path: path, reason: "UTF-16; save it as UTF-8")
        }
        if !startsAsUTF8(bytes) {
            throw GazetteerError.notText(path: path, reason: "not UTF-8 in its first 64 KB")
        }
        let bodyStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let format = try detectFormat(bytes, from: bodyStart, path: path)
        // GeoNames dumps are large (cities500 35 MB, allCountries 1.6 GB): their rows are parsed on all
        // cores, in chunks cut at line ends; overlays are small and read in one piece.
        let chunks = format.overlay == nil && bytes.count > 4_000_000 ? lineAlignedChunks(bytes, from: bodyStart) : [bodyStart..<bytes.count]
        let results = ChunkSlots(count: chunks.count, initial: ChunkParser.Result())
        // The buffer outlives the workers (concurrentPerform returns when all are done) and is only read.
        nonisolated(unsafe) let parser = ChunkParser(bytes: bytes, path: path, overlay: format.overlay, headerLine: format.headerLine)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { c in results.set(c, parser.parse(chunks[c])) }
        var places: [Place] = []
        var problems: [GazetteerError] = []
        // Ids by 64-bit hash (String keys made this check half the parse time); equal hashes compare ids.
        var firstByHash: [UInt64: Int] = [:]
        var sameHash: [UInt64: [Int]] = [:]
        var lineOf: [Int] = []
        var lineOffset = 0
        for chunk in results.takeAll() {
            problems += chunk.problems.map { $0.movedDown(by: lineOffset) }
            places.reserveCapacity(places.count + chunk.places.count)
            lineOf.reserveCapacity(places.count + chunk.places.count)
            for (k, place) in chunk.places.enumerated() {
                let line = chunk.lines[k] + lineOffset
                let h = FNV1a.hash(place.id.utf8)
                if let i = firstByHash.updateValue(places.count, forKey: h) {
                    firstByHash[h] = i
                    if let j = ([i] + (sameHash[h] ?? [])).first(where: { places[$0].id == place.id }) {
                        problems.append(.malformedRow(path: path, line: line, column: 1, message: "duplicate id '\(place.id)' (first on line \(lineOf[j]))"))
                        continue
                    }
                    sameHash[h, default: []].append(places.count)
                }
                places.append(place)
                lineOf.append(line)
            }
            lineOffset += chunk.lineCount
        }
        problems.sort { $0.line < $1.line }
        if strict, let first = problems.first { throw first }
        var diagnostics = problems.prefix(20).compactMap(\.warning)
        if !problems.isEmpty {
            diagnostics.append(Diagnostic(.warning, file: path, message:
                "\(problems.count) malformed row\(problems.count == 1 ? "" : "s") skipped\(problems.count > 20 ? " (the first 20 listed)" : ""); --strict makes them fatal"))
        }
        if places.isEmpty { throw GazetteerError.noPlaces(path: path) }
        return Loaded(places: places, diagnostics: diagnostics, skippedRows: problems.count)
    }

    /// The first row that is not blank or a `#` comment decides: an overlay header, or 19 columns.
    private static func detectFormat(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, path: String) throws -> (overlay: OverlayRow?, headerLine: Int) {
        var fields: [Range<Int>] = []
        var lines = ByteLines(bytes, from..<bytes.count)
        while let (line, r) = lines.next() {
            if lines.isBlankOrComment(r) { continue }
            let row = TabSeparatedRow(bytes, start: r.lowerBound, end: r.upperBound, path: path, line: line, fields: &fields)
            // A GeoNames row starts with its numeric id; it is no header even with a cell "ID" (Indonesia).
            if row.count == GeoNamesRow.columnCount, row.integer(0) != nil { return (nil, 0) }
            if let header = try OverlayRow(header: row) { return (header, line) }
            guard row.count == GeoNamesRow.columnCount else {
                throw GazetteerError.unknownFormat(path: path, found: "\(row.count) column\(row.count == 1 ? "" : "s") in '\(row.string(0).prefix(30))'")
            }
            return (nil, 0)
        }
        throw GazetteerError.noPlaces(path: path)
    }

    /// Byte ranges of about equal size, one per core, each ending just after a line feed.
    private static func lineAlignedChunks(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> [Range<Int>] {
        let n = min(8, max(1, ProcessInfo.processInfo.activeProcessorCount))
        var chunks: [Range<Int>] = []
        var start = from
        for k in 1...n {
            var end = k == n ? bytes.count : max(start, from + (bytes.count - from) * k / n)
            while end < bytes.count, end > 0, bytes[end - 1] != 0x0A { end += 1 }
            if end > start { chunks.append(start..<end) }
            start = end
        }
        return chunks.isEmpty ? [from..<bytes.count] : chunks
    }

    /// Whether the first 64 KB are UTF-8; the sample may cut a multi-byte character in two, which alone
    /// does not make a file binary.
    private static func startsAsUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(bytes.count, 65_536)
        for cut in 0..<(bytes.count > n ? 4 : 1) where String(validating: UnsafeBufferPointer(rebasing: bytes[0..<(n - cut)]), as: UTF8.self) != nil {
            return true
        }
        return false
    }
}
