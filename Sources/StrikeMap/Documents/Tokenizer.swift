/// Splits a span of a document into tokens. Apostrophes inside or at the start of a word ("Mar’a",
/// "‘Ayn") belong to it; a final "’s" is a possessive token of its own; digits with thousands separators
/// ("34,917") are one number.
enum Tokenizer {
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x27, 0x2019, 0x2018, 0x02BF, 0x02BE, 0x0060, 0x00B4, 0x02BC, 0x02BB: return true
        default: return false
        }
    }

    static func isHyphen(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c.value == 0x2010 || c.value == 0x2011 || c.value == 0x2013 || c.value == 0x2014 || c.value == 0x2212
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        return c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// Unicode White_Space, with the ASCII cases answered without a property lookup.
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D) }
        return c.properties.isWhitespace
    }

    /// Each ASCII character as a one-character string, so that punctuation tokens allocate nothing.
    private static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    static func tokenize(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> [Token] {
        precondition(from >= 0 && from <= to && to <= s.count, "a token span lies within its scalars")
        // Bytes of an ASCII word: no word of the span is longer than the span.
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, to - from))
        defer { scratch.deallocate() }
        return s.withUnsafeBufferPointer { tokenize($0, from, to, scratch) }
    }

    private static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int,
                                 _ scratch: UnsafeMutableBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity((to - from) / 5)
        // Lowercase bytes of the current token: built as UTF-8 and turned into a String once (appending
        // scalar by scalar to a String costs a growth check and a re-encoding per scalar).
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)
        var i = from
        while i < to {
            let c = s[i]
            if isDigit(c) {
                var j = i + 1
                var dots = false
                while j < to, isDigit(s[j]) || ((s[j] == "," || s[j] == ".") && j + 1 < to && isDigit(s[j + 1])) {
                    if s[j] == "." { dots = true }
                    j += 1
                }
                // "1,139" and "34,917" group thousands; "2.5" is a decimal and is kept as written.
                buffer.removeAll(keepingCapacity: true)
                for k in i..<j where s[k] != "," { buffer.append(UInt8(s[k].value)) }
                let digits = String(decoding: buffer, as: UTF8.self)
                let value = dots ? Double(digits).map { $0 < 1e15 ? Int($0) : 0 } : Int(digits)
                // A number glued to letters ("11th", "3rd") is an ordinal: part of a date.
                var k = j
                while k < to, isLetter(s[k]) { k += 1 }
                if k > j {
                    buffer.removeAll(keepingCapacity: true)
                    for m in i..<k { appendLowercase(s[m], to: &buffer) }
                    tokens.append(Token(start: i, end: k, kind: .word, lower: String(decoding: buffer, as: UTF8.self),
                                        isCapitalized: false, value: value))
                } else {
                    tokens.append(Token(start: i, end: k, kind: .number, lower: digits, isCapitalized: false, value: value))
                }
                i = k
            } else if isLetter(c) || (isApostrophe(c) && i + 1 < to && isLetter(s[i + 1])
                                      && (i == from || !isLetter(s[i - 1]))) {
                var j = i + 1
                while j < to {
                    if isLetter(s[j]) || isDigit(s[j]) { j += 1; continue }
                    if isApostrophe(s[j]), j + 1 < to, isLetter(s[j + 1]) {
                        // "’s" at the end of a word is a possessive, not part of the name.
                        if (s[j + 1] == "s" || s[j + 1] == "S") && (j + 2 >= to || !isLetter(s[j + 2])) { break }
                        j += 1
                        continue
                    }
                    break
                }
                if let token = asciiWord(s, i, j, scratch) {
                    tokens.append(token)
                    i = j
                    continue
                }
                buffer.removeAll(keepingCapacity: true)
                var firstLetter: Unicode.Scalar?
                for k in i..<j {
                    let ch = s[k]
                    if isApostrophe(ch) { buffer.append(0x27); continue }
                    if firstLetter == nil { firstLetter = ch }
                    appendLowercase(ch, to: &buffer)
                }
                let f = firstLetter ?? c
                let capitalized = f.value < 0x80 ? (f.value >= 0x41 && f.value <= 0x5A)
                    : f.properties.isUppercase || (!f.properties.isLowercase && f.value > 0x2FF)
                tokens.append(Token(start: i, end: j, kind: .word, lower: String(decoding: buffer, as: UTF8.self),
                                    isCapitalized: capitalized, value: nil))
                i = j
            } else if isApostrophe(c), i + 1 < to, s[i + 1] == "s" || s[i + 1] == "S", i > from, isLetter(s[i - 1]) {
                tokens.append(Token(start: i, end: i + 2, kind: .possessive, lower: "'s", isCapitalized: false, value: nil))
                i += 2
            } else if isHyphen(c) {
                tokens.append(Token(start: i, end: i + 1, kind: .hyphen, lower: "-", isCapitalized: false, value: nil))
                i += 1
            } else if isWhitespace(c) {
                i += 1
            } else {
                tokens.append(Token(start: i, end: i + 1, kind: .punctuation, lower: c.value < 0x80 ? asciiStrings[Int(c.value)] : String(c),
                                    isCapitalized: false, value: nil))
                i += 1
            }
        }
        return tokens
    }

    /// A word of ASCII scalars, its lowercase bytes written into `scratch` and hashed in one pass (most words
    /// of English text); nil for any other word. Same token as the general path. A word of the vocabulary
    /// takes the vocabulary's String: half the words of a text are "the", "of", "in" and their like, and
    /// sharing one String each spares an allocation per word.
    @inline(__always)
    private static func asciiWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ j: Int,
                                  _ scratch: UnsafeMutableBufferPointer<UInt8>) -> Token? {
        var h = FNV1a.basis
        var capitalized: Bool?
        for k in i..<j {
            let v = s[k].value
            guard v < 0x80 else { return nil }
            // A grave accent is an apostrophe too (`isApostrophe`).
            var b = v == 0x60 ? 0x27 : UInt8(v)
            if b != 0x27, capitalized == nil { capitalized = b >= 0x41 && b <= 0x5A }
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            scratch[k - i] = b
            h = FNV1a.step(h, b)
        }
        let vocabulary = Lexicon.shared.vocabulary
        let bytes = UnsafeBufferPointer(rebasing: scratch[0..<(j - i)])
        let word = vocabulary.id(h, utf8: bytes)
        let lower = word >= 0 ? vocabulary.words[Int(word)] : String(decoding: bytes, as: UTF8.self)
        return Token(start: i, end: j, kind: .word, lower: lower, isCapitalized: capitalized ?? false, value: nil, hash: h, word: word)
    }

    /// The lowercase form of a scalar as UTF-8 (ASCII without a property lookup).
    private static func appendLowercase(_ ch: Unicode.Scalar, to buffer: inout [UInt8]) {
        if ch.value < 0x80 {
            let v = UInt8(ch.value)
            buffer.append(v >= 0x41 && v <= 0x5A ? v | 0x20 : v)
        } else {
            buffer.append(contentsOf: ch.properties.lowercaseMapping.utf8)
        }
    }
}
