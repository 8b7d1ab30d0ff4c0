/// Reads an assessing body's verdict on a report of a strike from one sentence: "no Coalition actions
/// were conducted in the geographical area" (not credible), "insufficient detail to identify a specific
/// date" (not credible), "it was assessed that one civilian was inadvertently killed" (credible), "are
/// duplicates of those in allegation 57" (duplicate), "remains under investigation". Words in parentheses
/// are about another report ("(Credible with one civilian unintentionally wounded, ...)") and are not read.
enum AssessmentReader {
    struct Verdict {
        var status: ReportStatus
        /// The token that decided it, and where the verdict's clause begins (after "it was assessed that").
        var anchor: Int
        var clauseStart: Int
        /// "CFACC initially assessed ...": a verdict the text later replaces.
        var superseded: Bool
    }

    private static let words = Lexicon.shared.assessments

    /// The sentence's verdict, if it gives one. One sentence gives one: a duplicate finding decides over a
    /// finding against the report, which decides over an open one, which decides over a finding for it.
    static func verdict(in t: [Token]) -> Verdict? {
        var depth = 0
        var found: [(ReportStatus, Int)] = []
        for i in t.indices {
            if t[i].lower == "(" { depth += 1; continue }
            if t[i].lower == ")" { depth = max(0, depth - 1); continue }
            guard depth == 0, t[i].kind == .word, let s = status(at: i, t) else { continue }
            found.append((s, i))
        }
        let order: [ReportStatus] = [.duplicate, .notCredible, .underInvestigation, .credible]
        guard let (status, anchor) = order.lazy.compactMap({ s in found.first { $0.0 == s } }).first else { return nil }
        return Verdict(status: status, anchor: anchor, clauseStart: clauseStart(before: anchor, t),
                       superseded: t[max(0, anchor - 8)..<anchor].contains { words.superseded.contains($0) })
    }

    /// The verdict the word at `i` begins or decides, if any.
    private static func status(at i: Int, _ t: [Token]) -> ReportStatus? {
        func within(_ range: Range<Int>, _ set: WordSet) -> Bool {
            t[max(0, range.lowerBound)..<min(t.count, range.upperBound)].contains { set.contains($0) }
        }
        let w = t[i]
        if words.duplicates.contains(w) {
            // "duplicates of", "based on the same report"
            if w.lower == "same" { return i + 1 < t.count && words.sameWhat.contains(t[i + 1]) ? .duplicate : nil }
            return .duplicate
        }
        if words.credibility.contains(w) {
            // "not credible", "non-credible", "neither allegation credible", "No CIVCAS determined"
            if within((i - 3)..<i, words.negators) { return .notCredible }
            if w.lower == "credible" && !within((i - 6)..<i, words.lacking) { return .credible }
            return nil
        }
        if words.lacking.contains(w), within((i + 1)..<(i + 4), words.evidence) { return .notCredible }
        // "no Coalition actions were conducted", "No Coalition strikes were conducted on that day"
        if w.lower == "no", let k = (i + 1..<min(t.count, i + 4)).first(where: { words.strikeRecords.contains(t[$0]) }),
           within((k + 1)..<(k + 5), words.conducted) { return .notCredible }
        // "civilian casualties did not occur as a result of a Coalition action"
        if w.lower == "did", i + 2 < t.count, t[i + 1].lower == "not", words.happened.contains(t[i + 2]) { return .notCredible }
        // "under investigation", "remains open", "still being assessed", "the investigation is ongoing"
        // ("the centre is open plan" is no verdict).
        if words.openWords.contains(w), i > 0 {
            let before = t[i - 1].lower
            switch w.lower {
            case "investigation", "review", "assessment": return before == "under" ? .underInvestigation : nil
            case "open": return before == "remains" || before == "still" ? .underInvestigation : nil
            case "ongoing":
                return words.stillVerbs.contains(t[i - 1]) && i > 1 && words.inquiries.contains(t[i - 2]) ? .underInvestigation : nil
            default:
                // "still being assessed"
                return before == "being" && i > 1 && t[i - 2].lower == "still" ? .underInvestigation : nil
            }
        }
        // A word of harm after a word of finding: "it is assessed that no civilians were harmed" finds against
        // the report; "it was assessed that one civilian was inadvertently killed", "likely led to the deaths
        // of two non-combatant children", "Regrettably, ... were unintentionally wounded" for it, when the
        // harmed are civilians named in the clause and the harm is not the allegation's own words.
        if words.harm.contains(w), within((i - 24)..<i, words.findingVerbs) {
            if within((i - 3)..<i, words.noHarm) { return .notCredible }
            if !within((i - 3)..<i, words.negators), !within((i - 3)..<i, words.hearsay),
               within((i - 24)..<(i + 8), Lexicon.shared.casualties.civilians) { return .credible }
        }
        return nil
    }

    /// The verdict's clause starts after the last "that" before its anchor ("it was assessed that no
    /// Coalition actions ..."), else at the sentence's first word.
    private static func clauseStart(before anchor: Int, _ t: [Token]) -> Int {
        var k = anchor
        while k > 0, anchor - k < 24 {
            if t[k - 1].lower == "that" || t[k - 1].lower == ":" { return k }
            k -= 1
        }
        return t.firstIndex { $0.kind == .word } ?? 0
    }
}
