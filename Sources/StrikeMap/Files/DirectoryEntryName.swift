import Foundation

/// Which names in a directory are articles, and which `report.txt` is a run's own report.
enum DirectoryEntryName {
    /// (A PDF is read through `pdftotext`: `ArticleDecoder.pdfText`.)
    static let articleExtensions = [".txt", ".md", ".html", ".htm", ".pdf"].map { Array($0.utf8) }

    static func isArticle(_ name: [UInt8]) -> Bool {
        articleExtensions.contains { name.count > $0.count && name.suffix($0.count).elementsEqual($0) }
    }

    /// How the outputs of `run` that have an article's extension begin: `report.txt` ("strikemap report",
    /// `RunReport`) and `map.html` (`WebMapPage.signature`).
    static let runOutputSignatures: [String: [UInt8]] = [
        "report.txt": Array("strikemap report\n".utf8),
        "map.html": Array("<!DOCTYPE html>\n<!-- strikemap web map -->\n".utf8),
    ]

    /// A `report.txt` or `map.html` as `run` writes it: a previous run's output kept inside the input,
    /// never an article.
    static func isRunOutput(_ name: String, in directory: OpenDirectory) -> Bool {
        guard let signature = runOutputSignatures[name] else { return false }
        let fd = openat(directory.fd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: signature.count)
        let n = head.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
        return n == signature.count && head == signature
    }
}
