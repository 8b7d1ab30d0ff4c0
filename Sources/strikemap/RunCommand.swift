import Foundation
import StrikeMap

/// `strikemap run [INPUT...] [--out DIR]`: the main job, articles to GeoJSON, map, timeline and report.
struct RunCommand {
    static let out = CommandSpec.Option("--out", "-o", value: .text("DIR"), help: "the directory to write into (default: output)")
    static let spec = CommandSpec(name: "run", tagline: "Articles to a folder of map, web map, timeline, chart and GeoJSON", positionals: "[INPUT...]", files: .articles, minimumPositionals: 0, summary: """
        Reads the articles (default: seeds) and writes DIR/strikes.geojson, DIR/map.svg, DIR/timeline.svg
        (animated), DIR/map.html (interactive, offline), DIR/chart.svg (strikes over time), DIR/summary.csv (by place and month),
        DIR/strikes.qml (QGIS style) and DIR/report.txt. Every file is written whole or not at all; when no input can be read,
        nothing is written.
        """, options: [out, CommonOptions.title, CommonOptions.labels, CommonOptions.noMerge, CommonOptions.status] + CommonOptions.reading)

    let arguments: ParsedArguments
    let decoder: ArticleDecoder

    init(_ args: [String]) throws {
        arguments = try Self.spec.parse(args)
        decoder = try CommonOptions.decoder(arguments)
    }

    /// What `run` writes into its output directory; never read back as input.
    static let outputNames: Set<String> = ["strikes.geojson", "strikes.qml", "map.svg", "timeline.svg", "map.html", "chart.svg", "summary.csv", "report.txt"]

    func execute() throws -> Int32 {
        let out = arguments.text(Self.out) ?? "output"
        let gazetteer = try CommonOptions.loadGazetteer(arguments)
        var (inputs, missing) = StandardStreams.collect(arguments.positionals.isEmpty ? ["seeds"] : arguments.positionals,
                                                       outputDirectory: out, outputNames: Self.outputNames)
        var corpus = Corpus.extract(&inputs, decoder: decoder, extractor: StrikeExtractor(gazetteer: gazetteer),
                                    merge: !arguments.flag(CommonOptions.noMerge), progress: Terminal.progress)
        corpus.failures.insert(contentsOf: missing, at: 0)
        corpus.events = CommonOptions.filtered(corpus.events, arguments)
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
        if let t = arguments.text(CommonOptions.title) { map.title = t }
        map.labels = CommonOptions.eventLabel(arguments)
        // --title names every output: the map, the timeline and the web page.
        var timelineRenderer = TimelineRenderer(basemap: EmbeddedBasemap.shared)
        if let t = arguments.text(CommonOptions.title) { timelineRenderer.title = t }
        let timeline = try timelineRenderer.render(corpus.events)
        var web = WebMap(basemap: EmbeddedBasemap.shared, gazetteer: gazetteer)
        if let t = arguments.text(CommonOptions.title) { web.title = t }
        web.labels = CommonOptions.eventLabel(arguments)
        try AtomicFileWriter.write(GeoJSONWriter.write(corpus.events), to: out + "/strikes.geojson")
        try AtomicFileWriter.write(Array(QGISStyle.qml().utf8), to: out + "/strikes.qml")
        try AtomicFileWriter.write(Array(map.render(corpus.events).utf8), to: out + "/map.svg")
        try AtomicFileWriter.write(Array(timeline.utf8), to: out + "/timeline.svg")
        try WebCommand.write(web, corpus.events, to: out + "/map.html")
        var chart = ChartRenderer()
        if let t = arguments.text(CommonOptions.title) { chart.title = t }
        try AtomicFileWriter.write(Array(chart.render(corpus.events).utf8), to: out + "/chart.svg")
        try AtomicFileWriter.write(SummaryTable.csv(corpus.events), to: out + "/summary.csv")
        try AtomicFileWriter.write(Array(RunReport.text(corpus).utf8), to: out + "/report.txt")
        Terminal.error("strikemap: \(corpus.documentsRead) document\(corpus.documentsRead == 1 ? "" : "s"), \(corpus.events.count) events -> \(out)/")
        return corpus.failures.isEmpty ? 0 : 1
    }
}
