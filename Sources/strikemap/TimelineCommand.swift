import Foundation
import StrikeMap

/// `strikemap timeline EVENTS.geojson... [-o timeline.svg] [--mode ...] [--frames DIR] [--html F] [--kml F] ...`
struct TimelineCommand {
    static let output = CommonOptions.output("the animated SVG (default timeline.svg; plays in browsers without script)")
    static let mode = CommandSpec.Option("--mode", value: .choice(["cumulative", "window"]), help: """
        cumulative: events stay, muted after their step (default); window: only events
        of the last --window
        """)
    static let window = CommandSpec.Option("--window", value: .text("LENGTH"), help: "with --mode window: 30d, 2w, 3m (days, weeks, months of 30 days; default 30d)")
    static let step = CommandSpec.Option("--step", value: .choice(TimelinePlan.Step.allCases.map(\.rawValue)), help: "one frame per day, week or month (default: from the span)")
    static let seconds = CommandSpec.Option("--seconds", value: .number("N", 1...3600, what: "a number of seconds from 1 to 3600"),
                                            help: "length of one loop (default 12)")
    static let frames = CommandSpec.Option("--frames", value: .text("DIR"), help: "also write one SVG per step: DIR/frame-0001.svg ...")
    static let skipEmpty = CommandSpec.Option("--skip-empty", help: "leave out frames in which nothing new happens")
    static let html = CommandSpec.Option("--html", value: .text("FILE"), help: "also write a self-contained HTML player")
    static let kml = CommandSpec.Option("--kml", value: .text("FILE"), help: "also write KML for Google Earth's time slider")
    static let video = CommandSpec.Option("--video", value: .text("FILE.mp4"), help: "also write a video (needs ffmpeg and rsvg-convert on PATH)")
    static let gif = CommandSpec.Option("--gif", value: .text("FILE.gif"), help: "also write an animated GIF (needs ffmpeg and rsvg-convert on PATH)")
    static let spec = CommandSpec(name: "timeline", tagline: "Animate strikes over time: SVG, HTML player, KML, video or GIF", positionals: "EVENTS.geojson...", files: .events, summary: """
        Shows how strikes unfolded, from GeoJSON events: an animated SVG, and on request frames, an HTML
        player, KML, a video or a GIF.
        """, options: [output, CommonOptions.title, mode, window, step, seconds, frames, skipEmpty, html, kml, video, gif, CommonOptions.status])

    let arguments: ParsedArguments
    let renderer: TimelineRenderer
    let output: String

    init(_ args: [String]) throws {
        arguments = try Self.spec.parse(args)
        output = arguments.text(Self.output) ?? "timeline.svg"
        var r = TimelineRenderer(basemap: EmbeddedBasemap.shared)
        if let t = arguments.text(CommonOptions.title) { r.title = t }
        switch arguments.choice(Self.mode) ?? "cumulative" {
        case "window":
            let text = arguments.text(Self.window) ?? "30d"
            guard let days = TimelinePlan.windowDays(text) else { throw UsageError("--window '\(text)' must be a length such as 30d, 2w or 3m (days, weeks, months of 30 days)") }
            r.mode = .window(days: days)
        default:
            guard arguments.text(Self.window) == nil else { throw UsageError("--window needs --mode window") }
            r.mode = .cumulative
        }
        if let s = arguments.choice(Self.step), let step = TimelinePlan.Step(rawValue: s) { r.step = step }
        if let v = arguments.number(Self.seconds) { r.seconds = v }
        renderer = r
        try OutputKind.requireSVG(output, command: "timeline")
    }

    func execute() throws -> Int32 {
        let events = try arguments.geoJSONEvents()
        let r = renderer
        let plan = try r.plan(events)
        if plan.frames.isEmpty { Terminal.error("strikemap: warning: no dated events with a place; the timeline only lists the others") }
        let out = output
        let wantsVideo = arguments.text(Self.video) != nil || arguments.text(Self.gif) != nil
        if wantsVideo { _ = try VideoEncoder.tools(["rsvg-convert", "ffmpeg"]) }
        try AtomicFileWriter.write(Array(try r.render(events).utf8), to: out)
        if let path = arguments.text(Self.html) { try AtomicFileWriter.write(Array(try TimelineHTML(renderer: r).render(events).utf8), to: path) }
        if let path = arguments.text(Self.kml) { try AtomicFileWriter.write(Array(KMLWriter.write(events, title: r.title).utf8), to: path) }
        if arguments.text(Self.frames) != nil || wantsVideo {
            let frames = try r.renderFrames(events, skipEmpty: arguments.flag(Self.skipEmpty))
            // Frames made only for the video live in a private temporary directory, removed afterwards
            // (and on SIGINT/SIGTERM); --frames DIR keeps them.
            let kept = arguments.text(Self.frames)
            let dir = try kept ?? TemporaryFiles.createDirectory(in: NSTemporaryDirectory(), prefix: "strikemap-frames")
            defer { if kept == nil { TemporaryFiles.remove(dir) } }
            try AtomicFileWriter.createDirectory(dir)
            for (n, svg) in frames.enumerated() {
                try AtomicFileWriter.write(Array(svg.utf8), to: dir + "/" + String(format: "frame-%04d.svg", n + 1))
            }
            if let v = arguments.text(Self.video) { try VideoEncoder.encode(frames: dir, count: frames.count, seconds: r.seconds, to: v) }
            if let g = arguments.text(Self.gif) { try VideoEncoder.encode(frames: dir, count: frames.count, seconds: r.seconds, to: g) }
        }
        return 0
    }
}
