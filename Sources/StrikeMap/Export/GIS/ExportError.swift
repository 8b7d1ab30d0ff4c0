/// Why an export cannot be written. Nothing is half-written in any case: outputs go to a temporary file
/// that is renamed into place only when complete.
public enum ExportError: LocatedError, Equatable, Sendable {
    case unknownFormat(path: String)
    case unknownFormatName(String)
    case needsGDAL(ExportFormat)
    case noFeatures(path: String)
    case gdal(path: String, message: String)

    public var location: ErrorLocation? {
        switch self {
        case .unknownFormat(let p), .noFeatures(let p), .gdal(let p, _): return ErrorLocation(path: p)
        case .unknownFormatName, .needsGDAL: return nil
        }
    }

    public var message: String {
        let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .unknownFormat:
            return "unknown output format; use an extension .geojson, .geojsonl, .geojsons, .csv, .kml, .gpkg, .fgb or .shp, or --format (\(names))"
        case .unknownFormatName(let f): return "unknown format '\(f)'; expected one of \(names)"
        case .needsGDAL(let f):
            return "\(f.rawValue) is written through GDAL: install gdal-bin (ogr2ogr on PATH; Debian/Ubuntu: apt-get install gdal-bin), or install libgdal-dev and build with 'swift build --traits GDAL' (then run .build/debug/strikemap)"
        case .noFeatures: return "nothing to export (the input has no features)"
        case .gdal(_, let m): return "GDAL: \(m)"
        }
    }
}
