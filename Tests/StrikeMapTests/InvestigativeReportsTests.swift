import XCTest
@testable import StrikeMap

/// Human-rights and investigative reports, in our own words: long narratives where one strike is told
/// across several sentences (the date in one, the place in another, the dead in a third), with the
/// sources they cite, and background that reports no new strike. Published on Saturday 2019-06-15.
final class InvestigativeReportsTests: XCTestCase {
    static let cases: [GenreCase] = [
        .init("On 3 June 2019, at about 11 a.m., an airstrike hit the market in Maarat al-Numan. Witnesses told us that the first bomb fell near the vegetable stalls. Seven civilians were killed, among them two children.",
              .report(date: "2019-06-03", civilians: 7...7, kind: .airstrike, place: "Maarat")),
        .init("Residents described how, on 4 June 2019, a warplane struck a school in Kafr Nabl. Four children were wounded.",
              .report(date: "2019-06-04", injured: 4...4, kind: .airstrike, place: "Kafr")),
        .init("According to the local civil defence, regime helicopters dropped barrel bombs on Kafr Zita on 5 June 2019, killing three civilians.",
              .report(date: "2019-06-05", civilians: 3...3, actor: "Syrian government", by: "the local civil defence", kind: .airstrike)),
        .init("Our researchers documented an air strike on 6 June 2019 that destroyed a bakery in Ariha, killing a man and his two sons.",
              .report(date: "2019-06-06", civilians: 3...3, kind: .airstrike)),
        .init("The attack on 7 June 2019 began with artillery shelling of the southern outskirts of Jisr al-Shughur. Two women were killed.",
              .report(date: "2019-06-07", civilians: 2...2, kind: .artillery)),
        .init("A drone strike on 8 June 2019 hit a car near Saraqib. The two men inside, both members of an armed group, were killed.",
              .report(date: "2019-06-08", kind: .droneStrike)),
        .init("On 9 June 2019, Russian aircraft bombed the hospital in Kafr Nabl, according to three staff members we interviewed.",
              .report(date: "2019-06-09", actor: "Russia", kind: .airstrike)),
        .init("Satellite imagery shows that a strike on 10 June 2019 destroyed a water station near Hajin.",
              .report(date: "2019-06-10", place: "Hajin")),
        .init("The coalition denied that its aircraft struck the mosque in Hajin on 11 June 2019, which local activists said killed 12 worshippers.",
              .report(date: "2019-06-11", civilians: 12...12, status: .denied)),
        .init("On 12 June 2019, rockets fired from regime positions landed on a camp for displaced people near Atmeh, killing two children.",
              .report(date: "2019-06-12", civilians: 2...2, kind: .artillery)),
        .init("Between 1 and 3 June 2019, government forces shelled Kafr Zita with mortars and artillery.",
              .report(date: "2019-06-01", to: "2019-06-03", precision: 2, kind: .artillery)),
        .init("Eyewitnesses said that on 13 June 2019 a jet bombed a residential block in Ariha, killing at least 9 people.",
              .report(date: "2019-06-13", civilians: 9...Int.max, kind: .airstrike)),
        .init("The strike on the Idlib market on 2 June 2019 killed scores of civilians, the Syrian Network for Human Rights said.",
              .report(date: "2019-06-02", civilians: 40...199, by: "the Syrian Network for Human Rights")),
        .init("On 30 May 2019, warplanes struck the village of Hish in Idlib province. Neither injuries nor fatalities were reported.",
              .report(date: "2019-05-30", civilians: 0...0, injured: 0...0, kind: .airstrike)),
        .init("An aerial bombardment of Khan Shaykhun on 29 May 2019 damaged two schools, the monitor said.",
              .report(date: "2019-05-29", by: "the monitor", kind: .airstrike)),
        .init("On 28 May 2019, pro-government forces allegedly shelled Hish in Idlib province.",
              .report(date: "2019-05-28", status: .alleged, kind: .artillery)),
        .init("Helicopters reportedly dropped barrel bombs on Hish on 27 May 2019, killing a family of five.",
              .report(date: "2019-05-27", kind: .airstrike)),
        .init("On 26 May 2019, a missile strike on Jisr al-Shughur killed four civilians and injured 15 others.",
              .report(date: "2019-05-26", civilians: 4...4, kind: .missile)),
        .init("On 25 May 2019, Russian warplanes raided the town of Kafr Nabl, killing a woman and her three children.",
              .report(date: "2019-05-25", civilians: 4...4, actor: "Russia", kind: .airstrike)),
        .init("The report found that on 24 May 2019 an Israeli air strike hit a weapons depot near Masyaf.",
              .report(date: "2019-05-24", actor: "Israel", kind: .airstrike)),
        // Background and other violence: no new strike.
        .init("The town has been a target of repeated bombardment since 2012, the report says, and many residents have fled.", .noStrike),
        .init("An IED planted on the road to Idlib killed a farmer on 20 May 2019.", .noStrike),
        .init("Armed men kidnapped two aid workers near Atmeh on 21 May 2019.", .noStrike),
        .init("The researchers interviewed 40 residents in Idlib between March and May 2019.", .noStrike),
        .init("Government forces arrested dozens of young men at checkpoints near Hama in May 2019.", .noStrike),
        .init("A car bombing in Azaz on 22 May 2019 killed nine people.", .noStrike),
    ]

    func testInvestigativeReports() {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 25)
        for c in Self.cases { c.check(file: #filePath) }
    }
}
