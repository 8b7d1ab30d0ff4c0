extension PlaceResolver {
    /// The text's geography: the countries it names literally (a country as a place, not as an actor or a
    /// modifier: "US forces", "Russia said"; a name that is only places of one country, one of them a
    /// province or a well-known town: "Idlib" names Syria; "the Syrian city of"), then its anchors, the
    /// places it names unambiguously, among those that have grounds (`PlaceGrounds`, or in a country named).
    func context(for found: [PlaceFinder.Found], demonymCountries: Set<String>) -> Context {
        var ctx = Context(countries: demonymCountries)
        // Candidates are read in place (a copy of one retains every string of its place).
        for f in found.indices {
            let candidates = found[f].candidates
            // ("Iraq's Kurdistan" names no place in Iran: a span the text puts in a country speaks only of it.)
            let qualifier = found[f].qualifierIsStated ? found[f].countryQualifier : nil
            func outside(_ p: Place) -> Bool { qualifier.map { p.kind != .country && p.country != $0 } ?? false }
            var soleCountry: String?, oneCountry = true, wellKnown = false
            for k in candidates.indices where candidates[k].match == .exact && !outside(candidates[k].place) {
                let p = candidates[k].place
                if soleCountry == nil { soleCountry = p.country } else if soleCountry != p.country { oneCountry = false }
                if p.kind == .province || p.kind == .region || p.population >= Self.wellKnownPopulation { wellKnown = true }
            }
            if oneCountry, wellKnown, let soleCountry, !soleCountry.isEmpty, !found[f].isActorUse { ctx.countries.insert(soleCountry) }
            // The first country named exactly, as a place.
            if !found[f].isActorUse, let k = candidates.firstIndex(where: { $0.match == .exact && $0.place.kind == .country }) {
                ctx.countries.insert(candidates[k].place.country)
            }
            // A name that is exactly one province (and perhaps its namesake town, or small places that once
            // bore it: GeoNames lists "Illinois" among Riverside, Missouri's names) names that province.
            // (Counted in place: most spans name no province, and filtered copies retained every place.)
            guard !found[f].isActorUse else { continue }
            var provinceAt: Int?, provinces = 0
            for k in candidates.indices where candidates[k].match == .exact && candidates[k].place.kind == .province && !outside(candidates[k].place) {
                provinces += 1
                provinceAt = k
            }
            if provinces == 1, let k = provinceAt, !candidates[k].place.admin1.isEmpty, candidates.allSatisfy({
                $0.match != .exact || $0.place.kind == .province || $0.place.kind == .district || $0.place.sharesProvince(with: candidates[k].place)
                    || $0.place.kind == .populated && $0.place.population < Self.wellKnownPopulation
            }) {
                ctx.provinces.insert(candidates[k].place.country + "." + candidates[k].place.admin1)
            }
        }
        for f in found.indices {
            let candidates = found[f].candidates
            var exactPlaces = 0, anchor: Place?
            for k in candidates.indices where candidates[k].match == .exact && candidates[k].place.kind != .country {
                exactPlaces += 1
                if exactPlaces == 1 { anchor = candidates[k].place }
            }
            // A name that is exactly one place anchors the document there; a town and the province or
            // district named after it ("Al Hasakah") are one place for this.
            if exactPlaces >= 2, let town = candidates.first(where: { $0.match == .exact && $0.place.kind == .populated })?.place {
                let units = candidates.filter { c in
                    c.match == .exact && (c.place.kind == .province || c.place.kind == .district) && c.place.sharesProvince(with: town)
                }.count
                if exactPlaces - units == 1 { exactPlaces = 1; anchor = town }
            }
            guard exactPlaces == 1, let anchor, !anchor.kind.isArea || anchor.kind == .district,
                  !found[f].qualifierIsStated || found[f].countryQualifier == anchor.country else { continue }
            // An anchor needs grounds itself: a village of the same name in a far country is no anchor.
            let grounded = ctx.countries.contains(anchor.country) || found[f].countryQualifier == anchor.country
                || candidates.contains { $0.place.id == anchor.id && PlaceGrounds.isSelfEvident($0, among: candidates, key: NameKey.exact(found[f].text)) }
            if grounded { ctx.anchors.insert(anchor.coordinate) }
        }
        return ctx
    }
}
