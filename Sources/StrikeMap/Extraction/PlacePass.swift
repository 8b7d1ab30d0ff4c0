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
            var cursor = text.lineCursor(k)
            var sentenceText: String?
            var located: [LocatedMention] = []
            for f in list {
                guard let m = resolver.resolve(f, context: context) else { continue }
                located.append(LocatedMention(firstToken: f.firstToken, lastToken: f.lastToken, mention: m, preceding: f.preceding))
                if allPlaces { places.append(Self.found(m, in: k, text, &cursor, &sentenceText)) }
            }
            pass.setPlaces(located, of: k)
            guard allPlaces else { continue }
            // MGRS grid references are mentions of their own, at the centre of the square their digits name;
            // text of a reference's shape that is none gives a warning.
            let sentence = text.sentences[k]
            let (grids, problems) = GridReferenceFinder.find(in: text.scalars, sentence.start..<sentence.end)
            for (written, problem) in problems {
                warnings.append(Diagnostic(.warning, file: text.source, line: sentence.line, column: sentence.column,
                                           message: "'\(written)' looks like an MGRS grid reference but is none (\(problem.reason)); ignored"))
            }
            for g in grids {
                let m = g.mention(text: g.text, country: EmbeddedBasemap.shared.countryCode(at: g.grid.coordinate) ?? "",
                                  reason: "MGRS grid reference, a square of \(Int(g.grid.squareMetres)) m")
                places.append(Self.found(m, in: k, text, &cursor, &sentenceText))
            }
        }
        return places
    }

    /// Mention `m` of sentence `k` for `places`: its line and column (`cursor`, asked in text order) and its
    /// evidence, the sentence (its text made once, in `sentenceText`) or in a sentence past
    /// `longestEvidence` the part around the mention.
    private static func found(_ m: PlaceMention, in k: Int, _ text: DocumentText, _ cursor: inout LineCursor,
                              _ sentenceText: inout String?) -> FoundPlace {
        let sentence = text.sentences[k], longest = StrikeExtractor.longestEvidence
        let (line, column) = cursor.position(of: m.start, in: text.scalars)
        let span: Range<Int>, evidence: String
        if sentence.end - sentence.start <= longest {
            span = sentence.start..<sentence.end
            evidence = sentenceText ?? text.text(span)
            sentenceText = evidence
        } else {
            span = max(sentence.start, m.start - longest / 2)..<min(sentence.end, m.end + longest / 2)
            evidence = text.text(span)
        }
        return FoundPlace(source: text.source, mention: m, line: line, column: column, sentenceStart: span.lowerBound,
                          sentenceEnd: span.upperBound, sentence: evidence, struck: false)
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
