import Foundation
import StrikeMap

/// `strikemap web EVENTS.geojson... [-o map.html] [--title TEXT]`
struct WebCommand {
    static let output = CommonOptions.output("the page (default map.html): one HTML file that loads nothing from the network")
    static let spec = CommandSpec(name: "web", tagline: "Write an interactive, offline web map of events", positionals: "EVENTS.geojson...", files: .events, summary: """
        Writes an interactive map page from GeoJSON events: pan and zoom over the embedded basemap, symbols
        by kind, status and count, a time slider with play/pause, filters, popups with the evidence, a chart
        of strikes over time, and the view in the link's #. Self-contained: send it or embed it as is.
        """, options: [output, CommonOptions.title, CommonOptions.labels, CommonOptions.status])

    let arguments: ParsedArguments
    let output: String

    init(_ args: [String]) throws {
        arguments = try Self.spec.parse(args)
        output = arguments.text(Self.output) ?? "map.html"
        guard output.lowercased().hasSuffix(".html") || output.lowercased().hasSuffix(".htm") else {
            throw UsageError("web writes HTML: '\(output)' must end in .html")
        }
    }

    func execute() throws -> Int32 {
        let events = try arguments.geoJSONEvents()
        var page = WebMap(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared)
        if let t = arguments.text(CommonOptions.title) { page.title = t }
        page.labels = CommonOptions.eventLabel(arguments)
        if !events.contains(where: { $0.mention != nil }) { Terminal.error("strikemap: warning: no located events; the page shows the basemap only") }
        try Self.write(page, events, to: output)
        return 0
    }

    /// The page written as it is made (also `run`'s map.html): a page of 100,000 events is never held whole.
    static func write(_ page: WebMap, _ events: [StrikeEvent], to path: String) throws {
        try AtomicFileWriter.write(to: path) { append in try page.write(events, to: append) }
    }
}
