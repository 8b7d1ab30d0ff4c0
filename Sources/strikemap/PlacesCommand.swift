import Foundation
import StrikeMap

/// `strikemap places [--format geojson|tsv] [-o FILE] INPUT...`: the geoparser on its own.
struct PlacesCommand {
    static let help = """
        Usage: strikemap places [--format geojson|tsv] [-o FILE] [--published YYYY-MM-DD] [--gazetteer FILE]... [--strict] INPUT...

        Lists every place named in the inputs, struck or not, with its span, the place chosen, its
        coordinates, geo_precision and why it was chosen, as GeoJSON (default) or TSV, to standard output
        or FILE.

          --max-document-mb N  refuse documents larger than N MB (default 20)
        """ + GazetteerOptions.help
    let scanner: ArgumentScanner

    init(_ args: [String]) throws {
        scanner = try ArgumentScanner(args, valueOptions: Set<String>(["--max-document-mb", "-o", "--output", "--format", "--published"]).union(GazetteerOptions.valueOptions),
                                      flagOptions: GazetteerOptions.flagOptions, help: Self.help)
        guard !scanner.positionals.isEmpty else { throw UsageError("places needs at least one INPUT") }
        guard ["geojson", "tsv"].contains(format) else { throw UsageError("--format '\(format)' must be geojson or tsv") }
    }

    var format: String { scanner.value("--format")?.lowercased() ?? "geojson" }

    func execute() throws -> Int32 {
        let gazetteer = try GazetteerOptions.load(scanner)
        let decoder = try scanner.decoder()
        let (inputs, missing) = StandardStreams.collect(scanner.positionals)
        let corpus = Corpus.extract(inputs, decoder: decoder, extractor: StrikeExtractor(gazetteer: gazetteer), keepPlaces: true,
                                    progress: Terminal.progress)
        for d in corpus.diagnostics { Terminal.error(d.description) }
        let failures = missing + corpus.failures
        for f in failures { Terminal.error(f.line) }
        if corpus.documentsRead == 0, let out = scanner.value("-o") ?? scanner.value("--output") {
            Terminal.error("strikemap: error: no input could be read; \(out) not written")
            return 1
        }
        let bytes = format == "tsv" ? PlaceListWriter.tsv(corpus.places) : PlaceListWriter.geoJSON(corpus.places)
        if let out = scanner.value("-o") ?? scanner.value("--output") {
            try AtomicFileWriter.write(bytes, to: out)
        } else {
            try StandardOutput.write(bytes)
        }
        return failures.isEmpty ? 0 : 1
    }
}
