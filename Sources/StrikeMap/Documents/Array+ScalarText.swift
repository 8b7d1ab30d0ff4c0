extension Array where Element == Unicode.Scalar {
    /// The text of `range` as a String, encoded straight into the string's storage. The same String as
    /// `String(String.UnicodeScalarView(self[range]))`, which appends scalar by scalar, re-checking capacity
    /// each time: evidence sentences and spans looked up in the gazetteer are made this way.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var n = 0
            for c in self[range] {
                let v = c.value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | v >> 6); buffer[n + 1] = UInt8(0x80 | v & 0x3F); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | v >> 12); buffer[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | v >> 18); buffer[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                }
            }
            return n
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded from its UTF-8 in one pass into storage of the right size: the same
    /// array as `Array(text.unicodeScalars)`, which counts the scalars first and then copies them one by
    /// one through the view.
    init(scalarsOf text: String) {
        var text = text
        self = text.withUTF8 { b in
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, n in
                // A String's UTF-8 is valid: lead bytes tell the length, continuation bytes are there.
                var i = 0, k = 0
                while i < b.count {
                    let c = b[i]
                    let v: UInt32
                    if c < 0x80 {
                        v = UInt32(c); i += 1
                    } else if c < 0xE0 {
                        v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                    } else if c < 0xF0 {
                        v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                    } else {
                        v = UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); i += 4
                    }
                    (out.baseAddress! + k).initialize(to: Unicode.Scalar(v)!)
                    k += 1
                }
                n = k
            }
        }
    }
}
