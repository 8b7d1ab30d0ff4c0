import Foundation

/// Chooses one candidate per place mention using the document's context.
///
/// Scoring, highest wins (ties: more population, then smaller id):
/// - name match: exact 3, shared transliteration skeleton 1.5, one typo 1;
/// - kind: a country named as such +2; with a province cue ("X province", "province of X") a first-order
///   unit +3 (a district +2.5, and after "X area" too), otherwise a populated place +1 (+0.8 more when a province of the
///   candidates has its name and contains it), a site +0.8, a province +0.3 (+1 with a million people or
///   more), a district +0.2;
/// - country: named right after ("Sinjar, Iraq") +3; named elsewhere in the document (or by a demonym)
///   +1.2; one of the focus countries (Syria, Iraq, Libya) +0.6;
/// - proximity: within 150 km of a place the document names unambiguously +1;
/// - population: log10(population + 10) / 7 (0.14 to about 1), and +0.8 for a city of a million or more.
/// A spelling variant or typo is only a candidate in a country the document names, in Syria, Iraq or
/// Libya unless the document names some of them and not this one, or in the one that qualifies the name.
struct PlaceResolver {
    let gazetteer: Gazetteer
    /// Whether mentions carry their reasons and the other candidates (for `places`, `--explain`, `lookup`);
    /// extraction alone does not format them.
    var explains = true

    /// The countries this product is about; other candidates need stronger evidence.
    static let focusCountries: Set<String> = ["SY", "IQ", "LY"]

    struct Context {
        var countries: Set<String> = []
        var anchors = AnchorGrid(radiusKm: 150)
        /// `lookup --near`: prefer candidates close to this point.
        var near: Coordinate?
    }

    func context(for found: [PlaceFinder.Found], demonymCountries: Set<String>) -> Context {
        var ctx = Context(countries: demonymCountries)
        // Candidates are read in place (a copy of one retains every string of its place).
        for f in found.indices {
            let candidates = found[f].candidates
            var countryFound = false, exactPlaces = 0, anchor: Coordinate?
            // A name that is exactly places of one country only, one of them a province or a well-known town,
            // names that country ("Idlib" names Syria).
            var soleCountry: String?, oneCountry = true, wellKnown = false
            for k in candidates.indices where candidates[k].match == .exact {
                let p = candidates[k].place
                if soleCountry == nil { soleCountry = p.country } else if soleCountry != p.country { oneCountry = false }
                if p.kind == .province || p.population >= Self.wellKnownPopulation { wellKnown = true }
            }
            if oneCountry, wellKnown, let soleCountry { ctx.countries.insert(soleCountry) }
            for k in candidates.indices where candidates[k].match == .exact {
                if candidates[k].place.kind == .country {
                    // The first country named exactly.
                    if !countryFound { ctx.countries.insert(candidates[k].place.country); countryFound = true }
                } else {
                    exactPlaces += 1
                    if exactPlaces == 1 { anchor = candidates[k].place.coordinate }
                }
            }
            // A name that is exactly one place anchors the document there; a town and the province or
            // district named after it ("Al Hasakah") are one place for this.
            if exactPlaces >= 2, let town = candidates.first(where: { $0.match == .exact && $0.place.kind == .populated })?.place {
                let units = candidates.filter { c in
                    c.match == .exact && (c.place.kind == .province || c.place.kind == .district) && c.place.sharesProvince(with: town)
                }.count
                if exactPlaces - units == 1 { exactPlaces = 1; anchor = town.coordinate }
            }
            if exactPlaces == 1, let anchor { ctx.anchors.insert(anchor) }
        }
        return ctx
    }

    /// What resolving a span gives.
    enum Resolution {
        case place(PlaceMention)
        /// Every candidate lies outside the unit the text names around it: the village is not in the
        /// gazetteer (or not under this name), and the event belongs to the unit.
        case outsideUnit
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
        let namesFocus = !context.countries.isDisjoint(with: Self.focusCountries)
        let allowed = namesFocus ? context.countries : context.countries.union(Self.focusCountries)
        var insideUnit = false
        // "United States, Canada, Australia": a country is in no unit a text names; the commas list them.
        let isCountry = f.candidates.contains { $0.match == .exact && $0.place.kind == .country }
        if let unit, !isCountry {
            let stated = unit.containment.strength == .stated || unit.place.kind == .country
            let inside = f.candidates.filter { unit.admits($0.place) }
            if !inside.isEmpty {
                // Spelling variants only where no exact name fits the unit.
                let exact = inside.filter { $0.match == .exact }
                f.candidates = exact.isEmpty ? inside : exact
                insideUnit = true
            } else if stated {
                // "Hama in Kafr Zita": a container smaller than the place (in its country) is no container.
                guard f.candidates.contains(where: { c in
                    c.match == .exact && c.place.country == unit.place.country && !unit.isLarger(than: c.place)
                }) else { return .outsideUnit }
            } else {
                f.candidates.removeAll { $0.match != .exact }
            }
        }
        // A country is too large a unit to admit a variant by itself.
        if !insideUnit || unit?.place.kind == .country {
            // A spelling variant or typo of a small place needs the text's geography nearer than a country:
            // within the unit it names (above) or near the places it names unambiguously. Across a whole
            // country a variant is a guess ("Soluk" is not Şalkhad, 500 km away).
            // A typo needs such a place near it; a transliteration variant may stand without one only when it
            // is the one variant in the countries the text names.
            f.candidates.removeAll { c in c.match != .exact && c.place.country != f.countryQualifier && !allowed.contains(c.place.country) }
            // (A province's transliteration variant stands like its name; a typo of one does not.)
            // A typo's anchor must be nearer than a variant's: one letter off matches many more names.
            let unanchored = f.candidates.filter { c in
                c.match != .exact && c.place.kind != .country && (c.place.kind != .province || c.match == .typo)
                    && !context.anchors.hasAnchor(near: c.place.coordinate, within: c.match == .typo ? Self.typoAnchorKm : nil)
            }
            let variants = unanchored.filter { $0.match == .skeleton }
            let oneVariant = variants.allSatisfy { GeoMath.distanceKm($0.place.coordinate, variants[0].place.coordinate) <= 50 }
            let dropped = Set(unanchored.filter { c in
                c.place.population < Self.wellKnownPopulation && (c.match == .typo || !oneVariant) || c.match == .typo && c.place.kind == .province
            }.map(\.place.id))
            if !dropped.isEmpty { f.candidates.removeAll { dropped.contains($0.place.id) } }
        }
        if !insideUnit && (namesFocus || context.countries.isEmpty) {
            // A small place in a country the text never names, far from every place it names, in a document
            // about the focus countries or naming no country at all: "Bara" in a note about Idlib (or in a
            // line of its own) is not Bārah in Sudan.
            f.candidates.removeAll { c in
                c.place.kind != .country && c.place.kind != .province && c.place.population < Self.wellKnownPopulation
                    && c.place.country != f.countryQualifier && !allowed.contains(c.place.country)
                    && !context.anchors.hasAnchor(near: c.place.coordinate)
            }
        }
        let all = scored(f, context: context)
        guard let first = all.first else { return .none }
        var best = mention(for: first, f)
        if explains {
            if insideUnit, let unit { best.reason += "; inside \(unit.place.name) as the text says" }
            best.considered = all.dropFirst().prefix(9).map { c in
                "\(c.place.id) \(c.place.name) (\(c.place.country)) \(reason(c, f))"
            }
        }
        return .place(best)
    }

