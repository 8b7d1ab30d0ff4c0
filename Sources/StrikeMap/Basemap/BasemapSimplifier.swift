/// Douglas–Peucker simplification of basemap parts for a map's scale: a map of a whole region (the web
/// map of Libya to Iraq) needs a few thousand of the embedded basemap's points, not its hundreds of
/// thousands, and every point costs time to project, write and escape.
enum BasemapSimplifier {
    /// The part with the points that stray no more than `tolerance` degrees from the line through the
    /// points kept around them removed; first and last points always kept (a closed ring stays closed).
    static func simplify(_ part: [Coordinate], tolerance: Double) -> [Coordinate] {
        guard tolerance > 0, part.count > 2 else { return part }
        var keep = [Bool](repeating: false, count: part.count)
        keep[0] = true
        keep[part.count - 1] = true
        var stack = [(0, part.count - 1)]
        while let (i, j) = stack.popLast() {
            guard j > i + 1 else { continue }
            let a = part[i], b = part[j]
            let dx = b.longitude - a.longitude, dy = b.latitude - a.latitude
            let norm = (dx * dx + dy * dy).squareRoot()
            var best = -1.0, at = i
            for k in (i + 1)..<j {
                let px = part[k].longitude - a.longitude, py = part[k].latitude - a.latitude
                // Distance to the line through a and b; to a itself when they coincide (a closed ring's ends).
                let d = norm > 0 ? abs(dy * px - dx * py) / norm : (px * px + py * py).squareRoot()
                if d > best { best = d; at = k }
            }
            if best > tolerance {
                keep[at] = true
                stack.append((i, at))
                stack.append((at, j))
            }
        }
        var out: [Coordinate] = []
        out.reserveCapacity(part.count / 4)
        for k in part.indices where keep[k] { out.append(part[k]) }
        return out
    }
}
