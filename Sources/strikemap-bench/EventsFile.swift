import CorpusGenerator
import Foundation
import StrikeMap

/// `--write-events FILE --events N`: the first N events the generated corpus gives, extracted without
/// merging (as `strikemap extract --no-merge` gives them), written as the product's GeoJSON. What `map`,
/// `web` and the page are timed on at scale (issue 32: 100,000 events), made in-process: writing the
/// 240 MB of documents it takes as files first took minutes.
enum EventsFile {
    static func write(events wanted: Int, to path: String) throws -> (events: Int, documents: Int) {
        let generator = CorpusGenerator(places: EmbeddedGazetteer.shared.places)
        let extractor = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared)
        var events: [StrikeEvent] = []
        var next = 0
        // Chunks of documents, each extracted on every core, until enough events are found.
        let chunk = 20_000
        while events.count < wanted {
            let first = next
            let corpus = Corpus.extract(count: chunk, read: { i in
                let d = generator.document(first + i)
                return (Array(d.text.utf8), d.name)
            }, decoder: ArticleDecoder(), extractor: extractor, merge: false)
            events += corpus.events
            next += chunk
        }
        let kept = Array(events.prefix(wanted))
        try Data(GeoJSONWriter.write(kept)).write(to: URL(fileURLWithPath: path), options: .atomic)
        return (kept.count, next)
    }
}
