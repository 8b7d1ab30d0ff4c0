/// The UTF-8 strings the compact records point into. Strings that many places share (admin1 codes) are
/// stored once. A string must be safe inside a raw string literal `#"""…"""#`: no line break (line endings
/// of a literal are normalised, which would move every offset after it), no `"""#` and no `\#`.
struct StringPool {
    private(set) var bytes: [UInt8] = []
    private var shared: [String: (offset: Int, length: Int)] = [:]

    mutating func add(_ s: String, id: String, shared isShared: Bool = false) throws -> (offset: Int, length: Int) {
        if isShared, let known = shared[s] { return known }
        let u = Array(s.utf8)
        if let problem = Self.problem(u) { throw CompactIndexWriter.Failure.unsafeText(id: id, "'\(s.prefix(40))' (\(problem))") }
        guard CompactDigits.fits(UInt64(bytes.count), width: 4), u.count < 4096 else {
            throw CompactIndexWriter.Failure.tooLarge("string pool at \(bytes.count) bytes")
        }
        let r = (offset: bytes.count, length: u.count)
        bytes += u
        if isShared { shared[s] = r }
        return r
    }

    /// Why `u` cannot go into a raw string literal, if it cannot.
    static func problem(_ u: [UInt8]) -> String? {
        // Control characters and the Unicode line and paragraph separators: a literal may not hold the
        // first, and a compiler or editor may take the others for line ends.
        if u.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return "a control character" }
        for k in u.indices where k + 1 < u.count && (u[k] == 0xC2 && u[k + 1] == 0x85 || k + 2 < u.count && u[k] == 0xE2 && u[k + 1] == 0x80 && (u[k + 2] == 0xA8 || u[k + 2] == 0xA9)) {
            return "a line separator"
        }
        for k in u.indices where u[k] == 0x5C && k + 1 < u.count && u[k + 1] == 0x23 { return "an escape" }
        for k in u.indices where k + 3 < u.count && u[k] == 0x22 && u[k + 1] == 0x22 && u[k + 2] == 0x22 && u[k + 3] == 0x23 {
            return "the literal's end"
        }
        return nil
    }
}
