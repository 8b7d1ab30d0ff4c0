/// Normalised name → place indices, as one array sorted by a 64-bit hash of the key. A sorted array
/// builds in one sort (no per-key allocation, unlike a dictionary of arrays) and answers a lookup with a
/// binary search; with 1.4 million keys a 64-bit FNV-1a collision has a chance of about 1 in 10^7, so
/// keys are not stored or compared.
struct NameHashIndex: Sendable {
    private struct Entry: Comparable {
        var hash: UInt64
        var place: Int32
        static func < (a: Entry, b: Entry) -> Bool { a.hash != b.hash ? a.hash < b.hash : a.place < b.place }
    }

    private var entries: [Entry] = []
    private var pending: [Entry] = []

    /// Adds a key for a place; call `seal()` before the next lookup.
    mutating func insert(_ key: [UInt8], place: Int32) {
        pending.append(Entry(hash: Self.hash(key), place: place))
    }

    /// Drops every key of these places (they are being replaced).
    mutating func remove(places: Set<Int32>) {
        guard !places.isEmpty else { return }
        entries.removeAll { places.contains($0.place) }
    }

    /// Merges pending keys into the sorted array.
    mutating func seal() {
        guard !pending.isEmpty else { return }
        pending.sort()
        if entries.isEmpty {
            entries = pending
        } else {
            entries.append(contentsOf: pending)
            entries.sort()
        }
        pending = []
        // A place listing two names with one key ("Raqqa", "RAQQA") is indexed once.
        var out = 0
        for e in entries where out == 0 || entries[out - 1] != e { entries[out] = e; out += 1 }
        entries.removeLast(entries.count - out)
    }

    var count: Int { entries.count }

    func lookup(_ key: [UInt8]) -> ArraySlice<Int32> {
        lookup(hash: Self.hash(key))
    }

    func contains(_ key: [UInt8]) -> Bool { !lookup(key).isEmpty }

    private func lookup(hash h: UInt64) -> ArraySlice<Int32> {
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if entries[mid].hash < h { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < entries.count, entries[end].hash == h { end += 1 }
        return entries[lo..<end].map(\.place)[...]
    }

    static func hash(_ key: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in key { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}
