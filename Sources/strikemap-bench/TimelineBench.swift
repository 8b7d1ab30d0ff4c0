import Foundation
import StrikeMap

/// Timeline figures: the animated SVG of 10,000 events over two years, and 100 frames.
enum TimelineBench {
    static func run(runs: Int, table: inout ResultTable) {
        // MapBench's events are spread over 2017 (day 1-28 of each month); spread them over 2017-2018.
        let events = MapBench.synthetic(10_000).enumerated().map { k, e -> StrikeEvent in
            var e = e
            e.time = .known(DateSpan(day: CalendarDay(year: 2017 + k % 2, month: 1 + k % 12, day: 1 + (k / 12) % 28)!))
            return e
        }
        var r = TimelineRenderer(basemap: EmbeddedBasemap.shared)
        var bytes = 0
        let svg = Measure.repeated(runs) { bytes = (try? r.render(events))?.utf8.count ?? 0 }
        table.add("timeline SVG, 10k events, 2 years", svg, unit: "ms", scale: 1000, note: "\((try? r.plan(events))?.frames.count ?? 0) weekly steps, \(bytes / 1024) KB")
        r.step = .week
        var count = 0
        let frames = Measure.repeated(max(1, runs / 2)) { count = (try? r.renderFrames(events))?.count ?? 0 }
        table.add("timeline frames, 10k events", frames, unit: "ms", scale: 1000, note: "\(count) frames (weekly, 2 years)")
    }
}
