import Foundation

/// Why an output could not be written.
public enum OutputError: LocatedError, Equatable {
    case cannotCreateDirectory(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    /// The directory a temporary file was to be made in (`TMPDIR` for the merge's spill file).
    case cannotCreateTemporary(directory: String, reason: String)
    /// A timeline of more steps than a video or frame set can reasonably hold.
    case tooManySteps(span: String, steps: Int, limit: Int, suggestion: String)

    public var location: ErrorLocation? {
        switch self {
        case .cannotCreateDirectory(let p, _), .cannotWrite(let p, _): return ErrorLocation(path: p)
        case .cannotCreateTemporary(let d, _): return ErrorLocation(path: d)
        case .tooManySteps: return nil
        }
    }

    public var message: String {
        switch self {
        case .cannotCreateDirectory(_, let r): return "cannot create output directory: \(r)"
        case .cannotWrite(_, let r): return "cannot write: \(r)"
        case .cannotCreateTemporary(_, let r): return "cannot create a temporary file: \(r)"
        case .tooManySteps(let span, let steps, let limit, let suggestion):
            return "the events span \(span): \(steps) steps, over the limit of \(limit); \(suggestion)"
        }
    }

    /// The C library's message for `code`, with the three a user most often meets in plain words.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EISDIR: return "is a directory"
        case EACCES, EPERM: return "permission denied"
        default: return String(cString: strerror(code))
        }
    }
}
