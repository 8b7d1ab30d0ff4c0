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
        var memo = PlaceResolver.Memo()
        for (k, list) in pass.found.enumerated() where allPlaces || used.contains(k) {
            var cursor = text.lineCursor(k)
            var sentenceText: String?
            let located = resolveSentence(list, context: context, memo: &memo, sentence: text.sentences[k], source: text.source, warnings: &warnings)
            // Grid references and coordinates are mentions of their own, at the point they write; text of
            // their shape that is none gives a warning.
            let sentence = text.sentences[k]
            let written = WrittenPoint.find(in: text.scalars, sentence.start..<sentence.end)
            for (shape, reason) in written.problems {
                warnings.append(Diagnostic(.warning, file: text.source, line: sentence.line, column: sentence.column,
                                           message: "'\(shape)' \(reason); ignored"))
            }
            if allPlaces {
                // Positions are asked of the cursor in text order: mentions and adjectives are sorted first.
                let tokens = text.tokens(k)
                var listed: [(mention: PlaceMention, usage: PlaceUsage)] = located.map { l in
                    (l.mention, PlaceUsageReader.usage(l.firstToken, l.lastToken, tokens))
                }
                // "Russian warplanes": the adjective is a mention of its country, never a struck place.
                for d in PlaceUsageReader.demonyms(in: tokens, outside: list.map { ($0.firstToken, $0.lastToken) }) {
                    guard let country = resolver.gazetteer.country(code: d.country) else { continue }
                    let t = tokens[d.token]
                    var m = PlaceMention(text: text.text(t.start..<t.end), start: t.start, end: t.end, place: country)
                    m.reason = "nationality adjective of \(country.name)"
                    listed.append((m, PlaceUsageReader.usage(d.token, d.token, tokens, demonym: true)))
                }
                for w in written.found {
                    listed.append((w.mention(text: w.text, country: EmbeddedBasemap.shared.countryCode(at: w.coordinate) ?? "", reason: w.what), .literal))
                }
                for (m, usage) in listed.sorted(by: { $0.mention.start < $1.mention.start }) {
                    var f = Self.found(m, in: k, text, &cursor, &sentenceText)
                    f.usage = usage
                    places.append(f)
                }
            }
            pass.setPlaces(located, of: k)
        }
        return places
    }

    /// A sentence's spans resolved, containers first (a container follows what it contains, so the spans
    /// are read from the last): each span is resolved inside the unit the text names around it, and one
    /// whose candidates all lie outside that unit falls back to the unit (`UnitFallback`) with a warning.
    private func resolveSentence(_ list: [PlaceFinder.Found], context: PlaceResolver.Context, memo: inout PlaceResolver.Memo,
                                 sentence: Sentence, source: String, warnings: inout [Diagnostic]) -> [LocatedMention] {
        var resolved = [LocatedMention?](repeating: nil, count: list.count)
        for i in list.indices.reversed() {
            let f = Self.agreeing(list[i], i, list)
            var unit: ContainingUnit?
            if let c = f.container, let containment = f.containment, let container = resolved[c] {
                unit = Self.unit(container.mention, list[c], containment)
            } else if let country = qualifyingCountry(f) {
                unit = ContainingUnit(place: country, containment: Containment(containerToken: max(0, f.firstToken - 2), strength: .stated))
            }
            let resolution = unit == nil ? memo.resolve(f, with: resolver, context: context) : resolver.resolve(f, context: context, in: unit)
            switch resolution {
            case .place(let m):
                // "Hama in Kafr Zita": the unit named lies inside the place; the containment is ignored.
                if let unit, !unit.admits(m.place), m.place.country == unit.place.country, !unit.isLarger(than: m.place) || m.place.kind == .district {
                    warnings.append(Diagnostic(.warning, file: source, line: sentence.line, column: sentence.column,
                                               message: "'\(f.text)' is said to be in '\(unit.place.name)', which lies in it; the containment is ignored"))
                }
                resolved[i] = LocatedMention(firstToken: f.firstToken, lastToken: f.lastToken, mention: refined(m, f), preceding: f.preceding)
            case .outsideUnit, .ambiguousInUnit:
                guard let unit else { continue }
                let ambiguous: Bool
                if case .ambiguousInUnit = resolution { ambiguous = true } else { ambiguous = false }
                var m = UnitFallback.mention(for: f, in: unit)
                let where_ = UnitFallback.unitText(m, unit)
                let why = ambiguous ? "several places of this name lie inside \(unit.place.name)" : "not in the gazetteer\(f.isUnknown ? "" : " inside \(unit.place.name)")"
                if resolver.explains { m.reason = "\(why): placed in \(where_), which the text names around it" }
                resolved[i] = LocatedMention(firstToken: f.firstToken, lastToken: f.lastToken, mention: m, preceding: f.preceding)
                warnings.append(Diagnostic(.warning, file: source, line: sentence.line, column: sentence.column,
                                           message: "'\(f.text)': \(why); placed at \(where_) (geo_precision \(m.precision.rawValue))\(ambiguous ? "" : "; add it with --gazetteer")"))
            case .outsideCountries:
                warnings.append(Diagnostic(.warning, file: source, line: sentence.line, column: sentence.column,
                                           message: "'\(f.text)' names places only outside the countries --countries allows; left unresolved"))
            case .none:
                continue
            }
        }
        for f in list { if let c = f.container, f.containment != nil { resolved[c]?.isContainer = true } }
        return resolved.compactMap { $0 }
    }

    /// The country the text writes at a span that names no place in it ("the USA's West Coast", "Iraq's
    /// Kurdistan region", when the gazetteer knows them only elsewhere): the unit the span is placed in.
    private func qualifyingCountry(_ f: PlaceFinder.Found) -> Place? {
        guard f.namesNothingInQualifier, let q = f.countryQualifier, !f.candidates.isEmpty,
              !f.candidates.contains(where: { $0.place.kind == .country }) else { return nil }
        return resolver.gazetteer.country(code: q)
    }

    /// Container `i` narrowed to the candidates that contain a candidate of a name the text puts in it:
    /// "(Bossaso, Bari)" is the Bari that holds a Bossaso, the Somali region, not the Italian province.
    /// Two names that agree are the text's own geography: grounds enough in a country it never names.
    private static func agreeing(_ f: PlaceFinder.Found, _ i: Int, _ list: [PlaceFinder.Found]) -> PlaceFinder.Found {
        var f = f
        let inner = list.indices.filter { list[$0].container == i && list[$0].containment != nil }
        guard !inner.isEmpty, f.candidates.count > 1 || !inner.allSatisfy({ list[$0].candidates.isEmpty }) else { return f }
        let agree = f.candidates.filter { c in
            inner.contains { j in
                let unit = ContainingUnit(place: c.place, containment: list[j].containment!)
                // Only an exact name agrees: a variant or a letter off agrees with too much ("Peremozhno,
                // Donetsk region" is not a Peremozhne in a Russian district of that name).
                return list[j].candidates.contains { $0.match == .exact && unit.admits($0.place) }
            }
        }
        if !agree.isEmpty { f.candidates = agree; f.corroborated = true }
        return f
    }

    /// The unit a resolved container mention names; a town named for its area ("the Idlib countryside", "in
    /// northern Hama") also stands for the province of its name.
    private static func unit(_ container: PlaceMention, _ f: PlaceFinder.Found, _ c: Containment) -> ContainingUnit {
        var unit = ContainingUnit(place: container.place, containment: c)
        let p = container.place
        if p.kind == .populated || p.kind == .site {
            unit.namesake = f.candidates.first { p.isNamesake(of: $0.place) }?.place
            // "near Ivanivka, Kherson": after a comma a name that is a town and its province is the province
            // (notes name a village's region that way); inside the town a village would not need naming.
            if c.viaComma, unit.namesake != nil { unit.containment.around = true }
        }
        return unit
    }

    /// A direction before a country or province ("southern Libya") puts the mention in that part of it; a
    /// site named with a town ("Damascus International Airport") is the area around the town.
    private func refined(_ mention: PlaceMention, _ f: PlaceFinder.Found) -> PlaceMention {
        var m = mention
        if let d = f.direction, m.place.kind == .country || m.place.kind == .province {
            if let part = RegionPart.locate(d, of: m.place) {
                m.coordinate = part.coordinate
                m.uncertaintyKm = part.radiusKm
            } else if let box = resolver.extent(of: m.place), let frac = Lexicon.shared.places.directionFraction(d) {
                // No polygon (a country off the basemap): the part of the extent of its towns.
                m.coordinate = Coordinate(latitude: box.south + (box.north - box.south) * frac.1,
                                          longitude: box.west + (box.east - box.west) * frac.0)
                m.uncertaintyKm = max(50, GeoMath.distanceKm(Coordinate(latitude: box.south, longitude: box.west),
                                                             Coordinate(latitude: box.north, longitude: box.east)) / 4)
            } else {
                return m
            }
            m.precision = .region
            m.text = d + " " + f.text
        } else if f.facility, m.precision == .exact, m.place.kind == .populated {
            m.precision = .nearPlace
            m.uncertaintyKm = GeoPrecision.nearPlace.defaultUncertaintyKm
        }
        return m
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
        for k in parsed.indices where parsed[k].canReport || parsed[k].verdict != nil {
            // A verdict's report is named in the statement's header, up to three sentences before it.
            used.formUnion((parsed[k].verdict != nil ? max(0, k - 3) : k)...min(k + 2, parsed.count - 1))
        }
        return used
    }
}
