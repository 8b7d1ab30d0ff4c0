/// Normalised name → place indices, as one array sorted by a 64-bit hash of the key (FNV-1a for exact
/// keys, `SkeletonHash` for skeletons). A sorted array builds in one sort (no per-key allocation, unlike a
/// dictionary of arrays) and answers a lookup with a binary search; with 1.4 million keys a collision of
/// 64-bit hashes has a chance of about 1 in 10^7, so keys are not stored or compared.
struct NameHashIndex: Sendable {
    struct Entry: Equatable, Sendable {
        var hash: UInt64
        var place: Int32
    }

    private var entries: [Entry] = []
    private var pending: [Entry] = []
    /// Where the entries whose hash starts with each 16-bit prefix begin: a lookup searches one bucket (a
    /// cache line or two) instead of the whole array (20 cache misses over the world gazetteer).
    private var bucketStarts: [Int32] = []
    /// One bit per value of the hash's low bits, set for the hashes present, with eight to sixteen bits per
    /// entry: a look-up that tries a few hundred typo variants, nearly all absent, answers most of them from
    /// this table (tens of KB for the embedded gazetteer, in the processor's cache) instead of from the 256 KB of
    /// bucket starts and the entries.
    private var filter: [UInt64] = []

    /// Adds a key for a place; call `seal()` before the next lookup.
    mutating func insert(_ key: [UInt8], place: Int32) {
        pending.append(Entry(hash: FNV1a.hash(key), place: place))
    }

    mutating func insert(hash: UInt64, place: Int32) {
        pending.append(Entry(hash: hash, place: place))
    }

    mutating func insert(contentsOf entries: [Entry]) {
        pending.append(contentsOf: entries)
    }

    /// Drops every key of these places (they are being replaced).
    mutating func remove(places: Set<Int32>) {
        guard !places.isEmpty else { return }
        entries.removeAll { places.contains($0.place) }
        removed = true
    }

    private var removed = false

    /// Merges pending keys into the sorted array.
    mutating func seal() {
        guard !pending.isEmpty || removed else { return }
        removed = false
        entries.append(contentsOf: pending)
        pending = []
        Self.radixSort(&entries)
        // A place listing two names with one key ("Raqqa", "RAQQA") is indexed once. A place's names are
        // inserted together and the sort is stable, so its duplicates end up next to each other.
        var out = 0
        for e in entries where out == 0 || entries[out - 1] != e { entries[out] = e; out += 1 }
        entries.removeLast(entries.count - out)
        bucketStarts = [Int32](repeating: 0, count: 65_537)
        for e in entries { bucketStarts[Int(e.hash >> 48) + 1] += 1 }
        for k in 1..<bucketStarts.count { bucketStarts[k] += bucketStarts[k - 1] }
        var words = 64
        while words * 8 < entries.count { words <<= 1 }
        filter = [UInt64](repeating: 0, count: words)
        for e in entries { filter[Self.filterWord(e.hash, words)] |= Self.filterBit(e.hash) }
    }

    /// False when no entry has hash `h`; true when one may (about one absent hash in nine).
    @inline(__always)
    func mayContain(hash h: UInt64) -> Bool {
        !filter.isEmpty && filter[Self.filterWord(h, filter.count)] & Self.filterBit(h) != 0
    }

    @inline(__always)
    private static func filterWord(_ h: UInt64, _ words: Int) -> Int { Int(truncatingIfNeeded: h >> 6) & (words - 1) }

    @inline(__always)
    private static func filterBit(_ h: UInt64) -> UInt64 { 1 << (h & 63) }

    /// Stable least-significant-digit radix sort on the hash: a comparison sort of the world gazetteer's
    /// 1.4 million entries took 0.3 s. Digits of 16 bits for large arrays, of 8 for small ones (where
    /// clearing 65,536 counters would cost more than the sort).
    private static func radixSort(_ a: inout [Entry]) {
        guard a.count > 1 else { return }
        let bits = a.count > 300_000 ? 16 : 8
        let mask = UInt64(1) << UInt64(bits) - 1
        var buffer = a
        var counts = [Int](repeating: 0, count: (1 << bits) + 1)
        for shift in stride(from: 0, to: 64, by: bits) {
            for k in counts.indices { counts[k] = 0 }
            for e in a { counts[Int((e.hash >> UInt64(shift)) & mask) + 1] += 1 }
            for k in 1..<counts.count { counts[k] += counts[k - 1] }
            buffer.withUnsafeMutableBufferPointer { out in
                for e in a {
                    let d = Int((e.hash >> UInt64(shift)) & mask)
                    out[counts[d]] = e
                    counts[d] += 1
                }
            }
            swap(&a, &buffer)
        }
    }

    var count: Int { entries.count }

    /// The places indexed under `key`, in index order.
    func lookup(_ key: [UInt8]) -> [Int32] {
        lookup(hash: FNV1a.hash(key))
    }

    func lookup(hash h: UInt64) -> [Int32] {
        let r = range(of: h)
        return r.isEmpty ? [] : entries[r].map(\.place)
    }

    private func range(of h: UInt64) -> Range<Int> {
        guard !bucketStarts.isEmpty else { return 0..<0 }
        var lo = Int(bucketStarts[Int(h >> 48)]), hi = Int(bucketStarts[Int(h >> 48) + 1])
        // Most probes (typo variants) land in an empty bucket: answered without reading an entry.
        guard lo < hi else { return lo..<lo }
        while lo < hi {
            let mid = (lo + hi) >> 1
            if entries[mid].hash < h { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < entries.count, entries[end].hash == h { end += 1 }
        return lo..<end
    }
}
