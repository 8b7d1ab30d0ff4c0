import Foundation
import XCTest
@testable import StrikeMap

final class PlaceListTests: XCTestCase {
    private func found() -> [FoundPlace] {
        let text = "date 2019-01-05\n\nAirstrikes hit Raqqa on Friday. Officials in Damascus said\tnothing.\n"
        return StrikeExtractor(gazetteer: EmbeddedGazetteer.shared)
            .extract(Article(source: "a.txt", text: text, published: CalendarDay(iso: "2019-01-05"), bodyStart: 17)).places
    }

    func testGeoJSONListsEveryMentionStruckOrNot() throws {
        let data = Data(PlaceListWriter.geoJSON(found()))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let features = try XCTUnwrap(json["features"] as? [[String: Any]])
        XCTAssertEqual(features.count, 2)
        let props = features.compactMap { $0["properties"] as? [String: Any] }
        XCTAssertEqual(props.map { $0["mention"] as? String }, ["Raqqa", "Damascus"])
        XCTAssertEqual(props.map { $0["struck"] as? Bool }, [true, false])
        XCTAssertEqual(props[0]["place_id"] as? String, "geonames:172955")
        XCTAssertEqual(props[0]["mention_start"] as? Int, 32)
        XCTAssertEqual(props[0]["mention_end"] as? Int, 37)
        XCTAssertEqual(props[0]["evidence"] as? String, "Airstrikes hit Raqqa on Friday.")
        XCTAssertEqual(props[0]["geo_precision"] as? Int, 1)
        let coords = try XCTUnwrap((features[0]["geometry"] as? [String: Any])?["coordinates"] as? [Double])
        XCTAssertEqual(coords[0], 39.0, accuracy: 0.1, "longitude first (RFC 7946)")
    }

    func testTSVHasOneRowPerMentionAndNoStrayTabs() {
        let lines = String(decoding: PlaceListWriter.tsv(found()), as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(String(lines[0]), PlaceListWriter.tsvHeader.joined(separator: "\t"))
        for line in lines { XCTAssertEqual(line.split(separator: "\t", omittingEmptySubsequences: false).count, PlaceListWriter.tsvHeader.count) }
        XCTAssertTrue(lines[2].contains("\tDamascus\t"))
    }
}
