/// Splits a document into sentences: a line break ends one, unless the line is prose wrapped to a width
/// (it ends without sentence punctuation and the next line goes on in lowercase: statements copied from
/// PDFs, e-mails); inside a line a `.`, `!` or `?` does when followed by a space and a capital, a digit or
/// a quote, unless the word before is an abbreviation.
enum SentenceSplitter {
    /// A wrapped line is at least this long: a short line is a heading or an item of a list.
    static let shortestWrappedLine = 40

    static func split(_ s: [Unicode.Scalar], from start: Int) -> [Sentence] {
        var result: [Sentence] = []
        var line = 1, lineStart = 0, paragraph = 0
        for k in 0..<min(start, s.count) where s[k] == "\n" { line += 1; lineStart = k + 1 }
        var i = start
        var blank = false
        while i < s.count {
            var e = i
            while e < s.count, s[e] != "\n" { e += 1 }
            let isBlank = s[i..<e].allSatisfy { Tokenizer.isWhitespace($0) }
            if isBlank { blank = true } else {
                if blank && !result.isEmpty { paragraph += 1 }
                blank = false
                // Wrapped prose: the lines it runs on are read as one, each keeping its number.
                var starts = [(line, lineStart)]
                while isWrapped(s, i, e) {
                    line += 1
                    lineStart = e + 1
                    starts.append((line, lineStart))
                    e = lineStart
                    while e < s.count, s[e] != "\n" { e += 1 }
                }
                splitLine(s, i, e, lines: starts, paragraph: paragraph, into: &result)
            }
            i = e + 1
            line += 1
            lineStart = i
        }
        return result
    }

    /// Whether the line `from..<to` runs on into the next: long, not closed by sentence punctuation or a
    /// colon, and the next line begins with a lowercase letter.
    private static func isWrapped(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        guard to < s.count, to - from >= shortestWrappedLine else { return false }
        var y = to
        while y > from, Tokenizer.isWhitespace(s[y - 1]) { y -= 1 }
        guard y > from, !".!?:;".unicodeScalars.contains(s[y - 1]) else { return false }
        var k = to + 1
        while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
        guard k < s.count else { return false }
        let c = s[k]
        return c.value < 0x80 ? c.value >= 0x61 && c.value <= 0x7A : c.properties.isLowercase
    }

    /// Splits one line (or wrapped lines: `lines` holds each one's number and first offset).
    private static func splitLine(_ s: [Unicode.Scalar], _ from: Int, _ to: Int, lines: [(Int, Int)],
                                  paragraph: Int, into result: inout [Sentence]) {
        var a = from
        var i = from
        func emit(_ end: Int) {
            var x = a, y = end
            while x < y, Tokenizer.isWhitespace(s[x]) { x += 1 }
            while y > x, Tokenizer.isWhitespace(s[y - 1]) { y -= 1 }
            guard x < y else { return }
            let (line, lineStart) = lines.last { $0.1 <= x } ?? lines[0]
            let last = s[y - 1]
            let closed = last == "." || last == "!" || last == "?" ||
                ((last == "\"" || last == "”" || last == "’" || last == ")") && y - 2 >= x && ".!?".unicodeScalars.contains(s[y - 2]))
            result.append(Sentence(start: x, end: y, line: line, column: x - lineStart + 1, paragraph: paragraph, isFragment: !closed))
        }
        while i < to {
            let c = s[i]
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < to, s[j] == "\"" || s[j] == "”" || s[j] == "’" || s[j] == ")" || s[j] == "'" { j += 1 }
                if j < to, s[j] == " " || s[j] == "\t" {
                    var k = j
                    while k < to, s[k] == " " || s[k] == "\t" { k += 1 }
                    if k < to, startsSentence(s[k]), !(c == "." && isAbbreviation(s, before: i, from: a)) {
                        emit(j)
                        a = k
                        i = k
                        continue
                    }
                }
            }
            i += 1
        }
        emit(to)
    }

    private static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        // ASCII without a property look-up: a capital, a digit, a quote or a parenthesis.
        if c.value < 0x80 { return (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x30 && c.value <= 0x39) || c == "\"" || c == "'" || c == "(" }
        return c.properties.isUppercase || ("0"..."9").contains(c) || c == "\"" || c == "“" || c == "‘" || c == "'" || c == "("
            || c.properties.isAlphabetic && !c.properties.isLowercase && !c.properties.isUppercase
    }

    /// "U.S." and initials ("J. Smith") as well as listed abbreviations.
    private static func isAbbreviation(_ s: [Unicode.Scalar], before dot: Int, from lower: Int) -> Bool {
        var k = dot
        while k > lower, s[k - 1].value < 0x80 ? (s[k - 1].value | 0x20 >= 0x61 && s[k - 1].value | 0x20 <= 0x7A) || s[k - 1] == "."
                                               : s[k - 1].properties.isAlphabetic { k -= 1 }
        let word = s.text(k..<dot).lowercased()
        if word.count == 1 { return s[k].properties.isUppercase }
        if word.contains(".") { return word.count <= 4 }
        // "On May. 22," / "June. 3": a month written like its abbreviation, before the day.
        if Lexicon.shared.dates.monthNames.contains(word), dot + 2 < s.count, s[dot + 1] == " ", ("0"..."9").contains(s[dot + 2]) { return true }
        return Lexicon.shared.documents.abbreviations.contains(word)
    }
}
