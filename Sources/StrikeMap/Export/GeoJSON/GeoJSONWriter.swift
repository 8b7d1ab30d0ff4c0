/// Writes strike events as an RFC 7946 FeatureCollection. Property names are a public contract (see
/// README, "Output schema"); keys are written sorted and coordinates with 6 decimals (RFC 7946 §11.2: about
/// 0.1 m), so the same events always give the same bytes.
public enum GeoJSONWriter {
    public static func write(_ events: [StrikeEvent]) -> [UInt8] {
        var first = true
        return header + features(events, first: &first) + footer
    }

    /// The opening and closing of a FeatureCollection, also written in pieces: `header`, then `features` of
    /// each batch of events, then `footer` (what `write` does for all the events at once).
    public static let header = Array("{\"type\":\"FeatureCollection\",\"features\":[".utf8)
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

    static func feature(_ e: StrikeEvent, _ j: inout JSONText) {
        j.raw("{\"type\":\"Feature\",\"id\":")
        j.string(e.id)
        j.raw(",\"geometry\":")
        if let m = e.mention {
            j.raw("{\"type\":\"Point\",\"coordinates\":[")
            j.number(m.coordinate.longitude, decimals: 6)
            j.raw(",")
            j.number(m.coordinate.latitude, decimals: 6)
            j.raw("]}")
        } else {
            j.raw("null")
        }
        j.raw(",\"properties\":{")
        let m = e.mention
        // Sorted by key.
        j.raw("\"actor\":"); j.string(e.actor)
        j.raw(",\"aggregate\":"); j.bool(e.aggregate)
        j.raw(",\"civilian_deaths_max\":"); j.int(e.civilianDeaths.max)
        j.raw(",\"civilian_deaths_min\":"); j.int(e.civilianDeaths.min)
        j.raw(",\"combatant_deaths_max\":"); j.int(e.combatantDeaths.max)
        j.raw(",\"combatant_deaths_min\":"); j.int(e.combatantDeaths.min)
        j.raw(",\"confidence\":"); if let c = e.confidence { j.number(c, decimals: 2) } else { j.raw("null") }
        j.raw(",\"country\":"); j.string(m?.place.country)
        j.raw(",\"date\":"); j.string(e.date.map { $0.start.description })
        j.raw(",\"date_end\":"); j.string(e.date.flatMap { $0.openEnded ? nil : $0.end.description })
        j.raw(",\"date_precision\":"); j.int(e.date?.precision.rawValue)
        j.raw(",\"date_text\":"); j.string(e.dateText)
        j.raw(",\"evidence\":"); j.string(e.evidence)
        j.raw(",\"evidence_end\":"); j.int(e.evidenceEnd)
        j.raw(",\"evidence_start\":"); j.int(e.evidenceStart)
        j.raw(",\"geo_precision\":"); j.int(e.absent.contains(.geoPrecision) ? nil : m?.precision.rawValue)
        j.raw(",\"id\":"); j.string(e.id)
        j.raw(",\"kind\":"); j.string(e.kind.rawValue)
        j.raw(",\"mention\":"); j.string(m?.text ?? e.regionText)
        j.raw(",\"place\":"); j.string(m?.place.name)
        j.raw(",\"place_id\":"); j.string(m?.place.id)
        j.raw(",\"published\":"); j.string(e.published?.description)
        j.raw(",\"source\":"); j.string(e.source)
        j.raw(",\"sources\":[")
        for (k, s) in e.sources.enumerated() { if k > 0 { j.raw(",") }; j.string(s) }
        j.raw("]")
        j.raw(",\"strikes\":"); j.int(e.strikes)
        j.raw(",\"strikes_qualifier\":"); j.string(e.strikes == nil ? nil : e.strikesQualifier.rawValue)
        j.raw(",\"targets\":"); j.string(e.targets)
        j.raw(",\"uncertainty_km\":"); if let m, !e.absent.contains(.uncertaintyKm) { j.number(m.uncertaintyKm, decimals: 1) } else { j.raw("null") }
        j.raw("}}")
    }
}
