/// Why a gazetteer file (`--gazetteer FILE`) cannot be used, or which row of it is wrong (`LocatedError`:
/// a row's problem at its line and column).
public enum GazetteerError: LocatedError, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case notText(path: String, reason: String)
    /// The file's first row is neither a GeoNames row nor the overlay header.
    case unknownFormat(path: String, found: String)
    /// A row that cannot be used; `column` is 1-based (in bytes), 0 when the whole row is meant.
    case malformedRow(path: String, line: Int, column: Int, message: String)
    case noPlaces(path: String)

    public var location: ErrorLocation? {
        switch self {
        case .unreadable(let p, _), .notText(let p, _), .noPlaces(let p): return ErrorLocation(path: p)
        case .unknownFormat(let p, _): return ErrorLocation(path: p, line: 1)
        case .malformedRow(let p, let line, let column, _): return ErrorLocation(path: p, line: line, column: column)
        }
    }

    public var message: String {
        switch self {
        case .unreadable(_, let reason): return "cannot read gazetteer: \(reason)"
        case .notText(_, let reason): return "not a text gazetteer (\(reason))"
        case .unknownFormat(_, let found):
            return "expected a GeoNames dump (19 tab-separated columns) or an overlay TSV whose header names the columns id, name, latitude, longitude and country, found \(found)"
        case .malformedRow(_, _, _, let message): return message
        case .noPlaces: return "the gazetteer has no usable rows"
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
