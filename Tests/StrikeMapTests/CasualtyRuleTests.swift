import XCTest
@testable import StrikeMap

/// The casualty rules, sentence by sentence (`CasualtyReader`) and across sentences (`DocumentPasses`), in
/// sentences of our own.
final class CasualtyRuleTests: XCTestCase {
    private func deaths(_ sentence: String) -> CasualtyReader.Deaths {
        let s = Array(sentence.unicodeScalars)
        let t = Tokenizer.tokenize(s, 0, s.count)
        return CasualtyReader.read(t, in: 0..<t.count)
    }

    /// A count that is the subject of a verb of harm counts people, as "people" would.
    func testBareCountSubject() {
        let d = deaths("As a result of the shelling, 8 were killed and 12 were injured.")
        XCTAssertEqual(d.civilian, DeathRange(min: 8, max: 8))
        XCTAssertEqual(d.civilianInjured, DeathRange(min: 12, max: 12))
        XCTAssertEqual(deaths("At least 4 have died in hospital.").civilian, DeathRange(min: 4, max: nil))
        XCTAssertEqual(deaths("Later, two died in hospital.").civilian, DeathRange(min: 2, max: 2))
    }

    /// After a counted noun, the bare count is of the noun's side.
    func testBareCountTakesTheNounsSide() {
        let d = deaths("12 militants were killed and 13 were injured.")
        XCTAssertEqual(d.combatant, DeathRange(min: 12, max: 12))
        XCTAssertEqual(d.combatantInjured, DeathRange(min: 13, max: 13))
        XCTAssertTrue(d.civilianInjured.isEmpty)
        let c = deaths("One civilian was killed and another was injured.")
        XCTAssertEqual(c.civilian, DeathRange(min: 1, max: 1))
        XCTAssertEqual(c.civilianInjured, DeathRange(min: 1, max: 1))
    }

    /// A part of a whole is not a bare count, and neither is a count a noun already reads.
    func testPartsAndNounsAreNotBareCounts() {
        XCTAssertTrue(deaths("Two of the 9 were killed.").civilian.isEmpty)
        XCTAssertEqual(deaths("5 people were killed.").civilian, DeathRange(min: 5, max: 5))
        XCTAssertTrue(deaths("The convoy was hit.").isEmpty)
    }

    /// A count after a verb of harm, before a participle of harm, or as a death toll.
    func testBareCountObjectsParticiplesAndTolls() {
        let d = deaths("Shelling hit the market, killing 7 civilians and wounding 17.")
        XCTAssertEqual(d.civilian, DeathRange(min: 7, max: 7))
        XCTAssertEqual(d.civilianInjured, DeathRange(min: 17, max: 17))
        let left = deaths("The airstrike left 12 dead and 8 wounded.")
        XCTAssertEqual(left.civilian, DeathRange(min: 12, max: 12))
        XCTAssertEqual(left.civilianInjured, DeathRange(min: 8, max: 8))
        XCTAssertEqual(deaths("The drone strike killed 30 farmers and injured 40 others.").civilianInjured, DeathRange(min: 40, max: 40))
        XCTAssertEqual(deaths("The death toll from the drone strike rose to 30.").civilian, DeathRange(min: 30, max: 30))
        XCTAssertEqual(deaths("Airstrikes claimed the lives of nine civilians.").civilian, DeathRange(min: 9, max: 9))
        XCTAssertEqual(deaths("Dozens were killed or wounded in the strike.").civilian, DeathRange(min: 0, max: 99))
    }

    /// Ages, years, distances and articles are no counts of the dead.
    func testNumbersThatCountNoDead() {
        XCTAssertNotEqual(deaths("Reports said an 87 year old woman was killed.").civilian.min, 87)
        XCTAssertNotEqual(deaths("Reports said a 12-year-old boy was killed.").civilian.min, 12)
        XCTAssertEqual(deaths("A strike in 2015 killed five people.").civilian, DeathRange(min: 5, max: 5))
        XCTAssertTrue(deaths("The convoy was killed 3 km from the border.").isEmpty)
        XCTAssertTrue(deaths("Jets destroyed a checkpoint and an wounded an ISIL fighter.").civilianInjured.isEmpty)
    }

    /// Militias, and a group named as its fighters, are combatants.
    func testMilitiasAndGroupsAreCombatants() {
        XCTAssertEqual(deaths("At least 9 clan militias were killed.").combatant, DeathRange(min: 9, max: nil))
        XCTAssertEqual(deaths("6 senior Al Shabaab were killed.").combatant, DeathRange(min: 6, max: 6))
        XCTAssertEqual(deaths("More than 20 Al-Shabaab were killed, including two commanders.").combatant.min, 20)
    }

    private func firstEvent(_ text: String) -> StrikeEvent? {
        GenreCase(text, .report()).run().events.first { !$0.aggregate }
    }

    /// The harm counted after a definite reference to the report is the report's.
    func testHarmAfterADefiniteReference() {
        let e = firstEvent("On 2 June 2019, US forces conducted an airstrike near Jilib, Somalia. The airstrike destroyed two vehicles. More than 15 militants were killed.")
        XCTAssertEqual(e?.combatantDeaths, DeathRange(min: 15, max: nil))
        let shelled = firstEvent("On 3 June 2019, regime artillery shelled Kafr Nabl. The shelling damaged a market. Three civilians were killed and five were injured.")
        XCTAssertEqual(shelled?.civilianDeaths, DeathRange(min: 3, max: 3))
        XCTAssertEqual(shelled?.civilianInjured, DeathRange(min: 5, max: 5))
    }

    /// A reference that speaks of harm itself is the last word: what follows it is another matter.
    func testAReferenceThatSpeaksOfHarmEndsTheReport() {
        let e = firstEvent("Near Raqqa, two airstrikes destroyed an ISIL tank. There were no observed civilian casualties from the airstrikes. Local fighters reported a car bomb which resulted in an undetermined number of civilians injured.")
        XCTAssertNotNil(e)
        XCTAssertTrue(e?.civilianInjured.isEmpty ?? false, "\(String(describing: e?.civilianInjured))")
    }
}
