/// Events counted by week (from Monday) or by month: strikes by kind (an event without a count as one)
/// for events with a place, and dated events without one, bin by bin from the first to the last; what the
/// chart and the summary cannot place in time is counted apart.
public struct ChartBins: Sendable {
    public enum Step: String, Sendable, CaseIterable { case week, month }

    public struct Bin: Sendable {
        public var start: CalendarDay
        /// Strikes by kind, for events with a place.
        public var strikes: [StrikeKind: Int] = [:]
        /// Dated events without a place.
        public var unlocated = 0
        public var events = 0
        public var total: Int { strikes.values.reduce(0, +) + unlocated }
    }

    public let step: Step
    public private(set) var bins: [Bin] = []
    /// Events with a place and a date, events without a place but dated, undated events, totals.
    public private(set) var located = 0, unlocated = 0, undated = 0, totals = 0

    /// `step` nil: weeks for a span of up to half a year, months beyond.
    public init(_ events: [StrikeEvent], step: Step? = nil) {
        let charted = events.filter { !$0.aggregate && $0.date != nil }
        let days = charted.compactMap { $0.date?.start }
        let first = days.min(), last = days.max()
        let span = first.flatMap { f in last.map { $0.ordinal - f.ordinal } } ?? 0
        self.step = step ?? (span <= 183 ? .week : .month)
        totals = events.filter(\.aggregate).count
        undated = events.filter { !$0.aggregate && $0.date == nil }.count
        guard let first, let last else { return }
        var starts: [CalendarDay] = []
        var d = Self.binStart(first, self.step)
        while d <= last { starts.append(d); d = Self.next(d, self.step) }
        bins = starts.map { Bin(start: $0) }
        for e in charted {
            guard let day = e.date?.start else { continue }
            let k = index(of: day)
            bins[k].events += 1
            if e.mention == nil {
                bins[k].unlocated += 1
                unlocated += 1
            } else {
                bins[k].strikes[e.kind, default: 0] += max(1, e.strikes ?? 1)
                located += 1
            }
        }
    }

    /// The bin holding `day` (days are never before the first bin).
    private func index(of day: CalendarDay) -> Int {
        switch step {
        case .week: return (Self.binStart(day, .week).ordinal - bins[0].start.ordinal) / 7
        case .month: return (day.year - bins[0].start.year) * 12 + day.month - bins[0].start.month
        }
    }

    static func binStart(_ d: CalendarDay, _ step: Step) -> CalendarDay {
        switch step {
        // `weekday` counts from Sunday (0): Monday starts the week, as ISO 8601's do.
        case .week: return d.adding(days: -((d.weekday + 6) % 7))
        case .month: return CalendarDay(year: d.year, month: d.month, day: 1) ?? d
        }
    }

    static func next(_ d: CalendarDay, _ step: Step) -> CalendarDay {
        switch step {
        case .week: return d.adding(days: 7)
        case .month: return d.lastDayOfMonth.adding(days: 1)
        }
    }
}
