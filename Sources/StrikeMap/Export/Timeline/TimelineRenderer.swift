/// Renders an animated SVG (SMIL, no script): dated events appear at their dates over the same basemap as
/// the static map, with a date counter and a progress bar; the loop pauses at the end. Undated events and
/// totals are listed beside the map, not animated.
public struct TimelineRenderer: Sendable {
    public var basemap: Basemap
    public var title = "Reported strikes over time"
    /// Length of one loop, without the pause at the end, in seconds.
    public var seconds = 12.0

    public init(basemap: Basemap) { self.basemap = basemap }

    public func render(_ events: [StrikeEvent]) -> String {
        let located = MapRenderer.mapped(events)
        let dated = located.filter { $0.date != nil }.sorted { ($0.date!.start, $0.id) < ($1.date!.start, $1.id) }
        let datedIds = Set(dated.map(\.id))
        let aside = events.filter { !datedIds.contains($0.id) }
        let mapWidth = 880.0, width = 1200.0
        let frame = MapFrame(box: MapRenderer.extent(located), x0: 20, y0: 86, width: mapWidth, maxHeight: 760)
        let height = max(frame.y0 + frame.height + 90, 560)
        var svg = SVGText()
        svg.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        svg.add("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(SVGText.n(width))\" height=\"\(SVGText.n(height))\" viewBox=\"0 0 \(SVGText.n(width)) \(SVGText.n(height))\" font-family=\"\(MapStyle.font)\">")
        svg.add("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        svg.add("<text x=\"20\" y=\"38\" font-size=\"24\" font-weight=\"bold\" fill=\"#1b1b1b\">\(SVGText.escape(title))</text>")
        frame.drawBasemap(basemap, into: &svg, focus: Set(located.compactMap { $0.mention?.place.country }), suffix: "")
        var boxes: [LabelBox] = []
        frame.drawBasemapNames(basemap, into: &svg, avoid: &boxes, suffix: "")
        let total = seconds / 0.85   // the last 15% of each loop holds the final state
        let barY = frame.y0 + frame.height + 40
        if let first = dated.first?.date?.start, let last = dated.map({ $0.date!.end }).max() {
            let span = max(1, last.ordinal - first.ordinal + 1)
            let step = span <= 62 ? 1 : span <= 366 ? 7 : 30
            let steps = (span + step - 1) / step
            func fraction(_ d: CalendarDay) -> Double { 0.85 * Double(d.ordinal - first.ordinal) / Double(span) }
            svg.add("<g id=\"events\">")
            for e in dated {
                let p = frame.point(e.mention!.coordinate)
                let f = fraction(e.date!.start)
                let r = e.strikes.map { MapStyle.radius(strikes: $0) } ?? 6
                // Month-precise dates: a dashed ring marks that the day is not known.
                let dash = e.date!.precision >= .week ? " stroke-dasharray=\"2 2\"" : ""
                svg.add("<circle cx=\"\(SVGText.n(p.x))\" cy=\"\(SVGText.n(p.y))\" r=\"\(SVGText.n(r))\" fill=\"\(MapStyle.color(e.kind))\" fill-opacity=\"0.8\" stroke=\"#222222\" stroke-width=\"1\"\(dash) opacity=\"0\"><title>\(SVGText.escape(MapStyle.tooltip(e)))</title>"
                        + "<animate attributeName=\"opacity\" values=\"0;1;1;0.55\" keyTimes=\"0;\(Self.k(f));\(Self.k(min(0.999, f + 0.06)));1\" calcMode=\"discrete\" dur=\"\(SVGText.n(total))s\" repeatCount=\"indefinite\"/></circle>")
            }
            svg.add("</g>")
            svg.add("<g id=\"clock\" font-size=\"20\" font-weight=\"bold\" fill=\"#1b1b1b\">")
            for s in 0..<steps {
                let d = first.adding(days: s * step)
                let a = 0.85 * Double(s) / Double(steps), b = s == steps - 1 ? 1.0 : 0.85 * Double(s + 1) / Double(steps)
                let values = b >= 1 ? "0;1" : "0;1;0"
                let times = b >= 1 ? "0;\(Self.k(a))" : "0;\(Self.k(a));\(Self.k(b))"
                let label = step == 30 ? MapFurniture.format(d).split(separator: " ").dropFirst().joined(separator: " ") : MapFurniture.format(d)
                svg.add("<text x=\"\(SVGText.n(frame.x0 + frame.width))\" y=\"38\" text-anchor=\"end\" opacity=\"\(s == 0 ? 1 : 0)\">\(label)<animate attributeName=\"opacity\" values=\"\(values)\" keyTimes=\"\(times)\" calcMode=\"discrete\" dur=\"\(SVGText.n(total))s\" repeatCount=\"indefinite\"/></text>")
            }
            svg.add("</g>")
            svg.add("<g id=\"progress\"><rect x=\"20\" y=\"\(SVGText.n(barY))\" width=\"\(SVGText.n(mapWidth))\" height=\"6\" fill=\"#e3e3e3\"/>")
            svg.add("<rect x=\"20\" y=\"\(SVGText.n(barY))\" width=\"0\" height=\"6\" fill=\"#943126\"><animate attributeName=\"width\" values=\"0;\(SVGText.n(mapWidth));\(SVGText.n(mapWidth))\" keyTimes=\"0;0.85;1\" dur=\"\(SVGText.n(total))s\" repeatCount=\"indefinite\"/></rect>")
            svg.add("<text x=\"20\" y=\"\(SVGText.n(barY + 22))\" font-size=\"11\" fill=\"#555555\">\(MapFurniture.format(first))</text>")
            svg.add("<text x=\"\(SVGText.n(20 + mapWidth))\" y=\"\(SVGText.n(barY + 22))\" font-size=\"11\" fill=\"#555555\" text-anchor=\"end\">\(MapFurniture.format(last))</text></g>")
        } else {
            svg.add("<text x=\"\(SVGText.n(frame.x0 + frame.width / 2))\" y=\"\(SVGText.n(frame.y0 + frame.height / 2))\" font-size=\"18\" text-anchor=\"middle\" fill=\"#555555\">No dated events to animate</text>")
        }
        drawAside(aside, x: mapWidth + 40, y: frame.y0, into: &svg)
        svg.add("<text x=\"20\" y=\"\(SVGText.n(height - 12))\" font-size=\"10.5\" fill=\"#666666\">Made with Natural Earth. Places: GeoNames, CC-BY 4.0. Made with strikemap.</text>")
        svg.add("</svg>")
        return svg.text
    }

