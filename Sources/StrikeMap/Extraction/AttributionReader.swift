/// Who reports a strike and in what voice, from its sentence: "..., the Syrian Observatory for Human
/// Rights said" (reported by it), "according to state media", "the coalition said it struck" (the
/// striker's own report: `confirmed`), "allegedly" (`alleged`), "Russia denied" (`denied`).
enum AttributionReader {
    struct Attribution {
        var reportedBy: String?
        var status: ReportStatus = .reported
    }

    /// What a sentence says of its reports' voice, read once for all its triggers: the source it cites
    /// and whether it speaks in the first person, alleges or denies.
    struct SentenceVoice {
        var cited: (Int, Int)?
        var firstPerson = false
        var alleged = false
        var denied = false
    }

    static func voice(of t: [Token]) -> SentenceVoice {
        var v = SentenceVoice(cited: source(in: t))
        var person = false, own = false
        for i in t.indices {
            let w = t[i]
            if words.firstPerson.contains(w) { person = true }
            if words.ownAccount.contains(w) { own = true }
            if words.allegation.contains(w) { v.alleged = true }
            if words.denial.contains(w), i + 1 < t.count, words.deniedObjects.contains(t[i + 1]),
               t[i + 1].lower != "the" || i + 2 < t.count && words.claims.contains(t[i + 2]) {
                v.denied = true
            }
        }
        v.firstPerson = person && own
        return v
    }

    private static let words = Lexicon.shared.attributions

    /// The longest source a sentence names, in tokens: longer, it is a clause, not a name.
    static let longestSource = 10

    /// The voice of a report whose striker is `actor`, in a sentence whose `voice` is read.
    static func read(_ t: [Token], _ s: [Unicode.Scalar], actor: String?, voice: SentenceVoice) -> Attribution {
        var a = Attribution()
        if let (first, last) = voice.cited {
            a.reportedBy = s.text(t[first].start..<t[last].end)
            // The striker speaking of itself: "the coalition said", "the Turkish defence ministry said its jets".
            if let actor, ActorReader.names(actor, in: t, first...last),
               t[first...last].contains(where: { words.officialNouns.contains($0) }) || ActorReader.isActorName(t, first...last) {
                a.status = .confirmed
            }
        }
        if voice.firstPerson { a.status = .confirmed }
        if voice.alleged { a.status = .alleged }
        if voice.denied { a.status = .denied }
        return a
    }

    /// Whether a sentence tells the striker's own account with no source cited: "Coalition military
    /// forces conducted 20 strikes", "an RAF Reaper ... conducted a strike".
    static func isOwnAccount(_ t: [Token], strikers: Set<String>) -> Bool {
        guard t.contains(where: { words.ownAccount.contains($0) }), source(in: t) == nil else { return false }
        return strikers.contains { ActorReader.names($0, in: t, 0...(t.count - 1)) }
    }

    /// The token span of the source a sentence cites: "according to X", "X said", ", said X".
    static func source(in t: [Token]) -> (Int, Int)? {
        for i in t.indices where t[i].lower == "according" && i + 1 < t.count && t[i + 1].lower == "to" {
            if let span = phrase(from: i + 2, t) { return span }
        }
        for v in t.indices where words.sayingVerbs.contains(t[v]) {
            // "was reported", "has been confirmed": no source named.
            if v > 0, words.passives.contains(t[v - 1]) { continue }
            // ", said the monitor"
            if v > 0, t[v - 1].lower == ",", let span = phrase(from: v + 1, t) { return span }
            var b = v
            while b > 0, v - b < longestSource, !isBoundary(t[b - 1]) { b -= 1 }
            if t[b].lower == "and" || t[b].lower == "but" { b += 1 }
            // "senior US military authorities have confirmed": the auxiliary is no part of the source.
            var e = v
            while e > b, words.auxiliaries.contains(t[e - 1]) { e -= 1 }
            guard b < e, isSource(t, b..<e) else { continue }
            return (b, e - 1)
        }
        return nil
    }

    /// A source phrase from `i` to the next boundary.
    private static func phrase(from i: Int, _ t: [Token]) -> (Int, Int)? {
        var e = i
        while e < t.count, e - i < longestSource, !isBoundary(t[e]) { e += 1 }
        while e > i, t[e - 1].kind == .punctuation { e -= 1 }
        guard e > i, isSource(t, i..<e) else { return nil }
        return (i, e - 1)
    }

    /// Where a source's phrase ends: punctuation (but the dots of "U.S." and an apostrophe) or a word of
    /// `AttributionWords.sourceBoundaries`.
    private static func isBoundary(_ t: Token) -> Bool {
        t.kind == .punctuation && t.lower != "." && t.lower != "'" || words.sourceBoundaries.contains(t)
    }

    /// A source names someone: a capitalised word not first in the sentence, or a source noun.
    private static func isSource(_ t: [Token], _ r: Range<Int>) -> Bool {
        guard r.count <= longestSource else { return false }
        if r.count == 1, words.pronouns.contains(t[r.lowerBound]) { return false }
        return t[r].contains { words.sourceNouns.contains($0) } || t[r].enumerated().contains { k, w in
            w.kind == .word && w.isCapitalized && (k > 0 || r.lowerBound > 0 || r.count > 1) && !words.pronouns.contains(w)
        }
    }
}
