/// SVG text building: escaping and fixed-precision numbers so output is deterministic.
struct SVGText {
    private(set) var text = ""

    mutating func add(_ s: String) { text += s; text += "\n" }

    /// Escapes text and attribute values for XML; drops characters XML 1.0 forbids (C0 controls) and the
    /// bidirectional overrides that could make a label read differently from its data.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out += " "
            case _ where u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF || (0x202A...0x202E).contains(u.value)
                || (0x2066...0x2069).contains(u.value): continue
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static func n(_ v: Double) -> String { JSONText.format(v, decimals: 1) }

    /// Approximate width of a label in px (average glyph of a sans-serif at this size).
    static func width(_ s: String, size: Double) -> Double { Double(s.count) * size * 0.56 }
}
