import Foundation

/// Chooses one candidate per place mention using the document's context.
///
/// Scoring, highest wins (ties: more population, then smaller id):
/// - name match: exact 3, shared transliteration skeleton 1.5, one typo 1;
/// - kind: a country named as such +2, a sea or continent +4; with a province cue ("X province", "province of X") a first-order
///   unit +3 (a district +2.5, and after "X area" too), otherwise a populated place +1 (+0.8 more when a province of the
///   candidates has its name and contains it), a site +0.8, a province +0.3 (+1 with a million people or
///   more), a district +0.2;
/// - country: named right after ("Sinjar, Iraq") +3; named elsewhere in the document as a place (or by a
///   demonym before a place word: "the Syrian city of") +1.2;
/// - proximity: within 150 km of a place the document names unambiguously +1;
/// - population: log10(population + 10) / 7 (0.14 to about 1), and +0.8 for a city of a million or more.
/// There is no home region: before scoring, a candidate needs grounds in the text's own geography (the unit
/// named around it, the countries the text names, the places it names unambiguously nearby) or, in a
/// country the text never names, grounds of its own (`PlaceGrounds`). A spelling variant or typo is only a
/// candidate inside that geography, never in a country the text does not name.
struct PlaceResolver {
    let gazetteer: Gazetteer
    /// Whether mentions carry their reasons and the other candidates (for `places`, `--explain`, `lookup`);
    /// extraction alone does not format them.
    var explains = true

    struct Context {
        var countries: Set<String> = []
        /// First-order units the text names literally ("Illinois", "Kherson region"), as "CC.admin1".
        var provinces: Set<String> = []
        var anchors = AnchorGrid(radiusKm: 150)
        /// `lookup --near`: prefer candidates close to this point.
        var near: Coordinate?
    }

    /// What resolving a span gives.
    enum Resolution {
        case place(PlaceMention)
        /// Every candidate lies outside the unit the text names around it: the village is not in the
        /// gazetteer (or not under this name), and the event belongs to the unit.
        case outsideUnit
        /// Several places of the name lie in the unit, too far apart to be one: the text does not say which,
        /// and the event belongs to the unit.
        case ambiguousInUnit
        /// Every candidate lies outside the countries `--countries` allows.
        case outsideCountries
        case none
    }

    /// The best candidate inside `unit`, the unit the text says contains the place. A stated unit ("X in
    /// northern Hama", "X, Iraq") admits only candidates inside it; a listed one ("X, Hama") keeps exact
    /// names outside it but no spelling variant. `.none` when only spelling variants or typos in countries
    /// the document has no business with are left: a village missing from the gazetteer ("Sultan
    /// Abdallah") must stay unresolved, not become a town in Iran that shares its consonants.
    /// How near a place named unambiguously must be for a typo of a small place to stand (a variant may
    /// be as far as `AnchorGrid`'s radius).
    static let typoAnchorKm = 110.0

