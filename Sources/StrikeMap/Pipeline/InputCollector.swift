import Foundation

/// Expands the command line's inputs: a file, a directory (its `.txt`, `.md`, `.html` and `.htm` files,
/// recursively, sorted by path so that the listing order never matters) or `-` for standard input. Nothing
/// met on the way is dropped without a word: a name that is not UTF-8, a dangling symlink or a FIFO among
/// the files is a failed input with a warning naming it (the others are still read); other files and
/// hidden ones are counted in one warning per directory named; a file named twice is read once, with a
/// warning.
package enum InputCollector {
    package typealias Input = InputSource

    /// A file's or directory's identity (device and inode): a symlink loop is entered once, the run's own
    /// output directory is recognised under any spelling of its path, and a file named twice read once.
    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ st: stat) {
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
        }

        /// The directory at `path`; nil when there is none.
        init?(directory path: String) {
            var st = stat()
            guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
            self.init(st)
        }
    }

    /// Inputs in order, and one error per input that does not exist or cannot be listed. The run's own
    /// output directory is never read when met inside an input directory; when it is an input directory
    /// itself, the files named `outputNames` in it are left out. A rerun reads what the first run read.
    package static func collect(_ arguments: [String], outputDirectory: String? = nil,
                               outputNames: Set<String> = []) -> (inputs: [Input], errors: [DocumentError], warnings: [Diagnostic]) {
        var walk = DirectoryWalk(output: outputDirectory.flatMap { FileID(directory: $0) }, outputNames: outputNames)
        var inputs: [Input] = []
        var warnings: [Diagnostic] = []
        for arg in arguments {
            if arg == "-" { inputs.append(.standardInput); continue }
            var st = stat()
            guard stat(arg, &st) == 0 else {
                let code = errno
                var link = stat()
                if lstat(arg, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
                    walk.errors.append(.skipped(path: arg, reason: "dangling symlink (its target does not exist); not read"))
                } else {
                    walk.errors.append(code == ENOENT || code == ENOTDIR ? .notFound(path: arg) : .unreadable(path: arg, reason: OutputError.reason(code)))
                }
                continue
            }
            guard (st.st_mode & S_IFMT) == S_IFDIR else {
                // A file named twice (or also met in a directory named) is read once.
                if let first = walk.earlierPath(of: st, now: arg) { warnings.append(DirectoryWalk.repeated(arg, first)) } else { inputs.append(.file(arg)) }
                continue
            }
            walk.files = []
            walk.passedOver = []
            walk.enter(arg, top: true)
            inputs += walk.files.sorted().map { .file($0) }
            warnings += walk.repeats.map { DirectoryWalk.repeated($0.path, $0.first) }
            walk.repeats = []
            if !walk.passedOver.isEmpty {
                let names = walk.passedOver.sorted()
                warnings.append(Diagnostic(.warning, file: arg, message: "\(names.count) entr\(names.count == 1 ? "y" : "ies") not read (hidden, a run's report.txt, or not .txt, .md or .html): "
                    + names.prefix(5).joined(separator: ", ") + (names.count > 5 ? ", ..." : "")))
            }
        }
        return (inputs, walk.errors, warnings)
    }
}

/// One walk over directories: `readdir` gives names as bytes, so that a name which is not UTF-8 is seen
/// (and reported) rather than silently mangled or left out.
struct DirectoryWalk {
    let output: InputCollector.FileID?
    let outputNames: Set<String>
    var files: [String] = []
    var errors: [DocumentError] = []
    /// Regular files left out: hidden ones and those of other kinds (paths).
    var passedOver: [String] = []
    private var visited = Set<InputCollector.FileID>()
    /// Files met so far, by device and inode, with the path they were first met under.
    private var seenFiles: [InputCollector.FileID: String] = [:]
    /// Files met again under another name, with the path they were first met under.
    var repeats: [(path: String, first: String)] = []

    /// The path the file `st` describes was met under before, or nil when this is the first time (then
    /// it is remembered under `path`).
    mutating func earlierPath(of st: stat, now path: String) -> String? {
        let id = InputCollector.FileID(st)
        if let first = seenFiles[id] { return first }
        seenFiles[id] = path
        return nil
    }

    static func repeated(_ path: String, _ first: String) -> Diagnostic {
        Diagnostic(.warning, file: path, message: "the same file as \(first); read once")
    }

    init(output: InputCollector.FileID?, outputNames: Set<String>) {
        self.output = output
        self.outputNames = outputNames
    }

    static let articleExtensions = [".txt", ".md", ".html", ".htm"].map { Array($0.utf8) }

    static func isArticleName(_ name: [UInt8]) -> Bool {
        articleExtensions.contains { name.count > $0.count && name.suffix($0.count).elementsEqual($0) }
    }

    /// `report.txt` as `run` writes it (its first line is "strikemap report"): a previous run's output
    /// kept inside the input, never an article.
    static func isRunReport(_ path: String) -> Bool {
        guard path.hasSuffix("/report.txt") else { return false }
        let signature = Array("strikemap report\n".utf8)
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: signature.count)
        let n = head.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
        return n == signature.count && head == signature
    }

    mutating func enter(_ dir: String, top: Bool = false) {
        guard let id = InputCollector.FileID(directory: dir), visited.insert(id).inserted else { return }
        // The run's own output directory (`run --out DIR` inside its input): never read.
        let isOutput = id == output
        if isOutput && !top { return }
        guard let handle = opendir(dir) else {
            errors.append(.unreadable(path: dir, reason: "cannot list directory: " + OutputError.reason(errno)))
            return
        }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        closedir(handle)
        let prefix = dir.hasSuffix("/") ? dir : dir + "/"
        for raw in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            guard let name = String(validating: raw, as: UTF8.self) else {
                errors.append(.skipped(path: prefix + ControlCharacters.escaped(bytes: raw), reason: "file name is not valid UTF-8; not read (rename it to read it)"))
                continue
            }
            if isOutput && outputNames.contains(name) { continue }
            let path = prefix + name
            // Hidden entries (".git", ".DS_Store", "._x.txt" resource forks) are never read, only counted.
            if raw.first == UInt8(ascii: ".") {
                if !(name == ".git" || name == ".svn") { passedOver.append(path) }
                continue
            }
            var link = stat(), st = stat()
            guard lstat(path, &link) == 0 else { continue }
            if (link.st_mode & S_IFMT) == S_IFLNK, stat(path, &st) != 0 {
                errors.append(.skipped(path: path, reason: "dangling symlink (its target does not exist); not read"))
                continue
            }
            if (link.st_mode & S_IFMT) != S_IFLNK { st = link }
            switch st.st_mode & S_IFMT {
            case S_IFDIR: enter(path)
            case S_IFREG where Self.isArticleName(raw):
                if Self.isRunReport(path) {
                    passedOver.append(path)
                } else if let first = earlierPath(of: st, now: path) {
                    repeats.append((path, first))
                } else {
                    files.append(path)
                }
            case S_IFREG: passedOver.append(path)
            case _ where Self.isArticleName(raw):
                errors.append(.skipped(path: path, reason: "not a regular file (\(InputReader.typeName(st.st_mode))); not read (name it on the command line to read it as a stream)"))
            default: break
            }
        }
    }
}
