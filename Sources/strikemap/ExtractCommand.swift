import Foundation
import StrikeMap

/// `strikemap extract [--published YYYY-MM-DD] [-o FILE] [--no-merge] INPUT...`
struct ExtractCommand {
    static let help = """
        Usage: strikemap extract [--published YYYY-MM-DD] [-o FILE] [--no-merge] INPUT...

        Extracts strike events from articles and writes them as a GeoJSON FeatureCollection to standard
        output, or to FILE with -o. --published sets the publication date of every input (otherwise each
        document's 'date YYYY-MM-DD' first line or front matter). --no-merge keeps one feature per report.
        """
    let scanner: ArgumentScanner

    init(_ args: [String]) throws {
        scanner = try ArgumentScanner(args, valueOptions: ["-o", "--output", "--published"], flagOptions: ["--no-merge"], help: Self.help)
        guard !scanner.positionals.isEmpty else { throw UsageError("extract needs at least one INPUT") }
    }

    func execute() throws -> Int32 {
        let decoder = ArticleDecoder(publishedOverride: try scanner.published())
        let (inputs, missing) = InputCollector.collect(scanner.positionals)
        let corpus = Corpus.extract(inputs, decoder: decoder, extractor: StrikeExtractor(gazetteer: EmbeddedGazetteer.shared),
                                    merge: !scanner.flag("--no-merge"), progress: Terminal.progress)
        for d in corpus.diagnostics { Terminal.error(d.description) }
        let failures = missing + corpus.failures
        for f in failures { Terminal.error("strikemap: error: \(f)") }
        let bytes = GeoJSONWriter.write(corpus.events)
        if let out = scanner.value("-o") ?? scanner.value("--output") {
            try AtomicFileWriter.write(bytes, to: out)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
        return failures.isEmpty ? 0 : 1
    }
}
