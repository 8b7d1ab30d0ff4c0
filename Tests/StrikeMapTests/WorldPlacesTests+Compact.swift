import XCTest
@testable import StrikeMap

/// The compact tables the world gazetteer is embedded as: a small gazetteer written by `CompactIndexWriter`
/// and read in place by `CompactGazetteer` gives back every place, and finds it by name, variant and id.
extension WorldPlacesTests {
    /// Owns the tables' bytes for as long as a `CompactGazetteer` reads them.
    final class TableBytes {
        private var buffers: [UnsafeMutableBufferPointer<UInt8>] = []

        func buffer(_ bytes: [UInt8]) -> UnsafeBufferPointer<UInt8> {
            let b = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
            _ = b.initialize(from: bytes)
            buffers.append(b)
            return UnsafeBufferPointer(rebasing: b[0..<bytes.count])
        }

        deinit { for b in buffers { b.deallocate() } }
    }

    static func place(_ id: String, _ name: String, _ latitude: Double, _ longitude: Double, _ country: String, _ kind: PlaceKind,
                      population: Int = 0, admin1: String = "", radiusKm: Int = 0, alternates: [String] = []) -> Place {
        var p = Place(id: id, name: name, coordinate: Coordinate(latitude: latitude, longitude: longitude), country: country, kind: kind,
                      population: population, admin1: admin1, alternateNames: alternates)
        p.radiusKm = radiusKm
        return p
    }

    /// `places` written as compact tables and read back in place (the tables live as long as the result).
    static func compact(_ places: [Place]) throws -> CompactGazetteer {
        let tables = try CompactIndexWriter().tables(places)
        let bytes = TableBytes()
        let sections = CompactGazetteer.Sections(header: bytes.buffer(tables.header), records: bytes.buffer(tables.records),
                                                 pool: bytes.buffer(tables.pool), exact: bytes.buffer(tables.exact),
                                                 skeleton: bytes.buffer(tables.skeleton), ids: bytes.buffer(tables.ids),
                                                 countries: bytes.buffer(tables.countries))
        return try XCTUnwrap(CompactGazetteer(sections, owner: bytes), "the header is not one this build reads")
    }

    /// Every kind, ids stored as numbers ("geonames:N") and as strings, a place without a country, names
    /// outside ASCII, both hemispheres, shared admin1 codes, a population of millions and one of none.
    static let compactPlaces: [Place] = [
        place("geonames:51537", "Somalia", 4.5, 45.8, "SO", .country, population: 15_893_219, radiusKm: 1139),
        place("ne-admin1:SO08", "Jubbada Dhexe", 1.22427, 42.54036, "SO", .province, population: 71_494, admin1: "05", radiusKm: 131,
              alternates: ["Middle Juba"]),
        place("geonames-adm2:9179642", "Jilib", 0.48829, 42.78535, "SO", .district, admin1: "05", radiusKm: 96),
        place("geonames:55671", "Kismayo", -0.35817, 42.54536, "SO", .populated, population: 234_852, admin1: "06",
              alternates: ["Kismaayo", "Chisimaio"]),
        place("icao:HCMM", "Aden Adde International Airport", 2.01444, 45.30472, "SO", .site, admin1: "04"),
        place("curated:red-sea", "Red Sea", 20.0, 38.5, "", .water, radiusKm: 1100),
        place("geonames:6255146", "Africa", 7.18805, 21.09375, "", .region, radiusKm: 4500),
        place("geonames:706483", "Kharkiv", 49.98081, 36.25272, "UA", .populated, population: 1_421_125, admin1: "07"),
        place("geonames:338832", "Mek'ele", 13.49667, 39.47528, "ET", .populated, population: 215_546, admin1: "53"),
        place("geonames:281133", "Khān Yūnis", 31.34018, 34.30627, "PS", .populated, population: 173_183, admin1: "GZ"),
        place("geonames:3435910", "Buenos Aires", -34.61315, -58.37723, "AR", .populated, population: 13_076_300, admin1: "07"),
        place("user:fishing-camp", "Ilka Cadde", 2.9, 45.6, "SO", .site),
    ]

