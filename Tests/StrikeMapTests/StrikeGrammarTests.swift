import XCTest
@testable import StrikeMap

/// The grammar of a strike as monitors write it, one rule a case, in our own words: a verb of use with the
/// weapon it launches ("fired 3 mortar shells at"), an armed force with a verb of hitting ("air forces
/// struck near X"), a weapon after "with a" ("hit with a drone"), ammunition fired towards a target, a unit
/// or settlement named as the object of the attack ("shelled the X community"), "in the direction of X",
/// and a place named far into a long participle. And what none of them makes a strike.
final class StrikeGrammarTests: XCTestCase {
    static let cases: [GenreCase] = [
        // A verb of use and its weapon, with the count between them.
        .init("On 2 June 2019, government forces fired three mortar shells at the livestock market in Baidoa.",
              .report(date: "2019-06-02", strikes: 3, kind: .artillery, place: "Baidoa")),
        .init("Militants launched 2 rockets toward the airport in Kismayo on 3 June 2019, damaging a hangar.",
              .report(date: "2019-06-03", strikes: 2, kind: .artillery, place: "Kismayo")),
        .init("On 4 June 2019, a Russian unit launched a guided aerial bomb at a school in Kupiansk, Kharkiv region.",
              .report(date: "2019-06-04", kind: .airstrike, place: "Kupiansk")),
        .init("On 5 June 2019, an enemy drone dropped explosives on a bus stop in Nikopol, Dnipropetrovsk region. Two men were hurt.",
              .report(date: "2019-06-05", kind: .droneStrike, place: "Nikopol")),
        .init("Ukrainian forces launched 'HIMARS' missiles at an ammunition depot in Tokmak, Zaporizhzhia region, on 6 June 2019.",
              .report(date: "2019-06-06", kind: .missile, place: "Tokmak")),
        .init("On 6 June 2019, the brigade fired loitering munitions at a checkpoint near Tokmak, Zaporizhzhia region.",
              .report(date: "2019-06-06", kind: .strike, place: "Tokmak")),
        .init("On 5 June 2019, soldiers dropped two grenade shells from a quadcopter on a trench near Bakhmut, Donetsk region.",
              .report(date: "2019-06-05", strikes: 2, kind: .artillery, place: "Bakhmut")),
        // An armed force before a pair: the pair's noun is no verb, and it tells the kind.
        .init("On 9 June 2019, army drone strikes hit a market in Djibo, Burkina Faso, killing dozens.",
              .report(date: "2019-06-09", kind: .droneStrike, place: "Djibo")),
        // An armed force and a verb of hitting.
        .init("On 7 June 2019, Russian air forces struck near Vovchansk, Kharkiv region. No one was hurt.",
              .report(date: "2019-06-07", kind: .airstrike, place: "Vovchansk")),
        .init("On 8 June 2019, Ukrainian forces hit with a drone a truck near Nova Kakhovka, Kherson region.",
              .report(date: "2019-06-08", place: "Nova Kakhovka")),
        // Ammunition fired towards a target, after a list of other weapons.
        .init("On 9 June 2019, clan militia opened heavy gunfire and mortar shells towards a police base in Galkayo.",
              .report(date: "2019-06-09", kind: .artillery, place: "Galkayo")),
        // The object of the attack is a community or district named with its article; "(coded to Y)" is its point.
        .init("On 10 June 2019, Russian forces shelled the Bilopillia community (coded to Bilopillia, Sumy region). A woman was wounded.",
              .report(date: "2019-06-10", kind: .artillery, place: "Bilopil")),
        .init("On 11 June 2019, Russian forces shelled in the direction of Kupiansk, Kharkiv region.",
              .report(date: "2019-06-11", kind: .artillery, place: "Kupiansk")),
        // The only trigger of the sentence, its place after a long participle.
        .init("On 12 June 2019, the militants fired 4 mortar shells, landing in several places, including a compound inside the main airport in Mogadishu.",
              .report(date: "2019-06-12", strikes: 4, kind: .artillery, place: "Mogadishu")),
        // Hedges and reported speech between the weapon and its verb; an air force's verbs; ammunition that damaged.
        .init("Warplanes were reported to have targeted positions in Kafr Nabl in the Idlib countryside on 2 June 2019.",
              .report(date: "2019-06-02", kind: .airstrike, place: "Kafr")),
        .init("The air force targeted militant positions in Saraqib on 3 June 2019.",
              .report(date: "2019-06-03", kind: .airstrike, place: "Saraqib")),
        .init("On 4 June 2019, Russian air forces destroyed two patrol boats near Ochakiv, Mykolaiv region.",
              .report(date: "2019-06-04", kind: .airstrike, place: "Ochakiv")),
        .init("Shells fired by the militia on Mitiga airport damaged two aircraft on 5 June 2019.",
              .report(date: "2019-06-05", kind: .artillery, place: "Mitiga")),
        // Fired towards a place the gazetteer lacks: a strike there, with no point.
        .init("On 6 June 2019, the militants fired 107mm rockets toward the Xawaalka area; the mortars landed in a market.",
              .report(date: "2019-06-06", kind: .artillery, place: "Xawaalka")),
        // Between an unknown village and another in a district the note names: the district.
        .init("On 6 June 2019, government forces fired mortar shells at a militant camp between Dhakaraan and Buulo Xaaji village (Afgooye, Lower Shabelle).",
              .report(date: "2019-06-06", kind: .artillery, place: "Afgooye")),
        // "The strike killed ...": a definite reference tells the harm of the report before it.
        .init("Coalition aircraft conducted a strike in the vicinity of Al Bab on June 7, 2019. The strike killed an estimated three civilians.",
              .report(date: "2019-06-07", civilians: 3...3, kind: .strike, place: "Bab")),
        // A group named as its fighters is counted as combatants.
        .init("On 7 June 2019, an army airstrike hit a gathering in Khanabad district (Kunduz), killing 6 Taliban.",
              .report(date: "2019-06-07", combatants: 6...6, kind: .airstrike, place: "Khanabad")),
        // A statement's verdict on an allegation stands though its date is mistyped and its village unknown.
        .init("Nov. 3, 2106, near Tell Xarabo, Syria, via a media report: After a review of available information it was assessed that no Coalition strikes were conducted in the geographical area of the reported civilian casualties.",
              published: "2016-11-20", .report(assessment: "no Coalition strikes")),
        // Dates as monitors write them: a lead date carried to the sentence under it, a night of two days, a
        // night the text dates.
        .init("In the evening of 8 June, heavy fighting went on around the town. Several air strikes targeted Saraqib.",
              .report(date: "2019-06-08", kind: .airstrike, place: "Saraqib")),
        .init("On the night of 9 to 10 June, Russian drones struck the port of Odesa.",
              .report(date: "2019-06-09", to: "2019-06-10", kind: .droneStrike, place: "Odesa")),
        .init("Russian drones struck Odesa overnight on 11 June, damaging a warehouse.",
              .report(date: "2019-06-11", to: "2019-06-11", kind: .droneStrike, place: "Odesa")),
        // A force's fire at a place named; a place that came under shelling; a grenade dropped from a quadcopter.
        .init("On 7 June 2019, Russian forces fired at Vovchansk, Kharkiv region, damaging a school.",
              .report(date: "2019-06-07", kind: .strike, place: "Vovchansk")),
        .init("On 8 June 2019, Kupiansk came under shelling; two houses burned.",
              .report(date: "2019-06-08", kind: .artillery, place: "Kupiansk")),
        .init("On 9 June 2019, a quadcopter dropped a grenade on a trench near Bakhmut, Donetsk region.",
              .report(date: "2019-06-09", place: "Bakhmut")),
        // None of these is a strike: no weapon after the verb of use, a weapon shot down, fire at people or at
        // a group (a clash, not a strike).
        .init("On 13 June 2019, security forces fired on protesters in Kismayo.", .noStrike),
        .init("On 13 June 2019, army forces fired on Al Shabaab fighters near Jilib.", .noStrike),
        .init("On 13 June 2019, police fired tear gas at protesters in Kismayo.", .noStrike),
        .init("The army fired two generals in Mogadishu on Monday.", .noStrike),
        .init("On 14 June 2019, air defences shot down two missiles launched at Kyiv.", .noStrike),
        // A verb of use that names a position is no second strike: one report, of two airstrikes.
        .init("Near Mosul, two airstrikes struck a mortar firing position and an ISIL rocket on 2 June 2019.",
              .report(date: "2019-06-02", strikes: 2, kind: .airstrike, place: "Mosul")),
        // "six members of one family" are six civilians; "of one family" counts no one.
        .init("Israeli warplanes bombed a house in Rafah on 3 June 2019, killing six members of one family.",
              .report(date: "2019-06-03", civilians: 6...6, kind: .airstrike, place: "Rafah")),
        // A bomb that hits, its name in brackets; a car bomb is no strike.
        .init("On 10 June 2019, a glide bomb (KAB) hit a school in Orikhiv, Zaporizhzhia region.",
              .report(date: "2019-06-10", kind: .airstrike, place: "Orikhiv")),
        .init("On 10 June 2019, a car bomb hit a checkpoint in Orikhiv, Zaporizhzhia region.", .noStrike),
        // What people protest or remember is no new strike; a strike during a protest is one.
        .init("On 11 June 2019, protesters gathered in Kharkiv to commemorate the victims of an earlier airstrike.", .noStrike),
        .init("On 11 June 2019, residents held a rally in Kharkiv against the shelling of their district.", .noStrike),
        .init("On 11 June 2019, protesters gathered in Kharkiv when an airstrike hit the square, killing four people.",
              .report(date: "2019-06-11", civilians: 4...4, kind: .airstrike, place: "Kharkiv")),
        // "including" counts a part of the dead, not more of them.
        .init("On 12 June 2019, an airstrike hit a house in Khan Younis, killing five people, including two children.",
              .report(date: "2019-06-12", civilians: 5...5, kind: .airstrike, place: "Khan")),
        // Whose weapon it is, between the weapon and its verb: the weapon, the verb and the owner are read.
        .init("On 13 June 2019, warplanes of the Saudi-led coalition struck a market in Saada province.",
              .report(date: "2019-06-13", actor: "Saudi-led coalition", kind: .airstrike, place: "Saada")),
        .init("On 13 June 2019, drones from Russian forces hit a school in Kupiansk, Kharkiv region.",
              .report(date: "2019-06-13", actor: "Russia", kind: .droneStrike, place: "Kupiansk")),
        // A force's verb and the weapon it used are one strike of the weapon's kind; a city the text calls one
        // is the city, not the oblast of its name; a loitering munition strikes.
        .init("On 14 June 2019, Russian forces struck Kherson city with MLRS, injuring two civilians.",
              .report(date: "2019-06-14", kind: .artillery, place: "Kherson")),
        .init("On 15 June 2019, a Lancet loitering munition struck a howitzer near Orikhiv, Zaporizhia region.",
              .report(date: "2019-06-15", kind: .droneStrike, place: "Orikhiv")),
        // A longer actor's name ends in a shorter one: "the Saudi-led coalition" is not the US-led one.
        .init("On 13 June 2019, warplanes of the Saudi-led coalition bombed a market in Saada.",
              .report(date: "2019-06-13", actor: "Saudi-led coalition", kind: .airstrike, place: "Saada")),
        // A nationality before a word for armed forces names the actor, whichever country; a weapon between
        // a force and its verb tells the kind.
        .init("On 8 June 2019, Sudanese army drones struck a market in Nyala, South Darfur.",
              .report(date: "2019-06-08", actor: "Sudan", kind: .droneStrike, place: "Nyala")),
        .init("On 8 June 2019, army helicopters bombed a camp near Nyala, South Darfur.",
              .report(date: "2019-06-08", kind: .airstrike, place: "Nyala")),
        .init("On 9 June 2019, jets belonging to the Syrian air force struck Kafr Nabl in Idlib province.",
              .report(date: "2019-06-09", actor: "Syrian government", kind: .airstrike)),
        .init("On 9 June 2019, Azerbaijani forces shelled Stepanakert, wounding two civilians.",
              .report(date: "2019-06-09", injured: 2...2, actor: "Azerbaijan", kind: .artillery)),
        .init("On 10 June 2019, a NATO air strike hit a command centre in Brega, Libya.",
              .report(date: "2019-06-10", actor: "NATO", kind: .airstrike)),
        .init("On 10 June 2019, RSF artillery shelled a camp near El Fasher, North Darfur.",
              .report(date: "2019-06-10", actor: "RSF", kind: .artillery)),
        // A range of the dead written with a hyphen or "to".
        .init("On 11 June 2019, a US drone strike hit a house in Datta Khel, North Waziristan, killing 4-6 people.",
              .report(date: "2019-06-11", civilians: 4...6, actor: "US", kind: .droneStrike)),
        .init("On 11 June 2019, an airstrike hit a house in Hajin, killing three to five civilians.",
              .report(date: "2019-06-11", civilians: 3...5, kind: .airstrike, place: "Hajin")),
    ]

