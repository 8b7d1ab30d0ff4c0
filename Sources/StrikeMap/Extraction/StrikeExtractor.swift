/// Turns an article into strike events. Sentence by sentence it finds triggers ("airstrikes", "shelling",
/// "drone strike"), the places they hit, counts, dates, casualties and actors; then document-level passes
/// carry a lead date to the list under it, let later sentences date or locate earlier reports, and merge
/// repeated reports of one strike.
public struct StrikeExtractor: Sendable {
    public var gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Everything found in one article.
    public struct Result: Sendable {
        public var events: [StrikeEvent]
        /// Every place mention, struck or not (for `places`), in text order.
        public var places: [FoundPlace]
        public var diagnostics: [Diagnostic]
        /// Capitalised names after a locative word that the gazetteer does not know.
        public var unresolved: [String]
    }

    /// Extracts the events of one article. With `allPlaces` false, only the place mentions that events can
    /// use are resolved and `places` is empty; a document that `StrikeScreen` shows cannot report a strike
    /// then skips the sentence passes (its events would be none) and only its warnings are read.
    public func extract(_ article: Article, allPlaces: Bool = true) -> Result {
        extract(article, allPlaces: allPlaces, cache: nil)
    }

    /// `extract`, looking places up through `cache` (one per worker of a corpus).
    func extract(_ article: Article, allPlaces: Bool, cache: CandidateCache?) -> Result {
        guard allPlaces || StrikeScreen.mayReport(article.text) else { return warningsOnly(article) }
        let s = [Unicode.Scalar](scalarsOf: article.text)
        var diagnostics = article.diagnostics
        var reader = DateReader(published: article.published)
        let finder = PlaceFinder(gazetteer: gazetteer, cache: cache)
        var parsed: [ParsedSentence] = []
        var found: [[PlaceFinder.Found]] = []
        var demonyms = Set<String>()
        let phrases = BoilerplateFilter.phraseSpans(article.text)
        let demonymMap = Lexicon.shared.places.demonyms
        let deathWords = Lexicon.shared.casualties.deaths
        // Pass 1, every sentence: place spans, dates, triggers. Tokens are not kept (a document of short
        // sentences would hold several hundred bytes of them per sentence): pass 2 tokenizes again the
        // few sentences that can report a strike.
        let sentences = SentenceSplitter.split(s, from: article.bodyStart)
        parsed.reserveCapacity(sentences.count)
        found.reserveCapacity(sentences.count)
        let fullyRead = ParagraphScreen.fullyRead(sentences, s, documentBytes: article.text.utf8.count)
        for (n, sentence) in sentences.enumerated() {
            guard fullyRead[n] else {
                // A paragraph of a large document that cannot report a strike: its warnings only.
                readWarnings(sentence, s, phrases, article, &reader, &diagnostics)
                found.append([])
                parsed.append(ParsedSentence(sentence: sentence, tokens: [], places: [], triggers: [], dates: [], boilerplate: false))
                continue
            }
            let tokens = Tokenizer.tokenize(s, sentence.start, sentence.end)
            let boilerplate = BoilerplateFilter.isBoilerplate(s, sentence, phrases: phrases)
            let f = boilerplate ? [] : finder.find(in: tokens, scalars: s)
            for k in tokens.indices { if let country = demonymMap[tokens[k]] { demonyms.insert(country) } }
            found.append(f)
            let dates = boilerplate ? [] : readDates(tokens, sentence, s, article, &reader, &diagnostics)
            parsed.append(ParsedSentence(sentence: sentence, tokens: [], places: [],
                                         triggers: boilerplate ? [] : TriggerReader.triggers(in: tokens),
                                         dates: dates, boilerplate: boilerplate,
                                         mentionsDeath: !boilerplate && tokens.contains { deathWords.contains($0) }))
        }
        // Pass 2: places resolved with the whole document's context; then each sentence that can report a
        // strike gives its drafts and the names it leaves unresolved.
        let resolver = PlaceResolver(gazetteer: gazetteer, explains: allPlaces)
        let context = resolver.context(for: found.flatMap { $0 }, demonymCountries: demonyms)
        var places: [FoundPlace] = []
        let used = allPlaces ? [] : Self.sentencesUsingPlaces(parsed)
        var drafts: [EventDraft] = []
        var unresolvedNames = Set<String>()
        for (k, list) in found.enumerated() where allPlaces || used.contains(k) {
            let sentence = parsed[k].sentence
            // A mention's evidence is its sentence, or in a sentence past `longestEvidence` the part around it.
            let whole = sentence.end - sentence.start <= Self.longestEvidence
            let sentenceText = list.isEmpty || !allPlaces || !whole ? "" : s.text(sentence.start..<sentence.end)
            var cursor = LineCursor(sentence)
            for f in list {
                guard let m = resolver.resolve(f, context: context) else { continue }
                parsed[k].places.append(LocatedMention(firstToken: f.firstToken, lastToken: f.lastToken, mention: m, preceding: f.preceding))
                guard allPlaces else { continue }
                let (line, column) = cursor.position(of: m.start, in: s)
                let span = whole ? sentence.start..<sentence.end
                    : max(sentence.start, m.start - Self.longestEvidence / 2)..<min(sentence.end, m.end + Self.longestEvidence / 2)
                places.append(FoundPlace(source: article.source, mention: m, line: line, column: column,
                                         sentenceStart: span.lowerBound, sentenceEnd: span.upperBound,
                                         sentence: whole ? sentenceText : s.text(span), struck: false))
            }
            guard parsed[k].canReport else { continue }
            var p = parsed[k]
            p.tokens = Tokenizer.tokenize(s, sentence.start, sentence.end)
            drafts += events(in: p, index: k, article: article, scalars: s)
            Self.unresolvedNames(in: p, s, into: &unresolvedNames)
        }
        let unresolved = unresolvedNames.sorted()
        var events = DocumentPasses(parsed: parsed, article: article, scalars: s).apply(to: drafts)
        // Events of one sentence share its evidence span: each is told apart by its position among them.
        var positions: [Int64: Int] = [:]
        for k in events.indices {
            let span = Int64(events[k].evidenceStart) << 32 | Int64(events[k].evidenceEnd)
            let position = positions[span, default: 0]
            positions[span] = position + 1
            events[k].id = Self.eventId(events[k], position: position)
        }
        let struck = Set(events.compactMap { $0.mention?.start })
        for k in places.indices where struck.contains(places[k].mention.start) { places[k].struck = true }
        if !unresolved.isEmpty {
            diagnostics.append(Diagnostic(.warning, file: article.source, message:
                "\(unresolved.count) place name\(unresolved.count == 1 ? "" : "s") not in the gazetteer: \(unresolved.prefix(8).joined(separator: ", "))\(unresolved.count > 8 ? ", ..." : "")"))
        }
        let undated = events.filter { $0.date == nil && !$0.aggregate }.count
        if undated > 0 {
            diagnostics.append(Diagnostic(.warning, file: article.source, message:
                "\(undated) event\(undated == 1 ? "" : "s") without a date\(article.published == nil ? " (the document has no publication date)" : "")"))
        }
        return Result(events: events, places: places, diagnostics: diagnostics, unresolved: unresolved)
    }

