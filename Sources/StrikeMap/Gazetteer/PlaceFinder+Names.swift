extension PlaceFinder {
    private static let placeWords = Lexicon.shared.places

    /// The spans as names of the text, not of the gazetteer: a known name that ends a longer one ("Zor
    /// al-Hamidi") becomes that longer name, unknown; one that is the head or the first word of a longer
    /// name ("Manila Cathedral", "Paris Hilton") is no place.
    static func namesOfTheText(_ known: [Found], _ t: [Token], _ s: [Unicode.Scalar]) -> [Found] {
        var found = known
        var dropped = [Bool](repeating: false, count: found.count)
        var any = false
        for k in found.indices {
            // "Zor al-Hamidi": a span that begins with the article right after a capitalised word is the end of
            // a longer name the gazetteer lacks, not the place "al-Hamidi" elsewhere.
            let b = found[k].firstToken
            if b > 0, placeWords.articles.contains(t[b]), !t[b].isCapitalized, isNamePart(t[b - 1]), !placeWords.notPlaces.contains(t[b - 1]) {
                // The word before may itself match a place ("Zor"): it is part of this name.
                if k > 0, found[k - 1].lastToken == b - 1 {
                    guard found[k - 1].firstToken == b - 1 else { continue }
                    dropped[k - 1] = true
                }
                found[k].firstToken = b - 1
                found[k].start = t[b - 1].start
                found[k].text = s.text(t[b - 1].start..<found[k].end)
                found[k].candidates = []
                found[k].preceding = b > 1 ? t[b - 2].lower : nil
                any = true
                continue
            }
            guard found[k].firstToken == found[k].lastToken, !dropped[k] else { continue }
            // "Manila Cathedral", "Korean Peninsula", "Royal Street": one word after a capitalised word that is
            // no cue is the head of a longer name, not a place of its own (a village called Cathedral).
            if b > 0, isNamePart(t[b - 1]), t[b].start - t[b - 1].end <= 1,
               placeWords.directions[t[b - 1]] == nil, Lexicon.shared.locationCues.bearings[t[b - 1]] == nil,
               !(k > 0 && found[k - 1].lastToken == b - 1 && found[k - 1].candidates.contains { $0.place.kind == .country }) {
                dropped[k] = true
                any = true
                continue
            }
            // "Paris Hilton": one word before a capitalised word that is no place word and begins no place is
            // the first name of a person or an organisation, not a place.
            let n = b + 1
            // A country or province named exactly stands ("Jordan Henderson" aside); a variant of one does not.
            let large = { (f: Found) in f.candidates.contains(where: { $0.match == .exact && ($0.place.kind == .country || $0.place.kind == .province) }) }
            guard b > 0, n < t.count, isNamePart(t[n]), t[n].start - t[b].end <= 1, !isPlaceWord(t[n]), !large(found[k]) else { continue }
            if k + 1 < found.count && found[k + 1].firstToken == n {
                // "Dali Hasan": two small places' names run together with nothing between are one name the
                // gazetteer lacks, neither of them.
                guard found[k + 1].lastToken == n, !large(found[k + 1]) else { continue }
                dropped[k + 1] = true
            }
            dropped[k] = true
            any = true
        }
        guard any else { return found }
        return found.indices.filter { !dropped[$0] }.map { found[$0] }
    }

    /// A capitalised word that is no function or common word: a part of a proper name.
    private static func isNamePart(_ w: Token) -> Bool {
        w.kind == .word && w.isCapitalized && !placeWords.functionWords.contains(w) && !placeWords.commonWords.contains(w)
    }

    /// Words after a place name that say it is one: "Hama Province", "Mosul Dam", "Raqqa Governorate".
    private static func isPlaceWord(_ w: Token) -> Bool {
        let c = Lexicon.shared.containment, u = Lexicon.shared.usage
        return placeWords.partOfPlace.contains(w) || placeWords.provinceWords.contains(w) || c.facilityWords.contains(w)
            || c.areaHeads.contains(w) || u.institutionWords.contains(w) || u.placeNouns.contains(w)
            || Lexicon.shared.dates.months[w] != nil || Lexicon.shared.demonyms.countries[w] != nil
    }
}
