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

    /// `SkeletonHash.hash` of each of `of(s)`, in the same order, without building the variants: with
    /// `prefix[i]` the polynomial of the first i letters, `suffix[i]` that of the letters from i on (as the
    /// low terms of the whole), and `power[k]` the base to the k, each variant is a few multiplications.
    static func hashes(of s: [UInt8], _ body: (UInt64) -> Void) {
        guard s.count >= 3 else { return }
        let n = s.count, base = SkeletonHash.base
        var power = [UInt64](repeating: 1, count: n + 2)
        for k in 1..<power.count { power[k] = power[k - 1] &* base }
        var prefix = [UInt64](repeating: 0, count: n + 1)
        for i in 0..<n { prefix[i + 1] = prefix[i] &* base &+ UInt64(s[i]) &+ 1 }
        var suffix = [UInt64](repeating: 0, count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) { suffix[i] = (UInt64(s[i]) &+ 1) &* power[n - 1 - i] &+ suffix[i + 1] }
        // Deletions leave at least 4 letters.
        if n >= 5 {
            for i in 1..<n { body(SkeletonHash.mix(prefix[i] &* power[n - 1 - i] &+ suffix[i + 1])) }
        }
        for i in 1...n {
            let head = prefix[i] &* base, tail = suffix[i]
            for b in alphabet { body(SkeletonHash.mix((head &+ UInt64(b) &+ 1) &* power[n - i] &+ tail)) }
        }
        for i in 1..<n {
            let head = prefix[i] &* power[n - i], tail = suffix[i + 1], place = power[n - 1 - i]
            for b in alphabet where b != s[i] { body(SkeletonHash.mix(head &+ (UInt64(b) &+ 1) &* place &+ tail)) }
        }
    }
}
