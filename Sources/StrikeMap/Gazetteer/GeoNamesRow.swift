/// A row of a GeoNames dump (allCountries.txt, SY.txt, cities500.txt): 19 tab-separated columns, see
/// https://download.geonames.org/export/dump/readme.txt. Ids become `geonames:<geonameid>`, so a dump
/// replaces the embedded gazetteer's entry for the same place.
enum GeoNamesRow {
    static let columnCount = 19

    static func place(_ row: TabSeparatedRow) throws -> Place {
        guard row.count == columnCount else {
            throw row.problem(nil, "expected \(columnCount) tab-separated columns (GeoNames format), found \(row.count)")
        }
        guard let id = row.integer(0) else { throw row.problem(0, "expected a numeric geonameid, found '\(row.string(0).prefix(40))'") }
        guard row.hasText(1) else { throw row.problem(1, "empty name") }
        let name = row.string(1)
        let coordinate = try row.coordinate(latitude: 4, longitude: 5)
        // The index folds repeated spellings; keeping them costs less than comparing strings here.
        let alternates = row.packed(3, separatedBy: 0x2C, first: row.isEmpty(2) ? "" : row.string(2))
        let population: Int
        if row.isEmpty(14) { population = 0 } else {
            guard let p = row.integer(14) else { throw row.problem(14, "expected a population (a whole number), found '\(row.string(14).prefix(40))'") }
            population = p
        }
        let country = row.string(8)
        guard country.utf8.count == 2 || country.isEmpty else { throw row.problem(8, "expected a two-letter country code, found '\(country.prefix(40))'") }
        return Place(id: "geonames:" + String(id), name: name, coordinate: coordinate, country: country,
                     kind: kind(featureClass: row.string(6), code: row.string(7)), population: population,
                     admin1: row.string(10), packedAlternates: alternates)
    }

    /// Feature class A with a PCL* code is a country, ADM1 a first-order unit, ADM2-ADM5 a district;
    /// class P a populated place; everything else (S spots and buildings, H water, T terrain, L areas,
    /// R roads, V vegetation, U undersea) a site.
    static func kind(featureClass: String, code: String) -> PlaceKind {
        switch featureClass {
        case "A":
            if code.hasPrefix("PCL") || code == "TERR" { return .country }
            if code.hasPrefix("ADM1") { return .province }
            if code.hasPrefix("ADM") { return .district }
            return .site
        case "P": return .populated
        default: return .site
        }
    }
}
