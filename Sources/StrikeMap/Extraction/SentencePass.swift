/// The first pass over a document, every sentence: its place spans, dates and triggers, and the
/// countries its demonyms name. Tokens are not kept: the place pass tokenizes again the few sentences
/// that can report a strike. A paragraph of a large document that cannot report one (`ParagraphScreen`)
/// is read for its warnings only.
struct SentencePass {
    private(set) var parsed: [ParsedSentence] = []
    /// The place spans of each sentence, before resolution.
    private(set) var found: [[PlaceFinder.Found]] = []
    /// Countries named by demonyms ("Syrian", "Iraqi"): context for resolving places.
    private(set) var demonyms = Set<String>()
    private(set) var dates: SentenceDates

    init(_ text: DocumentText, article: Article, finder: PlaceFinder) {
        dates = SentenceDates(article)
        let demonymMap = Lexicon.shared.places.demonyms
        let deathWords = Lexicon.shared.casualties.deaths
        parsed.reserveCapacity(text.sentences.count)
        found.reserveCapacity(text.sentences.count)
        let fullyRead = ParagraphScreen.fullyRead(text.sentences, text.scalars, documentBytes: text.utf8Count)
        for (k, sentence) in text.sentences.enumerated() {
            guard fullyRead[k] else {
                dates.readWarnings(sentence: k, in: text)
                found.append([])
                parsed.append(ParsedSentence(sentence: sentence, tokens: [], places: [], triggers: [], dates: [], boilerplate: false))
                continue
            }
            let tokens = text.tokens(k)
            let boilerplate = text.isBoilerplate(k)
            found.append(boilerplate ? [] : finder.find(in: tokens, scalars: text.scalars))
            for t in tokens { if let country = demonymMap[t] { demonyms.insert(country) } }
            let sentenceDates = boilerplate ? [] : dates.read(tokens, sentence: k, in: text)
            parsed.append(ParsedSentence(sentence: sentence, tokens: [], places: [],
                                         triggers: boilerplate ? [] : TriggerReader.triggers(in: tokens),
                                         dates: sentenceDates, boilerplate: boilerplate,
                                         mentionsDeath: !boilerplate && tokens.contains { deathWords.contains($0) }))
        }
    }

    /// Sentence `k`'s resolved places, from the place pass.
    mutating func setPlaces(_ places: [LocatedMention], of k: Int) { parsed[k].places = places }
}
