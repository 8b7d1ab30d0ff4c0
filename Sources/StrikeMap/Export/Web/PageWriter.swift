/// The web page's bytes, handed to a sink in chunks of about a megabyte as they are written: a page of
/// 100,000 events is never one String (the page as a String, then as bytes, then script-escaped, held
/// three copies of it at once). Text written with `string` is JSON that is safe inside a script element:
/// no `<` (so no "</script>" or "<!--"), `>` or `&` as themselves, and no U+2028/U+2029, all as JSON's own
/// escapes, so that `JSON.parse` reads the same values.
struct PageWriter {
    private var buffer: [UInt8] = []
    private let sink: ([UInt8]) throws -> Void
    /// Bytes handed over so far.
    private(set) var written = 0
    static let chunk = 1 << 20

    init(sink: @escaping ([UInt8]) throws -> Void) {
        self.sink = sink
        buffer.reserveCapacity(Self.chunk + Self.chunk / 8)
    }

    mutating func raw(_ s: String) { buffer.append(contentsOf: s.utf8) }

    mutating func raw(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    mutating func comma(_ first: Bool) { if !first { buffer.append(0x2C) } }

    /// A whole number in decimal, without an intermediate String (millions of them in a large page).
    mutating func int(_ v: Int) {
        if v < 0 { buffer.append(0x2D) }
        var n = v.magnitude
        // Digits from the last, then put in order.
        let start = buffer.count
        repeat { buffer.append(0x30 + UInt8(n % 10)); n /= 10 } while n > 0
        buffer[start...].reverse()
    }

    /// A fixed number of decimals, trailing zeros removed; null when not finite (JSON has no NaN).
    mutating func number(_ v: Double, decimals: Int) { raw(v.isFinite ? JSONText.format(v, decimals: decimals) : "null") }

    mutating func string(_ s: String?) {
        guard let s else { raw("null"); return }
        JSONText.appendString(s, scriptSafe: true, to: &buffer)
    }

    /// Hands the bytes over once a chunk's worth has gathered.
    mutating func flushIfFull() throws {
        if buffer.count >= Self.chunk { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(buffer)
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
