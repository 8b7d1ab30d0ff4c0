import Foundation

/// Latitude and longitude as reports write them, read from text: decimal degrees with hemisphere letters
/// ("35.9528N 39.0079E", "35.9528° N, 39.0079° E", "N 35.9528 E 39.0079"), signed decimal pairs
/// ("35.9528, 39.0079": four or more decimals each, so that no list of numbers is read as a point), and
/// degrees, minutes and seconds ("35°57'10\"N 39°00'28\"E", "N 35°57'10\" E 39°00'28\"").
struct LatLonText: Equatable, Sendable {
    var coordinate: Coordinate
    /// Half the diagonal of the cell the written resolution names, in kilometres (0.0001° is about 11 m).
    var uncertaintyKm: Double

    enum Problem: Error, Equatable {
        case outOfRange, swapped
        var reason: String {
            switch self {
            case .outOfRange: return "a latitude past 90 or a longitude past 180"
            case .swapped: return "the latitude's letter is E or W, or the longitude's N or S"
            }
        }
    }

    /// One axis as written: its value in degrees, its hemisphere letter (if any) and its resolution in degrees.
    struct Axis: Equatable {
        var degrees: Double
        var hemisphere: Character?
        var resolution: Double
    }

    /// A point from two axes; the hemisphere letters say which is which ("39.0079E 35.9528N" is read).
    static func point(_ a: Axis, _ b: Axis) throws -> LatLonText {
        var lat = a, lon = b
        if let h = a.hemisphere, "EW".contains(h), let g = b.hemisphere, "NS".contains(g) { (lat, lon) = (b, a) }
        if let h = lat.hemisphere, !"NS".contains(h) { throw Problem.swapped }
        if let h = lon.hemisphere, !"EW".contains(h) { throw Problem.swapped }
        let latitude = lat.hemisphere == "S" ? -lat.degrees : lat.degrees
        let longitude = lon.hemisphere == "W" ? -lon.degrees : lon.degrees
        guard abs(latitude) <= 90, abs(longitude) <= 180 else { throw Problem.outOfRange }
        let res = max(lat.resolution, lon.resolution)
        let kmPerDegree = 111.32
        let diagonal = (pow(res * kmPerDegree, 2) + pow(res * kmPerDegree * cos(latitude * .pi / 180), 2)).squareRoot()
        return LatLonText(coordinate: Coordinate(latitude: latitude, longitude: longitude), uncertaintyKm: max(0.01, diagonal / 2))
    }
}
