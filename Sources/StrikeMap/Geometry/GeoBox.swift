/// A longitude/latitude box in degrees.
public struct GeoBox: Hashable, Sendable {
    public var west: Double, south: Double, east: Double, north: Double

    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west; self.south = south; self.east = east; self.north = north
    }

    /// The smallest box around the points, nil for none.
    public init?(around points: [Coordinate]) {
        guard let first = points.first else { return nil }
        var b = GeoBox(west: first.longitude, south: first.latitude, east: first.longitude, north: first.latitude)
        for p in points.dropFirst() {
            b.west = min(b.west, p.longitude); b.east = max(b.east, p.longitude)
            b.south = min(b.south, p.latitude); b.north = max(b.north, p.latitude)
        }
        self = b
    }

    /// Grown by a fraction of its size on each side, and to at least `minimumDegrees` across.
    public func padded(fraction: Double, minimumDegrees: Double) -> GeoBox {
        var b = self
        let w = max(east - west, minimumDegrees), h = max(north - south, minimumDegrees * 0.7)
        let cx = (west + east) / 2, cy = (south + north) / 2
        b.west = cx - w / 2 - w * fraction; b.east = cx + w / 2 + w * fraction
        b.south = max(-85, cy - h / 2 - h * fraction); b.north = min(85, cy + h / 2 + h * fraction)
        return b
    }

    /// The meridian halfway from west to east; a box may run past 180° (170 to 190: across the antimeridian).
    public var centralMeridian: Double { GeoMath.wrapLongitude((west + east) / 2) }

    public func contains(_ c: Coordinate) -> Bool {
        // Degrees east of the box's west edge on the globe (-175 lies 15° east of 170 in a box from 170 to 190).
        var east = (c.longitude - west).truncatingRemainder(dividingBy: 360)
        if east < 0 { east += 360 }
        return east <= self.east - west && c.latitude >= south && c.latitude <= north
    }
}
