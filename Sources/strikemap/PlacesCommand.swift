import Foundation
import StrikeMap

/// `strikemap places INPUT... [--format geojson|tsv] [-o FILE]`: the geoparser on its own.
struct PlacesCommand {
    static let output = CommonOptions.output("write to FILE (default: standard output)")
    static let format = CommandSpec.Option("--format", value: .choice(["geojson", "tsv"]), help: "GeoJSON (default) or a TSV table")
    static let spec = CommandSpec(name: "places", tagline: "List every place the inputs name, struck or not", positionals: "INPUT...", files: .articles, summary: """
        Lists every place named in the inputs, struck or not, with its span, the place chosen, its
        coordinates, geo_precision and why it was chosen.
        """, options: [output, format] + CommonOptions.reading)

    let arguments: ParsedArguments
    let decoder: ArticleDecoder

    init(_ args: [String]) throws {
        arguments = try Self.spec.parse(args)
        decoder = try CommonOptions.decoder(arguments)
    }

    func execute() throws -> Int32 {
        let gazetteer = try CommonOptions.loadGazetteer(arguments)
        var (inputs, missing) = StandardStreams.collect(arguments.positionals)
        let corpus = Corpus.extract(&inputs, decoder: decoder, extractor: StrikeExtractor(gazetteer: gazetteer), keepPlaces: true,
                                    progress: Terminal.progress)
        for d in corpus.diagnostics { Terminal.error(d.description) }
        let failures = missing + corpus.failures
        for f in failures { Terminal.error(f.line) }
        if corpus.documentsRead == 0, let out = arguments.text(Self.output) {
            Terminal.error("strikemap: error: no input could be read; \(out) not written")
            return 1
        }
        let bytes = arguments.choice(Self.format) == "tsv" ? PlaceListWriter.tsv(corpus.places) : PlaceListWriter.geoJSON(corpus.places)
        if let out = arguments.text(Self.output) {
            try AtomicFileWriter.write(bytes, to: out)
        } else {
            try StandardOutput.write(bytes)
        }
        return failures.isEmpty ? 0 : 1
    }
}
