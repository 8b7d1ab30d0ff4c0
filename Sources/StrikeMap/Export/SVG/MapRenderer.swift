/// Renders events as a static SVG map for a report: basemap, proportional symbols with uncertainty halos,
/// labels placed without overlaps, title, legend, scale bar and attribution.
///
/// Here and in `MapFurniture` and `EventLabel`, events are read in place by index where every event is
/// read: iterating them (for-in, map, filter, contains) copies each, and a copy retains its dozen strings
/// (those copies were a tenth of a map of 100,000 events).
public struct MapRenderer: Sendable {
    public var basemap: Basemap
    public var gazetteer: Gazetteer
    public var title = "Reported strikes"
    /// How event symbols are named: the reports' names (default) or the gazetteer's.
    public var labels = EventLabel.reports
    public var width = 1200.0

    public init(basemap: Basemap, gazetteer: Gazetteer) {
        self.basemap = basemap
        self.gazetteer = gazetteer
    }

    /// Places drawn as symbols: events with a point that are not totals, nor known only to a region or a
    /// country ("southern Libya"): a symbol there would read as a place in the desert, its halo covering
    /// a panel. Those are listed under the map (`regional`).
    static func mapped(_ events: [StrikeEvent]) -> [StrikeEvent] { events.filter { !$0.aggregate && !isRegional($0) && $0.mention != nil } }

    /// Known only to a part of a country or a whole country.
    static func isRegional(_ e: StrikeEvent) -> Bool { isRegional(e.mention) }
    static func isRegional(_ m: PlaceMention?) -> Bool { (m?.precision).map { $0 == .region || $0 == .country } ?? false }

    /// A fixed extent (`--bbox`); nil fits the events.
    public var fixedExtent: GeoBox?

    /// The SVG text and the warnings a user should see (no events, events outside `--bbox`).
    public struct Rendered: Sendable {
        public var svg: String
        public var warnings: [String]
    }

    public func render(_ events: [StrikeEvent]) -> String { renderWithNotes(events).svg }

    public func renderWithNotes(_ events: [StrikeEvent]) -> Rendered {
        let shown = Self.mapped(events)
        var warnings: [String] = []
        if shown.isEmpty { warnings.append("no located events to map; the map shows the basemap only") }
        if let box = fixedExtent {
            let outside = shown.filter { e in e.mention.map { !box.contains($0.coordinate) } ?? false }.count
            if outside > 0 { warnings.append("\(outside) event\(outside == 1 ? "" : "s") outside --bbox not drawn") }
        }
        let layout = MapLayout(events: shown, fixed: fixedExtent, x0: 20, y0: 86, width: width - 40, maxHeight: 820)
        let bottom = layout.frames.map { $0.y0 + $0.height }.max() ?? 86
        let largest = Self.largestGroupCount(shown)
        let scale = SymbolScale(largestCount: largest)
        let furniture = MapFurniture(bottom: bottom, width: width, scale: scale, largestCount: largest)
        let height = bottom + furniture.height
        var svg = SVGText()
        svg.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        svg.add("<svg \(SVGText.namespaces) width=\"\(SVGText.n(width))\" height=\"\(SVGText.n(height))\" viewBox=\"0 0 \(SVGText.n(width)) \(SVGText.n(height))\" font-family=\"\(MapStyle.font)\">")
        svg.add("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        for (k, frame) in layout.frames.enumerated() {
            let inside = { (m: PlaceMention?) in m.map { frame.contains(frame.point($0.coordinate), margin: 0) } ?? false }
            // One panel fitted to the events usually holds them all: the array is then shared, not copied.
            let inPanel = shown.indices.allSatisfy({ inside(shown[$0].mention) }) ? shown : shown.filter { inside($0.mention) }
            drawPanel(frame, inPanel, scale: scale, suffix: k == 0 ? "" : "-\(k + 1)", into: &svg)
        }
        if shown.isEmpty, let f = layout.frames.first {
            svg.add("<text x=\"\(SVGText.n(f.x0 + f.width / 2))\" y=\"\(SVGText.n(f.y0 + f.height / 2))\" font-size=\"18\" text-anchor=\"middle\" fill=\"#555555\" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\">No located events to map</text>")
        }
        furniture.draw(title: title, events: events, shown: shown, into: &svg)
        svg.add("</svg>")
        return Rendered(svg: svg.text, warnings: warnings)
    }

