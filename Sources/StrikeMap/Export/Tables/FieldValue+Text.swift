extension FieldValue {
    /// Text from a document or a gazetteer, which a cell must quote and guard (`CSVWriter.safe`).
    var isText: Bool {
        switch self {
        case .string, .strings: return true
        default: return false
        }
    }

    /// The value as one text cell: lists joined with "; " (how CSV, GeoPackage and Shapefile hold a list,
    /// and how `FeatureReader` reads one back), reals with `decimals`, booleans as `true`/`false`.
    public func text(decimals: Int = 6) -> String {
        switch self {
        case .string(let s): return s
        case .strings(let list): return list.joined(separator: "; ")
        case .integer(let n): return String(n)
        case .real(let v): return JSONText.format(v, decimals: decimals)
        case .date(let d): return d.description
        case .boolean(let b): return b ? "true" : "false"
        }
    }
}
