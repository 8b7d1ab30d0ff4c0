import Foundation

/// Parses the rows of one line-aligned chunk of a gazetteer file. Line numbers are counted from the
/// chunk's start; `GazetteerFile` moves them down by the lines of the chunks before.
struct ChunkParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let path: String
    /// nil for a GeoNames dump.
    let overlay: OverlayRow?
    /// The overlay header's line (in the first chunk), skipped as a row.
    let headerLine: Int

    struct Result: Sendable {
        var places: [Place] = []
        /// The line of each place.
        var lines: [Int] = []
        var problems: [GazetteerError] = []
        var lineCount = 0
    }

    func parse(_ range: Range<Int>) -> Result {
        var result = Result()
        var fields: [Range<Int>] = []
        var start = range.lowerBound, line = 0
        let isFirstChunk = range.lowerBound <= 3
        while start < range.upperBound {
            var end = start
            while end < range.upperBound, bytes[end] != 0x0A { end += 1 }
            line += 1
            defer { start = end + 1 }
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            if end == start || bytes[start] == 0x23 || (isFirstChunk && line == headerLine) { continue }
            let row = TabSeparatedRow(bytes, start: start, end: end, path: path, line: line, fields: &fields)
            do {
                result.places.append(try overlay.map { try $0.place(row) } ?? GeoNamesRow.place(row))
                result.lines.append(line)
            } catch let e as GazetteerError {
                result.problems.append(e)
            } catch {
                result.problems.append(row.problem(nil, "\(error)"))
            }
        }
        result.lineCount = line
        return result
    }

    /// One slot per chunk, each written by exactly one worker before `all()` is read.
    final class Results: @unchecked Sendable {
        private var slots: [Result]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: Result(), count: count) }
        func set(_ i: Int, _ r: Result) { lock.lock(); slots[i] = r; lock.unlock() }
        func all() -> [Result] { lock.lock(); defer { lock.unlock() }; return slots }
    }
}
