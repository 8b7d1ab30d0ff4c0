/// Counts of the dead and hurt written without a noun for who they were: "8 were killed and 12 were
/// injured", "killing 7 civilians and wounding 17", "left 12 dead and 8 wounded", "injured 40 others", "the
/// death toll rose to 30". Such a count is of people, as "people" would be (counted as civilians), or of
/// the side of a counted noun before it ("12 militants were killed and 13 were injured"). A count that is a
/// part ("two of them were killed"), that a noun follows (the noun's rule reads it), or that something other
/// than `CasualtyWords.bareCountFollowers` follows ("killed 3 km from") is none.
extension CasualtyReader {
    private enum Harm { case death, injury, deathAmongHurt }

    static func bareCounts(_ t: [Token], in range: Range<Int>, into deaths: inout Deaths) {
        var read = Set<Int>()
        for k in range {
            guard let (c, harm) = passiveSubject(at: k, t, range) ?? object(of: k, t, range) ?? beforeParticiple(k, t, range) ?? toll(at: k, t, range),
                  c.firstToken >= range.lowerBound, read.insert(c.firstToken).inserted, !isWhole(c, t, range), !isAge(c, t),
                  // "an wounded": an article alone is no count here.
                  !(c.firstToken == c.lastToken && words.bareArticles.contains(t[c.firstToken])),
                  // "On 2 May 2025 were ...": a day of a date is no count.
                  !(c.firstToken > range.lowerBound && Lexicon.shared.dates.months[t[c.firstToken - 1]] != nil) else { continue }
            var r = deathRange(c, t)
            // "Dozens were killed or wounded": the dead are some of them, perhaps none.
            if harm == .deathAmongHurt { r = DeathRange(min: 0, max: r.max ?? r.min) }
            // A count joined to a counted noun is of its side.
            let joined = (max(range.lowerBound, c.firstToken - 8)..<c.firstToken).last { words.civilians.contains(t[$0]) || words.combatants.contains(t[$0]) }
            let civilian = joined.map { words.civilians.contains(t[$0]) && !words.combatants.contains(t[$0]) } ?? true
            switch (civilian, harm == .injury) {
            case (true, false): deaths.civilian = merge(deaths.civilian, r)
            case (false, false): deaths.combatant = merge(deaths.combatant, r)
            case (true, true): deaths.civilianInjured = merge(deaths.civilianInjured, r)
            case (false, true): deaths.combatantInjured = merge(deaths.combatantInjured, r)
            }
        }
    }

    /// The harm a word says, if it is one.
    private static func harm(_ i: Int, _ t: [Token], _ range: Range<Int>) -> Harm? {
        guard range.contains(i) else { return nil }
        if words.deaths.contains(t[i]) {
            return i + 2 < range.upperBound && t[i + 1].lower == "or" && words.injuries.contains(t[i + 2]) ? .deathAmongHurt : .death
        }
        return words.injuries.contains(t[i]) ? .injury : nil
    }

    /// The count that ends right before token `k` ("others" may stand after it), of no noun.
    private static func count(endingBefore k: Int, _ t: [Token], _ range: Range<Int>) -> CountReader.Count? {
        let end = k - 1 >= range.lowerBound && words.countTails.contains(t[k - 1]) ? k - 2 : k - 1
        guard end >= range.lowerBound, t[end].kind == .number || !words.civilians.contains(t[end]) && !words.combatants.contains(t[end]) else { return nil }
        return CountReader.count(endingAt: end, t)
    }

    /// The count that begins at token `b` and ends before a follower that lets it stand alone.
    private static func count(startingAt b: Int, _ t: [Token], _ range: Range<Int>) -> CountReader.Count? {
        for end in b..<min(range.upperBound, b + 4) {
            guard let c = CountReader.count(endingAt: end, t), c.firstToken == b else { continue }
            let next = end + 1
            return next >= range.upperBound || words.bareCountFollowers.contains(t[next]) ? c : nil
        }
        return nil
    }

    /// "8 were killed", "two have died", "3 others were injured": the count is the subject.
    private static func passiveSubject(at k: Int, _ t: [Token], _ range: Range<Int>) -> (CountReader.Count, Harm)? {
        let verb: Int
        if words.passiveAuxiliaries.contains(t[k]) {
            verb = k + 1
        } else if words.perfectAuxiliaries.contains(t[k]) {
            verb = k + 1 < range.upperBound && t[k + 1].lower == "been" ? k + 2 : k + 1
        } else if words.intransitiveDeaths.contains(t[k]) {
            verb = k
        } else {
            return nil
        }
        guard let h = harm(verb, t, range), let c = count(endingBefore: k, t, range) else { return nil }
        return (c, h)
    }

    /// "killing 5 and wounding 12", "injured 40 others": the count is the object of a verb of harm.
    private static func object(of k: Int, _ t: [Token], _ range: Range<Int>) -> (CountReader.Count, Harm)? {
        guard t[k].kind == .word, !words.objectlessDeathWords.contains(t[k]), let h = harm(k, t, range),
              let c = count(startingAt: k + 1, t, range) else { return nil }
        return (c, h == .deathAmongHurt ? .death : h)
    }

    /// "left 12 dead and 8 wounded", "3 killed, 5 wounded": the count before a participle of harm, at the
    /// start or after "left", "leaving", a comma or "and" (not "a strike in 2015 killed").
    private static func beforeParticiple(_ k: Int, _ t: [Token], _ range: Range<Int>) -> (CountReader.Count, Harm)? {
        guard words.harmParticiples.contains(t[k]), let h = harm(k, t, range), let c = count(endingBefore: k, t, range),
              c.firstToken == range.lowerBound || words.participleCountLeads.contains(t[c.firstToken - 1]) else { return nil }
        return (c, h)
    }

    /// "the death toll rose to 30", "the death toll stood at 12": the count after the toll's verb.
    private static func toll(at k: Int, _ t: [Token], _ range: Range<Int>) -> (CountReader.Count, Harm)? {
        guard words.tollVerbs.contains(t[k]), k + 1 < range.upperBound,
              t[max(range.lowerBound, k - 16)..<k].contains(where: { words.tollNouns.contains($0) }),
              let c = count(startingAt: k + 1, t, range) else { return nil }
        return (c, .death)
    }
}
