/// A set of lowercase words asked about tokens: one bit per `Vocabulary` number, so that asking about a
/// token is a load and a test of the number it carries, where a `Set<String>` hashes the whole string with
/// SipHash every time. Every token of every sentence meets several of these sets.
struct WordSet: Sendable {
    private let bits: [UInt64]

    /// Every word must be in `Vocabulary.shared` (a precondition).
    init(_ source: some Sequence<String>) {
        let vocabulary = Vocabulary.shared
        var bits = [UInt64](repeating: 0, count: (vocabulary.count + 63) / 64)
        for word in source {
            let id = Int(vocabulary.id(word))
            precondition(id >= 0, "'\(word)' is in a word set but in no source of Vocabulary")
            bits[id >> 6] |= 1 << UInt64(id & 63)
        }
        self.bits = bits
    }

    @inline(__always)
    func contains(_ t: Token) -> Bool { contains(id: Int(t.word)) }

    func contains(_ word: String) -> Bool { contains(id: Int(Vocabulary.shared.id(word))) }

    @inline(__always)
    private func contains(id: Int) -> Bool { id >= 0 && bits[id >> 6] & (1 << UInt64(id & 63)) != 0 }
}
