import Foundation
import StrikeMap

/// Map figures: SVG for 1k/10k/100k events spread over the Syrian and Iraqi towns, and the basemap alone.
enum MapBench {
    static func run(runs: Int, table: inout ResultTable) {
        let renderer = MapRenderer(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared)
        let empty = Measure.repeated(runs) { _ = renderer.render([]) }
        table.add("map SVG, basemap only", empty, unit: "ms", scale: 1000, note: "no events: basemap, furniture")
        for count in [1_000, 10_000, 100_000] {
            let events = synthetic(count)
            var bytes = 0
            let t = Measure.repeated(count >= 100_000 ? 1 : runs) { bytes = renderer.render(events).utf8.count }
            table.add("map SVG, \(count / 1000)k events", t, unit: "ms", scale: 1000, note: "\(bytes / 1024) KB")
        }
    }

    /// Deterministic events at the towns of Syria and Iraq with 20,000 people or more.
    static func synthetic(_ count: Int) -> [StrikeEvent] {
        let towns = EmbeddedGazetteer.shared.places.filter { ["SY", "IQ"].contains($0.country) && $0.kind == .populated && $0.population >= 20_000 }
        let kinds: [StrikeKind] = [.airstrike, .airstrike, .artillery, .droneStrike, .strike]
        return (0..<count).map { k in
            let place = towns[(k * 7919) % towns.count]
            var e = StrikeEvent(id: "bench-\(k)", source: "bench-\(k % 97).txt", published: nil, evidence: "Airstrikes near \(place.name).", evidenceStart: 0, evidenceEnd: 20)
            e.location = .point(PlaceMention(text: place.name, start: 0, end: 0, place: place, precision: k % 4 == 0 ? .nearPlace : .exact))
            e.strikes = k % 5 == 0 ? nil : 1 + k % 11
            e.kind = kinds[k % kinds.count]
            e.time = .known(DateSpan(day: CalendarDay(year: 2017, month: 1 + k % 12, day: 1 + k % 28)!))
            return e
        }
    }
}
