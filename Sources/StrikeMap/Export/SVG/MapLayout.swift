/// Where the map panels go: one panel fitted to the events, or, when they fall in distant clusters
/// (Syria–Iraq and Libya), one panel per cluster side by side, so that no panel is a map of empty desert.
struct MapLayout {
    /// Points further apart than this (km) from every point of a cluster start a new one.
    static let clusterGapKm = 900.0
    static let gap = 16.0

    let frames: [MapFrame]

    /// Panels for `events` in the area x0...x0+width from y0, each at most `maxHeight` tall.
    init(events: [StrikeEvent], fixed: GeoBox?, x0: Double, y0: Double, width: Double, maxHeight: Double) {
        let fitted: [GeoBox]
        if let fixed {
            fitted = [fixed]
        } else {
            // Clustered on distinct points: many events share a place, and the clustering compares points pairwise.
            var seen = Set<Coordinate>()
            let points = events.compactMap { $0.mention?.coordinate }.filter { seen.insert($0).inserted }
            let clusters = Self.clusters(points)
            fitted = clusters.count <= 1 || clusters.count > 3
                ? [MapRenderer.extent(events)]
                : clusters.compactMap { GeoBox(around: $0)?.padded(fraction: 0.15, minimumDegrees: 2.5) }
        }
        guard fitted.count > 1 else {
            frames = [MapFrame(box: fitted[0], x0: x0, y0: y0, width: width, maxHeight: maxHeight)]
            return
        }
        // Equal heights: each panel's width follows its shape. When the height is capped, the boxes widen
        // (more context east and west) until the panels fill the width.
        var boxes = fitted
        var aspects = boxes.map { MapFrame.aspect(of: $0) }
        let available = width - Self.gap * Double(boxes.count - 1)
        let height = min(maxHeight, available / aspects.reduce(0, +))
        let factor = available / (height * aspects.reduce(0, +))
        if factor > 1.01 {
            boxes = boxes.map { b in
                let half = (b.east - b.west) * factor / 2, mid = (b.east + b.west) / 2
                return GeoBox(west: mid - half, south: b.south, east: mid + half, north: b.north)
            }
            aspects = boxes.map { MapFrame.aspect(of: $0) }
            let scale = available / (height * aspects.reduce(0, +))
            aspects = aspects.map { $0 * scale }
        }
        var x = x0
        var out: [MapFrame] = []
        for (b, a) in zip(boxes, aspects) {
            let w = height * a
            out.append(MapFrame(box: b, x0: x, y0: y0, width: w, maxHeight: height))
            x += w + Self.gap
        }
        frames = out
    }

    /// Single-linkage clusters of points, the largest first, west to east among equals.
    static func clusters(_ points: [Coordinate]) -> [[Coordinate]] {
        var remaining = points
        var out: [[Coordinate]] = []
        while let seed = remaining.first {
            var cluster = [seed]
            remaining.removeFirst()
            var grew = true
            while grew {
                grew = false
                for (k, p) in remaining.enumerated().reversed() where cluster.contains(where: { GeoMath.distanceKm($0, p) < clusterGapKm }) {
                    cluster.append(p)
                    remaining.remove(at: k)
                    grew = true
                }
            }
            out.append(cluster)
        }
        return out.sorted { a, b in
            let wa = a.map(\.longitude).min() ?? 0, wb = b.map(\.longitude).min() ?? 0
            return wa < wb
        }
    }
}
