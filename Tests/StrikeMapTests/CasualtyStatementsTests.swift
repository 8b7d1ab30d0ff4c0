import XCTest
@testable import StrikeMap

/// Coalition civilian-casualty statements, in our own words: the header names the alleged strike, the
/// verdict after it is the event's status and assessment. Published the day after each incident.
final class CasualtyStatementsTests: XCTestCase {
    static let cases: [GenreCase] = [
        .init("March 3, 2019, in Hajin, Syria, via social media report. After a review of all available records it was assessed that no Coalition actions were conducted in the geographical area that corresponds to the report of civilian casualties.",
              published: "2019-03-04", .report(date: "2019-03-03", precision: 1, status: .notCredible, place: "Hajin",
                                                assessment: "no Coalition actions were conducted in the geographical area")),
        .init("March 4, 2019, near Baghuz, Syria: During a strike targeting ISIS fighters it is assessed that one civilian was inadvertently killed.",
              published: "2019-03-05", .report(date: "2019-03-04", civilians: 1...1, status: .credible, place: "Baghuz")),
        .init("Sept. 17, 2018, near Hajin, Syria, via Airwars report. The allegation provided insufficient detail to identify a specific date, time, or location to search for corroborating Coalition action.",
              published: "2018-09-18", .report(date: "2018-09-17", status: .notCredible, place: "Hajin")),
        .init("17 Sep 2018: near Hajin, Syria, via social media report. The report contains insufficient information of the time, location or details to assess its credibility.",
              published: "2018-09-18", .report(date: "2018-09-17", status: .notCredible)),
        .init("On Oct. 4, 2018, near Raqqa, Syria, during a strike against an ISIS vehicle, it was assessed that two civilians were unintentionally killed and one was injured.",
              published: "2018-10-05", .report(date: "2018-10-04", civilians: 2...2, status: .credible)),
        .init("Oct. 5, 2018, near Mosul, Iraq, via media report. After review of all available evidence it was determined that more likely than not civilian casualties did not occur as a result of a Coalition strike.",
              published: "2018-10-06", .report(date: "2018-10-05", status: .notCredible, place: "Mosul")),
        .init("Oct. 6, 2018, in Raqqa, Syria, via Airwars report. The Coalition actions identified in this allegation are duplicates of those in allegation 12.",
              published: "2018-10-07", .report(date: "2018-10-06", status: .duplicate)),
        .init("Oct. 7, 2018, near Tabqa, Syria, via Airwars report. This report remains under investigation.",
              published: "2018-10-08", .report(date: "2018-10-07", status: .underInvestigation)),
        .init("Oct. 8, 2018, near Manbij, Syria, via self-report. Coalition aircraft conducted a strike on ISIS fighters in a vehicle. Regrettably, one civilian was unintentionally killed due to proximity to the strike.",
              published: "2018-10-09", .report(date: "2018-10-08", civilians: 1...1, status: .credible)),
        .init("Oct. 9, 2018, near Deir ez-Zor, Syria: During a dynamic strike on an ISIS fighting position, it was assessed that three civilians were killed.",
              published: "2018-10-10", .report(date: "2018-10-09", civilians: 3...3, status: .credible)),
        .init("Oct. 10, 2018, near Hit, Iraq, via Airwars report. No Coalition strikes were conducted on that day in the geographical area.",
              published: "2018-10-11", .report(date: "2018-10-10", status: .notCredible)),
        .init("Oct. 11, 2018, near Raqqa, Syria: An engagement against ISIS fighters resulted in two unintentional civilian deaths.",
              published: "2018-10-12", .report(date: "2018-10-11", civilians: 2...2, status: .credible)),
        .init("Oct. 12, 2018, in Al Mayadin, Syria, via Airwars report. After a review of available information it was assessed that there is insufficient evidence to find that civilians were harmed in this strike.",
              published: "2018-10-13", .report(date: "2018-10-12", status: .notCredible)),
        .init("Oct. 13, 2018, near Hajin, Syria: The report was assessed to be credible. During a strike on ISIS fighters, one civilian was unintentionally wounded.",
              published: "2018-10-14", .report(date: "2018-10-13", injured: 1...1, status: .credible)),
        .init("Oct. 14, 2018, near Susah, Syria, via Airwars report. CJTF-OIR initially assessed there was insufficient information to conclude whether the allegation is credible. After a further review it was assessed that the strike likely led to the deaths of two civilians.",
              published: "2018-10-15", .report(date: "2018-10-14", status: .credible)),
        .init("Oct. 15, 2018, near Raqqa, Syria, via Airwars report. The report was found non-credible.",
              published: "2018-10-16", .report(date: "2018-10-15", status: .notCredible)),
        .init("Oct. 16, 2018, near Hajin, Syria: it was assessed that two civilians were killed. After further review, the allegation was found not credible.",
              published: "2018-10-17", .report(date: "2018-10-16", status: .notCredible)),
        .init("Oct. 17, 2018, near Abu Kamal, Syria, via Airwars report. The investigation is ongoing.",
              published: "2018-10-18", .report(date: "2018-10-17", status: .underInvestigation, place: "Kamal")),
        .init("Oct. 18, 2018, near Qaim, Iraq: Number 4 on the Nov. 2, 2018, press release, a strike on ISIS fighters, was based on the same report as number 3.",
              published: "2018-10-19", .report(date: "2018-10-18", status: .duplicate)),
        .init("Oct. 19, 2018, near Baghuz, Syria: During a strike on ISIS fighters, five civilians were inadvertently killed and three were injured, it was assessed.",
              published: "2018-10-20", .report(date: "2018-10-19", civilians: 5...5, status: .credible)),
        .init("On Oct. 20, 2018, near Hajin, Syria, during strikes against an ISIS headquarters, it was assessed that a woman and her two children were unintentionally killed.",
              published: "2018-10-21", .report(date: "2018-10-20", civilians: 3...3, status: .credible)),
        .init("Oct. 21, 2018, near Hajin, Syria, via Airwars report. The allegation was assessed as credible.",
              published: "2018-10-22", .report(date: "2018-10-21", status: .credible, by: "Airwars", place: "Hajin")),
        .init("After a review of available information it was assessed that there is insufficient evidence to find that civilians were harmed in this strike.",
              published: "2018-10-23", .report(status: .notCredible)),
        .init("Oct. 23, 2108, near Hajin, Syria, via Airwars report. After a review of all available records it was assessed that no Coalition actions were conducted in the geographical area.",
              published: "2018-10-24", .report(status: .notCredible, place: "Hajin")),
        .init("Oct. 24, 2018, near Raqqa, Syria: During a strike, it was assessed that between 9 and 3 civilians were killed.",
              published: "2018-10-25", .report(date: "2018-10-24", status: .credible)),
        .init("Oct. 25, 2018, near Hajin, Syria, via Airwars report: it is assessed that no civilians were harmed by Coalition strikes.",
              published: "2018-10-26", .report(date: "2018-10-25", status: .notCredible)),
    ]

