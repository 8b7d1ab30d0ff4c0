import Foundation
import StrikeMap

/// `strikemap map EVENTS.geojson... -o map.svg [--title TEXT] [--bbox W,S,E,N]`
struct MapCommand {
    static let output = CommonOptions.output("the map: .svg (default map.svg), or .png or .pdf drawn by rsvg-convert")
    static let bbox = CommandSpec.Option("--bbox", value: .numbers("W,S,E,N", count: 4), help: """
        fix the extent in degrees (west, south, east, north; W > E for a box across the
        antimeridian); otherwise it fits the events, in separate panels when they fall in
        distant clusters
        """)
    static let spec = CommandSpec(name: "map", tagline: "Draw events as an SVG map for a report", positionals: "EVENTS.geojson...", files: .events, summary: """
        Draws the events of GeoJSON files (written by strikemap, edited in QGIS, or from another tool) as an
        SVG map for a report.
        """, options: [output, CommonOptions.title, CommonOptions.labels, bbox, CommonOptions.status])

    let arguments: ParsedArguments
    let box: GeoBox?
    let kind: OutputKind
    let output: String

    init(_ args: [String]) throws {
        arguments = try Self.spec.parse(args)
        output = arguments.text(Self.output) ?? "map.svg"
        box = try Self.box(arguments)
        kind = try OutputKind(path: output, command: "map")
    }

    /// W,S,E,N in degrees. W > E is a box across the antimeridian (170,-10,-170,10); boxes may touch the
    /// poles (drawn to ±89.9° in a conic, ±85° in Mercator) and must be at least 0.01° each way.
    static func box(_ arguments: ParsedArguments) throws -> GeoBox? {
        guard let v = arguments.numbers(bbox), let text = arguments.text(bbox) else { return nil }
        guard abs(v[1]) <= 90, abs(v[3]) <= 90, abs(v[0]) <= 180, abs(v[2]) <= 180, v[1] < v[3] else {
            throw UsageError("--bbox '\(text)' must be W,S,E,N in degrees with W < E and S < N (W > E for a box across the antimeridian)")
        }
        // W > E crosses the antimeridian only from an eastern W to a western E (170 to -170); otherwise
        // the numbers are swapped.
        guard v[0] < v[2] || (v[0] > 0 && v[2] < 0) else {
            throw UsageError("--bbox '\(text)' must be W,S,E,N in degrees with W < E and S < N (W > E for a box across the antimeridian)")
        }
        let east = v[2] < v[0] ? v[2] + 360 : v[2]
        guard east - v[0] >= 0.01, v[3] - v[1] >= 0.01 else {
            throw UsageError("--bbox '\(text)' has no area: it must be at least 0.01 degrees each way")
        }
        return GeoBox(west: v[0], south: v[1], east: east, north: v[3])
    }

    func execute() throws -> Int32 {
        let events = try arguments.geoJSONEvents()
        var map = MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared)
        if let t = arguments.text(CommonOptions.title) { map.title = t }
        map.fixedExtent = box
        map.labels = CommonOptions.eventLabel(arguments)
        let rendered = map.renderWithNotes(events)
        for note in rendered.warnings { Terminal.error("strikemap: warning: \(note)") }
        try kind.write(rendered.svg, to: output)
        return 0
    }
}
