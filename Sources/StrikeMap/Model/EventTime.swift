/// When a report says a strike happened.
public enum EventTime: Hashable, Sendable {
    /// Resolved to days.
    case known(DateSpan)
    /// The text names a period that cannot be placed in the calendar: "last week" or "in the first year" in
    /// a document without a publication date. Its precision is known, its days are not; written as a null
    /// date, as an unstated one is.
    case unplaced(DatePrecision)
    /// The text gives no date.
    case unstated

    /// The days, when known.
    public var span: DateSpan? {
        if case .known(let s) = self { return s }
        return nil
    }

    /// How precisely the text dates the report, known or not.
    public var precision: DatePrecision? {
        switch self {
        case .known(let s): return s.precision
        case .unplaced(let p): return p
        case .unstated: return nil
        }
    }
}

/// Where a report says a strike happened.
public enum EventLocation: Hashable, Sendable {
    /// A point: the place resolved, where the event is put and how precisely (`PlaceMention`).
    case point(PlaceMention)
    /// Places named that give no single point: a village the gazetteer lacks ("near Sultan Abdallah"), or
    /// several countries of a total ("Iraq, Syria"). Written with a null geometry and this as `mention`.
    case named(String)
    /// The text names no place.
    case unstated

    public var mention: PlaceMention? {
        if case .point(let m) = self { return m }
        return nil
    }

    /// The place names of a `named` location.
    public var names: String? {
        if case .named(let n) = self { return n }
        return nil
    }
}
