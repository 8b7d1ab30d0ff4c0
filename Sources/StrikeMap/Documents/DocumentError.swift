/// Why a document could not be read at all. Each case names the path; the CLI prints one line per error.
public enum DocumentError: LocatedError, Equatable, Sendable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String, reason: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A stream (standard input, a FIFO, a device) that went on past the limit; reading stopped there.
    case streamTooLarge(path: String, limit: Int)
    /// An entry of a directory walk that cannot be read as it is (a name that is not UTF-8, a dangling
    /// symlink, a FIFO): warned about, and counted as a failed input.
    case skipped(path: String, reason: String)
    /// A row of a table that cannot be read (an unterminated quote, a missing column, a cell over the
    /// document limit, a date that is none): warned about at its line, counted as a failed input; the other
    /// rows go on.
    case badRow(path: String, line: Int, row: Int, column: String?, reason: String)

    public var path: String {
        switch self {
        case .notFound(let p), .unreadable(let p, _), .empty(let p), .binary(let p, _), .tooLarge(let p, _, _), .streamTooLarge(let p, _), .skipped(let p, _),
             .badRow(let p, _, _, _, _): return p
        }
    }

    public var location: ErrorLocation? { ErrorLocation(path: path) }

    /// What went wrong, without the path ("no such file or directory", "is a directory").
    public var reason: String {
        let full = text, prefix = path + ": "
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }

    public var message: String { reason }

    /// The line the CLI prints: `errorLine`, or for a skipped entry of a directory walk `PATH: warning: ...
    /// (counted as a failed input)`.
    public var line: String {
        if case .skipped = self { return ControlCharacters.escaped("\(path): warning: \(reason) (counted as a failed input)", keepingNewlines: false) }
        // `notes.csv:LINE: warning: row N, column C: ...`: the line where the row's record starts.
        if case .badRow(let p, let line, let row, let column, let why) = self {
            return ControlCharacters.escaped("\(p):\(line): warning: row \(row)\(column.map { ", column \($0)" } ?? ""): \(why) (counted as a failed input)",
                                             keepingNewlines: false)
        }
        return errorLine
    }

    private var text: String {
        switch self {
        case .notFound(let p): return "\(p): no such file or directory"
        case .unreadable(let p, let reason): return "\(p): cannot read: \(reason)"
        case .empty(let p): return "\(p): empty document (no text to read)"
        case .binary(let p, let reason): return "\(p): not a text document (\(reason))"
        case .tooLarge(let p, let bytes, let limit):
            return "\(p): document of \(bytes) bytes is over the limit of \(limit) bytes"
        case .skipped(let p, let reason): return "\(p): \(reason)"
        case .badRow(let p, let line, let row, let column, let why): return "\(p):\(line): row \(row)\(column.map { ", column \($0)" } ?? ""): \(why)"
        case .streamTooLarge(let p, let limit):
            return "\(p): stream goes on past the limit of \(limit) bytes (reading stopped there)"
        }
    }
}
