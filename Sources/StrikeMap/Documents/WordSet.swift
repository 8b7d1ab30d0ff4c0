/// A set of lowercase words asked about tokens: a look-up starts from the token's precomputed hash (a
/// multiply, a probe and, on a hit, one comparison of the words), where a `Set<String>` hashes the whole
/// string with SipHash every time. Every token of every sentence meets several of these sets.
struct WordSet: Sendable {
    private let slots: HashSlots<String>

    init(_ source: some Sequence<String>) {
        slots = HashSlots(Set(source).map { (FNV1a.hash($0.utf8), $0) })
    }

    func contains(_ t: Token) -> Bool { slots.first(t.hash) { $0 == t.lower } != nil }

    func contains(_ word: String) -> Bool { slots.first(FNV1a.hash(word.utf8)) { $0 == word } != nil }
}
