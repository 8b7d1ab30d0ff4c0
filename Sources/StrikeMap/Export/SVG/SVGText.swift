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
        // Most text is printable ASCII with nothing to escape: returned as it is. The rest is rewritten over
        // its UTF-8 bytes (100,000 events' tooltips appended scalar by scalar took a seventh of a map's time).
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0x27 }) { return s }
        let u = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count + 16)
        var i = 0
        while i < u.count {
            let b = u[i]
            switch b {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            case 0x0A, 0x09: out.append(0x20)
            case ..<0x20: break
            // U+FFFE and U+FFFF (EF BF BE/BF) are no characters; U+202A-202E and U+2066-2069 (E2 80 AA-AE,
            // E2 81 A6-A9) reorder text bidirectionally: dropped.
            case 0xEF where i + 2 < u.count && u[i + 1] == 0xBF && (u[i + 2] == 0xBE || u[i + 2] == 0xBF),
                 0xE2 where i + 2 < u.count && ((u[i + 1] == 0x80 && (0xAA...0xAE).contains(u[i + 2]))
                                                  || (u[i + 1] == 0x81 && (0xA6...0xA9).contains(u[i + 2]))):
                i += 3
                continue
            default: out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
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
