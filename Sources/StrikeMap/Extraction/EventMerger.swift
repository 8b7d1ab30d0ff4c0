/// Combines reports of one strike.
enum EventMerger {
    /// `a` with the details it lacks taken from `b`; deaths widen to both reports' bounds; sources united.
    static func fill(_ a: StrikeEvent, from b: StrikeEvent) -> StrikeEvent {
        var e = a
        fill(&e, from: b)
        return e
    }

    /// `fill` in place: a group absorbing thousands of reports appends to its own sources instead of
    /// copying them for each report.
    static func fill(_ e: inout StrikeEvent, from b: StrikeEvent) {
        if e.mention == nil, let m = b.mention { e.location = .point(m) }
        if prefers(b.date?.precision, over: e.date?.precision) { e.time = b.time; e.dateText = b.dateText ?? e.dateText }
        if e.dateText == nil { e.dateText = b.dateText }
        if e.strikes == nil { e.strikes = b.strikes; e.strikesQualifier = b.strikesQualifier }
        if e.actor == nil { e.actor = b.actor }
        if e.targets == nil { e.targets = b.targets }
        if e.reportedBy == nil { e.reportedBy = b.reportedBy }
        if b.status.rank > e.status.rank { e.status = b.status; e.assessment = b.assessment ?? e.assessment }
        if e.assessment == nil { e.assessment = b.assessment }
        e.civilianDeaths = widen(e.civilianDeaths, b.civilianDeaths)
        e.combatantDeaths = widen(e.combatantDeaths, b.combatantDeaths)
        e.civilianInjured = widen(e.civilianInjured, b.civilianInjured)
        e.combatantInjured = widen(e.combatantInjured, b.combatantInjured)
        e.confidence = [e.confidence, b.confidence].compactMap { $0 }.max()
        for s in b.sources where !e.sources.contains(s) { e.sources.append(s) }
    }

    /// Whether a merge takes the date of precision `b` instead of that of `a`: there is none, or `b` is finer.
    static func prefers(_ b: DatePrecision?, over a: DatePrecision?) -> Bool {
        guard let a else { return true }
        guard let b else { return false }
        return b < a
    }

    private static func widen(_ a: DeathRange, _ b: DeathRange) -> DeathRange {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        let mins = [a.min, b.min].compactMap { $0 }, maxs = [a.max, b.max].compactMap { $0 }
        return DeathRange(min: mins.min(), max: maxs.max()).ordered
    }

    /// What reports of one strike from different documents share: the place and the kind. Nil for an
    /// event that never merges across documents (a total, no place or no date).
    static func crossDocumentKey(_ e: StrikeEvent) -> String? {
        guard let m = e.mention, !e.aggregate, e.date != nil else { return nil }
        // A report found not credible, denied or a duplicate is not merged with reports that stand: the
        // map must show both, not one event with a verdict that belongs to only one of them.
        return m.place.id + "|" + e.kind.rawValue + (e.status.isDisputed || e.status == .duplicate ? "|" + e.status.rawValue : "")
    }

    /// Whether dates overlap or are within a day of each other.
    static func near(_ a: DateSpan, _ b: DateSpan) -> Bool {
        near(a.start.ordinal, a.end.ordinal, b.start.ordinal, b.end.ordinal)
    }

    /// `near` of two spans given as the ordinals of their first and last days.
    static func near(_ aStart: Int, _ aEnd: Int, _ bStart: Int, _ bEnd: Int) -> Bool {
        aStart <= bEnd + 1 && bStart <= aEnd + 1
    }

    /// `merged` (the first report and those absorbed so far) with one more report of the same strike; two
    /// different counts become the larger one, qualified `at_most`.
    static func absorbing(_ merged: StrikeEvent, _ e: StrikeEvent) -> StrikeEvent {
        var out = merged
        absorb(&out, e)
        return out
    }

    /// `absorbing` in place.
    static func absorb(_ merged: inout StrikeEvent, _ e: StrikeEvent) {
        let before = merged.strikes
        fill(&merged, from: e)
        if let a = before, let b = e.strikes, a != b { merged.strikes = max(a, b); merged.strikesQualifier = .atMost }
    }
}