    func testCompactTablesGiveBackEveryPlace() throws {
        let compact = try Self.compact(Self.compactPlaces)
        XCTAssertEqual(compact.count, Self.compactPlaces.count)
        for (i, want) in Self.compactPlaces.enumerated() {
            let got = compact.place(i)
            XCTAssertEqual(got.id, want.id)
            XCTAssertEqual(got.name, want.name, want.id)
            XCTAssertEqual(got.coordinate.latitude, want.coordinate.latitude, accuracy: 1e-5, want.id)
            XCTAssertEqual(got.coordinate.longitude, want.coordinate.longitude, accuracy: 1e-5, want.id)
            XCTAssertEqual(got.country, want.country, want.id)
            XCTAssertEqual(got.kind, want.kind, want.id)
            XCTAssertEqual(got.population, want.population, want.id)
            XCTAssertEqual(got.admin1, want.admin1, want.id)
            XCTAssertEqual(got.radiusKm, want.radiusKm, want.id)
        }

        let g = Gazetteer(base: compact)
        for want in Self.compactPlaces {
            // By id and by its exact name.
            XCTAssertEqual(g.place(id: want.id)?.name, want.name, want.id)
            let exact = g.candidates(for: want.name, allowTypos: false).filter { $0.match == .exact }.map(\.place.id)
            XCTAssertTrue(exact.contains(want.id), "\(want.name): \(exact)")
        }
        XCTAssertNil(g.place(id: "geonames:1"))
        XCTAssertEqual(g.country(code: "SO")?.id, "geonames:51537")
        XCTAssertNil(g.country(code: "YE"))
        // Alternate names are keys though the records do not keep them.
        XCTAssertEqual(g.candidates(for: "Middle Juba", allowTypos: false).first?.place.id, "ne-admin1:SO08")
        XCTAssertEqual(g.candidates(for: "Chisimaio", allowTypos: false).first?.match, .exact)
        XCTAssertTrue(g.candidates(for: "Mogadishu", allowTypos: false).isEmpty)
        // Written as texts write them: diacritics and apostrophes folded.
        XCTAssertEqual(g.candidates(for: "Khan Yunis", allowTypos: false).first?.place.id, "geonames:281133")
        XCTAssertEqual(g.candidates(for: "Mekele", allowTypos: false).first?.place.id, "geonames:338832")
    }

    func testCompactTablesFindTransliterationVariantsBySkeleton() throws {
        let g = Gazetteer(base: try Self.compact(Self.compactPlaces))
        for (variant, name, id) in [("Kharkov", "Kharkiv", "geonames:706483"), ("Kismaayu", "Kismayo", "geonames:55671"),
                                    ("Khan Younis", "Khān Yūnis", "geonames:281133")] {
            let sk = NameKey.skeleton(ofExact: NameKey.exact(variant))
            XCTAssertNotNil(sk, variant)
            XCTAssertEqual(sk, NameKey.skeleton(ofExact: NameKey.exact(name)), "\(variant) and \(name) share a skeleton")
            let found = g.candidates(for: variant, allowTypos: false)
            XCTAssertEqual(found.first { $0.place.id == id }?.match, .skeleton, "\(variant): \(found.map(\.place.id))")
        }
    }

    func testTheStringPoolRejectsWhatARawLiteralCannotHold() {
        func problem(_ s: String) -> String? { StringPool.problem(Array(s.utf8)) }
        XCTAssertNotNil(problem("Qasr \"\"\"# al-Hadid"), "the literal's end")
        XCTAssertNotNil(problem("\"\"\"#"))
        XCTAssertNotNil(problem("Jilib\\#2"), "a backslash before #")
        XCTAssertNotNil(problem("Jilib\nJamaame"), "a newline")
        XCTAssertNotNil(problem("Jilib\r"))
        XCTAssertNotNil(problem("Kismayo\u{2028}"), "a line separator")
        // What a literal can hold.
        for fine in ["Khān Yūnis", "Mek'ele", "Sa\"dah", "C:\\Kismayo", "\"\"\" #", "#\\", "Ras Isa #2", "‘Amrān"] {
            XCTAssertNil(problem(fine), fine)
        }
        // The writer refuses such a name with the place's id.
        let bad = Self.place("user:bad", "Bad\"\"\"#Name", 1, 1, "SO", .populated)
        XCTAssertThrowsError(try CompactIndexWriter().tables([bad])) { error in
            XCTAssertTrue("\(error)".contains("user:bad"), "\(error)")
        }
    }
}
