/// Reads the dead and the injured: "killing at least 11 civilians", "killed more than 80 ISIL terrorists",
/// "up to 13,190 civilians were killed", "between 5 and 7 civilians died", "killed or wounded", "five
/// civilians were killed and three individuals were injured", "killing a woman and her two children" (3),
/// "dozens of civilians" (24 to 99: `CountWords.vagueUpper`), "no casualties were reported" (0 and 0).
enum CasualtyReader {
    struct Deaths {
        var civilian = DeathRange()
        var combatant = DeathRange()
        var civilianInjured = DeathRange()
        var combatantInjured = DeathRange()
        /// "between 9 and 3 civilians": a range written backwards, left out (for a warning).
        var reversed: String?
        var isEmpty: Bool { civilian.isEmpty && combatant.isEmpty && civilianInjured.isEmpty && combatantInjured.isEmpty }
        /// Someone was killed: a casualty statement without a trigger word reports a strike only then.
        var someKilled: Bool { [civilian, combatant].contains(where: Self.someone) }
        /// Someone was hurt: a count of harm says there was a strike; "no casualties" does not.
        var hasCount: Bool { someKilled || [civilianInjured, combatantInjured].contains(where: Self.someone) }
        private static func someone(_ r: DeathRange) -> Bool { (r.max ?? r.min ?? 0) > 0 }
    }

    static let words = Lexicon.shared.casualties

    /// Scans tokens `range` of a sentence for counts of the dead and injured.
    static func read(_ t: [Token], in range: Range<Int>) -> Deaths {
        var deaths = Deaths()
        guard range.contains(where: { words.deaths.contains(t[$0]) || words.injuries.contains(t[$0]) || words.noneWords.contains(t[$0]) }) else { return deaths }
        var lastNoun = -10, lastWasInjury = false, lastCivilian = false
        for i in range {
            var isCivilian = words.civilians.contains(t[i]), isCombatant = words.combatants.contains(t[i])
            guard isCivilian || isCombatant else { continue }
            // "six members of one family": the group takes the side of what it is a part of.
            if words.groupNouns.contains(t[i]), i + 1 < range.upperBound, t[i + 1].lower == "of",
               (i + 2..<min(range.upperBound, i + 5)).contains(where: { words.civilians.contains(t[$0]) }) {
                isCivilian = true
                isCombatant = false
            }
            // The count stands before the noun, perhaps with adjectives between ("80 ISIL terrorists").
            var j = i - 1, hops = 0
            var unsaid: Int?
            while j >= range.lowerBound, hops < 3, t[j].kind == .word || t[j].kind == .hyphen, CountReader.count(endingAt: j, t) == nil
                    || words.indefinite.contains(t[j]) {
                if words.indefinite.contains(t[j]) { break }
                if words.unknownAmounts.contains(t[j]), unsaid == nil { unsaid = j }
                j -= 1
                hops += 1
            }
            // "an unknown number of militants were killed": someone, how many unsaid (at least one).
            let unsaidCount = unsaid.map { u in
                CountReader.Count(value: 1, qualifier: .atLeast, firstToken: j >= range.lowerBound && words.indefinite.contains(t[j]) ? j : u, lastToken: u)
            }
            guard let c = unsaidCount ?? (j >= range.lowerBound ? CountReader.count(endingAt: j, t) : nil) else { continue }
            if isWhole(c, t, range) || isAge(c, t) { continue }
            // The harm must be said: a word of death or injury near; the nearer decides which it is.
            let window = max(range.lowerBound, c.firstToken - 8)..<min(range.upperBound, i + 8)
            let death = nearest(words.deaths, in: window, to: i, t), injury = nearest(words.injuries, in: window, to: i, t)
            guard death != nil || injury != nil else { continue }
            // A verb right before the count decides ("killed at least 5 civilians and injured 11 others"), else the
            // nearer word.
            let before = (max(range.lowerBound, c.firstToken - 2)..<c.firstToken).last { words.deaths.contains(t[$0]) || words.injuries.contains(t[$0]) }
            // "killed or wounded 12": the dead among them, below.
            let eitherHarm = before.map { $0 >= 2 && t[$0 - 1].lower == "or" && words.deaths.contains(t[$0 - 2]) } ?? false
            let injured = eitherHarm ? false : before.map { words.injuries.contains(t[$0]) } ?? death.map { d in injury.map { abs($0 - i) < abs(d - i) } ?? false } ?? true
            var r = DeathRange()
            // "between 5 and 7 civilians"
            if c.firstToken >= 2, t[c.firstToken - 1].lower == "and", let low = CountReader.count(endingAt: c.firstToken - 2, t),
               low.firstToken >= 1, t[low.firstToken - 1].lower == "between" {
                guard low.value <= c.value else {
                    deaths.reversed = "between \(low.value) and \(c.value)"
                    continue
                }
                r = DeathRange(min: low.value, max: c.value)
            } else if c.firstToken >= 2, t[c.firstToken - 1].kind == .hyphen && t[c.firstToken - 1].start == t[c.firstToken - 2].end
                        || t[c.firstToken - 1].lower == "to",
                      let low = CountReader.count(endingAt: c.firstToken - 2, t), low.qualifier == .exact, c.qualifier == .exact, low.value < c.value {
                // "killing 4-6 people", "three to five civilians": the range, as "between" gives it.
                r = DeathRange(min: low.value, max: c.value)
            } else {
                r = deathRange(c, t)
            }
            // "killed or wounded 12 civilians": the dead are some of the 12, perhaps none.
            if window.contains(where: { k in k + 2 < t.count && words.deaths.contains(t[k]) && t[k + 1].lower == "or"
                                        && words.injuries.contains(t[k + 2]) }) {
                r = DeathRange(min: 0, max: r.max ?? r.min)
            }
            // "a woman and her two children": people listed together are added up.
            let listed = c.firstToken - lastNoun <= 3 && c.firstToken > lastNoun && lastWasInjury == injured && lastCivilian == isCivilian
                && t[(lastNoun + 1)..<c.firstToken].contains { $0.lower == "and" || $0.lower == "," }
                && !t[(lastNoun + 1)..<c.firstToken].contains { words.partOf.contains($0) }
            lastNoun = i; lastWasInjury = injured; lastCivilian = isCivilian
            switch (isCivilian, injured) {
            case (true, false): deaths.civilian = listed ? add(deaths.civilian, r) : merge(deaths.civilian, r)
            case (false, false): deaths.combatant = listed ? add(deaths.combatant, r) : merge(deaths.combatant, r)
            case (true, true): deaths.civilianInjured = listed ? add(deaths.civilianInjured, r) : merge(deaths.civilianInjured, r)
            case (false, true): deaths.combatantInjured = listed ? add(deaths.combatantInjured, r) : merge(deaths.combatantInjured, r)
            }
        }
        bareCounts(t, in: range, into: &deaths)
        if deaths.isEmpty, let none = noneReported(t, in: range) {
            let zero = DeathRange(min: 0, max: 0)
            if none.deaths { deaths.civilian = zero; if !none.civiliansOnly { deaths.combatant = zero } }
            if none.injuries { deaths.civilianInjured = zero; if !none.civiliansOnly { deaths.combatantInjured = zero } }
        }
        return deaths
    }

