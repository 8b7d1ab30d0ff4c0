/// Finds the publication date a document states about itself: a first line `date YYYY-MM-DD` (text may
/// follow on the same line) or YAML-style front matter with a `date:` key.
enum PublicationDateReader {
    struct Header {
        var date: CalendarDay?
        /// Scalar offset of the first character of the body.
        var bodyStart: Int
        var diagnostics: [Diagnostic]
    }

    static func read(_ text: String, source: String) -> Header {
        // Most documents have no header: unless the first character after blank space is "-" or a "d"
        // ("date" has no other letters that lowercase to its own), there is nothing to read.
        let first = text.utf8.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }
        guard let first, first == UInt8(ascii: "-") || first | 0x20 == UInt8(ascii: "d") else {
            return Header(date: nil, bodyStart: 0, diagnostics: [])
        }
        if let header = asciiDateLine(text) { return header }
        // A `date` line needs the first line only; front matter may run longer. Only the leading part is
        // copied: most documents have neither, and 20,000 scalars of each would be copied for nothing.
        let leading = text.unicodeScalars.prefix { $0 == " " || $0 == "\t" || $0 == "\n" }.count
        let opensFrontMatter = text.unicodeScalars.dropFirst(leading).starts(with: "---".unicodeScalars)
        // A `date` line is read up to its end (the token ends at white space): only that line is copied.
        var lineEnd = leading
        if !opensFrontMatter {
            for c in text.unicodeScalars.dropFirst(leading) { lineEnd += 1; if c == "\n" || lineEnd >= leading + 512 { break } }
        }
        let scalars = Array(text.unicodeScalars.prefix(opensFrontMatter ? 20_000 : min(20_000, lineEnd)))
        var i = 0
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" || scalars[i] == "\n" { i += 1 }
        let line = i < scalars.count ? lineNumber(scalars, i) : 1
        if matches(scalars, at: i, "---") {
            return frontMatter(scalars, from: i, source: source)
        }
        guard matchesWord(scalars, at: i, "date") else { return Header(date: nil, bodyStart: 0, diagnostics: []) }
        var j = i + 4
        if j < scalars.count, scalars[j] == ":" { j += 1 }
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
        var k = j
        while k < scalars.count, !Tokenizer.isWhitespace(scalars[k]) { k += 1 }
        let token = scalars.text(j..<k)
        if let day = CalendarDay(iso: token) {
            guard CalendarDay.reportableYears.contains(day.year) else {
                return Header(date: nil, bodyStart: 0, diagnostics: [Diagnostic(.warning, file: source, line: line, column: j + 1 - lineStart(scalars, j),
                    message: Self.unreportable(token))])
            }
            var body = k
            while body < scalars.count, scalars[body] == " " || scalars[body] == "\t" { body += 1 }
            return Header(date: day, bodyStart: body, diagnostics: [])
        }
        let column = j + 1 - lineStart(scalars, j)
        return Header(date: nil, bodyStart: 0, diagnostics: [Diagnostic(.warning, file: source, line: line, column: column,
            message: "malformed date header '\(token.prefix(40))': expected YYYY-MM-DD; the document is read as undated")])
    }

    /// A well-formed `date YYYY-MM-DD` line in ASCII, read on the UTF-8 (where byte offsets are scalar
    /// offsets); nil sends everything else (front matter, other scripts, malformed dates and their
    /// warnings) to the scalar reader, which gives the same header for this case.
    private static func asciiDateLine(_ text: String) -> Header? {
        var text = text
        return text.withUTF8 { b -> Header? in
            func isBlank(_ k: Int) -> Bool { k < b.count && (b[k] == 0x20 || b[k] == 0x09) }
            var i = 0
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A { i += 1 }
            let start = i
            guard i + 4 < b.count, b[i] | 0x20 == 0x64, b[i + 1] | 0x20 == 0x61, b[i + 2] | 0x20 == 0x74, b[i + 3] | 0x20 == 0x65,
                  b[i + 4] == 0x3A || isBlank(i + 4) else { return nil }
            var j = i + 4
            if b[j] == 0x3A { j += 1 }
            while isBlank(j) { j += 1 }
            var k = j
            while k < b.count, b[k] != 0x20, b[k] < 0x09 || b[k] > 0x0D {
                guard b[k] < 0x80 else { return nil }
                k += 1
            }
            var body = k
            while isBlank(body) { body += 1 }
            // The scalar reader reads at most 512 scalars of the line.
            guard body < start + 500, let day = CalendarDay(iso: String(decoding: UnsafeBufferPointer(rebasing: b[j..<k]), as: UTF8.self)),
                  CalendarDay.reportableYears.contains(day.year) else {
                return nil
            }
            return Header(date: day, bodyStart: body, diagnostics: [])
        }
    }

    private static func unreportable(_ value: String) -> String {
        let years = CalendarDay.reportableYears
        return "publication date '\(value.prefix(40))' is outside the years \(years.lowerBound)-\(years.upperBound); the document is read as undated"
    }

    private static func frontMatter(_ s: [Unicode.Scalar], from start: Int, source: String) -> Header {
        var lines: [(start: Int, end: Int)] = []
        var i = start
        while i < s.count {
            var e = i
            while e < s.count, s[e] != "\n" { e += 1 }
            lines.append((i, e))
            i = e + 1
        }
        var date: CalendarDay?
        var diagnostics: [Diagnostic] = []
        for (n, l) in lines.enumerated().dropFirst() {
            let content = s.text(l.start..<l.end)
            if content.trimmingSpaces == "---" {
                return Header(date: date, bodyStart: min(l.end + 1, s.count), diagnostics: diagnostics)
            }
            if content.lowercased().hasPrefix("date:") {
                let value = content.dropFirst(5).trimmingSpaces.trimming("\"'")
                if let d = CalendarDay(iso: value.prefix(10)) {
                    if CalendarDay.reportableYears.contains(d.year) {
                        date = d
                    } else {
                        diagnostics.append(Diagnostic(.warning, file: source, line: lineNumber(s, l.start), column: 1, message: Self.unreportable(value)))
                    }
                } else {
                    diagnostics.append(Diagnostic(.warning, file: source, line: lineNumber(s, l.start), column: 1,
                        message: "front matter date '\(value.prefix(40))' is not YYYY-MM-DD; the document is read as undated"))
                }
            }
            if n > 50 { break }
        }
        return Header(date: nil, bodyStart: 0, diagnostics: [Diagnostic(.warning, file: source, line: lineNumber(s, start), column: 1,
            message: "front matter opened with '---' is never closed; it is read as text")])
    }

    private static func matches(_ s: [Unicode.Scalar], at i: Int, _ word: String) -> Bool {
        var j = i
        for c in word.unicodeScalars {
            guard j < s.count, s[j] == c else { return false }
            j += 1
        }
        return true
    }

    private static func matchesWord(_ s: [Unicode.Scalar], at i: Int, _ word: String) -> Bool {
        var j = i
        for c in word.unicodeScalars {
            guard j < s.count, s[j].properties.lowercaseMapping == String(c) else { return false }
            j += 1
        }
        return j < s.count && (s[j] == " " || s[j] == ":" || s[j] == "\t")
    }

    static func lineStart(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j > 0, s[j - 1] != "\n" { j -= 1 }
        return j
    }

    static func lineNumber(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var n = 1
        for k in 0..<min(i, s.count) where s[k] == "\n" { n += 1 }
        return n
    }
}

extension StringProtocol {
    var trimmingSpaces: String { trimming(" \t") }

    func trimming(_ set: String) -> String {
        let chars = Set(set)
        var sub = Substring(self)
        while let f = sub.first, chars.contains(f) { sub = sub.dropFirst() }
        while let l = sub.last, chars.contains(l) { sub = sub.dropLast() }
        return String(sub)
    }
}
