extension StrikeExtractor {
    private static let cues = Lexicon.shared.locationCues, placeWords = Lexicon.shared.places

    /// The places a trigger hit: the first locative place after it (and places joined to that one by "and"
    /// or commas), else the nearest locative place before it; a country gives way to a place inside it
    /// named right after ("Syria's eastern province of Deir ez-Zor"). `locative` holds the indices of the
    /// sentence's locative places (`locativePlaces`), found once per sentence: places are in text order,
    /// so each trigger's are found by binary search and a long sentence stays linear.
    func selectPlaces(for trigger: TriggerReader.Trigger, in p: ParsedSentence, locative: [Int], segmentEnd: Int, nextCounted: Int) -> [LocatedMention] {
        let limit = min(max(segmentEnd, nextCounted), clauseEnd(after: trigger.lastToken, p.tokens))
        if let between = betweenPlaces(after: trigger.lastToken, before: limit, in: p) { return [between] }
        var chosen: [LocatedMention] = []
        let after = Self.firstIndex(locative.count) { p.places[locative[$0]].firstToken > trigger.lastToken }
        // The sentence's only trigger with no place before it: its place may come after a long participle
        // ("fired 4 mortar shells, landing in various locations, including the compound inside the airport in
        // Mogadishu"), read on to the clause's end however far.
        let onlyTrigger = p.triggers.count == 1 && after == 0
        let reach = onlyTrigger ? min(segmentEnd, clauseEnd(after: trigger.lastToken, p.tokens, within: p.tokens.count)) : limit
        if after < locative.count, p.places[locative[after]].firstToken < reach {
            let first = locative[after]
            chosen = [p.places[first]] + coordinated(after: first, p.places, p.tokens)
        } else {
            // The last locative place ending before the trigger.
            let end = Self.firstIndex(locative.count) { p.places[locative[$0]].lastToken >= trigger.firstToken }
            var k = end - 1
            while k >= 0, p.places[locative[k]].lastToken >= trigger.firstToken { k -= 1 }
            if k >= 0 {
                let before = locative[k]
                // "Nikopol, Marhanets and Chervonohryhorivka came under fire": a list as the subject suffered it,
                // also when a unit follows its last name ("... and Stepnohirsk in Zaporizhzhia oblast came under").
                var last = before
                if before > 0, p.places[before].isContainer, p.places[before - 1].lastToken + 2 == p.places[before].firstToken,
                   p.tokens[p.places[before].firstToken - 1].lower == "in" { last = before - 1 }
                let subjects = isSufferingSubject(p.places[before], p.tokens) ? coordinated(before: last, p.places, p.tokens) : []
                chosen = subjects + [p.places[before]] + coordinated(after: before, p.places, p.tokens).filter { $0.lastToken < trigger.firstToken }
            }
        }
        chosen = chosen.map { refineCountry($0, in: p) }.map { preferTownInRegion($0, in: p) }
        return chosen.map { withOffset($0, p.tokens) }
    }

    /// Two places this far apart or less can have a strike "between" them.
    static let longestBetweenKm = 100.0

    /// "between Hajin and Baghouz", "on the road between Y and Z": a point between two places the text
    /// names, at their midpoint, uncertain by half the distance between them: a limited area (`geo_precision`
    /// 2) for places up to 50 km apart, a point between two places (5) beyond.
    private func betweenPlaces(after first: Int, before limit: Int, in p: ParsedSentence) -> LocatedMention? {
        let t = p.tokens
        guard let b = (first + 1..<min(limit, t.count)).first(where: { t[$0].lower == "between" }) else { return nil }
        let k = Self.firstIndex(p.places.count) { p.places[$0].firstToken > b }
        guard k + 1 < p.places.count, case let y = p.places[k], case let z = p.places[k + 1], y.firstToken == b + 1,
              z.firstToken == y.lastToken + 2, t[y.lastToken + 1].lower == "and",
              [.populated, .site].contains(y.mention.place.kind), [.populated, .site].contains(z.mention.place.kind),
              case let km = GeoMath.distanceKm(y.mention.place.coordinate, z.mention.place.coordinate), km <= Self.longestBetweenKm
        else { return nil }
        var m = y
        let a = y.mention.place.coordinate, c = z.mention.place.coordinate
        m.mention.coordinate = Coordinate(latitude: (a.latitude + c.latitude) / 2, longitude: (a.longitude + c.longitude) / 2)
        m.mention.precision = km <= 50 ? .nearPlace : .region
        m.mention.uncertaintyKm = max(5, km / 2)
        m.mention.text = "between " + y.mention.text + " and " + z.mention.text
        return m
    }

    /// Indices of the sentence's places that are locative (`isLocative`), in text order.
    func locativePlaces(in p: ParsedSentence) -> [Int] { p.places.indices.filter { isLocative(p.places[$0], p) } }

