import Foundation
import StrikeMap

/// `strikemap map EVENTS.geojson... -o map.svg [--title TEXT] [--bbox W,S,E,N]`
struct MapCommand {
    static let help = """
        Usage: strikemap map EVENTS.geojson... [-o FILE] [--title TEXT] [--bbox W,S,E,N]

        Draws the events of GeoJSON files (written by strikemap, edited in QGIS, or from another tool) as an
        SVG map for a report: to FILE (default map.svg). --bbox fixes the extent in degrees (west, south,
        east, north); otherwise it fits the events, in separate panels when they fall in distant clusters.
        """
    let scanner: ArgumentScanner

    init(_ args: [String]) throws {
        scanner = try ArgumentScanner(args, valueOptions: ["-o", "--output", "--title", "--bbox"], flagOptions: [], help: Self.help)
        guard !scanner.positionals.isEmpty else { throw UsageError("map needs at least one EVENTS.geojson") }
        _ = try bbox()
    }

    func bbox() throws -> GeoBox? {
        guard let text = scanner.value("--bbox") else { return nil }
        let v = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard v.count == 4, v[0] < v[2], v[1] < v[3], abs(v[1]) <= 90, abs(v[3]) <= 90, abs(v[0]) <= 180, abs(v[2]) <= 180 else {
            throw UsageError("--bbox '\(text)' must be W,S,E,N in degrees with W < E and S < N")
        }
        return GeoBox(west: v[0], south: v[1], east: v[2], north: v[3])
    }

    func execute() throws -> Int32 {
        let events = try scanner.geoJSONEvents()
        var map = MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared)
        if let t = scanner.value("--title") { map.title = t }
        map.fixedExtent = try bbox()
        let rendered = map.renderWithNotes(events)
        for note in rendered.warnings { Terminal.error("strikemap: warning: \(note)") }
        let out = scanner.value("-o") ?? scanner.value("--output") ?? "map.svg"
        try AtomicFileWriter.write(Array(rendered.svg.utf8), to: out)
        return 0
    }
}
