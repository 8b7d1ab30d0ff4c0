import Foundation

extension Corpus {
    /// Extracts every input and writes the events as one GeoJSON FeatureCollection (the bytes of
    /// `GeoJSONWriter.write`) through `write`, piece by piece as batches of documents are done. Each batch's
    /// warnings and place mentions go to `report` as it is done (its events are written, not kept). Memory
    /// holds one batch of documents; merging across documents adds about 40 bytes per event, the events
    /// themselves waiting in a temporary file past a memory budget (`CrossDocumentMerger`). An error from
    /// `write` stops the run.
    package static func writeGeoJSON(_ walk: inout InputWalk, decoder: ArticleDecoder, extractor: StrikeExtractor,
                                    merge: Bool = true, mergeMemoryBytes: Int = CrossDocumentMerger.defaultMemoryBudget,
                                    keepPlaces: Bool = false, threads: Int = 0,
                                    progress: ((Int, Int, String) -> Void)? = nil, report: (Batch) -> Void,
                                    write: ([UInt8]) throws -> Void) throws -> Corpus {
        var feed = TableFeed(walk: walk, options: decoder.table, limit: decoder.maximumBytes)
        defer { walk = feed.walk }
        return try writeGeoJSON(feed: { feed.next($0) }, total: nil, read: workReader(decoder), decoder: decoder,
                                extractor: extractor, merge: merge, mergeMemoryBytes: mergeMemoryBytes, keepPlaces: keepPlaces,
                                threads: threads, progress: progress, report: report, write: write)
    }

    /// `writeGeoJSON` of `count` documents that `read` returns by index. The merge holds events of about
    /// `mergeMemoryBytes` in memory, the rest in a temporary file.
    public static func writeGeoJSON(count: Int, read: @escaping @Sendable (Int) throws -> (bytes: [UInt8], name: String),
                                    decoder: ArticleDecoder, extractor: StrikeExtractor, merge: Bool = true,
                                    mergeMemoryBytes: Int = CrossDocumentMerger.defaultMemoryBudget, keepPlaces: Bool = false,
                                    threads: Int = 0, progress: ((Int, Int, String) -> Void)? = nil, report: (Batch) -> Void,
                                    write: ([UInt8]) throws -> Void) throws -> Corpus {
        try writeGeoJSON(feed: indices(count), total: count, read: indexedReader(read), decoder: decoder, extractor: extractor, merge: merge,
           mergeMemoryBytes: mergeMemoryBytes, keepPlaces: keepPlaces, threads: threads, progress: progress, report: report, write: write)
    }

    private static func writeGeoJSON<Work: Sendable>(feed: (Int) -> [FeedItem<Work>], total: Int?,
                                                     read: @escaping @Sendable (Work) throws -> InputReader.Document,
                                                     decoder: ArticleDecoder, extractor: StrikeExtractor, merge: Bool, mergeMemoryBytes: Int,
                                                     keepPlaces: Bool, threads: Int, progress: ((Int, Int, String) -> Void)?,
                                                     report: (Batch) -> Void, write: ([UInt8]) throws -> Void) throws -> Corpus {
        var collection = try StreamedCollection(merge: merge, mergeMemoryBytes: mergeMemoryBytes, write: write)
        let corpus = try stream(feed: feed, total: total, read: read, decoder: decoder, extractor: extractor, keepPlaces: keepPlaces,
                                threads: threads, progress: progress) { (batch: Batch) throws in
            try collection.add(batch, report: report, write: write)
        }
        try collection.finish(write: write)
        return corpus
    }

    /// A FeatureCollection written as batches come: each batch's events written at once, or merged and
    /// written at the end; the rest of the batch reported.
    struct StreamedCollection {
        let merger: CrossDocumentMerger?
        var first = true

        init(merge: Bool, mergeMemoryBytes: Int, write: ([UInt8]) throws -> Void) throws {
            merger = merge ? CrossDocumentMerger(memoryBudget: mergeMemoryBytes) : nil
            try write(GeoJSONWriter.header)
        }

        mutating func add(_ batch: Batch, report: (Batch) -> Void, write: ([UInt8]) throws -> Void) throws {
            if let merger { try merger.add(batch.events) } else { try write(GeoJSONWriter.features(batch.events, first: &first)) }
            var rest = batch
            rest.events = []
            report(rest)
        }

        mutating func finish(write: ([UInt8]) throws -> Void) throws {
            try merger?.finish(first: &first, write: write)
            try write(GeoJSONWriter.footer)
        }
    }
}
