import CorpusGenerator
import Foundation
import XCTest
@testable import StrikeMap

/// The fast paths of extraction (the document screen, places resolved only where events use them,
/// reasons formatted only when explained) must not change what is extracted.
final class ThroughputPathTests: XCTestCase {
    let extractor = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared)

    private func compareBothPaths(_ article: Article, file: StaticString = #filePath, line: UInt = #line) {
        let full = extractor.extract(article, allPlaces: true)
        let fast = extractor.extract(article, allPlaces: false)
        XCTAssertEqual(GeoJSONWriter.write(fast.events), GeoJSONWriter.write(full.events), "events differ for \(article.source)", file: file, line: line)
        XCTAssertEqual(fast.diagnostics.map(\.description), full.diagnostics.map(\.description), "warnings differ for \(article.source)", file: file, line: line)
        XCTAssertEqual(fast.unresolved, full.unresolved, file: file, line: line)
        XCTAssertTrue(fast.places.isEmpty, file: file, line: line)
    }

    func testGeneratedCorpusGivesTheSameEventsOnBothPaths() throws {
        let docs = CorpusGenerator(places: EmbeddedGazetteer.shared.places).documents(totalBytes: 400_000)
        var screenedOut = 0
        for d in docs {
            let article = try ArticleDecoder().decode(Array(d.text.utf8), source: d.name)
            if !StrikeScreen.mayReport(article.text) { screenedOut += 1 }
            compareBothPaths(article)
        }
        // Most of the corpus is news without strikes: the screen must skip some of it to be worth having.
        XCTAssertGreaterThan(screenedOut, docs.count / 2)
    }

    func testSeedsGiveTheSameEventsOnBothPaths() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(files.isEmpty)
        for f in files {
            let bytes = try Array(Data(contentsOf: seeds.appendingPathComponent(f)))
            compareBothPaths(try ArticleDecoder().decode(bytes, source: f))
        }
    }

    func testScreenPassesEveryTriggerForm() {
        let reports = [
            "US warplanes struck Hajin.", "Turkish drones pounded the village.", "An airstike hit Mosul.", "An air-strike hit Mosul.",
            "Helicopters dropped barrel bombs on Daraa.", "Artillery shelling continued.", "Drone attacks on Idlib.",
            "AIRSTRIKES NEAR RAQQA", "At least 11 civilians were killed in the coalition campaign.", "Rocket fire hit the camp.",
            "ＳＴＲＩ\u{212A}Ｅ", "the STRI\u{212A}E on Raqqa", "an air’strike", "an airs7rike on Hit", "raids near Sirte",
        ]
        for r in reports {
            let tokens = Tokenizer.tokenize(Array(r.unicodeScalars), 0, r.unicodeScalars.count)
            if !TriggerReader.triggers(in: tokens).isEmpty || r.contains("killed") {
                XCTAssertTrue(StrikeScreen.mayReport(r), r)
            }
        }
        XCTAssertTrue(StrikeScreen.mayReport("the STRI\u{212A}E on Raqqa"))
        XCTAssertFalse(StrikeScreen.mayReport("Shares in London rose 2.5 percent as rain fell on Amman."))
        XCTAssertFalse(StrikeScreen.mayReport("The airport in Erbil reopened; an affair of state."))
    }

    func testDocumentsWithoutStrikesWarnAsTheFullPassesDo() throws {
        let texts = ["date 2019-03-02\nThe talks on February 30 in Amman drew 45 people.\nShares rose 1.2.3 times.\n",
                     "Markets: 31 traders met on Sept. 31 in Beirut. In the 45th minute, 30 fans left.\n",
                     "In the 45th minute, 30 fans left the stadium in Homs.\n"]
        var warned = 0
        for (k, text) in texts.enumerated() {
            let article = try ArticleDecoder().decode(Array(text.utf8), source: "news-\(k).txt")
            XCTAssertFalse(StrikeScreen.mayReport(article.text))
            compareBothPaths(article)
            warned += extractor.extract(article, allPlaces: true).diagnostics.filter { $0.message.contains("impossible date") }.count
        }
        XCTAssertEqual(warned, 2, "February 30 and Sept. 31")
    }

    func testWarningScreenFindsWhatTheSentencePassesWarnAbout() {
        for text in ["February 30", "the 32nd March", "123456789012345678901 strikes", "version 1.2.3", "on 29 February 2015",
                     "On FEB 31 jets struck", "Sept. 31", "45 people died in a raid on 3 dec 31", "the 30th, March", "30 – MARCH"] {
            XCTAssertTrue(StrikeScreen.mayWarn(Array(text.utf8)), text)
            XCTAssertTrue(Array(text.utf8).withUnsafeBufferPointer { StrikeScreen.mayWarn(utf8: $0) }, text)
        }
        // A day from 29 up gives a warning only beside a month: "45 people" in a text without one cannot.
        for text in ["on 3 March 2019", "2,000 troops", "2.5 percent", "in 2014", "12 people", "45 people died in the market",
                     "a 30-year-old doctor, 31, decided", "45 people died on 3 March", "March 3, 45 people"] {
            XCTAssertFalse(StrikeScreen.mayWarn(Array(text.utf8)), text)
            XCTAssertFalse(Array(text.utf8).withUnsafeBufferPointer { StrikeScreen.mayWarn(utf8: $0) }, text)
        }
    }

    func testGeneratorIsDeterministicAndGrowsByPrefix() {
        let g = CorpusGenerator(places: EmbeddedGazetteer.shared.places)
        let small = g.documents(totalBytes: 50_000), large = g.documents(totalBytes: 120_000)
        XCTAssertGreaterThan(large.count, small.count)
        XCTAssertEqual(small.map(\.text), Array(large.prefix(small.count)).map(\.text))
        XCTAssertEqual(CorpusGenerator(places: EmbeddedGazetteer.shared.places).document(7).text, g.document(7).text)
        XCTAssertNotEqual(g.document(7).text, g.document(8).text)
    }

    func testThreadCountDoesNotChangeTheCorpus() {
        let docs = CorpusGenerator(places: EmbeddedGazetteer.shared.places).documents(totalBytes: 150_000).map { (Array($0.text.utf8), $0.name) }
        let one = Corpus.extract(count: docs.count, read: { docs[$0] }, decoder: ArticleDecoder(), extractor: extractor, threads: 1)
        let four = Corpus.extract(count: docs.count, read: { docs[$0] }, decoder: ArticleDecoder(), extractor: extractor, threads: 4)
        XCTAssertFalse(one.events.isEmpty)
        XCTAssertEqual(GeoJSONWriter.write(one.events), GeoJSONWriter.write(four.events))
        XCTAssertEqual(one.diagnostics.map(\.description), four.diagnostics.map(\.description))
    }
}
