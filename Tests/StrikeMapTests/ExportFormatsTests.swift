import Foundation
import XCTest
@testable import StrikeMap

final class ExportFormatsTests: XCTestCase {
    private var events: [StrikeEvent] { ExportTests.sampleEvents() }

    func testCSVQuotesAndDefusesFormulas() {
        var e = events
        e[0].targets = "=HYPERLINK(\"http://x\"),\nsecond line"
        e[0].actor = "-1+2"
        let csv = String(decoding: CSVWriter.write(e), as: UTF8.self)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasPrefix("longitude,latitude,wkt,id,place,"))
        XCTAssertTrue(lines[1].hasPrefix("39.00788,35.95283,POINT (39.00788 35.95283),a1,Ar Raqqah,"))
        XCTAssertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\"),\nsecond line\""), "quoted, quotes doubled, formula defused")
        XCTAssertTrue(csv.contains(",'-1+2,"))
        XCTAssertTrue(csv.contains("\r\n,,,b2,"), "a total without a point has empty coordinates")
    }

    func testGeoJSONSequenceIsOneFeaturePerRecord() throws {
        let rs = GeoJSONWriter.writeSequence(events, recordSeparator: true)
        let records = String(decoding: rs, as: UTF8.self).split(separator: "\u{1E}")
        XCTAssertEqual(records.count, 2)
        for r in records { XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(r.utf8))) }
        let lines = String(decoding: GeoJSONWriter.writeSequence(events, recordSeparator: false), as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
    }

    func testFormatsByExtensionAndErrors() throws {
        XCTAssertEqual(ExportFormat.from(path: "a/b.GPKG"), .gpkg)
        XCTAssertEqual(ExportFormat.from(path: "x.geojsonl"), .geojsonseq)
        XCTAssertNil(ExportFormat.from(path: "x.xlsx"))
        let dir = NSTemporaryDirectory() + "strikemap-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        XCTAssertThrowsError(try Exporter.export([], to: dir + "/e.csv", format: .csv)) { XCTAssertEqual($0 as? ExportError, .noFeatures(path: dir + "/e.csv")) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/e.csv"))
        let warnings = try Exporter.export(events, to: dir + "/e.kml", format: .kml)
        XCTAssertEqual(warnings.count, 1, "the total without a point is left out of KML, and said so")
        if !ExportFormat.isGDALAvailable {
            XCTAssertThrowsError(try Exporter.export(events, to: dir + "/e.gpkg", format: .gpkg)) {
                XCTAssertTrue("\($0)".contains("swift build --traits GDAL"))
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/e.gpkg"))
        }
        XCTAssertThrowsError(try Exporter.export(events, to: dir + "/missing/e.csv", format: .csv))
        XCTAssertThrowsError(try Exporter.export(events, to: "/dev/full", format: .csv))
    }

    /// Without the GDAL trait, GeoPackage, FlatGeobuf and Shapefile go through ogr2ogr (run by the caller)
    /// from the CSV export with its column types; its output is renamed into place, its failure writes
    /// nothing. (.ci/gis-check.sh runs the real ogr2ogr and compares its field types with the GDAL build's.)
    func testWithoutGDALTheGISFormatsGoThroughOgr2ogr() throws {
        try XCTSkipIf(ExportFormat.isGDALAvailable, "built with the GDAL trait: the formats are written through GDAL itself")
        let dir = NSTemporaryDirectory() + "strikemap-ogr-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for format in [ExportFormat.gpkg, .shp] {
            var seen: [String] = []
            var types = ""
            let path = dir + "/e." + format.rawValue
            _ = try Exporter.export(events, to: path, format: format) { args in
                seen = args
                let csv = try XCTUnwrap(args.first { $0.hasSuffix("events.csv") })
                types = (try? String(contentsOfFile: csv + "t", encoding: .utf8)) ?? ""
                FileManager.default.createFile(atPath: args[2], contents: Data("made".utf8))
            }
            XCTAssertEqual(Array(seen.prefix(2)), ["-f", format.driver])
            XCTAssertTrue(seen.contains("EPSG:4326") && seen.contains("POINT"), "\(seen)")
            let sql = try XCTUnwrap(seen.first { $0.hasPrefix("SELECT ") })
            XCTAssertFalse(sql.contains("\"wkt\""), "the CSV's coordinate columns are no fields")
            XCTAssertTrue(types.contains("\"Date\""), types)
            if format == .shp {
                XCTAssertTrue(sql.contains("\"date_precision\" AS \"date_prec\""), sql)
                XCTAssertTrue(types.contains("String(254)") && !types.contains("Boolean"), "Shapefile has no booleans: \(types)")
            } else {
                XCTAssertTrue(types.contains("\"Integer(Boolean)\""), types)
                XCTAssertTrue(seen.contains("GEOMETRY_NAME=geom"), "\(seen)")
            }
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "made")
        }
        struct Failed: Error {}
        XCTAssertThrowsError(try Exporter.export(events, to: dir + "/f.gpkg", format: .gpkg) { _ in throw Failed() }) {
            guard case .gdal? = $0 as? ExportError else { return XCTFail("\($0)") }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/f.gpkg"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".") }, [], "no temporary directory left")
    }

    func testCheckPassesOwnOutputAndFlagsBadFiles() {
        XCTAssertEqual(GeoJSONCheck.check(GeoJSONWriter.write(events), path: "own.geojson"), [])
        let bad = """
        {"type":"FeatureCollection","crs":{"type":"name"},"features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":[36.335,43.119]},"properties":{"place_id":"geonames:99072","date":"3 Jan"}},
        {"type":"Feature","geometry":{"type":"Point","coordinates":[200,10]},"properties":{}},
        {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[40,35],[40,36],[41,36],[41,35],[40,35]]]},"properties":{}}]}
        """
        let found = GeoJSONCheck.check(Array(bad.utf8), path: "bad.geojson").map(\.description)
        XCTAssertEqual(found, [
            "bad.geojson:1:35: error: a 'crs' member is not allowed (RFC 7946 §4: coordinates are WGS 84)",
            "bad.geojson:2:60: warning: feature 1: [36.335, 43.119] looks like [latitude, longitude] (read the other way round it lies on its place); RFC 7946 order is [longitude, latitude]",
            "bad.geojson:2:126: error: feature 1: property 'date' must be a date YYYY-MM-DD, found \"3 Jan\"",
            "bad.geojson:3:60: error: feature 2: [200.0, 10.0] out of range (longitude ±180, latitude ±90)",
            "bad.geojson:4:63: warning: feature 3: exterior ring is clockwise (RFC 7946 §3.1.6: exterior counterclockwise, holes clockwise)",
        ])
    }
}
