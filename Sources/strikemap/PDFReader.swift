import Foundation
import StrikeMap

/// A PDF's text through the system's `pdftotext` (Debian poppler-utils), in reading order and UTF-8, pages
/// apart (a form feed between them), run through `HelperProcesses` (standard input closed, 60 seconds or
/// `STRIKEMAP_HELPER_TIMEOUT`, stopped with the run on a signal). Without `pdftotext` a PDF is a failed
/// input whose error names the package.
enum PDFReader {
    static let timeout = 60.0

    @Sendable static func text(at path: String) throws -> String {
        guard let tool = HelperProcesses.path(of: "pdftotext") else {
            throw DocumentError.unreadable(path: path, reason: "a PDF is read with pdftotext, which is not on PATH (Debian/Ubuntu: apt-get install poppler-utils)")
        }
        let (fd, temp) = try TemporaryFiles.create(in: NSTemporaryDirectory(), name: "strikemap-pdf", suffix: ".txt")
        close(fd)
        defer { TemporaryFiles.remove(temp) }
        // (A path that begins with "-" would be read as an option.)
        let named = path.hasPrefix("-") ? "./" + path : path
        do {
            try HelperProcesses.run(tool, ["-enc", "UTF-8", "-q", named, temp], timeout: timeout)
        } catch {
            throw DocumentError.unreadable(path: path, reason: (error as? LocatedError)?.message ?? "\(error)")
        }
        guard let data = FileManager.default.contents(atPath: temp) else {
            throw DocumentError.unreadable(path: path, reason: "pdftotext wrote no text file")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
