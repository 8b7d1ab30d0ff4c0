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
        let isFirstChunk = range.lowerBound <= 3
        var lines = ByteLines(bytes, range)
        while let (line, r) = lines.next() {
            if lines.isBlankOrComment(r) || (isFirstChunk && line == headerLine) { continue }
            let row = TabSeparatedRow(bytes, start: r.lowerBound, end: r.upperBound, path: path, line: line, fields: &fields)
            do {
                result.places.append(try overlay.map { try $0.place(row) } ?? GeoNamesRow.place(row))
                result.lines.append(line)
            } catch let e as GazetteerError {
                result.problems.append(e)
            } catch {
                result.problems.append(row.problem(nil, "\(error)"))
            }
        }
        result.lineCount = lines.count
        return result
    }
}
