/// The first pass over a document, every sentence: its place spans, dates and triggers, and the
/// countries its demonyms name. Tokens are not kept: the place pass tokenizes again the few sentences
/// that can report a strike. A paragraph of a large document that cannot report one (`ParagraphScreen`)
/// is read for its warnings only.
struct SentencePass {
    private(set) var parsed: [ParsedSentence] = []
    /// The place spans of each sentence, before resolution.
    private(set) var found: [[PlaceFinder.Found]] = []
    /// Countries named by demonyms as places ("the Syrian city of"): context for resolving places.
    private(set) var demonyms = Set<String>()
    private(set) var dates: SentenceDates
    /// The country each sentence names as a section heading, if it is one.
    private var headings: [String?] = []

    init(_ text: DocumentText, article: Article, finder: PlaceFinder) {
        dates = SentenceDates(article)
        let demonymMap = Lexicon.shared.demonyms.countries
        let deathWords = Lexicon.shared.casualties.deaths
        parsed.reserveCapacity(text.sentences.count)
        found.reserveCapacity(text.sentences.count)
        let fullyRead = ParagraphScreen.fullyRead(text.sentences, text.scalars, text: article.text)
        for (k, sentence) in text.sentences.enumerated() {
            guard fullyRead[k] else {
                dates.readWarnings(sentence: k, in: text)
                found.append([])
                headings.append(nil)
                parsed.append(ParsedSentence(sentence: sentence, tokens: [], places: [], triggers: [], dates: [], boilerplate: false))
                continue
            }
            let tokens = text.tokens(k)
            let boilerplate = text.isBoilerplate(k)
            var spans = boilerplate && !Self.mayBeHeading(sentence) ? [] : finder.find(in: tokens, scalars: text.scalars)
            Self.markActorUses(&spans, tokens)
            headings.append(Self.headingCountry(k, spans, tokens, text))
            found.append(boilerplate ? [] : spans)
            Self.placeDemonyms(tokens, demonymMap, into: &demonyms)
            let sentenceDates = boilerplate ? [] : dates.read(tokens, sentence: k, in: text)
            let triggers = boilerplate ? [] : TriggerReader.triggers(in: tokens)
            var p = ParsedSentence(sentence: sentence, tokens: [], places: [], triggers: triggers, dates: sentenceDates,
                                   boilerplate: boilerplate, mentionsDeath: !boilerplate && tokens.contains { deathWords.contains($0) })
            if !boilerplate {
                p.verdict = AssessmentReader.verdict(in: tokens)
                if triggers.isEmpty { p.harm = Self.harm(tokens) }
            }
            parsed.append(p)
        }
        scopeBySectionHeadings()
    }

    /// Section headings ("Syria", "Iraq:" on a line of their own, as coalition releases and monitoring
    /// digests group their lines) scope the lines under them, to the next heading: a place under "Iraq"
    /// without a country of its own is read as qualified by Iraq ("Near Sinjar" under "Iraq" is Sinjar,
    /// Iraq, not the Sinjar in Syria).
    private mutating func scopeBySectionHeadings() {
        var heading: String?
        for k in found.indices {
            if let country = headings[k] {
                heading = country
                continue
            }
            guard let heading else { continue }
            for f in found[k].indices where found[k][f].countryQualifier == nil { found[k][f].countryQualifier = heading }
        }
    }

    /// The harm a sentence without a trigger counts, if any.
    private static func harm(_ tokens: [Token]) -> CasualtyReader.Deaths? {
        let d = CasualtyReader.read(tokens, in: 0..<tokens.count)
        return d.isEmpty ? nil : d
    }

    /// A heading is a short line without sentence punctuation (which boilerplate filtering may drop).
    private static func mayBeHeading(_ s: Sentence) -> Bool { s.isFragment && s.end - s.start <= 40 }

    /// The country a sentence names as a heading: its line holds nothing but the name (and a colon).
    private static func headingCountry(_ k: Int, _ spans: [PlaceFinder.Found], _ tokens: [Token], _ text: DocumentText) -> String? {
        let sentence = text.sentences[k]
        guard mayBeHeading(sentence), spans.count == 1, spans[0].firstToken == 0,
              let country = spans[0].candidates.first(where: { $0.match == .exact && $0.place.kind == .country })?.place.country,
              tokens.indices.dropFirst(spans[0].lastToken + 1).allSatisfy({ tokens[$0].lower == ":" })
        else { return nil }
        // On a line of its own: the next sentence starts on a later line.
        if k + 1 < text.sentences.count, text.sentences[k + 1].line == sentence.line { return nil }
        return country
    }

    /// Countries that demonyms name as places: "the Syrian city of X", "the Syrian-Turkish border", "the
    /// Libyan capital". A demonym before anything else names an actor ("Israeli jets", "Turkish forces"):
    /// a country that only strikes is not where the struck places are.
    static func placeDemonyms(_ t: [Token], _ demonymMap: WordMap<String>, into countries: inout Set<String>) {
        let placeWords = Lexicon.shared.containment.demonymPlaceWords
        var i = 0
        while i < t.count {
            guard let first = demonymMap[t[i]] else { i += 1; continue }
            var named = [first], j = i + 1
            while j + 1 < t.count, t[j].kind == .hyphen, let next = demonymMap[t[j + 1]] { named.append(next); j += 2 }
            if j < t.count, placeWords.contains(t[j]) { countries.formUnion(named) }
            i = j
        }
    }

    /// Country names that act or modify rather than locate ("US forces", "Russia said", "Turkey's drones",
    /// "US-led", "a US strike", "a US drone strike"): the country is an actor, not where the document is.
    static func markActorUses(_ spans: inout [PlaceFinder.Found], _ t: [Token]) {
        let forces = Lexicon.shared.actors.forceWords, triggers = Lexicon.shared.triggers.firstWords
        for f in spans.indices where spans[f].candidates.contains(where: { $0.place.kind == .country }) {
            let n = spans[f].lastToken + 1
            // ("US and Israeli jets": the first of two actors.)
            let pair = n + 2 < t.count && t[n].lower == "and" && t[n + 1].isCapitalized && (forces.contains(t[n + 2]) || triggers.contains(t[n + 2]))
            if n < t.count, pair || forces.contains(t[n]) || t[n].kind == .hyphen || !t[n].isCapitalized && triggers.contains(t[n]) {
                spans[f].isActorUse = true
                continue
            }
            switch PlaceUsageReader.usage(spans[f].firstToken, spans[f].lastToken, t) {
            case .modifier, .metonymic, .embedded: spans[f].isActorUse = true
            default: break
            }
        }
    }

    /// Sentence `k`'s resolved places, from the place pass.
    mutating func setPlaces(_ places: [LocatedMention], of k: Int) { parsed[k].places = places }
}
