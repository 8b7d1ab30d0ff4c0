/// The lines of a byte range, each without its line feed (and a carriage return before it), with its
/// 1-based number counted from the start of the range.
struct ByteLines: Sequence, IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let end: Int
    private var start: Int
    private var line = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        self.bytes = bytes
        start = range.lowerBound
        end = range.upperBound
    }

    /// Lines counted so far: after the loop, the number of lines in the range.
    var count: Int { line }

    mutating func next() -> (line: Int, range: Range<Int>)? {
        guard start < end else { return nil }
        var stop = start
        while stop < end, bytes[stop] != 0x0A { stop += 1 }
        line += 1
        defer { start = stop + 1 }
        let last = stop > start && bytes[stop - 1] == 0x0D ? stop - 1 : stop
        return (line, start..<last)
    }

    /// Whether a line is empty or a `#` comment.
    func isBlankOrComment(_ r: Range<Int>) -> Bool { r.isEmpty || bytes[r.lowerBound] == 0x23 }
}