    /// One map panel: basemap, symbols, labels, names, border and scale bar; ids carry `suffix`.
    private func drawPanel(_ frame: MapFrame, _ shown: [StrikeEvent], scale: SymbolScale, suffix: String, into svg: inout SVGText) {
        let focus = Set(shown.compactMap { $0.mention?.place.country })
        let background = frame.basemapFeatures(basemap)
        frame.drawBasemap(background, into: &svg, focus: focus, suffix: suffix)
        var boxes = LabelBoxes()
        let groups = Self.groups(shown, scale: scale, labels: labels)
        // Symbols occupy space first so labels avoid them.
        for g in groups {
            let p = frame.point(g.coordinate)
            let r = g.radius + (g.kinds.subtracting([g.kind, .strike]).isEmpty ? 0 : 3)
            boxes.append(LabelBox(x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r))
        }
        drawEvents(groups, frame, suffix: suffix, &svg)
        svg.add("<g \(SVGText.layer("labels\(suffix)")) font-size=\"12\">")
        for g in groups.sorted(by: { $0.strikes > $1.strikes || ($0.strikes == $1.strikes && $0.name < $1.name) }) {
            placeLabel(g.name, at: frame.point(g.coordinate), radius: g.radius, bold: true, in: frame, &boxes, &svg)
        }
        for place in orientationPlaces(in: frame) {
            let p = frame.point(place.coordinate)
            guard !groups.contains(where: { GeoMath.distanceKm($0.coordinate, place.coordinate) < 25 }) else { continue }
            let dot = LabelBox(x: p.x - 2, y: p.y - 2, w: 4, h: 4)
            guard !boxes.intersectsAny(dot) else { continue }
            if placeLabel(Exonyms.name(for: place), at: p, radius: 2, bold: false, in: frame, &boxes, &svg) {
                boxes.append(dot)
                svg.add("<circle cx=\"\(SVGText.n(p.x))\" cy=\"\(SVGText.n(p.y))\" r=\"2.2\" fill=\"#5d5d5d\"/>")
            }
        }
        svg.add("</g>")
        let scale = MapFurniture.scaleBarBox(frame)
        boxes.append(scale)
        frame.drawBasemapNames(background, into: &svg, avoid: &boxes, focus: focus, suffix: suffix)
        svg.add("<rect x=\"\(SVGText.n(frame.x0))\" y=\"\(SVGText.n(frame.y0))\" width=\"\(SVGText.n(frame.width))\" height=\"\(SVGText.n(frame.height))\" fill=\"none\" stroke=\"#6b6b6b\" stroke-width=\"0.8\"/>")
        MapFurniture.drawScaleBar(frame, suffix: suffix, into: &svg)
    }

    /// Capitals and large towns that give orientation (Damascus, Baghdad, Aleppo, Mosul, Tripoli), the most
    /// populous in the panel first, at most eight, labelled lightly.
    func orientationPlaces(in frame: MapFrame) -> [Place] {
        let minimum = 40_000
        let inside = gazetteer.towns(minimumPopulation: minimum).filter { p in
            p.kind == .populated && p.population >= minimum && !Exonyms.isUnlabelled(p) && frame.contains(frame.point(p.coordinate), margin: -20)
        }
        var chosen: [Place] = []
        for p in inside.sorted(by: { $0.population != $1.population ? $0.population > $1.population : $0.id < $1.id }) {
            // Suburbs and twin towns of a chosen city would crowd it.
            guard !chosen.contains(where: { GeoMath.distanceKm($0.coordinate, p.coordinate) < 40 }) else { continue }
            chosen.append(p)
            if chosen.count == 8 { break }
        }
        return chosen
    }

