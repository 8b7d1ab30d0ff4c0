/// The second pass: each sentence's place spans resolved with the whole document's context (the countries
/// it names, its anchors), as `LocatedMention`s for the event passes and, for `places`, as `FoundPlace`s
/// with their line, column and sentence. Extraction alone resolves only the sentences events can use.
struct PlacePass {
    let resolver: PlaceResolver
    let allPlaces: Bool

    init(gazetteer: Gazetteer, allPlaces: Bool) {
        resolver = PlaceResolver(gazetteer: gazetteer, explains: allPlaces)
        self.allPlaces = allPlaces
    }

    /// Resolves the pass's places into it; returns the mentions for `places` (empty unless `allPlaces`).
    func resolve(_ pass: inout SentencePass, in text: DocumentText) -> [FoundPlace] {
        let context = resolver.context(for: pass.found.flatMap { $0 }, demonymCountries: pass.demonyms)
        let used = allPlaces ? [] : Self.sentencesUsingPlaces(pass.parsed)
        var places: [FoundPlace] = []
        for (k, list) in pass.found.enumerated() where allPlaces || used.contains(k) {
            let sentence = text.sentences[k]
            // A mention's evidence is its sentence, or in a sentence past `longestEvidence` the part around it.
            let longest = StrikeExtractor.longestEvidence
            let whole = sentence.end - sentence.start <= longest
            let sentenceText = list.isEmpty || !allPlaces || !whole ? "" : text.text(sentence.start..<sentence.end)
            var cursor = text.lineCursor(k)
            var located: [LocatedMention] = []
            for f in list {
                guard let m = resolver.resolve(f, context: context) else { continue }
                located.append(LocatedMention(firstToken: f.firstToken, lastToken: f.lastToken, mention: m, preceding: f.preceding))
                guard allPlaces else { continue }
                let (line, column) = cursor.position(of: m.start, in: text.scalars)
                let span = whole ? sentence.start..<sentence.end
                    : max(sentence.start, m.start - longest / 2)..<min(sentence.end, m.end + longest / 2)
                places.append(FoundPlace(source: text.source, mention: m, line: line, column: column,
                                         sentenceStart: span.lowerBound, sentenceEnd: span.upperBound,
                                         sentence: whole ? sentenceText : text.text(span), struck: false))
            }
            pass.setPlaces(located, of: k)
        }
        return places
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
}
