import Foundation
import XCTest
@testable import StrikeMap

/// The web page's events as columns (`WebMapColumns`): one entry per event in every column, text written
/// once, values the script decodes to what the GeoJSON says, text that cannot end the script element, and
/// the page handed over in chunks that add up to the page.
final class WebMapColumnsTests: XCTestCase {
    private let web = WebMapTests.self

    /// `count` events at Hajin, numbered in their evidence, source and strikes unless `same`.
    private func many(_ count: Int, same: Bool = false) throws -> [StrikeEvent] {
        let base = try XCTUnwrap(web.events("On Friday, an airstrike hit Hajin and killed 2 civilians.\n").first)
        return (0..<count).map { k in
            var e = base
            e.evidence = same ? "The same sentence, reported again." : "Sentence \(k)."
            e.source = same ? "same.txt" : "doc-\(k).txt"
            e.sources = []
            e.strikes = same ? 3 : k
            return e
        }
    }

    /// A column as one value per event, a sparse one expanded (as the script's `dense`).
    private func entries(_ column: Any?, _ count: Int) throws -> [Int] {
        if let list = column as? [Int] { return list }
        let sparse = try XCTUnwrap(column as? [String: [Int]], "a column is an array or {at, values}")
        let at = try XCTUnwrap(sparse["at"]), values = try XCTUnwrap(sparse["values"])
        XCTAssertEqual(at.count, values.count)
        var out = Array(repeating: 0, count: count)
        for (k, i) in at.enumerated() { out[i] = values[k] }
        return out
    }

    private func columns(_ events: [StrikeEvent]) throws -> [String: Any] {
        try XCTUnwrap(try web.data(web.page(events))["events"] as? [String: Any])
    }

    func testEveryColumnHoldsOneEntryPerEvent() throws {
        let c = try columns(try many(37))
        XCTAssertEqual(c["count"] as? Int, 37)
        let names = ["point", "label", "kind", "status", "aggregate", "sources"]
            + (WebMapColumns.textFields + WebMapColumns.countFields + WebMapColumns.dayFields).map(\.name)
        for name in names { XCTAssertEqual(try entries(c[name], 37).count, 37, name) }
        XCTAssertEqual((c["assessment"] as? [String: [Int]])?["at"], [], "a column of none is written sparse")
        XCTAssertEqual((c["points"] as? [Int])?.count, 2, "37 events at one point: one point")
        XCTAssertEqual(Set(try entries(c["point"], 37)), [1])
        XCTAssertEqual(c["text"] as? [String], WebMapColumns.textFields.map(\.name), "the script reads these columns as text")
        XCTAssertEqual(c["counts"] as? [String], WebMapColumns.countFields.map(\.name))
        XCTAssertEqual(c["days"] as? [String], WebMapColumns.dayFields.map(\.name))
    }

    func testRepeatedTextIsWrittenOnce() throws {
        let list = try many(500, same: true)
        let html = web.page(list)
        let c = try columns(list)
        let strings = try XCTUnwrap(c["strings"] as? [Any])
        XCTAssertTrue(strings.first is NSNull, "entry 0 stands for none")
        let texts = strings.compactMap { $0 as? String }
        XCTAssertEqual(Set(texts).count, texts.count, "no string twice")
        XCTAssertEqual(html.components(separatedBy: "The same sentence, reported again.").count - 1, 1, "500 events, one sentence")
        XCTAssertEqual(Set(try entries(c["evidence"], 500)).count, 1)
        XCTAssertEqual(c["source_lists"] as? [[Int]], [[try XCTUnwrap(texts.firstIndex(of: "same.txt")) + 1]], "one list of sources, shared")
    }

