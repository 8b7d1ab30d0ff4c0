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

    /// The phrases as UTF-8 by their first byte: Foundation's `String.contains` on every sentence was a
    /// third of extraction, and a search per phrase still a tenth.
    private static let phrasesByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for p in phrases { let b = Array(p.utf8); table[Int(b[0])].append(b) }
        return table
    }()

    static func isBoilerplate(_ s: [Unicode.Scalar], _ sentence: Sentence) -> Bool {
        // The sentence as lowercase UTF-8, without building a String (ASCII is lowercased; the only
        // non-ASCII phrase is "©").
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sentence.end - sentence.start)
        for c in s[sentence.start..<sentence.end] {
            if c.value < 0x80 {
                let b = UInt8(c.value)
                bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else {
                bytes.append(contentsOf: String(c).utf8)
            }
        }
        for i in bytes.indices {
            for p in phrasesByFirstByte[Int(bytes[i])] where i + p.count <= bytes.count {
                var k = 1
                while k < p.count, bytes[i + k] == p[k] { k += 1 }
                if k == p.count { return true }
            }
        }
        // One or two words without a sentence mark ("Read", "Comments", "News / Military").
        if sentence.isFragment, bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x2F }).count <= 2 { return true }
        return false
    }
}