    /// Events at one point, drawn as one symbol.
    struct Group {
        var coordinate: Coordinate
        var name: String
        private(set) var events: [StrikeEvent]
        /// Reports denied by the striker or found not credible, drawn hollow apart from those that stand.
        var disputed = false
        var radius = 6.0
        // Totals kept as events are added: read from the events, they copied each event every time (the
        // symbols' sort asks for `strikes` at every comparison; kinds were a twentieth of a map of 100,000).
        private(set) var strikes = 0
        /// Whether any event reports a count.
        private(set) var counted = false
        /// Events of each kind, in the order of `StrikeKind.allCases`.
        private var kindCounts = [Int](repeating: 0, count: StrikeKind.allCases.count)

        init(coordinate: Coordinate, name: String, disputed: Bool) {
            self.coordinate = coordinate
            self.name = name
            self.events = []
            self.disputed = disputed
        }

        mutating func add(_ e: StrikeEvent) {
            events.append(e)
            strikes += e.strikes ?? 0
            if e.strikes != nil { counted = true }
            if let k = StrikeKind.allCases.firstIndex(of: e.kind) { kindCounts[k] += 1 }
        }

        /// The kind with the most events (ties: the order of `StrikeKind`).
        var kind: StrikeKind {
            var best = StrikeKind.strike, most = -1
            for (k, n) in zip(StrikeKind.allCases, kindCounts) where n > most { (best, most) = (k, n) }
            return best
        }

        /// Every kind reported here.
        var kinds: Set<StrikeKind> { Set(zip(StrikeKind.allCases, kindCounts).filter { $0.1 > 0 }.map(\.0)) }
    }

    static func groups(_ events: [StrikeEvent], scale: SymbolScale, labels: EventLabel = .reports) -> [Group] {
        var out: [Group] = []
        var index: [Coordinate: Int] = [:], disputedIndex: [Coordinate: Int] = [:]
        for e in events {
            guard let m = e.mention else { continue }
            let disputed = e.status.isDisputed
            if let k = disputed ? disputedIndex[m.coordinate] : index[m.coordinate] { out[k].add(e) } else {
                if disputed { disputedIndex[m.coordinate] = out.count } else { index[m.coordinate] = out.count }
                var g = Group(coordinate: m.coordinate, name: m.place.name, disputed: disputed)
                g.add(e)
                out.append(g)
            }
        }
        for k in out.indices where out[k].counted { out[k].radius = scale.radius(out[k].strikes) }
        for k in out.indices { out[k].name = labels.name(out[k].events) }
        return out
    }

    /// The most strikes reported at one point.
    static func largestGroupCount(_ shown: [StrikeEvent]) -> Int {
        var totals: [Coordinate: Int] = [:]
        for k in shown.indices { if let c = shown[k].mention?.coordinate { totals[c, default: 0] += shown[k].strikes ?? 0 } }
        return max(1, totals.values.max() ?? 1)
    }

    /// The events' box with a margin, at least 3 degrees across; the Syria–Iraq theatre when there are none.
    static func extent(_ events: [StrikeEvent]) -> GeoBox {
        let pts = events.compactMap { $0.mention?.coordinate }
        guard let b = GeoBox(around: pts) else { return GeoBox(west: 35, south: 30, east: 48.5, north: 38) }
        return b.padded(fraction: 0.12, minimumDegrees: 3)
    }

