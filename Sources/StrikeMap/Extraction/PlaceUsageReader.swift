/// How a sentence uses a place name (`PlaceUsage`), from the words on either side of it, and the
/// nationality adjectives it names countries by ("Russian warplanes": Russia, as a modifier).
enum PlaceUsageReader {
    private static let words = Lexicon.shared.usage, places = Lexicon.shared.places

    /// The usage of the name spanning tokens `first...last`; `demonym` for a nationality adjective.
    static func usage(_ first: Int, _ last: Int, _ t: [Token], demonym: Bool = false) -> PlaceUsage {
        let next = last + 1 < t.count ? t[last + 1] : nil
        let before = first > 0 ? t[first - 1] : nil
        // "Manila Cathedral", "Oxford University", "Bank of England".
        if let n = next, n.kind == .word, n.isCapitalized, words.institutionWords.contains(n) { return .embedded }
        if let b = before, b.lower == "of", first >= 2, t[first - 2].isCapitalized, words.institutionWords.contains(t[first - 2]) {
            return .embedded
        }
        guard let n = next else { return .literal }
        if n.kind == .word, !n.isCapitalized, words.placeNouns.contains(n) { return .literalModifier }
        if demonym { return .modifier }
        let located = before.map { places.locativePrepositions.contains($0) || places.partOfPlace.contains($0) } ?? false
        if located { return .literal }
        // "Russia said", "Damascus denied", "Russia's president".
        if n.kind == .word, words.metonymVerbs.contains(n) { return .metonymic }
        if n.kind == .possessive { return .modifier }
        // "US sanctions", "Iraq war": a content word right after the name.
        if n.kind == .word, !n.isCapitalized, !places.functionWords.contains(n), !places.commonWords.contains(n) { return .modifier }
        return .literal
    }

    /// The nationality adjectives of a sentence outside the spans already found (first and last tokens),
    /// each with its token and its country's code.
    static func demonyms(in t: [Token], outside spans: [(Int, Int)]) -> [(token: Int, country: String)] {
        var covered = Set<Int>()
        for (a, b) in spans { covered.formUnion(a...b) }
        var out: [(token: Int, country: String)] = []
        for i in t.indices where t[i].kind == .word && t[i].isCapitalized && !covered.contains(i) {
            if let cc = Lexicon.shared.demonyms.countries[t[i]] { out.append((i, cc)) }
        }
        return out
    }
}
