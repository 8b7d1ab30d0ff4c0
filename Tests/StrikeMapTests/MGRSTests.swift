import XCTest
@testable import StrikeMap

/// MGRS references to points, against fixtures made with an independent implementation (PyPI `mgrs`
/// 1.6.0, `MGRS().toLatLon(ref)`, which gives the square's centre, at test-writing time): Syria and Iraq in
/// zones 37 and 38, both hemispheres, both sides of the antimeridian, the equator, high latitudes.
final class MGRSTests: XCTestCase {
    private let fixtures: [(String, Double, Double)] = [
        ("37SBT4702911570", 33.513801165026116, 36.27650147825445),
        ("37SBU906457", 34.732411804694756, 36.71342922447286),
        ("37SCA30", 36.17573505851941, 37.165279199765706),
        ("38SMB4099486410", 33.31520258302291, 44.36609810958751),
        ("38SLF32", 36.355953007616904, 43.16105748516483),
        ("33HWC1234567890", -33.728935339796145, 15.133262940751655),
        ("19LCF8899", -12.666728047364888, -70.02680254284608),
        ("31NAA6602100000", 0.000004517415511511379, 0.0000005108150623137938),
        ("60XWG12", 73.21928253988013, 177.46547884899695),
        ("1CDN5555544444", -78.86378018440388, -179.06170266134697),
        ("34JBT2034", -24.97921991406185, 18.231360951245357),
        ("30UXC8912", 51.53175957699104, -0.2678210029262827),
        ("18TWL8386", 41.42572371701287, -74.0007013153578),
        ("32VNM5012345678", 59.94547436791564, 9.89717240458034),
    ]

    func testFixturesWithinAMetre() throws {
        for (ref, lat, lon) in fixtures {
            let c = try MGRS(ref).coordinate
            XCTAssertLessThan(GeoMath.distanceKm(c, Coordinate(latitude: lat, longitude: lon)) * 1000, 1.0, ref)
        }
    }

    func testSpacesCaseAndResolution() throws {
        let spaced = try MGRS("37s bt 47029 11570")
        XCTAssertEqual(spaced, try MGRS("37SBT4702911570"))
        XCTAssertEqual(try MGRS("37SCA30").squareMetres, 10_000)
        XCTAssertEqual(try MGRS("37SBU906457").squareMetres, 100)
        XCTAssertEqual(try MGRS("37SBU906457").uncertaintyKm, 0.0707, accuracy: 0.0001)
    }

    func testBadReferencesSayWhy() {
        let bad: [(String, MGRS.Problem)] = [("55HFA1", .digits(1)), ("37SIU1234", .squareLetters("IU")), ("37SFO1234", .squareLetters("FO")),
                                             ("61SFU12", .zone(61)), ("37BFU12", .band("B")), ("37SFU12a4", .digits(4)),
                                             ("37SFU123456789012", .digits(12)), ("37S", .squareLetters(""))]
        for (ref, problem) in bad {
            XCTAssertThrowsError(try MGRS(ref), ref) { XCTAssertEqual($0 as? MGRS.Problem, problem, ref) }
        }
        // The band letter must fit the row letters: 37S is 32-40 N, so a northing of the band below is refused.
        XCTAssertThrowsError(try MGRS("37RBT4702911570"))
    }

    private func grids(_ text: String) -> (found: [String], problems: [String]) {
        let s = Array(text.unicodeScalars)
        let r = GridReferenceFinder.find(in: s, 0..<s.count)
        return (r.found.map(\.text), r.problems.map(\.text))
    }

