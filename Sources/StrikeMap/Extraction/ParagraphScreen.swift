/// `StrikeScreen` paragraph by paragraph, for documents over `minimumBytes` (compilations, archives,
/// a day of a newswire in one file): a paragraph that cannot report a strike is read for its warnings
/// only, as a small document that cannot report one is, so that a 20 MB file costs what its articles
/// would cost as files. Its place names then take no part in the document's context (the countries it
/// names, its anchors): across unrelated articles that context is noise. Still read fully: the first four
/// sentences (the lead date) and the two sentences after a paragraph that can report (where a report's
/// town may be named).
enum ParagraphScreen {
    static let minimumBytes = 1_000_000

    /// For each sentence, whether it is read fully.
    static func fullyRead(_ sentences: [Sentence], _ s: [Unicode.Scalar], documentBytes: Int) -> [Bool] {
        guard documentBytes > minimumBytes else { return [Bool](repeating: true, count: sentences.count) }
        var full = [Bool](repeating: false, count: sentences.count)
        var k = 0
        var utf8: [UInt8] = []
        // Sentences still to read fully after a paragraph that can report.
        var carry = 0
        while k < sentences.count {
            // One paragraph: sentences k..<e.
            var e = k + 1
            while e < sentences.count, sentences[e].paragraph == sentences[k].paragraph { e += 1 }
            utf8.removeAll(keepingCapacity: true)
            // ASCII a byte at a time: `UTF8.encode` builds a buffer for every scalar.
            for c in s[sentences[k].start..<sentences[e - 1].end] {
                if c.value < 0x80 { utf8.append(UInt8(truncatingIfNeeded: c.value)) } else if let code = UTF8.encode(c) { utf8.append(contentsOf: code) }
            }
            let reports = utf8.withUnsafeBufferPointer { StrikeScreen.mayReport(utf8: $0) }
            for j in k..<e {
                if reports || j < 4 || carry > 0 { full[j] = true }
                if !reports && carry > 0 { carry -= 1 }
            }
            if reports { carry = 2 }
            k = e
        }
        return full
    }
}
