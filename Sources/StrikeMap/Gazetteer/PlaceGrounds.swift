/// What lets a candidate stand as the place a text means when nothing else in the text points at its
/// country. A wrong point is worse than none: the world has 17 Oleksandrivkas and a Bingen for every
/// Bangeeni, so a place in a country the text never names needs a name the reader cannot mistake:
/// - a country, sea or continent named exactly;
/// - a city of a million or more named exactly;
/// - a place of 15,000 people or more named exactly, the only one of that size with that name (a town and
///   the province named after it count as one).
/// Everything else stands only inside the text's own geography: the countries it names, the unit it names
/// around the place, or near the places it names unambiguously (`PlaceResolver`).
enum PlaceGrounds {
    static let knownPopulation = 15_000
    static let metropolisPopulation = 1_000_000

    static func isSelfEvident(_ c: Gazetteer.Candidate, among all: [Gazetteer.Candidate]) -> Bool {
        guard c.match == .exact else { return false }
        switch c.place.kind {
        case .country, .water, .region: return true
        case .province, .district, .populated, .site: break
        }
        if c.place.population >= metropolisPopulation { return true }
        guard c.place.population >= knownPopulation else { return false }
        return !all.contains { o in
            o.match == .exact && o.place.id != c.place.id && o.place.population >= knownPopulation && !o.place.sharesProvince(with: c.place)
        }
    }

    /// Why a candidate was set aside, for `--explain` and `lookup`.
    enum Rejection: String, Sendable {
        case countryNotNamed = "in a country the text never names, and neither a famous name nor near the places the text names"
        case variantWithoutContext = "a spelling variant with nothing in the text near it"
        case outsideUnit = "outside the unit the text names around it"
        case outsideCountries = "outside the countries --countries allows"
    }
}
