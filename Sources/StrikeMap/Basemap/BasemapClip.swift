/// Basemap geometry cut to a map's box, in degrees: a map of Ukraine draws Russia's coast near it, not
/// the thousands of points of its Pacific shore. Maps ask for a box larger than their frame (a margin of
/// degrees), so that the straight cuts this makes lie outside what they show.
enum BasemapClip {
    /// The part of a ring inside the box (Sutherland–Hodgman), closed along the box's sides; the ring
    /// itself when it lies inside. A ring that leaves and comes back gives edges along the box's sides.
    static func ring(_ ring: [Coordinate], to box: GeoBox) -> [Coordinate] {
        if ring.allSatisfy({ inside($0, box) }) { return ring }
        var pts = ring
        if let first = pts.first, let last = pts.last, first == last { pts.removeLast() }
        for edge in Edge.allCases {
            guard let previous = pts.last else { break }
            var out: [Coordinate] = []
            out.reserveCapacity(pts.count + 4)
            var a = previous
            for b in pts {
                let bIn = edge.keeps(b, box), aIn = edge.keeps(a, box)
                if bIn {
                    if !aIn { out.append(edge.crossing(a, b, box)) }
                    out.append(b)
                } else if aIn {
                    out.append(edge.crossing(a, b, box))
                }
                a = b
            }
            pts = out
        }
        if let first = pts.first { pts.append(first) }
        return pts
    }

    /// The runs of a line inside the box, each with the point just outside at either end, so that the
    /// line reaches the box's side.
    static func line(_ line: [Coordinate], to box: GeoBox) -> [[Coordinate]] {
        if line.allSatisfy({ inside($0, box) }) { return line.count >= 2 ? [line] : [] }
        var runs: [[Coordinate]] = [], run: [Coordinate] = []
        for (k, c) in line.enumerated() {
            let keep = inside(c, box) || (k > 0 && inside(line[k - 1], box)) || (k + 1 < line.count && inside(line[k + 1], box))
            if keep {
                run.append(c)
            } else if !run.isEmpty {
                if run.count >= 2 { runs.append(run) }
                run = []
            }
        }
        if run.count >= 2 { runs.append(run) }
        return runs
    }

    private static func inside(_ c: Coordinate, _ box: GeoBox) -> Bool {
        c.longitude >= box.west && c.longitude <= box.east && c.latitude >= box.south && c.latitude <= box.north
    }

    /// The box's four sides, each cutting away what lies beyond it.
    private enum Edge: CaseIterable {
        case west, east, south, north

        func keeps(_ c: Coordinate, _ box: GeoBox) -> Bool {
            switch self {
            case .west: return c.longitude >= box.west
            case .east: return c.longitude <= box.east
            case .south: return c.latitude >= box.south
            case .north: return c.latitude <= box.north
            }
        }

        /// Where the segment from `a` to `b` (one on each side) crosses this side.
        func crossing(_ a: Coordinate, _ b: Coordinate, _ box: GeoBox) -> Coordinate {
            switch self {
            case .west, .east:
                let x = self == .west ? box.west : box.east
                let t = (x - a.longitude) / (b.longitude - a.longitude)
                return Coordinate(latitude: a.latitude + t * (b.latitude - a.latitude), longitude: x)
            case .south, .north:
                let y = self == .south ? box.south : box.north
                let t = (y - a.latitude) / (b.latitude - a.latitude)
                return Coordinate(latitude: y, longitude: a.longitude + t * (b.longitude - a.longitude))
            }
        }
    }
}
