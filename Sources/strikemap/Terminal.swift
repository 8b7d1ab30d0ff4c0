import Foundation
import StrikeMap

/// Standard error output, and whether it is a terminal (for progress). Written with `write(2)`, errors
/// ignored: there is nowhere left to report them. Text from input (file names, article text) is shown
/// with its control characters escaped, so it cannot move the cursor or recolour the terminal.
enum Terminal {
    static func error(_ text: String) {
        _ = AtomicFileStream.writeAll(Array((ControlCharacters.escaped(text, keepingNewlines: true) + "\n").utf8), to: 2)
    }

    /// Asked once: progress is reported once a document, and `isatty` is a system call.
    static let stderrIsTerminal: Bool = isatty(2) == 1

    static func progress(_ done: Int, _ total: Int, _ name: String) {
        guard stderrIsTerminal else { return }
        let safe = ControlCharacters.escaped(name, keepingNewlines: false)
        let short = safe.count > 50 ? "…" + safe.suffix(49) : safe
        // A walk's total is not known before its end (0).
        _ = AtomicFileStream.writeAll(Array("\r\u{1B}[K[\(done)\(total > 0 ? "/\(total)" : "")] \(short)".utf8), to: 2)
        if done == total { _ = AtomicFileStream.writeAll(Array("\r\u{1B}[K".utf8), to: 2) }
    }
}

extension Terminal {
    /// A progress line that the next one overwrites; nil clears it.
    static func progressLine(_ text: String?) {
        _ = AtomicFileStream.writeAll(Array(("\r\u{1B}[K" + (text.map { ControlCharacters.escaped($0, keepingNewlines: false) } ?? "")).utf8), to: 2)
    }
}
