extension StrikeExtractor {
    /// Before a place, these say the clause is about movement or company, not where something was hit.
    static let nonLocative: Set<String> = ["from", "to", "toward", "towards", "into", "with", "by", "for", "than", "via", "between"]
    static let bearings: [String: Double] = [
        "north": 0, "n": 0, "northeast": 45, "ne": 45, "east": 90, "e": 90, "southeast": 135, "se": 135,
        "south": 180, "s": 180, "southwest": 225, "sw": 225, "west": 270, "w": 270, "northwest": 315, "nw": 315,
        "nne": 22.5, "ene": 67.5, "ese": 112.5, "sse": 157.5, "ssw": 202.5, "wsw": 247.5, "wnw": 292.5, "nnw": 337.5,
    ]
    static let kmPerUnit: [String: Double] = [
        "km": 1, "kms": 1, "kilometers": 1, "kilometres": 1, "kilometer": 1, "kilometre": 1, "miles": 1.609344,
        "mile": 1.609344, "mi": 1.609344, "nm": 1.852, "nmi": 1.852,
    ]

    /// The places a trigger hit: the first locative place after it (and places joined to that one by "and"
    /// or commas), else the nearest locative place before it; a country gives way to a place inside it
    /// named right after ("Syria's eastern province of Deir ez-Zor"). `locative` holds the indices of the
    /// sentence's locative places (`locativePlaces`), found once per sentence: places are in text order,
    /// so each trigger's are found by binary search and a long sentence stays linear.
    func selectPlaces(for trigger: TriggerLexicon.Trigger, in p: ParsedSentence, locative: [Int], segmentEnd: Int, nextCounted: Int) -> [LocatedMention] {
        let limit = min(max(segmentEnd, nextCounted), clauseEnd(after: trigger.lastToken, p.tokens))
        var chosen: [LocatedMention] = []
        let after = Self.firstIndex(locative.count) { p.places[locative[$0]].firstToken > trigger.lastToken }
        if after < locative.count, p.places[locative[after]].firstToken < limit {
            let first = locative[after]
            chosen = [p.places[first]] + coordinated(after: first, p.places, p.tokens)
        } else {
            // The last locative place ending before the trigger.
            let end = Self.firstIndex(locative.count) { p.places[locative[$0]].lastToken >= trigger.firstToken }
            var k = end - 1
            while k >= 0, p.places[locative[k]].lastToken >= trigger.firstToken { k -= 1 }
            if k >= 0 {
                let before = locative[k]
                chosen = [p.places[before]] + coordinated(after: before, p.places, p.tokens).filter { $0.lastToken < trigger.firstToken }
            }
        }
        chosen = chosen.map { refineCountry($0, in: p) }.map { preferTownInRegion($0, in: p) }
        return chosen.map { withOffset($0, p.tokens) }
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

    /// Where the clause of a trigger ends: a relative "which"/"who", a semicolon, "while"/"but", or 16
    /// tokens on, whichever comes first.
    private static let clauseBreakWords = [";", "which", "who", "whom", "while", "but", "whereas", "although", "though"]
    private static let clauseBreaks = WordSet(clauseBreakWords), nonLocativeSet = WordSet(nonLocative)
    private static let bearingMap = WordMap(bearings), kmPerUnitMap = WordMap(kmPerUnit)

    /// The word lists of the extractor's sentence passes (this file's, `StrikeExtractor+Sentence`'s and
    /// `StrikeExtractor`'s), for `Vocabulary`.
    static var vocabulary: [String] {
        Array(nonLocative) + bearings.keys + kmPerUnit.keys + clauseBreakWords + countModifiers + comparatives + militaryCues
            + definiteWords + unknownPlaceCueWords + targetingVerbWords + unresolvedCueWords
    }

    private func clauseEnd(after i: Int, _ t: [Token]) -> Int {
        var k = i + 1
        while k < t.count, k - i <= 16 {
            if Self.clauseBreaks.contains(t[k]) { return k }
            k += 1
        }
        return k
    }

    func isLocative(_ m: LocatedMention, _ p: ParsedSentence) -> Bool {
        let t = p.tokens
        guard m.firstToken > 0 else { return false }
        let prev = t[m.firstToken - 1].lower
        if Self.nonLocativeSet.contains(t[m.firstToken - 1]) { return false }
        // "of" locates only after a word for a place or a part of one ("the city of X", "north of X",
        // "the outskirts of X"), not after a polity or a group ("the Kingdom of Saudi Arabia").
        if prev == "of" { return m.firstToken >= 2 && PlaceLexicon.partOfPlaceSet.contains(t[m.firstToken - 2]) }
        if PlaceLexicon.locativeSet.contains(t[m.firstToken - 1]) { return true }
        if PlaceLexicon.directionMap[t[m.firstToken - 1]] != nil, m.firstToken > 1 { return PlaceLexicon.locativeSet.contains(t[m.firstToken - 2]) }
        // "the enclave at Baghouz", "the city of Raqqah": already handled; "in the Daesh-held Syrian city of X" too.
        return prev == "-" && m.firstToken == 1
    }

    /// Places joined to the place at index `m` by "and", "or" or commas only: read on from `m` until the
    /// first that is not.
    private func coordinated(after m: Int, _ places: [LocatedMention], _ t: [Token]) -> [LocatedMention] {
        var out: [LocatedMention] = []
        var last = places[m]
        for q in places[(m + 1)...] where q.firstToken > places[m].lastToken {
            let between = t[(last.lastToken + 1)..<q.firstToken].map(\.lower)
            guard !between.isEmpty, between.allSatisfy({ [",", "and", "or", "near", "in"].contains($0) }),
                  between.contains(where: { $0 == "and" || $0 == "," || $0 == "or" }) else { break }
            // "Raqqah, Syria": the country qualifies the town; "Iraq, Syria" lists two countries.
            if between == [","] && q.mention.place.kind == .country && last.mention.place.kind != .country { break }
            out.append(q)
            last = q
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

    /// "2 km north of X", "approximately 2 NM N of X": the point moves; "near X", "west of X", "the
    /// outskirts of X": a limited area around X (precision 2).
    private func withOffset(_ m: LocatedMention, _ t: [Token]) -> LocatedMention {
        var out = m
        guard m.mention.place.kind == .populated || m.mention.place.kind == .site else { return out }
        let i = m.firstToken
        let prev = i > 0 ? t[i - 1].lower : ""
        if ["near", "around", "outside", "nearby", "vicinity", "outskirts"].contains(prev)
            || (prev == "of" && i > 1 && ["outskirts", "vicinity", "area", "countryside"].contains(t[i - 2].lower)) {
            out.mention.precision = .nearPlace
            out.mention.uncertaintyKm = 10
        }
        guard prev == "of", i >= 2 else { return out }
        var d = i - 2
        var bearing = Self.bearingMap[t[d]]
        if bearing == nil, d >= 2, t[d - 1].kind == .hyphen, let a = Self.bearingMap[t[d - 2]], let b = Self.bearingMap[t[d]] {
            bearing = (a == 0 && b == 270) ? 315 : (a + b) / 2
            d -= 2
        }
        guard let deg = bearing, t[d].isCapitalized || t[d].lower.count > 2 || d > 0 else { return out }
        out.mention.precision = .nearPlace
        out.mention.uncertaintyKm = 10
        if d >= 2, let unit = Self.kmPerUnitMap[t[d - 1]], let n = t[d - 2].value ?? CountReader.count(endingAt: d - 2, t)?.value {
            let km = Double(n) * unit
            out.mention.coordinate = GeoMath.destination(from: m.mention.place.coordinate, km: km, bearing: deg)
            out.mention.uncertaintyKm = max(2, km * 0.25)
            out.mention.text = String(t[d - 2].lower) + " " + t[d - 1].lower + " " + t[d].lower + " of " + m.mention.text
        }
        return out
    }
}
