import Foundation

/// The visible text of an HTML page: strikemap reads web pages saved as they are. Tags, attributes,
/// comments, scripts and styles are dropped (so `<div class="Mosul">` never becomes a place), block
/// elements end lines, and character references are decoded. Evidence offsets then count the scalars of
/// this visible text, which is what `Article.text` holds.
enum HTMLText {
    /// Whether the text is an HTML document rather than an article that mentions a tag.
    static func isHTML(_ text: String) -> Bool {
        let body = text.unicodeScalars.drop { Tokenizer.isWhitespace($0) }
        guard body.first == "<" else { return false }
        let head = body.prefix(512)
        let lower = String(String.UnicodeScalarView(head)).lowercased()
        return lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || (lower.hasPrefix("<") && lower.contains("<body"))
    }

    static let blockTags: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
                                         "table", "section", "article", "header", "footer", "blockquote", "title", "figcaption", "hr"]

    static func visibleText(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "<" {
                // Comments, then tags; the content of script and style is not text.
                if starts(s, i, "<!--") {
                    i = find(s, i + 4, "-->").map { $0 + 3 } ?? s.count
                    continue
                }
                guard let close = s[i...].firstIndex(of: ">") else { break }
                let inside = s.text((i + 1)..<close).lowercased()
                let name = inside.trimmingCharacters(in: ["/"]).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "/" }).first.map(String.init) ?? ""
                i = close + 1
                if (name == "script" || name == "style") && !inside.hasPrefix("/") {
                    i = find(s, i, "</" + name).flatMap { end in s[end...].firstIndex(of: ">").map { $0 + 1 } } ?? s.count
                    continue
                }
                if blockTags.contains(name) { out.append("\n") } else { out.append(" ") }
                continue
            }
            if c == "&", let (decoded, length) = reference(s, i) {
                out.append(contentsOf: decoded.unicodeScalars)
                i += length
                continue
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    private static func starts(_ s: [Unicode.Scalar], _ i: Int, _ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard i + w.count <= s.count else { return false }
        for k in w.indices where String(s[i + k]).lowercased() != String(w[k]) { return false }
        return true
    }

    private static func find(_ s: [Unicode.Scalar], _ from: Int, _ word: String) -> Int? {
        var i = from
        while i < s.count {
            if starts(s, i, word) { return i }
            i += 1
        }
        return nil
    }

    private static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
                                                  "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "ndash": "–", "mdash": "—", "hellip": "…"]

    /// `&amp;`, `&#8217;`, `&#x2019;`: the text and how many scalars the reference takes.
    private static func reference(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int)? {
        var k = i + 1
        while k < s.count, k - i < 12, s[k] != ";" { k += 1 }
        guard k < s.count, s[k] == ";", k > i + 1 else { return nil }
        let body = s.text((i + 1)..<k)
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let v = value, let u = Unicode.Scalar(v), v != 0 else { return nil }
            return (String(u), k - i + 1)
        }
        return named[body].map { ($0, k - i + 1) }
    }
}
