/// Writes events as CSV (RFC 4180): `longitude`, `latitude` and `wkt` (POINT or empty) then the event
/// fields; UTF-8, CRLF line ends, fields quoted when they hold a comma, quote or line break. Text cells
/// that begin with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading apostrophe, so that a
/// spreadsheet never runs an article's text as a formula (CSV injection).
public enum CSVWriter {
    /// UTF-8's byte order mark: Excel reads a CSV without one in the system's code page ("Ḩadīthah" garbled).
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The `.csvt` sidecar GDAL and QGIS read a CSV's column types from: one line, a quoted type a column,
    /// from the field table (without it, every column is a String).
    public static func columnTypes() -> [UInt8] {
        let types = ["CoordX", "CoordY", "WKT"] + EventField.table.map { _, row -> String in
            switch row.type {
            case .string, .strings: return "String"
            case .integer: return "Integer"
            case .real: return "Real"
            case .date: return "Date"
            case .boolean: return "Integer(Boolean)"
            }
        }
        return Array((types.map { "\"\($0)\"" }.joined(separator: ",") + "\r\n").utf8)
    }

    public static func write(_ events: [StrikeEvent]) -> [UInt8] {
        var out = (["longitude", "latitude", "wkt"] + EventField.allCases.map(\.name)).joined(separator: ",") + "\r\n"
        for e in events {
            var cells: [String] = []
            if let c = e.mention?.coordinate {
                let lon = JSONText.format(c.longitude, decimals: 6), lat = JSONText.format(c.latitude, decimals: 6)
                cells += [lon, lat, "POINT (\(lon) \(lat))"]
            } else {
                cells += ["", "", ""]
            }
            let m = e.mention
            for (_, row) in EventField.table {
                switch row.value(e, m) {
                case nil: cells.append("")
                case let v? where v.isText: cells.append(quote(safe(v.text())))
                case let v?: cells.append(v.text())
                }
            }
            out += cells.joined(separator: ",") + "\r\n"
        }
        return Array(out.utf8)
    }

    static func safe(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        return "'" + s
    }

    static func quote(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
