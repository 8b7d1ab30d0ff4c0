import Foundation
import StrikeMap

/// `strikemap export IN.geojson... -o OUT [--format F]`
struct ExportCommand {
    static let help = """
        Usage: strikemap export IN.geojson... -o OUT [--format geojson|geojsonseq|csv|kml|gpkg|fgb|shp]

        Converts events for GIS software. The format follows OUT's extension (.geojson, .geojsonl or
        .geojsons for GeoJSONSeq, .csv, .kml, .gpkg, .fgb, .shp) unless --format names it. GeoPackage,
        FlatGeobuf and Shapefile are written through GDAL: build with 'swift build --traits GDAL' (needs
        libgdal-dev). CSV has longitude, latitude and WKT columns; text that could run as a spreadsheet
        formula starts with an apostrophe. Shapefile field names are shortened to 10 characters (README).
        """
    let scanner: ArgumentScanner

    init(_ args: [String]) throws {
        scanner = try ArgumentScanner(args, valueOptions: ["-o", "--output", "--format"], flagOptions: [], help: Self.help)
        guard !scanner.positionals.isEmpty else { throw UsageError("export needs at least one IN.geojson") }
        guard output != nil else { throw UsageError("export needs -o OUT") }
        _ = try format()
    }

    var output: String? { scanner.value("-o") ?? scanner.value("--output") }

    func format() throws -> ExportFormat {
        if let name = scanner.value("--format") {
            guard let f = ExportFormat(rawValue: name.lowercased()) else { throw UsageError(ExportError.unknownFormatName(name).description) }
            return f
        }
        guard let f = ExportFormat.from(path: output!) else { throw UsageError(ExportError.unknownFormat(path: output!).description) }
        return f
    }

    func execute() throws -> Int32 {
        let events = try scanner.geoJSONEvents()
        for w in try Exporter.export(events, to: output!, format: try format()) { Terminal.error("strikemap: warning: \(w)") }
        return 0
    }
}
