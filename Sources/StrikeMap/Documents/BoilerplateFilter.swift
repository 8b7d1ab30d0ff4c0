/// Recognises web page furniture that never reports an event: comment prompts, share buttons, alternate
/// addresses, photo captions, bylines.
enum BoilerplateFilter {
    static let phrases: [String] = [
        "leave a reply", "your email address", "required fields", "share this article", "read comments",
        "alternate address", "can also be accessed", "subscribe", "all rights reserved", "cookie", "click here",
        "sign up", "newsletter", "follow us", "www.", "http://", "https://", "copyright", "©", "file photo",
        "(photo by", "photo:", "image:", "related:", "advertisement", "related articles", "read more",
        "getty images", "reuters photo", "ap photo", "afp photo", "you may also like", "print this",
    ]

    /// The ASCII phrases by their first byte; "©", the only other one, is looked for as a scalar.
    private static let phrasesByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 128)
        for p in phrases where p.utf8.allSatisfy({ $0 < 0x80 }) { let b = Array(p.utf8); table[Int(b[0])].append(b) }
        return table
    }()

    /// Lowercase ASCII, or nil for a scalar beyond ASCII (no ASCII phrase can match across it).
    private static func asciiLower(_ c: Unicode.Scalar) -> UInt8? {
        guard c.value < 0x80 else { return nil }
        let b = UInt8(c.value)
        return b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }

    static func isBoilerplate(_ s: [Unicode.Scalar], _ sentence: Sentence) -> Bool {
        // Phrases are matched on the scalars themselves, lowercased as they are read: building a lowercase
        // copy of every sentence first was most of this filter's time.
        let end = sentence.end
        for i in sentence.start..<end {
            if s[i] == "\u{A9}" { return true }
            guard let first = asciiLower(s[i]) else { continue }
            for p in phrasesByFirstByte[Int(first)] where i + p.count <= end {
                var k = 1
                while k < p.count, asciiLower(s[i + k]) == p[k] { k += 1 }
                if k == p.count { return true }
            }
        }
        // One or two words without a sentence mark ("Read", "Comments", "News / Military").
        if sentence.isFragment {
            var words = 0, inWord = false
            for c in s[sentence.start..<end] {
                let separator = c == " " || c == "/"
                if !separator && !inWord { words += 1 }
                inWord = !separator
            }
            if words <= 2 { return true }
        }
        return false
    }
}
