import Foundation
import StrikeMap

/// `strikemap extract INPUT... [-o FILE]`: articles to a GeoJSON FeatureCollection of strike events.
struct ExtractCommand {
    static let output = CommonOptions.output("write the GeoJSON to FILE (default: standard output)")
    static let explain = CommandSpec.Option("--explain", help: """
        print, for every place named, the place chosen, why, and the other candidates
        considered (to standard error)
        """)
    static let mergeMemory = CommandSpec.Option("--merge-memory-mb", value: .number("N", 0...1_000_000, what: "a number of megabytes, 0 or more"), help: """
        megabytes of events the merge holds in memory before it keeps the rest in a
        temporary file in $TMPDIR (default 4; 0 keeps them all there)
        """)
    static let spec = CommandSpec(name: "extract", tagline: "Find strikes in articles, notes and tables; write GeoJSON", positionals: "INPUT...", files: .articles, summary: """
        Extracts strike events from articles and writes them as a GeoJSON FeatureCollection. INPUT is a file,
        a directory (its .txt, .md, .html and .pdf files, recursively) or - for standard input; a .csv, .tsv or
        .jsonl file named is a table, one row a document (--text-column). Features are written as the
        documents are read: memory stays bounded however large the corpus.
        """, options: [output, CommonOptions.noMerge, mergeMemory, explain] + CommonOptions.reading)

    let arguments: ParsedArguments
    let decoder: ArticleDecoder

    init(_ args: [String]) throws {
        arguments = try Self.spec.parse(args)
        decoder = try CommonOptions.decoder(arguments)
    }

    func execute() throws -> Int32 {
        var (inputs, missing) = StandardStreams.collect(arguments.positionals)
        let explain = arguments.flag(Self.explain)
        let extractor = StrikeExtractor(gazetteer: try CommonOptions.loadGazetteer(arguments))
        let output = arguments.text(Self.output)
        let file = try output.map { try AtomicFileStream(path: $0) }
        do {
            // Written as documents are read, warnings printed as they come: memory stays bounded by a batch
            // of documents however large the corpus (docs/performance.md).
            let corpus = try Corpus.writeGeoJSON(&inputs, decoder: decoder, extractor: extractor, merge: !arguments.flag(CommonOptions.noMerge),
                                                 mergeMemoryBytes: arguments.number(Self.mergeMemory).map { Int($0 * 1_048_576) } ?? CrossDocumentMerger.defaultMemoryBudget,
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
