import Foundation
import XCTest
@testable import StrikeMap

/// Offsets as MoD reports and coalition releases write them, in sentences of our own: the point moves by
/// the stated distance in the stated direction; a direction alone, a contradiction or an absurd distance
/// leaves the event near the place (precision 2).
final class OffsetPhraseTests: XCTestCase {
    private func event(_ sentence: String) throws -> StrikeEvent {
        let article = try ArticleDecoder().decode(Array("date 2016-01-02\n\n\(sentence)\n".utf8), source: "o.txt")
        return try XCTUnwrap(StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article).events.first, sentence)
    }

    func testCircularMeanOfCompassParts() {
        XCTAssertEqual(OffsetPhrase.combined([0, 315]), 337.5)
        XCTAssertEqual(OffsetPhrase.combined([0, 270]), 315)
        XCTAssertEqual(OffsetPhrase.combined([180, 90]), 135)
        XCTAssertEqual(OffsetPhrase.combined([0, 0, 270]), 337.5)
        XCTAssertNil(OffsetPhrase.combined([0, 180]), "north south contradicts itself")
    }

    func testWrittenOffsetsMoveThePoint() throws {
        let cases: [(String, String, Double, Double)] = [
            ("Aircraft conducted two strikes approximately 17 NM North West of Abu Kamal, Syria.", "SY", 17 * 1.852, 315),
            ("Aircraft conducted a strike 10Nm south- east of Fallujah, Iraq.", "IQ", 18.52, 135),
            ("A strike approximately 6nm southwest of Fallujah destroyed a vehicle.", "IQ", 6 * 1.852, 225),
            ("A strike some 12 km north-northwest of Mosul destroyed a vehicle.", "IQ", 12, 337.5),
            ("A strike 10 nautical miles northeast of Mosul destroyed a vehicle.", "IQ", 18.52, 45),
            ("A strike 2.5 km N of Hajin destroyed a tunnel.", "SY", 2.5, 0),
        ]
        for (sentence, country, km, bearing) in cases {
            let e = try event(sentence)
            let m = try XCTUnwrap(e.mention, sentence)
            XCTAssertEqual(m.place.country, country, sentence)
            let expected = GeoMath.destination(from: m.place.coordinate, km: km, bearing: bearing)
            XCTAssertLessThan(GeoMath.distanceKm(m.coordinate, expected), 0.5, sentence)
            XCTAssertEqual(m.precision, .nearPlace, sentence)
            XCTAssertGreaterThanOrEqual(m.uncertaintyKm, max(2, km * 0.25) - 0.1, sentence)
            XCTAssertTrue(m.text.contains(" of "), m.text)
        }
    }

    func testWhatCannotBeAnOffsetLeavesTheEventNearThePlace() throws {
        for sentence in ["A strike 2000 km north of Raqqa destroyed a vehicle.", "A strike 10 km north south of Mosul destroyed a vehicle.",
                         "A strike west of Mosul destroyed a vehicle."] {
            let m = try XCTUnwrap(try event(sentence).mention, sentence)
            XCTAssertEqual(m.precision, .nearPlace, sentence)
            XCTAssertLessThan(GeoMath.distanceKm(m.coordinate, m.place.coordinate), 0.01, sentence)
        }
    }
}
