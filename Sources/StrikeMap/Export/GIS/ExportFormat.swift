/// The formats `strikemap export` writes, told apart by the output's extension or `--format`.
public enum ExportFormat: String, Sendable, CaseIterable {
    case geojson, geojsonseq, csv, kml, gpkg, fgb, shp

    /// The format a path's extension names, nil for an unknown one.
    public static func from(path: String) -> ExportFormat? {
        let lower = path.lowercased()
        let table: [(String, ExportFormat)] = [(".geojson", .geojson), (".json", .geojson), (".geojsonl", .geojsonseq),
                                               (".geojsons", .geojsonseq), (".csv", .csv), (".kml", .kml), (".gpkg", .gpkg),
                                               (".fgb", .fgb), (".shp", .shp)]
        return table.first { lower.hasSuffix($0.0) }?.1
    }

    /// GeoPackage, FlatGeobuf and Shapefile are written through GDAL (the GDAL package trait).
    public var needsGDAL: Bool { [.gpkg, .fgb, .shp].contains(self) }

    /// Whether a feature without a point (a total over whole countries) can be written.
    public var holdsFeaturesWithoutGeometry: Bool { ![.kml, .fgb].contains(self) }

    /// GDAL's driver name.
    var driver: String {
        switch self {
        case .gpkg: return "GPKG"
        case .fgb: return "FlatGeobuf"
        case .shp: return "ESRI Shapefile"
        default: return ""
        }
    }

    public static var isGDALAvailable: Bool {
        #if GDAL
        return true
        #else
        return false
        #endif
    }
}
