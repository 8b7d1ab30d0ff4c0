import Foundation

/// A directory held open while its files are read: files are opened relative to it (`openat`), so the
/// kernel resolves one name a file instead of its whole path, and a directory renamed during the run is
/// still the one that was listed. Closed when the last file read from it is done.
package final class OpenDirectory: Sendable, Hashable {
    let fd: Int32
    /// Its device and inode.
    let identity: FileIdentity

    /// One entry of a listing: its name as bytes (a name need not be UTF-8) and `d_type` (`DT_UNKNOWN`
    /// on file systems that do not fill it in).
    struct Entry {
        var name: [UInt8]
        var type: UInt8
        /// `d_ino`: with the directory's device, the file's identity, known without a `stat`.
        var inode: UInt64
    }

    /// Opens `name` in `parent` (or the path `name` when `parent` is nil) as a directory; the error is errno.
    init(_ name: String, in parent: OpenDirectory?) throws(FileError) {
        let fd = parent.map { openat($0.fd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC) } ?? open(name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(code: errno) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { let code = errno; close(fd); throw FileError(code: code) }
        self.fd = fd
        identity = FileIdentity(st)
    }

    deinit { close(fd) }

    /// Every entry but "." and "..", in the order `readdir` gives them; one `getdents` call lists many.
    func entries() throws(FileError) -> [Entry] {
        // fdopendir takes the descriptor over: list through a duplicate so that `fd` stays open for openat.
        let copy = dup(fd)
        guard copy >= 0, let handle = fdopendir(copy) else {
            let code = errno
            if copy >= 0 { close(copy) }
            throw FileError(code: code)
        }
        defer { closedir(handle) }
        var list: [Entry] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { list.append(Entry(name: name, type: entry.pointee.d_type, inode: UInt64(entry.pointee.d_ino))) }
        }
        return list
    }

    /// `fstatat` of an entry, following a symlink; nil when it fails (a dangling symlink, a file removed since).
    func status(of name: String) -> stat? {
        var st = stat()
        return fstatat(fd, name, &st, 0) == 0 ? st : nil
    }

    package static func == (a: OpenDirectory, b: OpenDirectory) -> Bool { a === b }
    package func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }
}

/// An errno from a file operation.
struct FileError: Error {
    var code: Int32
}

/// A file's or directory's identity (device and inode): a symlink loop is entered once, the run's own
/// output directory is recognised under any spelling of its path, and a file named twice read once.
package struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }

    init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    /// The directory at `path`; nil when there is none.
    init?(directory path: String) {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
        self.init(st)
    }
}