    /// A place this large is known beyond its country: reporting names it without naming the country.
    static let wellKnownPopulation = 100_000
    static let metropolisPopulation = 1_000_000

    /// Every candidate as a mention, best first; `reason` starts with the score.
    func ranked(_ f: PlaceFinder.Found, context: Context) -> [PlaceMention] {
        scored(f, context: context).map { mention(for: $0, f) }
    }

    typealias Scored = (score: Double, place: Place, why: [String])

    /// Candidates with their scores, best first; `why` only when explaining.
    private func scored(_ f: PlaceFinder.Found, context: Context) -> [Scored] {
        var scored: [Scored] = []
        scored.reserveCapacity(f.candidates.count)
        for c in f.candidates {
            let p = c.place
            var score = 0.0
            var why: [String] = []
            func note(_ s: @autoclosure () -> String) { if explains { why.append(s()) } }
            switch c.match {
            case .exact: score += 3; note("exact name")
            case .skeleton: score += 1.5; note("transliteration variant")
            case .typo: score += 1; note("one letter off")
            }
            switch p.kind {
            case .country: score += 2
            // "the Red Sea", "Africa": named as such, like a country.
            case .water, .region: score += 1.5
            case .province:
                score += f.provinceCue ? 3 : 0.3
                if f.provinceCue { note("province cue") }
                // "California", "Ontario": a unit of millions, not the village of its name elsewhere.
                else if p.population >= Self.metropolisPopulation { score += 1; note("a unit of millions") }
            case .district: score += f.provinceCue || f.areaCue ? 2.5 : 0.2; if f.provinceCue || f.areaCue { note("district cue") }
            case .populated:
                score += f.provinceCue ? 0 : 1
                // Without a province cue, "Deir ez-Zor" is the town the province of that name is named after.
                if !f.provinceCue, c.match != .typo, f.candidates.contains(where: { $0.place.kind == .province && $0.place.sharesProvince(with: p) }) {
                    score += 0.8
                    note("town the province is named after")
                }
            case .site: score += f.provinceCue ? 0 : 0.8
            }
            if let q = f.countryQualifier, q == p.country { score += 3; note("qualified by \(q)") } else if context.countries.contains(p.country) {
                score += 1.2; note("document names \(p.country)")
            }
            if Self.focusCountries.contains(p.country) { score += 0.6 }
            if p.kind != .country, context.anchors.hasAnchor(near: p.coordinate) {
                score += 1; note("near other places named")
            }
            score += log10(Double(p.population) + 10) / 7
            // A city of millions is what a text means by its name unless the text says otherwise ("London"
            // is not London, Kentucky because a text also names Ohio).
            if p.population >= Self.metropolisPopulation, p.kind == .populated { score += 0.8; note("a city of millions") }
            if let near = context.near {
                let km = GeoMath.distanceKm(near, p.coordinate)
                score += max(0, 2 - km / 250)
                note(String(format: "%.0f km from --near", km))
            }
            note("population \(p.population)")
            scored.append((score, p, why))
        }
        scored.sort { a, b in
            if abs(a.score - b.score) > 1e-9 { return a.score > b.score }
            if a.place.population != b.place.population { return a.place.population > b.place.population }
            return a.place.id < b.place.id
        }
        return scored
    }

    private func reason(_ chosen: Scored, _ f: PlaceFinder.Found) -> String {
        String(format: "%.2f: ", chosen.score) + chosen.why.joined(separator: ", ") + " (\(f.candidates.count) candidate\(f.candidates.count == 1 ? "" : "s"))"
    }

    private func mention(for chosen: Scored, _ f: PlaceFinder.Found) -> PlaceMention {
        PlaceMention(text: f.text, start: f.start, end: f.end, place: chosen.place, reason: explains ? reason(chosen, f) : "")
    }

    /// The extent of a country or province from the populated places the gazetteer has in it.
    func extent(of place: Place) -> GeoBox? {
        gazetteer.extent(country: place.country, admin1: place.kind == .country ? nil : place.admin1)
    }
}
