import Foundation

/// Scoring the candidates that pass `resolve`'s rules (the rules are listed on `PlaceResolver`).
extension PlaceResolver {
    /// Every candidate as a mention, best first; `reason` starts with the score.
    func ranked(_ f: PlaceFinder.Found, context: Context) -> [PlaceMention] {
        scored(f, context: context).map { mention(for: $0, f) }
    }

    typealias Scored = (score: Double, place: Place, why: [String])

    /// Candidates with their scores, best first; `why` only when explaining.
    func scored(_ f: PlaceFinder.Found, context: Context) -> [Scored] {
        var scored: [Scored] = []
        scored.reserveCapacity(f.candidates.count)
        let facts = SpanFacts(f)
        for c in f.candidates {
            var why: [String] = []
            let score = self.score(c, f, context, facts, why: &why)
            scored.append((score, c.place, why))
        }
        scored.sort { a, b in Self.ranksBefore(a.score, a.place, b.score, b.place) }
        return scored
    }

    /// The first of `scored(_:context:)`, without its reasons, found in one pass.
    func best(_ f: PlaceFinder.Found, context: Context) -> Scored? {
        let facts = SpanFacts(f)
        var why: [String] = []
        var best: (score: Double, index: Int)?
        for k in f.candidates.indices {
            let score = self.score(f.candidates[k], f, context, facts, why: &why)
            if let b = best, !Self.ranksBefore(score, f.candidates[k].place, b.score, f.candidates[b.index].place) { continue }
            best = (score, k)
        }
        return best.map { ($0.score, f.candidates[$0.index].place, []) }
    }

    /// The order of candidates: score, then population, then id (a total order, so that the best is one).
    static func ranksBefore(_ a: Double, _ p: Place, _ b: Double, _ q: Place) -> Bool {
        if abs(a - b) > 1e-9 { return a > b }
        if p.population != q.population { return p.population > q.population }
        return p.id < q.id
    }

    /// What the rules ask of a span's other candidates, found once per span: asked per candidate, each
    /// question read every candidate again (a name with hundreds of places was quadratic).
    struct SpanFacts {
        /// The span names a country or a province exactly.
        var namesUnit = false
        /// Its provinces (only a province has a namesake town: `Place.isNamesake(of:)`), and those named exactly.
        var provinces: [Place] = []
        var exactProvinces: [Place] = []
        /// Its places named exactly with 100,000 people or more; whether one is a city of that size, and
        /// whether one is a city of half a million.
        var wellKnownExact: [Place] = []
        var wellKnownCity = false
        var halfMillionCity = false

        init(_ f: PlaceFinder.Found) {
            for c in f.candidates {
                let exact = c.match == .exact
                if exact && (c.place.kind == .country || c.place.kind == .province) { namesUnit = true }
                if c.place.kind == .province {
                    provinces.append(c.place)
                    if exact { exactProvinces.append(c.place) }
                }
                guard exact, c.place.population >= PlaceResolver.wellKnownPopulation else { continue }
                wellKnownExact.append(c.place)
                if c.place.kind == .populated {
                    wellKnownCity = true
                    if c.place.population >= PlaceResolver.metropolisPopulation / 2 { halfMillionCity = true }
                }
            }
        }
    }

    /// One candidate's score (the rules of the type's comment), its reasons in `why` when explaining.
    func score(_ c: Gazetteer.Candidate, _ f: PlaceFinder.Found, _ context: Context, _ facts: SpanFacts, why: inout [String]) -> Double {
        let p = c.place
        var score = 0.0
        func note(_ s: @autoclosure () -> String) { if explains { why.append(s()) } }
        switch c.match {
        case .exact: score += 3; note("exact name")
        // "Deir Ezzor": the town a province is named after, spelt otherwise than the province, is its name.
        case .skeleton where facts.exactProvinces.contains(where: { p.isNamesake(of: $0) }):
            score += 3; note("the province's name, spelt otherwise")
        case .skeleton: score += 1.5; note("transliteration variant")
        case .typo: score += 1; note("one letter off")
        }
        switch p.kind {
        case .country: score += 2
        // "the Red Sea", "Africa": named as such; a town of the name ("Atlantic", Iowa) needs the text to say so.
        // ... and a lake or reservoir that bears a city's name ("Kyiv" for the Kyiv Reservoir) is not what
        // a text means by the name of a city of 100,000.
        case .water, .region:
            score += p.kind == .water && facts.wellKnownCity ? 0.3 : 4
        case .province:
            score += f.provinceCue ? 3 : 0.3
            if f.provinceCue { note("province cue") }
            // "California", "Ontario": a unit of millions, not the village of its name elsewhere.
            // ... unless a city of half a million has the name ("Washington" is the capital, not the state).
            else if p.population >= Self.metropolisPopulation, !facts.halfMillionCity { score += 1; note("a unit of millions") }
        case .district: score += f.provinceCue || f.areaCue ? 2.5 : 0.2; if f.provinceCue || f.areaCue { note("district cue") }
        case .populated:
            score += f.provinceCue ? 0 : 1
            // Without a province cue, "Deir ez-Zor" is the town the province of that name is named after.
            if !f.provinceCue, c.match != .typo, facts.provinces.contains(where: { p.isNamesake(of: $0) }) {
                score += 0.8
                note("town the province is named after")
            }
        case .site: score += f.provinceCue ? 0 : 0.8
        // A village of a register: below a town of the name that has its own point.
        case .registered: score += f.provinceCue ? 0 : 0.9
        }
        if let q = f.countryQualifier, q == p.country { score += 3; note("qualified by \(q)") } else if context.countries.contains(p.country) {
            score += 1.2; note("document names \(p.country)")
        }
        // "Springfield" in a text that names Illinois is Springfield, Illinois.
        // (Towns and districts alike: the bonus never reorders namesakes inside the province; and a name
        // that is a country or a province is that, "Mexico" is not Mexico City for a text naming its state.)
        // A city of 100,000 elsewhere still outweighs a small town in the named province (Louisville,
        // Kentucky in a text that names Ohio).
        if !facts.namesUnit, p.kind != .province, p.kind != .country, !p.admin1.isEmpty, !context.provinces.isEmpty, context.provinces.contains(p.country + "." + p.admin1),
           p.population >= Self.wellKnownPopulation || !facts.wellKnownExact.contains(where: { !$0.sharesProvince(with: p) }) {
            score += 1; note("in a province the document names")
        }
        // Units are large: a town named in the text lies near the centre of its province without
        // saying anything about the province ("Belgorod" is the city, not the oblast around it).
        if !p.kind.isArea, context.anchors.hasAnchor(near: p.coordinate) {
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
        return score
    }

    func reason(_ chosen: Scored, _ f: PlaceFinder.Found) -> String {
        String(format: "%.2f: ", chosen.score) + chosen.why.joined(separator: ", ") + " (\(f.candidates.count) candidate\(f.candidates.count == 1 ? "" : "s"))"
    }

    func mention(for chosen: Scored, _ f: PlaceFinder.Found) -> PlaceMention {
        PlaceMention(text: f.text, start: f.start, end: f.end, place: chosen.place, reason: explains ? reason(chosen, f) : "")
    }

}
