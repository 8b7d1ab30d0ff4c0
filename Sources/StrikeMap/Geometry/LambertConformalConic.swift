import Foundation

/// Lambert conformal conic projection on a sphere (Snyder, "Map Projections: A Working Manual", 1987,
/// pp. 104–107), with two standard parallels: conformal, so town shapes and bearings stay true, and with
/// little scale error for a region a few thousand km across. Output in kilometres, y northward.
public struct LambertConformalConic: Sendable, Equatable {
    public let centralMeridian: Double
    public let originLatitude: Double
    public let standardParallel1: Double
    public let standardParallel2: Double
    private let n: Double, f: Double, rho0: Double
    private static let r = GeoMath.earthRadiusKm

    public init(centralMeridian: Double, originLatitude: Double, standardParallel1: Double, standardParallel2: Double) {
        self.centralMeridian = centralMeridian
        self.originLatitude = originLatitude
        self.standardParallel1 = standardParallel1
        self.standardParallel2 = standardParallel2
        let p1 = standardParallel1 * .pi / 180, p0 = originLatitude * .pi / 180
        func t(_ p: Double) -> Double { tan(.pi / 4 + p / 2) }
        let nn = Self.coneConstant(standardParallel1: standardParallel1, standardParallel2: standardParallel2)
        n = nn
        f = cos(p1) * pow(t(p1), nn) / nn
        rho0 = Self.r * f / pow(t(p0), nn)
    }

    /// The cone constant n (Snyder eq. 15-3): 0 for standard parallels symmetric about the equator, where
    /// the cone is a cylinder and `MapProjection` uses Mercator instead.
    public static func coneConstant(standardParallel1: Double, standardParallel2: Double) -> Double {
        let p1 = standardParallel1 * .pi / 180, p2 = standardParallel2 * .pi / 180
        func t(_ p: Double) -> Double { tan(.pi / 4 + p / 2) }
        return abs(p1 - p2) < 1e-9 ? sin(p1) : log(cos(p1) / cos(p2)) / log(t(p2) / t(p1))
    }

    /// (x, y) in km from the origin.
    public func project(_ c: Coordinate) -> (x: Double, y: Double) {
        let p = max(-89.9, min(89.9, c.latitude)) * .pi / 180
        let rho = Self.r * f / pow(tan(.pi / 4 + p / 2), n)
        let theta = n * (GeoMath.longitudeDifference(c.longitude, centralMeridian) * .pi / 180)
        return (rho * sin(theta), rho0 - rho * cos(theta))
    }

    public func invert(x: Double, y: Double) -> Coordinate {
        let dy = rho0 - y
        var rho = (x * x + dy * dy).squareRoot()
        if n < 0 { rho = -rho }
        let theta = atan2(n < 0 ? -x : x, n < 0 ? -dy : dy)
        let p = 2 * atan(pow(Self.r * f / rho, 1 / n)) - .pi / 2
        return Coordinate(latitude: p * 180 / .pi, longitude: GeoMath.wrapLongitude(centralMeridian + theta / n * 180 / .pi))
    }
}
