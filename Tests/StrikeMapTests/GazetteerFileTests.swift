import Foundation
import XCTest
@testable import StrikeMap

final class GazetteerFileTests: XCTestCase {
    private func parse(_ text: String, strict: Bool = false) throws -> GazetteerFile.Loaded {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { try GazetteerFile.parse(UnsafeBufferPointer($0), path: "g.tsv", strict: strict) }
    }

    /// A GeoNames row: 19 tab-separated columns.
    private func geonames(_ id: String, _ name: String, _ lat: String, _ lon: String, cc: String = "SY", cls: String = "P",
                          code: String = "PPL", alternates: String = "", population: String = "1000") -> String {
        [id, name, name, alternates, lat, lon, cls, code, cc, "", "07", "", "", "", population, "", "250", "Asia/Damascus", "2020-01-01"]
            .joined(separator: "\t")
    }

    func testReadsGeoNamesRowsWithKindsAndAlternates() throws {
        let text = [geonames("1", "Tall Example", "35.1", "40.2", alternates: "Tal Example,Tell Example"),
                    geonames("2", "Example Governorate", "35", "40", cls: "A", code: "ADM1"),
                    geonames("3", "Example District", "35", "40", cls: "A", code: "ADM2"),
                    geonames("4", "Example Dam", "35", "40", cls: "H", code: "DAM")].joined(separator: "\n") + "\n"
        let loaded = try parse(text)
        XCTAssertEqual(loaded.places.map(\.id), ["geonames:1", "geonames:2", "geonames:3", "geonames:4"])
        XCTAssertEqual(loaded.places.map(\.kind), [.populated, .province, .district, .site])
        XCTAssertTrue(loaded.places[0].alternateNames.contains("Tell Example"))
        XCTAssertEqual(loaded.places[0].coordinate, Coordinate(latitude: 35.1, longitude: 40.2))
        XCTAssertEqual(loaded.skippedRows, 0)
    }

