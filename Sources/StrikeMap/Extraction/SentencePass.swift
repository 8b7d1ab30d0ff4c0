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

    init(_ text: DocumentText, article: Article, finder: PlaceFinder) {
        dates = SentenceDates(article)
        let demonymMap = Lexicon.shared.demonyms.countries
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
            Self.placeDemonyms(tokens, demonymMap, into: &demonyms)
            let sentenceDates = boilerplate ? [] : dates.read(tokens, sentence: k, in: text)
            parsed.append(ParsedSentence(sentence: sentence, tokens: [], places: [],
                                         triggers: boilerplate ? [] : TriggerReader.triggers(in: tokens),
                                         dates: sentenceDates, boilerplate: boilerplate,
                                         mentionsDeath: !boilerplate && tokens.contains { deathWords.contains($0) }))
        }
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

    /// Sentence `k`'s resolved places, from the place pass.
    mutating func setPlaces(_ places: [LocatedMention], of k: Int) { parsed[k].places = places }
}
