/// An event being built, with what the document passes need to know about where it came from.
struct EventDraft {
    var event: StrikeEvent
    var sentence: Int
    /// The sentence names no struck place and gives no count: it can only date or confirm an earlier report.
    var hintOnly = false
    /// A definite reference ("the January 18th strikes") to a strike reported before.
    var definite = false
}

extension StrikeExtractor {
    private static let reportWords = Lexicon.shared.reports

    /// Whether a trigger refers back to a strike told before ("the strike", "the airstrike destroyed").
    /// ("its aircraft struck" is a report: the definite word is the weapon's, not the strike's; "the strike"
    /// is the noun, a verb of hitting too.)
    static func isDefinite(_ trigger: TriggerReader.Trigger, _ t: [Token]) -> Bool {
        let noun = trigger.firstToken == trigger.lastToken && trigger.firstToken > 0 && reportWords.definiteWords.contains(t[trigger.firstToken - 1])
        return (noun || !Lexicon.shared.triggers.hittingVerbs.contains(t[trigger.lastToken]))
            && t[max(0, trigger.firstToken - 3)..<trigger.firstToken].contains { reportWords.definiteWords.contains($0) }
    }

    /// `problems`: what the sentence says that cannot be read (a reversed range), for warnings.
    func events(in p: ParsedSentence, index: Int, article: Article, scalars s: [Unicode.Scalar], problems: inout [String]) -> [EventDraft] {
        let t = p.tokens
        var drafts: [EventDraft] = []
        var triggers = p.triggers
        // A casualty statement with a military cue is a report even without a trigger word ("at least 1,139
        // civilians have been killed in Iraq and Syria since ... its anti-Daesh campaign").
        if triggers.isEmpty {
            let deaths = CasualtyReader.read(t, in: 0..<t.count)
            // Deaths from IEDs, shootings, ambushes and car bombs are no strike's.
            guard deaths.someKilled, t.contains(where: { Lexicon.shared.triggers.militaryCues.contains($0) }),
                  !t.contains(where: { Lexicon.shared.triggers.groundViolence.contains($0) }) else { return [] }
            let k = t.firstIndex { Lexicon.shared.casualties.deaths.contains($0) } ?? 0
            triggers = [TriggerReader.Trigger(firstToken: k, lastToken: k, kind: .strike, plural: true)]
        }
        // One string for the sentence, shared by its events (built per trigger, a long sentence would be quadratic),
        // and what every trigger asks of the sentence, found once: its locative places and, for each
        // trigger, the first counted trigger after it.
        let whole = p.sentence.end - p.sentence.start <= Self.longestEvidence
        let evidence = whole ? s.text(p.sentence.start..<p.sentence.end) : ""
        let locative = locativePlaces(in: p)
        let nextCounted = nextCountedTriggers(triggers, t)
        let voice = AttributionReader.voice(of: t)
        for (n, trigger) in triggers.enumerated() {
            let segmentEnd = n + 1 < triggers.count ? triggers[n + 1].firstToken : t.count
            let segmentStart = n > 0 ? triggers[n - 1].lastToken + 1 : 0
            // Count right before the trigger, over modifiers; a comparative ("a thousand fewer strikes") is no report.
            var count: CountReader.Count?
            var j = trigger.firstToken - 1
            var comparative = false
            while j >= segmentStart, trigger.firstToken - j <= 5 {
                if Self.reportWords.comparatives.contains(t[j]) { comparative = true }
                if let c = CountReader.count(endingAt: j, t) { count = c; break }
                guard Self.reportWords.countModifiers.contains(t[j]) else { break }
                j -= 1
            }
            if comparative { continue }
            // "fired 4 mortar shells", "launched two missiles": the count between the verb of use and its weapon.
            if count == nil, Lexicon.shared.triggers.launchVerbs.contains(t[trigger.firstToken]), trigger.firstToken + 1 < trigger.lastToken {
                count = CountReader.count(endingAt: trigger.firstToken + 1, t)
            }
            if count == nil, !trigger.plural, j >= 0, j == trigger.firstToken - 1 || j >= segmentStart,
               let c = CountReader.count(endingAt: j, t), c.value == 1 { count = c }
            let deathsRange = triggers.count == 1 ? 0..<t.count : trigger.firstToken..<segmentEnd
            let deaths = CasualtyReader.read(t, in: deathsRange)
            let places = selectPlaces(for: trigger, in: p, locative: locative, segmentEnd: segmentEnd, nextCounted: nextCounted[n])
            let date = nearestDate(to: trigger, p.dates)
            let definite = Self.isDefinite(trigger, t)
            // A sentence past `longestEvidence` (a list run together, a page without full stops) gives each
            // report the part of it around its trigger, so that a feature's evidence never holds the whole:
            // thousands of reports in one such sentence would otherwise write it out thousands of times.
            let span = whole ? p.sentence.start..<p.sentence.end : Self.evidenceWindow(around: trigger, t, p.sentence)
            // The draft's id until the document passes settle its place, evidence and position (`EventIdentity`).
            let id = EventIdentity.eventId(source: article.source, evidence: span, placeId: nil, kind: trigger.kind)
            var base = StrikeEvent(id: id, source: article.source, published: article.published,
                                   evidence: whole ? evidence : s.text(span),
                                   evidenceStart: span.lowerBound, evidenceEnd: span.upperBound)
            base.kind = trigger.kind
            base.actor = ActorReader.actor(for: trigger, t, sentence: 0..<t.count)
            let attribution = AttributionReader.read(t, s, actor: base.actor, voice: voice)
            base.reportedBy = attribution.reportedBy
            base.status = attribution.status
            base.civilianDeaths = deaths.civilian
            base.combatantDeaths = deaths.combatant
            base.civilianInjured = deaths.civilianInjured
            base.combatantInjured = deaths.combatantInjured
            if let r = deaths.reversed, n == 0 { problems.append("casualty range '\(r)' is reversed; left out") }
            base.targets = targets(after: trigger, t, s, segmentEnd)
            if let count { base.strikes = count.value; base.strikesQualifier = count.qualifier }
            if let date { base.time = date.time; base.dateText = date.text }
            var draft = EventDraft(event: base, sentence: index, definite: definite && count == nil)
            // A country named beside an unknown village ("In Iraq, near Sultan Abdallah, ...") only says where
            // the village is; with no place at all, an unknown name where a place goes ("fired 107mm rockets
            // toward the Hodan area") is still where the strike was.
            if places.allSatisfy({ $0.mention.place.kind == .country && !$0.mention.isWithinUnit }), let name = unknownPlace(near: trigger, in: p, s) {
                // "Near Sultan Abdallah, one airstrike ...": a strike at a place the gazetteer lacks is still
                // a strike (no point on the map, the name kept, a warning in the report), not a total.
                draft.event.location = .named(name)
                drafts.append(draft)
                continue
            }
            if places.isEmpty {
                if count == nil && !deaths.hasCount {
                    // A date far from the trigger ("told AP on Friday that ... after the bombings") is not its date.
                    if let d = date, abs(d.firstToken - trigger.firstToken) > 6 { continue }
                    // Only a date or an anaphor: kept as a hint for the document passes, which read only
                    // hints that carry a date (a document of "Airstrike." repeated keeps nothing per sentence).
                    guard draft.event.dateText != nil else { continue }
                    draft.hintOnly = true
                    drafts.append(draft)
                    continue
                }
                draft.event.aggregate = true
                drafts.append(draft)
                continue
            }
            let countries = places.allSatisfy { $0.mention.place.kind == .country && !$0.mention.isWithinUnit }
            if countries && places.count > 1 {
                // "in Iraq and Syria": a total with no single place.
                draft.event.aggregate = true
                draft.event.location = .named(places.map { $0.mention.place.name }.joined(separator: ", "))
                drafts.append(draft)
                continue
            }
            for place in places {
                var d = draft
                d.event.location = .point(place.mention)
                if places.count > 1, d.event.strikes != nil { d.event.strikesQualifier = .atMost }
                drafts.append(d)
            }
        }
        return drafts
    }

