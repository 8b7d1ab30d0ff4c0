import Foundation

/// Reads one input's bytes, never more than the document limit: a regular file's size is checked
/// (`fstat`) before a byte is read; FIFOs, character devices (/dev/zero) and standard input are read as
/// streams that stop at the limit. Every failure says what it was ("no such file or directory",
/// "is a directory", "permission denied", ...).
public enum InputReader {
    /// How long to wait for a FIFO's first byte (or its writer closing it) before giving up.
    static let fifoWaitSeconds: Int32 = 30

    /// `streamLimit` (default `limit`) bounds what is read from a stream, whose size is not known before.
    /// `blockCheck`, given, is asked of every block of `checkBlock` bytes as it is read (the last may be
    /// shorter); a reason it gives stops the read there (`DocumentError.binary`): a 2 GB sparse file named
    /// as a gazetteer is refused after its first block, not after it was read whole.
    package static func read(_ input: InputSource, limit: Int, streamLimit: Int? = nil,
                             blockCheck: ((UnsafeRawBufferPointer) -> String?)? = nil) throws(DocumentError) -> (bytes: [UInt8], name: String) {
        let d = try document(input, limit: limit, streamLimit: streamLimit, blockCheck: blockCheck)
        return (d.bytes, d.name)
    }

    /// The block `read`'s `blockCheck` is asked of.
    package static let checkBlock = 65_536

    /// A document's bytes, how messages name it, and the identity of the file when it has other names (hard
    /// links) or was opened by its path (named on the command line, or reached through a symlink), so that
    /// a file met twice is read once.
    package struct Document: Sendable {
        var bytes: [UInt8]
        var name: String
        var identity: FileIdentity?
        /// A table's row: its text is the document, already decoded (`bytes` is empty).
        var row: TableRowDocument?
    }

    static func document(_ input: InputSource, limit: Int, streamLimit: Int? = nil,
                         blockCheck: ((UnsafeRawBufferPointer) -> String?)? = nil) throws(DocumentError) -> Document {
        let streamLimit = min(limit, streamLimit ?? limit)
        let fd: Int32, path = input.path
        switch input {
        case .standardInput:
            var st = stat()
            guard fstat(0, &st) == 0 else { throw .unreadable(path: path, reason: "standard input is closed") }
            return Document(bytes: try stream(0, path: path, limit: streamLimit, blockCheck: blockCheck), name: path)
        case .file(let p): fd = open(p, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        case .entry(let directory, let name, _): fd = openat(directory.fd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        }
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .notFound(path: path) }
            if code == ENXIO { throw .unreadable(path: path, reason: "is a socket") }
            throw .unreadable(path: path, reason: OutputError.reason(code))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .unreadable(path: path, reason: OutputError.reason(errno)) }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: throw .unreadable(path: path, reason: "is a directory")
        case S_IFREG:
            if Int(st.st_size) > limit { throw .tooLarge(path: path, bytes: Int(st.st_size), limit: limit) }
            // A size of 0 may be a file that only reading tells (/proc): read to its end.
            return Document(bytes: try stream(fd, path: path, limit: limit, size: st.st_size > 0 ? Int(st.st_size) : nil, blockCheck: blockCheck), name: path,
                            identity: st.st_nlink > 1 || input.isNamedByPath ? FileIdentity(st) : nil)
        case S_IFIFO:
            try waitForData(fd, path: path)
            return Document(bytes: try stream(fd, path: path, limit: streamLimit, blockCheck: blockCheck), name: path)
        default:
            // Character devices (/dev/zero, /dev/urandom, a terminal): read blocking, up to the limit.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            return Document(bytes: try stream(fd, path: path, limit: streamLimit, blockCheck: blockCheck), name: path)
        }
    }

    static func typeName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "FIFO"
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        case S_IFSOCK: return "socket"
        case S_IFLNK: return "symlink"
        default: return "special file"
        }
    }

    /// A FIFO opened without blocking: wait until a writer has written or closed it.
    private static func waitForData(_ fd: Int32, path: String) throws(DocumentError) {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while true {
            let n = poll(&p, 1, fifoWaitSeconds * 1000)
            if n < 0 && errno == EINTR { continue }
            if n == 0 { throw .unreadable(path: path, reason: "FIFO: no writer sent anything within \(fifoWaitSeconds) seconds") }
            if n < 0 { throw .unreadable(path: path, reason: OutputError.reason(errno)) }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            return
        }
    }

    /// Reads to the end, at most `limit` bytes: one byte more is a document over the limit. A regular file's
    /// `size` (`fstat`) ends the read once that many bytes are in, without the second call that would only
    /// confirm the end: a file that grows while it is read is read as `fstat` saw it; one that shrank is
    /// read to its end.
    /// With `blockCheck`, the buffer grows as it fills (a sparse file's size is no promise of text) and
    /// reads stop at a block it refuses.
    private static func stream(_ fd: Int32, path: String, limit: Int, size: Int? = nil,
                               blockCheck: ((UnsafeRawBufferPointer) -> String?)? = nil) throws(DocumentError) -> [UInt8] {
        let first = blockCheck == nil ? size : size.map { min($0, 1 << 20) }
        // Not zero-filled first: the reads fill it, and what they leave is cut off below (a 100 MB file's
        // zeroing cost as much as parsing it fast).
        let capacity = first ?? (min(limit, 65_536) + 1)
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { _, initialized in initialized = capacity }
        var count = 0, checked = 0
        while size.map({ count < $0 }) ?? true {
            if count == bytes.count {
                guard count <= limit else { throw .streamTooLarge(path: path, limit: limit) }
                let most = size.map { $0 - count } ?? (limit + 1 - count)
                bytes += [UInt8](repeating: 0, count: min(most, max(count, 65_536)))
            }
            let n = bytes[count...].withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0); _ = poll(&p, 1, -1); continue }
                throw .unreadable(path: path, reason: errno == EBADF ? "not open for reading" : OutputError.reason(errno))
            }
            if n == 0 { break }
            count += n
            // Whole blocks as they come in; what is left of the last, once the read is done.
            while let blockCheck, count - checked >= checkBlock {
                if let reason = bytes[checked..<(checked + checkBlock)].withUnsafeBytes({ blockCheck($0) }) { throw .binary(path: path, reason: reason) }
                checked += checkBlock
            }
        }
        if let blockCheck, checked < count, let reason = bytes[checked..<count].withUnsafeBytes({ blockCheck($0) }) {
            throw .binary(path: path, reason: reason)
        }
        if count > limit { throw .streamTooLarge(path: path, limit: limit) }
        bytes.removeSubrange(count...)
        return bytes
    }
}
