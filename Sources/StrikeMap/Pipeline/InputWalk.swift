import Foundation

/// The command line's inputs, expanded as they are read: a file, a directory (its `.txt`, `.md`, `.html`
/// and `.htm` files, recursively) or `-` for standard input. Inputs come in one order whatever order they
/// are named in: standard input, then files by path, as if every path were sorted (a directory's entries
/// are sorted with a directory's name read as "name/", which is where its files' paths sort).
///
/// The walk streams: it holds one listing per directory it is inside, never the list of every file, so a
/// corpus of millions of files costs the memory of its deepest path. Each directory is listed once
/// (`getdents`); a file's type comes from the listing (`d_type`), with no `stat` of its own, and files are
/// opened relative to their directory.
///
/// Nothing met on the way is dropped without a word: a name that is not UTF-8, a dangling symlink or a
/// FIFO among the files is a failed input with a warning naming it (the others are still read); other
/// files and hidden ones are counted in one warning per directory named.
package struct InputWalk {
    /// What the walk gives, in order: an input to read, a failed input, or a warning.
    package typealias Item = FeedItem<InputSource>

    /// A command-line argument, with the key it sorts by.
    private struct Argument {
        var path: String
        var key: String
        /// A file's identity (nil for a directory).
        var identity: FileIdentity?
    }

    /// A directory being walked: its entries in order and the next one to look at.
    private struct Frame {
        var directory: OpenDirectory
        var prefix: String
        var entries: [Listed]
        var next = 0
        var isOutput: Bool
    }

    /// A directory entry with its type: `d_type`, or the type of a symlink's target (`fstatat`, as on file
    /// systems that leave `d_type` unknown).
    private struct Listed {
        var name: [UInt8]
        var text: String?
        var type: UInt8
        var identity: FileIdentity
        var linked = false
        var dangling = false

        /// A directory's files sort where "name/" sorts: as every path of the walk would sort whole.
        var key: String {
            let t = text ?? String(decoding: name, as: UTF8.self)
            return type == DT_DIR ? t + "/" : t
        }
    }

    private var queue: [Item] = []
    private var arguments: [Argument] = []
    private var nextArgument = 0
    private var stack: [Frame] = []
    private let output: FileIdentity?
    private let outputNames: Set<String>
    /// A file that may be met twice, and whether it was.
    private enum Watch {
        case notMet
        case met(path: String)
    }
    /// Files that may be met twice: those named on the command line and those reached through a symlink.
    /// Other files are met once by construction (a hard link's other names are caught when it is read).
    private var watched: [FileIdentity: Watch] = [:]
    /// Directories entered so far (a symlink loop is entered once).
    private var visited = Set<FileIdentity>()
    /// Entries of the directory argument being walked that are not read, and the first five of them.
    private var passedOver = 0
    private var passedOverNames: [String] = []
    private var argumentPath = ""

    /// `outputDirectory`: the run's own output directory, never read when met inside an input directory;
    /// when it is an input directory itself, the files named `outputNames` in it are left out.
    package init(_ paths: [String], outputDirectory: String? = nil, outputNames: Set<String> = []) {
        output = outputDirectory.flatMap { FileIdentity(directory: $0) }
        self.outputNames = outputNames
        if paths.contains("-") { queue.append(.document(.standardInput)) }
        for path in paths where path != "-" {
            var st = stat()
            guard stat(path, &st) == 0 else {
                let code = errno
                var link = stat()
                if lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
                    queue.append(.failure(Self.dangling(path)))
                } else {
                    queue.append(.failure(code == ENOENT || code == ENOTDIR ? .notFound(path: path) : .unreadable(path: path, reason: OutputError.reason(code))))
                }
                continue
            }
            let isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
            if !isDirectory { watched[FileIdentity(st)] = .notMet }
            arguments.append(Argument(path: path, key: isDirectory ? Self.prefix(path) : path, identity: isDirectory ? nil : FileIdentity(st)))
        }
        arguments.sort { $0.key < $1.key }
    }

    /// A walk over inputs already listed: standard input first, then files by path.
    package init(inputs: [InputSource]) {
        output = nil
        outputNames = []
        queue = inputs.sorted { a, b in
            switch (a, b) {
            case (.standardInput, _): return b != .standardInput
            case (_, .standardInput): return false
            default: return a.path < b.path
            }
        }.map { .document($0) }
    }

    /// The next `count` items or fewer (none: the walk is over).
    package mutating func next(_ count: Int) -> [Item] {
        var items: [Item] = []
        while items.count < count {
            if !queue.isEmpty {
                items += queue
                queue = []
                continue
            }
            if !stack.isEmpty {
                step()
                continue
            }
            guard nextArgument < arguments.count else { break }
            let a = arguments[nextArgument]
            nextArgument += 1
            if let identity = a.identity { meet(identity, a.path, .file(a.path)) } else { begin(a.path) }
        }
        return items
    }

    /// Every item at once (for small inputs and tests).
    package mutating func all() -> [Item] {
        var items: [Item] = []
        while case let more = next(4096), !more.isEmpty { items += more }
        return items
    }

    private static func prefix(_ path: String) -> String { path.hasSuffix("/") ? path : path + "/" }

    private mutating func begin(_ path: String) {
        argumentPath = path
        passedOver = 0
        passedOverNames = []
        enter(path, in: nil, prefix: Self.prefix(path), top: true)
        if stack.isEmpty { finishArgument() }
    }

    private mutating func finishArgument() {
        guard passedOver > 0 else { return }
        queue.append(.warning(Diagnostic(.warning, file: argumentPath, message: "\(passedOver) entr\(passedOver == 1 ? "y" : "ies") not read (hidden, a run's report.txt or map.html, or not .txt, .md, .html or .pdf): "
            + passedOverNames.joined(separator: ", ") + (passedOver > 5 ? ", ..." : ""))))
        passedOver = 0
    }

    private mutating func passOver(_ path: String) {
        passedOver += 1
        if passedOverNames.count < 5 { passedOverNames.append(path) }
    }

    /// Opens and lists a directory, and pushes it to be walked.
    private mutating func enter(_ name: String, in parent: OpenDirectory?, prefix: String, top: Bool) {
        let path = top ? name : String(prefix.dropLast())
        let directory: OpenDirectory
        let listing: [OpenDirectory.Entry]
        do throws(FileError) {
            directory = try OpenDirectory(name, in: parent)
            guard visited.insert(directory.identity).inserted else { return }
            // The run's own output directory (`run --out DIR` inside its input): never read.
            if directory.identity == output && !top { return }
            listing = try directory.entries()
        } catch {
            queue.append(.failure(.unreadable(path: path, reason: "cannot list directory: " + OutputError.reason(error.code))))
            return
        }
        var entries = listing.map { e in
            var l = Listed(name: e.name, text: String(validating: e.name, as: UTF8.self), type: e.type,
                           identity: FileIdentity(device: directory.identity.device, inode: e.inode))
            if (l.type == DT_LNK || l.type == DT_UNKNOWN), let name = l.text, l.name.first != UInt8(ascii: ".") {
                if let st = directory.status(of: name) {
                    l.linked = l.type == DT_LNK
                    l.identity = FileIdentity(st)
                    l.type = Self.directoryType(st.st_mode)
                } else {
                    l.dangling = l.type == DT_LNK
                }
            }
            return l
        }
        let keys = entries.map(\.key)
        let order = entries.indices.sorted { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : entries[a].name.lexicographicallyPrecedes(entries[b].name) }
        entries = order.map { entries[$0] }
        stack.append(Frame(directory: directory, prefix: prefix, entries: entries, isOutput: directory.identity == output))
    }

    /// Looks at the next entry of the innermost directory.
    private mutating func step() {
        let f = stack.count - 1
        guard stack[f].next < stack[f].entries.count else {
            stack.removeLast()
            if stack.isEmpty { finishArgument() }
            return
        }
        let entry = stack[f].entries[stack[f].next]
        stack[f].next += 1
        let (directory, prefix) = (stack[f].directory, stack[f].prefix)
        guard let name = entry.text else {
            queue.append(.failure(.skipped(path: prefix + ControlCharacters.escaped(bytes: entry.name), reason: "file name is not valid UTF-8; not read (rename it to read it)")))
            return
        }
        if stack[f].isOutput && outputNames.contains(name) { return }
        let path = prefix + name
        // Hidden entries (".git", ".DS_Store", "._x.txt" resource forks) are never read, only counted.
        if entry.name.first == UInt8(ascii: ".") {
            if !(name == ".git" || name == ".svn") { passOver(path) }
            return
        }
        if entry.dangling {
            queue.append(.failure(Self.dangling(path)))
            return
        }
        let (type, linked) = (entry.type, entry.linked)
        let isArticle = DirectoryEntryName.isArticle(entry.name)
        switch type {
        case UInt8(DT_DIR): enter(name, in: directory, prefix: path + "/", top: false)
        case UInt8(DT_REG) where isArticle:
            if DirectoryEntryName.isRunOutput(name, in: directory) { passOver(path); return }
            // A file reached through a symlink is opened by its path: its identity is then checked, so that
            // a file also met under its own name is read once.
            if linked && watched[entry.identity] == nil { watched[entry.identity] = .notMet }
            meet(entry.identity, path, linked ? .file(path) : .entry(directory, name: name, path: path))
        case UInt8(DT_REG): passOver(path)
        case _ where isArticle:
            let mode = directory.status(of: name)?.st_mode ?? 0
            queue.append(.failure(.skipped(path: path, reason: "not a regular file (\(InputReader.typeName(mode))); not read (name it on the command line to read it as a stream)")))
        default: break
        }
    }

    /// Yields a file unless it was met before under another name (then a warning names the first).
    private mutating func meet(_ identity: FileIdentity, _ path: String, _ input: InputSource) {
        switch watched[identity] {
        case .met(let first)?:
            queue.append(.warning(Self.repeated(path, first: first)))
            return
        case .notMet?: watched[identity] = .met(path: path)
        case nil: break
        }
        queue.append(.document(input))
    }

    /// The warning for a file met again under another name: it is read once.
    static func repeated(_ path: String, first: String) -> Diagnostic {
        Diagnostic(.warning, file: path, message: "the same file as \(first); read once")
    }

    private static func dangling(_ path: String) -> DocumentError {
        .skipped(path: path, reason: "dangling symlink (its target does not exist); not read")
    }

    /// `d_type` of a `stat` mode.
    private static func directoryType(_ mode: mode_t) -> UInt8 {
        switch mode & S_IFMT {
        case S_IFDIR: return UInt8(DT_DIR)
        case S_IFREG: return UInt8(DT_REG)
        case S_IFIFO: return UInt8(DT_FIFO)
        case S_IFCHR: return UInt8(DT_CHR)
        default: return UInt8(DT_UNKNOWN)
        }
    }
}