    static func k(_ v: Double) -> String { JSONText.format(v, decimals: 4) }

    /// The box of events that are not animated: undated, without a place, or totals.
    private func drawAside(_ events: [StrikeEvent], x: Double, y: Double, into svg: inout SVGText) {
        svg.add("<g id=\"not-animated\" font-size=\"11\" fill=\"#333333\">")
        svg.add("<text x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(y + 14))\" font-size=\"13\" font-weight=\"bold\">Not animated (\(events.count))</text>")
        svg.add("<text x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(y + 30))\" fill=\"#666666\">undated, unlocated, or totals</text>")
        var line = y + 52
        for e in events.prefix(24) {
            let place = e.mention?.place.name ?? e.regionText ?? "no single place"
            var what = e.strikes.map { "\($0) \(e.kind == .strike ? "strikes" : MapStyle.label(e.kind).lowercased())" } ?? MapStyle.label(e.kind)
            if e.aggregate { what = "total: " + what }
            let when = e.date.map { "\($0.start.year)" + ($0.end.year != $0.start.year ? "–\($0.end.year)" : "") } ?? (e.dateText ?? "undated")
            svg.add("<text x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(line))\"><title>\(SVGText.escape(MapStyle.tooltip(e)))</title>• \(SVGText.escape(String(place.prefix(22)))): \(SVGText.escape(String(what.prefix(26))))</text>")
            svg.add("<text x=\"\(SVGText.n(x + 10))\" y=\"\(SVGText.n(line + 14))\" fill=\"#777777\">\(SVGText.escape(String(when.prefix(36)))) · \(SVGText.escape(String(e.source.prefix(24))))</text>")
            line += 34
        }
        if events.count > 24 { svg.add("<text x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(line))\">… and \(events.count - 24) more (see report.txt)</text>") }
        svg.add("</g>")
    }
}
