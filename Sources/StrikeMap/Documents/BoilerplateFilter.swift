/// Recognises web page furniture that never reports an event (`DocumentWords.boilerplatePhrases`).
enum BoilerplateFilter {
    /// The ASCII phrases by their first byte; "©", the only other one, is found by its two UTF-8 bytes.
    private static let phrasesByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 128)
        for p in Lexicon.shared.documents.boilerplatePhrases where p.utf8.allSatisfy({ $0 < 0x80 }) { let b = Array(p.utf8); table[Int(b[0])].append(b) }
        return table
    }()

    /// How a phrase can begin. `pairs`: the pairs of lowercase ASCII bytes that begin one, by `first << 7 |
    /// second` (16 KB, read at every byte), each 0 or its number in `thirds`; `thirds`: for each pair, the
    /// third bytes its phrases go on with (a 128-bit set). "re", "co" and "al" begin a phrase and most
    /// English words: a phrase is compared only where its first three bytes are.
    private static let openings: (pairs: [UInt8], thirds: [(low: UInt64, high: UInt64)]) = {
        var pairs = [UInt8](repeating: 0, count: 1 << 14)
        var thirds: [(low: UInt64, high: UInt64)] = [(0, 0)]
        for list in phrasesByFirstByte {
            for p in list {
                let pair = Int(p[0]) << 7 | Int(p[1])
                if pairs[pair] == 0 {
                    pairs[pair] = UInt8(thirds.count)
                    thirds.append((0, 0))
                }
                let k = Int(pairs[pair]), c = p[2]
                if c < 64 { thirds[k].low |= 1 << UInt64(c) } else { thirds[k].high |= 1 << UInt64(c - 64) }
            }
        }
        return (pairs, thirds)
    }()

    /// Where each phrase occurs in the text, as ranges of scalar offsets, read in one pass over the UTF-8
    /// (every occurrence, overlapping ones too). A sentence holds a phrase exactly when it holds one of
    /// these ranges: the ASCII phrases never match across a scalar beyond ASCII, whose bytes are all 0x80
    /// or more, so matching bytes is matching scalars.
    static func phraseSpans(_ text: String) -> [Range<Int>] {
        var text = text
        // The tables are read through local buffers: a static array read in the loop is checked for
        // initialisation at every byte.
        let (pairs, thirds) = openings, byFirst = phrasesByFirstByte
        return pairs.withUnsafeBufferPointer { pairs in text.withUTF8 { b in
            var spans: [Range<Int>] = []
            // A byte offset less the continuation bytes before it is a scalar offset. They are counted only
            // when a phrase is found (rarely), up to where it starts.
            var counted = 0, continuations = 0
            var i = 0
            while i + 1 < b.count {
                let c = b[i], next = b[i + 1]
                if c == 0xC2 && next == 0xA9 {
                    continuations += continuationBytes(b, counted..<i)
                    counted = i
                    spans.append(i - continuations..<i - continuations + 1)
                } else if (c | next) < 0x80, case let pair = Int(pairs[Int(lower(c)) << 7 | Int(lower(next))]), pair != 0,
                          i + 2 < b.count, case let third = lower(b[i + 2]), third < 0x80,
                          (third < 64 ? thirds[pair].low >> UInt64(third) : thirds[pair].high >> UInt64(third - 64)) & 1 != 0 {
                    for p in byFirst[Int(lower(c))] where i + p.count <= b.count {
                        var k = 2
                        while k < p.count, lower(b[i + k]) == p[k] { k += 1 }
                        if k == p.count {
                            continuations += continuationBytes(b, counted..<i)
                            counted = i
                            spans.append(i - continuations..<i - continuations + p.count)
                        }
                    }
                }
                i += 1
            }
            return spans
        } }
    }

    @inline(__always)
    private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    private static func continuationBytes(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        for k in range where b[k] & 0xC0 == 0x80 { n += 1 }
        return n
    }

    /// Whether the sentence is furniture: it holds one of the document's `phraseSpans`, or it is one or two
    /// words without a sentence mark.
    static func isBoilerplate(_ s: [Unicode.Scalar], _ sentence: Sentence, phrases: [Range<Int>]) -> Bool {
        let end = sentence.end
        // `phrases` are in text order: the first one starting in the sentence is found by binary search (a
        // scan of all of them for every sentence would be quadratic in a long document).
        var lo = 0, hi = phrases.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if phrases[mid].lowerBound >= sentence.start { hi = mid } else { lo = mid + 1 }
        }
        // Phrases may overlap, so a shorter one later can still fit: scan those that start in the sentence.
        for k in lo..<phrases.count {
            if phrases[k].lowerBound >= end { break }
            if phrases[k].upperBound <= end { return true }
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
