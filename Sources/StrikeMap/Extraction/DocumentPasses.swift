/// What one sentence cannot know: a release's lead date ("On Nov. 1, coalition forces ...") for the list
/// under it; a later sentence that dates ("The increase in strikes in late December") or locates ("the
/// enclave at Baghouz") an earlier report; the same strike reported twice in one document.
struct DocumentPasses {
    let parsed: [ParsedSentence]
    let article: Article
    let scalars: [Unicode.Scalar]

    func apply(to drafts: [EventDraft]) -> [StrikeEvent] {
        var drafts = drafts
        let hints = drafts.filter(\.hintOnly)
        drafts.removeAll(where: \.hintOnly)
        dateFromLaterHints(&drafts, hints)
        dateFromLead(&drafts)
        confirmOwnAccount(&drafts)
        locateRegions(&drafts)
        // Sentences that only refer back to a report ("The airstrike destroyed 3 vehicles."), whether they
        // told its harm or nothing of their own.
        let references = harmFromDefiniteReferences(&drafts)
        casualtiesFromNextSentence(&drafts, after: references)
        for k in drafts.indices { finish(&drafts[k]) }
        // "Military airstrikes continue against ISIL terrorists in Syria and Iraq": a whole country or more,
        // with no count, no casualties and no date, says that strikes happen, not that one did. (A
        // statement's assessment of a report at a place is kept: "Dec. 6, 2106, near Al Msheirfa, Syria: ... no
        // Coalition strikes were conducted" answers one allegation, however vague its date and place.)
        drafts.removeAll { d in
            let e = d.event
            return e.aggregate && e.strikes == nil && e.date == nil && e.civilianDeaths.isEmpty && e.combatantDeaths.isEmpty
                && (e.assessment == nil || e.mention == nil)
        }
        var events = mergeRepeats(drafts.map(\.event))
        events = dropVagueCountryReports(events)
        return mergeTotals(events)
    }

    /// "On Nov. 1, coalition military forces continued to attack ..." in one of the first body sentences.
    private var leadDate: DateExpression? {
        for p in parsed.prefix(4) where !p.boilerplate && !p.sentence.isFragment {
            if let d = p.dates.first(where: { $0.leadsSentence && $0.precision == .day }) { return d }
        }
        return nil
    }

    private func dateFromLead(_ drafts: inout [EventDraft]) {
        guard let lead = leadDate else { return }
        // A single strike with no place ("One strike is currently under investigation") is of the lead's day too.
        for k in drafts.indices where drafts[k].event.dateText == nil
            && (!drafts[k].event.aggregate || drafts[k].event.mention == nil && drafts[k].event.strikes == 1) {
            drafts[k].event.time = lead.time
            drafts[k].event.dateText = lead.text
        }
    }

    /// "Regime forces shelled the outskirts of X. Neither injuries nor fatalities were reported.", "... fell in
    /// Abu Salim. Two civilians were injured.": a sentence with no report of its own that counts harm speaks
    /// for the reports of the sentence before, where they count none. Definite references to the report
    /// (`references`) stand between: "... conducted an airstrike near X. The airstrike destroyed 3
    /// vehicles. More than 15 militants were killed."
    private func casualtiesFromNextSentence(_ drafts: inout [EventDraft], after references: Set<Int>) {
        let drafted = Set(drafts.map(\.sentence))
        for k in drafts.indices {
            // The next sentence, or the one after it when the next counts nothing ("Witnesses told us ...").
            var s = drafts[k].sentence
            while s + 1 < parsed.count, references.contains(s + 1) || !drafted.contains(s + 1) && refersBack(s + 1) { s += 1 }
            guard let next = [s + 1, s + 2].first(where: { $0 < parsed.count && parsed[$0].harm != nil }),
                  (s + 1...next).allSatisfy({ parsed[$0].triggers.isEmpty }), let harm = parsed[next].harm else { continue }
            var e = drafts[k].event
            if e.civilianDeaths.isEmpty && e.combatantDeaths.isEmpty { e.civilianDeaths = harm.civilian; e.combatantDeaths = harm.combatant }
            if e.civilianInjured.isEmpty && e.combatantInjured.isEmpty { e.civilianInjured = harm.civilianInjured; e.combatantInjured = harm.combatantInjured }
            drafts[k].event = e
        }
    }

    /// Whether sentence `k`, which gave no draft, only refers back to a report and says nothing of harm:
    /// each of its triggers is definite ("The airstrike destroyed 3 vehicles."). One that speaks of harm
    /// ("There were no civilian casualties from the airstrikes.") is the last word on it.
    private func refersBack(_ k: Int) -> Bool {
        guard !parsed[k].triggers.isEmpty else { return false }
        let s = parsed[k].sentence
        let t = Tokenizer.tokenize(scalars, s.start, s.end)
        return parsed[k].triggers.allSatisfy { StrikeExtractor.isDefinite($0, t) } && CasualtyReader.read(t, in: 0..<t.count).isEmpty
    }

