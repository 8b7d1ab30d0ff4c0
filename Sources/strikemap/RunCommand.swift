import Foundation
import StrikeMap

/// `strikemap run [INPUT...] [--out DIR]`: the main job, articles to GeoJSON, map, timeline and report.
struct RunCommand {
    static let help = """
        Usage: strikemap run [INPUT...] [--out DIR] [--published YYYY-MM-DD] [--title TEXT] [--no-merge] [--gazetteer FILE]... [--strict]

        Reads the articles (default: seeds) and writes DIR/strikes.geojson, DIR/map.svg, DIR/timeline.svg
        (animated) and DIR/report.txt (default DIR: output). Every file is written whole or not at all.

          --max-document-mb N  refuse documents larger than N MB (default 20)
        """ + GazetteerOptions.help
    let scanner: ArgumentScanner

    init(_ args: [String]) throws {
        scanner = try ArgumentScanner(args, valueOptions: Set<String>(["--max-document-mb", "--out", "--published", "--title"]).union(GazetteerOptions.valueOptions),
                                      flagOptions: Set<String>(["--no-merge"]).union(GazetteerOptions.flagOptions), help: Self.help)
    }

    /// What `run` writes into its output directory; never read back as input.
    static let outputNames: Set<String> = ["strikes.geojson", "map.svg", "timeline.svg", "report.txt"]

    func execute() throws -> Int32 {
        let out = scanner.value("--out") ?? "output"
        let gazetteer = try GazetteerOptions.load(scanner)
        let decoder = try scanner.decoder()
        let (inputs, missing) = StandardStreams.collect(scanner.positionals.isEmpty ? ["seeds"] : scanner.positionals,
                                                       outputDirectory: out, outputNames: Self.outputNames)
        var corpus = Corpus.extract(inputs, decoder: decoder, extractor: StrikeExtractor(gazetteer: gazetteer),
                                    merge: !scanner.flag("--no-merge"), progress: Terminal.progress)
        corpus.failures.insert(contentsOf: missing, at: 0)
        for d in corpus.diagnostics { Terminal.error(d.description) }
        for f in corpus.failures { Terminal.error(f.line) }
        // Nothing could be read (a mistyped directory, every file unreadable): the previous outputs are
        // worth more than an empty map, so nothing is written.
        guard corpus.documentsRead > 0 else {
            Terminal.error("strikemap: error: \(corpus.failures.isEmpty ? "no .txt or .md documents in the input" : "no input could be read"); nothing written to \(out)/")
            return 1
        }
        try AtomicFileWriter.createDirectory(out)
        var map = MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: gazetteer)
        if let t = scanner.value("--title") { map.title = t }
        let timeline = try TimelineRenderer(basemap: EmbeddedBasemap.shared).render(corpus.events)
        try AtomicFileWriter.write(GeoJSONWriter.write(corpus.events), to: out + "/strikes.geojson")
        try AtomicFileWriter.write(Array(map.render(corpus.events).utf8), to: out + "/map.svg")
        try AtomicFileWriter.write(Array(timeline.utf8), to: out + "/timeline.svg")
        try AtomicFileWriter.write(Array(RunReport.text(corpus).utf8), to: out + "/report.txt")
        Terminal.error("strikemap: \(corpus.documentsRead) document\(corpus.documentsRead == 1 ? "" : "s"), \(corpus.events.count) events -> \(out)/")
        return corpus.failures.isEmpty ? 0 : 1
    }
}
