/// Reads counts written in digits ("34,917") or words ("three thousand", "a couple hundred", "dozens"),
/// with their qualifier ("nearly", "more than", "up to").
enum CountReader {
    struct Count {
        var value: Int
        var qualifier: CountQualifier
        var firstToken: Int
        var lastToken: Int
    }

    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "single": 1, "another": 1,
        "dozen": 12, "couple": 2, "pair": 2,
    ]
    static let scales: [String: Int] = ["hundred": 100, "thousand": 1000, "million": 1_000_000]
    /// Vague plurals: a lower bound only.
    static let vague: [String: Int] = ["dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "several": 3, "multiple": 2, "numerous": 2]

    static let qualifiers: [([String], CountQualifier)] = [
        (["more", "than"], .atLeast), (["at", "least"], .atLeast), (["over"], .atLeast), (["upwards", "of"], .atLeast),
        (["no", "fewer", "than"], .atLeast), (["at", "most"], .atMost), (["up", "to"], .atMost), (["less", "than"], .atMost),
        (["fewer", "than"], .atMost), (["under"], .atMost), (["nearly"], .about), (["almost"], .about), (["about"], .about),
        (["around"], .about), (["approximately"], .about), (["roughly"], .about), (["some"], .about), (["an", "estimated"], .about),
        (["estimated"], .about), (["close", "to"], .about),
    ]
    private static let unitMap = WordMap(units), scaleMap = WordMap(scales), vagueMap = WordMap(vague)
    /// `qualifiers` by the `Vocabulary` numbers of their words, compared with the tokens' numbers.
    private static let qualifierIds: [([Int32], CountQualifier)] = qualifiers.map { (Vocabulary.shared.ids($0), $1) }

    /// The words above, for `Vocabulary`.
    static var vocabulary: [String] { Array(units.keys) + scales.keys + vague.keys + qualifiers.flatMap(\.0) }

    /// A count that ends at token `end` (inclusive), reading backwards over its words and qualifier.
    static func count(endingAt end: Int, _ t: [Token]) -> Count? {
        guard end >= 0, end < t.count else { return nil }
        var i = end
        var value: Int?
        var qualifier = CountQualifier.exact
        if t[i].kind == .number {
            guard let v = t[i].value else { return nil }
            value = v
            // "3 thousand" is handled by the scale branch below when the scale word is last.
        } else if let v = vagueMap[t[i]] {
            value = v
            qualifier = .atLeast
            if i > 0, t[i - 1].lower == "of", i > 1, vagueMap[t[i - 1]] == nil { return nil }
        } else if let scale = scaleMap[t[i]] {
            // "three thousand", "a couple hundred", "35 thousand"
            var j = i - 1
            var factor = 1
            if j >= 0, let u = t[j].kind == .number ? t[j].value : unitMap[t[j]] {
                factor = u
                if j >= 1, t[j].lower == "couple" || t[j].lower == "dozen", t[j - 1].lower == "a" { j -= 1 }
                if j >= 1, let tens = unitMap[t[j - 1]], tens >= 20, tens % 10 == 0, factor < 10 { factor += tens; j -= 1 }
            } else {
                j = i
            }
            value = factor * scale
            // "a couple hundred", "a few thousand": a round figure, not a count.
            if j >= 0, j < t.count, ["couple", "few", "dozen"].contains(t[j].lower) || (j + 1 < t.count && t[j].lower == "a" && ["couple", "few"].contains(t[j + 1].lower)) {
                qualifier = .about
            }
            i = j
        } else if let u = unitMap[t[i]] {
            let w = t[i].lower
            value = u
            // "twenty-five", "twenty five"
            if u < 10, i >= 2, t[i - 1].kind == .hyphen, let tens = unitMap[t[i - 2]], tens >= 20 { value = tens + u; i -= 2 } else if u < 10, i >= 1, let tens = unitMap[t[i - 1]], tens >= 20, tens % 10 == 0 { value = tens + u; i -= 1 }
            if w == "couple" || w == "dozen" || w == "pair" { if i >= 1, t[i - 1].lower == "a" { i -= 1 } }
        } else {
            return nil
        }
        guard let v = value else { return nil }
        for (words, q) in qualifierIds where i - words.count >= 0 {
            if zip(words, t[(i - words.count)..<i]).allSatisfy({ $0 == $1.word }) {
                qualifier = q
                i -= words.count
                break
            }
        }
        return Count(value: v, qualifier: qualifier, firstToken: i, lastToken: end)
    }
}
