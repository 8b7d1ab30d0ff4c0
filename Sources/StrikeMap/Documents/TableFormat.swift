/// The kinds of table a named input can be, by its extension: RFC 4180 CSV, tab-separated values (no
/// quoting: IANA's text/tab-separated-values), and JSON Lines (one object a line).
public enum TableFormat: String, Sendable, CaseIterable {
    case csv, tsv, jsonl

    /// The format of a file named `path`, nil when it is no table.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
