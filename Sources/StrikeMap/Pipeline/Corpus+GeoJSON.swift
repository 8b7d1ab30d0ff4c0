import Foundation

extension Corpus {
    /// Extracts every input and writes the events as one GeoJSON FeatureCollection (the bytes of
    /// `GeoJSONWriter.write`) through `write`, piece by piece as batches of documents are done. Each batch's
    /// warnings and place mentions go to `report` as it is done (its events are written, not kept). Memory
    /// holds one batch of documents; merging across documents adds about 40 bytes per event, the events
    /// themselves waiting in a temporary file past a memory budget (`CrossDocumentMerger`). An error from
    /// `write` stops the run.
    package static func writeGeoJSON(_ inputs: [InputCollector.Input], decoder: ArticleDecoder, extractor: StrikeExtractor,
                                    merge: Bool = true, mergeMemoryBytes: Int = CrossDocumentMerger.defaultMemoryBudget,
                                    keepPlaces: Bool = false, threads: Int = 0,
                                    progress: ((Int, Int, String) -> Void)? = nil, report: (Batch) -> Void,
                                    write: ([UInt8]) throws -> Void) throws -> Corpus {
        let (count, read) = reader(inputs, limit: decoder.maximumBytes)
        return try writeGeoJSON(count: count, read: read, decoder: decoder, extractor: extractor, merge: merge,
                                mergeMemoryBytes: mergeMemoryBytes, keepPlaces: keepPlaces, threads: threads, progress: progress,
                                report: report, write: write)
    }

    /// `writeGeoJSON` of `count` documents that `read` returns by index. The merge holds events of about
    /// `mergeMemoryBytes` in memory, the rest in a temporary file.
    public static func writeGeoJSON(count: Int, read: @escaping @Sendable (Int) throws -> (bytes: [UInt8], name: String),
                                    decoder: ArticleDecoder, extractor: StrikeExtractor, merge: Bool = true,
                                    mergeMemoryBytes: Int = CrossDocumentMerger.defaultMemoryBudget, keepPlaces: Bool = false,
                                    threads: Int = 0, progress: ((Int, Int, String) -> Void)? = nil, report: (Batch) -> Void,
                                    write: ([UInt8]) throws -> Void) throws -> Corpus {
        let merger = merge ? CrossDocumentMerger(memoryBudget: mergeMemoryBytes) : nil
        var first = true
        try write(GeoJSONWriter.header)
        let corpus = try stream(count: count, read: read, decoder: decoder, extractor: extractor, keepPlaces: keepPlaces,
                                threads: threads, progress: progress) { (batch: Batch) throws in
            if let merger { try merger.add(batch.events) } else { try write(GeoJSONWriter.features(batch.events, first: &first)) }
            var rest = batch
            rest.events = []
            report(rest)
        }
        try merger?.finish(first: &first, write: write)
        try write(GeoJSONWriter.footer)
        return corpus
    }
}
