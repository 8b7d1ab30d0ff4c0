import Foundation
import StrikeMap

/// What a map file's extension asks for: SVG (`.svg`, or no extension), PNG or PDF (drawn from the SVG by
/// `rsvg-convert` when it is installed). Any other extension is refused before anything is written, so that
/// `-o m.jpg` never holds SVG bytes.
enum OutputKind {
    case svg, png, pdf

    init(path: String, command: String) throws {
        let name = (path as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension.lowercased()
        switch ext {
        case "svg", "": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        default:
            // Devices (/dev/stdout) take SVG whatever their name.
            var st = stat()
            if stat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG, (st.st_mode & S_IFMT) != S_IFDIR { self = .svg; return }
            throw UsageError("\(path): \(command) writes .svg, .png or .pdf, not .\(ext)")
        }
    }

    /// The animated timeline is SVG only (SMIL has no PNG or PDF form; --video and --gif do that).
    static func requireSVG(_ path: String, command: String) throws {
        guard try OutputKind(path: path, command: command) == .svg else {
            throw UsageError("\(path): \(command) -o writes animated SVG only; use --video FILE.mp4, --gif FILE.gif or --frames DIR for pictures")
        }
    }

    /// Writes `svg` as this kind to `path`, atomically.
    func write(_ svg: String, to path: String) throws {
        guard self != .svg else { return try AtomicFileWriter.write(Array(svg.utf8), to: path) }
        let rsvg = try VideoEncoder.tools(["rsvg-convert"], purpose: "-o .\(self == .png ? "png" : "pdf")")[0]
        let (fd, source) = try TemporaryFiles.create(in: NSTemporaryDirectory(), name: "strikemap-map", suffix: ".svg")
        defer { TemporaryFiles.remove(source) }
        let error = AtomicFileStream.writeAll(Array(svg.utf8), to: fd)
        close(fd)
        guard error == 0 else { throw OutputError.cannotWrite(path: source, reason: OutputError.reason(error)) }
        try TemporaryFiles.produce(path, suffix: self == .png ? ".png" : ".pdf") { rendered in
            try HelperProcesses.run(rsvg, ["-f", self == .png ? "png" : "pdf", "-b", "white", "-o", rendered, source], timeout: 120)
        }
    }
}