    func testCasualtyStatements() {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 25)
        for c in Self.cases { c.check(file: #filePath) }
    }

    /// Bad input: a verdict that changes, a year after publication, a reversed range and a statement with no
    /// place each give a warning and leave the field empty.
    func testBadStatementsWarn() {
        let warnings = { (c: GenreCase) in c.run().diagnostics.map(\.message).joined(separator: "\n") }
        XCTAssertTrue(warnings(Self.cases[14]).contains("changes its verdict"))
        XCTAssertTrue(warnings(Self.cases[23]).contains("year outside") || warnings(Self.cases[23]).contains("after the publication"))
        XCTAssertNil(Self.cases[23].run().events.first?.date)
        XCTAssertTrue(warnings(Self.cases[24]).contains("reversed"))
        XCTAssertTrue(Self.cases[24].run().events.allSatisfy { $0.civilianDeaths.isEmpty })
        XCTAssertTrue(warnings(Self.cases[22]).contains("names no place"))
        let huge = GenreCase("Oct. 26, 2018, near Hajin, Syria: During a strike, it was assessed that two billion civilians were killed.",
                             published: "2018-10-27", .report())
        XCTAssertTrue(warnings(huge).contains("too large to be a count"))
        XCTAssertTrue(huge.run().events.allSatisfy { $0.civilianDeaths.isEmpty })
        let tomorrow = GenreCase("Tomorrow's strike on Hajin killed three civilians, activists said.", published: "2018-10-27", .report())
        XCTAssertTrue(warnings(tomorrow).contains("after the publication date"))
        XCTAssertTrue(tomorrow.run().events.allSatisfy { $0.date == nil })
    }
}
