/// The end of a document's extraction: its places marked where an event struck them, and a warning for
/// the names the gazetteer did not know and for the events left without a date.
enum ExtractionSummary {
    static func result(_ events: [StrikeEvent], places: [FoundPlace], unresolved: [String], diagnostics: [Diagnostic],
                       article: Article) -> StrikeExtractor.Result {
        var places = places, diagnostics = diagnostics
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
        return StrikeExtractor.Result(events: events, places: places, diagnostics: diagnostics, unresolved: unresolved)
    }
}
