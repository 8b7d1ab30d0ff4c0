import StrikeMap

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
            let d = EditDistance.between(w, Array(k.lowercased()))
            if d <= limit || (w.count >= 3 && k.hasPrefix(word) && k != word) {
                if d < (best?.distance ?? Int.max) { best = (k, d) }
            }
        }
        return best?.word
    }
}