    /// The first index in 0..<count where `reached` holds (false, then true).
    static func firstIndex(_ count: Int, _ reached: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if reached(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Where the clause of a trigger ends: a clause break (`LocationCueWords.clauseBreaks`) or `within`
    /// tokens on, whichever comes first.
    private func clauseEnd(after i: Int, _ t: [Token], within: Int = 16) -> Int {
        var k = i + 1
        while k < t.count, k - i <= within {
            if Self.cues.clauseBreaks.contains(t[k]) { return k }
            k += 1
        }
        return k
    }

    /// "Kupiansk came under shelling", "Nikopol was shelled", "the Zaporizhzhia oblast came under fire": the
    /// place suffered the strike it is the subject of.
    private func isSufferingSubject(_ m: LocatedMention, _ t: [Token]) -> Bool {
        var a = m.lastToken + 1
        while a < t.count, !t[a].isCapitalized, Self.placeWords.provinceWords.contains(t[a]) || Lexicon.shared.containment.settlementWords.contains(t[a]) { a += 1 }
        return a + 1 < t.count && Self.cues.sufferedAttack.contains(t[a])
            && (t[a + 1].lower == "under" || Lexicon.shared.triggers.hittingVerbs.contains(t[a + 1]))
    }

    func isLocative(_ m: LocatedMention, _ p: ParsedSentence) -> Bool {
        let t = p.tokens
        if isSufferingSubject(m, t) { return true }
        guard m.firstToken > 0 else { return false }
        let prev = t[m.firstToken - 1].lower
        // "X community (coded to Y, Region)": Y is where the monitor put the report.
        if prev == "to", m.firstToken >= 3, t[m.firstToken - 2].lower == "coded", t[m.firstToken - 3].lower == "(" { return true }
        if Self.cues.nonLocative.contains(t[m.firstToken - 1]) { return false }
        // "targeting Ethiopia security forces": the country's forces are the target, not the country.
        if m.lastToken + 1 < t.count, Lexicon.shared.actors.forceWords.contains(t[m.lastToken + 1]) { return false }
        // "of" locates only after a word for a place or a part of one ("the city of X", "north of X",
        // "the outskirts of X"), not after a polity or a group ("the Kingdom of Saudi Arabia").
        if prev == "of" { return m.firstToken >= 2 && Self.placeWords.partOfPlace.contains(t[m.firstToken - 2]) }
        if Self.placeWords.locativePrepositions.contains(t[m.firstToken - 1]) { return true }
        // "in the Akre district", "in the southern Idlib countryside".
        if prev == "the" || Self.placeWords.directions[t[m.firstToken - 1]] != nil, m.firstToken >= 2 {
            var k = m.firstToken - 2
            if Self.placeWords.directions[t[m.firstToken - 1]] != nil, k >= 0, t[k].lower == "the" { k -= 1 }
            // ... and "a valley of the Amedi district".
            let ofPart = t[k].lower == "of" && k >= 1 && Self.placeWords.partOfPlace.contains(t[k - 1])
            if k >= 0, t[k].lower == "in" || t[k].lower == "on" || ofPart, m.lastToken + 1 < t.count,
               Lexicon.shared.containment.areaHeads.contains(t[m.lastToken + 1]) { return true }
            // "shelled the Okhtyrka community", "struck the Jilib district": the unit or settlement named as the
            // object of a verb of attack.
            if k >= 0, prev == "the", Self.placeWords.locativePrepositions.contains(t[k]), !Self.cues.nonLocative.contains(t[k]), m.lastToken + 1 < t.count,
               Lexicon.shared.containment.areaHeads.contains(t[m.lastToken + 1]) || Lexicon.shared.containment.settlementWords.contains(t[m.lastToken + 1]) { return true }
            // "in the Red Sea", "in the Gaza Strip", "over the Black Sea": a sea or an area named with its article.
            if prev == "the", k >= 0, ["in", "on", "over", "across", "into", "off"].contains(t[k].lower),
               m.mention.place.kind == .water || m.mention.place.kind == .region || m.mention.place.kind == .province { return true }
        }
        if Self.placeWords.directions[t[m.firstToken - 1]] != nil, m.firstToken > 1 { return Self.placeWords.locativePrepositions.contains(t[m.firstToken - 2]) }
        // "between Jerow and Farxaane village (Qoryooley, Lower Shabelle)": the second of two places a strike was
        // between, when `betweenPlaces` cannot put it between them (the first is unknown).
        if prev == "and", m.firstToken >= 3, t[(m.firstToken - 4 >= 0 ? m.firstToken - 4 : 0)..<(m.firstToken - 1)].contains(where: { $0.lower == "between" }) { return true }
        // "the enclave at Baghouz", "the city of Raqqah": already handled; "in the Daesh-held Syrian city of X" too.
        return prev == "-" && m.firstToken == 1
    }

    /// Places joined to the place at index `m` by "and", "or" or commas only: read on from `m` until the
    /// first that is not.
    private func coordinated(after m: Int, _ places: [LocatedMention], _ t: [Token]) -> [LocatedMention] {
        var out: [LocatedMention] = []
        var last = places[m]
        for q in places[(m + 1)...] where q.firstToken > places[m].lastToken {
            let between = t[(last.lastToken + 1)..<q.firstToken]
            guard !between.isEmpty, between.allSatisfy({ Self.cues.listJoiners.contains($0) || Self.cues.listConnectives.contains($0) }),
                  between.contains(where: { Self.cues.listJoiners.contains($0) }) else { break }
            // "Raqqah, Syria": the country qualifies the town; "Iraq, Syria" lists two countries.
            if between.count == 1 && between.first?.lower == "," && q.mention.place.kind == .country
                && (last.mention.place.kind != .country || last.mention.isWithinUnit) { break }
            // "Krokhmalne, Kharkiv, and Ambarne": the unit around a place is no place of the list.
            if q.isContainer { last = q; continue }
            out.append(q)
            last = q
        }
        return out
    }

    /// Places joined before the place at index `m` by commas, "and" or "or" only, in text order: the rest of a
    /// list that `m` ends. A unit around a place stops it ("Huliaipole, Zaporizhzhia region, and Orikhiv").
    private func coordinated(before m: Int, _ places: [LocatedMention], _ t: [Token]) -> [LocatedMention] {
        var out: [LocatedMention] = []
        var next = places[m], j = m - 1
        while j >= 0, places[j].lastToken < next.firstToken, !places[j].isContainer {
            let between = t[(places[j].lastToken + 1)..<next.firstToken]
            guard !between.isEmpty, between.allSatisfy({ Self.cues.listJoiners.contains($0) }),
                  places[j].mention.place.kind != .country || next.mention.place.kind == .country else { break }
            out.insert(places[j], at: 0)
            next = places[j]
            j -= 1
        }
        return out
    }

    private func refineCountry(_ m: LocatedMention, in p: ParsedSentence) -> LocatedMention {
        guard m.mention.place.kind == .country, m.mention.precision == .country else { return m }
        // Places are in text order: only those starting within 8 tokens after it are read.
        let from = Self.firstIndex(p.places.count) { p.places[$0].firstToken > m.lastToken }
        for q in p.places[from...] {
            if q.firstToken - m.lastToken > 8 { break }
            if q.mention.place.kind != .country && q.mention.place.country == m.mention.place.country { return q }
        }
        return m
    }

    /// "Near Hit in Al Anbar Province": a province or country that only qualifies the town named right
    /// before it gives way to the town.
    private func preferTownInRegion(_ m: LocatedMention, in p: ParsedSentence) -> LocatedMention {
        guard [.province, .country].contains(m.mention.place.kind), m.firstToken >= 2 else { return m }
        let joiner = p.tokens[m.firstToken - 1].lower
        guard joiner == "in" || joiner == "," else { return m }
        let next = Self.firstIndex(p.places.count) { p.places[$0].firstToken > m.firstToken - 2 }
        guard next > 0, case let town = p.places[next - 1], town.lastToken == m.firstToken - 2,
              [.populated, .site, .district].contains(town.mention.place.kind),
              town.mention.place.country == m.mention.place.country,
              m.mention.place.kind == .country || town.mention.place.admin1.isEmpty || town.mention.place.admin1 == m.mention.place.admin1
        else { return m }
        return withOffset(town, p.tokens)
    }

    /// "2 km north of X", "approximately 17 NM North West of X" (`OffsetPhrase`): the point moves; "near X",
    /// "west of X", "the outskirts of X": a limited area around X (precision 2).
    private func withOffset(_ m: LocatedMention, _ t: [Token]) -> LocatedMention {
        var out = m
        guard m.mention.place.kind == .populated || m.mention.place.kind == .site else { return out }
        let i = m.firstToken
        let prev = i > 0 ? t[i - 1].lower : ""
        if i > 0 && Self.cues.nearWords.contains(t[i - 1])
            || (prev == "of" && i > 1 && Self.cues.areaWordsBeforeOf.contains(t[i - 2])) {
            out.mention.precision = .nearPlace
            out.mention.uncertaintyKm = 10
        }
        guard prev == "of", i >= 2 else { return out }
        guard let offset = OffsetPhrase.read(endingAt: i - 2, t) else {
            // "north south of X": a direction the text contradicts still says the strike was not at X itself.
            if Self.cues.bearings[t[i - 2]] != nil { out.mention.precision = .nearPlace; out.mention.uncertaintyKm = 10 }
            return out
        }
        out.mention.precision = .nearPlace
        out.mention.uncertaintyKm = 10
        if let km = offset.km {
            out.mention.coordinate = GeoMath.destination(from: m.mention.place.coordinate, km: km, bearing: offset.bearing)
            out.mention.uncertaintyKm = max(2, km * 0.25)
            out.mention.text = offset.text + " of " + m.mention.text
        }
        return out
    }
}
