import Foundation

/// "Northern Hama", "the eastern countryside of Deir ez-Zor", "southern Libya": the part of a province or
/// country a direction word names, located on the unit's basemap polygon (the third of its area furthest
/// in that direction, or the central third), not on the whole unit's centroid.
struct RegionPart: Sendable, Equatable {
    var coordinate: Coordinate
    /// The distance from `coordinate` within which nine tenths of the part lies, in kilometres.
    var radiusKm: Double

    /// Samples per side of the unit's bounding box: 48 × 48 points, so that even a small province has
    /// a hundred or more inside it.
    static let samples = 48

    /// The part `direction` names of `place` (a country or province), nil when the basemap lacks its polygon.
    static func locate(_ direction: String, of place: Place, basemap: Basemap = EmbeddedBasemap.shared) -> RegionPart? {
        let key = place.id + "|" + direction
        if let known = cache.lookup(key) { return known }
        let result = compute(direction, of: place, basemap)
        cache.store(key, result)
        return result
    }

    /// Parts already located, by place id and direction.
    private static let cache = SharedCache<RegionPart?>()

    private static func compute(_ direction: String, of place: Place, _ basemap: Basemap) -> RegionPart? {
        guard let fraction = Lexicon.shared.places.directionFraction(direction),
              let rings = polygon(of: place, basemap) else { return nil }
        let all = rings.flatMap { $0 }
        guard let box = GeoBox(around: all) else { return nil }
        let dLat = (box.north - box.south) / Double(samples), dLon = (box.east - box.west) / Double(samples)
        let midLat = (box.north + box.south) / 2, kx = cos(midLat * .pi / 180)
        // A row of samples at a time: the rings' edges crossing the row's latitude, found once, say which
        // samples lie inside (even-odd, as `GeoMath.ring` counts crossings east of the point).
        var inside: [Coordinate] = []
        var crossings: [Double] = []
        for i in 0..<samples {
            let lat = box.south + (Double(i) + 0.5) * dLat
            crossings.removeAll(keepingCapacity: true)
            for ring in rings where !ring.isEmpty {
                var j = ring.count - 1
                for k in ring.indices {
                    let a = ring[k], b = ring[j]
                    if (a.latitude > lat) != (b.latitude > lat) {
                        crossings.append((b.longitude - a.longitude) * (lat - a.latitude) / (b.latitude - a.latitude) + a.longitude)
                    }
                    j = k
                }
            }
            crossings.sort()
            for j in 0..<samples {
                let lon = box.west + (Double(j) + 0.5) * dLon
                // Crossings east of the sample: those after the first one greater than it.
                let east = crossings.count - StrikeExtractor.firstIndex(crossings.count) { crossings[$0] > lon }
                if east % 2 == 1 { inside.append(Coordinate(latitude: lat, longitude: lon)) }
            }
        }
        guard inside.count >= 9 else { return nil }
        let cLat = inside.map(\.latitude).reduce(0, +) / Double(inside.count)
        let cLon = inside.map(\.longitude).reduce(0, +) / Double(inside.count)
        // Direction as a vector east and north from the fractions of the extent (northern is (0.5, 0.8)).
        let vx = fraction.0 - 0.5, vy = fraction.1 - 0.5
        let score: (Coordinate) -> Double
        if vx == 0 && vy == 0 {
            score = { c in -hypot((c.longitude - cLon) * kx, c.latitude - cLat) }
        } else {
            score = { c in (c.longitude - cLon) * kx * vx + (c.latitude - cLat) * vy }
        }
        let kept = inside.sorted { score($0) > score($1) }.prefix(max(3, inside.count / 3))
        let lat = kept.map(\.latitude).reduce(0, +) / Double(kept.count)
        let lon = kept.map(\.longitude).reduce(0, +) / Double(kept.count)
        // The radius that holds nine tenths of the part: a long part (the north of a province that reaches
        // into the desert) is as uncertain as it is long.
        let centre = Coordinate(latitude: lat, longitude: lon)
        let distances = kept.map { GeoMath.distanceKm(centre, $0) }.sorted()
        return RegionPart(coordinate: centre, radiusKm: max(25, distances[(distances.count * 9) / 10]))
    }

    /// The rings of a country, or of the basemap province of the place's country that contains its point.
    private static func polygon(of place: Place, _ basemap: Basemap) -> [[Coordinate]]? {
        switch place.kind {
        case .country:
            let rings = basemap.features.filter { $0.layer == .country && $0.code == place.country }.flatMap(\.parts)
            return rings.isEmpty ? nil : rings
        case .province:
            return basemap.features.first { f in
                f.layer == .province && f.code == place.country && f.parts.filter { GeoMath.ring($0, contains: place.coordinate) }.count % 2 == 1
            }?.parts
        default:
            return nil
        }
    }
}