    func testValuesDecodeToWhatTheGeoJSONSays() throws {
        var list = try many(3)
        list[0].strikes = nil
        list[1].time = .known(DateSpan(day: try XCTUnwrap(CalendarDay(year: 1969, month: 12, day: 31))))
        list[2].aggregate = true
        list[2].kind = .artillery
        list[2].status = .denied
        let c = try columns(list)
        XCTAssertEqual(try entries(c["strikes"], 3), [0, 2, 3], "none as 0, n as n + 1")
        let days = try entries(c["date"], 3)
        XCTAssertEqual(days[1], -1, "a day before 1970 as itself")
        XCTAssertEqual(days[0], try XCTUnwrap(list[0].date?.start.ordinal) + 1)
        XCTAssertEqual(try entries(c["aggregate"], 3), [0, 0, 1])
        XCTAssertEqual(try entries(c["kind"], 3).last, StrikeKind.allCases.firstIndex(of: .artillery))
        XCTAssertEqual(try entries(c["status"], 3).last, ReportStatus.allCases.firstIndex(of: .denied))
        let m = try XCTUnwrap(list[0].mention)
        XCTAssertEqual(c["points"] as? [Int], [Int((m.coordinate.longitude * 1_000_000).rounded()), Int((m.coordinate.latitude * 1_000_000).rounded())],
                       "longitude and latitude in millionths of a degree")
        XCTAssertEqual(try entries(c["uncertainty_km"], 3).first, Int((m.uncertaintyKm * 10).rounded()) + 1, "tenths")
        // Without a place: null coordinates, none for the place's text.
        var nowhere = list[0]
        nowhere.location = .unstated
        let n = try columns([nowhere])
        XCTAssertEqual(try entries(n["point"], 1), [0])
        XCTAssertEqual(n["points"] as? [Int], [])
        XCTAssertEqual(try entries(n["place"], 1), [0])
        XCTAssertEqual(WebMapColumns.encoded(0), 1)
        XCTAssertEqual(WebMapColumns.encoded(-5), -5)
    }

    func testTextThatWouldEndTheScriptIsEscaped() throws {
        var list = try many(2)
        let nasty = "</script><script>alert(1)</script> <!-- \u{2028}\u{2029} \"quoted\" back\\slash \u{01} & > end"
        list[0].evidence = nasty
        list[1].actor = "</SCRIPT>"
        let html = web.page(list)
        XCTAssertEqual(html.components(separatedBy: "</script>").count - 1, 3, "data, Leaflet and the page's script")
        XCTAssertFalse(html.lowercased().contains("</script><script>alert"))
        XCTAssertFalse(html.contains("\u{2028}") || html.contains("\u{2029}"), "line separators break older JavaScript")
        XCTAssertFalse(html.contains("<!-- \u{2028}"))
        let c = try columns(list)
        let strings = try XCTUnwrap(c["strings"] as? [Any])
        let evidence = try XCTUnwrap(try entries(c["evidence"], 2).first)
        XCTAssertEqual(strings[evidence] as? String, nasty, "JSON.parse reads the text back unchanged")
        XCTAssertTrue(strings.contains { ($0 as? String) == "</SCRIPT>" })
    }

    func testPageIsHandedOverInChunksThatMakeThePage() throws {
        // Long sentences, so that the page passes a chunk's size.
        let list = try many(6000).map { e -> StrikeEvent in
            var e = e
            e.evidence += String(repeating: " And more words.", count: 20)
            return e
        }
        var webMap = WebMap(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared)
        webMap.title = "Reported strikes"
        final class Chunks { var list: [[UInt8]] = [] }
        let chunks = Chunks()
        try webMap.write(list) { chunks.list.append($0) }
        XCTAssertGreaterThan(chunks.list.count, 1)
        XCTAssertTrue(chunks.list.dropLast().allSatisfy { $0.count >= PageWriter.chunk && $0.count < 2 * PageWriter.chunk })
        XCTAssertEqual(chunks.list.flatMap { $0 }, Array(web.page(list).utf8), "the chunks are the page")
        struct Full: Error {}
        XCTAssertThrowsError(try webMap.write(list) { _ in throw Full() }, "what the sink throws stops the page")
    }

    func testNumbersAreWrittenAsJSON() {
        var out: [UInt8] = []
        var j = PageWriter { out += $0 }
        for v in [0, 7, 10, -1, -120, 1_234_567, Int.max, Int.min] { j.int(v); j.raw(",") }
        j.number(.nan, decimals: 2)
        XCTAssertNoThrow(try j.flush())
        XCTAssertEqual(String(decoding: out, as: UTF8.self), "0,7,10,-1,-120,1234567,\(Int.max),\(Int.min),null")
    }
}