    /// A reservoir that bears a city's name is not what a text means by the city: "Kyiv" is the capital.
    func testACityNameIsNotTheReservoirOfItsName() {
        let events = Self.events("On 18 June 2019, Russian forces launched 12 Shahed drones at Kyiv.")
        XCTAssertEqual(events.first?.mention?.place.kind, .populated, "\(events.map { $0.mention?.place.name ?? "-" })")
        XCTAssertEqual(events.first?.mention?.precision, .exact)
    }

    /// "missiles fired from a drone hit": the drone launched them; one strike, not two.
    func testTheLaunchingPlatformIsNoSecondStrike() {
        let events = Self.events("On 18 June 2019, two missiles fired from a drone hit a house in Rafah, killing three people.")
        XCTAssertEqual(events.count, 1, "\(events.map(\.kind))")
        XCTAssertEqual(events.first?.civilianDeaths.min, 3)
    }

    func testAForceAndItsWeaponAreOneStrikeInTheCityNamed() {
        let events = Self.events("On 14 June 2019, Russian forces struck Kherson city with MLRS, injuring two civilians.")
        XCTAssertEqual(events.count, 1, "\(events.map(\.kind))")
        XCTAssertEqual(events.first?.mention?.place.kind, .populated, "the city, not the oblast")
    }