    /// A file that stops being text is refused at its first bad block: a 1 GB sparse file whose first block
    /// is a good header is not read whole (it would take a gigabyte and seconds) before it is refused.
    func testASparseFileIsRefusedAtItsFirstBadBlock() throws {
        let path = NSTemporaryDirectory() + "strikemap-sparse-\(UUID().uuidString).tsv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let header = "name\tlatitude\tlongitude\tcountry\nCamp Foo\t34.25\t40.5\tSY\n"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(header.utf8)))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        let started = Date()
        XCTAssertThrowsError(try GazetteerFile.read(path: path)) { error in
            XCTAssertTrue("\(error)".contains("NUL"), "\(error)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "refused without reading a gigabyte")
    }

    func testReadsOverlayWithHeaderInAnyOrder() throws {
        let text = "# my sites\nname\tid\tlongitude\tlatitude\tcountry\tkind\talternate_names\tsource\n"
            + "Camp Foo\tmine:1\t40.5\t34.25\tsy\tsite\tFoo Camp|Kamp Foo\tfield notes\n"
        let p = try parse(text).places
        XCTAssertEqual(p.count, 1)
        XCTAssertEqual(p[0].id, "mine:1")
        XCTAssertEqual(p[0].country, "SY")
        XCTAssertEqual(p[0].coordinate, Coordinate(latitude: 34.25, longitude: 40.5))
        XCTAssertEqual(p[0].alternateNames, ["Foo Camp", "Kamp Foo"])
    }

    func testMalformedRowsAreSkippedWithLocatedWarnings() throws {
        let text = [geonames("1", "Good", "35", "40"), geonames("2", "Bad latitude", "95", "40"), "3\tshort row",
                    geonames("4", " ", "35", "40"), geonames("1", "Duplicate", "35", "40"), geonames("x", "Bad id", "35", "40"),
                    geonames("6", "Bad longitude", "35", "east")].joined(separator: "\n")
        let loaded = try parse(text)
        XCTAssertEqual(loaded.places.map(\.name), ["Good"])
        XCTAssertEqual(loaded.skippedRows, 6)
        let messages = loaded.diagnostics.map(\.description)
        XCTAssertTrue(messages.contains { $0.hasPrefix("g.tsv:2:") && $0.contains("latitude 95 is outside -90...90") }, "\(messages)")
        XCTAssertTrue(messages.contains("g.tsv:3: warning: expected 19 tab-separated columns (GeoNames format), found 2; row skipped"))
        XCTAssertTrue(messages.contains { $0.hasPrefix("g.tsv:4:") && $0.contains("empty name") })
        XCTAssertTrue(messages.contains { $0.hasPrefix("g.tsv:5:1:") && $0.contains("duplicate id 'geonames:1' (first on line 1)") })
        XCTAssertTrue(messages.contains { $0.hasPrefix("g.tsv:6:1:") && $0.contains("numeric geonameid") })
        XCTAssertTrue(messages.contains { $0.hasPrefix("g.tsv:7:") && $0.contains("expected a longitude") })
        XCTAssertTrue(messages.contains("g.tsv: warning: 6 malformed rows skipped; --strict makes them fatal"))
    }

    func testStrictMakesTheFirstMalformedRowFatal() {
        let text = [geonames("1", "Good", "35", "40"), geonames("2", "Bad", "-91", "40")].joined(separator: "\n")
        XCTAssertThrowsError(try parse(text, strict: true)) { error in
            XCTAssertEqual("\(error)", "g.tsv:2:12: error: latitude -91 is outside -90...90")
        }
    }

    func testRefusesWhatIsNotAGazetteer() {
        XCTAssertThrowsError(try parse("PNG\0\0\0binary")) { XCTAssertEqual("\($0)", "strikemap: error: g.tsv: not a text gazetteer (contains NUL bytes)") }
        XCTAssertThrowsError(try parse("root:x:0:0:root:/root:/bin/bash\n")) {
            XCTAssertTrue("\($0)".hasPrefix("g.tsv:1: error: expected a GeoNames dump (19 tab-separated columns) or an overlay TSV"))
        }
        XCTAssertThrowsError(try parse("# only a comment\n")) { XCTAssertEqual("\($0)", "strikemap: error: g.tsv: the gazetteer has no usable rows") }
        XCTAssertThrowsError(try parse("id\tname\tlatitude\n")) { XCTAssertTrue("\($0)".contains("lacks the columns longitude, country")) }
    }

    func testLaterFilesOverrideEarlierOnesById() throws {
        var g = EmbeddedGazetteer.shared
        let raqqah = try XCTUnwrap(g.place(id: "geonames:172955"))
        let moved = try parse("id\tname\tlatitude\tlongitude\tcountry\tkind\talternate_names\n"
            + "geonames:172955\tRaqqa City\t36\t39.1\tSY\tpopulated\tRaqqa City Centre\nmine:2\tCamp Foo\t34\t40\tSY\tsite\t\n")
        g.add(moved.places)
        XCTAssertEqual(g.places.count, EmbeddedGazetteer.shared.places.count + 1)
        XCTAssertEqual(g.place(id: "geonames:172955")?.coordinate, Coordinate(latitude: 36, longitude: 39.1))
        XCTAssertNotEqual(raqqah.coordinate, Coordinate(latitude: 36, longitude: 39.1))
        XCTAssertEqual(g.candidates(for: "Raqqa City Centre").first?.place.id, "geonames:172955")
        // The replaced entry's old names no longer lead to it.
        XCTAssertFalse(g.candidates(for: "Ar Raqqah", allowTypos: false).contains { $0.place.id == "geonames:172955" })
        XCTAssertEqual(g.candidates(for: "Camp Foo").first?.place.id, "mine:2")
    }

    func testChunkedParsingGivesTheSameRowsAndLines() throws {
        // Over 4 MB: parsed in line-aligned chunks on all cores; line numbers must still be the file's.
        var rows: [String] = []
        for i in 1...40_000 { rows.append(geonames(String(i), "Place \(i) " + String(repeating: "x", count: 60), "35.5", "40.5")) }
        rows[29_999] = geonames("30000", "Broken", "35", "400")
        let loaded = try parse(rows.joined(separator: "\n") + "\n")
        XCTAssertEqual(loaded.places.count, 39_999)
        XCTAssertEqual(loaded.places.last?.id, "geonames:40000")
        XCTAssertTrue(loaded.diagnostics.contains { $0.line == 30_000 && $0.message.contains("longitude 400") })
    }
}
