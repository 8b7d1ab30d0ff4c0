import Foundation

/// Writes a file through a temporary file in the same directory and a rename, so a reader (or a crash)
/// never sees it half-written.
package enum AtomicFileWriter {
    /// Devices and pipes (/dev/stdout, /dev/full, a FIFO) are written in place (see `AtomicFileStream`).
    package static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { append in try append(bytes) }
    }

    /// A file written in pieces as `produce` hands them to `append` (a page of 100,000 events is never held
    /// whole); what `produce` or a write throws leaves the old file as it was.
    package static func write(to path: String, _ produce: (_ append: @escaping ([UInt8]) throws -> Void) throws -> Void) throws {
        let file = try AtomicFileStream(path: path)
        do {
            try produce { try file.append($0) }
        } catch {
            file.abandon()
            throw error
        }
        try file.commit()
    }

    package static func createDirectory(_ path: String) throws {
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFDIR {
            throw OutputError.cannotCreateDirectory(path: path, reason: "exists and is not a directory")
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotCreateDirectory(path: path, reason: (error as NSError).localizedDescription)
        }
        guard access(path, W_OK | X_OK) == 0 else {
            throw OutputError.cannotCreateDirectory(path: path, reason: "permission denied")
        }
    }
}
