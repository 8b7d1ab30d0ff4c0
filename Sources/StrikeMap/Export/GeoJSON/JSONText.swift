/// Writes JSON text by hand into a byte buffer: fixed number formats and escaping, so output is
/// byte-identical across runs and machines (RFC 8259 §7 escaping).
struct JSONText {
    private(set) var bytes: [UInt8] = []
    /// Strings are written for a JSON script element of an HTML page (the timeline player): no `<` (so no
    /// "</script>" or "<!--"), `>` or `&` as themselves. The escapes are JSON's own, so `JSON.parse` reads
    /// the same values; what is written raw (keys, numbers, punctuation) holds none of them.
    let scriptSafe: Bool

    init(scriptSafe: Bool = false) { self.scriptSafe = scriptSafe }

    /// The text written, as a String.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// JSON text written before (a feature kept in a temporary file).
    mutating func append(_ text: [UInt8]) { bytes.append(contentsOf: text) }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    mutating func string(_ s: String?) {
        guard let s else { raw("null"); return }
        Self.appendString(s, scriptSafe: scriptSafe, to: &bytes)
    }

    /// `s` as a JSON string (RFC 8259 §7) appended to `out`: quote, backslash and controls escaped, and
    /// U+2028/2029, which break JavaScript that embeds the JSON. `scriptSafe` also writes `<`, `>` and `&`
    /// as escapes, for a JSON script element of a page. One pass over the UTF-8 bytes.
    static func appendString(_ s: String, scriptSafe: Bool, to out: inout [UInt8]) {
        let hexDigits = Self.hexDigits
        var s = s
        out.append(0x22)
        s.withUTF8 { u in
            // Printable ASCII without quote or backslash, most of what is written, is copied as it is.
            if u.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C && !(scriptSafe && ($0 == 0x3C || $0 == 0x3E || $0 == 0x26)) }) {
                out.append(contentsOf: u)
                return
            }
            var i = 0
            while i < u.count {
                let b = u[i]
                switch b {
                case 0x22: out.append(contentsOf: "\\\"".utf8)
                case 0x5C: out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                case 0x3C where scriptSafe: out.append(contentsOf: "\\u003c".utf8)
                case 0x3E where scriptSafe: out.append(contentsOf: "\\u003e".utf8)
                case 0x26 where scriptSafe: out.append(contentsOf: "\\u0026".utf8)
                case 0x00..<0x20, 0x7F:
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hexDigits[Int(b >> 4)])
                    out.append(hexDigits[Int(b & 15)])
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                case 0xE2 where i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9):
                    out.append(contentsOf: (u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 2
                default: out.append(b)
                }
                i += 1
            }
        }
        out.append(0x22)
    }

    /// A property's value as its type is written in GeoJSON: a list as an array, a date as a string,
    /// a real with the type's decimals, nil as null.
    mutating func field(_ v: FieldValue?, _ type: FieldType) {
        switch v {
        case nil: raw("null")
        case .string(let s)?: string(s)
        case .strings(let list)?:
            raw("[")
            for (n, s) in list.enumerated() { if n > 0 { raw(",") }; string(s) }
            raw("]")
        case .integer(let n)?: int(n)
        case .real(let x)?: real(x, decimals: type.decimals)
        case .date(let d)?: string(d.description)
        case .boolean(let b)?: bool(b)
        }
    }

    mutating func int(_ v: Int?) { raw(v.map(String.init) ?? "null") }

    /// A real property always with a decimal point ("10.0", not "10"): GDAL and geopandas type a GeoJSON
    /// field from its values, and a file whose values all happen to be whole would read as Integer.
    mutating func real(_ v: Double, decimals: Int) {
        guard v.isFinite else { raw("null"); return }
        let s = Self.format(v, decimals: decimals)
        raw(s.contains(".") || s.contains("e") ? s : s + ".0")
    }

    mutating func bool(_ v: Bool) { raw(v ? "true" : "false") }

    /// A fixed number of decimals, trailing zeros removed.
    /// JSON has no NaN or infinity (RFC 8259 §6): a non-finite value is written as null.
    mutating func number(_ v: Double, decimals: Int) { raw(v.isFinite ? Self.format(v, decimals: decimals) : "null") }

    /// A non-finite value (never produced on purpose: the projections are finite on their domain) gives
    /// "0" rather than stopping the program.
    static func format(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let r = (v * scale).rounded()
        // Past what an Int holds (no coordinate or count is): Swift's shortest form, valid JSON ("1e+300").
        guard abs(r) < 9e18 else { return "\(v)" }
        let negative = r < 0
        let n = Int(abs(r))
        let whole = n / Int(scale), frac = n % Int(scale)
        var s = (negative && n != 0 ? "-" : "") + String(whole)
        if frac != 0 {
            var f = String(frac)
            f = String(repeating: "0", count: decimals - f.count) + f
            while f.hasSuffix("0") { f.removeLast() }
            s += "." + f
        }
        return s
    }
}
