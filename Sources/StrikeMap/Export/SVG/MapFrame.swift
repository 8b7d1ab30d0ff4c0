import Foundation

/// The geometry of one map: extent, projection and the pixel frame, and the basemap drawn into it.
struct MapFrame {
    let box: GeoBox
    let projection: MapProjection
    /// The map area inside the SVG, in px.
    let x0: Double, y0: Double, width: Double, height: Double
    private let scale: Double, cx: Double, cy: Double

    init(box: GeoBox, x0: Double, y0: Double, width: Double, maxHeight: Double) {
        self.box = box
        let proj = MapProjection(fitting: box)
        projection = proj
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        for k in 0...20 {
            let f = Double(k) / 20
            for c in [Coordinate(latitude: box.south, longitude: box.west + f * (box.east - box.west)),
                      Coordinate(latitude: box.north, longitude: box.west + f * (box.east - box.west)),
                      Coordinate(latitude: box.south + f * (box.north - box.south), longitude: box.west),
                      Coordinate(latitude: box.south + f * (box.north - box.south), longitude: box.east)] {
                let p = proj.project(c)
                minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y)
            }
        }
        // A box with no width or height (one point) must not divide by zero: at least 1 km each way.
        maxX = max(maxX, minX + 1)
        maxY = max(maxY, minY + 1)
        let s = min(width / (maxX - minX), maxHeight / (maxY - minY))
        scale = s
        self.x0 = x0
        self.y0 = y0
        self.width = width
        self.height = (maxY - minY) * s
        cx = (minX + maxX) / 2
        cy = (minY + maxY) / 2
    }

    /// Width over height of a map of `box`.
    static func aspect(of box: GeoBox) -> Double {
        let f = MapFrame(box: box, x0: 0, y0: 0, width: 1000, maxHeight: 1_000_000)
        return 1000 / f.height
    }

    /// km on the ground to px on the map, at the projection's standard parallels.
    var pxPerKm: Double { scale }

    func point(_ c: Coordinate) -> (x: Double, y: Double) {
        let p = projection.project(c)
        return (x0 + width / 2 + (p.x - cx) * scale, y0 + height / 2 - (p.y - cy) * scale)
    }

    /// The coordinate at a point of the frame.
    func coordinate(x: Double, y: Double) -> Coordinate {
        projection.invert(x: (x - x0 - width / 2) / scale + cx, y: -(y - y0 - height / 2) / scale + cy)
    }

    func contains(_ p: (x: Double, y: Double), margin: Double = 0) -> Bool {
        p.x >= x0 - margin && p.x <= x0 + width + margin && p.y >= y0 - margin && p.y <= y0 + height + margin
    }

    func path(_ parts: [[Coordinate]], closed: Bool) -> String {
        var d = ""
        for part in parts where part.count > 1 {
            var last = (x: Double.nan, y: Double.nan)
            for (k, c) in part.enumerated() {
                let p = point(c)
                if k > 0, abs(p.x - last.x) < 0.4, abs(p.y - last.y) < 0.4, k < part.count - 1 { continue }
                d += (k == 0 ? "M" : "L") + SVGText.n(p.x) + " " + SVGText.n(p.y)
                last = p
            }
            if closed { d += "Z" }
        }
        return d
    }

    /// The basemap features the frame shows, read once for the picture and its names: those reaching the
    /// frame's extent with a margin (so that the cuts at the margin stay outside the frame), cut to it and
    /// thinned to a quarter of a pixel (the path drops points closer than 0.4 px anyway).
    func basemapFeatures(_ basemap: Basemap) -> [Basemap.Feature] {
        // The frame's extent from points along its sides, longitudes kept on the box's side of ±180°.
        let middle = (box.west + box.east) / 2
        var extent = box
        for k in 0...20 {
            let f = Double(k) / 20
            for (x, y) in [(x0 + f * width, y0), (x0 + f * width, y0 + height), (x0, y0 + f * height), (x0 + width, y0 + f * height)] {
                let c = coordinate(x: x, y: y)
                let lon = middle + GeoMath.longitudeDifference(c.longitude, middle)
                extent.west = min(extent.west, lon); extent.east = max(extent.east, lon)
                extent.south = min(extent.south, c.latitude); extent.north = max(extent.north, c.latitude)
            }
        }
        let pad = max(1.5, 0.1 * max(extent.east - extent.west, extent.north - extent.south))
        // Never more than the 360° around the central meridian: the projection wraps longitudes to within
        // 180° of it, so a part reaching past the meridian opposite (Samoa, Tonga, Kiribati on a map centred
        // on the Middle East) would come back from the other side of the map and be drawn as a band across it.
        // Cut at that meridian, each side of it is drawn at its own edge.
        let margin = GeoBox(west: max(extent.west - pad, middle - Self.halfTurn), south: max(-90, extent.south - pad),
                            east: min(extent.east + pad, middle + Self.halfTurn), north: min(90, extent.north + pad))
        return basemap.features(in: margin, resolution: 0.25 / (111.2 * scale))
    }

    /// Just under 180°: how far from the central meridian the basemap is cut.
    private static let halfTurn = 180 - 1e-6

    /// Sea, land, provinces, lakes and rivers, clipped to the frame.
    func drawBasemap(_ features: [Basemap.Feature], into svg: inout SVGText, focus: Set<String>, suffix: String) {
        svg.add("<clipPath id=\"frame\(suffix)\"><rect x=\"\(SVGText.n(x0))\" y=\"\(SVGText.n(y0))\" width=\"\(SVGText.n(width))\" height=\"\(SVGText.n(height))\"/></clipPath>")
        svg.add("<g \(SVGText.layer("basemap\(suffix)")) clip-path=\"url(#frame\(suffix))\">")
        svg.add("<rect x=\"\(SVGText.n(x0))\" y=\"\(SVGText.n(y0))\" width=\"\(SVGText.n(width))\" height=\"\(SVGText.n(height))\" fill=\"#dce8f0\"/>")
        for f in features where f.layer == .country {
            let fill = focus.contains(f.code) ? "#f3efe4" : "#e9e6df"
            svg.add("<path d=\"\(path(f.parts, closed: true))\" fill=\"\(fill)\" stroke=\"#a39e93\" stroke-width=\"0.7\" stroke-linejoin=\"round\"><title>\(SVGText.escape(f.name))</title></path>")
        }
        svg.add("<g \(SVGText.layer("provinces\(suffix)")) fill=\"none\" stroke=\"#c2b8a6\" stroke-width=\"0.6\" stroke-dasharray=\"3 2\">")
        for f in features where f.layer == .boundary {
            svg.add("<path d=\"\(path(f.parts, closed: false))\"/>")
        }
        svg.add("</g>")
        for f in features where f.layer == .lake {
            svg.add("<path d=\"\(path(f.parts, closed: true))\" fill=\"#dce8f0\" stroke=\"#9fbcd1\" stroke-width=\"0.5\"><title>\(SVGText.escape(f.name))</title></path>")
        }
        svg.add("</g>")
        svg.add("<g \(SVGText.layer("rivers\(suffix)")) clip-path=\"url(#frame\(suffix))\" fill=\"none\" stroke=\"#86acc8\" stroke-linecap=\"round\" stroke-linejoin=\"round\">")
        for f in features where f.layer == .river {
            let major = !f.name.isEmpty
            svg.add("<path d=\"\(path(f.parts, closed: false))\" stroke-width=\"\(major ? "1.4" : "0.7")\"\(major ? "" : " opacity=\"0.7\"")/>")
        }
        svg.add("</g>")
    }

    /// River, lake, country and province names where they fall inside the frame; the provinces of the
    /// `focus` countries (those with events) named first, where the others would take their room.
    func drawBasemapNames(_ features: [Basemap.Feature], into svg: inout SVGText, avoid boxes: inout LabelBoxes, focus: Set<String>, suffix: String) {
        svg.add("<g \(SVGText.layer("basemap-labels\(suffix)")) font-family=\"Helvetica, Arial, 'Liberation Sans', sans-serif\">")
        for f in features where f.layer == .river && !f.name.isEmpty {
            guard let stretch = riverStretch(f, width: SVGText.width(f.name, size: 10) * 1.15 + 12, avoiding: boxes) else { continue }
            boxes.append(stretch.box)
            // Along the stretch's chord, rotated: every renderer draws a rotated <text> alike (textPath is not).
            guard let a = stretch.points.first, let b = stretch.points.last else { continue }
            let angle = atan2(b.y - a.y, b.x - a.x) * 180 / .pi
            let mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2
            svg.add("<text x=\"\(SVGText.n(mx))\" y=\"\(SVGText.n(my - 3))\" transform=\"rotate(\(SVGText.n(angle)) \(SVGText.n(mx)) \(SVGText.n(my)))\" font-size=\"10\" font-style=\"italic\" text-anchor=\"middle\" fill=\"#4f7a9a\" stroke=\"#f3efe4\" stroke-width=\"2.5\" stroke-opacity=\"0.8\" paint-order=\"stroke\">\(SVGText.escape(f.name))</text>")
        }
        for f in features where f.layer == .lake && !f.name.isEmpty {
            guard let ring = f.parts.max(by: { $0.count < $1.count }) else { continue }
            let pts = ring.map(point)
            guard pts.allSatisfy({ contains($0, margin: -10) }) else { continue }
            guard let minX = pts.map(\.x).min(), let maxX = pts.map(\.x).max(), let minY = pts.map(\.y).min(), let maxY = pts.map(\.y).max() else { continue }
            let w = SVGText.width(f.name, size: 9.5)
            guard maxX - minX > 12 || maxY - minY > 12 else { continue }
            let b = LabelBox(x: maxX + 3, y: (minY + maxY) / 2 - 6, w: w, h: 11)
            guard contains((b.x + b.w, b.y), margin: -4), !boxes.intersectsAny(b) else { continue }
            boxes.append(b)
            svg.add("<text x=\"\(SVGText.n(b.x))\" y=\"\(SVGText.n(b.y + 9))\" font-size=\"9.5\" font-style=\"italic\" fill=\"#4f7a9a\">\(SVGText.escape(f.name))</text>")
        }
        // Country names at the middle of the part of the country the panel shows, on a grid of candidate
        // points, the nearest free one.
        var grid: [(x: Double, y: Double)] = []
        for i in 1..<12 {
            for j in 1..<12 { grid.append((x: x0 + width * Double(i) / 12, y: y0 + height * Double(j) / 12)) }
        }
        let geo = grid.map { coordinate(x: $0.x, y: $0.y) }
        for f in features where f.layer == .country && f.code.count == 2 {
            placeAreaName(f.name.uppercased(), f.parts, grid, geo, minimumPoints: 6, size: 12, spacing: 2, color: "#8a8478", italic: false, &boxes, &svg)
        }
        // Province names where there is room: smaller, and only for provinces that fill a good part of the panel.
        let provinces = features.filter { $0.layer == .province && !$0.name.isEmpty }
        for f in provinces.filter({ focus.contains($0.code) }) + provinces.filter({ !focus.contains($0.code) }) {
            placeAreaName(f.name, f.parts, grid, geo, minimumPoints: 5, size: 9.5, spacing: 0.5, color: "#a39a88", italic: true, &boxes, &svg)
        }
        svg.add("</g>")
    }

    /// A name at the middle of the part of an area the panel shows (sampled on `grid`), or the nearest
    /// free grid point; nothing when the area shows on fewer than `minimumPoints` grid points.
    private func placeAreaName(_ name: String, _ parts: [[Coordinate]], _ grid: [(x: Double, y: Double)], _ geo: [Coordinate],
                               minimumPoints: Int, size: Double, spacing: Double, color: String, italic: Bool,
                               _ boxes: inout LabelBoxes, _ svg: inout SVGText) {
        let inside: [(x: Double, y: Double)] = grid.indices.filter { k in parts.contains { GeoMath.ring($0, contains: geo[k]) } }.map { grid[$0] }
        guard inside.count >= minimumPoints else { return }
        var mx = 0.0, my = 0.0
        for p in inside { mx += p.x / Double(inside.count); my += p.y / Double(inside.count) }
        let w = SVGText.width(name, size: size) + Double(name.count) * spacing
        func d2(_ p: (x: Double, y: Double)) -> Double { (p.x - mx) * (p.x - mx) + (p.y - my) * (p.y - my) }
        // The middle itself only where the area is: the middle of a country shown in two pieces (Russia
        // north and south-east of Ukraine) may lie in another.
        let middle = parts.contains { GeoMath.ring($0, contains: coordinate(x: mx, y: my)) } ? [(x: mx, y: my)] : []
        let candidates: [(x: Double, y: Double)] = middle + inside.sorted { d2($0) < d2($1) }
        for c in candidates {
            let b = LabelBox(x: c.x - w / 2, y: c.y - size, w: w, h: size + 2)
            guard contains((b.x, b.y), margin: -5), contains((b.x + b.w, b.y + b.h), margin: -5), !boxes.intersectsAny(b) else { continue }
            boxes.append(b)
            svg.add("<text x=\"\(SVGText.n(c.x))\" y=\"\(SVGText.n(c.y))\" font-size=\"\(SVGText.n(size))\" letter-spacing=\"\(SVGText.n(spacing))\" text-anchor=\"middle\" fill=\"\(color)\"\(italic ? " font-style=\"italic\"" : "")>\(SVGText.escape(name))</text>")
            return
        }
    }

    /// A fairly straight stretch of a river inside the frame, long enough for its name, nearest the middle
    /// of its longest visible run, left to right so that the name reads upright; nil when none is free.
    private func riverStretch(_ f: Basemap.Feature, width: Double, avoiding boxes: LabelBoxes) -> (points: [(x: Double, y: Double)], box: LabelBox)? {
        var best: [(x: Double, y: Double)] = []
        for part in f.parts {
            var run: [(x: Double, y: Double)] = []
            for c in part {
                let p = point(c)
                if contains(p, margin: -25) { run.append(p) } else {
                    if run.count > best.count { best = run }
                    run = []
                }
            }
            if run.count > best.count { best = run }
        }
        guard best.count >= 3 else { return nil }
        let middle = best.count / 2
        for offset in 0..<best.count {
            for start in [middle - offset, middle + offset] where start >= 0 && start < best.count {
                var length = 0.0, end = start
                while end + 1 < best.count, length < width {
                    length += hypot(best[end + 1].x - best[end].x, best[end + 1].y - best[end].y)
                    end += 1
                }
                guard length >= width else { continue }
                let chord = hypot(best[end].x - best[start].x, best[end].y - best[start].y)
                guard chord > 0.85 * length else { continue }
                var pts = Array(best[start...end])
                if let last = pts.last, let first = pts.first, last.x < first.x { pts.reverse() }
                let xs = pts.map(\.x), ys = pts.map(\.y)
                guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { continue }
                let box = LabelBox(x: x0 - 4, y: y0 - 14, w: x1 - x0 + 8, h: y1 - y0 + 16)
                if !boxes.intersectsAny(box) { return (pts, box) }
            }
        }
        return nil
    }
}
