/// A set of lowercase words asked about tokens: a look-up starts from the token's precomputed hash (a
/// multiply, a probe and, on a hit, one comparison of the words), where a `Set<String>` hashes the whole
/// string with SipHash every time. Every token of every sentence meets several of these sets.
struct WordSet: Sendable {
    private let hashes: [UInt64]
    /// "" marks an empty slot (no set holds the empty word).
    private let words: [String]
    private let shift: UInt64

    init(_ source: some Sequence<String>) {
        let unique = Array(Set(source).filter { !$0.isEmpty })
        var bits: UInt64 = 3
        while (1 << bits) < unique.count * 3 { bits += 1 }
        shift = 64 - bits
        var hashes = [UInt64](repeating: 0, count: 1 << bits)
        var words = [String](repeating: "", count: 1 << bits)
        for w in unique {
            let h = NameHashIndex.hash(w.utf8)
            var k = Self.slot(h, shift)
            while !words[k].isEmpty { k = (k + 1) & (words.count - 1) }
            hashes[k] = h
            words[k] = w
        }
        self.hashes = hashes
        self.words = words
    }

    private static func slot(_ h: UInt64, _ shift: UInt64) -> Int { Int((h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private func contains(hash h: UInt64, _ word: String) -> Bool {
        var k = Self.slot(h, shift)
        while !words[k].isEmpty {
            if hashes[k] == h && words[k] == word { return true }
            k = (k + 1) & (words.count - 1)
        }
        return false
    }

    func contains(_ t: Token) -> Bool { contains(hash: t.hash, t.lower) }

    func contains(_ word: String) -> Bool { contains(hash: NameHashIndex.hash(word.utf8), word) }
}
