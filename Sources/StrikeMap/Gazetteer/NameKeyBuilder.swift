/// NameKey's normalisation at the byte level, reusing its buffers: indexing the 1.4 million names of the
/// world gazetteer must allocate nothing per name, or loading it takes seconds instead of a fraction of one.
struct NameKeyBuilder {
    /// The exact key's UTF-8 bytes: folded words joined by single spaces.
    private(set) var key: [UInt8] = []
    /// Words in `key` (after the Arabic article is dropped).
    private(set) var wordCount = 0
    private var raw: [UInt8] = []
    private var ranges: [Range<Int>] = []

    init() {
        key.reserveCapacity(64)
        raw.reserveCapacity(64)
        ranges.reserveCapacity(8)
    }

    /// Latin letters with diacritics (Ḩ, ā, ş, ...) folded to ASCII bytes, built once.
    private static let foldTable: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        for range in [0x00C0...0x024F, 0x1E00...0x1EFF, 0x02B0...0x02FF] {
            for v in range {
                guard let u = Unicode.Scalar(UInt32(v)) else { continue }
                let folded = String(u).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                    .lowercased().utf8.filter { $0 < 0x80 && (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }
                table[UInt32(v)] = Array(folded)
            }
        }
        for (v, s) in [(0x00DF, "ss"), (0x00E6, "ae"), (0x00C6, "ae"), (0x0131, "i"), (0x0142, "l"), (0x00F8, "o"),
                       (0x00D8, "o"), (0x0111, "d")] as [(UInt32, String)] { table[v] = Array(s.utf8) }
        return table
    }()

    /// The transliterated Arabic article as 24-bit codes of its letters (see `NameKey.articles`).
    private static let articleCodes: Set<UInt32> = Set(NameKey.articles.map { code(Array($0.utf8)[...]) })

    private static func code(_ w: ArraySlice<UInt8>) -> UInt32 { w.reduce(0) { $0 << 8 | UInt32($1) } }

    /// Normalises `name` into `key`; returns false when nothing is left.
    @discardableResult
    mutating func build(_ name: some StringProtocol) -> Bool {
        raw.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        var wordStart = 0
        func flush(_ raw: [UInt8], _ ranges: inout [Range<Int>]) {
            if raw.count > wordStart { ranges.append(wordStart..<raw.count) }
            wordStart = raw.count
        }
        for c in name.unicodeScalars {
            let v = c.value
            if v < 0x80 {
                let lower = UInt8(v) | 0x20
                if lower >= 0x61 && lower <= 0x7A { raw.append(lower) } else if v >= 0x30 && v <= 0x39 { raw.append(UInt8(v)) } else if v == 0x27 || v == 0x60 || v == 0x2E {
                    continue // apostrophes and dots join ("Mar'a", "St.")
                } else { flush(raw, &ranges) }
            } else if Tokenizer.isApostrophe(c) {
                continue
            } else if let folded = Self.foldTable[v] {
                raw.append(contentsOf: folded)
            } else if v >= 0x0600 && v <= 0x06FF {
                switch v {
                case 0x064B...0x065F, 0x0670, 0x0640: continue                   // harakat, superscript alef, tatweel
                case 0x0622, 0x0623, 0x0625, 0x0671: raw.append(contentsOf: [0xD8, 0xA7]) // alef forms -> ا
                case 0x0629: raw.append(contentsOf: [0xD9, 0x87])                 // ta marbuta -> ه
                case 0x0649: raw.append(contentsOf: [0xD9, 0x8A])                 // alef maqsura -> ي
                case 0x060C, 0x061B, 0x061F, 0x06D4: flush(raw, &ranges)          // Arabic punctuation
                default: raw.append(contentsOf: Array(String(c).utf8))
                }
            } else if c.properties.isAlphabetic || c.properties.numericType != nil {
                if c.properties.changesWhenLowercased { raw.append(contentsOf: c.properties.lowercaseMapping.utf8) } else { append(c) }
            } else if c.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                flush(raw, &ranges)
            }
        }
        flush(raw, &ranges)
        key.removeAll(keepingCapacity: true)
        wordCount = 0
        for (i, r) in ranges.enumerated() {
            var w = r
            // The article as a word of its own ("al Qaim", "Deir ez-Zor"), never the whole name or its last word.
            if ranges.count > 1, i < ranges.count - 1, w.count <= 3, Self.articleCodes.contains(Self.code(raw[w])) { continue }
            // "ال" glued to an Arabic word (القائم).
            if w.count > 6, raw[w.lowerBound] == 0xD8, raw[w.lowerBound + 1] == 0xA7, raw[w.lowerBound + 2] == 0xD9,
               raw[w.lowerBound + 3] == 0x84 { w = (w.lowerBound + 4)..<w.upperBound }
            if !key.isEmpty { key.append(0x20) }
            key.append(contentsOf: raw[w])
            wordCount += 1
        }
        return !key.isEmpty
    }

    private mutating func append(_ c: Unicode.Scalar) {
        var v = c.value
        if v < 0x800 {
            raw.append(UInt8(0xC0 | v >> 6)); raw.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            raw.append(UInt8(0xE0 | v >> 12)); raw.append(UInt8(0x80 | v >> 6 & 0x3F)); raw.append(UInt8(0x80 | v & 0x3F))
        } else {
            raw.append(UInt8(0xF0 | v >> 18)); raw.append(UInt8(0x80 | v >> 12 & 0x3F))
            v &= 0xFFF; raw.append(UInt8(0x80 | v >> 6)); raw.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// The consonant skeleton of `key` (see `NameKey.skeleton(ofExact:)`) into `out`; false when the key
    /// is not Latin script or the skeleton would be under 3 letters.
    func skeleton(into out: inout [UInt8]) -> Bool {
        NameKey.skeleton(of: key, into: &out)
    }
}
