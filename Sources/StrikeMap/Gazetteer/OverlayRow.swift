import Foundation

/// The overlay format for a user's own sites: tab-separated, a header naming the columns, `#` comments.
///
///     id          name            latitude  longitude  country  kind  alternate_names         population  source
///     mysite:1    Camp Example    34.1234   40.5678    SY       site  Camp Ex|Example Camp    0           field notes 2019
///
/// Required: `id`, `name`, `latitude`, `longitude`, `country` (ISO 3166-1 alpha-2). Optional: `kind`
/// (`populated`/`P`, `site`/`S`, `district`/`A2`, `province`/`A1`, `country`/`A0`; default `site`),
/// `alternate_names` (`|`-separated), `population`, `admin1`; other columns (`source`, notes) are kept
/// out of the gazetteer. Ids are used as written: `geonames:170794` replaces that GeoNames place.
struct OverlayRow {
    static let required = ["id", "name", "latitude", "longitude", "country"]
    private var column: [String: Int] = [:]
    let width: Int
    /// The required columns, found in the header (an overlay without one of them is refused there).
    private let id, name, latitude, longitude, country: Int

    /// Reads the header; nil when `row` is not an overlay header (no field is named `id`).
    init?(header row: TabSeparatedRow) throws {
        guard (0..<row.count).contains(where: { row.string($0).lowercased().trimmingCharacters(in: .whitespaces) == "id" }) else { return nil }
        width = row.count
        var column: [String: Int] = [:]
        for i in 0..<row.count { column[row.string(i).lowercased().trimmingCharacters(in: .whitespaces)] = i }
        self.column = column
        let missing = Self.required.filter { column[$0] == nil }
        guard missing.isEmpty, let id = column["id"], let name = column["name"], let latitude = column["latitude"],
              let longitude = column["longitude"], let country = column["country"] else {
            throw row.problem(nil, "overlay header lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) (needs \(Self.required.joined(separator: ", ")))")
        }
        (self.id, self.name, self.latitude, self.longitude, self.country) = (id, name, latitude, longitude, country)
    }

    func place(_ row: TabSeparatedRow) throws -> Place {
        guard row.count == width else { throw row.problem(nil, "expected \(width) tab-separated columns as in the header, found \(row.count)") }
        let id = row.string(self.id).trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty else { throw row.problem(self.id, "empty id") }
        let name = row.string(self.name).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw row.problem(self.name, "empty name") }
        let coordinate = try row.coordinate(latitude: latitude, longitude: longitude)
        let country = row.string(self.country).uppercased()
        guard country.utf8.count == 2, country.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
            throw row.problem(self.country, "expected a two-letter country code, found '\(country.prefix(40))'")
        }
        var kind = PlaceKind.site
        if let k = column["kind"], !row.isEmpty(k) {
            guard let parsed = Self.kinds[row.string(k).lowercased()] else {
                throw row.problem(k, "expected a kind (populated, site, district, province, country, water or region), found '\(row.string(k).prefix(40))'")
            }
            kind = parsed
        }
        var population = 0
        if let c = column["population"], !row.isEmpty(c) {
            guard let p = row.integer(c) else { throw row.problem(c, "expected a population (a whole number), found '\(row.string(c).prefix(40))'") }
            population = p
        }
        let alternates = column["alternate_names"].map { c in
            row.string(c).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        } ?? []
        return Place(id: id, name: name, coordinate: coordinate, country: country, kind: kind, population: population,
                     admin1: column["admin1"].map { row.string($0) } ?? "", alternateNames: alternates)
    }

    private static let kinds: [String: PlaceKind] = [
        "populated": .populated, "p": .populated, "site": .site, "s": .site, "district": .district, "a2": .district,
        "province": .province, "a1": .province, "country": .country, "a0": .country,
        "water": .water, "sea": .water, "w": .water, "region": .region, "r": .region,
    ]
}
