import Foundation

/// Chooses one candidate per place mention using the document's context.
///
/// Scoring, highest wins (ties: more population, then smaller id):
/// - name match: exact 3, shared transliteration skeleton 1.5, one typo 1;
/// - kind: a country named as such +2; with a province cue ("X province", "province of X") a first-order
///   unit +3 (a district +2.5), otherwise a populated place +1 (+0.8 more when a province of the
///   candidates has its name and contains it), a site +0.8, a province +0.3, a district +0.2;
/// - country: named right after ("Sinjar, Iraq") +3; named elsewhere in the document (or by a demonym)
///   +1.2; one of the focus countries (Syria, Iraq, Libya) +0.6;
/// - proximity: within 150 km of a place the document names unambiguously +1;
/// - population: log10(population + 10) / 7 (0.14 to about 1).
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
            for k in candidates.indices where candidates[k].match == .exact {
                if candidates[k].place.kind == .country {
                    // The first country named exactly.
                    if !countryFound { ctx.countries.insert(candidates[k].place.country); countryFound = true }
                } else {
                    exactPlaces += 1
                    if exactPlaces == 1 { anchor = candidates[k].place.coordinate }
                }
            }
            // A name that is exactly one place anchors the document there.
            if exactPlaces == 1, let anchor { ctx.anchors.insert(anchor) }
        }
        return ctx
    }

    /// The best candidate, or nil when only spelling variants or typos in countries the document has no
    /// business with are left: a village missing from the gazetteer ("Sultan Abdallah") must stay
    /// unresolved, not become a town in Iran that shares its consonants.
    func resolve(_ f: PlaceFinder.Found, context: Context) -> PlaceMention? {
        var f = f
        let namesFocus = !context.countries.isDisjoint(with: Self.focusCountries)
        let allowed = namesFocus ? context.countries : context.countries.union(Self.focusCountries)
        f.candidates.removeAll { c in
            c.match != .exact && c.place.country != f.countryQualifier && !allowed.contains(c.place.country)
        }
        let all = scored(f, context: context)
        guard let first = all.first else { return nil }
        var best = mention(for: first, f)
        if explains {
            best.considered = all.dropFirst().prefix(9).map { c in
                "\(c.place.id) \(c.place.name) (\(c.place.country)) \(reason(c, f))"
            }
        }
        return best
    }

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
            case .province: score += f.provinceCue ? 3 : 0.3; if f.provinceCue { note("province cue") }
            case .district: score += f.provinceCue ? 2.5 : 0.2; if f.provinceCue { note("district cue") }
            case .populated:
                score += f.provinceCue ? 0 : 1
                // Without a province cue, "Deir ez-Zor" is the town the province of that name is named after.
                if !f.provinceCue, c.match != .typo, f.candidates.contains(where: { $0.place.kind == .province && $0.place.country == p.country && $0.place.admin1 == p.admin1 }) {
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
        var mention = PlaceMention(text: f.text, start: f.start, end: f.end, place: chosen.place, reason: explains ? reason(chosen, f) : "")
        if let d = f.direction, let frac = Lexicon.shared.places.directions[d],
           chosen.place.kind == .country || chosen.place.kind == .province, let box = extent(of: chosen.place) {
            mention.coordinate = Coordinate(latitude: box.south + (box.north - box.south) * frac.1,
                                            longitude: box.west + (box.east - box.west) * frac.0)
            mention.precision = .region
            mention.uncertaintyKm = max(50, GeoMath.distanceKm(Coordinate(latitude: box.south, longitude: box.west),
                                                               Coordinate(latitude: box.north, longitude: box.east)) / 4)
            mention.text = d + " " + f.text
        }
        return mention
    }

    /// The extent of a country or province from the populated places the gazetteer has in it.
    func extent(of place: Place) -> GeoBox? {
        gazetteer.extent(country: place.country, admin1: place.kind == .country ? nil : place.admin1)
    }
}
