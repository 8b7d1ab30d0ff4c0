import XCTest
@testable import StrikeMap

/// Wire stories (Reuters, AP, AFP style), in our own words: datelines, attribution, weekday and relative
/// dates, denials and allegations, background paragraphs and stories that report no strike. Published on
/// Saturday 2019-06-15 unless stated.
final class WireStoriesTests: XCTestCase {
    static let cases: [GenreCase] = [
        .init("BEIRUT (Reuters) - Russian warplanes struck Khan Shaykhun on Thursday, killing six civilians, the Syrian Observatory for Human Rights said.",
              .report(date: "2019-06-13", precision: 1, civilians: 6...6, actor: "Russia", status: .reported,
                      by: "the Syrian Observatory for Human Rights", kind: .airstrike, place: "Khan")),
        .init("BAGHDAD (Reuters) - U.S.-led coalition aircraft struck Islamic State hideouts near Mosul on Saturday, the coalition said.",
              .report(date: "2019-06-15", precision: 1, actor: "US-led coalition", status: .confirmed, by: "the coalition", kind: .airstrike)),
        // "Syrian government" is an actor, not the story's geography: the province names it.
        .init("AMMAN (AP) - Syrian government helicopters dropped barrel bombs on Kafr Zita in Hama province overnight, activists said.",
              .report(date: "2019-06-14", to: "2019-06-15", precision: 2, actor: "Syrian government", by: "activists", kind: .airstrike)),
        .init("Israeli jets struck targets near Damascus early on Monday, state media reported.",
              .report(date: "2019-06-10", actor: "Israel", by: "state media", kind: .airstrike)),
        .init("Turkish jets pounded Kurdish positions near Tal Rifaat in northern Syria late on Friday, according to the monitor.",
              .report(date: "2019-06-14", actor: "Turkey", by: "the monitor", kind: .airstrike)),
        .init("In the early hours of Wednesday, drones hit a convoy near Abu Kamal, the militia said.",
              .report(date: "2019-06-12", by: "the militia", kind: .droneStrike)),
        .init("Warplanes bombed Saraqib this morning, killing at least 12 people, rescuers said.",
              .report(date: "2019-06-15", civilians: 12...Int.max, by: "rescuers", kind: .airstrike)),
        .init("An air strike hit a market in Ariha earlier today, killing dozens of people, a local official said.",
              .report(date: "2019-06-15", civilians: 24...99, by: "a local official", kind: .airstrike)),
        .init("Russia denied carrying out the air strikes on Maarat al-Numan on Tuesday that activists said killed 11 civilians.",
              .report(date: "2019-06-11", civilians: 11...11, status: .denied, kind: .airstrike)),
        .init("Activists accused Russian jets of bombing a hospital in Kafr Nabl on Sunday.",
              .report(date: "2019-06-09", status: .alleged, kind: .airstrike)),
        .init("Jets allegedly struck a school in Jisr al-Shughur on Monday, residents said.",
              .report(date: "2019-06-10", status: .alleged, kind: .airstrike)),
        .init("The Turkish defence ministry said its jets struck PKK targets near Amedi on Thursday.",
              .report(date: "2019-06-13", actor: "Turkey", status: .confirmed, kind: .airstrike)),
        .init("An Israeli air strike on Friday killed a senior Hezbollah commander near Quneitra, the group said.",
              .report(date: "2019-06-14", combatants: 1...1, actor: "Israel", kind: .airstrike)),
        .init("Artillery shells fired by government forces landed in Ariha on Tuesday, wounding four children.",
              .report(date: "2019-06-11", injured: 4...4, kind: .artillery)),
        .init("Rockets hit Idlib over the weekend, the monitor said. No casualties were reported.",
              .report(date: "2019-06-15", civilians: 0...0, by: "the monitor", kind: .artillery)),
        .init("A missile strike hit an arms depot near Hama on Wednesday, two security sources told Reuters.",
              .report(date: "2019-06-12", kind: .missile)),
        .init("MOSUL, Iraq (AP) - A U.S. drone strike killed two militants near Mosul on Friday, the Pentagon said.",
              .report(date: "2019-06-14", combatants: 2...2, actor: "US", status: .confirmed, by: "the Pentagon", kind: .droneStrike)),
        .init("The coalition said it had conducted 14 strikes near Hajin between 10 and 14 June.",
              .report(date: "2019-06-10", to: "2019-06-14", precision: 2, strikes: 14, status: .confirmed)),
        // A dateline's date is the story's: its weekdays count from it, not from the file's date.
        .init("BEIRUT, June 11 (Reuters) - Russian jets bombed Ariha on Monday, the monitor said.",
              .report(date: "2019-06-10", actor: "Russia", by: "the monitor", kind: .airstrike)),
        .init("MOSUL, Iraq, June 12, 2019 (AP) — A coalition air strike hit a tunnel near Mosul on Tuesday.",
              published: "2019-06-20", .report(date: "2019-06-11", kind: .airstrike)),
        // Stories that report no strike.
        .init("BAGHDAD (Reuters) - A suicide bomber blew himself up at a checkpoint in Baghdad on Friday, killing seven people, police said.", .noStrike),
        .init("DAMASCUS (AP) - Gunmen opened fire on a bus near Sweida on Tuesday, killing three passengers.", .noStrike),
        .init("Oil workers went on strike in Basra on Monday to demand higher pay.", .noStrike),
        .init("The two sides hope to strike a deal in Ankara on Thursday.", .noStrike),
        .init("Police raided the offices of a newspaper in Istanbul on Wednesday and detained 12 journalists.", .noStrike),
        .init("Thousands protested in Baghdad on Friday against power cuts.", .noStrike),
        .init("A roadside bomb struck an army patrol near Kirkuk on Sunday, killing two soldiers.", .noStrike),
        .init("Israel's air defences intercepted two rockets fired from Gaza on Monday, the military said.", .noStrike),
        .init("Lightning strikes sparked wildfires in Latakia on Tuesday.", .noStrike),
        .init("The general strike shut shops in Beirut on Thursday.", .noStrike),
    ]

    func testWireStories() {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 25)
        for c in Self.cases { c.check(file: #filePath) }
    }
}
