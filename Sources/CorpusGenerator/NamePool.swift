import StrikeMap

/// The place names the generated articles use: towns and provinces of Syria, Iraq and Libya from the
/// gazetteer with their alternate spellings, transliteration variants and occasional typos, as reporting
/// writes them; and places elsewhere for news that is not about strikes.
struct NamePool: Sendable {
    struct Town: Sendable {
        var names: [String]
        var country: String
        var province: String?
    }

    var conflictTowns: [Town] = []
    var otherTowns: [Town] = []
    /// Places the gazetteer does not hold, as world news names them.
    let worldCities = ["London", "Washington", "Brussels", "Geneva", "Tokyo", "Nairobi", "Lagos", "Sao Paulo", "Mumbai",
                       "Sydney", "Toronto", "Berlin", "Paris", "Madrid", "Seoul", "Jakarta", "Mexico City", "Moscow"]
    static let countryNames = ["SY": "Syria", "IQ": "Iraq", "LY": "Libya", "TR": "Turkey", "JO": "Jordan", "LB": "Lebanon",
                               "EG": "Egypt", "IR": "Iran", "SA": "Saudi Arabia", "KW": "Kuwait", "TN": "Tunisia", "IL": "Israel"]

    init(places: [Place]) {
        var provinces: [String: String] = [:]
        for p in places where p.kind == .province { provinces[p.country + "." + p.admin1] = p.name }
        for p in places where p.kind == .populated && p.population >= 2000 && Self.countryNames[p.country] != nil {
            var names = [p.name]
            for a in p.alternateNames where Self.isLatinName(a) && !names.contains(a) && names.count < 8 { names.append(a) }
            let town = Town(names: names, country: p.country, province: provinces[p.country + "." + p.admin1])
            if ["SY", "IQ", "LY"].contains(p.country) { conflictTowns.append(town) } else if p.population >= 20000 { otherTowns.append(town) }
        }
        precondition(!conflictTowns.isEmpty && !otherTowns.isEmpty, "the gazetteer has no towns in the region")
    }

    /// Names a writer of English news would type: Latin letters, capitalised, not a code.
    static func isLatinName(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, f.properties.isUppercase, s.count >= 3, s.count <= 30 else { return false }
        return s.unicodeScalars.allSatisfy { $0.value < 0x250 || $0.value == 0x2019 || $0.value == 0x2018 }
    }

    /// One way of writing the town: usually a known spelling, sometimes a transliteration variant, rarely a
    /// typo (as real copy has: "Dayz Az Zawr", "Tallafar").
    func spelling(of town: Town, _ rng: inout SplitMix64) -> String {
        var name = rng.chance(60) ? town.names[0] : rng.pick(town.names)
        if rng.chance(15) { name = Self.variant(name, &rng) }
        if rng.chance(3) { name = Self.typo(name, &rng) }
        return name
    }

    static func variant(_ name: String, _ rng: inout SplitMix64) -> String {
        let swaps = [("Deir", "Dayr"), ("Dayr", "Deir"), ("Al ", "Al-"), ("Al-", "Al "), ("ou", "u"), ("q", "k"), ("ah", "a"),
                     ("ee", "i"), ("Ar ", "Al-"), ("As ", "As-"), ("Tall ", "Tal "), ("zz", "z")]
        for _ in 0..<2 {
            let (a, b) = rng.pick(swaps)
            if let r = name.range(of: a) { return name.replacingCharacters(in: r, with: b) }
        }
        return name
    }

    static func typo(_ name: String, _ rng: inout SplitMix64) -> String {
        var c = Array(name)
        guard c.count >= 6 else { return name }
        let i = 1 + rng.below(c.count - 2)
        guard c[i].isLetter, c[i + 1].isLetter else { return name }
        if rng.chance(50) { c.swapAt(i, i + 1) } else { c.remove(at: i) }
        return String(c)
    }
}
