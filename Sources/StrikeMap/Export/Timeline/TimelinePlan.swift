/// How a timeline unfolds: its steps (days, weeks or months from the first dated event to the last) and,
/// for each event, the steps in which it is shown. Shared by the animated SVG, the frames and the HTML
/// player, so that all three show the same thing at the same date.
public struct TimelinePlan: Sendable {
    /// What stays on the map.
    public enum Mode: Sendable, Equatable {
        /// Events stay once shown, fading to a muted colour after their step.
        case cumulative
        /// Only events of the last `days` days are shown.
        case window(days: Int)
    }

    public enum Step: String, Sendable, CaseIterable { case day, week, month }

    /// One step: the days it covers.
    public struct Frame: Sendable, Equatable {
        public var start: CalendarDay
        public var end: CalendarDay
    }

    /// How an event looks in a frame.
    public enum State: Sendable, Equatable {
        case hidden
        /// Within its date span but the day is not known (a month-precise event during its month).
        case uncertain
        /// Its step: drawn fully.
        case current
        /// Shown before (cumulative mode): muted.
        case past
    }

    public let mode: Mode
    public let step: Step
    public let frames: [Frame]
    /// The events with a place and a date, in date order.
    public let events: [StrikeEvent]

    /// At most this many steps: a frame is a whole map, and a span of centuries by day (dates from another
    /// tool's file, "0001-01-01") would fill memory before the first was drawn.
    public static let maximumSteps = 10_000

    /// `step` nil picks one from the span: days up to two months, weeks up to two years, else months.
    /// Throws, before building any frame, when the span needs more than `maximumSteps` steps.
    public init(events: [StrikeEvent], mode: Mode = .cumulative, step: Step? = nil) throws(OutputError) {
        let dated = MapRenderer.mapped(events).compactMap { e in e.date.map { (e, $0) } }
            .sorted { ($0.1.start, $0.0.id) < ($1.1.start, $1.0.id) }
        self.events = dated.map(\.0)
        self.mode = mode
        guard let first = dated.first?.1.start, let last = dated.map({ $0.1.end }).max() else {
            self.step = step ?? .day
            frames = []
            return
        }
        let span = last.ordinal - first.ordinal + 1
        let chosen = step ?? (span <= 62 ? .day : span <= 731 ? .week : .month)
        self.step = chosen
        let count: Int
        switch chosen {
        case .day: count = span
        case .week: count = (span + 6) / 7
        case .month: count = (last.year - first.year) * 12 + last.month - first.month + 1
        }
        guard count <= Self.maximumSteps else {
            let coarser = chosen == .day ? "use --step week or --step month" : chosen == .week ? "use --step month" : "leave out the events far outside the period of interest"
            throw OutputError.tooManySteps(span: "\(first) to \(last)", steps: count, limit: Self.maximumSteps, suggestion: coarser)
        }
        var out: [Frame] = []
        out.reserveCapacity(count)
        var d = chosen == .month ? CalendarDay(year: first.year, month: first.month, day: 1) ?? first : first
        while d <= last {
            let end: CalendarDay
            switch chosen {
            case .day: end = d
            case .week: end = d.adding(days: 6)
            case .month: end = d.lastDayOfMonth
            }
            out.append(Frame(start: d, end: end))
            d = end.adding(days: 1)
        }
        frames = out
    }

    /// The state of `event` in frame `k`.
    public func state(_ event: StrikeEvent, inFrame k: Int) -> State {
        guard let span = event.date, frames.indices.contains(k) else { return .hidden }
        let f = frames[k]
        if span.start > f.end { return .hidden }
        let precise = span.end.ordinal - span.start.ordinal < 1
        if !precise && span.end > f.end { return .uncertain }
        // The frame the event's last possible day falls in is its own.
        if span.end >= f.start { return .current }
        switch mode {
        case .cumulative: return .past
        case .window(let days): return f.end.ordinal - span.end.ordinal < days ? .past : .hidden
        }
    }

    /// The first frame in which the event shows in each state, for the SMIL animation: (uncertain, current,
    /// past, hidden again); nil where the state never comes. The state can only change where a frame first
    /// reaches the event's start or end, passes its end, or leaves its window: those frames are found by
    /// binary search, so that many events over many steps cost events × log(steps).
    func transitions(_ event: StrikeEvent) -> [(frame: Int, state: State)] {
        guard let span = event.date else { return [] }
        func firstFrame(_ isPast: (Frame) -> Bool) -> Int {
            var lo = 0, hi = frames.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if isPast(frames[mid]) { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        var boundaries = [firstFrame { $0.end >= span.start }, firstFrame { $0.end >= span.end }, firstFrame { $0.start > span.end }]
        if case .window(let days) = mode { boundaries.append(firstFrame { $0.end.ordinal - span.end.ordinal >= days }) }
        var out: [(Int, State)] = []
        var last = State.hidden
        for k in Set(boundaries).sorted() where k < frames.count {
            let s = state(event, inFrame: k)
            if s != last { out.append((k, s)); last = s }
        }
        return out
    }

    /// "30d", "2w", "3m" (months as 30 days) or a bare number of days.
    public static func windowDays(_ text: String) -> Int? {
        let t = text.lowercased()
        let unit = t.last.flatMap { "dwm".contains($0) ? $0 : nil }
        guard let n = Int(unit == nil ? t : String(t.dropLast())), n > 0, n <= 36_500 else { return nil }
        switch unit {
        case "w": return n * 7
        case "m": return n * 30
        default: return n
        }
    }
}
