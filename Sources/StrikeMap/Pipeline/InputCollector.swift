import Foundation

/// Expands the command line's inputs: a file, a directory (its `.txt` and `.md` files, recursively, sorted
/// by path so that the listing order never matters) or `-` for standard input.
public enum InputCollector {
    public enum Input: Hashable, Sendable {
        case file(String)
        case standardInput
    }

    /// Inputs in order, and one error per input that does not exist or cannot be listed.
    public static func collect(_ arguments: [String]) -> (inputs: [Input], errors: [DocumentError]) {
        var inputs: [Input] = []
        var errors: [DocumentError] = []
        let fm = FileManager.default
        for arg in arguments {
            if arg == "-" { inputs.append(.standardInput); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: arg, isDirectory: &isDir) else { errors.append(.notFound(path: arg)); continue }
            if !isDir.boolValue { inputs.append(.file(arg)); continue }
            var files: [String] = []
            var visited = Set<String>()
            walk(arg, &files, &visited, &errors)
            inputs += files.sorted().map { .file($0) }
        }
        return (inputs, errors)
    }

    private static func walk(_ dir: String, _ files: inout [String], _ visited: inout Set<String>, _ errors: inout [DocumentError]) {
        let fm = FileManager.default
        // Symlink loops: each real directory is entered once.
        let real = (try? fm.destinationOfSymbolicLink(atPath: dir)).map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: dir)).standardizedFileURL.path }
            ?? URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        guard let names = try? fm.contentsOfDirectory(atPath: dir) else {
            errors.append(.unreadable(path: dir, reason: "cannot list directory"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                walk(path, &files, &visited, &errors)
            } else if name.hasSuffix(".txt") || name.hasSuffix(".md") {
                files.append(path)
            }
        }
    }

    /// Reads one input's bytes.
    public static func read(_ input: Input) throws -> (bytes: [UInt8], name: String) {
        switch input {
        case .standardInput:
            return (Array(FileHandle.standardInput.readDataToEndOfFile()), "<stdin>")
        case .file(let path):
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw DocumentError.unreadable(path: path, reason: "permission denied")
            }
            do {
                return (Array(try Data(contentsOf: URL(fileURLWithPath: path))), path)
            } catch {
                throw DocumentError.unreadable(path: path, reason: (error as NSError).localizedDescription)
            }
        }
    }
}
