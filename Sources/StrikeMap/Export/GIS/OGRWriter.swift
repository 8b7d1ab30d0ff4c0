#if GDAL
import CGDAL
import Foundation

/// GeoPackage, FlatGeobuf and ESRI Shapefile through GDAL's OGR C API. Dates become Date fields, counts and
/// precision codes Integer fields; WGS 84 (EPSG:4326) in longitude, latitude order. The dataset is built
/// in a temporary directory beside the output and its files renamed into place when GDAL has closed it
/// (`DatasetDirectory`).
enum OGRWriter {
    /// Returns warnings (Shapefile's 254-byte text limit).
    static func write(_ events: [StrikeEvent], to path: String, format: ExportFormat) throws -> [String] {
        GDALAllRegister()
        // GDAL's messages are reported by this product, not printed by GDAL.
        CPLPushErrorHandler(CPLQuietErrorHandler)
        defer { CPLPopErrorHandler() }
        guard let driver = GDALGetDriverByName(format.driver) else { throw ExportError.gdal(path: path, message: "no \(format.driver) driver") }
        let dataset = try DatasetDirectory(for: path)
        defer { dataset.remove() }
        let stem = dataset.stem
        guard let ds = GDALCreate(driver, dataset.file, 0, 0, 0, GDT_Unknown, nil) else { throw ExportError.gdal(path: path, message: lastError()) }
        let srs = OSRNewSpatialReference(nil)
        OSRImportFromEPSG(srs, 4326)
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER)
        defer { OSRDestroySpatialReference(srs) }
        // Shapefiles default to ISO-8859-1; Arabic names and quotes need UTF-8 (written to a .cpg).
        var options: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        if format == .shp { options = CSLSetNameValue(options, "ENCODING", "UTF-8") }
        defer { CSLDestroy(options) }
        guard let layer = GDALDatasetCreateLayer(ds, stem, srs, wkbPoint, options) else {
            GDALClose(ds)
            throw ExportError.gdal(path: path, message: lastError())
        }
        for (f, row) in EventField.table {
            let type: OGRFieldType
            switch row.type {
            case .string, .strings: type = OFTString
            case .integer: type = OFTInteger
            case .real: type = OFTReal
            case .date: type = OFTDate
            case .boolean: type = OFTInteger
            }
            let defn = OGR_Fld_Create(format == .shp ? f.shapefileName : f.name, type)
            if row.type == .boolean { OGR_Fld_SetSubType(defn, OFSTBoolean) }
            // Shapefile strings are at most 254 bytes; GDAL truncates longer evidence with a warning.
            if format == .shp, type == OFTString { OGR_Fld_SetWidth(defn, 254) }
            OGR_L_CreateField(layer, defn, 1)
            OGR_Fld_Destroy(defn)
        }
        for e in events {
            let feature = OGR_F_Create(OGR_L_GetLayerDefn(layer))
            for (k, (_, row)) in EventField.table.enumerated() {
                switch row.value(e) {
                case nil: OGR_F_SetFieldNull(feature, Int32(k))
                case .string(let s)?: OGR_F_SetFieldString(feature, Int32(k), s)
                case .strings(let list)?: OGR_F_SetFieldString(feature, Int32(k), list.joined(separator: "; "))
                case .integer(let n)?: OGR_F_SetFieldInteger(feature, Int32(k), Int32(clamping: n))
                case .real(let v)?: OGR_F_SetFieldDouble(feature, Int32(k), v)
                case .date(let d)?: OGR_F_SetFieldDateTime(feature, Int32(k), Int32(d.year), Int32(d.month), Int32(d.day), 0, 0, 0, 0)
                case .boolean(let b)?: OGR_F_SetFieldInteger(feature, Int32(k), b ? 1 : 0)
                }
            }
            if let c = e.mention?.coordinate {
                let g = OGR_G_CreateGeometry(wkbPoint)
                OGR_G_SetPoint_2D(g, 0, c.longitude, c.latitude)
                OGR_F_SetGeometryDirectly(feature, g)
            }
            let err = OGR_L_CreateFeature(layer, feature)
            OGR_F_Destroy(feature)
            if err != OGRERR_NONE {
                GDALClose(ds)
                throw ExportError.gdal(path: path, message: "cannot write feature \(e.id): \(lastError())")
            }
        }
        GDALClose(ds)
        guard try dataset.moveIntoPlace(skipping: { $0.hasSuffix("-journal") }) else { throw ExportError.gdal(path: path, message: lastError()) }
        return format == .shp ? Exporter.shapefileCuts(events, path) : []
    }

    private static func lastError() -> String {
        guard let m = CPLGetLastErrorMsg(), m.pointee != 0 else { return "unknown error" }
        return String(cString: m)
    }
}
#endif