    /// Sentences whose places events can use: those with a trigger or a word of death (a casualty statement
    /// is a report without a trigger), and the two after each (`DocumentPasses.locateRegions`).
    static func sentencesUsingPlaces(_ parsed: [ParsedSentence]) -> Set<Int> {
        var used = Set<Int>()
        for k in parsed.indices where parsed[k].canReport {
            used.formUnion(k...min(k + 2, parsed.count - 1))
        }
        return used
    }

    /// A document that cannot report a strike: only the warnings its sentences would give (numbers too
    /// large, impossible dates), read in the sentences whose digits can give one.
    private func warningsOnly(_ article: Article) -> Result {
        var diagnostics = article.diagnostics
        var text = article.text
        guard text.withUTF8({ StrikeScreen.mayWarn(utf8: $0) }) else {
            return Result(events: [], places: [], diagnostics: diagnostics, unresolved: [])
        }
        let s = [Unicode.Scalar](scalarsOf: article.text)
        let phrases = BoilerplateFilter.phraseSpans(article.text)
        var reader = DateReader(published: article.published)
        for sentence in SentenceSplitter.split(s, from: article.bodyStart) {
            readWarnings(sentence, s, phrases, article, &reader, &diagnostics)
        }
        return Result(events: [], places: [], diagnostics: diagnostics, unresolved: [])
    }

