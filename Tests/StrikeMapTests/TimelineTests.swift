import XCTest
@testable import StrikeMap
#if canImport(FoundationXML)
import FoundationXML
#endif

final class TimelineTests: XCTestCase {
    private func event(_ id: String, _ start: String, _ end: String? = nil, precision: DatePrecision = .day, strikes: Int? = 2,
                       evidence: String = "Airstrikes hit Hajin.") -> StrikeEvent {
        let hajin = EmbeddedGazetteer.shared.place(id: "geonames:174506")!
        var e = StrikeEvent(id: id, source: "\(id).txt", published: nil, evidence: evidence, evidenceStart: 0, evidenceEnd: 10)
        e.location = .point(PlaceMention(text: "Hajin", start: 0, end: 0, place: hajin))
        e.time = .known(DateSpan(start: CalendarDay(iso: start)!, end: CalendarDay(iso: end ?? start)!, precision: precision))
        e.strikes = strikes
        return e
    }

    func testStepsFollowTheSpan() throws {
        XCTAssertEqual(try TimelinePlan(events: [event("a", "2019-01-01"), event("b", "2019-01-20")]).step, .day)
        XCTAssertEqual(try TimelinePlan(events: [event("a", "2019-01-01"), event("b", "2019-09-20")]).step, .week)
        let months = try TimelinePlan(events: [event("a", "2018-01-15"), event("b", "2020-12-20")])
        XCTAssertEqual(months.step, .month)
        XCTAssertEqual(months.frames.count, 36)
        XCTAssertEqual(months.frames.first?.start.description, "2018-01-01")
    }

    func testMonthPreciseEventsShowAcrossTheirMonth() throws {
        let month = event("m", "2019-03-01", "2019-03-31", precision: .month)
        let plan = try TimelinePlan(events: [event("a", "2019-02-20"), month, event("b", "2019-04-10")], step: .day)
        let march5 = plan.frames.firstIndex { $0.start.description == "2019-03-05" }!
        let march31 = plan.frames.firstIndex { $0.start.description == "2019-03-31" }!
        XCTAssertEqual(plan.state(month, inFrame: march5 - 5), .hidden)
        XCTAssertEqual(plan.state(month, inFrame: march5), .uncertain, "shown across March, not on the 1st only")
        XCTAssertEqual(plan.state(month, inFrame: march31), .current)
        XCTAssertEqual(plan.state(month, inFrame: march31 + 1), .past)
    }

    func testWindowModeDropsOldEvents() throws {
        let early = event("a", "2019-01-01")
        let plan = try TimelinePlan(events: [early, event("b", "2019-03-01")], mode: .window(days: 30), step: .day)
        XCTAssertEqual(plan.state(early, inFrame: 10), .past)
        XCTAssertEqual(plan.state(early, inFrame: 40), .hidden)
        XCTAssertEqual(TimelinePlan.windowDays("30d"), 30)
        XCTAssertEqual(TimelinePlan.windowDays("2w"), 14)
        XCTAssertEqual(TimelinePlan.windowDays("3m"), 90)
        XCTAssertNil(TimelinePlan.windowDays("3x"))
        XCTAssertNil(TimelinePlan.windowDays("-5d"))
    }

    func testAnimatedSVGFramesAndNoDatedEvents() throws {
        var r = TimelineRenderer(basemap: EmbeddedBasemap.shared)
        r.step = .day
        let events = [event("a", "2019-01-01"), event("b", "2019-01-05")]
        let svg = try r.render(events)
        _ = try XMLDocument(data: Data(svg.utf8))
        XCTAssertTrue(svg.contains("calcMode=\"discrete\""))
        XCTAssertEqual(try r.renderFrames(events).count, 5)
        XCTAssertEqual(try r.renderFrames(events, skipEmpty: true).count, 2)
        XCTAssertTrue(try r.renderFrames(events)[4].contains(">5 Jan 2019</text>"))
        var undated = events[0]
        undated.time = .unstated
        XCTAssertTrue(try r.render([undated]).contains("No dated events to animate"))
        XCTAssertTrue(try r.renderFrames([undated]).isEmpty)
    }

    func testHTMLPlayerCarriesTextAsDataOnly() throws {
        let hostile = event("x", "2019-01-01", evidence: "</script><script>alert(1)</script> & \"q\" \u{202E}")
        let html = try TimelineHTML(renderer: TimelineRenderer(basemap: EmbeddedBasemap.shared)).render([hostile, event("y", "2019-01-02")])
        XCTAssertFalse(html.contains("<script>alert(1)"))
        XCTAssertTrue(html.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"))
        XCTAssertTrue(html.contains("textContent"))
        XCTAssertFalse(html.contains("innerHTML"))
        XCTAssertFalse(html.contains("http://") && html.contains("<script src"), "no external script")
    }

    func testKMLTimesAtTheirPrecision() throws {
        let kml = KMLWriter.write([event("d", "2019-03-11"), event("m", "2019-03-01", "2019-03-31", precision: .month),
                                   event("w", "2019-03-04", "2019-03-10", precision: .week), event("y", "2018-01-01", "2018-12-31", precision: .year)])
        _ = try XMLDocument(data: Data(kml.utf8))
        XCTAssertTrue(kml.contains("<TimeStamp><when>2019-03-11</when></TimeStamp>"))
        XCTAssertTrue(kml.contains("<TimeStamp><when>2019-03</when></TimeStamp>"))
        XCTAssertTrue(kml.contains("<TimeSpan><begin>2019-03-04</begin><end>2019-03-10</end></TimeSpan>"))
        XCTAssertTrue(kml.contains("<TimeStamp><when>2018</when></TimeStamp>"))
        XCTAssertEqual(KMLWriter.abgr("#c0392b"), "ff2b39c0")
    }
}
