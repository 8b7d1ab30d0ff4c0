/// Renders a timeline of dated events over the same basemap as the static map: an animated SVG (SMIL, no
/// script; the loop pauses at the end) or one static SVG per step. Undated events and totals are listed
/// beside the map, not animated.
public struct TimelineRenderer: Sendable {
    public var basemap: Basemap
    public var title = "Reported strikes over time"
    /// Length of one loop, without the pause at the end, in seconds.
    public var seconds = 12.0
    public var mode: TimelinePlan.Mode = .cumulative
    /// nil picks the step from the span.
    public var step: TimelinePlan.Step?

    static let mapWidth = 880.0, width = 1200.0
    /// Share of a loop spent stepping through the dates; the rest holds the last frame.
    static let playing = 0.85

    public init(basemap: Basemap) { self.basemap = basemap }

    public func plan(_ events: [StrikeEvent]) throws(OutputError) -> TimelinePlan { try TimelinePlan(events: events, mode: mode, step: step) }

    /// The animated SVG.
    public func render(_ events: [StrikeEvent]) throws(OutputError) -> String {
        let plan = try plan(events)
        var page = TimelinePage(renderer: self, events: events, plan: plan)
        page.begin()
        let total = seconds / Self.playing
        if plan.frames.isEmpty {
            page.noDatedEvents()
        } else {
            page.svg.add("<g \(SVGText.layer("events"))>")
            for e in plan.events {
                let t = plan.transitions(e)
                var values = ["0"], times = ["0"]
                for (k, s) in t {
                    values.append(Self.opacity(s))
                    times.append(Self.k(Self.playing * Double(k) / Double(plan.frames.count)))
                }
                if times.count > 1, times[1] == "0" { values.removeFirst(); times.removeFirst() }
                let animate = "<animate attributeName=\"opacity\" values=\"\(values.joined(separator: ";"))\" keyTimes=\"\(times.joined(separator: ";"))\" calcMode=\"discrete\" dur=\"\(SVGText.n(total))s\" repeatCount=\"indefinite\"/>"
                page.symbol(e, opacity: values.first ?? "0", extra: animate)
            }
            page.svg.add("</g>")
            page.animatedClock(total: total)
        }
        page.end()
        return page.svg.text
    }

    /// One complete static map per step, each with its date: `frames[k]` shows the timeline at step k.
    /// With `skipEmpty`, only the steps in which an event appears.
    public func renderFrames(_ events: [StrikeEvent], skipEmpty: Bool = false) throws(OutputError) -> [String] {
        let plan = try plan(events)
        // The steps in which some event is current: each event's from its transitions, not by testing
        // every event in every step.
        var current = Set<Int>()
        if skipEmpty {
            for e in plan.events {
                let t = plan.transitions(e)
                for (n, (k, s)) in t.enumerated() where s == .current {
                    let until = n + 1 < t.count ? t[n + 1].frame : plan.frames.count
                    current.formUnion(k..<until)
                }
            }
        }
        let steps = plan.frames.indices.filter { k in !skipEmpty || current.contains(k) }
        // The basemap and the tooltips are the same in every frame: built once.
        var first = TimelinePage(renderer: self, events: events, plan: plan)
        first.begin()
        let background = first.svg
        let tips = plan.events.map { SVGText.escape(MapStyle.tooltip($0)) }
        return steps.map { k in
            var page = TimelinePage(renderer: self, events: events, plan: plan)
            page.svg = background
            page.svg.add("<g \(SVGText.layer("events"))>")
            for (i, e) in plan.events.enumerated() {
                let s = plan.state(e, inFrame: k)
                if s != .hidden { page.symbol(e, opacity: Self.opacity(s), extra: "", tip: tips[i]) }
            }
            page.svg.add("</g>")
            page.staticClock(frame: k)
            page.end()
            return page.svg.text
        }
    }

    static func opacity(_ s: TimelinePlan.State) -> String {
        switch s {
        case .hidden: return "0"
        case .uncertain: return "0.5"
        case .current: return "1"
        case .past: return "0.4"
        }
    }

    static func k(_ v: Double) -> String { JSONText.format(v, decimals: 4) }

    /// "3 Jan 2019", "Jan 2019" for month steps, "week of 31 Dec 2018".
    static func label(_ f: TimelinePlan.Frame, _ step: TimelinePlan.Step) -> String {
        switch step {
        case .day: return MapFurniture.format(f.start)
        case .week: return "week of " + MapFurniture.format(f.start)
        case .month: return MapFurniture.format(f.start).split(separator: " ").dropFirst().joined(separator: " ")
        }
    }
}