    /// "of one family", "two of the five children": the whole a part is counted from, not the harmed.
    /// ("the lives of nine civilians", "the deaths of 12 people": the harm's own "of".)
    static func isWhole(_ c: CountReader.Count, _ t: [Token], _ range: Range<Int>) -> Bool {
        guard let of = [c.firstToken - 1, c.firstToken - 2].first(where: { $0 >= range.lowerBound && t[$0].lower == "of" }) else { return false }
        if of > range.lowerBound, words.deaths.contains(t[of - 1]) || words.injuries.contains(t[of - 1]) { return false }
        return of == c.firstToken - 1 || t[of + 1].lower == "the"
    }

    /// "an 87 year old woman", "the 12-year-old boy": the count is an age, not how many.
    static func isAge(_ c: CountReader.Count, _ t: [Token]) -> Bool {
        var k = c.lastToken + 1
        if k < t.count, t[k].kind == .hyphen { k += 1 }
        return k < t.count && words.ageUnits.contains(t[k])
    }

    /// The dead or hurt a count says: "dozens" is 24 to 99, as documented with the words.
    static func deathRange(_ c: CountReader.Count, _ t: [Token]) -> DeathRange {
        switch c.qualifier {
        case .exact, .about: return DeathRange(min: c.value, max: c.value)
        case .atLeast: return DeathRange(min: c.value, max: words.vagueUpper[t[c.lastToken]])
        case .atMost: return DeathRange(min: nil, max: c.value)
        }
    }

    /// "no casualties were reported", "neither injuries nor fatalities", "no one was killed", "no civilian
    /// casualties": which harms the text says are none, and whether it speaks of civilians only.
    static func noneReported(_ t: [Token], in range: Range<Int>) -> (deaths: Bool, injuries: Bool, civiliansOnly: Bool)? {
        var deaths = false, injuries = false, civiliansOnly = false
        for i in range where words.noneWords.contains(t[i]) {
            var k = i + 1
            while k < range.upperBound, k - i <= 4 {
                let w = t[k]
                if words.civilians.contains(w) || w.lower == "civilian" { civiliansOnly = true }
                if words.casualtyNouns.contains(w) { deaths = true; injuries = true }
                if words.fatalityNouns.contains(w) || words.deaths.contains(w) { deaths = true }
                if words.injuryNouns.contains(w) || words.injuries.contains(w) { injuries = true }
                k += 1
            }
        }
        return deaths || injuries ? (deaths, injuries, civiliansOnly) : nil
    }

    private static func nearest(_ set: WordSet, in window: Range<Int>, to i: Int, _ t: [Token]) -> Int? {
        window.lazy.filter { set.contains(t[$0]) }.min { abs($0 - i) < abs($1 - i) }
    }

    static func merge(_ a: DeathRange, _ b: DeathRange) -> DeathRange {
        if a.isEmpty { return b }
        return DeathRange(min: [a.min, b.min].compactMap { $0 }.max(), max: [a.max, b.max].compactMap { $0 }.max()).ordered
    }

    private static func add(_ a: DeathRange, _ b: DeathRange) -> DeathRange {
        if a.isEmpty { return b }
        let low = (a.min ?? 0) + (b.min ?? 0)
        return DeathRange(min: low, max: a.max.flatMap { x in b.max.map { x + $0 } }).ordered
    }
}
