import Foundation
import StrikeMap

/// `strikemap extract [--published YYYY-MM-DD] [-o FILE] [--no-merge] INPUT...`
struct ExtractCommand {
    static let help = """
        Usage: strikemap extract [--published YYYY-MM-DD] [-o FILE] [--no-merge] [--explain] [--gazetteer FILE]... [--strict] INPUT...

        Extracts strike events from articles and writes them as a GeoJSON FeatureCollection to standard
        output, or to FILE with -o. --published sets the publication date of every input (otherwise each
        document's 'date YYYY-MM-DD' first line or front matter). --no-merge keeps one feature per report
        (with -o, written as the documents are read: memory stays bounded however large the corpus).
        --explain prints, for every place named, the place chosen, why, and the other candidates considered
        (to standard error).

          --max-document-mb N  refuse documents larger than N MB (default 20)
        """ + GazetteerOptions.help
    let scanner: ArgumentScanner

    init(_ args: [String]) throws {
        scanner = try ArgumentScanner(args, valueOptions: Set<String>(["--max-document-mb", "-o", "--output", "--published"]).union(GazetteerOptions.valueOptions),
                                      flagOptions: Set<String>(["--no-merge", "--explain"]).union(GazetteerOptions.flagOptions), help: Self.help)
        guard !scanner.positionals.isEmpty else { throw UsageError("extract needs at least one INPUT") }
    }

    func execute() throws -> Int32 {
        let decoder = try scanner.decoder()
        let (inputs, missing) = InputCollector.collect(scanner.positionals)
        let explain = scanner.flag("--explain")
        let extractor = StrikeExtractor(gazetteer: try GazetteerOptions.load(scanner))
        let output = scanner.value("-o") ?? scanner.value("--output")
        if scanner.flag("--no-merge"), let output {
            return try stream(inputs, missing: missing, decoder: decoder, extractor: extractor, explain: explain, to: output)
        }
        let corpus = Corpus.extract(inputs, decoder: decoder, extractor: extractor,
                                    merge: !scanner.flag("--no-merge"), keepPlaces: explain, progress: Terminal.progress)
        let status = Self.report(corpus, missing: missing, explain: explain)
        let bytes = GeoJSONWriter.write(corpus.events)
        if let out = output {
            try AtomicFileWriter.write(bytes, to: out)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
        return status
    }

    /// Prints the warnings, the explanations asked for and the documents that failed; the exit status.
    private static func report(_ corpus: Corpus, missing: [DocumentError], explain: Bool) -> Int32 {
        for d in corpus.diagnostics { Terminal.error(d.description) }
        if explain { for p in corpus.places { Terminal.error(explanation(p)) } }
        let failures = missing + corpus.failures
        for f in failures { Terminal.error("strikemap: error: \(f)") }
        return failures.isEmpty ? 0 : 1
    }

    /// Without a merge, events are written as each batch of documents is extracted: memory stays bounded
    /// by a batch, not the corpus (181 MB for a 1 GB corpus; README, Benchmark).
    private func stream(_ inputs: [InputCollector.Input], missing: [DocumentError], decoder: ArticleDecoder, extractor: StrikeExtractor,
                        explain: Bool, to path: String) throws -> Int32 {
        let file = try AtomicFileStream(path: path)
        var writeError: Error?
        var first = true
        do {
            try file.append(GeoJSONWriter.header)
            let corpus = Corpus.extract(inputs, decoder: decoder, extractor: extractor, merge: false, keepPlaces: explain,
                                        progress: Terminal.progress, events: { events in
                guard writeError == nil else { return }
                do { try file.append(GeoJSONWriter.features(events, first: &first)) } catch { writeError = error }
            })
            if let writeError { throw writeError }
            try file.append(GeoJSONWriter.footer)
            try file.commit()
            return Self.report(corpus, missing: missing, explain: explain)
        } catch {
            file.abandon()
            throw error
        }
    }

    /// `file:line:col: note: 'Mar’a' -> Mar‘ā (geonames:..., SY) 36.58000,37.05000 precision 1, struck: why`, then
    /// one line per other candidate.
    static func explanation(_ p: FoundPlace) -> String {
        let m = p.mention
        var lines = ["\(p.source):\(p.line):\(p.column): note: '\(m.text)' -> \(m.place.name) (\(m.place.id), \(m.place.country)) "
            + String(format: "%.5f,%.5f", m.coordinate.latitude, m.coordinate.longitude)
            + " geo_precision \(m.precision.rawValue), \(p.struck ? "struck" : "named only"): \(m.reason)"]
        lines += m.considered.map { "    also considered: \($0)" }
        return lines.joined(separator: "\n")
    }
}
