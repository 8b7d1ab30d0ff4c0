/// A word, number or punctuation mark of a sentence, by scalar offsets into the document.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, hyphen, possessive, punctuation }

    // Fields ordered largest first: 64 bytes a token instead of 80 (Swift lays a struct out in order).
    /// Lowercased text with every apostrophe form written as `'`.
    let lower: String
    /// `FNV1a.hash` of `lower`, computed once.
    let hash: UInt64
    var start: Int
    var end: Int
    /// For numbers: the value, nil when too large for an integer.
    var value: Int?
    /// `lower`'s number in `Lexicon.shared.vocabulary`, -1 for a word no lexicon knows: what `WordSet` and `WordMap`
    /// ask.
    let word: Int32
    var kind: Kind
    /// First letter is uppercase, or the word is in a script without case (Arabic).
    var isCapitalized: Bool

    init(start: Int, end: Int, kind: Kind, lower: String, isCapitalized: Bool, value: Int?) {
        var bytes = lower
        let hash = bytes.withUTF8 { FNV1a.hash($0) }
        self.init(start: start, end: end, kind: kind, lower: lower, isCapitalized: isCapitalized, value: value, hash: hash,
                  word: Lexicon.shared.vocabulary.id(hash, lower))
    }

    /// A token whose `hash` and `word` (`Lexicon.shared.vocabulary`'s number for `lower`) the caller found.
    init(start: Int, end: Int, kind: Kind, lower: String, isCapitalized: Bool, value: Int?, hash: UInt64, word: Int32) {
        self.start = start
        self.end = end
        self.kind = kind
        self.lower = lower
        self.isCapitalized = isCapitalized
        self.value = value
        self.hash = hash
        self.word = word
    }

    func isWord(_ w: String) -> Bool { kind == .word && lower == w }
}
