/// The event properties as typed columns, in the GeoJSON contract's names and order: what CSV and the
/// GDAL formats write. Dates are Date fields, counts and precision codes Integer fields (issue #7).
public enum EventFields {
    public enum Kind: Sendable { case string, integer, real, date, boolean }

    public struct Field: Sendable {
        public var name: String
        public var kind: Kind
        /// The value of this field for an event, nil for null.
        public var value: @Sendable (StrikeEvent) -> FieldValue?
    }

    public enum FieldValue: Sendable, Equatable {
        case string(String), integer(Int), real(Double), date(CalendarDay), boolean(Bool)
    }

    public static let all: [Field] = [
        Field(name: "id", kind: .string) { .string($0.id) },
        Field(name: "place", kind: .string) { $0.mention.map { .string($0.place.name) } },
        Field(name: "place_id", kind: .string) { $0.mention.map { .string($0.place.id) } },
        Field(name: "mention", kind: .string) { e in (e.mention?.text ?? e.regionText).map { .string($0) } },
        Field(name: "country", kind: .string) { $0.mention.map { .string($0.place.country) } },
        Field(name: "geo_precision", kind: .integer) { e in e.absent.contains(.geoPrecision) ? nil : e.mention.map { .integer($0.precision.rawValue) } },
        Field(name: "uncertainty_km", kind: .real) { e in e.absent.contains(.uncertaintyKm) ? nil : e.mention.map { .real($0.uncertaintyKm) } },
        Field(name: "date", kind: .date) { $0.date.map { .date($0.start) } },
        Field(name: "date_end", kind: .date) { e in e.date.flatMap { $0.openEnded ? nil : .date($0.end) } },
        Field(name: "date_precision", kind: .integer) { $0.date.map { .integer($0.precision.rawValue) } },
        Field(name: "date_text", kind: .string) { $0.dateText.map { .string($0) } },
        Field(name: "strikes", kind: .integer) { $0.strikes.map { .integer($0) } },
        Field(name: "strikes_qualifier", kind: .string) { e in e.strikes == nil ? nil : .string(e.strikesQualifier.rawValue) },
        Field(name: "kind", kind: .string) { .string($0.kind.rawValue) },
        Field(name: "actor", kind: .string) { $0.actor.map { .string($0) } },
        Field(name: "civilian_deaths_min", kind: .integer) { $0.civilianDeaths.min.map { .integer($0) } },
        Field(name: "civilian_deaths_max", kind: .integer) { $0.civilianDeaths.max.map { .integer($0) } },
        Field(name: "combatant_deaths_min", kind: .integer) { $0.combatantDeaths.min.map { .integer($0) } },
        Field(name: "combatant_deaths_max", kind: .integer) { $0.combatantDeaths.max.map { .integer($0) } },
        Field(name: "targets", kind: .string) { $0.targets.map { .string($0) } },
        Field(name: "aggregate", kind: .boolean) { .boolean($0.aggregate) },
        Field(name: "confidence", kind: .real) { $0.confidence.map { .real($0) } },
        Field(name: "source", kind: .string) { .string($0.source) },
        Field(name: "sources", kind: .string) { .string($0.sources.joined(separator: "; ")) },
        Field(name: "published", kind: .date) { $0.published.map { .date($0) } },
        Field(name: "evidence", kind: .string) { .string($0.evidence) },
        Field(name: "evidence_start", kind: .integer) { .integer($0.evidenceStart) },
        Field(name: "evidence_end", kind: .integer) { .integer($0.evidenceEnd) },
    ]

    /// ESRI Shapefile field names are at most 10 characters: this documented mapping keeps them unique
    /// and readable (see README, "GIS formats").
    public static let shapefileNames: [String: String] = [
        "geo_precision": "geo_prec", "uncertainty_km": "uncert_km", "date_precision": "date_prec",
        "strikes_qualifier": "strikes_q", "civilian_deaths_min": "civ_min", "civilian_deaths_max": "civ_max",
        "combatant_deaths_min": "comb_min", "combatant_deaths_max": "comb_max", "confidence": "confidence",
        "evidence_start": "ev_start", "evidence_end": "ev_end", "published": "published", "aggregate": "aggregate",
    ]

    public static func shapefileName(_ name: String) -> String {
        let n = shapefileNames[name] ?? name
        precondition(n.count <= 10, "shapefile field name over 10 characters: \(n)")
        return n
    }
}
