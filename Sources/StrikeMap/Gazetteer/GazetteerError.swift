/// Why a gazetteer file (`--gazetteer FILE`) cannot be used, or which row of it is wrong. Printed like a
/// compiler's messages: `FILE:LINE:COL: error: ...`.
public enum GazetteerError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notText(path: String, reason: String)
    /// The file's first row is neither a GeoNames row nor the overlay header.
    case unknownFormat(path: String, found: String)
    /// A row that cannot be used; `column` is 1-based (in bytes), 0 when the whole row is meant.
    case malformedRow(path: String, line: Int, column: Int, message: String)
    case noPlaces(path: String)

    /// One line, control characters of paths and rows escaped.
    public var description: String { ControlCharacters.escaped(text, keepingNewlines: false) }

    private var text: String {
        switch self {
        // Whole-file errors read like every other error line; row errors like a compiler's.
        case .unreadable(let p, let reason): return "strikemap: error: \(p): cannot read gazetteer: \(reason)"
        case .notText(let p, let reason): return "strikemap: error: \(p): not a text gazetteer (\(reason))"
        case .unknownFormat(let p, let found):
            return "\(p):1: error: expected a GeoNames dump (19 tab-separated columns) or an overlay TSV whose header names the columns id, name, latitude, longitude and country, found \(found)"
        case .malformedRow(let p, let line, let column, let message):
            return "\(p):\(line)\(column > 0 ? ":\(column)" : ""): error: \(message)"
        case .noPlaces(let p): return "strikemap: error: \(p): the gazetteer has no usable rows"
        }
    }

    /// The line a row problem is on (0 for whole-file errors), for ordering.
    var line: Int {
        if case .malformedRow(_, let line, _, _) = self { return line }
        return 0
    }

    /// A row problem found in a chunk, moved to its line in the whole file.
    func movedDown(by lines: Int) -> GazetteerError {
        guard case .malformedRow(let p, let line, let column, let message) = self else { return self }
        return .malformedRow(path: p, line: line + lines, column: column, message: message)
    }

    /// The same problem as a skipped-row warning (without `--strict`).
    var warning: Diagnostic? {
        guard case .malformedRow(let p, let line, let column, let message) = self else { return nil }
        return Diagnostic(.warning, file: p, line: line, column: column, message: message + "; row skipped")
    }
}
