import XCTest
@testable import StrikeMap

/// Defence-ministry strike reports (UK, France, Netherlands, Denmark style), in our own words: the
/// striker's own account, so `confirmed`, with weekday-and-date leads, platforms, counts and offsets.
/// Published on Saturday 2019-06-15.
final class MinistryReportsTests: XCTestCase {
    static let cases: [GenreCase] = [
        .init("On Sunday 9 June, an RAF Reaper conducted a strike on a group of Daesh fighters near Abu Kamal.",
              .report(date: "2019-06-09", precision: 1, strikes: 1, actor: "UK", status: .confirmed, place: "Kamal")),
        .init("Dutch F-16 aircraft carried out seven airstrikes against ISIS targets approximately 10 NM northeast of Hajin on 10 June 2019.",
              .report(date: "2019-06-10", strikes: 7, actor: "Netherlands", status: .confirmed, kind: .airstrike)),
        .init("On Tuesday 11 June, RAF Typhoons conducted two strikes on a Daesh-held building near Hajin.",
              .report(date: "2019-06-11", strikes: 2, actor: "UK", status: .confirmed)),
        .init("Danish F-16s carried out three airstrikes near Mosul on 12 June 2019.",
              .report(date: "2019-06-12", strikes: 3, actor: "Denmark", status: .confirmed, kind: .airstrike)),
        .init("On 13 June 2019, French aircraft conducted two strikes against a Daesh command post near Abu Kamal.",
              .report(date: "2019-06-13", strikes: 2, actor: "France", status: .confirmed)),
        .init("On Wednesday 12 June, a Royal Air Force Reaper conducted a strike on a Daesh vehicle west of Mosul.",
              .report(date: "2019-06-12", strikes: 1, actor: "UK", status: .confirmed)),
        .init("Belgian F-16s conducted four airstrikes near Tal Afar on 8 June 2019.",
              .report(date: "2019-06-08", strikes: 4, actor: "Belgium", status: .confirmed)),
        .init("On Friday 14 June, RAF Tornados conducted a strike with Paveway IV guided bombs near Baghuz.",
              .report(date: "2019-06-14", actor: "UK", status: .confirmed, place: "Baghuz")),
        .init("Australian aircraft conducted one strike near Hit on 7 June 2019.",
              .report(date: "2019-06-07", strikes: 1, actor: "Australia", status: .confirmed)),
        .init("On 6 June 2019, Canadian aircraft conducted two airstrikes near Mosul, destroying a Daesh weapons cache.",
              .report(date: "2019-06-06", strikes: 2, actor: "Canada", status: .confirmed, kind: .airstrike)),
        .init("On 5 June 2019, Dutch F-16s carried out two airstrikes near Raqqa. There were no civilian casualties.",
              .report(date: "2019-06-05", strikes: 2, civilians: 0...0, actor: "Netherlands", status: .confirmed)),
        .init("On Monday 10 June, an RAF Reaper conducted a strike near Hajin, killing two Daesh fighters.",
              .report(date: "2019-06-10", combatants: 2...2, actor: "UK", status: .confirmed)),
        .init("On 4 June 2019, French Rafale jets conducted three strikes on a Daesh logistics site near Hajin.",
              .report(date: "2019-06-04", strikes: 3, actor: "France", status: .confirmed)),
        .init("On 3 June 2019, Danish aircraft conducted a strike against a Daesh position near Mosul.",
              .report(date: "2019-06-03", strikes: 1, actor: "Denmark", status: .confirmed)),
        .init("Between 10 and 12 June 2019, Dutch F-16s carried out six airstrikes near Hajin.",
              .report(date: "2019-06-10", to: "2019-06-12", precision: 2, strikes: 6, actor: "Netherlands", status: .confirmed)),
        .init("Over the weekend, RAF aircraft conducted three strikes near Abu Kamal.",
              .report(date: "2019-06-15", precision: 2, strikes: 3, actor: "UK", status: .confirmed)),
        .init("On Saturday 15 June, an RAF Reaper conducted a strike on a Daesh mortar team near Baghuz.",
              .report(date: "2019-06-15", precision: 1, actor: "UK", status: .confirmed)),
        .init("On 2 June 2019, French aircraft carried out an airstrike near Abu Kamal.",
              .report(date: "2019-06-02", actor: "France", status: .confirmed, kind: .airstrike)),
        .init("Dutch F-16 aircraft carried out two airstrikes 10 km north of Mosul on 1 June 2019.",
              .report(date: "2019-06-01", strikes: 2, actor: "Netherlands", status: .confirmed)),
        .init("On 31 May 2019, Belgian F-16s carried out an airstrike near Hajin.",
              .report(date: "2019-05-31", actor: "Belgium", status: .confirmed)),
        .init("RAF Typhoons conducted a strike on a Daesh-held cave complex near Makhmur on Thursday.",
              .report(date: "2019-06-13", actor: "UK", status: .confirmed)),
        .init("On 30 May 2019, an RAF Reaper conducted two strikes near Hajin.",
              .report(date: "2019-05-30", strikes: 2, actor: "UK", status: .confirmed)),
        // Reports of no strike: patrols, training, plans.
        .init("RAF Typhoons flew armed reconnaissance patrols over Syria on 9 June 2019 but did not release any weapons.", .noStrike),
        .init("Dutch F-16s will not carry out strikes in Syria after the end of June.", .noStrike),
        .init("On 10 June 2019, RAF aircraft conducted training flights over Cyprus.", .noStrike),
        .init("The ministry is considering further strikes near Hajin.", .noStrike),
    ]

    func testMinistryReports() {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 25)
        for c in Self.cases { c.check(file: #filePath) }
    }
}