    func resolve(_ f: PlaceFinder.Found, context: Context, in unit: ContainingUnit?) -> Resolution {
        var f = f
        guard !f.candidates.isEmpty else {
            // "Qasr al-Hadid, Iraq": after a comma only a country is surely a container.
            return unit.map { $0.containment.strength == .stated || $0.place.kind == .country } == true ? .outsideUnit : .none
        }
        let allowed = context.countries
        let all0 = f.candidates
        var rejected: [(Gazetteer.Candidate, PlaceGrounds.Rejection)] = []
        // The closures read `f`'s other fields: filter a copy, never `f` while it is being changed.
        // Most rules drop nothing: the list is copied only from the first candidate dropped (each copy of a
        // candidate retains its place), and each candidate is asked once.
        func reject(_ reason: PlaceGrounds.Rejection, where drop: (Gazetteer.Candidate) -> Bool) {
            let before = f.candidates
            guard let first = before.firstIndex(where: drop) else { return }
            var kept = Array(before[..<first])
            if explains { rejected.append((before[first], reason)) }
            for c in before[(first + 1)...] {
                if !drop(c) { kept.append(c) } else if explains { rejected.append((c, reason)) }
            }
            f.candidates = kept
        }
        var insideUnit = false
        let key = NameKey.exact(f.text)
        // A register's 24,000 villages have a name one consonant off almost any word ("Esmanska" and
        // Semenivka): a register's village is met by its name or a spelling of it, never by a typo.
        reject(.variantWithoutContext) { $0.match == .typo && $0.place.kind == .registered }
        // A country is one letter off its own name ("Syira"), not a consonant off one of its names ("Mir Ali"
        // and "America").
        reject(.variantWithoutContext) { $0.match == .typo && $0.place.kind == .country && !NameAgreement.isOneEditFrom($0.place, key: key) }
        // "Sofiivka" is a dozen villages' name and Lazurne's former one: never Lazurne. (Inside a unit a
        // town that bore the name still says the name is not one village's there.)
        let former = NameAgreement.formerNames(among: all0, key: key)
        // "Iraq's Kurdistan region": a place the text puts in a country is in it, and Iran's Kordestan is not
        // meant. (A country named is a country, whatever the heading above it.)
        if f.namesNothingInQualifier { reject(.outsideQualifier) { $0.place.kind != .country } }
        // "United States, Canada, Australia": a country is in no unit a text names; the commas list them.
        let isCountry = f.candidates.contains { $0.match == .exact && $0.place.kind == .country }
        if let unit, !isCountry {
            let stated = unit.containment.strength == .stated || unit.place.kind == .country
            // One letter off inside a province is a guess: a region of Ukraine has a village for every
            // spelling of every other. Typos stand only inside a smaller unit, and a shared consonant
            // skeleton there only with the place's own name.
            let typosFit = unit.meant.kind != .province && unit.meant.kind != .country && unit.meant.kind != .region
            if !typosFit { reject(.distantSpelling) { $0.match == .skeleton && !NameAgreement.isVariantOfOwnName($0.place, key: key) } }
            // Even there a typo is one of the place's own name, not of one of its alternates: "Mir Ali, a
            // town in North Waziristan" is one consonant off an alternate of Miran Shah, the district's seat,
            // and is not that town.
            let inside = f.candidates.filter { c in
                unit.admits(c.place) && (c.match != .typo || typosFit && NameAgreement.isTypoOfOwnName(c.place, key: key))
            }
            let current = inside.filter { !former.contains($0.place.id) }
            if !current.isEmpty {
                // Spelling variants only where no exact name fits the unit.
                let exact = current.filter { $0.match == .exact }
                // (A province and the town named after it may be spelt differently: both stay.)
                let kept = exact.isEmpty ? current : exact + current.filter { c in
                    c.match == .skeleton && exact.contains { c.place.isNamesake(of: $0.place) }
                }
                // "Novodanylivka, Zaporizhia" with two Novodanylivkas in the region: the unit is what is known.
                var points = (kept + inside.filter { former.contains($0.place.id) }).filter { !$0.place.kind.isArea }
                // A register's villages are those cities500 lacks, under 500 people: beside a town of 5,000 of
                // their name they are not what a text means by it ("Kostiantynivka, Donetsk region").
                // (A monitor's "coded to Y" is a place of its gazetteer, one with a point: not the register's.)
                if f.codedTo || points.contains(where: { $0.place.kind == .populated && $0.place.population >= Self.townPopulation }) {
                    points.removeAll { $0.place.kind == .registered }
                }
                if points.count > 1, unit.meant.kind.isArea, points.contains(where: { GeoMath.distanceKm($0.place.coordinate, points[0].place.coordinate) > Self.sameplaceKm }) {
                    return .ambiguousInUnit
                }
                reject(.formerName) { former.contains($0.place.id) }
                let keptIds = Set(kept.map(\.place.id))
                reject(.outsideUnit) { !keptIds.contains($0.place.id) }
                insideUnit = true
            } else if stated {
                // "Hama in Kafr Zita": a container smaller than the place (in its country) is no container.
                // "Jilib town (Jilib, Middle Shabelle)": a district named exactly, as a note names the district
                // of a place in parentheses, is known better than the region named with it (the containment
                // is ignored with a warning).
                let namedDistrict = f.preceding == "(" && unit.place.kind == .province
                guard f.candidates.contains(where: { c in
                    c.match == .exact && c.place.country == unit.place.country && (!unit.isLarger(than: c.place) || namedDistrict && c.place.kind == .district)
                }) else { return .outsideUnit }
            } else {
                reject(.variantWithoutContext) { $0.match != .exact }
            }
        }
        reject(.formerName) { former.contains($0.place.id) }
        if !insideUnit {
            // A register's village has no point of its own: the unit the text names around it places it, or a
            // place the text names within its hromada; a country ("Ukraine") holds too many of every name.
            reject(.registeredWithoutUnit) { c in
                c.place.kind == .registered && !context.anchors.hasAnchor(near: c.place.coordinate, within: Double(c.place.radiusKm) + 25)
            }
        }
        // Outside a unit the text names, a variant spells the place's own name too ("Kamaran island" is not
        // 'Amran, whose alternates share its consonants).
        if !insideUnit { reject(.distantSpelling) { $0.match == .skeleton && $0.place.kind == .populated && !NameAgreement.isVariantOfOwnName($0.place, key: key) } }
        // A country is too large a unit to admit a variant by itself.
        if !insideUnit || unit?.place.kind == .country {
            // A spelling variant or typo of a small place needs the text's geography nearer than a country:
            // within the unit it names (above) or near the places it names unambiguously. Across a whole
            // country a variant is a guess ("Soluk" is not Şalkhad, 500 km away); in a country the text never
            // names it is never one.
            reject(.variantWithoutContext) { c in c.match != .exact && c.place.country != f.countryQualifier && !allowed.contains(c.place.country) }
            // (A province's transliteration variant stands like its name; a typo of one does not.)
            // A typo's anchor must be nearer than a variant's: one letter off matches many more names.
            let unanchored = f.candidates.filter { c in
                c.match != .exact && c.place.kind != .country && (c.place.kind != .province || c.match == .typo)
                    && !context.anchors.hasAnchor(near: c.place.coordinate, within: c.match == .typo ? Self.typoAnchorKm : nil)
            }
            // Across a whole country a variant of a small place is a guess: Ukraine has a village for every
            // spelling of every other. A typo of a city stands only in a country the text names, and never
            // for what the text calls a village or an area ("Miraale area" is not Marka).
            // A town of 15,000 that is the one variant in a country the text names stands ("Tal Rifaat" in a
            // text about Syria is Tall Rif'at).
            let variants = unanchored.filter { $0.match == .skeleton }
            let oneVariant = variants.allSatisfy { GeoMath.distanceKm($0.place.coordinate, variants[0].place.coordinate) <= 50 }
            let dropped = Set(unanchored.filter { c in
                // (A unit is named as one, "X province": one letter off a unit without that cue is another word,
                // "Interstate" is not New Jersey.)
                // Outside a unit, one letter off means one letter off the place's own name, not a consonant
                // skeleton a word shares with it.
                if c.match == .typo {
                    return c.place.population < Self.wellKnownPopulation || f.namesLocality || !allowed.contains(c.place.country)
                        || c.place.kind.isArea && !f.provinceCue && !f.areaCue || !NameAgreement.isTypoOfOwnName(c.place, key: key)
                }
                return c.place.population < Self.wellKnownPopulation
                    && !(oneVariant && c.place.population >= PlaceGrounds.knownPopulation && allowed.contains(c.place.country))
            }.map(\.place.id))
            if !dropped.isEmpty { reject(.variantWithoutContext) { dropped.contains($0.place.id) } }
        }
        if !insideUnit && !f.corroborated {
            // A place in a country the text never names needs grounds of its own (`PlaceGrounds`) or a place
            // the text names unambiguously near it: "Bara" in a note about Idlib is not Bārah in Sudan, and
            // "Buula Yaaq" is not Henderson.
            reject(.countryNotNamed) { c in
                c.place.country != f.countryQualifier && !allowed.contains(c.place.country)
                    // (What the text calls a village or an area is no famous town: "Goba village" is not Juba; the
                    // district of "the Abu Kamal area" keeps its grounds, and so does a city the text calls one,
                    // "Kherson city", which is no oblast.)
                    && (f.namesLocality && !f.namesCity && !c.place.kind.isArea || !PlaceGrounds.isSelfEvident(c, among: all0, unitCue: f.areaCue || f.provinceCue, textNamesCountries: !allowed.isEmpty, key: key))
                    && !(c.match == .exact && context.anchors.hasAnchor(near: c.place.coordinate))
                    && !Self.standsInNamedProvince(c, among: all0, context: context)
            }
        }
        if let only = gazetteer.countryFilter {
            let before = f.candidates.count
            reject(.outsideCountries) { !only.admits($0.place) }
            if before > 0, f.candidates.isEmpty { return .outsideCountries }
        }
        // (Extraction needs only the best: scored one by one, no candidate copied.)
        let all = explains ? scored(f, context: context) : best(f, context: context).map { [$0] } ?? []
        // Every candidate set aside, inside a unit the text states ("Sala Heya, Syria"): the unit is what is known.
        guard let first = all.first else {
            return unit.map { $0.containment.strength == .stated || $0.place.kind == .country } == true ? .outsideUnit : .none
        }
        var best = mention(for: first, f)
        if explains {
            if insideUnit, let unit { best.reason += "; inside \(unit.place.name) as the text says" }
            best.considered = all.dropFirst().prefix(9).map { c in
                "\(c.place.id) \(c.place.name) (\(c.place.country)) \(reason(c, f))"
            } + rejected.prefix(max(0, 9 - all.count + 1)).map { c, why in "\(c.place.id) \(c.place.name) (\(c.place.country)) rejected: \(why.rawValue)" }
        }
        return .place(best)
    }

