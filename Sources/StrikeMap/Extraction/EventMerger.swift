/// Combines reports of one strike.
enum EventMerger {
    /// `a` with the details it lacks taken from `b`; deaths widen to both reports' bounds; sources united.
    static func fill(_ a: StrikeEvent, from b: StrikeEvent) -> StrikeEvent {
        var e = a
        if e.mention == nil { e.mention = b.mention }
        if e.date == nil || (b.date != nil && b.date!.precision < e.date!.precision) { e.date = b.date; e.dateText = b.dateText ?? e.dateText }
        if e.dateText == nil { e.dateText = b.dateText }
        if e.strikes == nil { e.strikes = b.strikes; e.strikesQualifier = b.strikesQualifier }
        if e.actor == nil { e.actor = b.actor }
        if e.targets == nil { e.targets = b.targets }
        e.civilianDeaths = widen(e.civilianDeaths, b.civilianDeaths)
        e.combatantDeaths = widen(e.combatantDeaths, b.combatantDeaths)
        e.confidence = max(e.confidence, b.confidence)
        for s in b.sources where !e.sources.contains(s) { e.sources.append(s) }
        return e
    }

    private static func widen(_ a: DeathRange, _ b: DeathRange) -> DeathRange {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        let mins = [a.min, b.min].compactMap { $0 }, maxs = [a.max, b.max].compactMap { $0 }
        return DeathRange(min: mins.min(), max: maxs.max())
    }

    /// Reports of the same place and kind from different documents whose dates overlap (or are within a
    /// day) become one event that keeps every source and the earliest precise date.
    public static func mergeAcrossDocuments(_ events: [StrikeEvent]) -> [StrikeEvent] {
        var out: [StrikeEvent] = []
        var index: [String: [Int]] = [:]
        for e in events {
            guard let m = e.mention, !e.aggregate, let d = e.date else { out.append(e); continue }
            let key = m.place.id + "|" + e.kind.rawValue
            if let k = index[key]?.first(where: { i in
                guard let o = out[i].date, !out[i].sources.contains(e.source) else { return false }
                return o.start.ordinal <= d.end.ordinal + 1 && d.start.ordinal <= o.end.ordinal + 1
            }) {
                var merged = fill(out[k], from: e)
                if let a = out[k].strikes, let b = e.strikes, a != b { merged.strikes = max(a, b); merged.strikesQualifier = .atMost }
                out[k] = merged
            } else {
                index[key, default: []].append(out.count)
                out.append(e)
            }
        }
        return out
    }
}
