/// Text from input (file names, article text) shown on a terminal or in `report.txt`: control characters
/// (C0 but tab, DEL, C1) become visible escapes such as `\x1B`, so that an ESC sequence in a file name
/// cannot move the cursor, recolour or retitle the terminal, and a CR cannot overwrite a line.
public enum ControlCharacters {
    public static func escaped(_ text: String, keepingNewlines: Bool) -> String {
        func isControl(_ v: UInt32) -> Bool {
            (v < 0x20 && v != 0x09 && !(keepingNewlines && v == 0x0A)) || (v >= 0x7F && v <= 0x9F)
        }
        // Most text has none: return it as it is without building a copy.
        guard text.unicodeScalars.contains(where: { isControl($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if isControl(c.value) {
                out.append(contentsOf: hexEscape(c.value).unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    /// A file name's raw bytes, readable: printable ASCII and valid UTF-8 as they are, every other byte
    /// (and control characters) as `\xHH`. For names that are not valid UTF-8.
    public static func escaped(bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            // The longest valid UTF-8 sequence starting here (1-4 bytes), else one escaped byte.
            var taken = false
            for n in 1...4 where i + n <= bytes.count {
                if let s = String(validating: bytes[i..<(i + n)], as: UTF8.self) {
                    out += escaped(s, keepingNewlines: false)
                    i += n
                    taken = true
                    break
                }
            }
            if !taken {
                out += hexEscape(UInt32(bytes[i]))
                i += 1
            }
        }
        return out
    }

    /// `\x1B`: two hex digits at least.
    private static func hexEscape(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "\\x" + (hex.count < 2 ? "0" + hex : hex)
    }
}
