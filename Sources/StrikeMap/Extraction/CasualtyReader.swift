/// Reads deaths: "killing at least 11 civilians", "killed more than 80 ISIL terrorists", "up to 13,190
/// civilians were killed", "between 5 and 7 civilians died", "killed or wounded".
enum CasualtyReader {
    struct Deaths {
        var civilian = DeathRange()
        var combatant = DeathRange()
        var isEmpty: Bool { civilian.isEmpty && combatant.isEmpty }
    }

    private static let words = Lexicon.shared.casualties

    /// Scans tokens `range` of a sentence for counts of the dead.
    static func read(_ t: [Token], in range: Range<Int>) -> Deaths {
        var deaths = Deaths()
        guard range.contains(where: { words.deaths.contains(t[$0]) }) else { return deaths }
        for i in range {
            let isCivilian = words.civilians.contains(t[i]), isCombatant = words.combatants.contains(t[i])
            guard isCivilian || isCombatant else { continue }
            // The count stands before the noun, perhaps with adjectives between ("80 ISIL terrorists").
            var j = i - 1, hops = 0
            while j >= range.lowerBound, hops < 3, t[j].kind == .word || t[j].kind == .hyphen, CountReader.count(endingAt: j, t) == nil
                    || words.indefinite.contains(t[j]) {
                if words.indefinite.contains(t[j]) { break }
                j -= 1
                hops += 1
            }
            guard j >= range.lowerBound, let c = CountReader.count(endingAt: j, t) else { continue }
            // The deaths must be said: a death word within five tokens either side.
            let window = max(range.lowerBound, c.firstToken - 8)..<min(range.upperBound, i + 6)
            guard window.contains(where: { words.deaths.contains(t[$0]) }) else { continue }
            var r = DeathRange()
            // "between 5 and 7 civilians"
            if c.firstToken >= 2, t[c.firstToken - 1].lower == "and", let low = CountReader.count(endingAt: c.firstToken - 2, t),
               low.firstToken >= 1, t[low.firstToken - 1].lower == "between" {
                r = DeathRange(min: low.value, max: c.value)
            } else {
                switch c.qualifier {
                case .exact: r = DeathRange(min: c.value, max: c.value)
                case .atLeast: r = DeathRange(min: c.value, max: nil)
                case .atMost: r = DeathRange(min: nil, max: c.value)
                case .about: r = DeathRange(min: c.value, max: c.value)
                }
            }
            // "killed or wounded 12 civilians": the dead are some of the 12, perhaps none.
            if window.contains(where: { k in k + 2 < t.count && words.deaths.contains(t[k]) && t[k + 1].lower == "or"
                                        && words.injuries.contains(t[k + 2]) }) {
                r = DeathRange(min: 0, max: r.max ?? r.min)
            }
            if isCivilian { deaths.civilian = merge(deaths.civilian, r) } else { deaths.combatant = merge(deaths.combatant, r) }
        }
        return deaths
    }

    private static func merge(_ a: DeathRange, _ b: DeathRange) -> DeathRange {
        if a.isEmpty { return b }
        return DeathRange(min: [a.min, b.min].compactMap { $0 }.max(), max: [a.max, b.max].compactMap { $0 }.max()).ordered
    }
}
