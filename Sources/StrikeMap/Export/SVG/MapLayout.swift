import Foundation

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
            let clusters = Self.clusters(events.compactMap { $0.mention?.coordinate })
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

    /// Single-linkage clusters of points, west to east (by their westernmost point). Points are first
    /// gathered in cells of half a degree (within 80 km of each other, far below the gap): the clustering
    /// compares one point a cell, and stops at the fourth cluster (more than three give one panel), so
    /// that a file of many scattered points costs cells × clusters, not points².
    static func clusters(_ points: [Coordinate]) -> [[Coordinate]] {
        var cellOf: [Int64: Int] = [:]
        var representatives: [Coordinate] = []
        var members: [[Coordinate]] = []
        for p in points {
            let key = Int64((p.latitude * 2).rounded(.down)) << 32 | Int64(UInt32(bitPattern: Int32((p.longitude * 2).rounded(.down))))
            if let k = cellOf[key] { members[k].append(p); continue }
            cellOf[key] = representatives.count
            representatives.append(p)
            members.append([p])
        }
        // Cells not yet in a cluster, by blocks of `block` degrees (at least the gap in latitude): a cell's
        // neighbours within the gap are in the blocks around its own.
        let block = clusterGapKm / 111.0 + 0.1
        func blockKey(_ lat: Int, _ lon: Int) -> Int64 { Int64(lat) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: lon))) }
        func blockIndex(_ c: Coordinate) -> (Int, Int) { (Int((c.latitude / block).rounded(.down)), Int((c.longitude / block).rounded(.down))) }
        var unplaced: [Int64: [Int]] = [:]
        for (k, r) in representatives.enumerated() { let b = blockIndex(r); unplaced[blockKey(b.0, b.1), default: []].append(k) }
        var clusterOf = [Int](repeating: -1, count: representatives.count)
        let lonBlocks = Int((360 / block).rounded(.up))
        var out: [[Coordinate]] = []
        for seed in representatives.indices where clusterOf[seed] < 0 {
            guard out.count <= 3 else { break }
            // Breadth first from the seed: each cell joins once, compared with the cells not yet placed nearby.
            let id = out.count
            clusterOf[seed] = id
            var frontier = [seed], cluster: [Coordinate] = []
            while let c = frontier.popLast() {
                cluster += members[c]
                let here = representatives[c], (la, lo) = blockIndex(here)
                // Blocks of longitude narrow towards the poles: more of them cover the gap.
                let cosLat = max(0.05, cos(min(89.0, abs(here.latitude) + block) * .pi / 180))
                let span = min(lonBlocks / 2 + 1, Int((1 / cosLat).rounded(.up)))
                for dy in -1...1 {
                    for dx in -span...span {
                        var x = lo + dx
                        if x < -lonBlocks / 2 - 1 { x += lonBlocks } else if x > lonBlocks / 2 { x -= lonBlocks }
                        let key = blockKey(la + dy, x)
                        guard var list = unplaced[key] else { continue }
                        list.removeAll { k in
                            guard clusterOf[k] < 0 else { return true }
                            guard GeoMath.distanceKm(here, representatives[k]) < clusterGapKm else { return false }
                            clusterOf[k] = id
                            frontier.append(k)
                            return true
                        }
                        unplaced[key] = list.isEmpty ? nil : list
                    }
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
