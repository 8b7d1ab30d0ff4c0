/// Finds MGRS grid references in a sentence ("37SFU786153", "37S FU 786 153", "38SLD 12345 67890"): a zone
/// of one or two digits, a band letter, two square letters (capitals, spaces allowed between the parts),
/// then an even run of digits or two equal groups. Text of that shape that is no valid reference (letters
/// I or O, a zone past 60, a band that does not fit the square) is returned as a problem, for a warning.
enum GridReferenceFinder {
    struct Found {
        var range: Range<Int>
        var text: String
        var grid: MGRS
    }

    static func find(in s: [Unicode.Scalar], _ range: Range<Int>) -> (found: [Found], problems: [(text: String, problem: MGRS.Problem)]) {
        var found: [Found] = [], problems: [(String, MGRS.Problem)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard isDigit(s[i]), i == range.lowerBound || !isAlphanumeric(s[i - 1]), let end = match(s, i, range.upperBound) else { i += 1; continue }
            let text = String(String.UnicodeScalarView(s[i..<end]))
            do { found.append(Found(range: i..<end, text: text, grid: try MGRS(text))) } catch { problems.append((text, error)) }
            i = end
        }
        return (found, problems)
    }

    /// The end of a reference starting at `i`, or nil.
    private static func match(_ s: [Unicode.Scalar], _ start: Int, _ limit: Int) -> Int? {
        var i = start
        func take(_ test: (Unicode.Scalar) -> Bool) -> Bool {
            guard i < limit, test(s[i]) else { return false }
            i += 1
            return true
        }
        func space() { if i < limit, s[i] == " " { i += 1 } }
        guard take(isDigit) else { return nil }
        _ = take(isDigit)
        space()
        guard take(isCapital) else { return nil }
        space()
        guard take(isCapital), take(isCapital) else { return nil }
        space()
        let first = i
        while i < limit, isDigit(s[i]) { i += 1 }
        var digits = i - first
        // "786 153": two groups of the same length.
        if i + 1 < limit, s[i] == " ", isDigit(s[i + 1]), digits <= 5 {
            let second = i + 1
            var j = second
            while j < limit, isDigit(s[j]) { j += 1 }
            if j - second == digits { digits *= 2; i = j }
        }
        guard digits >= 2, i == limit || !isAlphanumeric(s[i]) else { return nil }
        return i
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { Tokenizer.isDigit(c) }
    private static func isCapital(_ c: Unicode.Scalar) -> Bool { c.value >= 0x41 && c.value <= 0x5A }
    private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool { WrittenPoint.isAlphanumeric(c) }
}
