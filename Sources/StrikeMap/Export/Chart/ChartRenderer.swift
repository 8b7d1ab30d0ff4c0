/// A chart of strikes over time for a report (`chart.svg`, `strikemap chart`): bars of strikes per week
/// or month stacked by kind (the map's colours; an event without a count as one), dated events without a
/// place in grey on top, a line of events per bin, axes with round ticks, a title, a legend and what is
/// not charted (undated events, totals). Groups are Inkscape layers, as the map's.
public struct ChartRenderer: Sendable {
    public var title = "Reported strikes over time"
    public var step: ChartBins.Step?
    public var width = 1000.0
    static let height = 454.0
    static let plot = (left: 64.0, right: 24.0, top: 92.0, bottom: 110.0)

    public init() {}

    public func render(_ events: [StrikeEvent]) -> String {
        let bins = ChartBins(events, step: step)
        let h = Self.height, p = Self.plot
        let plotWidth = width - p.left - p.right, plotHeight = h - p.top - p.bottom
        let peak = max(1, bins.bins.map(\.total).max() ?? 1)
        let ticks = Self.ticks(upTo: peak)
        let top = Double(ticks.last ?? peak)
        let y = { (v: Double) in p.top + plotHeight * (1 - v / top) }
        let barWidth = plotWidth / Double(max(1, bins.bins.count))
        var svg = SVGText()
        svg.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        svg.add("<svg \(SVGText.namespaces) width=\"\(SVGText.n(width))\" height=\"\(SVGText.n(h))\" viewBox=\"0 0 \(SVGText.n(width)) \(SVGText.n(h))\" font-family=\"\(MapStyle.font)\">")
        svg.add("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        svg.add("<g \(SVGText.layer("title"))>")
        svg.add("<text x=\"20\" y=\"36\" font-size=\"22\" font-weight=\"bold\" fill=\"#1b1b1b\">\(SVGText.escape(title))</text>")
        svg.add("<text x=\"20\" y=\"60\" font-size=\"13\" fill=\"#555555\">\(SVGText.escape(Self.subtitle(bins)))</text>")
        svg.add("</g>")
        svg.add("<g \(SVGText.layer("axes")) font-size=\"11\" fill=\"#555555\">")
        for t in ticks {
            let ty = y(Double(t))
            svg.add("<line x1=\"\(SVGText.n(p.left))\" x2=\"\(SVGText.n(width - p.right))\" y1=\"\(SVGText.n(ty))\" y2=\"\(SVGText.n(ty))\" stroke=\"\(t == 0 ? "#666666" : "#e4e4e4")\" stroke-width=\"\(t == 0 ? 1 : 0.8)\"/>")
            svg.add("<text x=\"\(SVGText.n(p.left - 6))\" y=\"\(SVGText.n(ty + 4))\" text-anchor=\"end\">\(t)</text>")
        }
        svg.add("<text transform=\"translate(18 \(SVGText.n(p.top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">strikes per \(bins.step.rawValue)</text>")
        let every = max(1, Int((Double(bins.bins.count) * 78 / plotWidth).rounded(.up)))
        for (k, b) in bins.bins.enumerated() where k % every == 0 {
            let x = p.left + (Double(k) + 0.5) * barWidth
            svg.add("<text x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(h - p.bottom + 16))\" text-anchor=\"middle\">\(SVGText.escape(Self.binLabel(b.start, bins.step)))</text>")
        }
        svg.add("</g>")
        svg.add("<g \(SVGText.layer("bars"))>")
        for (k, b) in bins.bins.enumerated() {
            var acc = 0
            // Bars at most 60 px wide, centred in their bin: three bins would otherwise fill the chart.
            let w = min(60, max(0.5, barWidth - 2 * min(1, barWidth * 0.1)))
            let x = p.left + (Double(k) + 0.5) * barWidth - w / 2
            let segments = StrikeKind.allCases.compactMap { kind in b.strikes[kind].map { (MapStyle.color(kind), $0, MapStyle.counted($0, kind)) } }
                + (b.unlocated > 0 ? [("#b3b3b3", b.unlocated, "\(b.unlocated) without a place")] : [])
            for (color, v, what) in segments {
                let y0 = y(Double(acc + v)), y1 = y(Double(acc))
                svg.add("<rect x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(y0))\" width=\"\(SVGText.n(w))\" height=\"\(SVGText.n(y1 - y0))\" fill=\"\(color)\"><title>\(SVGText.escape(Self.binLabel(b.start, bins.step) + ": " + what))</title></rect>")
                acc += v
            }
        }
        svg.add("</g>")
        if bins.bins.count > 1 {
            let points = bins.bins.enumerated().map { k, b in "\(SVGText.n(p.left + (Double(k) + 0.5) * barWidth)),\(SVGText.n(y(Double(b.events))))" }
            svg.add("<g \(SVGText.layer("events-line"))><polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#1b1b1b\" stroke-width=\"1.4\" stroke-linejoin=\"round\"/></g>")
        }
        if bins.bins.isEmpty {
            svg.add("<text x=\"\(SVGText.n(width / 2))\" y=\"\(SVGText.n(p.top + plotHeight / 2))\" font-size=\"16\" text-anchor=\"middle\" fill=\"#555555\">No dated events to chart</text>")
        }
        drawLegend(events, y: h - 58, into: &svg)
        svg.add("</svg>")
        return svg.text
    }

    private func drawLegend(_ events: [StrikeEvent], y: Double, into svg: inout SVGText) {
        svg.add("<g \(SVGText.layer("legend")) font-size=\"12\" fill=\"#333333\">")
        var x = 20.0
        let kinds = StrikeKind.allCases.filter { k in events.contains { $0.kind == k && !$0.aggregate } }
        for (color, label) in kinds.map({ (MapStyle.color($0), MapStyle.label($0)) }) + [("#b3b3b3", "Dated, without a place")] {
            svg.add("<rect x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(y - 10))\" width=\"12\" height=\"12\" fill=\"\(color)\"/><text x=\"\(SVGText.n(x + 17))\" y=\"\(SVGText.n(y))\">\(SVGText.escape(label))</text>")
            x += 30 + SVGText.width(label, size: 12)
        }
        svg.add("<line x1=\"\(SVGText.n(x))\" x2=\"\(SVGText.n(x + 22))\" y1=\"\(SVGText.n(y - 4))\" y2=\"\(SVGText.n(y - 4))\" stroke=\"#1b1b1b\" stroke-width=\"1.4\"/><text x=\"\(SVGText.n(x + 28))\" y=\"\(SVGText.n(y))\">Events</text>")
        svg.add("<text x=\"20\" y=\"\(SVGText.n(y + 22))\" font-size=\"10.5\" fill=\"#666666\">Bars: strikes reported, an event without a count as one. Made with strikemap.</text>")
        svg.add("<text x=\"20\" y=\"\(SVGText.n(y + 36))\" font-size=\"10.5\" fill=\"#666666\">\(SVGText.escape(MapFurniture.sourcesLine(events)))</text>")
        svg.add("</g>")
    }

    /// "2,037 events with a place · 96 dated without a place · 2 undated and 11 totals not charted".
    static func subtitle(_ b: ChartBins) -> String {
        func n(_ k: Int, _ one: String, _ many: String) -> String { "\(k) \(k == 1 ? one : many)" }
        var parts = ["Strikes per \(b.step.rawValue), by kind", n(b.located, "event with a place", "events with a place")]
        if b.unlocated > 0 { parts.append(n(b.unlocated, "dated event without a place", "dated events without a place")) }
        var apart: [String] = []
        if b.undated > 0 { apart.append(n(b.undated, "undated event", "undated events")) }
        if b.totals > 0 { apart.append(n(b.totals, "total over a long period", "totals over long periods")) }
        if !apart.isEmpty { parts.append(apart.joined(separator: " and ") + " not charted") }
        return parts.joined(separator: " · ")
    }

    /// "Jan 2015" for a month, "5 Jan 2015" for a week.
    static func binLabel(_ d: CalendarDay, _ step: ChartBins.Step) -> String {
        step == .week ? MapFurniture.format(d) : MapFurniture.format(month: d)
    }

    /// 0 and round steps (1, 2 or 5 times a power of ten) up to at least `peak`, four to six of them.
    static func ticks(upTo peak: Int) -> [Int] {
        var unit = 1
        while true {
            for m in [1, 2, 5] where (peak + m * unit - 1) / (m * unit) <= 5 {
                let s = m * unit
                return Array(stride(from: 0, through: (peak + s - 1) / s * s, by: s))
            }
            unit *= 10
        }
    }
}
