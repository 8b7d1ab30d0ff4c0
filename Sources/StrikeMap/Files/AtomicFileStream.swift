import Foundation

/// An output written in pieces and still atomically: the pieces go to a temporary file in the same
/// directory (`TemporaryFiles.create`: an unpredictable name, created exclusively, never through a
/// symlink), renamed over the output by `commit()`. A run that stops before leaves the old file as it was
/// (`abandon()` removes the temporary file; the CLI removes it on SIGINT and SIGTERM). The rename replaces
/// a symlink at the output path itself, never the file it points to. Devices and pipes (/dev/stdout,
/// /dev/full, a FIFO) are written in place: renaming a file over one would replace the device itself.
package final class AtomicFileStream {
    private let path: String
    private let temp: String?
    private let fd: Int32

    package init(path: String) throws {
        self.path = path
        var st = stat()
        if stat(path, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { throw OutputError.cannotWrite(path: path, reason: "is a directory") }
            if (st.st_mode & S_IFMT) != S_IFREG {
                temp = nil
                fd = open(path, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw OutputError.cannotWrite(path: path, reason: OutputError.reason(errno)) }
                return
            }
        }
        let (directory, name) = Self.split(path)
        var dirStat = stat()
        guard stat(directory, &dirStat) == 0 else {
            throw OutputError.cannotWrite(path: path, reason: "its directory \(directory): " + OutputError.reason(errno))
        }
        guard (dirStat.st_mode & S_IFMT) == S_IFDIR else { throw OutputError.cannotWrite(path: path, reason: "\(directory) is not a directory") }
        do {
            (fd, temp) = try TemporaryFiles.create(in: directory, name: name)
        } catch OutputError.cannotCreateTemporary(_, let reason) {
            throw OutputError.cannotWrite(path: path, reason: reason)
        }
    }

    /// The directory (`.` for a bare name) and the last component of `path`.
    package static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let dir = String(path[..<slash])
        return (dir.isEmpty ? "/" : dir, String(path[path.index(after: slash)...]))
    }

    package func append(_ bytes: [UInt8]) throws {
        let error = Self.writeAll(bytes, to: fd)
        guard error == 0 else { throw OutputError.cannotWrite(path: path, reason: OutputError.reason(error)) }
    }

    /// Writes every byte (`write` may take part of them, or be interrupted); 0, or the `errno` that stopped it.
    package static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            offset += n
        }
        return 0
    }

    /// Makes the output the complete file.
    package func commit() throws {
        defer { close(fd) }
        guard let temp else { return }
        guard fsync(fd) == 0, rename(temp, path) == 0 else {
            let reason = OutputError.reason(errno)
            TemporaryFiles.remove(temp)
            throw OutputError.cannotWrite(path: path, reason: reason)
        }
        TemporaryFiles.unregister(temp)
    }

    /// Leaves the output as it was.
    package func abandon() {
        close(fd)
        if let temp { TemporaryFiles.remove(temp) }
    }
}
