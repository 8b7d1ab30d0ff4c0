import Foundation

/// `--countries`' test of "within 50 km of one of these countries", from the basemap's polygons: the
/// point itself, or one of eight points 50 km from it, inside a country's rings. The rings are read once
/// (an embedded feature decodes its coordinates on each access).
public enum CountryBorders {
    /// The filter for `codes`, or the codes the basemap lacks (they can only be matched by a place's own
    /// country code, never by distance).
    public static func filter(codes: Set<String>, basemap: Basemap = EmbeddedBasemap.shared) -> CountryFilter {
        var rings: [[Coordinate]] = []
        var boxes: [GeoBox] = []
        for f in basemap.features where f.layer == .country && codes.contains(f.code) {
            rings += f.parts
            boxes.append(f.bounds)
        }
        // 50 km is under half a degree of latitude; of longitude too below 60°N.
        let margin = 0.5 / max(0.2, cos(60 * Double.pi / 180))
        let reach = boxes.map { GeoBox(west: $0.west - margin, south: $0.south - 0.5, east: $0.east + margin, north: $0.north + 0.5) }
        let frozen = rings
        return CountryFilter(codes: codes) { c in
            guard reach.contains(where: { $0.contains(c) }) else { return false }
            let probes = [c] + stride(from: 0.0, to: 360, by: 45).map { GeoMath.destination(from: c, km: CountryFilter.borderKm, bearing: $0) }
            return probes.contains { p in frozen.filter { GeoMath.ring($0, contains: p) }.count % 2 == 1 }
        }
    }
}
