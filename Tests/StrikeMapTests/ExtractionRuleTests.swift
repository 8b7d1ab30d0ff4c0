import XCTest
@testable import StrikeMap

/// One test per extraction rule of issue 4, with sentences written for the test.
final class ExtractionRuleTests: XCTestCase {
    private func events(_ text: String, published: String? = "2019-03-15", merge: Bool = true) -> [StrikeEvent] {
        let article = try! ArticleDecoder(publishedOverride: published.flatMap { CalendarDay(iso: $0) }).decode(Array(text.utf8), source: "t.txt")
        return StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article).events
    }

    private func one(_ text: String, published: String? = "2019-03-15", file: StaticString = #filePath, line: UInt = #line) -> StrikeEvent? {
        let e = events(text, published: published)
        XCTAssertEqual(e.count, 1, "\(e.map { ($0.mention?.place.name ?? $0.regionText ?? "-", $0.kind.rawValue) })", file: file, line: line)
        return e.first
    }

    func testTriggersAndKinds() {
        XCTAssertEqual(one("A drone strike hit a car near Idlib on Monday.")?.kind, .droneStrike)
        XCTAssertEqual(one("Government forces shelled Maarat al-Numan in Idlib province on Monday.")?.kind, .artillery)
        XCTAssertEqual(one("Turkish artillery fire struck Tal Rifaat, Syria, on Monday.")?.kind, .artillery)
        XCTAssertEqual(one("A missile strike hit Shayrat Air Base on Monday.")?.kind, .missile)
        XCTAssertEqual(one("Warplanes carried out an air raid on Douma on Monday.")?.kind, .airstrike)
        XCTAssertEqual(one("Jets bombed Saraqib on Monday.")?.kind, .airstrike)
        XCTAssertEqual(one("Rocket attacks hit Aleppo on Monday.")?.kind, .artillery)
        XCTAssertNotNil(one("Air assaults pounded Hajin on Monday."))
        XCTAssertEqual(one("On Monday, an airstike struck Hajin.")?.kind, .airstrike, "one letter off")
        XCTAssertTrue(events("The airstrip near Hajin was closed on Monday.").isEmpty)
        XCTAssertEqual(one("Helicopters dropped barrel bombs on Saraqib on Sunday.")?.kind, .airstrike)
        XCTAssertNotNil(one("On Nov. 3, coalition aircraft engaged ISIL targets near Hajin.", published: "2018-11-04"))
    }

    func testNegatedHypotheticalPlannedAndFigurativeGiveNothing() {
        for text in ["The coalition did not carry out strikes near Raqqah on Monday.",
                     "Officials said they would strike Idlib if the truce failed.",
                     "Russia threatened to strike targets in Idlib.",
                     "The army plans to launch airstrikes on Hajin next week.",
                     "Strike assessments are based on initial reports.",
                     "Teachers in Mosul went on a hunger strike on Monday.",
                     "The strike package was delayed by weather."] {
            XCTAssertTrue(events(text).isEmpty, text)
        }
    }

    func testSeveralPlacesOneEventEach() {
        let e = events("On Monday, airstrikes hit Hajin and Al Susah in Syria.")
        XCTAssertEqual(e.compactMap { $0.mention?.place.id }.sorted(), ["geonames:172415", "geonames:174506"].sorted())
    }

    func testGroupsAndPeoplesAreNotPlaces() {
        XCTAssertEqual(one("The Israeli military said its jets struck Hamas targets in Gaza overnight.")?.mention?.place.country, "PS")
        XCTAssertEqual(one("Turkish warplanes bombed Kurdish positions near Qamishli on Tuesday.")?.mention?.place.id, "geonames:173377")
    }

    func testPlacesNamedButNotStruckGetNothing() {
        let e = events("Fighters who fled from Raqqah regrouped. On Monday, an airstrike hit Hajin.")
        XCTAssertEqual(e.compactMap { $0.mention?.place.name }, ["Hajīn"])
    }

    func testOffsetsAndNearness() {
        let hajin = EmbeddedGazetteer.shared.candidates(for: "Hajin").first!.place.coordinate
        let e = one("On Monday, an airstrike hit a convoy approximately 2 NM N of Hajin.")
        XCTAssertEqual(GeoMath.distanceKm(hajin, e!.mention!.coordinate), 3.704, accuracy: 0.05)
        XCTAssertEqual(e?.mention?.precision, .nearPlace)
        let m = one("On Monday, shelling hit the outskirts of Hajin.")
        XCTAssertEqual(m?.mention?.precision, .nearPlace)
        XCTAssertEqual(one("On Monday, an airstrike hit a bridge 10 miles east of Hajin.")!.mention!.coordinate.longitude, hajin.longitude + 0.176, accuracy: 0.005)
    }

    func testCountsInWordsAndDigits() {
        XCTAssertEqual(one("On Monday, twelve airstrikes hit Hajin.")?.strikes, 12)
        XCTAssertEqual(one("On Monday, 1,234 airstrikes hit targets in Syria.")?.strikes, 1234)
        let couple = one("On Monday, a couple hundred airstrikes hit targets in Syria.")
        XCTAssertEqual(couple?.strikes, 200)
        XCTAssertEqual(couple?.strikesQualifier, .about)
        let dozens = one("On Monday, dozens of airstrikes hit Hajin.")
        XCTAssertEqual(dozens?.strikes, 24)
        XCTAssertEqual(dozens?.strikesQualifier, .atLeast)
        XCTAssertEqual(one("On Monday, more than 20 airstrikes hit Hajin.")?.strikesQualifier, .atLeast)
        XCTAssertEqual(one("On Monday, up to 20 airstrikes hit Hajin.")?.strikesQualifier, .atMost)
        XCTAssertEqual(one("On Monday, about 20 airstrikes hit Hajin.")?.strikesQualifier, .about)
    }

    func testCasualties() {
        let e = one("On Monday, an airstrike on Hajin killed more than 80 ISIL terrorists.")
        XCTAssertEqual(e?.combatantDeaths.min, 80, "more than N is at least N, as for strike counts")
        let r = one("On Monday, shelling of Hajin killed between 5 and 7 civilians.")
        XCTAssertEqual(r?.civilianDeaths.min, 5)
        XCTAssertEqual(r?.civilianDeaths.max, 7)
        let w = one("On Monday, an airstrike near Hajin killed or wounded 12 civilians.")
        XCTAssertEqual(w?.civilianDeaths.min, 0)
        XCTAssertEqual(w?.civilianDeaths.max, 12)
    }

    func testActors() {
        XCTAssertEqual(one("On Monday, US-led coalition jets struck Hajin.")?.actor, "US-led coalition")
        XCTAssertEqual(one("On Monday, Israeli jets struck a depot near Damascus.")?.actor, "Israel")
        XCTAssertEqual(one("On Monday, Turkish drones struck Tal Rifaat in Syria.")?.actor, "Turkey")
        XCTAssertEqual(one("On Monday, Syrian government forces shelled Saraqib.")?.actor, "Syrian government")
        XCTAssertEqual(one("On Monday, unidentified warplanes bombed Al Bukamal.")?.actor, "unidentified warplanes")
        XCTAssertNil(one("On Monday, an airstrike hit Hajin.")?.actor)
    }

    func testTargets() {
        let e = one("On Monday, an airstrike near Hajin destroyed 20 oil tanker trucks and six oil wellheads.")
        XCTAssertEqual(e?.targets, "20 oil tanker trucks and six oil wellheads")
    }

    func testDates() {
        // 2019-03-15 is a Friday.
        XCTAssertEqual(one("On Thursday, an airstrike hit Hajin.")?.date?.start.description, "2019-03-14")
        XCTAssertEqual(one("Yesterday an airstrike hit Hajin.")?.date?.start.description, "2019-03-14")
        XCTAssertEqual(one("An airstrike hit Hajin on March 11, 2019.")?.date?.start.description, "2019-03-11")
        XCTAssertEqual(one("An airstrike hit Hajin on 2019-03-11.")?.date?.start.description, "2019-03-11")
        XCTAssertEqual(one("An airstrike hit Hajin on 11th March.")?.date?.start.description, "2019-03-11")
        let lastWeek = one("An airstrike hit Hajin last week.")?.date
        XCTAssertEqual(lastWeek?.precision, .week)
        XCTAssertEqual(lastWeek?.start.description, "2019-03-04")
        let earlier = one("Earlier this month an airstrike hit Hajin.")?.date
        XCTAssertEqual(earlier?.start.description, "2019-03-01")
        let mid = one("An airstrike hit Hajin in mid-December.")?.date
        XCTAssertEqual(mid?.start.description, "2018-12-11")
        XCTAssertEqual(mid?.precision, .month)
        XCTAssertEqual(one("An airstrike hit Hajin in December.")?.date?.start.description, "2018-12-01")
        XCTAssertEqual(one("An airstrike hit Hajin overnight.")?.date?.start.description, "2019-03-14")
    }

    func testWithoutPublicationDateRelativeDatesStayText() {
        let e = one("On Thursday, an airstrike hit Hajin.", published: nil)
        XCTAssertNil(e?.date)
        XCTAssertEqual(e?.dateText, "Thursday")
    }

    func testLongPeriodsAreAggregates() {
        let e = one("The coalition carried out 34,917 airstrikes in Iraq and Syria between August 2014 and September 2020.")
        XCTAssertEqual(e?.aggregate, true)
        XCTAssertEqual(e?.date?.start.description, "2014-08-01")
        XCTAssertEqual(e?.date?.end.description, "2020-09-30")
        XCTAssertNil(e?.mention)
        XCTAssertEqual(one("Russia has carried out 5,000 airstrikes in Syria from 2015 till 2018.")?.date?.end.description, "2018-12-31")
    }

    func testLeadDateAppliesToTheListUnderIt() {
        let e = events("On Nov. 1, coalition forces attacked ISIL.\n- Near Hajin, two strikes hit a unit.\n- Near Raqqah, one strike hit a truck.", published: "2018-11-02")
        XCTAssertEqual(e.map { $0.date?.start.description }, ["2018-11-01", "2018-11-01"])
    }

    func testBadInputNeverCrashes() {
        let huge = events("On Monday, 99999999999999999999 strikes hit Hajin.")
        XCTAssertNil(huge.first?.strikes)
        let article = try! ArticleDecoder(publishedOverride: CalendarDay(iso: "2019-03-15")).decode(Array("On Monday, 99999999999999999999 strikes hit Hajin.".utf8), source: "t.txt")
        let warnings = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article).diagnostics.map(\.description)
        XCTAssertTrue(warnings.contains("t.txt:1:12: warning: number '99999999999999999999' is too large to be a count; ignored"), "\(warnings)")
        XCTAssertTrue(events("On 32nd March an airstrike hit Hajin.").allSatisfy { $0.date == nil })
        let long = String(repeating: "airstrikes hit Hajin and ", count: 400)
        XCTAssertFalse(events(long).isEmpty)
    }
}

