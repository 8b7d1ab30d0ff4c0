/// Writes the place mentions of `strikemap places`: a GeoJSON FeatureCollection (the same conventions as
/// events: `mention`, `place`, `place_id`, `evidence_start`/`evidence_end` for the sentence, plus
/// `mention_start`/`mention_end` for the name) or a TSV table.
public enum PlaceListWriter {
    public static func geoJSON(_ places: [FoundPlace]) -> [UInt8] {
        var j = JSONText()
        j.raw("{\"type\":\"FeatureCollection\",\"features\":[")
        for (n, f) in places.enumerated() {
            let m = f.mention
            j.raw(n == 0 ? "\n" : ",\n")
            j.raw("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
            j.number(m.coordinate.longitude, decimals: 6)
            j.raw(",")
            j.number(m.coordinate.latitude, decimals: 6)
            j.raw("]},\"properties\":{")
            j.raw("\"candidates\":"); j.int(m.considered.count + 1)
            j.raw(",\"column\":"); j.int(f.column)
            j.raw(",\"country\":"); j.string(m.place.country)
            j.raw(",\"evidence\":"); j.string(f.sentence)
            j.raw(",\"evidence_end\":"); j.int(f.sentenceEnd)
            j.raw(",\"evidence_start\":"); j.int(f.sentenceStart)
            j.raw(",\"geo_precision\":"); j.int(m.precision.rawValue)
            j.raw(",\"kind\":"); j.string(kindName(m.place.kind))
            j.raw(",\"line\":"); j.int(f.line)
            j.raw(",\"mention\":"); j.string(m.text)
            j.raw(",\"mention_end\":"); j.int(m.end)
            j.raw(",\"mention_start\":"); j.int(m.start)
            j.raw(",\"place\":"); j.string(m.place.name)
            j.raw(",\"place_id\":"); j.string(m.place.id)
            j.raw(",\"reason\":"); j.string(m.reason)
            j.raw(",\"source\":"); j.string(f.source)
            j.raw(",\"struck\":"); j.bool(f.struck)
            j.raw(",\"uncertainty_km\":"); j.number(m.uncertaintyKm, decimals: 1)
            j.raw("}}")
        }
        j.raw("\n]}\n")
        return j.bytes
    }

    public static let tsvHeader = ["source", "line", "column", "mention_start", "mention_end", "mention", "place", "place_id",
                                   "country", "kind", "latitude", "longitude", "geo_precision", "struck", "candidates", "reason"]

    /// One row per mention; tabs and newlines inside fields become spaces.
    public static func tsv(_ places: [FoundPlace]) -> [UInt8] {
        var out = tsvHeader.joined(separator: "\t") + "\n"
        for f in places {
            let m = f.mention
            let fields = [f.source, String(f.line), String(f.column), String(m.start), String(m.end), m.text, m.place.name,
                          m.place.id, m.place.country, kindName(m.place.kind), JSONText.format(m.coordinate.latitude, decimals: 6),
                          JSONText.format(m.coordinate.longitude, decimals: 6), String(m.precision.rawValue), f.struck ? "yes" : "no",
                          String(m.considered.count + 1), m.reason]
            out += fields.map(clean).joined(separator: "\t") + "\n"
        }
        return Array(out.utf8)
    }

    private static func clean(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    static func kindName(_ k: PlaceKind) -> String {
        switch k {
        case .country: return "country"
        case .province: return "province"
        case .district: return "district"
        case .populated: return "populated"
        case .site: return "site"
        }
    }
}
