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

    /// `step` nil picks one from the span: days up to two months, weeks up to two years, else months.
    public init(events: [StrikeEvent], mode: Mode = .cumulative, step: Step? = nil) {
        let dated = MapRenderer.mapped(events).filter { $0.date != nil }
            .sorted { ($0.date!.start, $0.id) < ($1.date!.start, $1.id) }
        self.events = dated
        self.mode = mode
        guard let first = dated.first?.date?.start, let last = dated.map({ $0.date!.end }).max() else {
            self.step = step ?? .day
            frames = []
            return
        }
        let span = last.ordinal - first.ordinal + 1
        let chosen = step ?? (span <= 62 ? .day : span <= 731 ? .week : .month)
        self.step = chosen
        var out: [Frame] = []
        var d = chosen == .month ? CalendarDay(year: first.year, month: first.month, day: 1)! : first
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
    /// past, hidden again); nil where the state never comes.
    func transitions(_ event: StrikeEvent) -> [(frame: Int, state: State)] {
        var out: [(Int, State)] = []
        var last = State.hidden
        for k in frames.indices {
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