    /// A capitalised name right after an unknown-place cue ("near", "in", "outside", ...) in the trigger's
    /// sentence that the gazetteer does not know, nearest the trigger.

    /// Evidence is the whole sentence up to this many scalars, else a window of about this size around the
    /// trigger, cut at token boundaries.
    static let longestEvidence = 1_200

    static func evidenceWindow(around trigger: TriggerReader.Trigger, _ t: [Token], _ sentence: Sentence) -> Range<Int> {
        let half = longestEvidence / 2
        var a = trigger.firstToken, b = trigger.lastToken
        while a > 0, t[trigger.firstToken].start - t[a - 1].start <= half { a -= 1 }
        while b + 1 < t.count, t[b + 1].end - t[trigger.lastToken].end <= half { b += 1 }
        let start = a == 0 ? sentence.start : t[a].start, end = b == t.count - 1 ? sentence.end : t[b].end
        return start..<end
    }

    /// A name is at most this many words: a longer run of capitalised words is not a place.
    static let longestUnknownName = 8

    func unknownPlace(near trigger: TriggerReader.Trigger, in p: ParsedSentence, _ s: [Unicode.Scalar]) -> String? {
        let t = p.tokens
        var best: (distance: Int, text: String)?
        // Only cues within 12 tokens of the trigger (and a name's length) can give a name near enough.
        let window = max(0, trigger.firstToken - 13 - Self.longestUnknownName)..<min(max(0, t.count - 1), trigger.lastToken + 13)
        // "of" after a part of a place: "in a valley of the Amedi district", "the outskirts of Kafr Sijna".
        for var i in window where Lexicon.shared.locationCues.unknownPlaceCues.contains(t[i])
            || t[i].lower == "of" && i > 0 && Lexicon.shared.places.partOfPlace.contains(t[i - 1]) {
            // "in the Amedi district": the article before the name.
            if i + 2 < t.count, t[i + 1].lower == "the", t[i + 2].isCapitalized { i += 1 }
            let n = t[i + 1]
            let holder = Self.firstIndex(p.places.count) { p.places[$0].firstToken > i + 1 } - 1
            guard n.kind == .word, n.isCapitalized, !Lexicon.shared.places.commonWords.contains(n),
                  !Lexicon.shared.places.functionWords.contains(n), holder < 0 || p.places[holder].lastToken < i + 1
            else { continue }
            var e = i + 1
            while e + 1 < t.count, e - i < Self.longestUnknownName, t[e + 1].kind == .word, t[e + 1].isCapitalized || Lexicon.shared.places.articles.contains(t[e + 1]),
                  !Lexicon.shared.places.commonWords.contains(t[e + 1]) { e += 1 }
            let distance = i + 1 > trigger.lastToken ? i + 1 - trigger.lastToken : trigger.firstToken - e
            guard distance <= 12 else { continue }
            if best.map({ distance < $0.distance }) ?? true {
                best = (distance, s.text(n.start..<t[e].end))
            }
        }
        return best?.text
    }

