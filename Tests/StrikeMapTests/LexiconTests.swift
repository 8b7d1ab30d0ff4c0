import XCTest
@testable import StrikeMap

/// The lexicon's lists are data a programmer writes: these are the mistakes that would make a word never
/// match, found by walking every list of every concern.
final class LexiconTests: XCTestCase {
    /// Every token list of the lexicon, named "concern.list".
    private func tokenLists() -> [(name: String, words: [String])] {
        var out: [(String, [String])] = []
        for concern in Mirror(reflecting: Lexicon.shared).children {
            for list in Mirror(reflecting: concern.value).children {
                let name = "\(concern.label ?? "?").\(list.label ?? "?")"
                if let set = list.value as? WordSet { out.append((name, set.words)) }
                if let phrases = list.value as? [(phrase: WordPhrase, qualifier: CountQualifier)] { out.append((name, phrases.flatMap(\.phrase.words))) }
                if let m = list.value as? WordMap<Int> { out.append((name, m.words)) }
                if let m = list.value as? WordMap<Double> { out.append((name, m.words)) }
                if let m = list.value as? WordMap<String> { out.append((name, m.words)) }
                if let m = list.value as? WordMap<StrikeKind> { out.append((name, m.words)) }
                if let m = list.value as? WordMap<(StrikeKind, Bool)> { out.append((name, m.words)) }
                if let m = list.value as? WordMap<(Double, Double)> { out.append((name, m.words)) }
                if let m = list.value as? WordMap<[(phrase: WordPhrase, actor: String)]> {
                    out.append((name, m.words + m.entries.flatMap { $0.value.flatMap(\.phrase.words) }))
                }
            }
        }
        return out
    }

    func testEveryListIsLowercaseSingleTokensEachOnce() {
        let lists = tokenLists()
        XCTAssertGreaterThan(lists.count, 40, "the walk reaches the lists")
        for (name, words) in lists {
            XCTAssertFalse(words.isEmpty, name)
            for w in words {
                XCTAssertEqual(w, w.lowercased(), "\(name): '\(w)' has a capital; tokens are matched lowercased")
                XCTAssertFalse(w.contains(" ") || w.isEmpty, "\(name): '\(w)' is not one token")
            }
            if !name.hasPrefix("actors.") && !name.hasPrefix("counts.qualifiers") {
                XCTAssertEqual(Set(words).count, words.count, "\(name) lists a word twice")
            }
        }
    }

    func testEveryListedWordHasItsNumberAndTokensFindIt() {
        let vocabulary = Lexicon.shared.vocabulary
        for (name, words) in tokenLists() {
            for w in words { XCTAssertGreaterThanOrEqual(vocabulary.id(w), 0, "\(name): '\(w)'") }
        }
        // A word met in text gets the number its list gave it, so the set answers for the token.
        let s = Array("Jets pounded Hajin in a fresh air raid".unicodeScalars)
        let t = Tokenizer.tokenize(s, 0, s.count)
        XCTAssertTrue(Lexicon.shared.triggers.weaponSubjects[t[0]] == .airstrike)
        XCTAssertTrue(Lexicon.shared.triggers.hittingVerbs.contains(t[1]))
        XCTAssertTrue(Lexicon.shared.triggers.pairFirstWords.contains(t[6]) && Lexicon.shared.triggers.attackNouns.contains(t[7]))
        XCTAssertFalse(Lexicon.shared.triggers.hittingVerbs.contains(t[2]))
    }

    func testDocumentListsAreLowercase() {
        let d = Lexicon.shared.documents
        for w in d.abbreviations.sorted() + d.boilerplatePhrases { XCTAssertEqual(w, w.lowercased(), w) }
        XCTAssertTrue(d.boilerplatePhrases.allSatisfy { $0 == "©" || $0.utf8.count >= 3 && $0.utf8.allSatisfy { $0 < 0x80 } },
                      "the filter opens on an ASCII phrase's first three bytes (and finds © by its own)")
    }
}