    private func drawEvents(_ groups: [Group], _ frame: MapFrame, suffix: String, _ svg: inout SVGText) {
        svg.add("<g \(SVGText.layer("uncertainty\(suffix)")) clip-path=\"url(#frame\(suffix))\">")
        for g in groups {
            guard let widest = g.events.indices.max(by: { (g.events[$0].mention?.uncertaintyKm ?? 0) < (g.events[$1].mention?.uncertaintyKm ?? 0) }),
                  let m = g.events[widest].mention, m.precision > .exact else { continue }
            let color = MapStyle.color(g.events[widest].kind)
            let p = frame.point(g.coordinate)
            let r = max(g.radius + 2, m.uncertaintyKm * frame.pxPerKm)
            svg.add("<circle cx=\"\(SVGText.n(p.x))\" cy=\"\(SVGText.n(p.y))\" r=\"\(SVGText.n(r))\" fill=\"\(color)\" fill-opacity=\"0.10\" stroke=\"\(color)\" stroke-opacity=\"0.45\" stroke-width=\"0.8\" stroke-dasharray=\"3 2\"/>")
        }
        svg.add("</g>")
        svg.add("<g \(SVGText.layer("events\(suffix)"))>")
        for g in groups.sorted(by: { $0.radius > $1.radius }) {
            let p = frame.point(g.coordinate)
            let kind = g.kind
            // A second kind reported at the same place (SDF artillery beside coalition airstrikes) rings the symbol.
            let second = g.kinds.subtracting([kind, .strike]).sorted { $0.rawValue < $1.rawValue }.first
            let tip = SVGText.escape(g.events.indices.map { MapStyle.tooltip(g.events[$0]) }.joined(separator: "\n\n"))
            let color = MapStyle.color(kind)
            // Denied or not credible: hollow, in the kind's colour, so that it is never read as a strike that stands.
            let paint = g.disputed ? "fill=\"#ffffff\" fill-opacity=\"0.6\" stroke=\"\(color)\" stroke-width=\"2\"" : "fill=\"\(color)\" fill-opacity=\"\(g.counted ? "0.78" : "0.85")\" stroke=\"#ffffff\" stroke-width=\"1.2\""
            if g.counted {
                svg.add("<circle cx=\"\(SVGText.n(p.x))\" cy=\"\(SVGText.n(p.y))\" r=\"\(SVGText.n(g.radius))\" \(paint)><title>\(tip)</title></circle>")
            } else {
                // No count reported: a diamond, so it is not read as "one strike".
                let r = g.radius
                svg.add("<path d=\"\(MapStyle.diamond(p, r))\" \(paint)><title>\(tip)</title></path>")
            }
            if let second {
                svg.add("<circle cx=\"\(SVGText.n(p.x))\" cy=\"\(SVGText.n(p.y))\" r=\"\(SVGText.n(g.radius + 2.5))\" fill=\"none\" stroke=\"\(MapStyle.color(second))\" stroke-width=\"1.6\"/>")
            }
        }
        svg.add("</g>")
    }

    /// Puts a label at the first free position around a symbol, or further out with a leader line.
    @discardableResult
    private func placeLabel(_ name: String, at p: (x: Double, y: Double), radius: Double, bold: Bool, in frame: MapFrame,
                            _ boxes: inout LabelBoxes, _ svg: inout SVGText) -> Bool {
        let size = bold ? 12.5 : 10.5
        let w = SVGText.width(name, size: size, bold: bold) + 3, h = size + 2
        for distance in [0.0, 14, 28] {
            for b in LabelBox.around(cx: p.x, cy: p.y, r: radius, w: w, h: h, distance: distance)
                where !boxes.intersectsAny(b) && frame.contains((b.x, b.y), margin: -2) && frame.contains((b.x + b.w, b.y + b.h), margin: -2) {
                boxes.append(b)
                if distance > 0 {
                    let lx = min(max(p.x, b.x), b.x + b.w), ly = min(max(p.y, b.y), b.y + b.h)
                    svg.add("<line x1=\"\(SVGText.n(p.x))\" y1=\"\(SVGText.n(p.y))\" x2=\"\(SVGText.n(lx))\" y2=\"\(SVGText.n(ly))\" stroke=\"#555555\" stroke-width=\"0.6\"/>")
                }
                let style = bold ? "font-weight=\"bold\" fill=\"#222222\"" : "fill=\"#5d5d5d\" font-size=\"10.5\""
                svg.add("<text x=\"\(SVGText.n(b.x + 1))\" y=\"\(SVGText.n(b.y + h - 3))\" \(style) stroke=\"#ffffff\" stroke-width=\"3\" stroke-opacity=\"0.8\" paint-order=\"stroke\">\(SVGText.escape(name))</text>")
                return true
            }
        }
        return false
    }
}
