/// Writes the place mentions of `strikemap places` (`PlaceField`): a GeoJSON FeatureCollection (the same
/// conventions as events: `mention`, `place`, `place_id`, `evidence_start`/`evidence_end` for the
/// sentence, plus `mention_start`/`mention_end` for the name) or a TSV table.
public enum PlaceListWriter {
    public static func geoJSON(_ places: [FoundPlace]) -> [UInt8] {
        var j = JSONText()
        j.raw("{\"type\":\"FeatureCollection\",\(OutputSchema.memberJSON(.places)),\"features\":[")
        for (n, f) in places.enumerated() {
            let m = f.mention
            j.raw(n == 0 ? "\n" : ",\n")
            j.raw("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
            j.number(m.coordinate.longitude, decimals: 6)
            j.raw(",")
            j.number(m.coordinate.latitude, decimals: 6)
            j.raw("]},\"properties\":{")
            for (k, field) in PlaceField.geoJSONProperties.enumerated() {
                j.raw((k == 0 ? "\"" : ",\"") + field.name + "\":")
                j.field(field.value(f), field.type)
            }
            j.raw("}}")
        }
        j.raw("\n]}\n")
        return j.bytes
    }

    public static let tsvHeader = PlaceField.tsvColumns.map(\.name)

    /// One row per mention; tabs and newlines inside fields become spaces. `struck` is written yes or no.
    public static func tsv(_ places: [FoundPlace]) -> [UInt8] {
        var out = tsvHeader.joined(separator: "\t") + "\n"
        for f in places {
            let fields = PlaceField.tsvColumns.map { field in
                switch field.value(f) {
                case .boolean(let b): return b ? "yes" : "no"
                case let v: return v.text()
                }
            }
            out += fields.map(clean).joined(separator: "\t") + "\n"
        }
        return Array(out.utf8)
    }

    private static func clean(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}
