/// `StrikeScreen` paragraph by paragraph, for documents over `minimumBytes` (compilations, archives,
/// a day of a newswire in one file): a paragraph that cannot report a strike is read for its warnings
/// only, as a small document that cannot report one is, so that a 20 MB file costs what its articles
/// would cost as files. Its place names then take no part in the document's context (the countries it
/// names, its anchors): across unrelated articles that context is noise. Still read fully: the first four
/// sentences (the lead date) and the two sentences after a paragraph that can report (where a report's
/// town may be named).
enum ParagraphScreen {
    static let minimumBytes = 1_000_000

    /// For each sentence of `text` (whose scalars are `s`), whether it is read fully. Documents of
    /// `minimumBytes` or fewer are read whole.
    static func fullyRead(_ sentences: [Sentence], _ s: [Unicode.Scalar], text: String, minimumBytes: Int = Self.minimumBytes) -> [Bool] {
        guard text.utf8.count > minimumBytes else { return [Bool](repeating: true, count: sentences.count) }
        var text = text
        return text.withUTF8 { utf8 in
            var full = [Bool](repeating: false, count: sentences.count)
            var k = 0
            // The byte offset of scalar offset `scalar`, walked forward paragraph by paragraph: the screen
            // reads the document's own bytes (encoding each paragraph again cost as much as screening it).
            var scalar = 0, byte = 0
            func advance(to offset: Int) {
                while scalar < offset {
                    let v = s[scalar].value
                    byte += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
                    scalar += 1
                }
            }
            // Sentences still to read fully after a paragraph that can report.
            var carry = 0
            while k < sentences.count {
                // One paragraph: sentences k..<e.
                var e = k + 1
                while e < sentences.count, sentences[e].paragraph == sentences[k].paragraph { e += 1 }
                advance(to: sentences[k].start)
                let from = byte
                advance(to: sentences[e - 1].end)
                let reports = StrikeScreen.mayReport(utf8: UnsafeBufferPointer(rebasing: utf8[from..<byte]))
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
}
