/// UCDP GED `where_prec`: how precisely an event's location is known (docs/how-it-works.md, "Precision codes").
public enum GeoPrecision: Int, Sendable, Comparable, Codable {
    case exact = 1, nearPlace = 2, district = 3, province = 4, region = 5, country = 6, water = 7

    /// The suggested radius of uncertainty for a point of this precision, in kilometres.
    public var defaultUncertaintyKm: Double {
        switch self {
        case .exact: return 1
        case .nearPlace: return 10
        case .district: return 30
        case .province: return 75
        case .region: return 200
        case .country: return 300
        case .water: return 100
        }
    }

    public static func < (a: GeoPrecision, b: GeoPrecision) -> Bool { a.rawValue < b.rawValue }
}

/// UCDP GED `date_prec`: 1 the day, 2 a span of 2–6 days, 3 a week, 4 a month, 5 a year.
public enum DatePrecision: Int, Sendable, Comparable, Codable {
    case day = 1, days = 2, week = 3, month = 4, year = 5

    public static func < (a: DatePrecision, b: DatePrecision) -> Bool { a.rawValue < b.rawValue }
}

/// A resolved date interval: `start` and `end` are equal for a single day.
public struct DateSpan: Hashable, Sendable {
    public var start: CalendarDay
    public var end: CalendarDay
    public var precision: DatePrecision
    /// "since 2014" in an undated document: the end is unknown and `date_end` is written as null.
    public var openEnded = false

    public init(start: CalendarDay, end: CalendarDay, precision: DatePrecision, openEnded: Bool = false) {
        self.start = start
        self.end = end
        self.precision = precision
        self.openEnded = openEnded
    }

    public init(day: CalendarDay) { self.init(start: day, end: day, precision: .day) }

    /// More than a month: such events are totals, not single strikes.
    public var isLongPeriod: Bool { end.ordinal - start.ordinal > 45 }
}
