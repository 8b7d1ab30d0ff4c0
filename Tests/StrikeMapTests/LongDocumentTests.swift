import XCTest
@testable import StrikeMap

/// Long sentences and documents (issue 17): what they give, not how fast (the benchmark's `shapes` times
/// them). Each shape here was quadratic in time or output before.
final class LongDocumentTests: XCTestCase {
    private let extractor = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared)

    private func extract(_ body: String) throws -> (events: [StrikeEvent], text: [Unicode.Scalar]) {
        let article = try ArticleDecoder().decode(Array(("date 2019-01-05\n\n" + body).utf8), source: "long.txt")
        return (extractor.extract(article, allPlaces: false).events, Array(article.text.unicodeScalars))
    }

    func testReportsInAVeryLongSentenceCarryTheirOwnPartOfIt() throws {
        let months = ["January", "February", "March", "April", "May", "June"]
        let body = (0..<600).map { "on \(1 + $0 % 28) \(months[$0 % 6]) 2018 airstrikes hit Raqqa" }.joined(separator: ", ") + ".\n"
        let (events, text) = try extract(body)
        XCTAssertGreaterThan(events.count, 100)
        for e in events {
            XCTAssertLessThanOrEqual(e.evidence.unicodeScalars.count, StrikeExtractor.longestEvidence + 100)
            XCTAssertEqual(e.evidence, String(String.UnicodeScalarView(text[e.evidenceStart..<e.evidenceEnd])), "offsets point at the evidence")
            XCTAssertTrue(e.evidence.contains("airstrikes"), e.evidence)
        }
        // The output grows with the document, not with reports × sentence.
        XCTAssertLessThan(GeoJSONWriter.write(events).count, 600 * 2_500)
    }

    func testPlacesInAVeryLongSentenceCarryTheirOwnPartOfIt() throws {
        let towns = ["Raqqa", "Mosul", "Hajin", "Kobani", "Manbij"]
        let body = "Strikes hit " + (0..<1_000).map { towns[$0 % towns.count] }.joined(separator: ", ") + ".\n"
        let article = try ArticleDecoder().decode(Array(("date 2019-01-05\n\n" + body).utf8), source: "long.txt")
        let places = extractor.extract(article).places
        XCTAssertEqual(places.count, 1_000)
        XCTAssertTrue(places.allSatisfy { $0.sentence.unicodeScalars.count <= StrikeExtractor.longestEvidence + 10 && $0.sentence.contains($0.mention.text) })
        XCTAssertEqual(places.last?.line, 3)
        XCTAssertEqual(places.last.map { $0.column - 1 + $0.mention.text.unicodeScalars.count + 1 }, body.unicodeScalars.count - 1, "columns counted on")
    }

    func testAShortSentenceIsStillItsOwnEvidence() throws {
        let (events, _) = try extract("On Friday, an airstrike hit Raqqa, killing 2 civilians.\n")
        XCTAssertEqual(events.map(\.evidence), ["On Friday, an airstrike hit Raqqa, killing 2 civilians."])
    }

    func testThousandsOfReportsAtOneTownStayApartAndMergeAsBefore() throws {
        // Each line has its count: none is a repeat of another; across documents the same lines merge.
        let line = "On Friday, near Raqqa, two strikes destroyed an ISIL fighting position.\n"
        let (events, _) = try extract(String(repeating: line, count: 1_000))
        XCTAssertEqual(events.count, 1_000)
        XCTAssertEqual(Set(events.map(\.id)).count, 1_000)
        let merged = CrossDocumentMerger.merge(events + events.map { var e = $0; e.source = "other.txt"; e.sources = ["other.txt"]; return e })
        XCTAssertEqual(merged.count, 1_000, "each report of the second document joins one of the first")
        XCTAssertTrue(merged.allSatisfy { $0.sources == ["long.txt", "other.txt"] })
    }

    func testLargeDocumentsAreScreenedByParagraph() {
        let filler = String(repeating: "The council met on Tuesday to discuss the budget of the city of Mosul. ", count: 20)
        var sentences: [Sentence] = []
        var text = "", offset = 0
        for k in 0..<1_200 {
            let body = k == 600 ? "Airstrikes hit Raqqa on Friday." : filler
            let length = body.unicodeScalars.count
            sentences.append(Sentence(start: offset, end: offset + length, line: k + 1, column: 1, paragraph: k, isFragment: false))
            text += body + "\n"
            offset += length + 1
        }
        let s = Array(text.unicodeScalars)
        let full = ParagraphScreen.fullyRead(sentences, s, text: text)
        XCTAssertGreaterThan(text.utf8.count, ParagraphScreen.minimumBytes)
        XCTAssertEqual(full.indices.filter { full[$0] }, [0, 1, 2, 3, 600, 601, 602], "the lead, the report and the two after it")
        XCTAssertTrue(ParagraphScreen.fullyRead(sentences, s, text: text, minimumBytes: text.utf8.count).allSatisfy { $0 }, "small documents are read whole")
    }
}
