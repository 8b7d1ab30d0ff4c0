/// Reads counts written in digits ("34,917") or words ("three thousand", "a couple hundred", "dozens"),
/// with their qualifier ("nearly", "more than", "up to").
enum CountReader {
    struct Count {
        var value: Int
        var qualifier: CountQualifier
        var firstToken: Int
        var lastToken: Int
    }

    private static let words = Lexicon.shared.counts

    /// A count that ends at token `end` (inclusive), reading backwards over its words and qualifier.
    static func count(endingAt end: Int, _ t: [Token]) -> Count? {
        guard end >= 0, end < t.count else { return nil }
        // "two billion": past a million, no count (a warning says so).
        if end + 1 < t.count, words.tooLargeScales.contains(t[end + 1]) { return nil }
        var i = end
        var value: Int?
        var qualifier = CountQualifier.exact
        if t[i].kind == .number {
            guard let v = t[i].value else { return nil }
            value = v
            // "3 thousand" is handled by the scale branch below when the scale word is last.
        } else if let v = words.vague[t[i]] {
            value = v
            qualifier = .atLeast
            if i > 0, t[i - 1].lower == "of", i > 1, words.vague[t[i - 1]] == nil { return nil }
        } else if let scale = words.scales[t[i]] {
            // "three thousand", "a couple hundred", "35 thousand"
            var j = i - 1
            var factor = 1
            if j >= 0, let u = t[j].kind == .number ? t[j].value : words.units[t[j]] {
                factor = u
                if j >= 1, t[j].lower == "couple" || t[j].lower == "dozen", t[j - 1].lower == "a" { j -= 1 }
                if j >= 1, let tens = words.units[t[j - 1]], tens >= 20, tens % 10 == 0, factor < 10 { factor += tens; j -= 1 }
            } else {
                j = i
            }
            let (product, overflow) = factor.multipliedReportingOverflow(by: scale)
            value = overflow ? nil : product
            // "a couple hundred", "a few thousand": a round figure, not a count.
            if j >= 0, j < t.count, ["couple", "few", "dozen"].contains(t[j].lower) || (j + 1 < t.count && t[j].lower == "a" && ["couple", "few"].contains(t[j + 1].lower)) {
                qualifier = .about
            }
            i = j
        } else if let u = words.units[t[i]] {
            let w = t[i].lower
            value = u
            // "twenty-five", "twenty five"
            if u < 10, i >= 2, t[i - 1].kind == .hyphen, let tens = words.units[t[i - 2]], tens >= 20 { value = tens + u; i -= 2 } else if u < 10, i >= 1, let tens = words.units[t[i - 1]], tens >= 20, tens % 10 == 0 { value = tens + u; i -= 1 }
            if w == "couple" || w == "dozen" || w == "pair" { if i >= 1, t[i - 1].lower == "a" { i -= 1 } }
        } else {
            return nil
        }
        // Past the output contract's range (a count fits 32 bits: `EventField`'s rules) it is no count.
        guard let v = value, v <= Int(Int32.max) else { return nil }
        for (phrase, q) in words.qualifiers where i - phrase.count >= 0 && phrase.matches(t, at: i - phrase.count) {
            qualifier = q
            i -= phrase.count
            break
        }
        return Count(value: v, qualifier: qualifier, firstToken: i, lastToken: end)
    }
}
