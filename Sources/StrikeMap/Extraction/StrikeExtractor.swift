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

    /// `extract`, looking places up through `cache` (one per worker of a corpus): the pipeline, a stage a
    /// line.
    func extract(_ article: Article, allPlaces: Bool, cache: CandidateCache?) -> Result {
        // A wire dateline's date ("BEIRUT, June 3 (Reuters) -") is the story's: its weekdays count from it.
        var article = article
        if let day = DatelineReader.day(article.text, bodyStart: article.bodyStart, published: article.published) { article.published = day }
        // Screen: a document that cannot report a strike gives only the warnings its numbers and dates would.
        guard allPlaces || StrikeScreen.mayReport(article.text) else { return warningsOnly(article) }
        // Document text: scalars, sentences, boilerplate; tokens and lines and columns on demand.
        let text = DocumentText(article)
        // Find place mentions, dates and triggers in every sentence.
        var pass = SentencePass(text, article: article, finder: PlaceFinder(gazetteer: gazetteer, cache: cache))
        // Resolve the mentions with the whole document's context.
        var warnings: [Diagnostic] = []
        let places = PlacePass(gazetteer: gazetteer, allPlaces: allPlaces).resolve(&pass, in: text, warnings: &warnings)
        // Draft the events of each sentence that can report a strike.
        let (reported, unresolved) = draftEvents(pass.parsed, text, article, warnings: &warnings)
        // Assessments: a statement's verdict on the report its header names (status, assessment).
        let drafts = AssessmentPass(parsed: pass.parsed, text: text, article: article).apply(to: reported, warnings: &warnings)
        // Document passes: lead dates, later sentences dating or locating earlier reports, repeats merged.
        let passed = DocumentPasses(parsed: pass.parsed, article: article, scalars: text.scalars).apply(to: drafts)
        // Grid references written with a report set its point.
        let events = EventIdentity.assigned(GridPoints.apply(passed, text, warnings: &warnings))
        // Diagnostics: which places were struck, names not in the gazetteer, undated events.
        return ExtractionSummary.result(events, places: places, unresolved: unresolved, diagnostics: pass.dates.diagnostics + warnings, article: article)
    }

    /// The drafts of each sentence that can report a strike, and the capitalised names in such sentences
    /// that found no place.
    /// Offsets it refuses ("2000 km north of X") are warnings.
    private func draftEvents(_ parsed: [ParsedSentence], _ text: DocumentText, _ article: Article,
                             warnings: inout [Diagnostic]) -> ([EventDraft], [String]) {
        var drafts: [EventDraft] = []
        var unresolved = Set<String>()
        for k in parsed.indices where parsed[k].canReport {
            var p = parsed[k]
            p.tokens = text.tokens(k)
            var problems: [String] = []
            drafts += events(in: p, index: k, article: article, scalars: text.scalars, problems: &problems)
            for problem in problems {
                warnings.append(Diagnostic(.warning, file: text.source, line: p.sentence.line, column: p.sentence.column, message: problem))
            }
            Self.unresolvedNames(in: p, text.scalars, into: &unresolved)
            for m in p.places {
                // Villages placed in the unit around them are names the gazetteer lacks.
                if m.mention.isWithinUnit { unresolved.insert(m.mention.text) }
                guard m.firstToken >= 2, p.tokens[m.firstToken - 1].lower == "of",
                      let problem = OffsetPhrase.problem(endingAt: m.firstToken - 2, p.tokens) else { continue }
                let s = p.sentence
                warnings.append(Diagnostic(.warning, file: text.source, line: s.line, column: s.column,
                                           message: "offset from '\(m.mention.text)' ignored: \(problem); the event stays near it"))
            }
        }
        return (drafts, unresolved.sorted())
    }

    /// A document that cannot report a strike: only the warnings its sentences would give (numbers too
    /// large, impossible dates), read in the sentences whose digits can give one.
    private func warningsOnly(_ article: Article) -> Result {
        var text = article.text
        guard text.withUTF8({ StrikeScreen.mayWarn(utf8: $0) }) else {
            return Result(events: [], places: [], diagnostics: article.diagnostics, unresolved: [])
        }
        let document = DocumentText(article)
        var dates = SentenceDates(article)
        for k in document.sentences.indices { dates.readWarnings(sentence: k, in: document) }
        return Result(events: [], places: [], diagnostics: dates.diagnostics, unresolved: [])
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
