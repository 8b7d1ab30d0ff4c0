/// Where a document is read from: a file by path, a file met in a directory (opened relative to it), or
/// standard input (`-`).
package enum InputSource: Hashable, Sendable {
    case file(String)
    /// `name` in `directory`; `path` is how the run names it (the directory's path and the name).
    case entry(OpenDirectory, name: String, path: String)
    case standardInput

    /// Named on the command line or reached through a symlink (opened by its path): a file that may also
    /// be met under another name, whose identity is checked so that it is read once.
    var isNamedByPath: Bool {
        if case .file = self { return true }
        return false
    }

    /// How messages name it.
    var path: String {
        switch self {
        case .file(let p), .entry(_, _, let p): return p
        case .standardInput: return "<stdin>"
        }
    }
}
