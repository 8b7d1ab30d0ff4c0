import Foundation

/// Why an output could not be written.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    case cannotCreateDirectory(path: String, reason: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotCreateDirectory(let p, let r): return "\(p): cannot create output directory: \(r)"
        case .cannotWrite(let p, let r): return "\(p): cannot write: \(r)"
        }
    }
}

/// Writes a file through a temporary file in the same directory and a rename, so a reader (or a crash)
/// never sees it half-written.
public enum AtomicFileWriter {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw OutputError.cannotWrite(path: path, reason: "is a directory")
        }
        // A device or pipe (/dev/stdout, /dev/full, a FIFO) is written in place: renaming a file over it
        // would replace the device itself.
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG {
            try writeInPlace(bytes, to: path)
            return
        }
        let temp = dir + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temp, contents: nil) else {
            throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temp))
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(bytes))
            try handle.synchronize()
        } catch {
            unlink(temp)
            throw OutputError.cannotWrite(path: path, reason: (error as NSError).localizedDescription)
        }
        guard rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw OutputError.cannotWrite(path: path, reason: reason)
        }
    }

    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY)
        guard fd >= 0 else { throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            offset += n
        }
    }

    public static func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotCreateDirectory(path: path, reason: (error as NSError).localizedDescription)
        }
        guard FileManager.default.isWritableFile(atPath: path) else {
            throw OutputError.cannotCreateDirectory(path: path, reason: "not writable")
        }
    }
}
