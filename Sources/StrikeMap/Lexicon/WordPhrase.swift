/// Words that mean something together ("more than", "US-led coalition"), with their `Vocabulary` numbers to
/// compare with tokens' `word`. Made only by `WordRegistry`, so every word has a number: a word without
/// one (-1) would match every token no lexicon knows.
struct WordPhrase: Sendable, Equatable {
    let words: [String]
    let ids: [Int32]

    var count: Int { words.count }

    /// Whether the tokens from `i` spell the phrase (the caller checks there are `count` of them).
    @inline(__always)
    func matches(_ t: [Token], at i: Int) -> Bool {
        var k = 0
        while k < ids.count, t[i + k].word == ids[k] { k += 1 }
        return k == ids.count
    }
}
