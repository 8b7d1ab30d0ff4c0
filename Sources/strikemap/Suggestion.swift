/// "Did you mean": the nearest of a few known words to a mistyped one, by edit distance over characters,
/// as git and cargo suggest a command.
enum Suggestion {
    /// The known word nearest `word`, when it is near enough to be what was meant: at most two edits (one
    /// for words of four letters or fewer), or `word` is the start of it ("--out" for "--output"); nil else.
    static func nearest(_ word: String, among known: [String]) -> String? {
        let w = Array(word.lowercased())
        let limit = w.count <= 4 ? 1 : 2
        var best: (word: String, distance: Int)?
        for k in known {
            let d = distance(w, Array(k.lowercased()))
            if d <= limit || (w.count >= 3 && k.hasPrefix(word) && k != word) {
                if d < (best?.distance ?? Int.max) { best = (k, d) }
            }
        }
        return best?.word
    }

    /// Edit distance with adjacent transpositions ("mpa" is one edit from "map"; optimal string alignment),
    /// three rows.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
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
