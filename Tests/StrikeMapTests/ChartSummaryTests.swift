import Foundation
import XCTest
@testable import StrikeMap
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The chart of strikes over time and the summary by place and month.
final class ChartSummaryTests: XCTestCase {
    private func event(_ id: String, _ date: String?, kind: StrikeKind = .airstrike, strikes: Int? = nil, place: String? = "geonames:172955",
                       civilians: DeathRange = DeathRange(), aggregate: Bool = false) throws -> StrikeEvent {
        var e = StrikeEvent(id: id, source: id + ".txt", published: nil, evidence: "x", evidenceStart: 0, evidenceEnd: 1)
        if let place {
            let p = try XCTUnwrap(EmbeddedGazetteer.shared.place(id: place))
            e.location = .point(PlaceMention(text: p.name, start: 0, end: 1, place: p))
        }
        if let date, let d = CalendarDay(iso: date) { e.time = .known(DateSpan(start: d, end: d, precision: .day)) }
        e.kind = kind
        e.strikes = strikes
        e.civilianDeaths = civilians
        e.aggregate = aggregate
        return e
    }

    func testBinsCountStrikesByKindAndKeepTheRestApart() throws {
        let events = [try event("a", "2015-01-05", strikes: 3), try event("b", "2015-01-07", kind: .artillery),
                      try event("c", "2015-01-20", place: nil), try event("d", nil), try event("e", "2015-01-01", strikes: 900, aggregate: true),
                      try event("f", "2015-02-02", strikes: 2)]
        let bins = ChartBins(events)
        XCTAssertEqual(bins.step, .week, "a span under half a year is charted by week")
        XCTAssertEqual(bins.bins.first?.start.description, "2015-01-05", "weeks start on Monday")
        XCTAssertEqual(bins.bins.count, 5)
        XCTAssertEqual(bins.bins[0].strikes[.airstrike], 3)
        XCTAssertEqual(bins.bins[0].strikes[.artillery], 1, "an event without a count is one")
        XCTAssertEqual(bins.bins[2].unlocated, 1)
        XCTAssertEqual([bins.located, bins.unlocated, bins.undated, bins.totals], [3, 1, 1, 1])
        let months = ChartBins(events, step: .month)
        XCTAssertEqual(months.bins.map(\.start.description), ["2015-01-01", "2015-02-01"])
        XCTAssertEqual(months.bins.map(\.total), [5, 2])
    }

    func testTicksAreRound() {
        XCTAssertEqual(ChartRenderer.ticks(upTo: 7), [0, 2, 4, 6, 8])
        XCTAssertEqual(ChartRenderer.ticks(upTo: 618), [0, 200, 400, 600, 800])
        XCTAssertEqual(ChartRenderer.ticks(upTo: 1), [0, 1])
    }

    func testChartIsWellFormedWithLayersAndSaysWhatItLeavesOut() throws {
        var chart = ChartRenderer()
        chart.title = "Strikes <&>"
        let svg = chart.render([try event("a", "2015-01-05", strikes: 3), try event("d", nil)])
        XCTAssertNoThrow(try XMLDocument(data: Data(svg.utf8)))
        for layer in ["title", "axes", "bars", "legend"] { XCTAssertTrue(svg.contains("inkscape:label=\"\(layer)\""), layer) }
        XCTAssertTrue(svg.contains("1 undated event not charted"))
        XCTAssertTrue(svg.contains("Strikes &lt;&amp;&gt;"))
        XCTAssertTrue(ChartRenderer().render([]).contains("No dated events to chart"))
    }

    func testSummaryAddsBoundsOnlyFromReportsThatGiveThem() throws {
        let events = [try event("a", "2015-01-05", strikes: 3, civilians: DeathRange(min: 2, max: 4)),
                      try event("b", "2015-01-07", civilians: DeathRange(min: 5, max: nil)),
                      try event("c", "2015-02-07", place: "geonames:2210554"),
                      try event("t", "2015-01-01", strikes: 900, aggregate: true)]
        let (byPlace, byMonth, totals) = SummaryTable.rows(events)
        XCTAssertEqual(totals, 1)
        XCTAssertEqual(byPlace.map(\.key), ["Ar Raqqah", "Sirte"], "most events first, named as the reports name them")
        XCTAssertEqual(byPlace[0].strikes, 3)
        XCTAssertEqual(byPlace[0].civilian, SummaryTable.Bounds(min: 7, max: nil), "'at least 5' leaves no upper bound")
        XCTAssertNil(byPlace[1].civilian, "no report gives a figure: unknown, not zero")
        XCTAssertEqual(byMonth.map(\.key), ["2015-01", "2015-02"])
        let csv = String(decoding: SummaryTable.csv(events), as: UTF8.self)
        XCTAssertTrue(csv.hasPrefix("by,place,place_id,country,month,events,strikes"))
        XCTAssertTrue(csv.contains("place,Ar Raqqah,geonames:172955,SY,,2,3,1,7,,,\r\n"), csv)
        XCTAssertTrue(csv.contains("month,,,,2015-02,1,0,0,,,,\r\n"), csv)
        XCTAssertTrue(SummaryTable.markdown(events).contains("| Ar Raqqah | SY | 2 | 3 | 7+ |  |"))
    }
}

extension ChartSummaryTests {
    /// The player puts the step's own events first and folds the others away.
    func testPlayerListsTheStepsEventsFirstAndFoldsTheRest() throws {
        let html = try TimelineHTML(renderer: TimelineRenderer(basemap: EmbeddedBasemap.shared)).render([try event("a", "2015-01-05", strikes: 3), try event("b", "2015-01-20")])
        XCTAssertTrue(html.contains("<ul id=\"current\"></ul>"))
        XCTAssertTrue(html.contains("<details id=\"earlier\">"), "earlier events are folded")
        XCTAssertTrue(html.contains("\"place\":\"Ar Raqqah\""), "the player names places as the reports do")
    }
}
