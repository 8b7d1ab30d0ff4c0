import XCTest
@testable import StrikeMap

/// The embedded world basemap: maps anywhere draw their country, its units, coasts and rivers, from an
/// index read at first use and coordinates read only for the extent a map asks for.
final class BasemapTests: XCTestCase {
    private let basemap = EmbeddedBasemap.shared

    /// One event at a town that is not in the gazetteer (the map needs only its point and country).
    private func event(_ name: String, _ lat: Double, _ lon: Double, _ country: String) -> StrikeEvent {
        let place = Place(id: "test:\(name)", name: name, coordinate: Coordinate(latitude: lat, longitude: lon), country: country, kind: .populated)
        var e = StrikeEvent(id: name, source: "a.txt", published: nil, evidence: "An airstrike hit \(name).", evidenceStart: 0, evidenceEnd: 10)
        e.location = .point(PlaceMention(text: name, start: 0, end: name.count, place: place))
        e.strikes = 2
        return e
    }

    /// The SVG's elements of one layer group, as text.
    private func group(_ id: String, in svg: String) throws -> String {
        let start = try XCTUnwrap(svg.range(of: "<g id=\"\(id)\""), "no group \(id)")
        let end = try XCTUnwrap(svg.range(of: "</g>", range: start.upperBound..<svg.endIndex))
        return String(svg[start.lowerBound..<end.lowerBound])
    }

    func testAMapOfASomaliTownDrawsSomaliaItsUnitsAndRivers() throws {
        let svg = MapRenderer(basemap: basemap, gazetteer: EmbeddedGazetteer.shared)
            .render([event("Jowhar", 2.78, 45.50, "SO"), event("Afgooye", 2.14, 45.12, "SO"), event("Jilib", 0.49, 42.77, "SO")])
        XCTAssertTrue(try group("basemap", in: svg).contains("<title>Somalia</title>"), "Somalia's country polygon")
        XCTAssertGreaterThan(try group("provinces", in: svg).components(separatedBy: "<path d=\"M").count - 1, 0, "lines between Somalia's regions")
        XCTAssertTrue(svg.contains(">Middle Shabelle</text>"), "the region Jowhar is in, named")
        XCTAssertTrue(svg.contains(">Shabelle</text>"), "the river through Jowhar, named")
        XCTAssertTrue(svg.contains(">SOMALIA</text>"))
        XCTAssertFalse(svg.contains("<title>Syria</title>"), "nothing from the other side of the map's margin")
    }

    func testAMapOfAUkrainianTownDrawsUkraineItsOblastsAndTheDnieper() throws {
        let svg = MapRenderer(basemap: basemap, gazetteer: EmbeddedGazetteer.shared)
            .render([event("Kherson", 46.64, 32.61, "UA"), event("Bakhmut", 48.59, 38.00, "UA"), event("Kharkiv", 49.99, 36.23, "UA")])
        XCTAssertTrue(try group("basemap", in: svg).contains("<title>Ukraine</title>"))
        XCTAssertTrue(try group("basemap", in: svg).contains("<title>Russia</title>"))
        XCTAssertGreaterThan(try group("provinces", in: svg).components(separatedBy: "<path d=\"M").count - 1, 0, "oblast lines")
        for name in ["Donetsk", "Zaporizhzhia", "Dnieper", "UKRAINE"] { XCTAssertTrue(svg.contains(">\(name)</text>"), name) }
        // Russia's coast is cut to the map: its Pacific shore would be megabytes of path.
        XCTAssertLessThan(svg.utf8.count, 400_000)
    }

