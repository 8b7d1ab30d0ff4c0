/// The parts every timeline picture shares: title, basemap, symbols, the date and progress bar, the box of
/// events that are not animated, the credits.
struct TimelinePage {
    let renderer: TimelineRenderer
    let events: [StrikeEvent]
    let plan: TimelinePlan
    let frame: MapFrame
    let height: Double
    let scale: SymbolScale
    var svg = SVGText()

    init(renderer: TimelineRenderer, events: [StrikeEvent], plan: TimelinePlan) {
        self.renderer = renderer
        self.events = events
        self.plan = plan
        // Fitted to what is animated; to every located event when nothing is dated.
        let located = plan.events.isEmpty ? MapRenderer.mapped(events) : plan.events
        frame = MapFrame(box: MapRenderer.extent(located), x0: 20, y0: 86, width: TimelineRenderer.mapWidth, maxHeight: 760)
        height = max(frame.y0 + frame.height + 100, 600)
        // Sizes by each event's own count (events appear one by one), the largest 30 px.
        scale = SymbolScale(largestCount: plan.events.compactMap(\.strikes).max() ?? 1)
    }

    mutating func begin() {
        let w = TimelineRenderer.width
        svg.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        svg.add("<svg \(SVGText.namespaces) width=\"\(SVGText.n(w))\" height=\"\(SVGText.n(height))\" viewBox=\"0 0 \(SVGText.n(w)) \(SVGText.n(height))\" font-family=\"\(MapStyle.font)\">")
        svg.add("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        svg.add("<g \(SVGText.layer("title"))><text x=\"20\" y=\"38\" font-size=\"24\" font-weight=\"bold\" fill=\"#1b1b1b\">\(SVGText.escape(renderer.title))</text>")
        let modeText: String
        switch plan.mode {
        case .cumulative: modeText = "events stay on the map, muted after their \(plan.step.rawValue)"
        case .window(let days): modeText = "events of the last \(days) days"
        }
        svg.add("<text x=\"20\" y=\"64\" font-size=\"13\" fill=\"#555555\">\(plan.events.count) dated events by \(plan.step.rawValue) · \(modeText) · dashed: day not known, shown across its period\(plan.events.contains { $0.status.isDisputed } ? " · hollow: " + MapStyle.disputedLabel : "")</text></g>")
        let focus = Set(plan.events.compactMap { $0.mention?.place.country })
        let background = frame.basemapFeatures(renderer.basemap)
        frame.drawBasemap(background, into: &svg, focus: focus, suffix: "")
        var boxes = LabelBoxes()
        frame.drawBasemapNames(background, into: &svg, avoid: &boxes, focus: focus, suffix: "")
        svg.add("<rect x=\"\(SVGText.n(frame.x0))\" y=\"\(SVGText.n(frame.y0))\" width=\"\(SVGText.n(frame.width))\" height=\"\(SVGText.n(frame.height))\" fill=\"none\" stroke=\"#6b6b6b\" stroke-width=\"0.8\"/>")
    }

    /// A circle (a diamond without a count), dashed when the day is not known.
    /// `tip` is the escaped tooltip when the caller has it already (frames draw each event many times).
    mutating func symbol(_ e: StrikeEvent, opacity: String, extra: String, attributes: String = "", tip cached: String? = nil) {
        // The plan's events all have a place and a date.
        guard let m = e.mention, let date = e.date else { return }
        let p = frame.point(m.coordinate)
        let color = MapStyle.color(e.kind)
        let dash = date.end != date.start ? " stroke-dasharray=\"2 2\"" : ""
        let tip = "<title>\(cached ?? SVGText.escape(MapStyle.tooltip(e)))</title>"
        // Denied or not credible: hollow, as on the map.
        let paint = e.status.isDisputed ? "fill=\"#ffffff\" fill-opacity=\"0.6\" stroke=\"\(color)\" stroke-width=\"2\""
            : "fill=\"\(color)\" fill-opacity=\"\(e.strikes == nil ? "0.85" : "0.8")\" stroke=\"#222222\" stroke-width=\"1\""
        if let n = e.strikes {
            let r = scale.radius(n)
            svg.add("<circle cx=\"\(SVGText.n(p.x))\" cy=\"\(SVGText.n(p.y))\" r=\"\(SVGText.n(r))\" \(paint)\(dash) opacity=\"\(opacity)\"\(attributes)>\(tip)\(extra)</circle>")
        } else {
            let r = 6.0
            svg.add("<path d=\"\(MapStyle.diamond(p, r))\" \(paint)\(dash) opacity=\"\(opacity)\"\(attributes)>\(tip)\(extra)</path>")
        }
    }

    private var barY: Double { frame.y0 + frame.height + 40 }

