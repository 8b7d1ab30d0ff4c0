import Foundation

/// Great-circle arithmetic on a sphere of the mean Earth radius (good to 0.5% for distances here).
public enum GeoMath {
    public static let earthRadiusKm = 6371.0088

    public static func distanceKm(_ a: Coordinate, _ b: Coordinate) -> Double {
        let p1 = a.latitude * .pi / 180, p2 = b.latitude * .pi / 180
        let dp = p2 - p1, dl = (b.longitude - a.longitude) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * earthRadiusKm * asin(min(1, sqrt(h)))
    }

    /// The point `km` away from `origin` on the initial bearing `degrees` (0 = north, 90 = east).
    public static func destination(from origin: Coordinate, km: Double, bearing degrees: Double) -> Coordinate {
        let d = km / earthRadiusKm, t = degrees * .pi / 180
        let p1 = origin.latitude * .pi / 180, l1 = origin.longitude * .pi / 180
        let p2 = asin(sin(p1) * cos(d) + cos(p1) * sin(d) * cos(t))
        let l2 = l1 + atan2(sin(t) * sin(d) * cos(p1), cos(d) - sin(p1) * sin(p2))
        return Coordinate(latitude: p2 * 180 / .pi, longitude: (l2 * 180 / .pi + 540).truncatingRemainder(dividingBy: 360) - 180)
    }

    /// `a - b` in degrees of longitude, the short way round: within -180...180, so that a map centred on
    /// the antimeridian (170°E to 170°W) projects both sides next to each other.
    public static func longitudeDifference(_ a: Double, _ b: Double) -> Double {
        let d = (a - b).remainder(dividingBy: 360)
        return d.isFinite ? d : 0
    }

    /// A longitude brought into -180...180.
    public static func wrapLongitude(_ l: Double) -> Double { longitudeDifference(l, 0) }

    /// Whether a ring of coordinates contains the point (even-odd rule, in degrees: fine at map scale).
    static func ring(_ ring: [Coordinate], contains p: Coordinate) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.latitude > p.latitude) != (b.latitude > p.latitude),
               p.longitude < (b.longitude - a.longitude) * (p.latitude - a.latitude) / (b.latitude - a.latitude) + a.longitude {
                inside.toggle()
            }
            j = i
        }
        return inside
    }
}
