import Foundation

/// Title, subtitle, legend, scale bar, attribution and the count of events left off the map.
struct MapFurniture {
    /// The lowest edge of the map panels, px.
    let bottom: Double
    let width: Double
    let scale: SymbolScale
    /// The reference counts of the legend's circles.
    let legendCounts: [Int]
    /// The largest legend circle's radius, px.
    let largestLegendRadius: Double

    init(bottom: Double, width: Double, scale: SymbolScale, largestCount: Int) {
        self.bottom = bottom
        self.width = width
        self.scale = scale
        legendCounts = SymbolScale.legendCounts(largest: largestCount)
        largestLegendRadius = scale.radius(legendCounts.last ?? 1)
    }

    /// How far the row of reference circles (and what follows it) moves down to fit its largest circle.
    private var sizesRowDrop: Double { max(44, 30 + 14 + largestLegendRadius) }

    /// Height below the map panels: legend, notes and attribution.
    var height: Double { 182 + sizesRowDrop - 44 }

    func draw(title: String, events: [StrikeEvent], shown: [StrikeEvent], into svg: inout SVGText) {
        let dated = shown.indices.compactMap { shown[$0].date }
        let allSources = Set(events.indices.lazy.flatMap { events[$0].sources })
        let sources = allSources.count
        var sub = "\(shown.count) located event\(shown.count == 1 ? "" : "s") from \(sources) source\(sources == 1 ? "" : "s")"
        if let a = dated.map(\.start).min(), let b = dated.map(\.end).max() { sub = "\(Self.format(a)) – \(Self.format(b)) · " + sub }
        svg.add("<g \(SVGText.layer("title"))>")
        svg.add("<text x=\"20\" y=\"38\" font-size=\"24\" font-weight=\"bold\" fill=\"#1b1b1b\">\(SVGText.escape(title))</text>")
        svg.add("<text x=\"20\" y=\"64\" font-size=\"14\" fill=\"#555555\">\(SVGText.escape(sub))</text>")
        svg.add("</g>")
        drawLegend(shown, &svg)
        let y = bottom + sizesRowDrop - 44
        let aggregate = events.indices.count { events[$0].aggregate }
        let unlocated = events.indices.count { events[$0].mention == nil && !events[$0].aggregate }
        let undated = shown.indices.count { shown[$0].date == nil }
        var notes: [String] = []
        if aggregate > 0 { notes.append("\(aggregate) total\(aggregate == 1 ? "" : "s") over long periods or whole countries not mapped") }
        if unlocated > 0 { notes.append("\(unlocated) without a place not mapped") }
        if undated > 0 { notes.append("\(undated) mapped event\(undated == 1 ? "" : "s") without a resolved date") }
        if shown.isEmpty { notes.insert("No located events to map", at: 0) }
        svg.add("<g \(SVGText.layer("attribution")) font-size=\"10.5\" fill=\"#666666\">")
        if !notes.isEmpty { svg.add("<text x=\"20\" y=\"\(SVGText.n(y + 118))\">\(SVGText.escape(notes.joined(separator: " · ")))</text>") }
        let regional = Self.regionalLine(events)
        if !regional.isEmpty { svg.add("<text x=\"20\" y=\"\(SVGText.n(y + 102))\" fill=\"#444444\">\(SVGText.escape(regional))</text>") }
        // The data credits and the symbols' key on lines of their own: together they ran past a 1,200-unit map.
        svg.add("<text x=\"20\" y=\"\(SVGText.n(y + 136))\">\(SVGText.escape(DataCredits.line))</text>")
        svg.add("<text x=\"20\" y=\"\(SVGText.n(y + 152))\">Symbols: where the reports say strikes hit; dashed halos show location uncertainty. Made with strikemap.</text>")
        svg.add("<text x=\"20\" y=\"\(SVGText.n(y + 168))\">\(SVGText.escape(Self.sourcesLine(allSources)))</text>")
        svg.add("</g>")
    }

    /// "Known only to a region or a country, not drawn: southern Libya (1 airstrike), Syria (2 events)".
    static func regionalLine(_ events: [StrikeEvent]) -> String {
        let regional = events.indices.filter { !events[$0].aggregate && MapRenderer.isRegional(events[$0].mention) }.map { events[$0] }
        guard !regional.isEmpty else { return "" }
        let byName = Dictionary(grouping: regional) { $0.mention?.text ?? "" }
        let parts = byName.keys.sorted().prefix(6).map { name -> String in
            let list = byName[name] ?? []
            let what: String
            if list.count == 1, let e = list.first {
                what = e.strikes.map { MapStyle.counted($0, e.kind) } ?? MapStyle.label(e.kind).lowercased() + ", count not reported"
            } else {
                what = "\(list.count) events"
            }
            return "\(name) (\(what))"
        }
        return "Known only to a region or a country, not drawn as points: " + parts.joined(separator: ", ") + (byName.count > 6 ? " and \(byName.count - 6) more" : "")
    }

    /// "Reports: a.txt, b.txt, c.txt and 12 more": the documents the map stands on.
    static func sourcesLine(_ events: [StrikeEvent]) -> String { sourcesLine(Set(events.lazy.flatMap { $0.sources })) }

    /// The same line for the documents' names.
    static func sourcesLine(_ names: Set<String>) -> String {
        let sources = names.sorted()
        guard !sources.isEmpty else { return "Reports: none" }
        var shown: [String] = []
        var length = 0
        for s in sources where length + s.count < 150 {
            shown.append(s)
            length += s.count + 2
        }
        let more = sources.count - shown.count
        return "Reports: " + shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
    }

