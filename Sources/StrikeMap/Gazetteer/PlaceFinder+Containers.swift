extension PlaceFinder {
    private static let placeWords = Lexicon.shared.places

    /// Links each span to the span the text says contains it (`Containment`), and adds the names the
    /// gazetteer lacks that the text places in a unit it knows ("the village of Bara in the southern Idlib
    /// countryside"): without a span such a village would leave the event to whatever else the sentence names.
    func linkContainers(_ known: [Found], _ t: [Token], _ s: [Unicode.Scalar]) -> [Found] {
        guard !known.isEmpty else { return known }
        var found = known
        var startsAt: [Int: Int] = [:], inSpan = Set<Int>()
        for (k, f) in known.enumerated() {
            startsAt[f.firstToken] = k
            inSpan.formUnion(f.firstToken...f.lastToken)
        }
        // Unknown names: a capitalised word right before a containment whose container is a span.
        for e in t.indices.dropLast() where !inSpan.contains(e) && t[e].kind == .word && t[e].isCapitalized {
            guard let c = Containment.read(after: e, t), startsAt[c.containerToken] != nil,
                  let b = unknownNameStart(endingAt: e, t, inSpan) else { continue }
            found.append(Found(firstToken: b, lastToken: e, start: t[b].start, end: t[e].end, text: s.text(t[b].start..<t[e].end),
                               candidates: [], preceding: b > 0 ? t[b - 1].lower : nil))
        }
        if found.count > known.count {
            found.sort { $0.firstToken < $1.firstToken }
            startsAt = [:]
            for (k, f) in found.enumerated() { startsAt[f.firstToken] = k }
        }
        for k in found.indices {
            guard var c = Containment.read(after: found[k].lastToken, t), var index = startsAt[c.containerToken], index != k else { continue }
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
        let cue = t[b - 1]
        if cue.lower == "of" { return b >= 2 && Self.placeWords.partOfPlace.contains(t[b - 2]) ? b : nil }
        return Self.placeWords.locativePrepositions.contains(cue) ? b : nil
    }
}
