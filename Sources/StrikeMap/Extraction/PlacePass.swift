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

    /// Resolves the pass's places into it; returns the mentions for `places` (empty unless `allPlaces`),
    /// grid references among them.
    func resolve(_ pass: inout SentencePass, in text: DocumentText, warnings: inout [Diagnostic]) -> [FoundPlace] {
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
            if allPlaces { places += gridReferences(in: k, text, &warnings) }
        }
        return places
    }

    /// The MGRS grid references of sentence `k` as place mentions of their own, at the centre of the square
    /// their digits name (precision 1, uncertainty half its diagonal); text of a reference's shape that is
    /// none gives a warning.
    private func gridReferences(in k: Int, _ text: DocumentText, _ warnings: inout [Diagnostic]) -> [FoundPlace] {
        let sentence = text.sentences[k]
        let (grids, problems) = GridReferenceFinder.find(in: text.scalars, sentence.start..<sentence.end)
        for (written, problem) in problems {
            warnings.append(Diagnostic(.warning, file: text.source, line: sentence.line, column: sentence.column,
                                       message: "'\(written)' looks like an MGRS grid reference but is none (\(problem.reason)); ignored"))
        }
        var cursor = text.lineCursor(k)
        return grids.map { g in
            let point = g.grid.coordinate
            let place = Place(id: "mgrs:" + g.text.filter { !$0.isWhitespace }.uppercased(), name: g.text, coordinate: point,
                              country: EmbeddedBasemap.shared.countryCode(at: point) ?? "", kind: .site)
            let mention = PlaceMention(text: g.text, start: g.range.lowerBound, end: g.range.upperBound, place: place, precision: .exact,
                                       uncertaintyKm: max(0.1, g.grid.uncertaintyKm),
                                       reason: "MGRS grid reference, a square of \(Int(g.grid.squareMetres)) m")
            let (line, column) = cursor.position(of: g.range.lowerBound, in: text.scalars)
            let whole = sentence.end - sentence.start <= StrikeExtractor.longestEvidence
            let span = whole ? sentence.start..<sentence.end
                : max(sentence.start, g.range.lowerBound - StrikeExtractor.longestEvidence / 2)..<min(sentence.end, g.range.upperBound + StrikeExtractor.longestEvidence / 2)
            return FoundPlace(source: text.source, mention: mention, line: line, column: column, sentenceStart: span.lowerBound,
                              sentenceEnd: span.upperBound, sentence: text.text(span), struck: false)
        }
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