    func testTheReaderReadsOnlyWhatTheExtentReaches() throws {
        let somalia = GeoBox(west: 40, south: -2, east: 52, north: 12)
        let found = basemap.features(in: somalia)
        XCTAssertTrue(found.contains { $0.layer == .country && $0.code == "SO" })
        XCTAssertTrue(found.contains { $0.layer == .province && $0.code == "SO" && $0.name == "Lower Shabelle" })
        XCTAssertTrue(found.contains { $0.layer == .river && $0.name == "Juba" })
        XCTAssertFalse(found.contains { $0.code == "UA" || $0.code == "SY" })
        // Rings are cut at the box; a line keeps the point just outside at either end of a run.
        for f in found where !f.layer.isLine {
            for part in f.parts {
                for c in part { XCTAssertTrue(c.longitude >= 40 && c.longitude <= 52 && c.latitude >= -2 && c.latitude <= 12, "\(f.name) cut to the box") }
            }
        }
        // The filter is asked before any coordinate is read.
        let onlyRivers = basemap.features(in: somalia) { $0.layer == .river }
        XCTAssertEqual(Set(onlyRivers.map(\.layer)), [.river])
        // Coarser for a wider map: fewer points, the same features.
        let fine = found.filter { $0.layer == .country }.reduce(0) { $0 + $1.parts.reduce(0) { $0 + $1.count } }
        let coarse = basemap.features(in: somalia, resolution: 0.05) { $0.layer == .country }.reduce(0) { $0 + $1.parts.reduce(0) { $0 + $1.count } }
        XCTAssertLessThan(coarse * 3, fine)
    }

    func testCountriesFollowTheGazetteersAssignment() {
        let cases: [(Double, Double, String?)] = [(2.78, 45.50, "SO"), (9.56, 44.06, "SO"), (46.64, 32.61, "UA"), (44.95, 34.10, "UA"),
                                                  (48.0, 37.8, "UA"), (55.75, 37.62, "RU"), (15.35, 44.21, "YE"), (31.34, 34.31, "PS"),
                                                  (31.59, 64.37, "AF"), (33.51, 36.29, "SY"), (0, -30, nil)]
        for (lat, lon, code) in cases {
            XCTAssertEqual(basemap.countryCode(at: Coordinate(latitude: lat, longitude: lon)), code, "\(lat), \(lon)")
        }
        XCTAssertEqual(basemap.country("UA", contains: Coordinate(latitude: 44.95, longitude: 34.10)), true, "Crimea")
        XCTAssertEqual(basemap.country("RU", contains: Coordinate(latitude: 44.95, longitude: 34.10)), false)
        XCTAssertNil(basemap.country("XX", contains: Coordinate(latitude: 0, longitude: 0)))
    }

    func testTheIndexCoversTheWorldAndEveryLineReads() {
        let counts = Dictionary(grouping: basemap.features, by: \.layer).mapValues(\.count)
        XCTAssertGreaterThan(counts[.country] ?? 0, 200)
        XCTAssertGreaterThan(counts[.province] ?? 0, 4_000)
        XCTAssertGreaterThan(counts[.boundary] ?? 0, 150)
        XCTAssertGreaterThan(counts[.lake] ?? 0, 300)
        for name in ["Dnieper", "Don", "Juba", "Shabelle", "Nile", "Euphrates", "Tigris", "Helmand", "Kabul", "Indus"] {
            XCTAssertTrue(basemap.features.contains { $0.layer == .river && $0.name == name }, name)
        }
        for f in basemap.features {
            let parts = f.parts
            XCTAssertFalse(parts.isEmpty, "\(f.layer) \(f.name)")
            let slack = 0.0015
            for c in parts.joined() where !(c.longitude >= f.bounds.west - slack && c.longitude <= f.bounds.east + slack
                                            && c.latitude >= f.bounds.south - slack && c.latitude <= f.bounds.north + slack) {
                XCTFail("\(f.layer) \(f.name): \(c) outside its box")
                break
            }
        }
    }

    func testPartsDecodeFromDifferencesAndThin() {
        let text = Array("1000,2000 5,-3 1,1 -6,2;-500,0 100,0".utf8)
        let parts = text.withUnsafeBufferPointer { EmbeddedBasemap.decode($0, resolution: 0) }
        XCTAssertEqual(parts, [[Coordinate(latitude: 2, longitude: 1), Coordinate(latitude: 1.997, longitude: 1.005),
                                Coordinate(latitude: 1.998, longitude: 1.006), Coordinate(latitude: 2, longitude: 1)],
                               [Coordinate(latitude: 0, longitude: -0.5), Coordinate(latitude: 0, longitude: -0.4)]])
        // Thinned: a point within the resolution of the last kept one waits; a part's last point stays.
        let thin = text.withUnsafeBufferPointer { EmbeddedBasemap.decode($0, resolution: 0.01) }
        XCTAssertEqual(thin.first, [Coordinate(latitude: 2, longitude: 1), Coordinate(latitude: 2, longitude: 1)])
        XCTAssertEqual(Array("x,;;9".utf8).withUnsafeBufferPointer { EmbeddedBasemap.decode($0, resolution: 0) }, [], "garbage reads as nothing")
    }

