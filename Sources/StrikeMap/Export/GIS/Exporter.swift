import Foundation

/// Writes events in one of the export formats, whole or not at all.
public enum Exporter {
    /// Writes `events` to `path`; returns warnings (features a format cannot hold, left out).
    public static func export(_ events: [StrikeEvent], to path: String, format: ExportFormat) throws -> [String] {
        guard !events.isEmpty else { throw ExportError.noFeatures(path: path) }
        var warnings: [String] = []
        var kept = events
        if !format.holdsFeaturesWithoutGeometry {
            kept = events.filter { $0.mention != nil }
            let dropped = events.count - kept.count
            if dropped > 0 {
                warnings.append("\(path): \(dropped) feature\(dropped == 1 ? "" : "s") without a point (totals over whole countries) left out: \(format.rawValue) cannot hold a feature without geometry")
            }
            guard !kept.isEmpty else { throw ExportError.noFeatures(path: path) }
        }
        switch format {
        case .geojson: try AtomicFileWriter.write(GeoJSONWriter.write(kept), to: path)
        case .geojsonseq: try AtomicFileWriter.write(GeoJSONWriter.writeSequence(kept, recordSeparator: path.lowercased().hasSuffix(".geojsons")), to: path)
        case .csv: try AtomicFileWriter.write(CSVWriter.write(kept), to: path)
        case .kml: try AtomicFileWriter.write(Array(KMLWriter.write(kept).utf8), to: path)
        case .gpkg, .fgb, .shp:
            #if GDAL
            warnings += try OGRWriter.write(kept, to: path, format: format)
            #else
            throw ExportError.needsGDAL(format)
            #endif
        }
        return warnings
    }
}
