/// The output contract: every property of an event feature, declared once, in the order of the typed
/// formats' columns. The GeoJSON writer (keys sorted) and reader, CSV, KML, the GDAL writer, `check` and
/// docs/schema.md (generated, compared by `SchemaTableTests`) all read this table. A change to it is a new
/// `OutputSchema.version` and a line in CHANGELOG.md.
public enum EventField: String, CaseIterable, Sendable {
    case id, place, placeId = "place_id", mention, country, geoPrecision = "geo_precision", uncertaintyKm = "uncertainty_km"
    case date, dateEnd = "date_end", datePrecision = "date_precision", dateText = "date_text"
    case strikes, strikesQualifier = "strikes_qualifier", kind, actor, reportedBy = "reported_by"
    case status, assessment, assessmentStart = "assessment_start", assessmentEnd = "assessment_end"
    case civilianDeathsMin = "civilian_deaths_min", civilianDeathsMax = "civilian_deaths_max"
    case combatantDeathsMin = "combatant_deaths_min", combatantDeathsMax = "combatant_deaths_max"
    case civilianInjuredMin = "civilian_injured_min", civilianInjuredMax = "civilian_injured_max"
    case combatantInjuredMin = "combatant_injured_min", combatantInjuredMax = "combatant_injured_max"
    case targets, aggregate, confidence, source, sources, published, evidence, evidenceStart = "evidence_start", evidenceEnd = "evidence_end"

    /// The property's name in GeoJSON, CSV, GeoPackage and FlatGeobuf.
    public var name: String { rawValue }

    /// One row of the table.
    public struct Row: Sendable {
        public let type: FieldType
        /// ESRI Shapefile field names are at most 10 characters: a documented short name where needed.
        public let shapefileName: String?
        /// What the property means, as docs/schema.md says it.
        public let meaning: String
        public let rules: [FieldRule]
        /// The property's value for an event and its resolved place (`event.mention`, taken out once per
        /// event by the writers: it is a copy out of `EventLocation`), nil for null.
        public let value: @Sendable (StrikeEvent, PlaceMention?) -> FieldValue?

        init(_ type: FieldType, shapefile: String? = nil, _ meaning: String, rules: [FieldRule] = [],
             _ value: @escaping @Sendable (StrikeEvent, PlaceMention?) -> FieldValue?) {
            self.type = type
            self.shapefileName = shapefile
            self.meaning = meaning
            self.rules = rules
            self.value = value
        }

        /// A property that does not depend on the place.
        init(_ type: FieldType, shapefile: String? = nil, _ meaning: String, rules: [FieldRule] = [],
             _ value: @escaping @Sendable (StrikeEvent) -> FieldValue?) {
            self.init(type, shapefile: shapefile, meaning, rules: rules) { e, _ in value(e) }
        }

        /// The property's value for an event.
        public func value(_ e: StrikeEvent) -> FieldValue? { value(e, e.mention) }
    }

    public var row: Row { declaredRow }
    public var type: FieldType { declaredRow.type }
    public var shapefileName: String { declaredRow.shapefileName ?? name }
    public func value(_ e: StrikeEvent) -> FieldValue? { declaredRow.value(e, e.mention) }

    /// Every field with its row, in column order, and with keys sorted as GeoJSON writes them: built once,
    /// for the writers' loops.
    public static let table: [(field: EventField, row: Row)] = allCases.map { ($0, $0.declaredRow) }
    public static let sortedTable: [(field: EventField, row: Row)] = table.sorted { $0.field.name < $1.field.name }
    /// The fields by name, for readers.
    public static let named: [String: EventField] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
}