    /// "Coalition aircraft conducted a strike near Al Bab on June 12. The strike killed an estimated two
    /// civilians.": a definite reference with no place or count of its own, in one of the two sentences
    /// after a located report, tells that report's harm (and date, when it had none), not a report of its own.
    /// Returns the sentences of the references it merged.
    private func harmFromDefiniteReferences(_ drafts: inout [EventDraft]) -> Set<Int> {
        var referred = Set<Int>()
        for k in drafts.indices where drafts[k].definite && drafts[k].event.mention == nil && drafts[k].event.strikes == nil {
            let s = drafts[k].sentence
            guard let j = drafts.indices.last(where: { $0 < k && drafts[$0].sentence < s && s - drafts[$0].sentence <= 2
                                                        && drafts[$0].event.mention != nil && !drafts[$0].event.aggregate }) else { continue }
            let r = drafts[k].event
            var e = drafts[j].event
            if e.civilianDeaths.isEmpty && e.combatantDeaths.isEmpty { e.civilianDeaths = r.civilianDeaths; e.combatantDeaths = r.combatantDeaths }
            if e.civilianInjured.isEmpty && e.combatantInjured.isEmpty { e.civilianInjured = r.civilianInjured; e.combatantInjured = r.combatantInjured }
            if e.dateText == nil, r.dateText != nil { e.time = r.time; e.dateText = r.dateText }
            extendEvidence(&e, to: s)
            drafts[j].event = e
            referred.insert(k)
        }
        let sentences = Set(referred.map { drafts[$0].sentence })
        if !referred.isEmpty { drafts = drafts.indices.filter { !referred.contains($0) }.map { drafts[$0] } }
        return sentences
    }

    /// A striker's own release ("U.S. and coalition military forces conducted 17 airstrikes ..."): a lead
    /// sentence that tells the strikes as conducted by a striker that publishes its reports, in a document
    /// that cites no one, makes its reports `confirmed`.
    private func confirmOwnAccount(_ drafts: inout [EventDraft]) {
        guard !drafts.isEmpty, drafts.allSatisfy({ $0.event.reportedBy == nil }) else { return }
        let strikers = Lexicon.shared.actors.selfReporting
        let lead = parsed.indices.filter { !parsed[$0].boilerplate && !parsed[$0].sentence.isFragment }.prefix(4)
        guard lead.contains(where: { k in
            let s = parsed[k].sentence
            let t = Tokenizer.tokenize(scalars, s.start, s.end)
            return AttributionReader.isOwnAccount(t, strikers: strikers)
        }) else { return }
        for k in drafts.indices where drafts[k].event.status == .reported { drafts[k].event.status = .confirmed }
    }

    /// A sentence that names no place but dates strikes dates the undated (or less precisely dated) reports
    /// of the four sentences before it.
    private func dateFromLaterHints(_ drafts: inout [EventDraft], _ hints: [EventDraft]) {
        // Drafts are in sentence order: the four sentences before a hint are found by binary search, so that
        // a document of many hints and many reports costs hints × log(reports), not hints × reports.
        for hint in hints where hint.event.dateText != nil {
            guard let precision = hint.event.time.precision, !(hint.event.date?.isLongPeriod ?? false) else { continue }
            let from = Self.firstIndex(in: drafts) { $0.sentence >= hint.sentence - 4 }
            let to = Self.firstIndex(in: drafts) { $0.sentence >= hint.sentence }
            for k in (from..<to).reversed() {
                guard !drafts[k].event.aggregate else { continue }
                let own = drafts[k].event.time.precision
                if own.map({ precision < $0 && (hint.definite || drafts[k].event.date == nil) }) ?? true {
                    if let a = drafts[k].event.date, let b = hint.event.date, !(b.start >= a.start && b.end <= a.end) { continue }
                    drafts[k].event.time = hint.event.time
                    drafts[k].event.dateText = hint.event.dateText
                    extendEvidence(&drafts[k].event, to: hint.sentence)
                }
            }
        }
    }

