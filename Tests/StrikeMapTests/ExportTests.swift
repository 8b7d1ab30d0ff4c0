import XCTest
@testable import StrikeMap
#if canImport(FoundationXML)
import FoundationXML
#endif

final class ExportTests: XCTestCase {
    static func sampleEvents() -> [StrikeEvent] {
        let raqqah = Place(id: "geonames:172955", name: "Ar Raqqah", coordinate: Coordinate(latitude: 35.95283, longitude: 39.00788), country: "SY", kind: .populated, population: 531952)
        var a = StrikeEvent(id: "a1", source: "a.txt", published: CalendarDay(iso: "2017-02-10"), evidence: "17 strikes near Raqqah <&> \"x\".", evidenceStart: 0, evidenceEnd: 30)
        a.location = .point(PlaceMention(text: "Raqqah", start: 16, end: 22, place: raqqah, precision: .nearPlace, uncertaintyKm: 10))
        a.strikes = 17
        a.time = .known(DateSpan(day: CalendarDay(iso: "2017-02-09")!))
        a.dateText = "Thursday"
        a.confidence = 0.5
        var b = StrikeEvent(id: "b2", source: "b.txt", published: nil, evidence: "34,917 airstrikes between August 2014 and September 2020.", evidenceStart: 5, evidenceEnd: 60)
        b.strikes = 34917
        b.aggregate = true
        b.kind = .airstrike
        b.confidence = 0.5
        return [a, b]
    }

    func testGeoJSONGolden() throws {
        let bytes = GeoJSONWriter.write(Self.sampleEvents())
        XCTAssertEqual(GeoJSONCheck.check(bytes, path: "sample.geojson"), [])
        try Golden.check(String(decoding: bytes, as: UTF8.self), "sample.geojson")
    }

    func testKMLGolden() throws {
        try Golden.check(KMLWriter.write(Self.sampleEvents()), "sample.kml")
    }

    func testGeoJSONParsesAndKeepsContract() throws {
        let json = try JSONSerialization.jsonObject(with: Data(GeoJSONWriter.write(Self.sampleEvents()))) as! [String: Any]
        let features = json["features"] as! [[String: Any]]
        XCTAssertEqual(features.count, 2)
        let props = features[0]["properties"] as! [String: Any]
        for key in ["id", "place", "place_id", "mention", "country", "geo_precision", "uncertainty_km", "date", "date_end", "date_precision",
                    "date_text", "strikes", "strikes_qualifier", "kind", "actor", "civilian_deaths_min", "civilian_deaths_max",
                    "combatant_deaths_min", "combatant_deaths_max", "aggregate", "source", "published", "evidence", "evidence_start",
                    "evidence_end", "confidence"] {
            XCTAssertTrue(props.keys.contains(key), key)
        }
        XCTAssertTrue(features[1]["geometry"] is NSNull)
        XCTAssertEqual((features[0]["geometry"] as! [String: Any])["coordinates"] as! [Double], [39.00788, 35.95283])
    }

    func testMapSVGGoldenAndWellFormed() throws {
        let svg = MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared).render(Self.sampleEvents())
        XCTAssertNoThrow(try XMLDocument(xmlString: svg))
        XCTAssertTrue(svg.contains("&lt;&amp;&gt;"))
        for id in ["basemap", "rivers", "events", "labels", "legend"] { XCTAssertTrue(svg.contains("id=\"\(id)\""), id) }
        try Golden.check(svg, "sample-map.svg")
    }

    func testTimelineAnimatesDatedEvents() throws {
        let svg = try TimelineRenderer(basemap: EmbeddedBasemap.shared).render(Self.sampleEvents())
        XCTAssertNoThrow(try XMLDocument(xmlString: svg))
        XCTAssertTrue(svg.contains("<animate attributeName=\"opacity\""))
        XCTAssertTrue(svg.contains("9 Feb 2017"))
        XCTAssertTrue(svg.contains("Not animated (1)"))
    }

    func testProjectionRoundTrip() {
        let p = LambertConformalConic(centralMeridian: 40, originLatitude: 34, standardParallel1: 30, standardParallel2: 38)
        let c = Coordinate(latitude: 35.33588, longitude: 40.14084)
        let xy = p.project(c)
        let back = p.invert(x: xy.x, y: xy.y)
        XCTAssertEqual(back.latitude, c.latitude, accuracy: 1e-9)
        XCTAssertEqual(back.longitude, c.longitude, accuracy: 1e-9)
        // Along the central meridian, y is the distance north of the origin (conformal, true scale near the parallels).
        XCTAssertEqual(p.project(Coordinate(latitude: 35, longitude: 40)).y, 111.2, accuracy: 2)
    }

    func testProjectionMatchesSnydersWorkedExample() {
        // Snyder (1987), p. 295, spherical LCC: phi1 33, phi2 45, phi0 23, lambda0 -96, R 1; the point 35 N,
        // 75 W projects to x 0.2966785, y 0.2462112 (here in km, so divided by the Earth radius used).
        let p = LambertConformalConic(centralMeridian: -96, originLatitude: 23, standardParallel1: 33, standardParallel2: 45)
        let xy = p.project(Coordinate(latitude: 35, longitude: -75))
        XCTAssertEqual(xy.x / GeoMath.earthRadiusKm, 0.2966785, accuracy: 1e-6)
        XCTAssertEqual(xy.y / GeoMath.earthRadiusKm, 0.2462112, accuracy: 1e-6)
    }

    func testCalendarArithmetic() {
        XCTAssertEqual(CalendarDay(iso: "2019-01-05")!.weekday, 6)
        XCTAssertEqual(CalendarDay(iso: "2020-02-28")!.adding(days: 1).description, "2020-02-29")
        XCTAssertNil(CalendarDay(year: 2019, month: 2, day: 30))
    }
}
