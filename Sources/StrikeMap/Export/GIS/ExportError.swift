/// Why an export cannot be written. Nothing is half-written in any case: outputs go to a temporary file
/// that is renamed into place only when complete.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownFormat(path: String)
    case unknownFormatName(String)
    case needsGDAL(ExportFormat)
    case noFeatures(path: String)
    case gdal(path: String, message: String)

    public var description: String {
        let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .unknownFormat(let p):
            return "\(p): unknown output format; use an extension .geojson, .geojsonl, .geojsons, .csv, .kml, .gpkg, .fgb or .shp, or --format (\(names))"
        case .unknownFormatName(let f): return "unknown format '\(f)'; expected one of \(names)"
        case .needsGDAL(let f):
            return "\(f.rawValue) is written through GDAL: install libgdal-dev and build with 'swift build --traits GDAL' (then run .build/debug/strikemap)"
        case .noFeatures(let p): return "\(p): nothing to export (the input has no features)"
        case .gdal(let p, let m): return "\(p): GDAL: \(m)"
        }
    }
}