    /// The first index whose draft satisfies `reached` (false, then true, in sentence order).
    private static func firstIndex(in drafts: [EventDraft], _ reached: (EventDraft) -> Bool) -> Int {
        var lo = 0, hi = drafts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if reached(drafts[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// "Islamic State's final enclave in eastern Syria was crushed with air assaults" then "the enclave at
    /// Baghouz": a report placed only in a part of a country moves to the town named in the two sentences
    /// after it, when that town lies in the same country.
    private func locateRegions(_ drafts: inout [EventDraft]) {
        for k in drafts.indices {
            // Only a part the text names itself ("eastern Syria"): a village it names in a part of a province
            // ("Kafr Nabudah in northern Hama", `UnitFallback`) is where the report is.
            guard let m = drafts[k].event.mention, m.precision == .region, !m.isWithinUnit else { continue }
            let s = drafts[k].sentence
            for next in (s + 1)..<min(parsed.count, s + 3) {
                guard let town = parsed[next].places.first(where: {
                    ($0.mention.place.kind == .populated || $0.mention.place.kind == .site) && $0.mention.place.country == m.place.country
                }) else { continue }
                drafts[k].event.location = .point(town.mention)
                extendEvidence(&drafts[k].event, to: next)
                break
            }
        }
    }

    private func extendEvidence(_ e: inout StrikeEvent, to sentence: Int) {
        let other = parsed[sentence].sentence
        let start = min(e.evidenceStart, other.start), end = max(e.evidenceEnd, other.end)
        guard end - start < 4000 else { return }
        e.evidenceStart = start
        e.evidenceEnd = end
        e.evidence = scalars.text(start..<end)
    }

    /// Aggregate flag and confidence, once place and date are final.
    private func finish(_ d: inout EventDraft) {
        var e = d.event
        // Known only to a country (a village the gazetteer lacks, placed in the country the text names, too):
        // no point a map can show as the strike's.
        if let m = e.mention, m.place.kind == .country, m.precision == .country { e.aggregate = true }
        if let n = e.strikes, n >= 100 { e.aggregate = true }
        if let span = e.date, span.isLongPeriod || span.openEnded { e.aggregate = true }
        var c = 0.45
        if let m = e.mention { c += m.precision <= .nearPlace ? 0.2 : m.precision <= .province ? 0.1 : 0 }
        if e.strikes != nil { c += 0.1 }
        if let span = e.date, span.precision <= .week { c += 0.1 }
        if e.actor != nil { c += 0.05 }
        if parsed[d.sentence].sentence.isFragment { c -= 0.15 }
        e.confidence = (min(0.95, max(0.05, c)) * 100).rounded() / 100
        d.event = e
    }

    /// Earlier reports a new one is compared with, at one place and kind: enough for any real document,
    /// and a bound that keeps a document of thousands of lines about one town linear.
    static let repeatWindow = 256

    /// The same place, kind and date reported twice in one document: one event, the first report's
    /// evidence, the other's details where the first lacks them. Reports are compared within their place
    /// and kind only (and with the last `repeatWindow` of those).
    private func mergeRepeats(_ events: [StrikeEvent]) -> [StrikeEvent] {
        var out: [StrikeEvent] = []
        var byPlace: [String: [Int]] = [:]
        for e in events {
            guard let m = e.mention else { out.append(e); continue }
            let key = m.place.id + "|" + e.kind.rawValue + (e.aggregate ? "|a" : "")
            let earlier = byPlace[key, default: []].suffix(Self.repeatWindow)
            // Fields read in place: a copy of an event retains each of its strings.
            if let k = earlier.first(where: { i in
                (out[i].strikes == nil || e.strikes == nil) && (out[i].date == nil || e.date == nil || out[i].date == e.date)
                    && (out[i].dateText == nil || e.dateText == nil || out[i].dateText == e.dateText)
            }) {
                EventMerger.fill(&out[k], from: e)
            } else {
                byPlace[key, default: []].append(out.count)
                out.append(e)
            }
        }
        return out
    }

    /// A country-wide mention without count or casualties ("Libya strike" in a headline) adds nothing when
    /// the document reports a located strike in that country.
    private func dropVagueCountryReports(_ events: [StrikeEvent]) -> [StrikeEvent] {
        let locatedIn = Set(events.compactMap { e in e.mention.flatMap { $0.precision < .country ? $0.place.country : nil } })
        return events.filter { e in
            guard let m = e.mention, m.precision == .country, !m.isWithinUnit, e.strikes == nil, e.civilianDeaths.isEmpty, e.combatantDeaths.isEmpty else { return true }
            return !locatedIn.contains(m.place.country)
        }
    }

    /// "nearly 35,000 airstrikes" (headline) and "34,917 airstrikes" (body): one total. Compared within
    /// the totals of one place (the last `repeatWindow` of them).
    private func mergeTotals(_ events: [StrikeEvent]) -> [StrikeEvent] {
        var out: [StrikeEvent] = []
        var byPlace: [String: [Int]] = [:]
        for e in events {
            guard e.aggregate, let n = e.strikes else { out.append(e); continue }
            let key = e.mention?.place.id ?? "-"
            if let k = byPlace[key, default: []].suffix(Self.repeatWindow).first(where: { i in
                guard let m = out[i].strikes else { return false }
                return (out[i].strikesQualifier != .exact || e.strikesQualifier != .exact) && abs(Double(m - n)) <= 0.05 * Double(max(m, n))
            }) {
                let keepNew = e.strikesQualifier == .exact && out[k].strikesQualifier != .exact
                out[k] = keepNew ? EventMerger.fill(e, from: out[k]) : EventMerger.fill(out[k], from: e)
            } else {
                byPlace[key, default: []].append(out.count)
                out.append(e)
            }
        }
        return out
    }
}
