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
    /// Devices and pipes (/dev/stdout, /dev/full, a FIFO) are written in place (see `AtomicFileStream`).
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try AtomicFileStream(path: path)
        do {
            try file.append(bytes)
        } catch {
            file.abandon()
            throw error
        }
        try file.commit()
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
