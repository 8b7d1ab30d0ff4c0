import Foundation
import StrikeMap

/// Gazetteer figures: time to first use of the embedded gazetteer, load of a GeoNames file, lookups.
enum GazetteerBench {
    /// Returns the embedded gazetteer with the world file added, when one was given and read.
    @discardableResult
    static func run(world: String?, runs: Int, table: inout ResultTable) -> Gazetteer? {
        // First use: measured once, in this process, before anything else touched the gazetteer.
        let first = Measure.once { _ = EmbeddedGazetteer.shared.places.count }
        table.add("embedded gazetteer, first use", [first], unit: "ms", scale: 1000,
                  note: "\(EmbeddedGazetteer.shared.places.count) places, \(EmbeddedGazetteer.shared.indexedNameCount) names")
        let reindex = Measure.repeated(runs) { _ = Gazetteer(places: EmbeddedGazetteer.shared.places) }
        table.add("embedded gazetteer, index only", reindex, unit: "ms", scale: 1000, note: "of the first use")
        let queries = lookupQueries(EmbeddedGazetteer.shared)
        var found = 0
        let lookups = Measure.repeated(runs) {
            found = 0
            for q in queries { found += EmbeddedGazetteer.shared.candidates(for: q, allowTypos: false).isEmpty ? 0 : 1 }
        }
        let keys = queries.map { Gazetteer.normalizedKey($0) }
        let keyed = Measure.repeated(runs) { for k in keys { _ = EmbeddedGazetteer.shared.candidates(forKey: k, allowSkeleton: false) } }
        table.add("lookups of normalised names, embedded", keyed.map { Double(keys.count) / $0 / 1e6 }, unit: "M/s", scale: 1,
                  note: "exact key to candidate places")
        table.add("lookups, embedded", lookups.map { Double(queries.count) / $0 / 1e6 }, unit: "M/s", scale: 1,
                  note: "\(queries.count) names as written, \(found) found")
        guard let world else {
            table.skip("world gazetteer", because: "no file: make one with python3 gazetteer/world.py FILE and pass --world FILE")
            return nil
        }
        var loaded: GazetteerFile.Loaded?
        let parse = Measure.repeated(runs, prepare: { loaded = nil }) { loaded = try? GazetteerFile.read(path: world) }
        guard let places = loaded?.places else {
            table.skip("world gazetteer", because: "\(world) could not be read")
            return nil
        }
        table.add("world file, read and parse", parse, unit: "ms", scale: 1000, note: "\(places.count) places")
        var g = EmbeddedGazetteer.shared
        let index = Measure.repeated(runs, prepare: { g = EmbeddedGazetteer.shared }) { g.add(places) }
        table.add("world gazetteer, index", index, unit: "ms", scale: 1000, note: "\(g.indexedNameCount) names")
        table.add("world gazetteer, load (read+index)", zip(parse, index).map { $0 + $1 }, unit: "ms", scale: 1000, note: "")
        let worldQueries = lookupQueries(g)
        let worldKeys = worldQueries.map { Gazetteer.normalizedKey($0) }
        let worldKeyed = Measure.repeated(runs) { for k in worldKeys { _ = g.candidates(forKey: k, allowSkeleton: false) } }
        table.add("lookups of normalised names, world", worldKeyed.map { Double(worldKeys.count) / $0 / 1e6 }, unit: "M/s", scale: 1,
                  note: "exact key to candidate places")
        let worldLookups = Measure.repeated(runs) { for q in worldQueries { _ = g.candidates(for: q, allowTypos: false) } }
        table.add("lookups, world", worldLookups.map { Double(worldQueries.count) / $0 / 1e6 }, unit: "M/s", scale: 1,
                  note: "\(worldQueries.count) names as written")
        return g
    }

    /// Names as a text writes them: every 7th place's name and first alternate, deterministic.
    static func lookupQueries(_ g: Gazetteer) -> [String] {
        var out: [String] = []
        for (i, p) in g.places.enumerated() where i % 7 == 0 {
            out.append(p.name)
            if let a = p.alternateNames.first { out.append(a) }
            if out.count >= 200_000 { break }
        }
        return out
    }
}