    func testFinderReadsTheWaysStatementsWriteGrids() {
        XCTAssertEqual(grids("near Manbij, Syria. 3052/CS315 37SCV965912").found, ["37SCV965912"])
        XCTAssertEqual(grids("at 37S FU 786 153, two civilians").found, ["37S FU 786 153"])
        XCTAssertEqual(grids("(38SLD 12345 67890) and 38SMB4099486410.").found, ["38SLD 12345 67890", "38SMB4099486410"])
        XCTAssertEqual(grids("grid 37SIU1234 was reported").problems, ["37SIU1234"], "letters I and O are no square letters")
        XCTAssertEqual(grids("grid 37SFU1234567 was reported").problems, ["37SFU1234567"], "an odd number of digits")
        for text in ["F-16 jets struck 3 ISIS positions", "in 2014 AD", "at 10:30 GMT on 12 May", "the 2 ABC TV crews",
                     "A37SFU786153", "37SFU786153A", "Unit 1CDN", "12 SAM 2 sites"] {
            XCTAssertEqual(grids(text).found, [], text)
            XCTAssertEqual(grids(text).problems, [], text)
        }
    }

    func testPlacesListsGridsAsExactPoints() throws {
        let text = "date 2016-10-01\n\nSept. 30, 2016, near Raqqah, Syria via Airwars report. 3057/CS321 37SFU274840\n"
        let article = try ArticleDecoder().decode(Array(text.utf8), source: "s.txt")
        let result = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article)
        let grid = try XCTUnwrap(result.places.first { $0.mention.place.id == "mgrs:37SFU274840" })
        XCTAssertEqual(grid.mention.precision, .exact)
        XCTAssertEqual(grid.mention.uncertaintyKm, 0.1)
        XCTAssertEqual(grid.mention.place.country, "SY")
        XCTAssertEqual(grid.line, 3)
        XCTAssertEqual(String(Array(text.unicodeScalars)[grid.mention.start..<grid.mention.end].map(Character.init)), "37SFU274840")
        let bad = try ArticleDecoder().decode(Array("date 2016-10-01\n\nA strike near 37SFO2748.\n".utf8), source: "b.txt")
        let warned = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(bad).diagnostics.map(\.message)
        XCTAssertTrue(warned.contains { $0.contains("'37SFO2748' looks like an MGRS grid reference but is none") }, "\(warned)")
    }

    private func extract(_ body: String) throws -> StrikeExtractor.Result {
        let article = try ArticleDecoder().decode(Array("date 2016-10-05\n\n\(body)\n".utf8), source: "g.txt")
        return StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article)
    }

    func testAGridSetsThePointOfItsParagraphsStrike() throws {
        let grid = try MGRS("37SCA356002").coordinate
        let named = try XCTUnwrap(try extract("Oct. 4, 2016, near Manbij, Syria: During a strike on Oct. 4 it is assessed that one civilian was killed. 3061/CS330 37SCA356002").events.first)
        XCTAssertEqual(named.mention?.precision, .exact)
        XCTAssertEqual(named.mention?.place.id, "mgrs:37SCA356002")
        XCTAssertEqual(named.mention?.text, "Manbij", "the name as written stays the mention")
        XCTAssertLessThan(GeoMath.distanceKm(try XCTUnwrap(named.mention?.coordinate), grid), 0.01)
        // A strike that names no place is placed by its grid rather than kept as a total.
        let unnamed = try XCTUnwrap(try extract("During a Coalition strike one civilian was assessed killed. 3062/CS331 37SCA356002").events.first)
        XCTAssertFalse(unnamed.aggregate)
        XCTAssertEqual(unnamed.mention?.place.country, "SY")
        // Two different grids: the text does not say which is the strike's.
        let two = try XCTUnwrap(try extract("Oct. 4, 2016, near Manbij, Syria: a strike on Oct. 4 killed one civilian. 37SCA356002 37SCA400100").events.first)
        XCTAssertNotEqual(two.mention?.place.id.hasPrefix("mgrs:"), true)
        // A grid 50 km or more across the border from the place named is a slip: a warning, the named place kept.
        let slip = try extract("Oct. 4, 2016, near Mosul, Iraq: a strike on Oct. 4 killed one civilian. 37SCA356002")
        XCTAssertNotEqual(slip.events.first?.mention?.place.id.hasPrefix("mgrs:"), true)
        XCTAssertTrue(slip.diagnostics.contains { $0.message.contains("grid reference '37SCA356002' lies in SY") }, "\(slip.diagnostics.map(\.message))")
    }
}