    /// Date labels that take turns, and a growing progress bar.
    mutating func animatedClock(total: Double) {
        let n = plan.frames.count
        svg.add("<g \(SVGText.layer("clock")) font-size=\"20\" font-weight=\"bold\" fill=\"#1b1b1b\">")
        for (s, f) in plan.frames.enumerated() {
            let a = TimelineRenderer.playing * Double(s) / Double(n), b = TimelineRenderer.playing * Double(s + 1) / Double(n)
            let last = s == n - 1
            let values = last ? "0;1" : "0;1;0", times = last ? "0;\(TimelineRenderer.k(a))" : "0;\(TimelineRenderer.k(a));\(TimelineRenderer.k(b))"
            svg.add("<text x=\"\(SVGText.n(frame.x0 + frame.width))\" y=\"38\" text-anchor=\"end\" opacity=\"\(s == 0 ? 1 : 0)\">\(SVGText.escape(TimelineRenderer.label(f, plan.step)))<animate attributeName=\"opacity\" values=\"\(s == 0 ? (last ? "1;1" : "1;1;0") : values)\" keyTimes=\"\(times)\" calcMode=\"discrete\" dur=\"\(SVGText.n(total))s\" repeatCount=\"indefinite\"/></text>")
        }
        svg.add("</g>")
        let w = TimelineRenderer.mapWidth
        svg.add("<g \(SVGText.layer("progress"))><rect x=\"20\" y=\"\(SVGText.n(barY))\" width=\"\(SVGText.n(w))\" height=\"6\" fill=\"#e3e3e3\"/>")
        svg.add("<rect x=\"20\" y=\"\(SVGText.n(barY))\" width=\"0\" height=\"6\" fill=\"#943126\"><animate attributeName=\"width\" values=\"0;\(SVGText.n(w));\(SVGText.n(w))\" keyTimes=\"0;\(TimelineRenderer.k(TimelineRenderer.playing));1\" dur=\"\(SVGText.n(total))s\" repeatCount=\"indefinite\"/></rect>")
        barEnds()
    }

    /// The frame's date and a bar filled to its place in the sequence.
    mutating func staticClock(frame k: Int) {
        let f = plan.frames[k]
        svg.add("<g \(SVGText.layer("clock")) font-size=\"20\" font-weight=\"bold\" fill=\"#1b1b1b\"><text x=\"\(SVGText.n(frame.x0 + frame.width))\" y=\"38\" text-anchor=\"end\">\(SVGText.escape(TimelineRenderer.label(f, plan.step)))</text></g>")
        let w = TimelineRenderer.mapWidth
        let filled = w * Double(k + 1) / Double(plan.frames.count)
        svg.add("<g \(SVGText.layer("progress"))><rect x=\"20\" y=\"\(SVGText.n(barY))\" width=\"\(SVGText.n(w))\" height=\"6\" fill=\"#e3e3e3\"/>")
        svg.add("<rect x=\"20\" y=\"\(SVGText.n(barY))\" width=\"\(SVGText.n(filled))\" height=\"6\" fill=\"#943126\"/>")
        barEnds()
    }

    private mutating func barEnds() {
        guard let first = plan.frames.first, let last = plan.frames.last else { return }
        svg.add("<text x=\"20\" y=\"\(SVGText.n(barY + 22))\" font-size=\"11\" fill=\"#555555\">\(MapFurniture.format(first.start))</text>")
        svg.add("<text x=\"\(SVGText.n(20 + TimelineRenderer.mapWidth))\" y=\"\(SVGText.n(barY + 22))\" font-size=\"11\" fill=\"#555555\" text-anchor=\"end\">\(MapFurniture.format(last.end))</text></g>")
    }

    mutating func noDatedEvents() {
        svg.add("<text x=\"\(SVGText.n(frame.x0 + frame.width / 2))\" y=\"\(SVGText.n(frame.y0 + frame.height / 2))\" font-size=\"18\" text-anchor=\"middle\" fill=\"#555555\" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\">No dated events to animate</text>")
    }

    mutating func end() {
        let animated = Set(plan.events.map(\.id))
        drawAside(events.filter { !animated.contains($0.id) }, x: TimelineRenderer.mapWidth + 40, y: frame.y0)
        // Two lines: with the sources on the first, the credits ran past the right edge.
        svg.add("<text x=\"20\" y=\"\(SVGText.n(height - 26))\" font-size=\"10.5\" fill=\"#666666\">\(SVGText.escape(DataCredits.line)) Made with strikemap.</text>")
        svg.add("<text x=\"20\" y=\"\(SVGText.n(height - 12))\" font-size=\"10.5\" fill=\"#666666\">\(SVGText.escape(MapFurniture.sourcesLine(events)))</text>")
        svg.add("</svg>")
    }

    /// The box of events that are not animated: undated, without a place, or totals.
    private mutating func drawAside(_ aside: [StrikeEvent], x: Double, y: Double) {
        svg.add("<g \(SVGText.layer("not-animated")) font-size=\"11\" fill=\"#333333\">")
        svg.add("<text x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(y + 14))\" font-size=\"13\" font-weight=\"bold\">Not animated (\(aside.count))</text>")
        svg.add("<text x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(y + 30))\" fill=\"#666666\">undated, unlocated, totals, regions</text>")
        var line = y + 52
        let room = max(4, Int((frame.y0 + frame.height - y - 60) / 34))
        for e in aside.prefix(room) {
            let place = e.mention.map { _ in EventLabel.reports.name([e]) } ?? e.regionText ?? "no single place"
            var what = e.strikes.map { MapStyle.counted($0, e.kind) } ?? MapStyle.label(e.kind)
            if e.aggregate { what = "total: " + what }
            let when = e.date.map { "\($0.start.year)" + ($0.end.year != $0.start.year ? "–\($0.end.year)" : "") } ?? (e.dateText ?? "undated")
            svg.add("<text x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(line))\"><title>\(SVGText.escape(MapStyle.tooltip(e)))</title>• \(SVGText.escape(String(place.prefix(22)))): \(SVGText.escape(String(what.prefix(26))))</text>")
            svg.add("<text x=\"\(SVGText.n(x + 10))\" y=\"\(SVGText.n(line + 14))\" fill=\"#777777\">\(SVGText.escape(String(when.prefix(36)))) · \(SVGText.escape(String(e.source.prefix(24))))</text>")
            line += 34
        }
        if aside.count > room { svg.add("<text x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(line))\">… and \(aside.count - room) more (see report.txt)</text>") }
        svg.add("</g>")
    }
}
