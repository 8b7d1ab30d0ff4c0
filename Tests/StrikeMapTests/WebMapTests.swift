import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import StrikeMap

/// The web map page: self-contained, article text as data only, and the data the script reads. The page's
/// behaviour in a browser is checked by .ci/web-check.py (Chromium).
final class WebMapTests: XCTestCase {
    static func events(_ text: String) -> [StrikeEvent] {
        let article = try! ArticleDecoder().decode(Array(("date 2019-01-05\n\n" + text).utf8), source: "web.txt")
        return StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article).events
    }

    static func page(_ events: [StrikeEvent], title: String = "Reported strikes") -> String {
        var web = WebMap(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared)
        web.title = title
        return web.render(events)
    }

    /// The JSON of the page's data element, as `JSON.parse` would read it.
    static func data(_ html: String) throws -> [String: Any] {
        let open = "<script type=\"application/json\" id=\"data\">"
        let start = try XCTUnwrap(html.range(of: open)), end = try XCTUnwrap(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    private func events(_ text: String) -> [StrikeEvent] { Self.events(text) }
    private func page(_ events: [StrikeEvent], title: String = "Reported strikes") -> String { Self.page(events, title: title) }
    private func data(_ html: String) throws -> [String: Any] { try Self.data(html) }

    func testPageLoadsNothingFromTheNetwork() {
        let html = page(events("On Friday, an airstrike hit Hajin and killed 2 civilians.\n"))
        for external in ["<script src", "<link", "<img", "<iframe", "@import", "url(images/", "sourceMappingURL"] {
            XCTAssertFalse(html.contains(external), "the page refers to an external resource: \(external)")
        }
        // Leaflet's licence travels with the code that needs it.
        XCTAssertTrue(html.contains("BSD-2-clause"))
        XCTAssertTrue(html.contains(Leaflet.package))
        XCTAssertEqual(html.components(separatedBy: "</script>").count - 1, 3, "data, Leaflet and the page's script")
    }

    func testArticleTextIsDataNotMarkup() throws {
        var list = events("On Friday, an airstrike hit Hajin and killed 2 civilians.\n")
        XCTAssertFalse(list.isEmpty)
        list[0].evidence = "</script><img src=x onerror=alert(1)> <!-- & \u{2028}"
        list[0].actor = "<b>jets</b>"
        let html = page(list, title: "Title </title><script>alert(1)</script>")
        XCTAssertFalse(html.contains("<img src=x"), "evidence written as markup")
        XCTAssertFalse(html.contains("<b>jets"), "actor written as markup")
        XCTAssertFalse(html.contains("<script>alert"), "title written as markup")
        XCTAssertEqual(html.components(separatedBy: "</script>").count - 1, 3, "article text closed a script element")
        // The script sets text with textContent, never innerHTML.
        XCTAssertFalse(WebMapScript.source.contains("innerHTML"))
        let d = try data(html)
        let columns = try XCTUnwrap(d["events"] as? [String: Any])
        let strings = try XCTUnwrap(columns["strings"] as? [Any])
        // One event: its evidence column is dense (written sparse only when most entries are none).
        let evidence = try XCTUnwrap((columns["evidence"] as? [Int])?.first)
        XCTAssertEqual(strings[evidence] as? String, list[0].evidence, "the evidence reaches the script unchanged")
        XCTAssertEqual(d["title"] as? String, "Title </title><script>alert(1)</script>")
    }

    func testDataHoldsEventsBasemapAndTowns() throws {
        let list = events("On Friday, an airstrike hit Hajin and killed 2 civilians. Artillery shelled Raqqa on Saturday.\n")
        let d = try data(page(list))
        XCTAssertEqual((d["events"] as? [String: Any])?["count"] as? Int, list.count)
        let kinds = try XCTUnwrap(d["kinds"] as? [[String: String]])
        XCTAssertEqual(kinds.map { $0["id"] }, StrikeKind.allCases.map(\.rawValue))
        XCTAssertEqual(kinds.first?["color"], MapStyle.color(.airstrike), "the page's colours are the map's")
        let basemap = try XCTUnwrap(d["basemap"] as? [String: [[Any]]])
        XCTAssertEqual(Set(basemap.keys), ["country", "province", "lake", "river"])
        XCTAssertTrue(basemap["country"]?.contains { ($0[0] as? String) == "SY" } ?? false)
        let towns = try XCTUnwrap(d["towns"] as? [[Any]])
        XCTAssertTrue(towns.contains { ($0[0] as? String) == "Damascus" })
        let populations = towns.compactMap { $0[3] as? Int }
        XCTAssertEqual(populations, populations.sorted(by: >), "most populous first: the script labels in this order")
        XCTAssertTrue(populations.allSatisfy { $0 >= 50_000 })
    }

    func testSameEventsGiveTheSameBytes() {
        let list = events("On Friday, an airstrike hit Hajin.\n")
        XCTAssertEqual(page(list), page(list))
    }
}

extension WebMapTests {
    /// `run` knows its own map.html by how it begins and never reads it back as an article.
    func testPageBeginsWithTheSignatureTheWalkSkips() {
        let html = page(events("On Friday, an airstrike hit Hajin.\n"))
        XCTAssertTrue(html.hasPrefix(WebMapPage.signature))
        XCTAssertEqual(DirectoryEntryName.runOutputSignatures["map.html"], Array(WebMapPage.signature.utf8))
    }
}

/// The QGIS style beside every layer file.
final class QGISStyleTests: XCTestCase {
    func testStyleReadsOnlyFieldsOfTheTable() throws {
        let qml = QGISStyle.qml()
        XCTAssertNoThrow(try XMLDocument(data: Data(qml.utf8)), "the style is well-formed XML")
        // Every "field" an expression quotes, and the renderer's and labels' attributes, are output fields.
        var quoted = Set<String>()
        let unescaped = qml.replacingOccurrences(of: "&quot;", with: "\"")
        let parts = unescaped.components(separatedBy: "\"")
        for (k, part) in parts.enumerated() where k % 2 == 1 && part.range(of: "^[a-z_]+$", options: .regularExpression) != nil {
            if EventField.named[part] != nil { quoted.insert(part) }
        }
        for field in QGISStyle.fields { XCTAssertTrue(unescaped.contains("\"\(field.name)\""), field.name) }
        XCTAssertTrue(qml.contains("attr=\"kind\""))
        XCTAssertTrue(qml.contains("isExpression=\"1\""), "labels are an expression on mention and place")
        for name in ["kind", "place", "strikes", "status", "mention", "geo_precision"] { XCTAssertNotNil(EventField.named[name], "\(name) is not an output field") }
        XCTAssertEqual(quoted.subtracting(QGISStyle.fields.map(\.name)), [], "the style reads fields QGISStyle.fields does not declare")
        // One category a kind, in the map's colour.
        for kind in StrikeKind.allCases {
            XCTAssertTrue(qml.contains("value=\"\(kind.rawValue)\""), kind.rawValue)
            XCTAssertTrue(qml.contains("value=\"\(QGISStyle.rgb(MapStyle.color(kind))),215\""), kind.rawValue)
        }
    }

    func testStylePathReplacesTheExtension() {
        XCTAssertEqual(Exporter.stylePath("out/strikes.gpkg"), "out/strikes.qml")
        XCTAssertEqual(Exporter.stylePath("a.b/strikes"), "a.b/strikes.qml")
        XCTAssertEqual(QGISStyle.rgb("#c0392b"), "192,57,43")
    }
}

extension QGISStyleTests {
    /// A layer file gets its style (and a CSV its .csvt) beside it; a device gets none.
    func testSidecarsGoBesideFilesOnly() throws {
        let article = try ArticleDecoder().decode(Array("date 2019-01-05\n\nOn Friday, an airstrike hit Hajin.\n".utf8), source: "a.txt")
        let events = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article).events
        let dir = NSTemporaryDirectory() + "strikemap-sidecars-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Exporter.export(events, to: dir + "/s.csv", format: .csv, excel: true)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).sorted(), ["s.csv", "s.csvt", "s.qml"])
        XCTAssertEqual(Array(try XCTUnwrap(FileManager.default.contents(atPath: dir + "/s.csv")).prefix(3)), CSVWriter.byteOrderMark)
        let types = String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: dir + "/s.csvt")), as: UTF8.self)
        XCTAssertEqual(types.split(separator: ",").count, 3 + EventField.allCases.count, "one type a column")
        _ = try Exporter.export(events, to: "/dev/null", format: .csv)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/dev/nullt"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/dev/null.qml"))
    }
}
