import XCTest
@testable import StrikeMap

/// The map projection on every kind of box: symmetric about the equator (the Lambert cone constant is 0
/// there), across the antimeridian, up to the poles and with no area. Points stay finite and invert back.
final class MapProjectionTests: XCTestCase {
    private let boxes: [(String, GeoBox)] = [
        ("equator", GeoBox(west: 30, south: -12, east: 50, north: 12)),
        ("antimeridian", GeoBox(west: 170, south: -10, east: 190, north: 10)),
        ("north pole", GeoBox(west: -180, south: 60, east: 180, north: 90)),
        ("south pole", GeoBox(west: -20, south: -90, east: 20, north: -60)),
        ("zero area", GeoBox(west: 40, south: 35, east: 40, north: 35)),
        ("Syria", GeoBox(west: 35, south: 32, east: 43, north: 37.5)),
    ]

    func testEveryBoxProjectsFiniteAndInverts() {
        for (label, box) in boxes {
            let p = MapProjection(fitting: box)
            for lat in stride(from: max(-85, box.south), through: min(85, box.north), by: max(0.5, (box.north - box.south) / 8)) {
                for lon in stride(from: box.west, through: box.east, by: max(0.5, (box.east - box.west) / 8)) {
                    let c = Coordinate(latitude: lat, longitude: GeoMath.wrapLongitude(lon))
                    let xy = p.project(c)
                    XCTAssertTrue(xy.x.isFinite && xy.y.isFinite, "\(label): \(c)")
                    let back = p.invert(x: xy.x, y: xy.y)
                    XCTAssertEqual(back.latitude, c.latitude, accuracy: 1e-6, label)
                    XCTAssertEqual(GeoMath.longitudeDifference(back.longitude, c.longitude), 0, accuracy: 1e-6, label)
                }
            }
        }
    }

    func testFlatConesFallBackToMercatorAndOthersStayConic() {
        if case .mercator = MapProjection(fitting: boxes[0].1) {} else { XCTFail("a box symmetric about the equator is Mercator") }
        if case .conic = MapProjection(fitting: boxes[5].1) {} else { XCTFail("Syria stays Lambert conformal conic") }
        // Across the antimeridian, the two sides project next to each other, not 360° apart.
        let p = MapProjection(fitting: boxes[1].1)
        let west = p.project(Coordinate(latitude: 0, longitude: 175)), east = p.project(Coordinate(latitude: 0, longitude: -175))
        XCTAssertEqual(east.x - west.x, 2 * .pi * GeoMath.earthRadiusKm * 10 / 360, accuracy: 1)
        XCTAssertTrue(boxes[1].1.contains(Coordinate(latitude: 0, longitude: -175)))
        XCTAssertFalse(boxes[1].1.contains(Coordinate(latitude: 0, longitude: 160)))
    }

    func testMapsOfEdgeBoxesHaveNoNaN() {
        var map = MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared)
        for (label, box) in boxes.dropLast() {
            map.fixedExtent = box
            XCTAssertFalse(map.render(ExportTests.sampleEvents()).contains("NaN"), label)
        }
    }
}
