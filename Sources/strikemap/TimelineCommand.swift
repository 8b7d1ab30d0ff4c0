import Foundation
import StrikeMap

/// `strikemap timeline EVENTS.geojson... [-o timeline.svg] [--mode ...] [--frames DIR] [--html F] [--kml F] ...`
struct TimelineCommand {
    static let help = """
        Usage: strikemap timeline EVENTS.geojson... [-o FILE] [--title TEXT] [--mode cumulative|window]
                 [--window 30d] [--step day|week|month] [--seconds N] [--frames DIR] [--skip-empty]
                 [--html FILE] [--kml FILE] [--video FILE.mp4] [--gif FILE.gif]

        Shows how strikes unfolded, from GeoJSON events: an animated SVG (default timeline.svg; plays in
        browsers without script), and on request one SVG per step (--frames DIR: frame-0001.svg ...), a
        self-contained HTML player (--html), KML for Google Earth's time slider (--kml), or a video / GIF
        (--video, --gif; need ffmpeg and rsvg-convert on PATH).
          --mode cumulative   events stay, muted after their step (default)
          --mode window       only events of the last --window (30d, 2w, 3m; default 30d)
          --step              day, week or month (default: from the span)
          --seconds N         length of one loop (default 12)
          --skip-empty        leave out frames in which nothing new happens
        """
    let scanner: ArgumentScanner

    init(_ args: [String]) throws {
        scanner = try ArgumentScanner(args, valueOptions: ["-o", "--output", "--title", "--mode", "--window", "--step", "--seconds",
                                                           "--frames", "--html", "--kml", "--video", "--gif"],
                                      flagOptions: ["--skip-empty"], help: Self.help)
        guard !scanner.positionals.isEmpty else { throw UsageError("timeline needs at least one EVENTS.geojson") }
        _ = try renderer(title: nil)
    }

    func renderer(title: String?) throws -> TimelineRenderer {
        var r = TimelineRenderer(basemap: EmbeddedBasemap.shared)
        if let t = title { r.title = t }
        switch scanner.value("--mode") ?? "cumulative" {
        case "cumulative":
            guard scanner.value("--window") == nil else { throw UsageError("--window needs --mode window") }
            r.mode = .cumulative
        case "window":
            let text = scanner.value("--window") ?? "30d"
            guard let days = TimelinePlan.windowDays(text) else { throw UsageError("--window '\(text)' must be a length such as 30d, 2w or 3m (days, weeks, months of 30 days)") }
            r.mode = .window(days: days)
        case let m: throw UsageError("--mode '\(m)' must be cumulative or window")
        }
        if let s = scanner.value("--step") {
            guard let step = TimelinePlan.Step(rawValue: s) else { throw UsageError("--step '\(s)' must be day, week or month") }
            r.step = step
        }
        if let s = scanner.value("--seconds") {
            guard let v = Double(s), v >= 1, v <= 3600 else { throw UsageError("--seconds '\(s)' must be a number of seconds from 1 to 3600") }
            r.seconds = v
        }
        return r
    }

    func execute() throws -> Int32 {
        let events = try scanner.geoJSONEvents()
        let r = try renderer(title: scanner.value("--title"))
        let plan = try r.plan(events)
        if plan.frames.isEmpty { Terminal.error("strikemap: warning: no dated events with a place; the timeline only lists the others") }
        let out = scanner.value("-o") ?? scanner.value("--output") ?? "timeline.svg"
        try OutputKind.requireSVG(out, command: "timeline")
        let wantsVideo = scanner.value("--video") != nil || scanner.value("--gif") != nil
        if wantsVideo { _ = try VideoEncoder.tools(["rsvg-convert", "ffmpeg"]) }
        try AtomicFileWriter.write(Array(try r.render(events).utf8), to: out)
        if let path = scanner.value("--html") { try AtomicFileWriter.write(Array(try TimelineHTML(renderer: r).render(events).utf8), to: path) }
        if let path = scanner.value("--kml") { try AtomicFileWriter.write(Array(KMLWriter.write(events, title: r.title).utf8), to: path) }
        if scanner.value("--frames") != nil || wantsVideo {
            let frames = try r.renderFrames(events, skipEmpty: scanner.flag("--skip-empty"))
            // Frames made only for the video live in a private temporary directory, removed afterwards
            // (and on SIGINT/SIGTERM); --frames DIR keeps them.
            let kept = scanner.value("--frames")
            let dir = try kept ?? TemporaryFiles.createDirectory(in: NSTemporaryDirectory(), prefix: "strikemap-frames")
            defer { if kept == nil { TemporaryFiles.remove(dir) } }
            try AtomicFileWriter.createDirectory(dir)
            for (n, svg) in frames.enumerated() {
                try AtomicFileWriter.write(Array(svg.utf8), to: dir + "/" + String(format: "frame-%04d.svg", n + 1))
            }
            if let v = scanner.value("--video") { try VideoEncoder.encode(frames: dir, count: frames.count, seconds: r.seconds, to: v) }
            if let g = scanner.value("--gif") { try VideoEncoder.encode(frames: dir, count: frames.count, seconds: r.seconds, to: g) }
        }
        return 0
    }
}
