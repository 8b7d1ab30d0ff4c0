extension PlaceFinder {
    private static let placeWords = Lexicon.shared.places

    /// Which span covers each token of a sentence (-1 for none): one array a sentence, where sets and
    /// dictionaries of token positions would allocate per span.
    struct SpanMap {
        private(set) var covering: [Int32]
        private let firsts: [Int]

        init(_ found: [Found], tokenCount: Int) {
            covering = [Int32](repeating: -1, count: tokenCount)
            firsts = found.map(\.firstToken)
            for (k, f) in found.enumerated() { for i in f.firstToken...f.lastToken where i < tokenCount { covering[i] = Int32(k) } }
        }

        func covers(_ i: Int) -> Bool { covering[i] >= 0 }

        /// The span that begins at token `i`.
        func starting(at i: Int) -> Int? {
            guard i >= 0, i < covering.count, case let k = Int(covering[i]), k >= 0, firsts[k] == i else { return nil }
            return k
        }
    }

    /// Links each span to the span the text says contains it (`Containment`), and adds the names the
    /// gazetteer lacks that the text places in a unit it knows ("the village of Bara in the southern Idlib
    /// countryside"): without a span such a village would leave the event to whatever else the sentence names.
    func linkContainers(_ known: [Found], _ t: [Token], _ s: [Unicode.Scalar]) -> [Found] {
        guard !known.isEmpty else { return known }
        var found = Self.namesOfTheText(known, t, s)
        var spans = SpanMap(found, tokenCount: t.count)
        // Unknown names: a capitalised word right before a containment whose container is a span.
        // A chain of them ("Miraale area in Buuraha Cali Miskat (Qandala, Bari)") is read from its known end:
        // each pass may give the next name its container.
        for _ in 0..<3 {
            var added = false
            for e in t.indices.dropLast() where !spans.covers(e) && t[e].kind == .word && t[e].isCapitalized
                && !Self.placeWords.commonWords.contains(t[e]) {
                guard let c = Containment.read(after: e, t), spans.starting(at: c.containerToken) != nil,
                      let b = unknownNameStart(endingAt: e, t, spans, found) else { continue }
                // "Masjid Cali Gaduud": small places' names inside the longer name are parts of it.
                found.removeAll { $0.firstToken >= b && $0.lastToken < e }
                found.append(Found(firstToken: b, lastToken: e, start: t[b].start, end: t[e].end, text: s.text(t[b].start..<t[e].end),
                                   candidates: [], preceding: b > 0 ? t[b - 1].lower : nil))
                found.sort { $0.firstToken < $1.firstToken }
                spans = SpanMap(found, tokenCount: t.count)
                added = true
            }
            if !added { break }
        }
        for k in found.indices {
            guard var c = Containment.read(after: found[k].lastToken, t) else { continue }
            // "in the Jabal al-Zawiya area": the gazetteer may know only the name's second part.
            let next = c.containerToken + 1
            guard var index = spans.starting(at: c.containerToken)
                    ?? (next < t.count && t[c.containerToken].kind == .word && t[c.containerToken].isCapitalized ? spans.starting(at: next) : nil),
                  index != k else { continue }
            // "X in Syria's northern Idlib province": the unit after the possessive is the nearer container.
            let after = found[index].lastToken + 1
            if after < t.count, t[after].kind == .possessive {
                var n = after + 1
                var part: String?
                if n < t.count, Self.placeWords.directions[t[n]] != nil { part = t[n].lower; n += 1 }
                if let inner = spans.starting(at: n) { index = inner; c.part = part ?? c.part }
            }
            if Containment.isAround(after: found[index].lastToken, t) { c.around = true }
            // "Raqqa, Hama and Idlib", "Orikhiv, Huliaipole and Stepnohirsk": names after a comma that run on
            // to "and" and a last name are a list, not a place and its unit ("Krokhmalne, Kharkiv, and
            // Ambarne" keeps its comma before "and"; "Ivanivka, Kherson and Mykolaiv regions" lists units).
            if c.strength == .listed, c.viaComma, !Self.statesUnit(found[k], found[index], t, spans), Self.isListItem(index, found, t, spans) { continue }
            if c.strength == .listed, Self.statesUnit(found[k], found[index], t, spans) {
                c.strength = .stated
                // "(Cadale, Middle Shabelle)": notes name the district, then the region.
                if found[k].firstToken > 0, t[found[k].firstToken - 1].lower == "(" { found[k].areaCue = true }
            }
            found[k].containment = c
            found[k].container = index
        }
        // "Esmanska community (coded to Esman, Sumy region)": the monitor's geolocation is the place meant,
        // whatever words for the unit stand between ("territorial community", "hromada").
        func codedTo(after last: Int) -> Int? {
            var j = last + 1
            while j < t.count, !t[j].isCapitalized, Lexicon.shared.containment.settlementWords.contains(t[j]) || t[j].lower == "territorial" { j += 1 }
            return j + 2 < t.count && t[j].lower == "(" && t[j + 1].lower == "coded" && t[j + 2].lower == "to" ? j + 3 : nil
        }
        let targets = Set(found.compactMap { codedTo(after: $0.lastToken) })
        guard !targets.isEmpty else { return found }
        // (Containers are indices into the list: renumbered for what is left, none pointing at a removed span.)
        var newIndex: [Int?] = [], kept: [Found] = []
        for f in found {
            newIndex.append(codedTo(after: f.lastToken) == nil ? kept.count : nil)
            if codedTo(after: f.lastToken) == nil { kept.append(f) }
        }
        for k in kept.indices {
            if targets.contains(kept[k].firstToken) { kept[k].codedTo = true }
            if let c = kept[k].container {
                kept[k].container = newIndex[c]
                if newIndex[c] == nil { kept[k].containment = nil }
            }
        }
        return kept
    }

    /// Whether "X, Y" states that unit Y contains X rather than listing two places: Y is a first-order unit
    /// or district (an exact name of one), and neither name is an item of a longer list ("Raqqa, Deir ez-Zor
    /// and Hasakah"; "near Ivanivka, Kherson." and "(Balcad, Middle Shabelle)" state).
    /// Whether span `k` and those after it, joined by commas, end in "and" or "or" (no comma before it) and a
    /// last name that no plural unit word follows: a list of places.
    private static func isListItem(_ k: Int, _ found: [Found], _ t: [Token], _ spans: SpanMap) -> Bool {
        var k = k
        while true {
            let after = found[k].lastToken + 1
            guard after + 1 < t.count, let next = spans.starting(at: after + 1) else { return false }
            switch t[after].lower {
            case ",": k = next
            case "and", "or":
                let end = found[next].lastToken + 1
                return !(end < t.count && placeWords.pluralProvinceWords.contains(t[end]))
            default: return false
            }
        }
    }

    private static func statesUnit(_ f: Found, _ unit: Found, _ t: [Token], _ spans: SpanMap) -> Bool {
        guard unit.candidates.contains(where: { $0.match == .exact && ($0.place.kind == .province || $0.place.kind == .district) }) else { return false }
        if f.firstToken > 0, t[f.firstToken - 1].lower == "(" { return true }
        if f.firstToken > 0, t[f.firstToken - 1].lower == "," || placeWords.listJoiners.contains(t[f.firstToken - 1]) { return false }
        var a = unit.lastToken + 1
        // "Sumy region", "Zaporizhia oblast": the unit's own word.
        while a < t.count, !t[a].isCapitalized, placeWords.provinceWords.contains(t[a]) || t[a].lower == "district" { a += 1 }
        guard a < t.count else { return true }
        if placeWords.listJoiners.contains(t[a]) { return false }
        if t[a].lower == ",", a + 1 < t.count, spans.starting(at: a + 1) != nil || t[a + 1].isCapitalized { return false }
        return true
    }

    /// Where an unknown name ending at token `e` begins, if it reads as a place: capitalised words (and
    /// articles, hyphens) after a locative word ("on", "in", "near", "the village of"), none of them a word
    /// that is no place, at most five words.
    private func unknownNameStart(endingAt e: Int, _ t: [Token], _ spans: SpanMap, _ found: [Found]) -> Int? {
        var b = e, words = 1
        while b > 0, words < 5 {
            let p = t[b - 1]
            // A place's name inside a run of capitalised words is part of the longer name, unless it is a
            // country or province ("Syria Masjid" is two names).
            if spans.covers(b - 1) {
                guard let k = found.firstIndex(where: { $0.lastToken == b - 1 }), found[k].firstToken < b,
                      !found[k].candidates.contains(where: { $0.match == .exact && ($0.place.kind == .country || $0.place.kind == .province) }),
                      (found[k].firstToken..<b).allSatisfy({ t[$0].kind != .word || t[$0].isCapitalized }),
                      found[k].firstToken > 0, !Self.placeWords.functionWords.contains(t[found[k].firstToken]) else { break }
                words += b - found[k].firstToken
                b = found[k].firstToken
                continue
            }
            if p.kind == .hyphen, b >= 2, t[b - 2].kind == .word, p.start == t[b - 2].end { b -= 2; words += 1; continue }
            if p.kind == .word, p.isCapitalized || Self.placeWords.articles.contains(p), !Self.placeWords.functionWords.contains(p) {
                b -= 1; words += 1; continue
            }
            break
        }
        while b < e, t[b].kind != .word || !(t[b].isCapitalized || Self.placeWords.articles.contains(t[b])) { b += 1 }
        guard b > 0, t[b].kind == .word, t[b].isCapitalized || canStart(t, b),
              (b...e).allSatisfy({ t[$0].kind != .word || !(Self.placeWords.commonWords.contains(t[$0]) || Self.placeWords.notPlaces.contains(t[$0])) }),
              Self.placeWords.directions[t[b]] == nil
        else { return nil }
        // "in the Jabal al-Zawiya area of Idlib": an article between the locative word and the name.
        let c = t[b - 1].lower == "the" && b >= 2 ? b - 1 : b
        guard c > 0 else { return nil }
        let cue = t[c - 1]
        // "(Badhaadhe, Lower Juba)": the first name of a note's parenthesis is a place (the caller has read
        // its containment).
        if cue.lower == "(" { return b }
        // "between Jerow and Farxaane village (Qoryooley, Lower Shabelle)": the second of the two.
        if cue.lower == "and", c >= 2, t[max(0, c - 5)..<(c - 1)].contains(where: { $0.lower == "between" }) { return b }
        if cue.lower == "of" { return c >= 2 && Self.placeWords.partOfPlace.contains(t[c - 2]) ? b : nil }
        return Self.placeWords.locativePrepositions.contains(cue) ? b : nil
    }
}
