import Foundation

/// An output written in pieces and still atomically: the pieces go to a temporary file in the same
/// directory, renamed over the output by `commit()`. A run that stops before leaves the old file as it
/// was (`abandon()` removes the temporary file). Devices and pipes (/dev/stdout, /dev/full, a FIFO) are
/// written in place: renaming a file over one would replace the device itself.
public final class AtomicFileStream {
    private let path: String
    private let temp: String?
    private let fd: Int32

    public init(path: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw OutputError.cannotWrite(path: path, reason: "is a directory")
        }
        self.path = path
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG {
            temp = nil
            fd = open(path, O_WRONLY)
        } else {
            let url = URL(fileURLWithPath: path)
            let t = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".\(getpid()).tmp"
            temp = t
            fd = open(t, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        guard fd >= 0 else { throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    }

    public func append(_ bytes: [UInt8]) throws {
        guard Self.writeAll(bytes, to: fd) else { throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Writes every byte (`write` may take part of them); false with `errno` set when it cannot.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }

    /// Makes the output the complete file.
    public func commit() throws {
        defer { close(fd) }
        guard let temp else { return }
        guard fsync(fd) == 0, rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw OutputError.cannotWrite(path: path, reason: reason)
        }
    }

    /// Leaves the output as it was.
    public func abandon() {
        close(fd)
        if let temp { unlink(temp) }
    }
}
