import Foundation

/// Universal Transverse Mercator on WGS 84, inverse (and the meridian distance MGRS needs): Snyder,
/// "Map Projections: A Working Manual" (USGS 1987), eqs. 3-21 and 8-18 to 8-25; millimetre-accurate
/// inside a zone, which is all that grid references use.
enum UTM {
    static let a = 6_378_137.0
    static let f = 1 / 298.257223563
    static let k0 = 0.9996
    static let e2 = f * (2 - f)

    /// The central meridian of a zone, degrees.
    static func centralMeridian(_ zone: Int) -> Double { Double(zone) * 6 - 183 }

    /// Distance along the meridian from the equator to `phi` (radians), metres (Snyder 3-21).
    static func meridianDistance(_ phi: Double) -> Double {
        let e4 = e2 * e2, e6 = e4 * e2
        return a * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi
            - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * sin(2 * phi)
            + (15 * e4 / 256 + 45 * e6 / 1024) * sin(4 * phi)
            - (35 * e6 / 3072) * sin(6 * phi))
    }

    /// Northing of a latitude on the zone's central meridian (false northing 10,000 km south of the equator).
    static func northing(latitude: Double, zone: Int) -> Double {
        let n = k0 * meridianDistance(latitude * .pi / 180)
        return latitude < 0 ? n + 10_000_000 : n
    }

    /// The point of a UTM coordinate (Snyder 8-18 to 8-25).
    static func coordinate(easting: Double, northing: Double, zone: Int, south: Bool) -> Coordinate {
        let x = easting - 500_000
        let y = south ? northing - 10_000_000 : northing
        let ep2 = e2 / (1 - e2)
        let m = y / k0
        let mu = m / (a * (1 - e2 / 4 - 3 * e2 * e2 / 64 - 5 * e2 * e2 * e2 / 256))
        let e1 = (1 - (1 - e2).squareRoot()) / (1 + (1 - e2).squareRoot())
        let phi1 = mu + (3 * e1 / 2 - 27 * pow(e1, 3) / 32) * sin(2 * mu) + (21 * e1 * e1 / 16 - 55 * pow(e1, 4) / 32) * sin(4 * mu)
            + (151 * pow(e1, 3) / 96) * sin(6 * mu) + (1097 * pow(e1, 4) / 512) * sin(8 * mu)
        let c1 = ep2 * pow(cos(phi1), 2), t1 = pow(tan(phi1), 2)
        let n1 = a / (1 - e2 * pow(sin(phi1), 2)).squareRoot()
        let r1 = a * (1 - e2) / pow(1 - e2 * pow(sin(phi1), 2), 1.5)
        let d = x / (n1 * k0)
        let phi = phi1 - (n1 * tan(phi1) / r1) * (d * d / 2 - (5 + 3 * t1 + 10 * c1 - 4 * c1 * c1 - 9 * ep2) * pow(d, 4) / 24
            + (61 + 90 * t1 + 298 * c1 + 45 * t1 * t1 - 252 * ep2 - 3 * c1 * c1) * pow(d, 6) / 720)
        let lambda = (d - (1 + 2 * t1 + c1) * pow(d, 3) / 6 + (5 - 2 * c1 + 28 * t1 - 3 * c1 * c1 + 8 * ep2 + 24 * t1 * t1) * pow(d, 5) / 120) / cos(phi1)
        return Coordinate(latitude: phi * 180 / .pi, longitude: GeoMath.wrapLongitude(centralMeridian(zone) + lambda * 180 / .pi))
    }
}
