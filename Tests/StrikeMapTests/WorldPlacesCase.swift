import XCTest
@testable import StrikeMap

/// One sentence about a strike anywhere in the world, in our own words, and where the world gazetteer
/// must put it: a place of a country at a precision and within a distance of a point we know, or no
/// point. Unlike `GeographyCase` it also checks the country, the mention as written and the uncertainty
/// (a unit's point must cover the unit), and that no actor ("US aircraft") became a place.
struct WorldPlaceCase {
    indirect enum Expected {
        /// The event's place name contains `place` (folded, as `NameKey.exact`), in `country`, at
        /// `precision`, within `km` of the point.
        case point(place: String, country: String, precision: Int, latitude: Double, longitude: Double, km: Double)
        /// No event has a point.
        case noPoint
        /// Events with a point, if any, lie in `country` (an unknown village in a country the text names
        /// may stay unplaced or go to the country, never abroad).
        case onlyIn(country: String)
        /// Events with a point, if any, lie within `km` of the point.
        case nowhereFartherThan(km: Double, latitude: Double, longitude: Double)
        /// One of these holds ("off the coast of Hodeidah in the Red Sea": the sea or the coastal town).
        case anyOf([Expected])
    }

    let text: String
    let expected: Expected
    /// The mention as written, when the event fell back to the unit around it: it keeps the village.
    let mention: String?
    /// The uncertainty must be at least this, in kilometres (a unit's point covers the unit).
    let covering: Double?
    let line: UInt

    init(_ text: String, _ expected: Expected, mention: String? = nil, covering: Double? = nil, line: UInt = #line) {
        self.text = text
        self.expected = expected
        self.mention = mention
        self.covering = covering
        self.line = line
    }

    static func at(_ place: String, _ country: String, _ precision: Int, _ latitude: Double, _ longitude: Double,
                   within km: Double) -> Expected {
        .point(place: place, country: country, precision: precision, latitude: latitude, longitude: longitude, km: km)
    }

    /// Countries that stand in these texts only as actors ("US aircraft", "US Africa Command"): no place in
    /// them may be found, whatever the text's other names share with their towns.
    static let actorsOnly: Set<String> = ["US"]

    /// The extraction of the text, published on 2019-06-15 (so that weekday dates resolve).
    func run() -> StrikeExtractor.Result {
        let head = "date 2019-06-15\n\n"
        let article = Article(source: "world.txt", text: head + text, published: CalendarDay(iso: "2019-06-15"),
                              bodyStart: head.unicodeScalars.count)
        return StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article)
    }

    /// Checks the case; failures name the case's line in its file.
    func check(file: StaticString) {
        let result = run()
        for p in result.places where Self.actorsOnly.contains(p.mention.place.country) && p.mention.place.kind != .country {
            XCTFail("'\(p.mention.text)' became \(p.mention.place.name) (\(p.mention.place.country)), a place of an actor", file: file, line: line)
        }
        let located = result.events.compactMap(\.mention)
        if let why = failure(expected, located) { XCTFail(why, file: file, line: line) }
        guard case .point = expected, let m = chosen(expected, located) else { return }
        if let mention { XCTAssertEqual(m.text, mention, "the mention keeps the name as written", file: file, line: line) }
        if let covering {
            XCTAssertGreaterThanOrEqual(m.uncertaintyKm, covering, "uncertainty of \(m.place.name) must cover the unit", file: file, line: line)
        }
    }

    /// The located mention a `.point` expectation is about: the first whose place has the name, else the first.
    private func chosen(_ e: Expected, _ located: [PlaceMention]) -> PlaceMention? {
        guard case let .point(place, _, _, _, _, _) = e else { return nil }
        return located.first { NameKey.exact($0.place.name).contains(NameKey.exact(place)) } ?? located.first
    }

    /// Why the located mentions do not meet `e`, or nil when they do.
    private func failure(_ e: Expected, _ located: [PlaceMention]) -> String? {
        func described(_ m: PlaceMention) -> String {
            "\(m.place.name) (\(m.place.country)) precision \(m.precision.rawValue) at \(m.coordinate.latitude),\(m.coordinate.longitude)"
        }
        switch e {
        case .noPoint:
            return located.isEmpty ? nil : "expected no point, got \(located.map(described))"
        case let .onlyIn(country):
            let abroad = located.filter { $0.place.country != country }
            return abroad.isEmpty ? nil : "expected no point outside \(country), got \(abroad.map(described))"
        case let .nowhereFartherThan(km, latitude, longitude):
            let point = Coordinate(latitude: latitude, longitude: longitude)
            let far = located.filter { GeoMath.distanceKm($0.coordinate, point) > km }
            return far.isEmpty ? nil : "expected nothing farther than \(Int(km)) km, got \(far.map(described))"
        case let .anyOf(options):
            let whys = options.compactMap { failure($0, located) }
            return whys.count < options.count ? nil : "none of the expectations holds: " + whys.joined(separator: "; ")
        case let .point(place, country, precision, latitude, longitude, km):
            guard let m = chosen(e, located) else { return "no located event (expected \(place), \(country))" }
            var problems: [String] = []
            if !NameKey.exact(m.place.name).contains(NameKey.exact(place)) { problems.append("place \(m.place.name), expected \(place)") }
            if m.place.country != country { problems.append("country \(m.place.country), expected \(country)") }
            if m.precision.rawValue != precision { problems.append("precision \(m.precision.rawValue), expected \(precision)") }
            let d = GeoMath.distanceKm(m.coordinate, Coordinate(latitude: latitude, longitude: longitude))
            if d > km { problems.append("\(Int(d)) km from the expected point (at most \(Int(km)))") }
            return problems.isEmpty ? nil : "\(described(m)): " + problems.joined(separator: ", ")
        }
    }
}
