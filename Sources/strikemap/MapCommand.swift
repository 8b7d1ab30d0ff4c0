import Foundation
import StrikeMap

/// `strikemap map EVENTS.geojson... -o map.svg [--title TEXT] [--bbox W,S,E,N]`
struct MapCommand {
    static let help = """
        Usage: strikemap map EVENTS.geojson... [-o FILE] [--title TEXT] [--bbox W,S,E,N]

        Draws the events of GeoJSON files (written by strikemap, edited in QGIS, or from another tool) as an
        SVG map for a report: to FILE (default map.svg; a .png or .pdf FILE is drawn by rsvg-convert). --bbox fixes the extent in degrees (west, south,
        east, north); otherwise it fits the events, in separate panels when they fall in distant clusters.
        """
    let scanner: ArgumentScanner

    init(_ args: [String]) throws {
        scanner = try ArgumentScanner(args, valueOptions: ["-o", "--output", "--title", "--bbox"], flagOptions: [], help: Self.help)
        guard !scanner.positionals.isEmpty else { throw UsageError("map needs at least one EVENTS.geojson") }
        _ = try bbox()
        _ = try OutputKind(path: output, command: "map")
    }

    var output: String { scanner.value("-o") ?? scanner.value("--output") ?? "map.svg" }

    /// W,S,E,N in degrees. W > E is a box across the antimeridian (170,-10,-170,10); boxes may touch the
    /// poles (drawn to ±89.9° in a conic, ±85° in Mercator) and must be at least 0.01° each way.
    func bbox() throws -> GeoBox? {
        guard let text = scanner.value("--bbox") else { return nil }
        let v = text.split(separator: ",", omittingEmptySubsequences: false).compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard v.count == 4, v.allSatisfy(\.isFinite), abs(v[1]) <= 90, abs(v[3]) <= 90, abs(v[0]) <= 180, abs(v[2]) <= 180, v[1] < v[3] else {
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
        let events = try scanner.geoJSONEvents()
        var map = MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared)
        if let t = scanner.value("--title") { map.title = t }
        map.fixedExtent = try bbox()
        let rendered = map.renderWithNotes(events)
        for note in rendered.warnings { Terminal.error("strikemap: warning: \(note)") }
        try OutputKind(path: output, command: "map").write(rendered.svg, to: output)
        return 0
    }
}
