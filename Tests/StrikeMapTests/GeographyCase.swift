import XCTest
@testable import StrikeMap

/// One sentence (or a few lines) in the style of a genre of strike reporting, and where its strike must
/// be put: the place, its precision and a point within a stated distance, or no point at all.
struct GeographyCase {
    enum Expected {
        /// The event's place name contains `place` (case-insensitive), at `precision`, within `km` of the point.
        case point(place: String, precision: Int, latitude: Double, longitude: Double, km: Double)
        /// No event has a point: the text does not say where, and a guess would be a wrong point.
        case noPoint
    }

    let text: String
    let expected: Expected
    let line: UInt

    init(_ text: String, _ expected: Expected, line: UInt = #line) {
        self.text = text
        self.expected = expected
        self.line = line
    }

    static func at(_ place: String, _ precision: Int, _ latitude: Double, _ longitude: Double, within km: Double) -> Expected {
        .point(place: place, precision: precision, latitude: latitude, longitude: longitude, km: km)
    }

    /// The events of the text, published on 2019-06-15 (so that weekday dates resolve).
    func events() -> [StrikeEvent] {
        let body = "date 2019-06-15\n\n" + text
        let article = Article(source: "case.txt", text: body, published: CalendarDay(iso: "2019-06-15"), bodyStart: 17)
        return StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article).events
    }

    /// Checks the case; the failure names the case's line in its file.
    func check(file: StaticString) {
        let located = events().filter { $0.mention != nil }
        switch expected {
        case .noPoint:
            XCTAssertTrue(located.isEmpty, "expected no point, got \(located.map { $0.mention!.place.name })", file: file, line: line)
        case let .point(place, precision, latitude, longitude, km):
            // Names compared folded (diacritics, articles): "Khan" matches "Khān Shaykhūn".
            let wanted = NameKey.exact(place)
            func named(_ m: PlaceMention) -> Bool { NameKey.exact(m.place.name).contains(wanted) }
            guard let e = located.first(where: { named($0.mention!) }) ?? located.first, let m = e.mention else {
                XCTFail("no located event (expected \(place))", file: file, line: line)
                return
            }
            XCTAssertTrue(named(m), "place \(m.place.name), expected \(place)", file: file, line: line)
            XCTAssertEqual(m.precision.rawValue, precision, "precision of \(m.place.name)", file: file, line: line)
            let d = GeoMath.distanceKm(m.coordinate, Coordinate(latitude: latitude, longitude: longitude))
            XCTAssertLessThanOrEqual(d, km, "\(m.place.name) is \(Int(d)) km from the expected point", file: file, line: line)
        }
    }
}
