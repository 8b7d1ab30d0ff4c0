/// Numbers written in words and the qualifiers of a count: what `CountReader` reads.
struct CountWords: Sendable {
    /// Units and tens, and words that stand for a small number ("a", "a couple", "a dozen").
    let units: WordMap<Int>
    /// Multipliers after a unit ("three thousand").
    let scales: WordMap<Int>
    /// "two billion": beyond any count a report makes.
    let tooLargeScales: WordSet
    /// Vague plurals: the lower bound they promise.
    let vague: WordMap<Int>
    /// Before a count: how the number bounds the true one. The first that matches is taken ("no fewer than"
    /// is listed before "fewer than").
    let qualifiers: [(phrase: WordPhrase, qualifier: CountQualifier)]

    init(_ r: inout WordRegistry) {
        units = r.map([
            "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
            "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "single": 1, "another": 1,
            "dozen": 12, "couple": 2, "pair": 2,
        ])
        scales = r.map(["hundred": 100, "thousand": 1000, "million": 1_000_000])
        // Past a million no report counts strikes or people: read only to be refused with a warning.
        tooLargeScales = r.set(["billion", "billions", "trillion", "trillions", "quadrillion"])
        vague = r.map(["dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "several": 3, "multiple": 2, "numerous": 2])
        let qualifiers: [([String], CountQualifier)] = [
            (["more", "than"], .atLeast), (["at", "least"], .atLeast), (["over"], .atLeast), (["upwards", "of"], .atLeast),
            (["no", "fewer", "than"], .atLeast), (["at", "most"], .atMost), (["up", "to"], .atMost), (["less", "than"], .atMost),
            (["fewer", "than"], .atMost), (["under"], .atMost), (["nearly"], .about), (["almost"], .about), (["about"], .about),
            (["around"], .about), (["approximately"], .about), (["roughly"], .about), (["some"], .about), (["an", "estimated"], .about),
            (["estimated"], .about), (["close", "to"], .about),
        ]
        self.qualifiers = qualifiers.map { (r.phrase($0.0), $0.1) }
    }
}