    func testAnUnsaidNumberIsAtLeastOne() {
        let events = Self.events("On 2 June 2019, an airstrike hit a camp near Jilib, killing an unspecified number of militants.")
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events.first?.combatantDeaths.min, 1, "someone was killed")
        XCTAssertNil(events.first?.combatantDeaths.max, "how many is unsaid, not one")
    }

    /// A list of places that suffered the strike as its subject is struck whole, also when a unit follows it.
    func testAListAsTheSubjectIsStruckWhole() {
        for text in ["On 10 June 2019, Nikopol, Marhanets and Chervonohryhorivka came under artillery fire.",
                     "On 10 June 2019, Orikhiv, Huliaipole and Stepnohirsk in Zaporizhzhia oblast came under artillery fire."] {
            let events = Self.events(text)
            XCTAssertEqual(events.count, 3, "\(text): \(events.map { $0.mention?.place.name ?? "-" })")
            XCTAssertTrue(events.allSatisfy { $0.mention?.place.kind == .populated })
        }
    }

    /// People counted by what they were or did, and nationalities, are people.
    func testPeopleByRoleOrNationality() {
        let cases: [(String, Int)] = [("killing at least 40 migrants", 40), ("killing more than 140 mourners", 140),
                                      ("killing seven aid workers", 7), ("killing at least 11 Palestinians", 11)]
        for (words, dead) in cases {
            let events = Self.events("On 10 June 2019, an airstrike hit a building in Rafah, \(words).")
            XCTAssertEqual(events.first?.civilianDeaths.min, dead, words)
        }
    }

    /// A place the gazetteer lacks, named with what it is ("X market") and the unit it lies in, is placed in
    /// the unit.
    func testAnUnknownMarketIsPlacedInItsUnit() {
        let events = Self.events("On 13 June 2019, coalition warplanes struck a bus in Dahyan market, Saada province, killing 40 children.")
        XCTAssertEqual(events.first?.mention?.place.kind, .province, "\(events.map { $0.mention?.place.name ?? "-" })")
        XCTAssertEqual(events.first?.mention?.place.country, "YE")
    }

    /// The events extraction gives for one sentence of ours.
    private static func events(_ text: String) -> [StrikeEvent] { GenreCase(text, .report()).run().events }

    func testTheGrammarOfAStrike() {
        for c in Self.cases { c.check(file: #filePath) }
    }

    func testADefiniteReferenceIsNoSecondReport() {
        let events = Self.events("Coalition aircraft conducted a strike in the vicinity of Al Bab on June 7, 2019. The strike killed an estimated three civilians.")
        XCTAssertEqual(events.count, 1, "\(events.map(\.evidence))")
    }

    func testAPositionNamedByAVerbOfUseIsNoSecondReport() {
        let events = Self.events("Near Mosul, two airstrikes struck a mortar firing position and an ISIL rocket on 2 June 2019.")
        XCTAssertEqual(events.count, 1, "\(events.map(\.kind))")
    }
}
