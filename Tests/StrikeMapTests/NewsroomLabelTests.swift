import Foundation
import XCTest
@testable import StrikeMap

/// Names a newsroom prints: events by the reports' names, basemap towns by their English exonyms.
final class NewsroomLabelTests: XCTestCase {
    private let gazetteer = EmbeddedGazetteer.shared

    private func event(_ mention: String, place id: String, precision: GeoPrecision? = nil, withinUnit: Bool = false) throws -> StrikeEvent {
        let place = try XCTUnwrap(gazetteer.place(id: id))
        var m = PlaceMention(text: mention, start: 0, end: mention.count, place: place, precision: precision)
        m.isWithinUnit = withinUnit
        var e = StrikeEvent(id: mention, source: "a.txt", published: nil, evidence: "x", evidenceStart: 0, evidenceEnd: 1)
        e.location = .point(m)
        return e
    }

    func testEventsTakeTheNameTheReportsUseMost() throws {
        let tadmur = "geonames:163808"
        let events = [try event("Palmyra", place: tadmur), try event("Palmyra", place: tadmur), try event("Tadmur", place: tadmur)]
        XCTAssertEqual(EventLabel.reports.name(events), "Palmyra")
        XCTAssertEqual(EventLabel.gazetteer.name(events), "Tadmur")
        // Spaces tidied, capitals read as a name.
        XCTAssertEqual(EventLabel.reports.name([try event("KOBANI", place: "geonames:172256")]), "Kobani")
        XCTAssertEqual(EventLabel.tidy("Deir  ez-Zor"), "Deir ez-Zor")
    }

    func testOffsetsAndUnitsKeepTheirWords() throws {
        let haditha = "geonames:96309"
        XCTAssertEqual(EventLabel.reports.name([try event("40 km southwest of Haditha", place: haditha, precision: .nearPlace)]), "40 km southwest of Haditha")
        // A village the gazetteer lacks, placed in its province: both names.
        let hama = try XCTUnwrap(gazetteer.places.first { $0.kind == .province && $0.country == "SY" && $0.name.hasPrefix("Ham") })
        XCTAssertEqual(EventLabel.reports.name([try event("Kafr Nabudah", place: hama.id, precision: .province, withinUnit: true)]),
                       "Kafr Nabudah (\(Exonyms.name(for: hama)))")
        // A province named as such is not the report's own point: its conventional name.
        XCTAssertEqual(EventLabel.reports.name([try event("Raqqa province", place: "geonames:172955", precision: .province)]), "Raqqa")
    }

    func testEveryExonymNamesAPopulatedPlaceOfTheGazetteer() {
        for entry in Exonyms.entries {
            guard let place = gazetteer.place(id: entry.id) else { XCTFail("\(entry.id) is not in the gazetteer"); continue }
            XCTAssertEqual(place.kind, .populated, entry.id)
            XCTAssertFalse(entry.source.isEmpty, entry.id)
            if let english = entry.english { XCTAssertNotEqual(english, place.name, "\(entry.id): the exonym is the gazetteer's own name") }
        }
        XCTAssertEqual(Set(Exonyms.entries.map(\.id)).count, Exonyms.entries.count, "an id listed twice")
    }

    func testBasemapTownsAreLabelledInEnglish() {
        let map = MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: gazetteer)
        let frame = MapFrame(box: GeoBox(west: 40.5, south: 33.5, east: 45.5, north: 37.5), x0: 0, y0: 0, width: 800, maxHeight: 700)
        let towns = map.orientationPlaces(in: frame)
        XCTAssertFalse(towns.isEmpty)
        XCTAssertFalse(towns.contains { Exonyms.isUnlabelled($0) }, "a section of Mosul crowds out Mosul")
        XCTAssertTrue(towns.contains { $0.name == "Mosul" }, towns.map(\.name).joined(separator: ", "))
    }

    func testCountsAgreeInNumber() {
        XCTAssertEqual(MapStyle.counted(1, .strike), "1 strike")
        XCTAssertEqual(MapStyle.counted(3, .droneStrike), "3 drone strikes")
        XCTAssertEqual(MapStyle.counted(1, .airstrike), "1 airstrike")
    }

    /// "southern Libya" is no point in the desert: it is listed under the map, not drawn.
    func testEventsKnownOnlyToARegionAreListedNotDrawn() throws {
        let libya = try XCTUnwrap(gazetteer.country(code: "LY"))
        var m = PlaceMention(text: "southern Libya", start: 0, end: 14, place: libya, coordinate: Coordinate(latitude: 25, longitude: 17), precision: .region, uncertaintyKm: 300)
        m.isWithinUnit = false
        var e = StrikeEvent(id: "r", source: "a.txt", published: nil, evidence: "Airstrikes hit southern Libya.", evidenceStart: 0, evidenceEnd: 30)
        e.location = .point(m)
        XCTAssertTrue(MapRenderer.mapped([e]).isEmpty)
        let svg = MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: gazetteer).render([e, try event("Sirte", place: "geonames:2210554")])
        XCTAssertTrue(svg.contains("Known only to a region or a country, not drawn as points: southern Libya (strike (unspecified), count not reported)"), "the regional event is listed")
        XCTAssertTrue(svg.contains("inkscape:groupmode=\"layer\" inkscape:label=\"events\""), "groups open as Inkscape layers")
    }
}