    /// A province the text names elsewhere is its geography as much as a country it names ("Kherson: ...
    /// killed in Bilozerka", where a Greek village's alternate name keeps "Kherson" from naming Ukraine): a
    /// place named exactly in it stands, when it is the only place of the name there (a province of Ukraine
    /// holds a dozen Ivanivkas, most of them only in the register: the text does not say which). Not on the
    /// grounds of the province this very name names: "Salima" is no grounds for Salima, Malawi.
    static func standsInNamedProvince(_ c: Gazetteer.Candidate, among all: [Gazetteer.Candidate], context: Context) -> Bool {
        guard c.match == .exact, !c.place.admin1.isEmpty, !context.provinces.isEmpty,
              context.provinces.contains(c.place.country + "." + c.place.admin1) else { return false }
        return !all.contains { o in
            o.match == .exact && o.place.sharesProvince(with: c.place)
                && (o.place.kind == .province || o.place.id != c.place.id && GeoMath.distanceKm(o.place.coordinate, c.place.coordinate) > sameplaceKm)
        }
    }

    /// Places of one name closer than this are one place for the text (a town and its station, two
    /// GeoNames entries of one village).
    static let sameplaceKm = 15.0
    /// A place this large is known beyond its country: reporting names it without naming the country.
    static let wellKnownPopulation = 100_000
    /// A town ten times the size of the villages a register adds to cities500.
    static let townPopulation = 5_000
    static let metropolisPopulation = 1_000_000

    /// The extent of a country or province from the populated places the gazetteer has in it.
    func extent(of place: Place) -> GeoBox? {
        gazetteer.extent(country: place.country, admin1: place.kind == .country ? nil : place.admin1)
    }
}
