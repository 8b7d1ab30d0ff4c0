import Foundation
import StrikeMap

/// Turns timeline frames (SVG) into an MP4 or GIF with the system's rsvg-convert and ffmpeg, run through
/// `HelperProcesses` (stdin closed, time limits, stopped on a signal).
enum VideoEncoder {
    struct MissingTool: LocatedError {
        var tools: [String]
        var purpose = "--video and --gif"
        var location: ErrorLocation? { nil }
        var message: String {
            "\(purpose) need\(purpose.contains(" and ") ? "" : "s") \(tools.joined(separator: " and ")) on PATH (Debian/Ubuntu: apt-get install \(tools.map { $0 == "rsvg-convert" ? "librsvg2-bin" : $0 }.joined(separator: " ")))"
        }
    }

    /// The tools' paths, or the error that names the package to install.
    static func tools(_ names: [String], purpose: String = "--video and --gif") throws -> [String] {
        let found = names.map { HelperProcesses.path(of: $0) }
        let missing = zip(names, found).filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else { throw MissingTool(tools: missing, purpose: purpose) }
        return found.compactMap { $0 }
    }

    /// frame-0001.svg ... in `dir` to `out` (.mp4 or .gif), `seconds` long; written to a temporary file in
    /// OUT's directory, renamed into place when ffmpeg succeeds.
    static func encode(frames dir: String, count: Int, seconds: Double, to out: String) throws {
        let paths = try tools(["rsvg-convert", "ffmpeg"])
        let (rsvg, ffmpeg) = (paths[0], paths[1])
        let frames = max(1, count)
        // The PNGs exist only for ffmpeg: removed whatever happens (the SVG frames stay when asked for).
        defer { for n in 1...frames { unlink(String(format: "%@/frame-%04d.png", dir, n)) } }
        for n in 1...frames {
            let name = String(format: "%@/frame-%04d", dir, n)
            if Terminal.stderrIsTerminal { Terminal.progressLine("rendering frame \(n)/\(frames)") }
            try HelperProcesses.run(rsvg, ["-w", "1200", "-b", "white", "-o", name + ".png", name + ".svg"], timeout: 60)
        }
        if Terminal.stderrIsTerminal { Terminal.progressLine("encoding \((out as NSString).lastPathComponent)") }
        // A rational frame rate so that the video lasts `seconds` (at most 30 frames a second).
        let millis = max(Int(seconds * 1000), count * 1000 / 30)
        let rate = "\(frames * 1000)/\(max(1, millis))"
        let gif = out.lowercased().hasSuffix(".gif")
        try TemporaryFiles.produce(out, suffix: gif ? ".gif" : ".mp4") { tmp in
            var args = ["-nostdin", "-y", "-loglevel", "error", "-framerate", rate, "-i", dir + "/frame-%04d.png"]
            args += gif ? ["-vf", "scale=900:-1:flags=lanczos"] : ["-pix_fmt", "yuv420p", "-vf", "scale=trunc(iw/2)*2:trunc(ih/2)*2"]
            try HelperProcesses.run(ffmpeg, args + [tmp], timeout: 120 + Double(frames) * 0.5)
            if Terminal.stderrIsTerminal { Terminal.progressLine(nil) }
        }
    }
}
