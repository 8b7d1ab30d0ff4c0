/// Casualty statements and other assessments: "July 9, 2016, in Manbij, Syria, via Airwars report. After
/// a review of all available records it was assessed that no Coalition actions were conducted in the
/// geographical area ...". The header (a sentence led by a date, with the place) names the alleged strike;
/// the verdict after it says what the assessing body found. The allegation is an event whatever the
/// verdict, with the verdict as its `status` and the body's words as its `assessment`: a map that dropped
/// rejected allegations would hide exactly what a casualty monitor checks.
///
/// A document of several statements (a monthly report's numbered list) is cut at each header; a verdict
/// speaks for the events of its own statement. Where one statement's verdicts disagree ("insufficient
/// information to conclude ... credible", then "likely led to the deaths") the last that is not marked as
/// superseded ("initially assessed") is kept, with a warning.
struct AssessmentPass {
    let parsed: [ParsedSentence]
    let text: DocumentText
    let article: Article

    func apply(to drafts: [EventDraft], warnings: inout [Diagnostic]) -> [EventDraft] {
        guard parsed.contains(where: { $0.verdict != nil }) else { return drafts }
        var drafts = drafts
        var created: [EventDraft] = []
        let headers = parsed.indices.filter(isHeader)
        // Sentences before the first header (a report's preamble) form a statement of their own.
        let preamble = headers.first != 0
        let starts = preamble ? [0] + headers : headers
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : parsed.count
            let verdicts = (start..<end).compactMap { k in parsed[k].verdict.map { (k, $0) } }
            guard let (k, verdict) = final(verdicts, warnings: &warnings) else { continue }
            let header = preamble && n == 0 ? nil : start
            // Outside a statement (a release's "One strike is currently under investigation"), a verdict
            // speaks for the reports of its own sentence.
            let spoken = header == nil && drafts.contains { $0.sentence == k && !$0.hintOnly }
            let place = header.flatMap(headerPlace)
            let date = header.flatMap { parsed[$0].dates.first }
            let assessment = assessmentText(verdict, sentence: k)
            let via = header.flatMap(viaSource)
            var any = false
            var hintDate: DateExpression?
            for d in drafts.indices where spoken ? drafts[d].sentence == k : (start..<end).contains(drafts[d].sentence) {
                drafts[d].event.status = verdict.status
                drafts[d].event.assessment = assessment
                if drafts[d].event.reportedBy == nil { drafts[d].event.reportedBy = via }
                if drafts[d].event.mention == nil, let place, drafts[d].event.strikes.map({ $0 < 100 }) ?? true {
                    drafts[d].event.location = .point(place)
                    drafts[d].event.aggregate = false
                    drafts[d].hintOnly = false
                }
                // The header's date is the incident's: a later date in its statement is the date of a
                // press release or a report about it ("Number 5 on the Dec. 1, 2016, CJTF-OIR press release").
                if let date {
                    drafts[d].event.time = date.time
                    drafts[d].event.dateText = date.text
                }
                // A strike that only a date ties to the statement ("conducted a deliberate strike on 16 Oct")
                // dates the allegation's event instead.
                if drafts[d].hintOnly {
                    if hintDate == nil { hintDate = parsed[drafts[d].sentence].dates.first }
                } else {
                    any = true
                }
            }
            // A preamble before statements ("Duplicate Reports: The following reports were found to be
            // duplicates ...") heads a list; it is no allegation of its own.
            // Without a header the verdict itself, or a sentence beside it, must speak of a strike or an
            // allegation: a news story's "still under investigation" is about something else.
            let near = header == nil ? max(start, k - 1)..<min(end, k + 2) : start..<end
            guard !any, header != nil || headers.isEmpty, StrikeScreen.mayReport(article.text),
                  near.contains(where: { header == nil ? isAboutStrikesItself($0) : isAboutStrikes($0) }) else { continue }
            var e = allegation(header: header ?? k, verdictSentence: k, place: place, date: date ?? hintDate, verdict: verdict, assessment: assessment,
                               warnings: &warnings)
            e.event.reportedBy = via
            created.append(e)
        }
        return (drafts + created).sorted { $0.sentence < $1.sentence }
    }

    /// Whether a sentence says the verdict is about a strike's report: a trigger, a word of death, a
    /// military cue or an allegation's word ("the allegation provided insufficient detail", "via Airwars
    /// report").
    private func isAboutStrikes(_ k: Int) -> Bool {
        let p = parsed[k]
        if !p.triggers.isEmpty || p.mentionsDeath { return true }
        let cues = Lexicon.shared.triggers.militaryCues, words = Lexicon.shared.assessments
        let t = text.tokens(k)
        if t.contains(where: { cues.contains($0) || words.allegationWords.contains($0) }) { return true }
        return t.indices.contains { i in words.sourcedVia.contains(t[i]) && t[(i + 1)..<min(t.count, i + 8)].contains { words.reportNouns.contains($0) } }
    }

    /// Who the header says alleged it: "via Airwars report" is Airwars, "via social media report" social
    /// media; "via self-report" names none but the striker itself.
    private func viaSource(_ k: Int) -> String? {
        let t = text.tokens(k), words = Lexicon.shared.assessments
        guard let v = t.indices.first(where: { words.sourcedVia.contains(t[$0]) }),
              let r = ((v + 1)..<min(t.count, v + 8)).first(where: { words.reportNouns.contains(t[$0]) }), r > v + 1 else { return nil }
        var last = r - 1
        while last > v, t[last].kind != .word { last -= 1 }
        guard last > v, t[last].lower != "self" else { return nil }
        return text.text(t[v + 1].start..<t[last].end)
    }

    /// Whether a sentence names a strike or an allegation itself: a trigger or an allegation's word (a
    /// word of death or a military cue is not enough outside a statement).
    private func isAboutStrikesItself(_ k: Int) -> Bool {
        !parsed[k].triggers.isEmpty || text.tokens(k).contains { Lexicon.shared.assessments.allegationWords.contains($0) }
    }

    /// A statement's header: led by a date of a day ("July 9, 2016, in Manbij", "On Dec. 10, 2015, near
    /// Ar Raqqah", "1. August 11, 2015, in Atimah") with a place after it.
    private func isHeader(_ k: Int) -> Bool {
        let p = parsed[k]
        guard !p.boilerplate, let d = p.dates.first, d.leadsSentence, d.precision == .day, !found(k).isEmpty else { return false }
        // The place follows the date at once: "July 9, 2016, in Manbij", "on the road between Manbij and ..."
        let t = text.tokens(k)
        let cue = Self.cue(after: d, t)
        return cue < t.count && (Lexicon.shared.places.locativePrepositions.contains(t[cue]) || t[cue].lower == "ivo")
    }

    /// The token after a header's date and the comma or colon that may follow it: where its place's
    /// locative word stands.
    private static func cue(after d: DateExpression, _ t: [Token]) -> Int {
        d.lastToken + 1 < t.count && [",", ":"].contains(t[d.lastToken + 1].lower) ? d.lastToken + 2 : d.lastToken + 1
    }

    private func found(_ k: Int) -> [LocatedMention] { parsed[k].places }

    /// The place a header names: the first below a country ("near Salima, al-Shadadi, Syria" is Salima),
    /// else its country.
    private func headerPlace(_ k: Int) -> PlaceMention? {
        let places = found(k)
        guard let first = places.first(where: { $0.mention.place.kind != .country || $0.mention.isWithinUnit }) ?? places.first else { return nil }
        // "near Salima, al-Shadadi, Syria": the village right after the date's locative word is the one
        // the gazetteer lacks; the place after it is only the unit around it.
        let t = text.tokens(k)
        guard let d = parsed[k].dates.first, case let cue = Self.cue(after: d, t), cue == d.lastToken + 2, cue + 1 < first.firstToken,
              Lexicon.shared.places.locativePrepositions.contains(t[cue]), t[cue + 1].kind == .word, t[cue + 1].isCapitalized,
              !places.contains(where: { $0.firstToken <= cue + 1 && $0.lastToken >= cue + 1 }), !first.mention.isWithinUnit
        else { return first.mention }
        var name = cue + 1
        while name + 1 < first.firstToken, t[name + 1].kind != .punctuation { name += 1 }
        var m = PlaceMention(text: text.text(t[cue + 1].start..<t[name].end), start: t[cue + 1].start, end: t[name].end, place: first.mention.place)
        m.isWithinUnit = true
        switch first.mention.place.kind {
        case .populated, .site:
            m.precision = .district
            m.uncertaintyKm = ContainingUnit.countrysideRadiusKm
        default:
            break
        }
        return m
    }

    /// The verdict a statement ends with, and a warning when its verdicts disagree.
    private func final(_ verdicts: [(Int, AssessmentReader.Verdict)], warnings: inout [Diagnostic]) -> (Int, AssessmentReader.Verdict)? {
        let standing = verdicts.filter { !$0.1.superseded }
        guard let last = standing.last ?? verdicts.last else { return nil }
        let statuses = verdicts.map(\.1.status)
        if let first = statuses.first, statuses.contains(where: { $0 != first }) {
            let s = parsed[last.0].sentence
            warnings.append(Diagnostic(.warning, file: article.source, line: s.line, column: s.column,
                                       message: "the assessment changes its verdict from '\(first.rawValue)' to '\(last.1.status.rawValue)'; the last is kept"))
        }
        return last
    }

    /// The verdict's clause, without the sentence's closing punctuation.
    private func assessmentText(_ v: AssessmentReader.Verdict, sentence k: Int) -> Assessment {
        let t = text.tokens(k)
        var last = t.count - 1
        while last > v.clauseStart, t[last].kind == .punctuation { last -= 1 }
        let start = t[v.clauseStart].start, end = t[last].end
        return Assessment(text: text.text(start..<end), start: start, end: end)
    }

    /// The event of an allegation that no sentence reports with a trigger: the header's place and date, the
    /// casualties its statement counts, evidence from the header to the verdict.
    private func allegation(header: Int, verdictSentence k: Int, place: PlaceMention?, date: DateExpression?,
                            verdict: AssessmentReader.Verdict, assessment: Assessment, warnings: inout [Diagnostic]) -> EventDraft {
        let first = parsed[header].sentence, last = parsed[k].sentence
        let span = last.end - first.start < 4000 ? first.start..<max(first.end, last.end) : first.start..<first.end
        let id = EventIdentity.eventId(source: article.source, evidence: span, placeId: place?.place.id, kind: .strike)
        var e = StrikeEvent(id: id, source: article.source, published: article.published, evidence: text.text(span),
                            evidenceStart: span.lowerBound, evidenceEnd: span.upperBound)
        e.status = verdict.status
        e.assessment = assessment
        if let place { e.location = .point(place) } else {
            warnings.append(Diagnostic(.warning, file: article.source, line: first.line, column: first.column,
                                       message: "the assessed report names no place; its event has no point"))
        }
        if let date { e.time = date.time; e.dateText = date.text }
        for s in min(header, k)...max(header, k) {
            // The harm a sentence without a trigger counts was read already (`ParsedSentence.harm`).
            let deaths = parsed[s].harm ?? {
                let t = text.tokens(s)
                return CasualtyReader.read(t, in: 0..<t.count)
            }()
            if e.civilianDeaths.isEmpty { e.civilianDeaths = deaths.civilian }
            if e.combatantDeaths.isEmpty { e.combatantDeaths = deaths.combatant }
            if e.civilianInjured.isEmpty { e.civilianInjured = deaths.civilianInjured }
            if e.combatantInjured.isEmpty { e.combatantInjured = deaths.combatantInjured }
        }
        return EventDraft(event: e, sentence: header)
    }
}
