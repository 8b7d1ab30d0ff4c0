import XCTest
@testable import StrikeMap

/// The seeds' expectations from the foundation issue, through the whole pipeline.
final class SeedsEndToEndTests: XCTestCase {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path

    func corpus() -> Corpus {
        let (inputs, errors, _) = InputCollector.collect([Self.seeds])
        XCTAssertTrue(errors.isEmpty)
        return Corpus.extract(inputs, decoder: ArticleDecoder(), extractor: StrikeExtractor(gazetteer: EmbeddedGazetteer.shared))
    }

    func events(_ prefix: String, _ c: Corpus) -> [StrikeEvent] { c.events.filter { $0.source.hasPrefix(prefix) } }

    func testSeedExpectations() throws {
        let c = corpus()
        XCTAssertEqual(c.documentsRead, 5)
        let e0 = events("000", c)
        let kashmah = e0.filter { $0.mention?.place.name == "Al Kashmah" }
        XCTAssertEqual(Set(kashmah.map(\.kind)), [.airstrike, .artillery])
        XCTAssertEqual(kashmah.first?.date?.start.description, "2018-12-21")
        let deir = try XCTUnwrap(e0.first { $0.mention?.place.kind == .province })
        XCTAssertEqual(deir.mention?.precision, .province)
        XCTAssertEqual(deir.civilianDeaths.min, 11)
        XCTAssertEqual(deir.date?.start.description, "2019-01-03")
        XCTAssertTrue(e0.contains { $0.aggregate && $0.civilianDeaths.min == 1139 && $0.mention == nil })

        let e1 = events("001", c)
        XCTAssertTrue(e1.contains { $0.mention?.place.id == "curated:tanf-garrison" && $0.date == nil })
        XCTAssertTrue(e1.contains { $0.aggregate && $0.strikes == 3000 })
        XCTAssertTrue(e1.contains { $0.aggregate && $0.civilianDeaths.max == 13190 })
        for name in ["Homs", "Tadmur", "Dar‘ā", "As-Suwayda", "Deir ez-Zor"] { XCTAssertFalse(e1.contains { $0.mention?.place.name == name }, name) }

        let e2 = events("002", c)
        XCTAssertTrue(e2.contains { $0.aggregate && $0.strikes == 34917 && $0.date?.start.description == "2014-08-01" && $0.date?.end.description == "2020-09-30" })
        XCTAssertFalse(e2.contains { $0.mention?.place.name.contains("Diyala") ?? false })

        let e3 = events("003", c)
        XCTAssertTrue(e3.contains { $0.mention?.place.id == "geonames:172955" && $0.strikes == 17 })
        XCTAssertTrue(e3.contains { $0.mention?.place.id == "geonames:170794" && $0.strikes == 11 && ($0.targets ?? "").contains("20 oil tanker trucks") })
        XCTAssertTrue(e3.contains { $0.mention?.place.country == "LY" && $0.combatantDeaths.min == 80 && $0.dateText == "January 18th" })
        XCTAssertTrue(e3.contains { $0.mention?.place.name == "Sirte" })

        let e4 = events("004", c)
        XCTAssertEqual(Set(e4.compactMap { $0.mention?.place.id }), ["curated:baghuz-fawqani"])
        XCTAssertTrue(e4.allSatisfy { $0.dateText == "11th March" && $0.date == nil })
        XCTAssertEqual(Set(e4.map(\.kind)), [.airstrike, .artillery])

        // Every point within 5 km of its gazetteer place, unless an offset or direction moved it on purpose.
        for e in c.events { if let m = e.mention, m.precision <= .province { XCTAssertLessThan(GeoMath.distanceKm(m.coordinate, m.place.coordinate), 5) } }
        let mapped = Set(MapRenderer.mapped(c.events).compactMap { $0.mention?.place.id })
        for id in ["curated:baghuz-fawqani", "curated:kashmah", "geonames:172955", "curated:tanf-garrison", "geonames:2210554"] { XCTAssertTrue(mapped.contains(id), id) }
        XCTAssertTrue(mapped.contains("geonames:170794") || mapped.contains("ne-admin1:SY07"))
        // Evidence offsets point at the sentence in the decoded text.
        for e in c.events {
            let text = try String(contentsOfFile: Self.seeds + "/" + e.source, encoding: .utf8)
            let s = Array(text.unicodeScalars)
            XCTAssertEqual(String(String.UnicodeScalarView(s[e.evidenceStart..<e.evidenceEnd])), e.evidence)
        }
    }

    func testRerunIsByteIdentical() {
        XCTAssertEqual(GeoJSONWriter.write(corpus().events), GeoJSONWriter.write(corpus().events))
        XCTAssertEqual(GeoJSONCheck.check(GeoJSONWriter.write(corpus().events), path: "seeds.geojson"), [])
    }

    func testAtomicWriteAndUnwritableDirectory() throws {
        let dir = NSTemporaryDirectory() + "strikemap-test-\(getpid())"
        try AtomicFileWriter.createDirectory(dir)
        try AtomicFileWriter.write(Array("x".utf8), to: dir + "/a.txt")
        XCTAssertEqual(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8), "x")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["a.txt"])
        XCTAssertThrowsError(try AtomicFileWriter.write([1], to: "/proc/strikemap/none.txt"))
        XCTAssertThrowsError(try AtomicFileWriter.write([1], to: dir))
        try FileManager.default.removeItem(atPath: dir)
    }
}