    /// "5 Jan 2015".
    static func format(_ d: CalendarDay) -> String { "\(d.day) " + format(month: d) }

    /// "Jan 2015".
    static func format(month d: CalendarDay) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(months[d.month - 1]) \(d.year)"
    }

    /// A bar of a round length about a fifth of the panel's width, in its lower left corner.
    static func drawScaleBar(_ frame: MapFrame, suffix: String, into svg: inout SVGText) {
        let (km, len) = scaleLength(frame)
        let x = frame.x0 + 14, y = frame.y0 + frame.height - 18
        svg.add("<g \(SVGText.layer("scale\(suffix)")) font-size=\"10.5\" fill=\"#333333\">")
        svg.add("<rect x=\"\(SVGText.n(x - 6))\" y=\"\(SVGText.n(y - 20))\" width=\"\(SVGText.n(len + 46))\" height=\"30\" fill=\"#ffffff\" fill-opacity=\"0.75\"/>")
        svg.add("<rect x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(y))\" width=\"\(SVGText.n(len / 2))\" height=\"4\" fill=\"#333333\"/>")
        svg.add("<rect x=\"\(SVGText.n(x + len / 2))\" y=\"\(SVGText.n(y))\" width=\"\(SVGText.n(len / 2))\" height=\"4\" fill=\"#ffffff\" stroke=\"#333333\" stroke-width=\"0.8\"/>")
        svg.add("<text x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(y - 5))\">0</text>")
        svg.add("<text x=\"\(SVGText.n(x + len))\" y=\"\(SVGText.n(y - 5))\" text-anchor=\"middle\">\(Int(km)) km</text>")
        svg.add("</g>")
    }

    /// The area the scale bar covers, for label placement.
    static func scaleBarBox(_ frame: MapFrame) -> LabelBox {
        let (_, len) = scaleLength(frame)
        return LabelBox(x: frame.x0 + 8, y: frame.y0 + frame.height - 38, w: len + 46, h: 30)
    }

    private static func scaleLength(_ frame: MapFrame) -> (km: Double, px: Double) {
        let targetKm = frame.width / 5 / frame.pxPerKm
        let steps: [Double] = [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000]
        let km = steps.last { $0 <= targetKm } ?? 5
        return (km, km * frame.pxPerKm)
    }

    private func drawLegend(_ shown: [StrikeEvent], _ svg: inout SVGText) {
        let y = bottom + 34
        svg.add("<g \(SVGText.layer("legend")) font-size=\"12\" fill=\"#333333\">")
        var x = 20.0
        let present = Set(shown.indices.lazy.map { shown[$0].kind })
        let kinds = StrikeKind.allCases.filter { present.contains($0) }
        for k in (kinds.isEmpty ? [.airstrike] : kinds) {
            svg.add("<circle cx=\"\(SVGText.n(x + 6))\" cy=\"\(SVGText.n(y - 4))\" r=\"6\" fill=\"\(MapStyle.color(k))\" fill-opacity=\"0.78\"/>")
            svg.add("<text x=\"\(SVGText.n(x + 17))\" y=\"\(SVGText.n(y))\">\(MapStyle.label(k))</text>")
            x += 30 + SVGText.width(MapStyle.label(k), size: 12)
        }
        if shown.indices.contains(where: { shown[$0].status.isDisputed }) {
            svg.add("<circle cx=\"\(SVGText.n(x + 6))\" cy=\"\(SVGText.n(y - 4))\" r=\"6\" fill=\"#ffffff\" stroke=\"#555555\" stroke-width=\"2\"/>")
            svg.add("<text x=\"\(SVGText.n(x + 17))\" y=\"\(SVGText.n(y))\">\(MapStyle.disputedLabel)</text>")
        }
        let y2 = bottom + 34 + sizesRowDrop - 30
        svg.add("<text x=\"20\" y=\"\(SVGText.n(y2))\">Strikes reported</text>")
        x = 130
        for n in legendCounts {
            let r = scale.radius(n)
            svg.add("<circle cx=\"\(SVGText.n(x + r))\" cy=\"\(SVGText.n(y2 - 4))\" r=\"\(SVGText.n(r))\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1\"/>")
            svg.add("<text x=\"\(SVGText.n(x + 2 * r + 5))\" y=\"\(SVGText.n(y2))\">\(n)</text>")
            x += 2 * r + 14 + SVGText.width(String(n), size: 12)
        }
        svg.add("<path d=\"M\(SVGText.n(x + 6)) \(SVGText.n(y2 - 10))l6 6l-6 6l-6 -6Z\" fill=\"#943126\" fill-opacity=\"0.85\"/>")
        svg.add("<text x=\"\(SVGText.n(x + 18))\" y=\"\(SVGText.n(y2))\">count not reported</text>")
        x += 150
        svg.add("<circle cx=\"\(SVGText.n(x + 10))\" cy=\"\(SVGText.n(y2 - 4))\" r=\"10\" fill=\"#943126\" fill-opacity=\"0.1\" stroke=\"#943126\" stroke-opacity=\"0.45\" stroke-dasharray=\"3 2\"/>")
        svg.add("<text x=\"\(SVGText.n(x + 26))\" y=\"\(SVGText.n(y2))\">location uncertainty (to scale): near a town, a province, a region</text>")
        svg.add("</g>")
    }
}
