import Foundation
import StrikeMap

/// Standard output through `write(2)`: Foundation's `FileHandle.write(_:)` traps on any write error
/// (a full disk, a closed descriptor). A reader that goes away (`| head -c1`, SIGPIPE ignored in
/// `main.swift`) ends the run quietly; any other error is one `strikemap: error:` line and exit 1.
enum StandardOutput {
    /// The reader closed the pipe: stop writing, say nothing.
    struct ReaderGone: Error {}

    static func write(_ bytes: [UInt8]) throws {
        if StandardStreams.closed.contains(1) { throw OutputError.cannotWrite(path: "standard output", reason: "it is closed") }
        let error = AtomicFileStream.writeAll(bytes, to: 1)
        if error == EPIPE { throw ReaderGone() }
        guard error == 0 else { throw OutputError.cannotWrite(path: "standard output", reason: OutputError.reason(error)) }
    }

    static func line(_ text: String) throws { try write(Array((text + "\n").utf8)) }
}
