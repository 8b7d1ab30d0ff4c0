import Foundation

/// Writes events in one of the export formats, whole or not at all.
public enum Exporter {
    /// Writes `events` to `path`; returns warnings (features a format cannot hold, left out, each counted).
    /// A CSV gets its `.csvt` sidecar beside it (GDAL's column types), and with `excel` a byte order mark.
    /// Without the GDAL trait, GeoPackage, FlatGeobuf and Shapefile are written through `ogr2ogr` when
    /// the caller can run it (`OGR2OGRExport`).
    public static func export(_ events: [StrikeEvent], to path: String, format: ExportFormat, excel: Bool = false,
                              ogr2ogr: ((_ arguments: [String]) throws -> Void)? = nil) throws -> [String] {
        guard !events.isEmpty else { throw ExportError.noFeatures(path: path) }
        var warnings: [String] = []
        var kept = events
        if !format.holdsFeaturesWithoutGeometry {
            kept = events.filter { $0.mention != nil }
            let dropped = events.count - kept.count
            if dropped > 0 {
                warnings.append("\(path): \(dropped) feature\(dropped == 1 ? "" : "s") without a point (totals over whole countries) left out: \(format.rawValue) cannot hold a feature without geometry")
            }
        }
        if format == .kml {
            // Google Earth's time slider shows strikes, not totals over long periods: those with a point too are left out, and counted.
            let totals = kept.filter(\.aggregate).count
            kept.removeAll(where: \.aggregate)
            if totals > 0 { warnings.append("\(path): \(totals) total\(totals == 1 ? "" : "s") over a long period or a whole country left out: KML shows single events") }
        }
        guard !kept.isEmpty else { throw ExportError.noFeatures(path: path) }
        switch format {
        case .geojson: try AtomicFileWriter.write(GeoJSONWriter.write(kept), to: path)
        case .geojsonseq: try AtomicFileWriter.write(GeoJSONWriter.writeSequence(kept, recordSeparator: path.lowercased().hasSuffix(".geojsons")), to: path)
        case .csv:
            try AtomicFileWriter.write((excel ? CSVWriter.byteOrderMark : []) + CSVWriter.write(kept), to: path)
            if Self.isRegularFile(path) { try AtomicFileWriter.write(CSVWriter.columnTypes(), to: Self.sidecar(path)) }
        case .kml: try AtomicFileWriter.write(Array(KMLWriter.write(kept).utf8), to: path)
        case .gpkg, .fgb, .shp:
            #if GDAL
            warnings += try OGRWriter.write(kept, to: path, format: format)
            #else
            guard let ogr2ogr else { throw ExportError.needsGDAL(format) }
            warnings += try OGR2OGRExport.write(kept, to: path, format: format, run: ogr2ogr)
            #endif
        }
        // QGIS loads a style of the layer's name by itself: the map's colours and sizes (not for KML,
        // which carries its own styles).
        if format != .kml && Self.isRegularFile(path) { try AtomicFileWriter.write(Array(QGISStyle.qml().utf8), to: Self.stylePath(path)) }
        return warnings
    }

    /// "out/strikes.gpkg" -> "out/strikes.qml".
    static func stylePath(_ path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[slash...].lastIndex(of: "."), dot > slash else { return path + ".qml" }
        return String(path[..<dot]) + ".qml"
    }

    /// Sidecars go beside a file only: an export to a device or a pipe (`-o /dev/stdout --format csv`)
    /// has no directory of its own to put them in.
    static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFREG
    }

    /// Shapefile's warning: text of features longer than its 254-byte limit was cut.
    static func shapefileCuts(_ events: [StrikeEvent], _ path: String) -> [String] {
        let long = events.filter { e in EventField.table.contains { _, row in
            guard let v = row.value(e), v.isText else { return false }
            return v.text().utf8.count > 254
        } }.count
        return long == 0 ? [] : ["\(path): text of \(long) feature\(long == 1 ? "" : "s") (usually the evidence) cut to 254 bytes, the Shapefile limit; GeoPackage keeps it whole"]
    }

    /// "strikes.csv" -> "strikes.csvt" (GDAL looks for the CSV's name with a "t" added to its extension).
    static func sidecar(_ path: String) -> String { path + "t" }
}
