/// A set of lowercase words asked about tokens: one bit per `Vocabulary` number, so that asking about a
/// token is a load and a test of the number it carries, where a `Set<String>` hashes the whole string with
/// SipHash every time. Every token of every sentence meets several of these sets. Made only by
/// `WordRegistry`, which numbers its words: a set cannot hold a word the vocabulary lacks.
struct WordSet: Sendable {
    /// The words as declared, in their order.
    let words: [String]
    /// Sized for the numbers given when the set was made; later words are never in it.
    private let bits: [UInt64]

    init(words: [String], ids: [Int32]) {
        self.words = words
        var bits = [UInt64](repeating: 0, count: (Int(ids.max() ?? 0) + 64) / 64)
        for id in ids { bits[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        self.bits = bits
    }

    /// Whether the word numbered `number` (a token's `word`) is in the set.
    @inline(__always)
    func contains(number: Int32) -> Bool { contains(id: Int(number)) }

    /// Not while the lexicon is being built: the word is looked up in its vocabulary.
    func contains(_ word: String) -> Bool { contains(id: Int(Lexicon.shared.vocabulary.id(word))) }

    /// A negative number (a word no lexicon knows) reads as a huge unsigned one: one comparison rejects it
    /// and any number past the end.
    @inline(__always)
    private func contains(id: Int) -> Bool {
        let k = UInt(bitPattern: id >> 6)
        return k < UInt(bits.count) && bits[Int(k)] & (1 << UInt64(id & 63)) != 0
    }
}
