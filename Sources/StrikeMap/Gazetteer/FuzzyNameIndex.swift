import Foundation

/// Symmetric-deletion index over consonant skeletons: two skeletons within one edit share a key in their
/// one-deletion neighbourhoods. Built on first use, because most runs never need it.
final class FuzzyNameIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var deletions: [String: [String]]?

    func lookup(_ skeleton: String, skeletons: [String: [Int32]]) -> [Int32] {
        lock.lock()
        if deletions == nil { deletions = Self.build(skeletons) }
        let table = deletions!
        lock.unlock()
        var matches = Set<String>()
        for variant in Self.variants(skeleton) {
            // A typo rarely hits the first letter; requiring it keeps "Defence" from matching a town.
            for original in table[variant] ?? [] where original.utf8.first == skeleton.utf8.first && Self.withinOneEdit(original, skeleton) {
                matches.insert(original)
            }
        }
        return matches.sorted().flatMap { skeletons[$0] ?? [] }
    }

    private static func build(_ skeletons: [String: [Int32]]) -> [String: [String]] {
        var table: [String: [String]] = [:]
        for key in skeletons.keys where key.utf8.count >= 4 {
            for v in variants(key) { table[v, default: []].append(key) }
        }
        return table
    }

    private static func variants(_ s: String) -> Set<String> {
        let b = Array(s.utf8)
        var out: Set<String> = [s]
        for i in b.indices {
            var c = b
            c.remove(at: i)
            out.insert(String(decoding: c, as: UTF8.self))
        }
        return out
    }

    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        if abs(x.count - y.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}
