/// What lets a candidate stand as the place a text means when nothing else in the text points at its
/// country. A wrong point is worse than none: the world has 17 Oleksandrivkas and a Bingen for every
/// Bangeeni, so a place in a country the text never names needs a name the reader cannot mistake:
/// - a country, sea or continent named exactly;
/// - a city of a million or more named exactly;
/// - a place of 15,000 people or more named exactly (100,000 when the text names other countries: a town
///   of 17,000 in Sudan is not what a note about Idlib means), by its own name when another place a tenth
///   of its size or more bears the name as its own, the only one of that size with that name
///   but for places a fifth of its size or less (GeoNames' alternate names give a Japanese town of 26,000
///   the name "Hama"); a town and the province named after it count as one, and so do places of one
///   name closer than `PlaceResolver.sameplaceKm` (Rafah on both sides of a border), and a town and a
///   unit of its own country named like it (Washington, D.C. and the state);
/// - a site ("Mezzeh military airport") or a unit the text calls one ("the Akre district") named exactly,
///   the only one of its kind with that name in the world.
/// Everything else stands only inside the text's own geography: the countries it names, the unit it names
/// around the place, or near the places it names unambiguously (`PlaceResolver`).
enum PlaceGrounds {
    static let knownPopulation = 15_000
    static let metropolisPopulation = 1_000_000
    static let wellKnownPopulation = 100_000

    /// `key`: the name as written (`NameKey.exact`), when the caller has it.
    static func isSelfEvident(_ c: Gazetteer.Candidate, among all: [Gazetteer.Candidate], unitCue: Bool = false,
                              textNamesCountries: Bool = false, key: String? = nil) -> Bool {
        guard c.match == .exact else { return false }
        switch c.place.kind {
        case .country, .water, .region: return true
        case .site, .district, .province:
            if c.place.kind == .site || unitCue, !all.contains(where: { $0.match == .exact && $0.place.kind == c.place.kind && $0.place.id != c.place.id }) {
                return true
            }
        case .populated: break
        // A register's village has no point of its own to stand on.
        case .registered: return false
        }
        if c.place.population >= metropolisPopulation { return true }
        guard c.place.population >= (textNamesCountries ? wellKnownPopulation : knownPopulation) else { return false }
        // "Jermuk" is the Armenian town's own name and only an old alternate of Çermik in Turkey: a name a
        // place bears among its alternates is not unmistakable beside a place that bears it as its own.
        if let key, NameKey.exact(c.place.name) != key, all.contains(where: { o in
            o.match == .exact && o.place.id != c.place.id && !o.place.sharesProvince(with: c.place)
                && o.place.population * 10 >= c.place.population && NameKey.exact(o.place.name) == key
        }) { return false }
        return !all.contains { o in
            o.match == .exact && o.place.id != c.place.id && o.place.population >= knownPopulation && !o.place.sharesProvince(with: c.place)
                // (A unit of the town's own country named like it is not another town: Washington, D.C. and the state.)
                && !(o.place.kind.isArea && o.place.kind != .country && o.place.country == c.place.country && c.place.kind == .populated)
                && o.place.population * 5 > c.place.population
                && GeoMath.distanceKm(o.place.coordinate, c.place.coordinate) > PlaceResolver.sameplaceKm
        }
    }

    /// Why a candidate was set aside, for `--explain` and `lookup`.
    enum Rejection: String, Sendable {
        case countryNotNamed = "in a country the text never names, and neither a famous name nor near the places the text names"
        case variantWithoutContext = "a spelling variant with nothing in the text near it"
        case outsideUnit = "outside the unit the text names around it"
        case outsideCountries = "outside the countries --countries allows"
        case outsideQualifier = "in another country than the one the text names with it"
        case registeredWithoutUnit = "a village a register places only by its unit, and the text names neither the unit nor a place near it"
        case formerName = "a name it once bore, and other towns of its country bear now"
        case distantSpelling = "a spelling of one of its other names, not of its own, in a unit this large"
    }
}
