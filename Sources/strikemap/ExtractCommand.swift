import Foundation
import StrikeMap

/// `strikemap extract [--published YYYY-MM-DD] [-o FILE] [--no-merge] INPUT...`
struct ExtractCommand {
    static let help = """
        Usage: strikemap extract [--published YYYY-MM-DD] [-o FILE] [--no-merge] [--explain] [--gazetteer FILE]... [--strict] INPUT...

        Extracts strike events from articles and writes them as a GeoJSON FeatureCollection to standard
        output, or to FILE with -o. --published sets the publication date of every input (otherwise each
        document's 'date YYYY-MM-DD' first line or front matter). --no-merge keeps one feature per report
        instead of merging reports of one strike from different documents. Features are written as the
        documents are read: memory stays bounded however large the corpus.
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
        let (inputs, missing) = StandardStreams.collect(scanner.positionals)
        let explain = scanner.flag("--explain")
        let extractor = StrikeExtractor(gazetteer: try GazetteerOptions.load(scanner))
        let output = scanner.value("-o") ?? scanner.value("--output")
        let file = try output.map { try AtomicFileStream(path: $0) }
        do {
            // Written as documents are read, warnings printed as they come: memory stays bounded by a batch
            // of documents however large the corpus (README, Benchmark).
            let corpus = try Corpus.writeGeoJSON(inputs, decoder: decoder, extractor: extractor, merge: !scanner.flag("--no-merge"),
                                                 keepPlaces: explain, progress: Terminal.progress, report: { batch in
                for d in batch.diagnostics { Terminal.error(d.description) }
                if explain { for p in batch.places { Terminal.error(Self.explanation(p)) } }
            }, write: { bytes in
                if let file { try file.append(bytes) } else { try StandardOutput.write(bytes) }
            })
            let failures = missing + corpus.failures
            for f in failures { Terminal.error(f.line) }
            // Nothing could be read: an existing output is worth more than an empty one.
            if corpus.documentsRead == 0, let file, let output {
                file.abandon()
                Terminal.error("strikemap: error: no input could be read; \(output) not written")
                return 1
            }
            try file?.commit()
            return failures.isEmpty ? 0 : 1
        } catch {
            file?.abandon()
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