final class CrossDocumentMergeTests: XCTestCase {
    private func extract(_ text: String, source: String, published: String) -> [StrikeEvent] {
        let article = try! ArticleDecoder(publishedOverride: CalendarDay(iso: published)).decode(Array(text.utf8), source: source)
        return StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article).events
    }

    func testOneStrikeTwoReportsMergeUnlessAskedNot() {
        let a = extract("On Monday, an airstrike on Hajin killed at least 4 civilians.", source: "wire.txt", published: "2019-03-13")
        let b = extract("A coalition airstrike hit Hajin on March 11, killing up to 9 civilians.", source: "monitor.txt", published: "2019-03-14")
        let merged = CrossDocumentMerger.merge(a + b)
        XCTAssertEqual(merged.count, 1)
        // Reports merge in canonical order (by source name), whatever order they came in.
        XCTAssertEqual(merged[0].sources, ["monitor.txt", "wire.txt"])
        XCTAssertEqual(CrossDocumentMerger.merge(b + a).map(\.sources), merged.map(\.sources))
        XCTAssertEqual(merged[0].civilianDeaths.min, 4)
        XCTAssertEqual(merged[0].civilianDeaths.max, 9)
        XCTAssertEqual(merged[0].actor, "US-led coalition", "a detail the first report lacked")
        XCTAssertEqual(merged[0].date?.start.description, "2019-03-11")
        // --no-merge keeps one feature per report.
        XCTAssertEqual((a + b).count, 2)
        // Another place, or another week, is another strike.
        let c = extract("An airstrike hit Hajin on March 25.", source: "late.txt", published: "2019-03-26")
        XCTAssertEqual(CrossDocumentMerger.merge(a + c).count, 2)
    }
}
