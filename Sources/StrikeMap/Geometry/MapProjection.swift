import Foundation

/// The projection a map is drawn in: Lambert conformal conic fitted to the box, or Mercator where a cone
/// is not defined. A box symmetric about the equator gives the cone constant n = 0 (the cone becomes a
/// cylinder): like d3-geo's `geoConicConformal`, the projection is then Mercator, which is the conic's
/// limit there. Pure values: the same box always gives the same projection.
public enum MapProjection: Sendable, Equatable {
    case conic(LambertConformalConic)
    case mercator(Mercator)

    /// Below this |n| (a mean standard parallel within about 3° of the equator) the cone is too flat to
    /// compute well: Mercator.
    static let flatCone = 0.05

    /// Centred on the box; a conic with standard parallels at 1/6 and 5/6 of its height, unless they
    /// straddle the equator so closely that the cone flattens.
    public init(fitting box: GeoBox) {
        let h = max(box.north - box.south, 1e-6)
        let s1 = box.south + h / 6, s2 = box.north - h / 6
        let centre = box.centralMeridian
        let n = LambertConformalConic.coneConstant(standardParallel1: s1, standardParallel2: s2)
        if abs(n) < Self.flatCone || !n.isFinite {
            self = .mercator(Mercator(centralMeridian: centre, originLatitude: (box.south + box.north) / 2))
        } else {
            self = .conic(LambertConformalConic(centralMeridian: centre, originLatitude: (box.south + box.north) / 2,
                                                standardParallel1: s1, standardParallel2: s2))
        }
    }

    /// (x, y) in km from the origin, y northward.
    public func project(_ c: Coordinate) -> (x: Double, y: Double) {
        switch self {
        case .conic(let p): return p.project(c)
        case .mercator(let p): return p.project(c)
        }
    }

    public func invert(x: Double, y: Double) -> Coordinate {
        switch self {
        case .conic(let p): return p.invert(x: x, y: y)
        case .mercator(let p): return p.invert(x: x, y: y)
        }
    }
}

/// Spherical Mercator (Snyder 1987, pp. 38–47), km, y northward; latitudes kept within ±85° where the
/// projection is finite.
public struct Mercator: Sendable, Equatable {
    public let centralMeridian: Double
    private let y0: Double
    private static let r = GeoMath.earthRadiusKm

    public init(centralMeridian: Double, originLatitude: Double) {
        self.centralMeridian = centralMeridian
        y0 = Self.y(originLatitude)
    }

    private static func y(_ latitude: Double) -> Double {
        let p = max(-85, min(85, latitude)) * .pi / 180
        return r * log(tan(.pi / 4 + p / 2))
    }

    public func project(_ c: Coordinate) -> (x: Double, y: Double) {
        (Self.r * GeoMath.longitudeDifference(c.longitude, centralMeridian) * .pi / 180, Self.y(c.latitude) - y0)
    }

    public func invert(x: Double, y: Double) -> Coordinate {
        let lat = (2 * atan(exp((y + y0) / Self.r)) - .pi / 2) * 180 / .pi
        return Coordinate(latitude: lat, longitude: GeoMath.wrapLongitude(centralMeridian + x / Self.r * 180 / .pi))
    }
}
