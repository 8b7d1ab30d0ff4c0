extension PlaceFinder {
    private static let placeWords = Lexicon.shared.places

    /// Links each span to the span the text says contains it (`Containment`), and adds the names the
    /// gazetteer lacks that the text places in a unit it knows ("the village of Bara in the southern Idlib
    /// countryside"): without a span such a village would leave the event to whatever else the sentence names.
    func linkContainers(_ known: [Found], _ t: [Token], _ s: [Unicode.Scalar]) -> [Found] {
        guard !known.isEmpty else { return known }
        var found = known
        // "Zor al-Hamidi": a span that begins with the article right after a capitalised word is the end of a
        // longer name the gazetteer lacks, not the place "al-Hamidi" elsewhere.
        var absorbed = Set<Int>()
        for k in found.indices {
            let b = found[k].firstToken
            guard b > 0, Self.placeWords.articles.contains(t[b]), !t[b].isCapitalized, t[b - 1].kind == .word, t[b - 1].isCapitalized,
                  !Self.placeWords.commonWords.contains(t[b - 1]), !Self.placeWords.functionWords.contains(t[b - 1]),
                  !Self.placeWords.notPlaces.contains(t[b - 1]) else { continue }
            // The word before may itself match a place ("Zor"): it is part of this name.
            if k > 0, found[k - 1].lastToken == b - 1 {
                guard found[k - 1].firstToken == b - 1 else { continue }
                absorbed.insert(k - 1)
            }
            found[k].firstToken = b - 1
            found[k].start = t[b - 1].start
            found[k].text = s.text(t[b - 1].start..<found[k].end)
            found[k].candidates = []
            found[k].preceding = b > 1 ? t[b - 2].lower : nil
        }
        // "Manila Cathedral", "Korean Peninsula", "Royal Street": one word after a capitalised word that is
        // no cue is the head of a longer name, not a place of its own (a village called Cathedral).
        for k in found.indices where !absorbed.contains(k) && found[k].firstToken == found[k].lastToken && !found[k].isUnknown {
            let b = found[k].firstToken
            guard b > 0, t[b - 1].kind == .word, t[b - 1].isCapitalized, t[b].start - t[b - 1].end <= 1,
                  !Self.placeWords.functionWords.contains(t[b - 1]), !Self.placeWords.commonWords.contains(t[b - 1]),
                  Self.placeWords.directions[t[b - 1]] == nil, Lexicon.shared.locationCues.bearings[t[b - 1]] == nil,
                  !(k > 0 && found[k - 1].lastToken == b - 1 && found[k - 1].candidates.contains { $0.place.kind == .country })
            else { continue }
            absorbed.insert(k)
        }
        // "Jordan Henderson", "Paris Hilton": one word before a capitalised word that is no place word
        // and begins no place is the first name of a person or an organisation, not a place.
        let starts = Set(found.map(\.firstToken))
        for k in found.indices where !absorbed.contains(k) && found[k].firstToken == found[k].lastToken && !found[k].isUnknown {
            let n = found[k].lastToken + 1
            guard found[k].firstToken > 0, n < t.count, t[n].kind == .word, t[n].isCapitalized, !starts.contains(n),
                  t[n].start - t[n - 1].end <= 1, !Self.placeWords.functionWords.contains(t[n]), !Self.placeWords.commonWords.contains(t[n]),
                  !Self.placeWords.partOfPlace.contains(t[n]), !Self.placeWords.provinceWords.contains(t[n]),
                  !Lexicon.shared.containment.facilityWords.contains(t[n]), !Lexicon.shared.containment.areaHeads.contains(t[n]),
                  !Lexicon.shared.usage.institutionWords.contains(t[n]), !Lexicon.shared.usage.placeNouns.contains(t[n]),
                  Lexicon.shared.dates.months[t[n]] == nil, Lexicon.shared.demonyms.countries[t[n]] == nil,
                  !found[k].candidates.contains(where: { $0.place.kind == .country || $0.place.kind == .province })
            else { continue }
            absorbed.insert(k)
        }
        if !absorbed.isEmpty { found = found.indices.filter { !absorbed.contains($0) }.map { found[$0] } }
        var startsAt: [Int: Int] = [:], inSpan = Set<Int>()
        for (k, f) in found.enumerated() {
            startsAt[f.firstToken] = k
            inSpan.formUnion(f.firstToken...f.lastToken)
        }
        // Unknown names: a capitalised word right before a containment whose container is a span.
        for e in t.indices.dropLast() where !inSpan.contains(e) && t[e].kind == .word && t[e].isCapitalized
            && !Self.placeWords.commonWords.contains(t[e]) {
            guard let c = Containment.read(after: e, t), startsAt[c.containerToken] != nil,
                  let b = unknownNameStart(endingAt: e, t, inSpan) else { continue }
            found.append(Found(firstToken: b, lastToken: e, start: t[b].start, end: t[e].end, text: s.text(t[b].start..<t[e].end),
                               candidates: [], preceding: b > 0 ? t[b - 1].lower : nil))
        }
        if found.count > known.count - absorbed.count {
            found.sort { $0.firstToken < $1.firstToken }
            startsAt = [:]
            for (k, f) in found.enumerated() { startsAt[f.firstToken] = k }
        }
        for k in found.indices {
            guard var c = Containment.read(after: found[k].lastToken, t) else { continue }
            // "in the Jabal al-Zawiya area": the gazetteer may know only the name's second part.
            let next = c.containerToken + 1
            guard var index = startsAt[c.containerToken]
                    ?? (next < t.count && t[c.containerToken].kind == .word && t[c.containerToken].isCapitalized ? startsAt[next] : nil),
                  index != k else { continue }
            // "X in Syria's northern Idlib province": the unit after the possessive is the nearer container.
            let after = found[index].lastToken + 1
            if after < t.count, t[after].kind == .possessive {
                var n = after + 1
                var part: String?
                if n < t.count, Self.placeWords.directions[t[n]] != nil { part = t[n].lower; n += 1 }
                if let inner = startsAt[n] { index = inner; c.part = part ?? c.part }
            }
            if Containment.isAround(after: found[index].lastToken, t) { c.around = true }
            found[k].containment = c
            found[k].container = index
        }
        return found
    }

    /// Where an unknown name ending at token `e` begins, if it reads as a place: capitalised words (and
    /// articles, hyphens) after a locative word ("on", "in", "near", "the village of"), none of them a word
    /// that is no place, at most five words.
    private func unknownNameStart(endingAt e: Int, _ t: [Token], _ inSpan: Set<Int>) -> Int? {
        var b = e, words = 1
        while b > 0, words < 5, !inSpan.contains(b - 1) {
            let p = t[b - 1]
            if p.kind == .hyphen, b >= 2, t[b - 2].kind == .word, p.start == t[b - 2].end { b -= 2; words += 1; continue }
            if p.kind == .word, p.isCapitalized || Self.placeWords.articles.contains(p), !Self.placeWords.functionWords.contains(p) {
                b -= 1; words += 1; continue
            }
            break
        }
        while b < e, t[b].kind != .word || !(t[b].isCapitalized || Self.placeWords.articles.contains(t[b])) { b += 1 }
        guard b > 0, canStart(t, b) || (t[b].isCapitalized && t[b].kind == .word),
              (b...e).allSatisfy({ t[$0].kind != .word || !(Self.placeWords.commonWords.contains(t[$0]) || Self.placeWords.notPlaces.contains(t[$0])) }),
              Self.placeWords.directions[t[b]] == nil
        else { return nil }
        // "in the Jabal al-Zawiya area of Idlib": an article between the locative word and the name.
        let c = t[b - 1].lower == "the" && b >= 2 ? b - 1 : b
        guard c > 0 else { return nil }
        let cue = t[c - 1]
        if cue.lower == "of" { return c >= 2 && Self.placeWords.partOfPlace.contains(t[c - 2]) ? b : nil }
        return Self.placeWords.locativePrepositions.contains(cue) ? b : nil
    }
}
