/// SVG text building: escaping and fixed-precision numbers so output is deterministic.
struct SVGText {
    private(set) var text = ""

    mutating func add(_ s: String) { text += s; text += "\n" }

    /// The root element's namespaces: SVG, and Inkscape's for the layer attributes (`layer`).
    static let namespaces = "xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""

    /// A group's id and the attributes that make it a layer Inkscape lists (and Illustrator, which
    /// reads top-level groups as layers, names by the id).
    static func layer(_ id: String) -> String {
        "id=\"\(id)\" inkscape:groupmode=\"layer\" inkscape:label=\"\(id)\""
    }

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
    /// Estimated advance width of `s` in a Helvetica/Arial/DejaVu-like sans (em fractions by letter
    /// shape; DejaVu, the usual fallback on Linux, is the widest of the stack, so the estimate follows it).
    /// `bold` text is about 8% wider.
    static func width(_ s: String, size: Double, bold: Bool = false) -> Double {
        var em = 0.0
        for c in s.unicodeScalars {
            switch c {
            case "i", "j", "l", "'", "’", "‘", ".", ",", ":", ";", "!", "|", "ı": em += 0.30
            case "f", "t", "r", "I", "(", ")", "-", " ", "/": em += 0.38
            case "m", "w", "M", "W": em += 0.92
            case "A"..."Z": em += 0.70
            case "0"..."9": em += 0.64
            default: em += c.properties.isUppercase ? 0.70 : 0.60
            }
        }
        return em * size * (bold ? 1.08 : 1)
    }
}