    /// For each trigger, the first token of the first later trigger with a count before it ("... 2 strikes
    /// ... 3 strikes"), or the sentence's end: read from the last trigger back, once per sentence.
    private func nextCountedTriggers(_ triggers: [TriggerReader.Trigger], _ t: [Token]) -> [Int] {
        var out = [Int](repeating: t.count, count: triggers.count)
        var next = t.count
        for k in triggers.indices.reversed() {
            out[k] = next
            let f = triggers[k].firstToken
            if f > 0, (CountReader.count(endingAt: f - 1, t) != nil || (f > 1 && CountReader.count(endingAt: f - 2, t) != nil)) { next = f }
        }
        return out
    }

    /// The date expression nearest the trigger (the earlier of two as near): dates are in text order, so
    /// the two around the trigger are found by binary search.
    private func nearestDate(to trigger: TriggerReader.Trigger, _ dates: [DateExpression]) -> DateExpression? {
        let k = Self.firstIndex(dates.count) { dates[$0].firstToken >= trigger.firstToken }
        // Ranges and periods ("since 2014") belong to the whole sentence; otherwise the closest expression.
        let candidates = [k - 1, k].filter { dates.indices.contains($0) }
        return candidates.map { dates[$0] }.min { abs($0.firstToken - trigger.firstToken) < abs($1.firstToken - trigger.firstToken) }
    }


    private func targets(after trigger: TriggerReader.Trigger, _ t: [Token], _ s: [Unicode.Scalar], _ end: Int) -> String? {
        guard let v = t[(trigger.lastToken + 1)..<end].firstIndex(where: { Self.reportWords.targetingVerbs.contains($0) }), v + 1 < end else { return nil }
        var last = end - 1
        while last > v, t[last].kind == .punctuation { last -= 1 }
        guard last > v else { return nil }
        let text = s.text(t[v + 1].start..<t[last].end)
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
