import XCTest
@testable import StrikeMap

final class DocumentsTests: XCTestCase {
    func testDateHeaderWithTextOnSameLine() throws {
        let a = try ArticleDecoder().decode(Array(" date 2019-01-05 US President spoke.".utf8), source: "a.txt")
        XCTAssertEqual(a.published, CalendarDay(year: 2019, month: 1, day: 5))
        XCTAssertEqual(String(String.UnicodeScalarView(Array(a.text.unicodeScalars)[a.bodyStart...])), "US President spoke.")
    }

    func testFrontMatterDateAndCRLF() throws {
        let a = try ArticleDecoder().decode(Array("---\r\ntitle: x\r\ndate: 2020-03-04\r\n---\r\nBody.".utf8), source: "b.md")
        XCTAssertEqual(a.published?.description, "2020-03-04")
        XCTAssertFalse(a.text.contains("\r"))
    }

    func testPublishedOverrideWins() throws {
        let a = try ArticleDecoder(publishedOverride: CalendarDay(iso: "2021-01-01")).decode(Array("date 2019-01-05 x".utf8), source: "c")
        XCTAssertEqual(a.published?.description, "2021-01-01")
    }

    func testInvalidBytesReplacedAndReported() throws {
        let a = try ArticleDecoder().decode([0x41, 0xFF, 0x42, 0x2E], source: "bad.txt")
        XCTAssertEqual(a.text, "A\u{FFFD}B.")
        XCTAssertEqual(a.diagnostics.count, 1)
        XCTAssertTrue(a.diagnostics[0].message.contains("byte offset 1"))
    }

    func testEmptyAndBinaryRefused() {
        XCTAssertThrowsError(try ArticleDecoder().decode(Array("  \n ".utf8), source: "e.txt")) { XCTAssertEqual($0 as? DocumentError, .empty(path: "e.txt")) }
        XCTAssertThrowsError(try ArticleDecoder().decode([0x89, 0x50, 0x4E, 0x47, 0, 1], source: "p.txt")) {
            XCTAssertEqual($0 as? DocumentError, .binary(path: "p.txt", reason: "PNG image"))
        }
    }

    func testMalformedDateHeaderWarns() throws {
        let a = try ArticleDecoder().decode(Array("date 2019-13-45 Text.".utf8), source: "m.txt")
        XCTAssertNil(a.published)
        XCTAssertTrue(a.diagnostics.contains { $0.message.contains("malformed date header") })
    }

    func testSentenceSplitKeepsAbbreviations() {
        let s = Array("On Nov. 1, U.S. forces struck. Gen. Smith spoke! Next one?\nA heading".unicodeScalars)
        let sentences = SentenceSplitter.split(s, from: 0).map { String(String.UnicodeScalarView(s[$0.start..<$0.end])) }
        XCTAssertEqual(sentences, ["On Nov. 1, U.S. forces struck.", "Gen. Smith spoke!", "Next one?", "A heading"])
    }

    func testBoilerplate() {
        let s = Array("Leave a Reply".unicodeScalars)
        let sentence = SentenceSplitter.split(s, from: 0)[0]
        XCTAssertTrue(BoilerplateFilter.isBoilerplate(s, sentence, phrases: BoilerplateFilter.phraseSpans("Leave a Reply")))
    }

    func testPhraseSpansFindEveryPhraseOfEachSentence() {
        // Phrases after scalars of two, three and four bytes, across sentence ends, in any case, overlapping.
        let text = "Café © Reuters. Ḩamā: leave a REPLY 🚀 now. Your email addr. Follow\nus! www.x.org. Share this article"
            + " about Raqqa. Sign up. Read more? Subscribe http://a.b (Photo by AP) né subscribe"
        let s = Array(text.unicodeScalars)
        let spans = BoilerplateFilter.phraseSpans(text)
        XCTAssertGreaterThan(spans.count, 8)
        for sentence in SentenceSplitter.split(s, from: 0) {
            let words = String(String.UnicodeScalarView(s[sentence.start..<sentence.end]))
            // The reference: the sentence's text, lowercased, contains a phrase (this text lowercases
            // scalar for scalar, so offsets stay put).
            let holdsPhrase = Lexicon.shared.documents.boilerplatePhrases.contains { words.lowercased().contains($0) }
            XCTAssertEqual(spans.contains { $0.lowerBound >= sentence.start && $0.upperBound <= sentence.end }, holdsPhrase, words)
            if holdsPhrase { XCTAssertTrue(BoilerplateFilter.isBoilerplate(s, sentence, phrases: spans), words) }
        }
        for span in spans {
            let found = String(String.UnicodeScalarView(s[span])).lowercased()
            XCTAssertTrue(Lexicon.shared.documents.boilerplatePhrases.contains(found), found)
        }
    }

    func testDateHeadersReadOnTheBytesAsOnTheScalars() throws {
        // The ASCII fast path and the scalar reader: same date, body start and warnings.
        let cases: [(String, String?, Int)] = [
            ("date 2019-01-05 Body", "2019-01-05", 16), ("\n\t DATE:\t2019-01-05\nBody", "2019-01-05", 19),
            ("Date 2019-02-29 x", nil, 0), ("date 2019-1-05 x", nil, 0), ("date 2019-01-05\u{2003}Body", "2019-01-05", 15),
            ("date +201-01-05 x", nil, 0), ("dates 2019-01-05", nil, 0), ("date 2019-01-05", "2019-01-05", 15),
        ]
        for (text, date, body) in cases {
            let a = try ArticleDecoder().decode(Array(text.utf8), source: "h.txt")
            XCTAssertEqual(a.published?.description, date, text)
            XCTAssertEqual(a.bodyStart, body, text)
            XCTAssertEqual(a.diagnostics.count, date == nil && text.lowercased().hasPrefix("date ") ? 1 : 0, text)
        }
        XCTAssertEqual(CalendarDay(iso: "2019-12-31")?.description, "2019-12-31")
        XCTAssertNil(CalendarDay(iso: "2019-13-01"))
        XCTAssertNil(CalendarDay(iso: "2019-12-3x"))
        XCTAssertNil(CalendarDay(iso: "2019/12/31"))
        XCTAssertNil(CalendarDay(iso: "+201-12-31"), "digits only: Int(\"+201\") would read a sign")
    }

    func testScalarTextIsTheStringOfTheScalars() {
        let s = Array("Dayr al-Zawr, دير الزور, Mar’a; ḨAMA 🚀 x\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}".unicodeScalars)
        for a in [0, 3, 14, 20] {
            for b in [a, a + 1, s.count] where b <= s.count {
                XCTAssertEqual(s.text(a..<b), String(String.UnicodeScalarView(s[a..<b])), "\(a)..<\(b)")
            }
        }
        let text = String(String.UnicodeScalarView(s))
        XCTAssertEqual([Unicode.Scalar](scalarsOf: text), s)
        XCTAssertEqual([Unicode.Scalar](scalarsOf: ""), [])
    }
}
