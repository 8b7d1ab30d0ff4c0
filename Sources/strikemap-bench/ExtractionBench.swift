import CorpusGenerator
import Dispatch
import Foundation
import StrikeMap

/// Extraction throughput, the whole pipeline from a document's bytes to merged events (decode, sentences,
/// places, triggers, dates, document passes, cross-document merge), on one thread and on all cores, and
/// GeoJSON writing of the events found.
enum ExtractionBench {
    static func run(corpusMB: Int, world: Gazetteer?, runs: Int, table: inout ResultTable) {
        let generator = CorpusGenerator(places: EmbeddedGazetteer.shared.places)
        let docs = generator.documents(totalBytes: corpusMB << 20).map { (Array($0.text.utf8), $0.name) }
        let bytes = docs.reduce(0) { $0 + $1.0.count }
        let mb = Double(bytes) / 1_048_576
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let note = "generated corpus: \(docs.count) documents, \(String(format: "%.1f", mb)) MB"
        var gazetteers = [("embedded", EmbeddedGazetteer.shared)]
        if let world { gazetteers.append(("world", world)) }
        var lastEvents: [StrikeEvent] = []
        for (label, g) in gazetteers {
            for threads in Set([1, cores]).sorted() {
                var events: [StrikeEvent] = []
                let t = Measure.repeated(runs, prepare: { events = [] }) { events = extract(docs, gazetteer: g, threads: threads) }
                table.add("extract, \(label), \(threads) thread\(threads == 1 ? "" : "s")", t.map { mb / $0 }, unit: "MB/s", scale: 1,
                          note: note + ", \(events.count) events")
                table.add("extract, \(label), \(threads) thread\(threads == 1 ? "" : "s"), documents", t.map { Double(docs.count) / $0 },
                          unit: "docs/s", scale: 1, note: "")
                lastEvents = events
            }
        }
        var out: [UInt8] = []
        let w = Measure.repeated(runs, prepare: { out = [] }) { out = GeoJSONWriter.write(lastEvents) }
        table.add("GeoJSON writing", w.map { Double(out.count) / 1_048_576 / $0 }, unit: "MB/s", scale: 1,
                  note: "\(lastEvents.count) events, \(out.count / 1024) KB")
    }

    /// Decodes and extracts every document on `threads` threads and merges across documents, as `run` does.
    static func extract(_ docs: [([UInt8], String)], gazetteer: Gazetteer, threads: Int) -> [StrikeEvent] {
        Corpus.extract(count: docs.count, read: { docs[$0] }, decoder: ArticleDecoder(), extractor: StrikeExtractor(gazetteer: gazetteer),
                       threads: threads).events
    }
}
