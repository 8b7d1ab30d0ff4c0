import XCTest
@testable import StrikeMap

final class ExtractionTests: XCTestCase {
    func events(_ text: String, published: String? = "2019-03-15") -> [StrikeEvent] {
        let article = try! ArticleDecoder(publishedOverride: published.flatMap { CalendarDay(iso: $0) }).decode(Array(text.utf8), source: "t.txt")
        return StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article).events
    }

    func testReleaseLine() {
        let e = events("On Nov. 1, coalition forces continued to attack.\n- Near Mosul, six strikes struck five ISIL tactical units.", published: "2014-11-02")
        XCTAssertEqual(e.count, 1)
        XCTAssertEqual(e[0].mention?.place.name, "Mosul")
        XCTAssertEqual(e[0].strikes, 6)
        XCTAssertEqual(e[0].date?.start.description, "2014-11-01")
        XCTAssertEqual(e[0].mention?.precision, .nearPlace)
    }

    func testNegatedAndFigurativeGiveNothing() {
        XCTAssertTrue(events("The coalition did not carry out strikes near Raqqah.").isEmpty)
        XCTAssertTrue(events("Russia threatened to strike targets in Idlib.").isEmpty)
        XCTAssertTrue(events("Strike assessments are based on initial reports.").isEmpty)
        XCTAssertTrue(events("Workers in Mosul began a hunger strike.").isEmpty)
    }

    func testCountsWordsAndQualifiers() {
        XCTAssertEqual(CountReader.count(endingAt: 3, Tokenizer.tokenize(Array("more than three thousand".unicodeScalars), 0, 24))?.value, 3000)
        let e = events("Warplanes carried out nearly 35,000 airstrikes in Iraq and Syria since 2014.")
        XCTAssertEqual(e.first?.strikes, 35000)
        XCTAssertEqual(e.first?.strikesQualifier, .about)
        XCTAssertEqual(e.first?.aggregate, true)
        XCTAssertNil(e.first?.mention)
    }

    func testCasualtiesAndActor() {
        let e = events("On 3 March, Russian warplanes conducted airstrikes on Idlib, killing at least 11 civilians and 4 militants.")
        XCTAssertEqual(e.first?.civilianDeaths.min, 11)
        XCTAssertNil(e.first?.civilianDeaths.max)
        XCTAssertEqual(e.first?.combatantDeaths.min, 4)
        XCTAssertEqual(e.first?.actor, "Russia")
        XCTAssertEqual(e.first?.date?.start.description, "2019-03-03")
    }

    func testRelativeDates() {
        var r = DateReader(published: CalendarDay(iso: "2019-01-05"))  // a Saturday
        let s = Array("on Thursday and in late December and last month".unicodeScalars)
        let d = r.read(Tokenizer.tokenize(s, 0, s.count), s)
        XCTAssertEqual(d[0].span?.start.description, "2019-01-03")
        XCTAssertEqual(d[1].span?.start.description, "2018-12-21")
        XCTAssertEqual(d[1].span?.precision, .month)
        XCTAssertEqual(d[2].span?.start.description, "2018-12-01")
    }

    func testImpossibleDateWarns() {
        let article = try! ArticleDecoder(publishedOverride: CalendarDay(iso: "2019-03-15")).decode(Array("On February 30, airstrikes hit Raqqah.".utf8), source: "x")
        let r = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article)
        XCTAssertTrue(r.diagnostics.contains { $0.message.contains("impossible date") })
        XCTAssertNil(r.events.first?.date)
    }

    func testOffsetMovesPoint() {
        let e = events("On 3 March, an airstrike hit a position 10 km north of Raqqah.")
        let raqqah = EmbeddedGazetteer.shared.place(id: "geonames:172955")!.coordinate
        let p = e.first!.mention!.coordinate
        XCTAssertEqual(GeoMath.distanceKm(raqqah, p), 10, accuracy: 0.1)
        XCTAssertGreaterThan(p.latitude, raqqah.latitude)
        XCTAssertEqual(e.first?.mention?.precision, .nearPlace)
    }

    func testHugeNumberAndNoPunctuationDoNotCrash() {
        _ = events("99999999999999999999 strikes near Raqqah")
        _ = events(String(repeating: "airstrikes near Mosul and ", count: 300))
    }
}
