/// Writes strike events as an RFC 7946 FeatureCollection. The properties are the contract of `EventField`
/// (docs/schema.md), its version in the collection's `strikemap` member; keys are written sorted and coordinates with 6 decimals (RFC 7946 §11.2: about
/// 0.1 m), so the same events always give the same bytes.
public enum GeoJSONWriter {
    public static func write(_ events: [StrikeEvent]) -> [UInt8] {
        var first = true
        return header + features(events, first: &first) + footer
    }

    /// The opening and closing of a FeatureCollection, also written in pieces: `header`, then `features` of
    /// each batch of events, then `footer` (what `write` does for all the events at once).
    public static let header = Array("{\"type\":\"FeatureCollection\",\(OutputSchema.memberJSON(.events)),\"features\":[".utf8)
    public static let footer = Array("\n]}\n".utf8)

    /// The features of a batch; `first` says whether none has been written before, and becomes false.
    public static func features(_ events: [StrikeEvent], first: inout Bool) -> [UInt8] {
        var j = JSONText()
        for e in events {
            j.raw(first ? "\n" : ",\n")
            first = false
            feature(e, &j)
        }
        return j.bytes
    }

    /// GeoJSON text sequence (RFC 8142): one feature per line, each preceded by the record separator
    /// U+001E (`.geojsons`), or newline-delimited without it (`.geojsonl`, as GDAL's GeoJSONSeq reads too).
    public static func writeSequence(_ events: [StrikeEvent], recordSeparator: Bool) -> [UInt8] {
        var j = JSONText()
        for e in events {
            if recordSeparator { j.raw("\u{1E}") }
            feature(e, &j)
            j.raw("\n")
        }
        return j.bytes
    }

    /// For each property in `EventField.sortedTable`'s order: `"name":` (with the comma before all but the
    /// first), its value and its type, in arrays of their own so that writing a feature copies no row.
    private static let keys: [[UInt8]] = EventField.sortedTable.enumerated().map { k, f in Array(((k == 0 ? "" : ",") + "\"\(f.field.name)\":").utf8) }
    private static let values = EventField.sortedTable.map(\.row.value)
    private static let types = EventField.sortedTable.map(\.row.type)

    static func feature(_ e: StrikeEvent, _ j: inout JSONText) {
        j.raw("{\"type\":\"Feature\",\"id\":")
        j.string(e.id)
        j.raw(",\"geometry\":")
        let m = e.mention
        if let m {
            j.raw("{\"type\":\"Point\",\"coordinates\":[")
            j.number(m.coordinate.longitude, decimals: 6)
            j.raw(",")
            j.number(m.coordinate.latitude, decimals: 6)
            j.raw("]}")
        } else {
            j.raw("null")
        }
        j.raw(",\"properties\":{")
        let keys = Self.keys, values = Self.values, types = Self.types
        for k in keys.indices {
            j.append(keys[k])
            j.field(values[k](e, m), types[k])
        }
        j.raw("}}")
    }
}
