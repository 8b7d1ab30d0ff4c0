import Foundation

/// The one normalisation applied to gazetteer names and to text alike, so that "Deir ez-Zor",
/// "Dayr az Zawr" and "DEIR EZZOR" meet. `exact` folds case, diacritics, apostrophe/ayn/hamza forms,
/// hyphens and the Arabic article; `skeleton` further drops vowels and doubled letters so that
/// transliteration variants (Deir/Dayr/Der, Zor/Zawr/Zour, Raqqa/Rakka) share a key.
enum NameKey {
    /// Forms of the Arabic definite article as transliterated (al-, el-, ad-, ar-, as-, ash-, at-, az-, an-, ...).
    static let articles: Set<String> = ["al", "el", "il", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh",
                                        "ed", "er", "es", "esh", "et", "ez", "en", "ech", "ag", "ak", "aj"]

    /// Latin letters with diacritics (Ḩ, ā, ş, ...) folded to ASCII, built once.
    private static let foldTable: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for range in [0x00C0...0x024F, 0x1E00...0x1EFF, 0x02B0...0x02FF] {
            for v in range {
                guard let u = Unicode.Scalar(UInt32(v)) else { continue }
                let folded = String(u).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                    .lowercased().unicodeScalars.filter { $0.value < 0x80 && Tokenizer.isLetter($0) }
                table[UInt32(v)] = String(String.UnicodeScalarView(folded))
            }
        }
        table[0x00DF] = "ss"; table[0x00E6] = "ae"; table[0x00C6] = "ae"; table[0x0131] = "i"; table[0x0142] = "l"
        table[0x00F8] = "o"; table[0x00D8] = "o"; table[0x0111] = "d"
        return table
    }()

    /// Words of a name after folding; empty when nothing is left.
    static func words(_ text: some StringProtocol) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(current); current = "" }
        }
        for c in text.unicodeScalars {
            let v = c.value
            if v < 0x80 {
                if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A { current.unicodeScalars.append(Unicode.Scalar(UInt8(v | 0x20))) } else if v >= 0x30 && v <= 0x39 { current.unicodeScalars.append(c) } else if Tokenizer.isApostrophe(c) || c == "." { continue } else { flush() }
            } else if Tokenizer.isApostrophe(c) {
                continue
            } else if let folded = foldTable[v] {
                current += folded
            } else if v >= 0x0600 && v <= 0x06FF {
                switch v {
                case 0x064B...0x065F, 0x0670, 0x0640: continue           // harakat, superscript alef, tatweel
                case 0x0622, 0x0623, 0x0625, 0x0671: current += "ا"       // alef forms
                case 0x0629: current += "ه"                               // ta marbuta
                case 0x0649: current += "ي"                               // alef maqsura
                case 0x060C, 0x061B, 0x061F, 0x06D4: flush()              // Arabic punctuation
                default: current.unicodeScalars.append(c)
                }
            } else if c.properties.isAlphabetic || c.properties.numericType != nil {
                current += c.properties.lowercaseMapping
            } else if c.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                flush()
            }
        }
        flush()
        // The Arabic article: a separate word, or "ال" glued to an Arabic word.
        var result: [String] = []
        for (i, w) in words.enumerated() {
            if words.count > 1, articles.contains(w), i < words.count - 1 { continue }
            if w.hasPrefix("ال"), w.unicodeScalars.count > 3 { result.append(String(w.dropFirst(2))); continue }
            result.append(w)
        }
        return result
    }

    static func exact(_ text: some StringProtocol) -> String { words(text).joined(separator: " ") }

    /// Consonant skeleton of the exact key, without spaces: q→k, final h after a vowel dropped, vowels and
    /// w/y dropped, doubled letters single. Latin script only; nil when it would be too short to be safe.
    static func skeleton(ofExact key: String) -> String? {
        var out: [UInt8] = []
        let bytes = Array(key.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var i = 0
        while i < bytes.count {
            var b = bytes[i]
            let next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0x20
            let prev: UInt8 = i > 0 ? bytes[i - 1] : 0x20
            i += 1
            if b == 0x20 { continue }
            if b == UInt8(ascii: "h"), next == 0x20, "aeiou".utf8.contains(prev) { continue }
            if b == UInt8(ascii: "q") { b = UInt8(ascii: "k") }
            if b == UInt8(ascii: "c"), next != UInt8(ascii: "h") { b = UInt8(ascii: "k") }
            if "aeiouyw".utf8.contains(b) { continue }
            if b == UInt8(ascii: "h"), let last = out.last, "kgdtsz".utf8.contains(last) { continue } // kh, gh, dh, th, sh
            if out.last == b { continue }
            out.append(b)
        }
        return out.count >= 3 ? String(decoding: out, as: UTF8.self) : nil
    }
}
