/// What kind of strike the text reports, from its trigger word.
public enum StrikeKind: String, Sendable, CaseIterable {
    case airstrike, droneStrike = "drone_strike", artillery, missile, strike
}

/// How a count was qualified in the text: "nearly 35,000" is `about`, "more than 80" `atLeast`.
public enum CountQualifier: String, Sendable {
    case exact, atLeast = "at_least", about, atMost = "at_most"
}

/// Location details a GeoJSON file did not state (`StrikeEvent.absent`).
public struct AbsentProperties: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let geoPrecision = AbsentProperties(rawValue: 1)
    public static let uncertaintyKm = AbsentProperties(rawValue: 2)
}

/// A lower and upper bound of a number of people (killed, injured); either may be unknown. "No
/// casualties were reported" is 0 and 0, not unknown.
public struct DeathRange: Hashable, Sendable {
    public var min: Int?
    public var max: Int?

    public init(min: Int? = nil, max: Int? = nil) {
        self.min = min
        self.max = max
    }

    public var isEmpty: Bool { min == nil && max == nil }

    /// Bounds combined from reports that disagree ("at least 1,139" and "139") can cross: the upper bound
    /// is then unknown rather than below the lower one.
    var ordered: DeathRange {
        guard let lo = min, let hi = max, hi < lo else { return self }
        return DeathRange(min: lo, max: nil)
    }
}

/// One reported strike (or total of strikes) with its evidence. The output's property names and types are
/// `EventField`'s; this type keeps Swift names, and its enums keep apart what the properties flatten: a
/// point always has its place, coordinates and precision (`EventLocation`), a date its precision
/// (`EventTime`).
public struct StrikeEvent: Hashable, Sendable {
    /// Stable and unique within a document (`EventIdentity`); a file read back keeps its own.
    public var id: String
    public var location: EventLocation = .unstated
    public var time: EventTime = .unstated
    /// The date as written ("on Thursday", "11th March"), resolved or not.
    public var dateText: String?
    public var strikes: Int?
    public var strikesQualifier: CountQualifier = .exact
    public var kind: StrikeKind = .strike
    public var actor: String?
    /// Who reports it, when the text attributes it ("the Syrian Observatory for Human Rights", "state
    /// media"): not the striker (`actor`) and not the assessing body (`assessment`).
    public var reportedBy: String?
    public var status: ReportStatus = .reported
    public var assessment: Assessment?
    public var civilianDeaths = DeathRange()
    public var combatantDeaths = DeathRange()
    public var civilianInjured = DeathRange()
    public var combatantInjured = DeathRange()
    public var targets: String?
    public var aggregate = false
    public var source: String
    public var published: CalendarDay?
    public var evidence: String
    public var evidenceStart: Int
    public var evidenceEnd: Int
    /// nil when a file read back did not state it.
    public var confidence: Double?
    /// Properties a file read back left out, which its point alone cannot tell: written back as null,
    /// never filled with a default.
    public var absent: AbsentProperties = []
    /// Every document that reported this event, after merging reports.
    public var sources: [String] = []

    public init(id: String, source: String, published: CalendarDay?, evidence: String, evidenceStart: Int, evidenceEnd: Int) {
        self.id = id
        self.source = source
        self.published = published
        self.evidence = evidence
        self.evidenceStart = evidenceStart
        self.evidenceEnd = evidenceEnd
        self.sources = [source]
    }

    /// The resolved place, nil for a total or a place the gazetteer lacks (null geometry).
    public var mention: PlaceMention? { location.mention }
    /// For events without a point, the places named ("Iraq, Syria", an unknown village).
    public var regionText: String? { location.names }
    /// The days, when known.
    public var date: DateSpan? { time.span }
}
