import Foundation

/// The places a document names unambiguously (its anchors), bucketed by 2° cells of latitude and
/// longitude, so that "is a candidate within `radiusKm` of an anchor?" reads the few cells around the
/// candidate instead of every anchor: a document naming thousands of places stays linear.
struct AnchorGrid {
    static let cellDegrees = 2.0
    let radiusKm: Double
    private var cells: [Int64: [Coordinate]] = [:]
    private var seen = Set<Coordinate>()
    /// Every anchor in the order inserted: most documents name a few, and reading them all costs less than
    /// hashing the nine or more cells around a candidate.
    private var all: [Coordinate] = []
    private static let fewAnchors = 48

    init(radiusKm: Double) { self.radiusKm = radiusKm }

    var isEmpty: Bool { seen.isEmpty }

    private static func cell(_ latIndex: Int, _ lonIndex: Int) -> Int64 {
        Int64(latIndex) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: lonIndex)))
    }

    private static func index(_ degrees: Double) -> Int { Int((degrees / cellDegrees).rounded(.down)) }

    mutating func insert(_ c: Coordinate) {
        guard c.latitude.isFinite, c.longitude.isFinite, seen.insert(c).inserted else { return }
        cells[Self.cell(Self.index(c.latitude), Self.index(c.longitude)), default: []].append(c)
        all.append(c)
    }

    /// Whether `a` (not `p`) lies within `radiusKm` of `p`. Along a meridian the great-circle distance is
    /// the earth's radius times the difference of latitudes in radians, and never less elsewhere: an anchor
    /// that far in latitude alone is out of reach without the trigonometry (a margin keeps rounding out).
    @inline(__always)
    private static func reaches(_ a: Coordinate, _ p: Coordinate, _ radiusKm: Double) -> Bool {
        if abs(a.latitude - p.latitude) * .pi / 180 * GeoMath.earthRadiusKm > radiusKm + 1e-6 { return false }
        return a != p && GeoMath.distanceKm(a, p) < radiusKm
    }

    /// Whether an anchor other than `p` itself lies within `radiusKm` of `p` (or the smaller `within`).
    func hasAnchor(near p: Coordinate, within: Double? = nil) -> Bool {
        let radiusKm = min(radiusKm, within ?? radiusKm)
        guard !seen.isEmpty, p.latitude.isFinite, p.longitude.isFinite else { return false }
        if all.count <= Self.fewAnchors { return all.contains { Self.reaches($0, p, radiusKm) } }
        let latSpan = Int((radiusKm / 111.0 / Self.cellDegrees).rounded(.up))
        // Cells of longitude narrow towards the poles: more of them cover the radius.
        let cosLat = max(0.02, cos(min(89, abs(p.latitude) + Double(latSpan) * Self.cellDegrees) * .pi / 180))
        let lonSpan = min(Int(180 / Self.cellDegrees), Int((radiusKm / (111.0 * cosLat) / Self.cellDegrees).rounded(.up)))
        let la = Self.index(p.latitude), lo = Self.index(p.longitude)
        let lonCells = Int(360 / Self.cellDegrees)
        for dy in -latSpan...latSpan {
            for dx in -lonSpan...lonSpan {
                // Wrapped across the antimeridian.
                var x = lo + dx
                let half = lonCells / 2
                if x < -half { x += lonCells } else if x >= half { x -= lonCells }
                guard let list = cells[Self.cell(la + dy, x)] else { continue }
                if list.contains(where: { Self.reaches($0, p, radiusKm) }) { return true }
            }
        }
        return false
    }
}
