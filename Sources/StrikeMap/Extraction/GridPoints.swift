/// Points written in the text set the point of the events they belong to: an MGRS reference or a latitude
/// and longitude written in a paragraph (a casualty statement's incident line, a ministry's strike report)
/// is where that paragraph's strike was, to the resolution written, and wins over the gazetteer's point for
/// a place named there. A paragraph with two or more different points leaves its events as they are: the
/// text does not say which is whose.
enum GridPoints {
    /// A grid in another country than the place the report names, this far from it or more, is taken for a
    /// slip of the writer (statements do name the wrong side of a border, but not 50 km across it).
    static let furthestAcrossBorderKm = 50.0

    static func apply(_ events: [StrikeEvent], _ text: DocumentText, warnings: inout [Diagnostic]) -> [StrikeEvent] {
        guard !events.isEmpty else { return events }
        var byParagraph: [Int: WrittenPoint?] = [:]
        var events = events
        for k in events.indices where !events[k].aggregate || isSingleUnplacedStrike(events[k]) {
            // The sentence that holds the evidence's start (sentences are in text order).
            let sentence = StrikeExtractor.firstIndex(text.sentences.count) { text.sentences[$0].end > events[k].evidenceStart }
            guard sentence < text.sentences.count else { continue }
            let paragraph = text.sentences[sentence].paragraph
            if byParagraph[paragraph] == nil { byParagraph[paragraph] = onlyGrid(in: paragraph, around: sentence, text) }
            guard let found = byParagraph[paragraph] ?? nil else { continue }
            let point = found.coordinate
            let country = EmbeddedBasemap.shared.countryCode(at: point) ?? events[k].mention?.place.country ?? ""
            guard country.count == 2 else { continue }
            if let m = events[k].mention, m.place.country != country,
               case let km = GeoMath.distanceKm(m.coordinate, point), km >= furthestAcrossBorderKm {
                warnings.append(Diagnostic(.warning, file: text.source, message:
                    "\(found.noun) '\(found.text)' lies in \(country), \(Int(km)) km from \(m.place.name) (\(m.place.country)) that the report names; the event keeps the named place"))
                continue
            }
            let named = events[k].mention?.text ?? events[k].regionText ?? found.text
            // A single strike that named no place was a total only for want of one.
            events[k].aggregate = false
            events[k].location = .point(found.mention(text: named, country: country, reason: found.what + " in the report"))
        }
        return events
    }

    /// "a Coalition strike" with no place, or at a village the gazetteer lacks that fell back to its
    /// country ("near Soluk, Syria"): kept as a total (`aggregate`) only because it has no point.
    private static func isSingleUnplacedStrike(_ e: StrikeEvent) -> Bool {
        let unplaced = e.mention.map { $0.isWithinUnit && $0.precision == .country } ?? true
        return unplaced && (e.strikes ?? 1) <= 1 && !(e.date?.isLongPeriod ?? false) && !(e.date?.openEnded ?? false)
    }

    /// The one point written in a paragraph (all written alike), nil for none or several.
    private static func onlyGrid(in paragraph: Int, around k: Int, _ text: DocumentText) -> WrittenPoint? {
        var first = k, last = k
        while first > 0, text.sentences[first - 1].paragraph == paragraph { first -= 1 }
        while last + 1 < text.sentences.count, text.sentences[last + 1].paragraph == paragraph { last += 1 }
        let found = WrittenPoint.find(in: text.scalars, text.sentences[first].start..<text.sentences[last].end).found
        guard let g = found.first, found.allSatisfy({ $0.id == g.id }) else { return nil }
        return g
    }
}
