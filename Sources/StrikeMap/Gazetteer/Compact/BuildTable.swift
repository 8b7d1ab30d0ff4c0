/// The table `gazetteer/build.py` writes from registry data, which `strikemap-gazetteer` turns into the
/// embedded tables: tab-separated, no header, columns `id, name, lat, lon, country, kind, population,
/// admin1, radius_km, alternates` (`|`-separated), kinds as `PlaceKind`'s raw values (A0 A1 A2 P S W R).
/// A malformed row is an error: this table is generated, and a row dropped here would be a place silently
/// missing from every build.
package enum BuildTable {
    static let columns = 10

    package static func places(utf8 bytes: [UInt8], path: String) throws -> [Place] {
        try bytes.withUnsafeBufferPointer { b in
            var out: [Place] = []
            var fields: [Range<Int>] = []
            var lines = ByteLines(b, 0..<b.count)
            while let (line, r) = lines.next() {
                guard !lines.isBlankOrComment(r) else { continue }
                let row = TabSeparatedRow(b, start: r.lowerBound, end: r.upperBound, path: path, line: line, fields: &fields)
                guard row.count == columns else { throw row.problem(nil, "expected \(columns) tab-separated columns, found \(row.count)") }
                let coordinate = try row.coordinate(latitude: 2, longitude: 3)
                guard let kind = PlaceKind(rawValue: row.string(5)) else { throw row.problem(5, "unknown kind '\(row.string(5))'") }
                guard let population = row.isEmpty(6) ? 0 : row.integer(6) else { throw row.problem(6, "expected a population") }
                guard let radius = row.isEmpty(8) ? 0 : row.integer(8) else { throw row.problem(8, "expected a radius in km") }
                out.append(Place(id: row.string(0), name: row.string(1), coordinate: coordinate, country: row.string(4), kind: kind,
                                 population: population, admin1: row.string(7), packedAlternates: row.packed(9, separatedBy: 0x7C),
                                 radiusKm: radius))
            }
            return out
        }
    }
}
