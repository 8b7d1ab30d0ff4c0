/// Who carried out a strike, from the words around its trigger.
enum ActorReader {
    private static let words = Lexicon.shared.actors

    /// The actor nearest before the trigger (skipping a clause boundary), or named by "by X" after it.
    static func actor(for trigger: TriggerReader.Trigger, _ t: [Token], sentence range: Range<Int>) -> String? {
        // "artillery fire by the Syrian Democratic Forces"
        // "shells fired by presumed LNA forces": a verb of firing and a hedge may stand between.
        var k = trigger.lastToken + 1
        if k + 1 < range.upperBound, words.firingVerbs.contains(t[k]), t[k + 1].lower == "by" { k += 1 }
        if k < range.upperBound, t[k].lower == "by" {
            k += 1
            if k < range.upperBound, t[k].lower == "the" { k += 1 }
            if k < range.upperBound, words.hedges.contains(t[k]) { k += 1 }
            if let a = cue(at: k, t, range) { return a }
        }
        // "warplanes of the Saudi-led coalition struck": the owner named between the weapon and its verb.
        if trigger.lastToken - trigger.firstToken > 2 {
            for i in stride(from: trigger.lastToken - 1, to: trigger.firstToken, by: -1) {
                if let a = cue(reaching: i, t, range) { return a }
            }
        }
        var i = trigger.firstToken - 1
        while i >= range.lowerBound, trigger.firstToken - i <= 12 {
            // A full stop ends the clause, but not the one of "U.S." (a letter before it).
            if t[i].lower == ";" || t[i].lower == "." && !(i > 0 && t[i - 1].lower.count == 1) { break }
            if let a = cue(reaching: i, t, range) {
                // A bare demonym ("near the Iraqi border") names the actor only next to the trigger or before
                // a word for armed forces ("Russian warplanes").
                // A platform's name after it counts too: "Dutch F-16 aircraft", "French Rafale jets".
                if !words.demonyms.contains(t[i]) || trigger.firstToken - i <= 3
                    || t[(i + 1)..<min(t.count, i + 4)].contains(where: { words.forceWords.contains($0) })
                    || (i + 2 < t.count && t[i + 1].isCapitalized && t[i + 1].lower.count <= 2 && t[i + 2].kind == .hyphen) { return a }
            }
            i -= 1
        }
        return nil
    }

    /// Whether tokens `r` name `actor` ("the Turkish defence ministry" names Turkey).
    static func names(_ actor: String, in t: [Token], _ r: ClosedRange<Int>) -> Bool {
        r.contains { cue(at: $0, t, r.lowerBound..<(r.upperBound + 1)) == actor }
    }

    /// Whether tokens `r` are an actor's name and nothing more ("the coalition", "Turkey").
    static func isActorName(_ t: [Token], _ r: ClosedRange<Int>) -> Bool {
        let first = t[r.lowerBound].lower == "the" ? r.lowerBound + 1 : r.lowerBound
        guard first <= r.upperBound, let candidates = words.cuesByFirstWord[t[first]] else { return false }
        return candidates.contains { $0.phrase.count == r.upperBound - first + 1 && $0.phrase.matches(t, at: first) }
    }

    /// The cue at `i`, or, read backwards, the longer cue that `i` ends: "Saudi-led coalition" is not
    /// "coalition". A longer cue starts up to three tokens before `i` and reaches over it.
    private static func cue(reaching i: Int, _ t: [Token], _ range: Range<Int>) -> String? {
        for k in stride(from: i - 3, to: i, by: 1) where k >= range.lowerBound {
            guard let candidates = words.cuesByFirstWord[t[k]] else { continue }
            for (phrase, actor) in candidates where k + phrase.count > i && k + phrase.count <= range.upperBound && phrase.matches(t, at: k) {
                return actor
            }
        }
        return cue(at: i, t, range)
    }

    private static func cue(at i: Int, _ t: [Token], _ range: Range<Int>) -> String? {
        // "fire by the" at the end of a sentence: nothing after "by the".
        guard range.contains(i), i < t.count, let candidates = words.cuesByFirstWord[t[i]] else { return nationalForces(at: i, t, range) }
        for (phrase, actor) in candidates where i + phrase.count <= range.upperBound && phrase.matches(t, at: i) {
            // "US" as a word must be written in capitals: "us" is a pronoun.
            if phrase.words == ["us"], !(t[i].isCapitalized) { continue }
            return actor
        }
        return nationalForces(at: i, t, range)
    }

    /// "Sudanese army drones", "Azerbaijani forces", "the Syrian air force": a nationality right before a
    /// word for armed forces names its country's forces, by the cues' name for them or else the country's.
    private static func nationalForces(at i: Int, _ t: [Token], _ range: Range<Int>) -> String? {
        guard range.contains(i), i + 1 < range.upperBound, words.forceWords.contains(t[i + 1]),
              let code = Lexicon.shared.demonyms.countries[t[i]] else { return nil }
        return words.countryLabels[code] ?? countryNames[code]
    }

    /// Country names by code, from the basemap (Natural Earth's names), made on first use.
    private static let countryNames: [String: String] = Dictionary(
        EmbeddedBasemap.shared.features.filter { $0.layer == .country && !$0.name.isEmpty }.map { ($0.code, $0.name) },
        uniquingKeysWith: { first, _ in first })
}
