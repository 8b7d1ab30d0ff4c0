/// A forward reader of JSON bytes for `TypedGeoJSON`: strict RFC 8259 values read straight into Swift
/// values, without line and column. Whatever it is not sure reads exactly as `JSONParser` would (an error,
/// a number form strtod and the grammar disagree on, an escape outside the usual ones) throws `Unsure`, and
/// the caller reads the file with `JSONParser` instead.
struct JSONCursor {
    struct Unsure: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    var i: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // A UTF-8 byte order mark is skipped, as `JSONParser` does.
        i = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    var atEnd: Bool { i >= bytes.count }

    /// The next byte after white space (RFC 8259 §2: space, tab, CR, LF), not consumed; nil at the end.
    mutating func peek() -> UInt8? {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        return i < bytes.count ? bytes[i] : nil
    }

    /// Consumes `byte` after white space, or throws.
    mutating func expect(_ byte: UInt8) throws(Unsure) {
        guard peek() == byte else { throw Unsure() }
        i += 1
    }

    /// Consumes `byte` after white space when it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        i += 1
        return true
    }

    /// After an object's member or an array's item: true when another follows (a comma), false at `close`.
    mutating func more(before close: UInt8) throws(Unsure) -> Bool {
        if take(UInt8(ascii: ",")) { return true }
        try expect(close)
        return false
    }

    /// A member name and its colon. Only names of ASCII without escapes are read: their bytes then compare
    /// as `String` compares them (canonical equivalence could make other spellings one name).
    mutating func name() throws(Unsure) -> Range<Int> {
        try expect(UInt8(ascii: "\""))
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
            guard bytes[i] >= 0x20, bytes[i] < 0x80, bytes[i] != UInt8(ascii: "\\") else { throw Unsure() }
            i += 1
        }
        guard i < bytes.count else { throw Unsure() }
        let range = start..<i
        i += 1
        try expect(UInt8(ascii: ":"))
        return range
    }

    /// Whether the bytes in `range` are `word`'s.
    func bytes(_ range: Range<Int>, equal word: [UInt8]) -> Bool {
        guard range.count == word.count else { return false }
        var k = 0
        while k < word.count { if bytes[range.lowerBound + k] != word[k] { return false }; k += 1 }
        return true
    }

    /// Consumes `null` when it is next.
    mutating func null() -> Bool { literal("null") }

    /// `true` or `false`, or throws.
    mutating func boolean() throws(Unsure) -> Bool {
        if literal("true") { return true }
        if literal("false") { return false }
        throw Unsure()
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        guard peek() != nil, i + word.utf8CodeUnitCount <= bytes.count else { return false }
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for k in 0..<w.count where bytes[i + k] != w[k] { return false }
        i += w.count
        return true
    }

    /// A string, decoded as `JSONParser` decodes it (its bytes through `String(decoding:as:)`).
    mutating func string() throws(Unsure) -> String {
        try expect(UInt8(ascii: "\""))
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)]), as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard b >= 0x20 else { throw Unsure() }
            i += 1
        }
        throw Unsure()
    }

    /// The rest of a string that has escapes, from its first byte at `start`.
    private mutating func escapedString(from start: Int) throws(Unsure) -> String {
        var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard b >= 0x20 else { throw Unsure() }
            guard b == UInt8(ascii: "\\") else { out.append(b); continue }
            guard i < bytes.count else { throw Unsure() }
            let e = bytes[i]
            i += 1
            if let byte = JSONParser.escaped(e) { out.append(byte); continue }
            switch e {
            case UInt8(ascii: "u"):
                var code = try hex4()
                // A surrogate pair (RFC 8259 §7) is read; a lone half is left to `JSONParser`'s error.
                if (0xD800..<0xDC00).contains(code) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { throw Unsure() }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw Unsure() }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw Unsure() }
                out.append(contentsOf: String(scalar).utf8)
            default: throw Unsure()
            }
        }
        throw Unsure()
    }

    /// Four hex digits exactly (`JSONParser` reads them with `UInt32(_:radix:)`, which also takes a sign).
    private mutating func hex4() throws(Unsure) -> UInt32 {
        guard i + 4 <= bytes.count else { throw Unsure() }
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let b = bytes[k]
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = v << 4 | UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = v << 4 | UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): v = v << 4 | UInt32(b - UInt8(ascii: "A") + 10)
            default: throw Unsure()
            }
        }
        i += 4
        return v
    }
}

extension JSONCursor {
    /// Whether two ranges of the bytes hold the same bytes.
    func bytes(_ a: Range<Int>, equal b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        var k = 0
        while k < a.count { if bytes[a.lowerBound + k] != bytes[b.lowerBound + k] { return false }; k += 1 }
        return true
    }

    /// Skips a string, number, `true`, `false` or `null`, checked as `JSONParser` checks it; an object or
    /// an array is not read here (it could hold repeated names, or be deeper than `JSONParser` allows).
    mutating func skipPlainValue() throws(Unsure) {
        switch peek() {
        case UInt8(ascii: "\"")?: _ = try string()
        case UInt8(ascii: "t")?, UInt8(ascii: "f")?: _ = try boolean()
        case UInt8(ascii: "n")?: guard null() else { throw Unsure() }
        default: _ = try number()
        }
    }
}
