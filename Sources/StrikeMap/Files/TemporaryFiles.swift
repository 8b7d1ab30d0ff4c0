import Foundation

/// The temporary files and directories a run has open, so that a signal handler (the CLI's) can remove
/// them before the process ends. Files are created with an unpredictable name, exclusively
/// (`mkstemps`: `O_CREAT|O_EXCL`, which also refuses a symlink planted at the name), never through a
/// link.
package enum TemporaryFiles {
    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var paths: [String: Bool] = [:]
    }

    private static let registry = Registry()

    /// The mode new files get: 0666 less the user's umask (0644 under the usual 022). Read once: `umask`
    /// can only be read by setting it.
    package static let fileMode: mode_t = {
        let m = umask(0o022)
        umask(m)
        return 0o666 & ~m
    }()

    /// Creates `DIR/.NAME.XXXXXX.SUFFIX` exclusively, mode `fileMode`, close-on-exec, and registers it.
    /// The error says which directory and why.
    package static func create(in directory: String, name: String, suffix: String = ".tmp") throws -> (fd: Int32, path: String) {
        let dir = directory.isEmpty ? "." : directory
        // A name near NAME_MAX (255 bytes) would not leave room for the random part.
        let base = name.utf8.count > 180 ? String(name.unicodeScalars.prefix(60).map(Character.init)) : name
        var template = ((dir.hasSuffix("/") ? dir : dir + "/") + ".\(base).XXXXXX\(suffix)").utf8CString.map { $0 }
        // Made and registered under the lock: a signal's sweep never misses a file that already exists.
        registry.lock.lock()
        defer { registry.lock.unlock() }
        let fd = mkstemps(&template, Int32(suffix.utf8.count))
        guard fd >= 0 else {
            // NSTemporaryDirectory() ends in "/": named without it.
            let shown = dir.count > 1 && dir.hasSuffix("/") ? String(dir.dropLast()) : dir
            throw OutputError.cannotCreateTemporary(directory: shown, reason: OutputError.reason(errno))
        }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        _ = fchmod(fd, fileMode)
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        registry.paths[path] = false
        return (fd, path)
    }

    /// Makes `path` through a temporary file beside it (for helper programs that write a file by name):
    /// `write` gets the temporary path; when it returns, the file is renamed over `path`; on any error it
    /// is removed. `suffix` keeps the extension helpers read the format from (".png", ".mp4").
    package static func produce(_ path: String, suffix: String, _ write: (String) throws -> Void) throws {
        let (directory, name) = AtomicFileStream.split(path)
        let (fd, temp) = try create(in: directory, name: name, suffix: suffix)
        close(fd)
        defer { unregister(temp) }
        do {
            try write(temp)
            guard rename(temp, path) == 0 else { throw OutputError.cannotWrite(path: path, reason: OutputError.reason(errno)) }
        } catch {
            remove(temp)
            throw error
        }
    }

    /// Creates a fresh directory `DIR/PREFIX.XXXXXX` (mode 0700) and registers it.
    package static func createDirectory(in directory: String, prefix: String) throws -> String {
        var template = ((directory.hasSuffix("/") ? directory : directory + "/") + prefix + ".XXXXXX").utf8CString.map { $0 }
        registry.lock.lock()
        defer { registry.lock.unlock() }
        guard mkdtemp(&template) != nil else { throw OutputError.cannotCreateTemporary(directory: directory, reason: OutputError.reason(errno)) }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        registry.paths[path] = true
        return path
    }

    package static func register(_ path: String, isDirectory: Bool = false) {
        registry.lock.lock()
        registry.paths[path] = isDirectory
        registry.lock.unlock()
    }

    /// Forgets `path` (renamed into place or removed by its owner).
    package static func unregister(_ path: String) {
        registry.lock.lock()
        registry.paths[path] = nil
        registry.lock.unlock()
    }

    /// Removes `path` (a directory with its contents) and forgets it.
    package static func remove(_ path: String) {
        registry.lock.lock()
        let isDirectory = registry.paths.removeValue(forKey: path) ?? false
        registry.lock.unlock()
        delete(path, isDirectory: isDirectory)
    }

    /// Removes every registered file and directory (directories with their contents), for the signal cleanup
    /// just before the process exits. It keeps the lock: no other thread creates a temporary file after the
    /// sweep, and a writer about to rename its file into place waits (the file is removed, the output untouched).
    package static func removeAll() {
        registry.lock.lock()
        for (path, isDirectory) in registry.paths { delete(path, isDirectory: isDirectory) }
        registry.paths = [:]
    }

    private static func delete(_ path: String, isDirectory: Bool) {
        if isDirectory { try? FileManager.default.removeItem(atPath: path) } else { unlink(path) }
    }
}
