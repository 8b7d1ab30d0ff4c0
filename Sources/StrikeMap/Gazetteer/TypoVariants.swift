/// Every consonant skeleton one edit (deletion, insertion or substitution) away from a query's, keeping
/// the first letter: a typo rarely hits the first letter, and requiring it keeps "Defence" from matching
/// a town. Generating variants and looking each up in the sorted skeleton index needs no index of its
/// own (a deletion index over the world gazetteer's names would take seconds and hundreds of MB).
enum TypoVariants {
    /// Letters a skeleton can contain (vowels, w and y are dropped; q is k).
    private static let alphabet = Array("bcdfghjklmnprstvxz".utf8)

    static func of(_ s: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        guard s.count >= 3 else { return out }
        // Deletions leave at least 4 letters.
        if s.count >= 5 {
            for i in 1..<s.count {
                var v = s
                v.remove(at: i)
                out.append(v)
            }
        }
        for i in 1...s.count {
            for b in alphabet {
                var v = s
                v.insert(b, at: i)
                out.append(v)
            }
        }
        for i in 1..<s.count {
            for b in alphabet where b != s[i] {
                var v = s
                v[i] = b
                out.append(v)
            }
        }
        return out
    }

    /// `NameHashIndex.hash` of each of `of(s)`, in the same order, without building the variants: FNV-1a
    /// goes left to right, so each variant's hash continues the hash of its unchanged prefix. Looking up
    /// two hundred variants of a six-letter skeleton was a tenth of extraction when each was an array.
    static func hashes(of s: [UInt8], _ body: (UInt64) -> Void) {
        guard s.count >= 3 else { return }
        var prefix = [UInt64](repeating: FNV1a.basis, count: s.count + 1)
        for i in s.indices { prefix[i + 1] = FNV1a.step(prefix[i], s[i]) }
        func continued(_ state: UInt64, from k: Int) -> UInt64 {
            var h = state
            for j in k..<s.count { h = FNV1a.step(h, s[j]) }
            return h
        }
        if s.count >= 5 {
            for i in 1..<s.count { body(continued(prefix[i], from: i + 1)) }
        }
        for i in 1...s.count {
            for b in alphabet { body(continued(FNV1a.step(prefix[i], b), from: i)) }
        }
        for i in 1..<s.count {
            for b in alphabet where b != s[i] { body(continued(FNV1a.step(prefix[i], b), from: i + 1)) }
        }
    }
}
