/// Edit distance with adjacent transpositions (optimal string alignment): the letters added, dropped or
/// changed, and pairs swapped, to turn one sequence into another. For typos of place names (`NameAgreement`)
/// and the command line's "did you mean" alike. Three rows: memory linear in the shorter input's length.
public enum EditDistance {
    public static func between<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1), previous = Array(0...b.count), current = before
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], before[j - 2] + 1) }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