    func testClippingKeepsWhatIsInsideTheBox() {
        let box = GeoBox(west: 0, south: 0, east: 10, north: 10)
        let square = [(-5.0, -5.0), (5, -5), (5, 5), (-5, 5), (-5, -5)].map { Coordinate(latitude: $0.1, longitude: $0.0) }
        let cut = BasemapClip.ring(square, to: box)
        XCTAssertEqual(Set(cut), [Coordinate(latitude: 0, longitude: 0), Coordinate(latitude: 0, longitude: 5),
                                  Coordinate(latitude: 5, longitude: 5), Coordinate(latitude: 5, longitude: 0)])
        XCTAssertEqual(cut.first, cut.last, "closed")
        let line = [-5.0, -1, 1, 3, 12, 15, 20, 5, 6].map { Coordinate(latitude: 1, longitude: $0) }
        XCTAssertEqual(BasemapClip.line(line, to: box).map(\.count), [4, 3], "each run with the point just outside at its ends")
        // Beyond the antimeridian: Chukotka's parts are moved into a box that runs past 180°.
        let pacific = basemap.features(in: GeoBox(west: 170, south: 60, east: 200, north: 72)) { $0.layer == .country && $0.code == "RU" }
        XCTAssertTrue(pacific.first?.parts.joined().contains { $0.longitude > 185 } ?? false)
    }

    /// A map of events on several continents is cut at the meridian opposite its centre: the projection
    /// wraps longitudes to within 180° of the centre, and a part across that meridian (Samoa, Tonga,
    /// Kiribati on a map centred near Africa) was drawn as a grey band right across the map.
    func testAWorldMapIsCutAtTheMeridianOppositeItsCentre() {
        let box = GeoBox(west: -125, south: -40, east: 145, north: 65)
        let frame = MapFrame(box: box, x0: 0, y0: 0, width: 1000, maxHeight: 800)
        let middle = (box.west + box.east) / 2
        let features = frame.basemapFeatures(basemap)
        XCTAssertTrue(features.contains { $0.layer == .country && $0.code == "WS" }, "Samoa, at the cut, is still drawn")
        for f in features {
            for part in f.parts {
                XCTAssertTrue(part.allSatisfy { abs($0.longitude - middle) <= 180 }, "\(f.name) reaches past the cut")
            }
        }
        // No ring of land, drawn, is as wide as the map (the bands were).
        for f in features where f.layer == .country && f.code != "AQ" && f.code != "RU" {
            for part in f.parts {
                let xs = part.map { frame.point($0).x }
                XCTAssertLessThan((xs.max() ?? 0) - (xs.min() ?? 0), 600, "\(f.name) spans the map")
            }
        }
        // A part across the box's edge is drawn on both sides of it, each copy cut at the edge.
        let island = Basemap(features: [Basemap.Feature(layer: .country, code: "XX", name: "Island", parts: [[
            Coordinate(latitude: 0, longitude: -172), Coordinate(latitude: 0, longitude: -168), Coordinate(latitude: 2, longitude: -168),
            Coordinate(latitude: 2, longitude: -172), Coordinate(latitude: 0, longitude: -172)]])])
        let cut = island.features(in: GeoBox(west: -170, south: -10, east: 190, north: 10))
        let sides = (cut.first?.parts ?? []).map { part in part.map(\.longitude) }
        XCTAssertEqual(sides.count, 2)
        XCTAssertTrue(sides.contains { $0.allSatisfy { $0 >= -170 && $0 <= -168 } }, "the part east of the cut")
        XCTAssertTrue(sides.contains { $0.allSatisfy { $0 >= 188 && $0 <= 190 } }, "the part west of it, a turn on")
    }

    func testTheWebMapCarriesTheBasemapOfItsExtent() throws {
        let html = WebMap(basemap: basemap, gazetteer: EmbeddedGazetteer.shared).render([event("Jowhar", 2.78, 45.50, "SO")])
        XCTAssertTrue(html.contains("[\"SO\",\"Somalia\","))
        XCTAssertTrue(html.contains("\"extent\":["))
        XCTAssertFalse(html.contains("\"Ukraine\""))
        XCTAssertLessThan(html.utf8.count, 600_000)
    }
}
