import Foundation
import StrikeMap

/// `strikemap export IN.geojson... -o OUT [--format F]`
struct ExportCommand {
    static let output = CommonOptions.output("the file to write (needed)")
    static let format = CommandSpec.Option("--format", value: .choice(ExportFormat.allCases.map(\.rawValue)),
                                           help: "the format, when OUT's extension does not say it")
    static let excel = CommandSpec.Option("--excel", help: "CSV for spreadsheets: begin with a UTF-8 byte order mark, which Excel needs to read accents")
    static let spec = CommandSpec(name: "export", tagline: "Convert events to CSV, KML, GeoPackage, FlatGeobuf or Shapefile", positionals: "IN.geojson...", files: .events, summary: """
        Converts events for GIS software. The format follows OUT's extension (.geojson, .geojsonl or
        .geojsons for GeoJSONSeq, .csv, .kml, .gpkg, .fgb, .shp) unless --format names it. GeoPackage,
        FlatGeobuf and Shapefile are written through GDAL: build with 'swift build --traits GDAL' (needs
        libgdal-dev). CSV has longitude, latitude and WKT columns; text that could run as a spreadsheet
        formula starts with an apostrophe. Shapefile field names are shortened to 10 characters (docs/schema.md).
        """, options: [output, format, excel, CommonOptions.status])

    let arguments: ParsedArguments
    let output: String
    let exportFormat: ExportFormat

    init(_ args: [String]) throws {
        arguments = try Self.spec.parse(args)
        guard let output = arguments.text(Self.output) else { throw UsageError("export needs -o OUT") }
        self.output = output
        if let name = arguments.choice(Self.format), let f = ExportFormat(rawValue: name) {
            exportFormat = f
        } else if let f = ExportFormat.from(path: output) {
            exportFormat = f
        } else {
            throw UsageError("\(output): " + ExportError.unknownFormat(path: output).message)
        }
        if arguments.flag(Self.excel), exportFormat != .csv { throw UsageError("--excel is for CSV; '\(output)' is \(exportFormat.rawValue)") }
    }

    func execute() throws -> Int32 {
        let events = try arguments.geoJSONEvents()
        // Without the GDAL trait, GeoPackage, FlatGeobuf and Shapefile go through ogr2ogr when it is on PATH.
        let ogr2ogr = HelperProcesses.path(of: "ogr2ogr").map { tool in { (args: [String]) throws in try HelperProcesses.run(tool, args, timeout: 300) } }
        for w in try Exporter.export(events, to: output, format: exportFormat, excel: arguments.flag(Self.excel), ogr2ogr: ogr2ogr) {
            Terminal.error("strikemap: warning: \(w)")
        }
        return 0
    }
}
