/// Words that mean something together ("more than", "US-led coalition"), with their `Vocabulary` numbers to
/// compare with tokens' `word` (`matches`, in Documents). Made only by `WordRegistry`, so every word has a number: a word without
/// one (-1) would match every token no lexicon knows.
struct WordPhrase: Sendable, Equatable {
    let words: [String]
    let ids: [Int32]

    var count: Int { words.count }
}
