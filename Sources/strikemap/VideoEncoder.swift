import Foundation

/// Turns timeline frames (SVG) into an MP4 or GIF with the system's rsvg-convert and ffmpeg.
enum VideoEncoder {
    struct MissingTool: Error, CustomStringConvertible {
        var tools: [String]
        var description: String {
            "--video and --gif need \(tools.joined(separator: " and ")) on PATH (Debian/Ubuntu: apt-get install \(tools.map { $0 == "rsvg-convert" ? "librsvg2-bin" : $0 }.joined(separator: " ")))"
        }
    }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    static func path(of tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    static func checkTools() throws {
        let missing = ["ffmpeg", "rsvg-convert"].filter { path(of: $0) == nil }
        if !missing.isEmpty { throw MissingTool(tools: missing) }
    }

    /// frame-0001.svg ... in `dir` to `out` (.mp4 or .gif), `seconds` long; written to a temporary file first.
    static func encode(frames dir: String, count: Int, seconds: Double, to out: String) throws {
        try checkTools()
        for n in 1...max(1, count) {
            let name = String(format: "%@/frame-%04d", dir, n)
            try run(path(of: "rsvg-convert")!, ["-w", "1200", "-b", "white", "-o", name + ".png", name + ".svg"])
        }
        // A rational frame rate so that the video lasts `seconds` (at most 30 frames a second).
        let millis = max(Int(seconds * 1000), count * 1000 / 30)
        let rate = "\(max(1, count) * 1000)/\(max(1, millis))"
        let gif = out.lowercased().hasSuffix(".gif")
        let tmp = (out as NSString).deletingLastPathComponent + "/." + (out as NSString).lastPathComponent + ".tmp" + (gif ? ".gif" : ".mp4")
        var args = ["-y", "-loglevel", "error", "-framerate", rate, "-i", dir + "/frame-%04d.png"]
        args += gif ? ["-vf", "scale=900:-1:flags=lanczos"] : ["-pix_fmt", "yuv420p", "-vf", "scale=trunc(iw/2)*2:trunc(ih/2)*2"]
        try run(path(of: "ffmpeg")!, args + [tmp])
        guard rename(tmp, out) == 0 else { throw Failed(description: "\(out): cannot write (\(String(cString: strerror(errno))))") }
    }

    private static func run(_ tool: String, _ args: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw Failed(description: "\((tool as NSString).lastPathComponent) failed (exit \(p.terminationStatus))") }
    }
}
