import Foundation

/// Which names in a directory are articles, and which `report.txt` is a run's own report.
enum DirectoryEntryName {
    static let articleExtensions = [".txt", ".md", ".html", ".htm"].map { Array($0.utf8) }

    static func isArticle(_ name: [UInt8]) -> Bool {
        articleExtensions.contains { name.count > $0.count && name.suffix($0.count).elementsEqual($0) }
    }

    /// `report.txt` as `run` writes it (its first line is "strikemap report"): a previous run's output
    /// kept inside the input, never an article.
    static func isRunReport(_ name: String, in directory: OpenDirectory) -> Bool {
        let signature = Array("strikemap report\n".utf8)
        let fd = openat(directory.fd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: signature.count)
        let n = head.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
        return n == signature.count && head == signature
    }
}
