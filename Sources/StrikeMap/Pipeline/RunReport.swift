/// The plain-text report of a run: documents read, events found, unresolved names, undated events and
/// every warning and failure.
package enum RunReport {
    package static func text(_ corpus: Corpus) -> String {
        var out: [String] = []
        let events = corpus.events
        out.append("strikemap report")
        out.append("documents read: \(corpus.documentsRead)")
        out.append("documents failed: \(corpus.failures.count)")
        out.append("events: \(events.count) (\(MapRenderer.mapped(events).count) mapped, \(events.filter(\.aggregate).count) totals, \(events.filter { $0.mention == nil }.count) without a single place)")
        out.append("")
        out.append("EVENTS")
        for e in events {
            let place = e.mention.map { "\($0.place.name) [\($0.place.id), precision \($0.precision.rawValue)]" } ?? (e.regionText ?? "no single place")
            let date = e.date.map { "\($0.start)" + ($0.end != $0.start ? "..\($0.end)" : "") } ?? "undated" + (e.dateText.map { " ('\($0)')" } ?? "")
            let count = e.strikes.map { "\($0) (\(e.strikesQualifier.rawValue))" } ?? "count not reported"
            out.append("- \(e.aggregate ? "TOTAL " : "")\(e.kind.rawValue) at \(place), \(date), strikes: \(count), source: \(e.sources.joined(separator: ", "))")
        }
        out.append("")
        out.append("SUMMARY BY PLACE AND MONTH (summary.csv)")
        out += SummaryTable.markdown(events).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        out.append("")
        out.append("UNDATED EVENTS")
        let undated = events.filter { $0.date == nil }
        if undated.isEmpty { out.append("(none)") }
        for e in undated { out.append("- \(e.mention?.place.name ?? e.regionText ?? "no single place") in \(e.source): \(e.dateText.map { "'\($0)' could not be resolved" } ?? "no date in the text")") }
        out.append("")
        out.append("UNRESOLVED PLACE NAMES")
        if corpus.unresolved.isEmpty { out.append("(none)") }
        for (source, names) in corpus.unresolved.sorted(by: { $0.key < $1.key }) { out.append("- \(source): \(names.joined(separator: ", "))") }
        out.append("")
        out.append("WARNINGS AND ERRORS")
        if corpus.diagnostics.isEmpty && corpus.failures.isEmpty { out.append("(none)") }
        for d in corpus.diagnostics { out.append(d.description) }
        for f in corpus.failures { out.append("error: \(f)") }
        // Names and dates come from the articles: their control characters are escaped, one entry a line.
        return out.map { ControlCharacters.escaped($0, keepingNewlines: false) }.joined(separator: "\n") + "\n"
    }
}
