import Foundation

/// Standard error output, and whether it is a terminal (for progress).
enum Terminal {
    static func error(_ text: String) {
        FileHandle.standardError.write((text + "\n").data(using: .utf8)!)
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    static func progress(_ done: Int, _ total: Int, _ name: String) {
        guard stderrIsTerminal else { return }
        let short = name.count > 50 ? "…" + name.suffix(49) : name
        FileHandle.standardError.write("\r\u{1B}[K[\(done)/\(total)] \(short)".data(using: .utf8)!)
        if done == total { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!) }
    }
}
