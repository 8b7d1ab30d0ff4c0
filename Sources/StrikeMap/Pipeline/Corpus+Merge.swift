extension Corpus {
    /// Merges the events of GeoJSON shards (each the output of `extract --no-merge` over part of a corpus)
    /// into the FeatureCollection one `extract` of every input writes, byte for byte: the merge is defined on
    /// the reports' canonical order (`CrossDocumentMerger`), not on how inputs were split or which shard
    /// comes first. Shards are read a batch of features at a time (`FeatureStream`); memory is that of the
    /// merge past its budget, about 50 bytes an event. Each shard's warnings go to `report` as it is read.
    package static func mergeGeoJSON(_ shards: [String], mergeMemoryBytes: Int = CrossDocumentMerger.defaultMemoryBudget,
                                    report: ([Diagnostic]) -> Void, write: ([UInt8]) throws -> Void) throws -> Int {
        var collection = try StreamedCollection(merge: true, mergeMemoryBytes: mergeMemoryBytes, write: write)
        var count = 0
        for shard in shards {
            report(try FeatureStream.read(path: shard) { events in
                count += events.count
                var batch = Batch()
                batch.events = events
                try collection.add(batch, report: { _ in }, write: write)
            })
        }
        try collection.finish(write: write)
        return count
    }
}
