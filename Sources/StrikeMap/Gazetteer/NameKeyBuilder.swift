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

    /// What a scalar of the Basic Multilingual Plane does in a key, looked up in one table: Unicode
    /// property queries were the largest cost of indexing the world gazetteer's 1.4 million names.
    private enum ScalarClass: UInt8 {
        case separator = 0, letter, lowercase, skip, fold, arabic
    }

    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: ScalarClass.separator.rawValue, count: 0x10000)
        for v in 0x80..<0x10000 {
            guard let c = Unicode.Scalar(UInt32(v)) else { continue }
            let kind: ScalarClass
            if Tokenizer.isApostrophe(c) { kind = .skip } else if (v < 0x1F00 && !foldTable[v].isEmpty) || (0x02B0...0x02FF).contains(v) { kind = .fold } else if arabicSpecial.contains(v) { kind = .arabic } else {
                // One property query per scalar: the table is built at startup.
                switch c.properties.generalCategory {
                case .uppercaseLetter, .titlecaseLetter: kind = .lowercase
                case .lowercaseLetter, .modifierLetter, .otherLetter, .spacingMark, .decimalNumber, .letterNumber, .otherNumber: kind = .letter
                case .nonspacingMark, .enclosingMark, .format: kind = .skip
                default: kind = .separator
                }
            }
            table[v] = kind.rawValue
        }
        return table
    }()

    /// Arabic letters and marks a key spells differently (alef and ta marbuta forms, harakat, tatweel).
    private static let arabicSpecial: Set<Int> = Set(Array(0x064B...0x065F) + [0x0670, 0x0640, 0x0622, 0x0623, 0x0625, 0x0671, 0x0629, 0x0649,
                                                                              0x060C, 0x061B, 0x061F, 0x06D4])

    /// Latin letters with diacritics (Ḩ, ā, ş, ...) folded to ASCII bytes, by scalar value below U+1F00;
    /// empty for the rest.
    private static let foldTable: [[UInt8]] = {
        var table = [[UInt8]](repeating: [], count: 0x1F00)
        for range in [0x00C0...0x024F, 0x1E00...0x1EFF, 0x02B0...0x02FF] {
            for v in range {
                guard let u = Unicode.Scalar(UInt32(v)) else { continue }
                let folded = String(u).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                    .lowercased().utf8.filter { $0 < 0x80 && (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }
                table[v] = Array(folded)
            }
        }
        for (v, s) in [(0x00DF, "ss"), (0x00E6, "ae"), (0x00C6, "ae"), (0x0131, "i"), (0x0142, "l"), (0x00F8, "o"),
                       (0x00D8, "o"), (0x0111, "d")] as [(Int, String)] { table[v] = Array(s.utf8) }
        return table
    }()

    /// The transliterated Arabic article as 24-bit codes of its letters (see `PlaceWords.articles`).
    private static let articleCodes: Set<UInt32> = Set(Lexicon.shared.places.articles.words.map { code(Array($0.utf8)[...]) })

    private static func code(_ w: ArraySlice<UInt8>) -> UInt32 { w.reduce(0) { $0 << 8 | UInt32($1) } }

    /// Normalises `name` into `key`; returns false when nothing is left.
    @discardableResult
    mutating func build(_ name: some StringProtocol) -> Bool {
        var text = String(name)
        return text.withUTF8 { build(utf8: $0) }
    }

    /// Works on the bytes, decoding only non-ASCII scalars: every name of the gazetteer is keyed at load,
    /// and most are ASCII.
    mutating func build(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        raw.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        var wordStart = 0
        func flush(_ raw: [UInt8], _ ranges: inout [Range<Int>]) {
            if raw.count > wordStart { ranges.append(wordStart..<raw.count) }
            wordStart = raw.count
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                let lower = b | 0x20
                if lower >= 0x61 && lower <= 0x7A { raw.append(lower) } else if b >= 0x30 && b <= 0x39 { raw.append(b) } else if b == 0x27 || b == 0x60 || b == 0x2E {
                    continue // apostrophes and dots join ("Mar'a", "St.")
                } else { flush(raw, &ranges) }
                continue
            }
            // Strings hold valid UTF-8: the lead byte gives the length.
            let n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var v = UInt32(b) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
            for k in 1..<n { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
            let start = i
            i += n
            let kind = v < 0x10000 ? (ScalarClass(rawValue: Self.classes[Int(v)]) ?? .separator)
                : (Unicode.Scalar(v)?.properties.isAlphabetic == true ? .lowercase : .separator)
            switch kind {
            case .separator: flush(raw, &ranges)
            case .skip: continue
            case .fold: raw.append(contentsOf: Self.foldTable[Int(v)])
            case .letter: for k in start..<i { raw.append(bytes[k]) }
            case .lowercase: raw.append(contentsOf: (Unicode.Scalar(v)?.properties.lowercaseMapping ?? "").utf8)
            case .arabic:
                switch v {
                case 0x0622, 0x0623, 0x0625, 0x0671: raw.append(0xD8); raw.append(0xA7) // alef forms -> ا
                case 0x0629: raw.append(0xD9); raw.append(0x87)                          // ta marbuta -> ه
                case 0x0649: raw.append(0xD9); raw.append(0x8A)                          // alef maqsura -> ي
                case 0x060C, 0x061B, 0x061F, 0x06D4: flush(raw, &ranges)                 // Arabic punctuation
                default: continue                                                         // harakat, superscript alef, tatweel
                }
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

    /// The consonant skeleton of `key` (see `NameKey.skeleton(ofExact:)`) into `out`; false when the key
    /// is not Latin script or the skeleton would be under 3 letters.
    func skeleton(into out: inout [UInt8]) -> Bool {
        NameKey.skeleton(of: key, into: &out)
    }
}
