/// A self-contained HTML player (no network, no external script): the timeline's map, a play/pause
/// button, a date slider and the list of events shown at the chosen date with their evidence. Text from
/// articles is data only: it travels as JSON (with `<`, `>`, `&` escaped) and reaches the page through
/// `textContent`, never as markup or code.
public struct TimelineHTML: Sendable {
    public let renderer: TimelineRenderer

    public init(renderer: TimelineRenderer) { self.renderer = renderer }

    public func render(_ events: [StrikeEvent]) throws(OutputError) -> String {
        let plan = try renderer.plan(events)
        var page = TimelinePage(renderer: renderer, events: events, plan: plan)
        page.begin()
        page.svg.add("<g \(SVGText.layer("events"))>")
        for (i, e) in plan.events.enumerated() { page.symbol(e, opacity: "0", extra: "", attributes: " data-i=\"\(i)\"") }
        page.svg.add("</g>")
        if plan.frames.isEmpty { page.noDatedEvents() }
        page.end()
        var svg = page.svg.text
        if svg.hasPrefix("<?xml") { svg = String(svg.drop(while: { $0 != "\n" }).dropFirst()) }
        var j = JSONText(scriptSafe: true)
        j.raw("{\"frames\":[")
        for (k, f) in plan.frames.enumerated() {
            if k > 0 { j.raw(",") }
            j.string(TimelineRenderer.label(f, plan.step))
        }
        j.raw("],\"events\":[")
        for (i, e) in plan.events.enumerated() {
            if i > 0 { j.raw(",") }
            j.raw("{\"t\":[")
            for (n, (frame, state)) in plan.transitions(e).enumerated() {
                if n > 0 { j.raw(",") }
                j.raw("[\(frame),\(TimelineRenderer.opacity(state))]")
            }
            j.raw("],\"place\":"); j.string(e.mention.map { _ in EventLabel.reports.name([e]) })
            j.raw(",\"date\":"); j.string(e.date.map { $0.start == $0.end ? $0.start.description : "\($0.start) to \($0.end)" })
            j.raw(",\"what\":"); j.string(e.strikes.map { "\($0) × \(MapStyle.label(e.kind).lowercased())" } ?? MapStyle.label(e.kind))
            j.raw(",\"evidence\":"); j.string(e.evidence)
            j.raw(",\"source\":"); j.string(e.sources.joined(separator: ", "))
            j.raw("}")
        }
        j.raw("]}")
        let data = j.text
        return Self.template
            .replacingOccurrences(of: "{{TITLE}}", with: SVGText.escape(renderer.title))
            .replacingOccurrences(of: "{{SVG}}", with: svg)
            .replacingOccurrences(of: "{{DATA}}", with: data)
            .replacingOccurrences(of: "{{INTERVAL}}", with: String(max(40, Int(renderer.seconds * 1000 / Double(max(1, plan.frames.count))))))
    }
}
