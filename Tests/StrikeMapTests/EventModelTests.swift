import XCTest
@testable import StrikeMap

/// The event model keeps apart what the output's flat properties cannot: a date the text gives but the
/// reader cannot place, a place the gazetteer lacks, a total over several countries.
final class EventModelTests: XCTestCase {
    private func events(_ text: String, published: String? = nil) throws -> [StrikeEvent] {
        let decoder = ArticleDecoder(publishedOverride: published.flatMap(CalendarDay.init(iso:)))
        return StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(try decoder.decode(Array(text.utf8), source: "t.txt")).events
    }

    private func properties(_ e: StrikeEvent) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(GeoJSONWriter.write([e]))) as? [String: Any]
        let feature = try XCTUnwrap((object?["features"] as? [[String: Any]])?.first)
        return try XCTUnwrap(feature["properties"] as? [String: Any])
    }

    func testAPeriodTheReaderCannotPlaceKeepsItsPrecisionAndIsWrittenUndated() throws {
        let e = try XCTUnwrap(try events("Coalition jets struck Raqqah last week.").first)
        XCTAssertEqual(e.time, .unplaced(.week))
        XCTAssertNil(e.date)
        XCTAssertEqual(e.dateText, "last week")
        let p = try properties(e)
        XCTAssertTrue(p["date"] is NSNull && p["date_precision"] is NSNull, "serialised as an unresolved date")
        // With a publication date the same words are days.
        let dated = try XCTUnwrap(try events("Coalition jets struck Raqqah last week.", published: "2019-03-14").first)
        guard case .known(let span) = dated.time else { return XCTFail("\(dated.time)") }
        XCTAssertEqual(span.precision, .week)
        XCTAssertEqual(span.end.ordinal - span.start.ordinal, 6)
    }

    func testPlacesWithoutAPointAreNamedNotPlaced() throws {
        let unknown = try XCTUnwrap(try events("In Iraq, near Qaryat Zzyzx, one airstrike destroyed a vehicle.", published: "2019-03-14").first)
        XCTAssertEqual(unknown.location, .named("Qaryat Zzyzx"))
        XCTAssertNil(unknown.mention)
        let total = try XCTUnwrap(try events("Coalition aircraft have conducted 3,000 airstrikes in Iraq and Syria.", published: "2019-03-14").first)
        XCTAssertEqual(total.location, .named("Iraq, Syria"))
        XCTAssertTrue(total.aggregate)
        XCTAssertTrue(try properties(total)["geo_precision"] is NSNull)
        let struck = try XCTUnwrap(try events("An airstrike hit Hajin on Friday.", published: "2019-03-14").first)
        guard case .point(let m) = struck.location else { return XCTFail("\(struck.location)") }
        XCTAssertEqual(m.place.name, "Hajīn")
    }

    func testIdsAreSetFromTheStartAndSettledByTheDocumentPasses() throws {
        let list = try events("On Friday, two airstrikes near Hajin destroyed a tunnel; an airstrike near Baghuz destroyed a vehicle.",
                              published: "2019-03-14")
        XCTAssertEqual(list.count, 2)
        XCTAssertTrue(list.allSatisfy { $0.id.count == 16 })
        XCTAssertEqual(Set(list.map(\.id)).count, 2)
        XCTAssertEqual(list[0].id, EventIdentity.eventId(list[0]))
    }
}
