import Foundation

/// Computes the hashed exact and skeleton keys of places' names, on all cores: normalising is most of
/// the cost of making a gazetteer ready (80,000 names embedded, 1.4 million in the world file).
enum NameIndexer {
    struct Keys: Sendable {
        var exact: [NameHashIndex.Entry] = []
        var skeleton: [NameHashIndex.Entry] = []
        var longestName = 1
    }

    /// Keys of the places at `indices`; the result is the same whatever the number of cores (chunks are
    /// concatenated in order).
    static func keys(of places: [Place], at indices: [Int32]) -> Keys {
        let chunkCount = indices.count < 4_000 ? 1 : min(8, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let chunkSize = (indices.count + chunkCount - 1) / max(1, chunkCount)
        let results = ChunkSlots(count: chunkCount, initial: Keys())
        DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
            let lo = c * chunkSize, hi = min(indices.count, lo + chunkSize)
            var keys = Keys()
            var builder = NameKeyBuilder()
            var skeleton: [UInt8] = []
            if lo < hi {
                for i in indices[lo..<hi] {
                    // A country's short capitals ("US", "UK", "UAE") are how texts write it; other places' short
                    // capitals are airport codes.
                    let country = places[Int(i)].kind == .country
                    add(places[Int(i)].name, i, &keys, &builder, &skeleton)
                    var packed = places[Int(i)].packedAlternates
                    packed.withUTF8 { bytes in
                        var start = 0
                        for k in 0...bytes.count where k == bytes.count || bytes[k] == Place.alternateSeparator {
                            if k > start { add(UnsafeBufferPointer(rebasing: bytes[start..<k]), i, &keys, &builder, &skeleton, country: country) }
                            start = k + 1
                        }
                    }
                }
            }
            results.set(c, keys)
        }
        var all = Keys()
        for k in results.takeAll() {
            all.exact += k.exact
            all.skeleton += k.skeleton
            all.longestName = max(all.longestName, k.longestName)
        }
        return all
    }

    private static func add(_ name: String, _ i: Int32, _ keys: inout Keys, _ builder: inout NameKeyBuilder, _ skeleton: inout [UInt8]) {
        var name = name
        name.withUTF8 { add($0, i, &keys, &builder, &skeleton) }
    }

    private static func add(_ name: UnsafeBufferPointer<UInt8>, _ i: Int32, _ keys: inout Keys, _ builder: inout NameKeyBuilder,
                            _ skeleton: inout [UInt8], country: Bool = false) {
        let indexable = Gazetteer.isIndexable(utf8: name)
        guard indexable || (country && name.count >= 2 && name.count <= 4), builder.build(utf8: name) else { return }
        keys.exact.append(.init(hash: FNV1a.hash(builder.key), place: i))
        keys.longestName = max(keys.longestName, min(builder.wordCount, 8))
        if indexable, builder.skeleton(into: &skeleton) { keys.skeleton.append(.init(hash: SkeletonHash.hash(skeleton), place: i)) }
    }
}
