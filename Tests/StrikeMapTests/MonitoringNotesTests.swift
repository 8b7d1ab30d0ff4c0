import XCTest
@testable import StrikeMap

/// Monitoring-group incident notes (ACLED, SOHR, Syrian Network style), in our own words: shelling and air
/// strikes with their dates, actors and casualties, and the notes about IEDs, clashes, arrests and protests
/// that report no strike. Published on Saturday 2019-06-15.
final class MonitoringNotesTests: XCTestCase {
    static let cases: [GenreCase] = [
        .init("On 4 June 2019, regime forces shelled the outskirts of Kafr Nabl in the Idlib countryside. Neither injuries nor fatalities were reported.",
              .report(date: "2019-06-04", precision: 1, civilians: 0...0, injured: 0...0, actor: "Syrian government", kind: .artillery)),
        .init("Indiscriminate shells fired by presumed LNA forces fell in Abu Salim (Tripoli). Two civilians were injured.",
              .report(injured: 2...2, actor: "LNA", kind: .artillery, place: "Abu Salim")),
        .init("As reported on 3 June, Turkish aircraft struck PKK positions in a valley of the Amedi district.",
              .report(date: "2019-05-28", to: "2019-06-03", precision: 3, actor: "Turkey", kind: .airstrike)),
        .init("On 10 June 2019, Russian warplanes carried out airstrikes on Khan Shaykhun, killing four civilians, the Syrian Observatory for Human Rights said.",
              .report(date: "2019-06-10", civilians: 4...4, actor: "Russia", status: .reported, by: "the Syrian Observatory for Human Rights", kind: .airstrike)),
        .init("Mortar rounds fired by unidentified armed groups landed on a residential area of Jisr al-Shughur on 8 June 2019.",
              .report(date: "2019-06-08", kind: .artillery, place: "Jisr")),
        .init("On 9 June, regime helicopters dropped barrel bombs on Kabana in the Latakia countryside, according to activists.",
              .report(date: "2019-06-09", actor: "Syrian government", by: "activists", kind: .airstrike)),
        .init("Unidentified warplanes raided the town of Maarat al-Numan on 11 June 2019, killing a woman and her two children.",
              .report(date: "2019-06-11", civilians: 3...3, actor: "unidentified warplanes", kind: .airstrike)),
        .init("On 12 June 2019, a drone strike targeted a car near Saraqib, killing a senior commander of the group.",
              .report(date: "2019-06-12", combatants: 1...1, kind: .droneStrike)),
        .init("On 13 June 2019, regime artillery pounded the villages of Hish and Kafr Sajna. Dozens of civilians were killed.",
              .report(date: "2019-06-13", civilians: 24...99, kind: .artillery)),
        .init("Rocket fire by regime forces hit Kafr Zita on 7 June 2019; several civilians were wounded.",
              .report(date: "2019-06-07", injured: 3...9, actor: "Syrian government", kind: .artillery)),
        .init("On Tuesday, Russian jets bombed the outskirts of Ariha, the monitor said.",
              .report(date: "2019-06-11", precision: 1, actor: "Russia", by: "the monitor", kind: .airstrike)),
        .init("On 6 June 2019, Turkish Military forces shelled the vicinity of Tal Rifaat. No casualties were reported.",
              .report(date: "2019-06-06", civilians: 0...0, actor: "Turkey", kind: .artillery)),
        .init("Between 12 and 14 June 2019, regime forces bombarded Khan Shaykhun with rockets.",
              .report(date: "2019-06-12", to: "2019-06-14", precision: 2, actor: "Syrian government")),
        .init("Over the weekend, regime aircraft struck Jisr al-Shughur.",
              .report(date: "2019-06-15", to: "2019-06-15", precision: 2, actor: "Syrian government", kind: .airstrike)),
        .init("On 2 June 2019, an air raid by unidentified aircraft on Hajin killed at least 5 civilians and injured 11 others.",
              .report(date: "2019-06-02", civilians: 5...Int.max, kind: .airstrike, place: "Hajin")),
        .init("On 1 June 2019, aerial bombardment by regime forces targeted the town of Latamenah in the northern Hama countryside.",
              .report(date: "2019-06-01", actor: "Syrian government", kind: .airstrike)),
        .init("On 5 June 2019, a UAV strike hit a vehicle near Azaz, killing two members of an armed group.",
              .report(date: "2019-06-05", combatants: 2...2, kind: .droneStrike)),
        .init("Regime forces targeted Kafr Zita with artillery on 8 June 2019, state media reported.",
              .report(date: "2019-06-08", actor: "Syrian government", by: "state media", kind: .artillery)),
        .init("On 9 June 2019, HPG said Turkish drones struck guerrilla positions near Amedi.",
              .report(date: "2019-06-09", actor: "Turkey", by: "HPG", kind: .droneStrike)),
        // Notes that report no strike.
        .init("On 4 June 2019, an IED exploded under a car in Azaz, killing the driver.", .noStrike),
        .init("On 5 June 2019, a landmine left by the group killed a shepherd near Palmyra.", .noStrike),
        .init("On 6 June 2019, a suicide bombing at a checkpoint in Manbij killed three fighters.", .noStrike),
        .init("On 7 June 2019, a car bomb went off in Afrin, killing five civilians.", .noStrike),
        .init("On 8 June 2019, unknown gunmen shot dead a local council member in Daraa.", .noStrike),
        .init("On 9 June 2019, clashes broke out between rebel groups near Ariha; two fighters were killed.", .noStrike),
        .init("On 10 June 2019, security forces arrested 12 people in a raid on a house in Daraa.", .noStrike),
        .init("On 11 June 2019, hundreds of residents protested in Idlib against the local council.", .noStrike),
        .init("On 12 June 2019, teachers went on strike in Sweida over unpaid salaries.", .noStrike),
        .init("On 13 June 2019, detainees began a hunger strike in Hama central prison.", .noStrike),
        .init("Air defences intercepted missiles over Masyaf on 14 June 2019, state media said.", .noStrike),
    ]

    func testMonitoringNotes() {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 25)
        for c in Self.cases { c.check(file: #filePath) }
    }
}
