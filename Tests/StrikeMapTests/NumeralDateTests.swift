import XCTest
@testable import StrikeMap

/// Dates written as numbers or counted back from publication (`DateReader+Numerals`), in phrases of our own.
final class NumeralDateTests: XCTestCase {
    private func dates(_ text: String, published: String) -> [DateExpression] {
        var r = DateReader(published: CalendarDay(iso: published))
        let s = Array(text.unicodeScalars)
        return r.read(Tokenizer.tokenize(s, 0, s.count), s)
    }

    /// A reading that cannot be a day gives way to the other; the same day either way is that day.
    func testSlashedDatesReadEitherWay() {
        XCTAssertEqual(dates("on 14/07/2023 drones hit", published: "2023-07-20").first?.span?.start.description, "2023-07-14")
        XCTAssertEqual(dates("on 07/14/2023 drones hit", published: "2023-07-20").first?.span?.start.description, "2023-07-14")
        XCTAssertEqual(dates("on 03/03/2023 drones hit", published: "2023-07-20").first?.span?.start.description, "2023-03-03")
    }

    /// Two possible days: the one on or before publication, else none.
    func testAmbiguousSlashedDates() {
        XCTAssertEqual(dates("on 04/03/2023 drones hit", published: "2023-03-06").first?.span?.start.description, "2023-03-04")
        let both = dates("on 04/03/2023 drones hit", published: "2023-07-20")
        XCTAssertEqual(both.count, 1, "read as a date")
        XCTAssertNil(both.first?.span, "4 March or 3 April: left unresolved")
        XCTAssertTrue(dates("killed 3 / 4 / 2023 people", published: "2023-07-20").allSatisfy { $0.span == nil || $0.text != "3 / 4 / 2023" })
    }

    /// Days and weeks counted back from publication.
    func testDaysAndWeeksAgo() {
        let d = dates("Two days ago drones hit", published: "2023-03-06")
        XCTAssertEqual(d.first?.span?.start.description, "2023-03-04")
        XCTAssertEqual(d.first?.precision, .day)
        let w = dates("two weeks ago drones hit", published: "2023-07-20")
        XCTAssertEqual(w.first?.span?.start.description, "2023-07-03")
        XCTAssertEqual(w.first?.span?.end.description, "2023-07-09")
        XCTAssertEqual(w.first?.precision, .week)
        XCTAssertNil(dates("Two days ago drones hit", published: "1800-01-01").first?.span, "outside the reportable years")
    }
}
