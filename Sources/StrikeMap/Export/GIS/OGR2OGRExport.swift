import Foundation

/// GeoPackage, FlatGeobuf and Shapefile from a build without the GDAL trait, through the system's `ogr2ogr`
/// (Debian gdal-bin), run by the command line (the library runs no process): the events are written as
/// the CSV export with its `.csvt` column types in a temporary directory beside the output, and `ogr2ogr`
/// turns that into the format with the GDAL build's field types (dates Date, counts Integer, flags
/// Integer(Boolean)), point geometry in WGS 84, the layer named after the file and Shapefile's short field
/// names. Its files are renamed into place when it is done (`DatasetDirectory`).
enum OGR2OGRExport {
    /// Runs `ogr2ogr` with these arguments, or throws.
    typealias Run = (_ arguments: [String]) throws -> Void

    static func write(_ events: [StrikeEvent], to path: String, format: ExportFormat, run: Run) throws -> [String] {
        let dataset = try DatasetDirectory(for: path)
        defer { dataset.remove() }
        // (The CSV's layer is its file's name: "events".)
        let csv = dataset.work + "/events.csv"
        try AtomicFileWriter.write(CSVWriter.write(events), to: csv)
        var types = String(decoding: CSVWriter.columnTypes(), as: UTF8.self)
        // Shapefile strings are at most 254 bytes (GDAL's default width is 80), and it has no booleans: an
        // integer of the default width, as GDAL writes one.
        if format == .shp {
            types = types.replacingOccurrences(of: "\"String\"", with: "\"String(254)\"").replacingOccurrences(of: "\"Integer(Boolean)\"", with: "\"Integer\"")
        }
        try AtomicFileWriter.write(Array(types.utf8), to: Exporter.sidecar(csv))
        // The event fields only (not the CSV's longitude, latitude and wkt columns), Shapefile's under their short names.
        let fields = EventField.table.map { f, _ in
            let name = format == .shp ? f.shapefileName ?? f.name : f.name
            return name == f.name ? "\"\(f.name)\"" : "\"\(f.name)\" AS \"\(name)\""
        }
        var arguments = ["-f", format.driver, dataset.file, csv, "-sql", "SELECT \(fields.joined(separator: ", ")) FROM events",
                         "-nln", dataset.stem, "-nlt", "POINT", "-a_srs", "EPSG:4326"]
        switch format {
        case .gpkg: arguments += ["-lco", "GEOMETRY_NAME=geom"]
        case .shp: arguments += ["-lco", "ENCODING=UTF-8"]
        default: break
        }
        do { try run(arguments) } catch { throw ExportError.gdal(path: path, message: (error as? LocatedError)?.message ?? "\(error)") }
        // (The CSV and its column types stay behind.)
        guard try dataset.moveIntoPlace(skipping: { $0.hasPrefix("events.") || $0.hasSuffix("-journal") }) else {
            throw ExportError.gdal(path: path, message: "ogr2ogr wrote no \(dataset.name)")
        }
        return format == .shp ? Exporter.shapefileCuts(events, path) : []
    }
}
