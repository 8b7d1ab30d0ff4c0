import Foundation

/// Reads a table's records one at a time from an open file, holding one record: RFC 4180 CSV (a field in
/// double quotes may hold commas, line breaks and doubled quotes; lines end in LF or CRLF), TSV (fields
/// split at tabs, no quoting, as IANA's text/tab-separated-values has none), or JSON Lines (a line a record,
/// parsed by the caller). A record longer than `limit` bytes is read past, not held; blank lines are no
/// records.
struct TableRecordReader {
    enum Record {
        case fields([String], line: Int)
        /// A JSON Lines record, its bytes.
        case bytes([UInt8], line: Int)
        case tooLong(line: Int)
        /// A quoted field still open at the end of the file: the record from `line` ran to the end.
        case unterminatedQuote(line: Int)
    }

    private let file: TableFile
    private let format: TableFormat
    private let limit: Int
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var count = 0, position = 0, atEnd = false
    /// The line the next byte is on (1-based).
    private var line = 1

    init(file: TableFile, format: TableFormat, limit: Int) {
        self.file = file
        self.format = format
        self.limit = limit
    }

    /// The next record, nil at the end of the file.
    mutating func next() -> Record? {
        while true {
            guard let record = nextRecord() else { return nil }
            switch record {
            case .fields(let f, _) where f.count == 1 && f[0].isEmpty: continue
            case .bytes(let b, _) where b.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }): continue
            default: return record
            }
        }
    }

    private mutating func nextRecord() -> Record? {
        let start = line
        let separator: UInt8 = format == .tsv ? 9 : 44
        var fields: [String] = []
        var field: [UInt8] = []
        var size = 0, tooLong = false, quoted = false, any = false
        // Past the limit the record is read to its end but not held.
        func keep(_ b: UInt8) {
            size += 1
            if size > limit { tooLong = true; field = [] }
            if !tooLong { field.append(b) }
        }
        func finish() -> Record {
            if field.last == 13 { field.removeLast() }
            fields.append(String(decoding: field, as: UTF8.self))
            if tooLong { return .tooLong(line: start) }
            return format == .jsonl ? .bytes(field, line: start) : .fields(fields, line: start)
        }
        while let b = nextByte() {
            any = true
            if b == 10 { line += 1 }
            if quoted {
                if b == 34 {
                    // A doubled quote is a quote; a single one closes the field.
                    if peekByte() == 34 { _ = nextByte(); keep(34) } else { quoted = false }
                } else {
                    keep(b)
                }
                continue
            }
            if b == 10 { return finish() }
            if format != .jsonl {
                if b == separator { fields.append(String(decoding: field, as: UTF8.self)); field = []; continue }
                if b == 34, format == .csv, field.isEmpty { quoted = true; continue }
            }
            keep(b)
        }
        guard any else { return nil }
        return quoted ? .unterminatedQuote(line: start) : finish()
    }

    private mutating func nextByte() -> UInt8? {
        guard fill() else { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    private mutating func peekByte() -> UInt8? { fill() ? buffer[position] : nil }

    /// Whether a byte is waiting, reading the next block when the buffer is spent.
    private mutating func fill() -> Bool {
        if position < count { return true }
        guard !atEnd else { return false }
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(file.fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { atEnd = true; return false }
            count = n
            position = 0
            return true
        }
    }
}
