import Foundation
import XCTest
@testable import StrikeMap

final class GeoJSONReaderTests: XCTestCase {
    private func seedsEvents() throws -> [StrikeEvent] {
        let (inputs, _, _) = InputCollector.collect([Golden.seedsDirectory])
        return Corpus.extract(inputs, decoder: ArticleDecoder(), extractor: StrikeExtractor(gazetteer: EmbeddedGazetteer.shared)).events
    }

    func testOwnOutputRoundTripsByteForByte() throws {
        let events = try seedsEvents()
        XCTAssertFalse(events.isEmpty)
        let first = GeoJSONWriter.write(events)
        XCTAssertEqual(GeoJSONCheck.check(first, path: "strikes.geojson"), [])
        let back = try GeoJSONReader.parse(first, path: "strikes.geojson")
        XCTAssertEqual(back.events.count, events.count)
        XCTAssertTrue(back.diagnostics.isEmpty)
        XCTAssertEqual(String(decoding: GeoJSONWriter.write(back.events), as: UTF8.self), String(decoding: first, as: UTF8.self))
    }

    func testMapFromTheWrittenGeoJSONIsTheSameMap() throws {
        let events = try seedsEvents()
        let back = try GeoJSONReader.parse(GeoJSONWriter.write(events), path: "strikes.geojson").events
        let renderer = MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared)
        XCTAssertEqual(renderer.render(back), renderer.render(events))
    }

    func testForeignFilesKeepWhatTheyHaveAndIgnoreTheRest() throws {
        let text = """
        {"type":"FeatureCollection","crs_note":"edited in QGIS","features":[
         {"type":"Feature","geometry":{"type":"Point","coordinates":[40.14,35.33]},
          "properties":{"place":"Deir ez-Zor","date":"2019-01-03T00:00:00","strikes":3,"fid":7,"colour":"red"}},
         {"type":"Feature","geometry":{"type":"LineString","coordinates":[[40,35],[41,36]]},"properties":null}]}
        """
        let r = try GeoJSONReader.parse(Array(text.utf8), path: "edited.geojson")
        XCTAssertEqual(r.events.count, 2)
        XCTAssertEqual(r.events[0].mention?.place.name, "Deir ez-Zor")
        XCTAssertEqual(r.events[0].mention?.coordinate, Coordinate(latitude: 35.33, longitude: 40.14))
        XCTAssertEqual(r.events[0].date?.start.description, "2019-01-03")
        XCTAssertEqual(r.events[0].strikes, 3)
        XCTAssertNil(r.events[1].mention)
        XCTAssertEqual(r.diagnostics.map(\.description), ["edited.geojson:4:31: warning: feature 2: only Point geometries are mapped; this one is kept without a point"])
    }

    func testMalformedJSONIsReportedWhereItIs() {
        let cases: [(String, String)] = [
            ("{\"type\":\"FeatureCollection\",\n \"features\":[\n", "f.geojson:3:1: error: unexpected end of input, expected a value"),
            ("{\"type\":\"FeatureCollection\" \"features\":[]}", "f.geojson:1:29: error: expected ',' or '}' in an object"),
            ("[1, 2,]", "f.geojson:1:7: error: expected a value, found ']'"),
            ("{\"type\":\"Topology\"}", "f.geojson:1:1: error: expected a GeoJSON FeatureCollection or Feature (RFC 7946)"),
            ("{\"type\":\"Feature\",\"geometry\":null,\n\"properties\":{\"strikes\":\"five\"}}", "f.geojson:2:25: error: feature 1: property 'strikes' must be a number or null, found a string"),
            ("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[35.3,140.1]},\"properties\":{}}",
             "f.geojson:1:60: error: feature 1: coordinates [35.3, 140.1] out of range (RFC 7946 order is [longitude, latitude])"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try GeoJSONReader.parse(Array(text.utf8), path: "f.geojson"), text) { XCTAssertEqual("\($0)", expected) }
        }
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let deep = "{\"type\":\"Feature\",\"properties\":{\"strikes\":" + String(repeating: "[", count: 10_000) + "]}"
        XCTAssertThrowsError(try GeoJSONReader.parse(Array(deep.utf8), path: "d.geojson")) { XCTAssertTrue("\($0)".contains("nesting deeper than 256 levels")) }
    }
}