    /// The warnings a sentence that cannot report a strike still gives (numbers too large, impossible
    /// dates), read only where its digits can give one and never in boilerplate.
    private func readWarnings(_ sentence: Sentence, _ s: [Unicode.Scalar], _ phrases: [Range<Int>], _ article: Article,
                              _ reader: inout DateReader, _ diagnostics: inout [Diagnostic]) {
        guard StrikeScreen.mayWarn(s[sentence.start..<sentence.end].lazy.map(\.value)),
              !BoilerplateFilter.isBoilerplate(s, sentence, phrases: phrases) else { return }
        _ = readDates(Tokenizer.tokenize(s, sentence.start, sentence.end), sentence, s, article, &reader, &diagnostics)
    }

    /// The sentence's dates, with a warning for each number too large to be a count and each impossible date.
    private func readDates(_ tokens: [Token], _ sentence: Sentence, _ s: [Unicode.Scalar], _ article: Article,
                           _ reader: inout DateReader, _ diagnostics: inout [Diagnostic]) -> [DateExpression] {
        var cursor = LineCursor(sentence)
        for t in tokens where t.kind == .number && t.value == nil {
            let (line, column) = cursor.position(of: t.start, in: s)
            diagnostics.append(Diagnostic(.warning, file: article.source, line: line, column: column,
                                          message: "number '\(s.text(t.start..<t.end).prefix(40))' is too large to be a count; ignored"))
        }
        let impossibleBefore = reader.impossible.count, outOfRangeBefore = reader.outOfRange.count
        let dates = reader.read(tokens, s)
        for text in reader.impossible[impossibleBefore...] {
            diagnostics.append(Diagnostic(.warning, file: article.source, line: sentence.line, column: sentence.column,
                                          message: "impossible date '\(text)' ignored"))
        }
        let years = CalendarDay.reportableYears
        for text in reader.outOfRange[outOfRangeBefore...] {
            diagnostics.append(Diagnostic(.warning, file: article.source, line: sentence.line, column: sentence.column,
                                          message: "date '\(text.prefix(60))' has a year outside \(years.lowerBound)-\(years.upperBound); left unresolved"))
        }
        return dates
    }

    /// A stable id: the source, the evidence offsets, the place, the kind and (after the first) the event's
    /// position among the events of its sentence, hashed (FNV-1a): unique within a document, the same on
    /// every rerun and whatever other documents are read with it.
    static func eventId(_ e: StrikeEvent, position: Int = 0) -> String {
        // The hash of "source|start|end|place id|kind", fed piece by piece: the same bytes, no joined string.
        var h = FNV1a.hash(e.source.utf8)
        func field(_ text: String) { h = FNV1a.hash(text.utf8, from: FNV1a.step(h, UInt8(ascii: "|"))) }
        field(String(e.evidenceStart))
        field(String(e.evidenceEnd))
        field(e.mention?.place.id ?? "-")
        field(e.kind.rawValue)
        if position > 0 { field(String(position)) }
        // Sixteen lowercase hex digits, zero-padded.
        return String(unsafeUninitializedCapacity: 16) { digits in
            for k in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: h >> UInt64(60 - 4 * k)) & 0xF
                digits[k] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            }
            return 16
        }
    }

    /// Capitalised words after an unresolved cue ("near", "outside") that found no place in a sentence with a trigger (for the report).
    static func unresolvedNames(in p: ParsedSentence, _ s: [Unicode.Scalar], into names: inout Set<String>) {
        guard !p.boilerplate && !p.triggers.isEmpty else { return }
        let t = p.tokens
        for i in t.indices.dropLast() where Lexicon.shared.locationCues.unresolvedCues.contains(t[i]) {
            let n = t[i + 1]
            guard n.kind == .word, n.isCapitalized, !Lexicon.shared.places.commonWords.contains(n),
                  !p.places.contains(where: { $0.firstToken == i + 1 }) else { continue }
            var e = i + 1
            while e + 1 < t.count, t[e + 1].kind == .word, t[e + 1].isCapitalized || Lexicon.shared.places.articles.contains(t[e + 1]) { e += 1 }
            names.insert(s.text(n.start..<t[e].end))
        }
    }
}
