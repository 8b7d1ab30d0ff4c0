import Foundation
import StrikeMap

/// `strikemap chart EVENTS.geojson... [-o chart.svg] [--title TEXT] [--step week|month]`
struct ChartCommand {
    static let output = CommonOptions.output("the chart: .svg (default chart.svg), or .png or .pdf drawn by rsvg-convert")
    static let step = CommandSpec.Option("--step", value: .choice(ChartBins.Step.allCases.map(\.rawValue)), help: "one bar a week or a month (default: weeks up to half a year, months beyond)")
    static let spec = CommandSpec(name: "chart", tagline: "Draw strikes over time as a bar chart (SVG)", positionals: "EVENTS.geojson...", files: .events, summary: """
        Charts strikes over time from GeoJSON events: bars per week or month stacked by kind, dated events
        without a place apart, a line of events, and what could not be charted (undated events, totals).
        """, options: [output, CommonOptions.title, step, CommonOptions.status])

    let arguments: ParsedArguments
    let kind: OutputKind
    let output: String

    init(_ args: [String]) throws {
        arguments = try Self.spec.parse(args)
        output = arguments.text(Self.output) ?? "chart.svg"
        kind = try OutputKind(path: output, command: "chart")
    }

    func execute() throws -> Int32 {
        let events = try arguments.geoJSONEvents()
        var chart = ChartRenderer()
        if let t = arguments.text(CommonOptions.title) { chart.title = t }
        chart.step = arguments.choice(Self.step).flatMap(ChartBins.Step.init(rawValue:))
        if !events.contains(where: { $0.date != nil && !$0.aggregate }) { Terminal.error("strikemap: warning: no dated events; the chart is empty") }
        try kind.write(chart.render(events), to: output)
        return 0
    }
}
