import XCTest
@testable import StrikeMap

/// The tables that answer per-token and per-byte questions in constant time must answer exactly what the
/// plain collections they replace would.
final class WordTableTests: XCTestCase {
    private let text = """
        On March 3, US-led coalition warplanes struck ISIL fighters near al-Qaim and Dayr az Zawr; the Syrian army \
        shelled Hajin. "Twenty-five civilians were killed," a monitor said. A hunger strike in Amman ended. \
        Another 12 people died in air raids 2 km north of Baghouz, according to the Pentagon’s officials.
        """

    func testTokensCarryTheirVocabularyNumber() {
        let s = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(s, 0, s.count)
        let vocabulary = Lexicon.shared.vocabulary
        var known = 0
        for t in tokens {
            if let id = vocabulary.words.firstIndex(of: t.lower) {
                XCTAssertEqual(Int(t.word), id, t.lower)
                known += 1
            } else {
                XCTAssertEqual(t.word, -1, t.lower)
            }
        }
        XCTAssertGreaterThan(known, 20)
        XCTAssertEqual(Set(vocabulary.words).count, vocabulary.count, "each word is numbered once")
    }

    func testWordSetsAndMapsAnswerAsSetsAndDictionaries() {
        let s = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(s, 0, s.count)
        let lexicon = Lexicon.shared
        let set = lexicon.casualties.deaths, map = lexicon.counts.units
        let plain = Set(set.words), plainMap = Dictionary(uniqueKeysWithValues: map.entries.map { ($0.word, $0.value) })
        for t in tokens {
            XCTAssertEqual(set.contains(t), plain.contains(t.lower), t.lower)
            XCTAssertEqual(map[t], plainMap[t.lower], t.lower)
        }
        for word in ["killed", "died", "near", "Near", "strike", "", "village of"] {
            XCTAssertEqual(set.contains(word), plain.contains(word), word)
        }
        XCTAssertEqual(map["twenty"], 20)
        XCTAssertNil(map["Twenty"])
        XCTAssertTrue(tokens.contains { set.contains($0) } && tokens.contains { map[$0] != nil })
    }

    func testSkeletonFilterNeverHidesAPresentHash() {
        var index = NameHashIndex()
        // Hashes spread like real ones: the SplitMix64 finaliser of a counter.
        let present = (0..<20_000).map { SkeletonHash.mix(UInt64($0)) }
        for (k, h) in present.enumerated() { index.insert(hash: h, place: Int32(k)) }
        index.seal()
        for (k, h) in present.enumerated() {
            XCTAssertTrue(index.mayContain(hash: h))
            XCTAssertTrue(index.lookup(hash: h).contains(Int32(k)))
        }
        // About eight bits an entry: roughly one absent hash in nine passes the filter.
        let passed = (20_000..<40_000).filter { index.mayContain(hash: SkeletonHash.mix(UInt64($0))) }.count
        XCTAssertLessThan(passed, 4_000)
    }

    func testLetterRunsEndWhereTheBytewiseScanEnds() {
        // Every byte value, after runs of letters of every length up to 20, read from every offset.
        for stop in 0...255 {
            for run in 0...20 {
                var bytes = [UInt8](repeating: UInt8(ascii: "k"), count: run) + [UInt8(stop)] + Array("abc def".utf8)
                bytes[run / 2 ..< run].withUnsafeMutableBufferPointer { half in
                    for i in half.indices { half[i] = UInt8(ascii: "Q") }
                }
                bytes.withUnsafeBufferPointer { b in
                    for from in 0...run {
                        var k = from
                        while k < b.count, (b[k] | 0x20) >= 0x61, (b[k] | 0x20) <= 0x7A { k += 1 }
                        XCTAssertEqual(StrikeScreen.letterRunEnd(b, from: from), k, "byte \(stop), run \(run), from \(from)")
                    }
                }
            }
        }
    }
}
