import Foundation
import XCTest
@testable import StrikeMap
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Hostile text through every exporter, and reruns that must give the same bytes.
final class SafetyTests: XCTestCase {
    static let payloads = ["<script>alert(1)</script>", "]]>", "&amp; &", "\"quoted\" 'single'", "\u{202E}evil\u{202C}", "\u{07}bell\u{1B}[31m",
                           "=cmd|' /C calc'!A0", "</title><svg onload=alert(1)>"]

    private func hostileEvents() -> [StrikeEvent] {
        let text = "date 2019-01-05\n\n" + Self.payloads.map { "On Friday, an airstrike hit Hajin \($0) and killed 2 civilians." }.joined(separator: "\n") + "\n"
        let article = try! ArticleDecoder().decode(Array(text.utf8), source: "<b>&evil\".txt")
        var events = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article).events
        XCTAssertGreaterThan(events.count, 0)
        // Payloads in every text field a user could edit in QGIS and feed back.
        for k in events.indices {
            events[k].actor = Self.payloads[k % Self.payloads.count]
            events[k].targets = Self.payloads[(k + 3) % Self.payloads.count]
            if var m = events[k].mention {
                m.place.name = "Hajin " + Self.payloads[(k + 1) % Self.payloads.count]
                events[k].location = .point(m)
            }
        }
        return events
    }

    func testPayloadsAreEscapedInEveryFormat() throws {
        let events = hostileEvents()
        var map = MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared)
        map.title = "Title <script>x</script> & ]]>"
        var timeline = TimelineRenderer(basemap: EmbeddedBasemap.shared)
        timeline.title = map.title
        let documents = [("map", map.render(events)), ("timeline", try timeline.render(events)), ("kml", KMLWriter.write(events, title: map.title))]
            + (try timeline.renderFrames(events)).map { ("frame", $0) }
        for (name, xml) in documents {
            XCTAssertNoThrow(try XMLDocument(data: Data(xml.utf8)), name)
            XCTAssertFalse(xml.contains("<script>"), name)
            XCTAssertFalse(xml.contains("\u{202E}"), "\(name): bidi override written raw")
            XCTAssertFalse(xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }, "\(name): control character")
        }
        let json = GeoJSONWriter.write(events)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json)))
        XCTAssertEqual(GeoJSONCheck.check(json, path: "h.geojson").filter { $0.severity == .error }, [])
        let html = try TimelineHTML(renderer: timeline).render(events)
        XCTAssertFalse(html.contains("<script>alert"), "article text never becomes markup in the player")
        XCTAssertFalse(html.contains("<svg onload"))
        // CSV: every record has the header's number of fields, and no cell starts a formula.
        let rows = try Self.parseCSV(String(decoding: CSVWriter.write(events), as: UTF8.self))
        XCTAssertEqual(Set(rows.map(\.count)).count, 1)
        for row in rows.dropFirst() { for cell in row { XCTAssertFalse(cell.hasPrefix("="), cell) } }
    }

    /// A strict RFC 4180 reader (quotes only around whole fields, doubled inside).
    static func parseCSV(_ text: String) throws -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, i = text.startIndex
        struct Bad: Error {}
        while i < text.endIndex {
            let c = text[i]
            if quoted {
                if c == "\"" {
                    let n = text.index(after: i)
                    if n < text.endIndex, text[n] == "\"" { field.append("\""); i = text.index(after: n); continue }
                    quoted = false
                } else { field.append(c) }
            } else if c == "\"" {
                guard field.isEmpty else { throw Bad() }
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field); field = ""; rows.append(row); row = []
            } else { field.append(c) }
            i = text.index(after: i)
        }
        guard !quoted else { throw Bad() }
        return rows
    }

    func testRerunsInAnyOrderAreByteIdentical() throws {
        let (inputs, _, _) = InputCollector.collect([Golden.seedsDirectory])
        func run(_ inputs: [InputCollector.Input]) -> [UInt8] {
            let c = Corpus.extract(inputs, decoder: ArticleDecoder(), extractor: StrikeExtractor(gazetteer: EmbeddedGazetteer.shared))
            return GeoJSONWriter.write(c.events) + Array(MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared).render(c.events).utf8)
        }
        let first = run(inputs)
        XCTAssertEqual(run(inputs.reversed()), first, "the order files are named in does not matter")
        XCTAssertEqual(run(inputs.shuffled()), first)
    }

    func testRerunUnderAnotherTimeZoneAndLocaleIsByteIdentical() throws {
        let path = try CLIBinary.path()
        let base = NSTemporaryDirectory() + "strikemap-rerun-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: base) }
        func run(_ out: String, _ env: [String: String]) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: path)
            p.arguments = ["run", Golden.seedsDirectory, "--out", base + "/" + out]
            p.environment = ProcessInfo.processInfo.environment.merging(env) { $1 }
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
        }
        try run("a", [:])
        try run("b", ["TZ": "Pacific/Kiritimati", "LANG": "C", "LC_ALL": "C"])
        for f in ["strikes.geojson", "map.svg", "timeline.svg", "map.html", "report.txt"] {
            let a = FileManager.default.contents(atPath: base + "/a/" + f), b = FileManager.default.contents(atPath: base + "/b/" + f)
            XCTAssertNotNil(a, f)
            XCTAssertEqual(a, b, "\(f) differs under TZ=Pacific/Kiritimati LANG=C")
        }
    }
}
