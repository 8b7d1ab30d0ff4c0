/// The one normalisation applied to gazetteer names and to text alike, so that "Deir ez-Zor",
/// "Dayr az Zawr" and "DEIR EZZOR" meet. `exact` folds case, diacritics, apostrophe/ayn/hamza forms,
/// hyphens and the Arabic article; `skeleton` further drops vowels and doubled letters so that
/// transliteration variants (Deir/Dayr/Der, Zor/Zawr/Zour, Raqqa/Rakka) share a key.
enum NameKey {
    /// The exact key: folded words joined by single spaces; "" when nothing is left.
    static func exact(_ text: some StringProtocol) -> String {
        var b = NameKeyBuilder()
        b.build(text)
        return String(decoding: b.key, as: UTF8.self)
    }

    /// Consonant skeleton of an exact key, without spaces; nil when it would be too short to be safe.
    static func skeleton(ofExact key: String) -> String? {
        var out: [UInt8] = []
        return skeleton(of: Array(key.utf8), into: &out) ? String(decoding: out, as: UTF8.self) : nil
    }

    /// q→k, c→k (not in "ch"), final h after a vowel dropped, vowels and w/y dropped, kh/gh/dh/th/sh as
    /// their first letter, doubled letters single. When fewer than 3 consonants are left ("Raqqa",
    /// "Hawijah"), each run of vowels becomes `*` instead ("r*k*", "h*j*"), so that short names still meet
    /// their variants ("Rakka", "Huwayjah"); under 4 symbols that is too little to be safe. Latin script
    /// only: false for anything else.
    static func skeleton(of bytes: [UInt8], into out: inout [UInt8]) -> Bool {
        guard consonants(of: bytes, into: &out, vowelMark: nil) else { return false }
        if out.count >= 3 { return true }
        _ = consonants(of: bytes, into: &out, vowelMark: UInt8(ascii: "*"))
        return out.count >= 4 && out.count(where: { $0 != UInt8(ascii: "*") }) >= 2
    }

    private static func consonants(of bytes: [UInt8], into out: inout [UInt8], vowelMark: UInt8?) -> Bool {
        out.removeAll(keepingCapacity: true)
        var i = 0
        while i < bytes.count {
            var b = bytes[i]
            guard b < 0x80 else { return false }
            let next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0x20
            let prev: UInt8 = i > 0 ? bytes[i - 1] : 0x20
            i += 1
            if b == 0x20 { continue }
            if b == UInt8(ascii: "h"), next == 0x20, isVowel(prev) { continue }
            if b == UInt8(ascii: "q") { b = UInt8(ascii: "k") }
            if b == UInt8(ascii: "c"), next != UInt8(ascii: "h") { b = UInt8(ascii: "k") }
            if isVowel(b) || b == UInt8(ascii: "y") || b == UInt8(ascii: "w") {
                if let mark = vowelMark, out.last != mark { out.append(mark) }
                continue
            }
            if b == UInt8(ascii: "h"), let last = out.last, "kgdtsz".utf8.contains(last) { continue }
            if out.last == b { continue }
            out.append(b)
        }
        return true
    }

    private static func isVowel(_ b: UInt8) -> Bool {
        b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75
    }
}
