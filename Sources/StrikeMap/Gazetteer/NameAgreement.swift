/// How well a candidate's own name agrees with the name the text wrote, beyond the index's key: two
/// tests that keep a look-up from choosing a place the text's name only brushes against. (Places of the
/// embedded gazetteer carry no alternates at run time; the index's keys hold them.)
///
/// Both matter where a unit holds a thousand villages (a region of Ukraine, a country): there the
/// gazetteer's one entry of a name is often not the text's village, which registry data does not list.
enum NameAgreement {
    /// Whether `candidate` matched `key` only through a name it no longer bears, while other towns of its
    /// country bear that name as their own: "Sofiivka" is the former name of Lazurne (GeoNames keeps it
    /// among Lazurne's alternates) and the present name of a dozen villages, so a text's "Sofiivka,
    /// Kherson" is one of those, listed or not. An alternate that spells the place's own name otherwise
    /// ("Sofiyivka") is no former name; a city of 100,000 keeps its exonyms ("Kiev") beside towns less than a
    /// tenth its size; units go by their
    /// alternates ("Zaporizhia" for Zaporiz'ka Oblast') and are not judged.
    /// The ids among `all` that matched `key` only through such a former name. Each candidate's own name is
    /// spelt against the key once (pair by pair, a name of hundreds of places was quadratic in key building).
    static func formerNames(among all: [Gazetteer.Candidate], key: String) -> Set<String> {
        let keySkeleton = NameKey.skeleton(ofExact: key)
        // Whether each exact town's own name spells the key (nil: not an exact town).
        let spelt: [Bool?] = all.map { c in
            c.match == .exact && c.place.kind == .populated ? spells(c.place.name, key, keySkeleton) : nil
        }
        var former = Set<String>()
        for (k, c) in all.enumerated() where spelt[k] == false {
            let p = c.place
            // (A city of 100,000 keeps its exonyms beside villages, not beside a town a tenth its size or more
            // that bears the name: "Sloviansk" is Slovyansk's name and only Nikopol's of 1780.)
            if all.indices.contains(where: { o in
                spelt[o] == true && all[o].place.country == p.country && all[o].place.id != p.id
                    && (p.population < PlaceResolver.wellKnownPopulation || all[o].place.population * 10 >= p.population)
            }) {
                former.insert(p.id)
            }
        }
        return former
    }

    /// Whether the place's own name has the consonant skeleton of `key`: "Kostyantynivka" for
    /// "Kostiantynivka", "Deir ez-Zor" for "Dayr Az Zayr". A skeleton shared only with one of its alternates
    /// is not enough in a large unit: alternates come in every transliteration system, and "Leonivka"
    /// meets "Linovica" (a Polish spelling of Lynovytsia), "Zoryane" meets "Ozernyy" (Ozeryanivka's Russian
    /// name): a region of Ukraine has a village for most such keys.
    static func isVariantOfOwnName(_ place: Place, key: String) -> Bool {
        spells(place.name, key, NameKey.skeleton(ofExact: key))
    }

    /// Whether `name` is `key` or a transliteration of it (the same consonant skeleton).
    /// (`keySkeleton`: the key's skeleton, made once by the caller.)
    private static func spells(_ name: String, _ key: String, _ keySkeleton: String?) -> Bool {
        let mine = NameKey.exact(name)
        if mine == key { return true }
        guard let a = NameKey.skeleton(ofExact: mine), let b = keySkeleton else { return false }
        return a == b
    }

    /// Whether the place's own name is one edit (a letter added, dropped, changed or two swapped) from `key`,
    /// two for names of more than eight letters: what a typo is.
    static func isOneEditFrom(_ place: Place, key: String) -> Bool {
        let a = Array(NameKey.exact(place.name)), b = Array(key)
        guard abs(a.count - b.count) <= 2 else { return false }
        return EditDistance.between(a, b) <= (max(a.count, b.count) > 8 ? 2 : 1)
    }

    /// Whether `key` is a typo of the place's own name: one edit from it (`isOneEditFrom`), or one consonant
    /// from its skeleton ("Day az Zawr" for Deir ez-Zor), not from the skeleton of another of its names only
    /// ("Helmet" is no typo of El Monte).
    static func isTypoOfOwnName(_ place: Place, key: String) -> Bool {
        if isOneEditFrom(place, key: key) { return true }
        guard let own = NameKey.skeleton(ofExact: NameKey.exact(place.name)), let text = NameKey.skeleton(ofExact: key) else { return false }
        return EditDistance.between(Array(own), Array(text)) <= 1
    }
}
