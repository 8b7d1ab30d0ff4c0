/// Spans of text already looked up: each span's normalised key and its candidates under each pair of
/// look-up flags, found by the span's scalars. The same towns, and the same capitalised words that are no
/// town, come back document after document, and building a String and a key for each span and hashing the
/// key with SipHash would cost more than the rest of place finding. A look-up that tries typo variants costs a few hundred probes.
/// `Corpus` gives each of its workers one (no lock is taken: a worker runs on one thread at a time); each
/// belongs to one state of one gazetteer (`Gazetteer.revision` changes when places are added). Keys are
/// those of `NameKey.exact` and candidates those of `Gazetteer.usableCandidates(forKey:allowTypos:allowSkeleton:)`,
/// pure functions of the span's text, so a cached answer is the answer.
/// Most spans looked up name no place: whether a list is empty is kept in the entry itself, so that such a
/// span costs no read of a list on the heap.
final class CandidateCache: @unchecked Sendable {
    private struct Entry {
        let hash: UInt64
        let scalars: [Unicode.Scalar]
        let key: String
        /// Characters in `key` (`String.count` walks grapheme clusters each time it is asked).
        let keyLength: Int
        /// Bit f (2 × typos + skeleton) set: the list for those flags is known; and it is not empty.
        var known: UInt8 = 0
        var nonEmpty: UInt8 = 0
        /// The non-empty lists by flags (allocated for the few spans that name places).
        var lists: [[Gazetteer.Candidate]] = []
    }

    /// Spans seen since the last turn, and those of the turn before: a span met again in the older one
    /// is copied into the newer, so the spans a corpus keeps naming stay while the rest age out.
    private var current = Generation(), previous = Generation()
    private let revision: Gazetteer.Revision
    /// Entries a generation holds before the cache turns over: bounds its memory (two generations of
    /// about 20 MB, most of it candidate lists) on a corpus of any size. With the world's gazetteer a news
    /// corpus meets far more distinct capitalised spans than one generation holds, and a miss that tries
    /// typo variants costs a few hundred probes: keeping the spans met again (with `HashPresence`) took 7% to
    /// 18% off the realistic corpus's CPU time.
    private static let limit = 32_000

    init(for gazetteer: Gazetteer) { revision = gazetteer.revision }

    /// The hash `entry(for:_:hash:)` expects: FNV-1a over the scalar values, continued from `h`, so that the
    /// hashes of a span's prefixes come in one pass.
    @inline(__always)
    static func hash(_ s: [Unicode.Scalar], _ range: Range<Int>, from h: UInt64 = FNV1a.basis) -> UInt64 {
        var h = h
        for k in range { h = FNV1a.step(h, s[k].value) }
        return h
    }

    /// The entry of the span `s[range]` (whose `hash(_:_:)` is `hash`), made on first sight. Valid until the
    /// next call.
    func entry(for s: [Unicode.Scalar], _ range: Range<Int>, hash: UInt64) -> Int {
        if let e = current.find(hash, s, range) { return e }
        if current.entries.count >= Self.limit {
            previous = current
            current = Generation()
        }
        if let old = previous.find(hash, s, range) { return current.insert(previous.entries[old]) }
        let key = NameKey.exact(s.text(range))
        return current.insert(Entry(hash: hash, scalars: Array(s[range]), key: key, keyLength: key.count))
    }

    /// Forgets every span (what the cache holds is freed on the calling thread).
    func empty() {
        current = Generation()
        previous = Generation()
    }

    /// The span's normalised key (`NameKey.exact`) and its length in characters.
    func key(_ entry: Int) -> (key: String, length: Int) { (current.entries[entry].key, current.entries[entry].keyLength) }

    /// The length in characters of the span's normalised key.
    func keyLength(_ entry: Int) -> Int { current.entries[entry].keyLength }

    /// The span's candidates: `Gazetteer.usableCandidates(forKey:allowTypos:allowSkeleton:)` of its key.
    func candidates(_ entry: Int, allowTypos: Bool, allowSkeleton: Bool, in gazetteer: Gazetteer) -> [Gazetteer.Candidate] {
        precondition(gazetteer.revision === revision, "a candidate cache serves the gazetteer it was made for")
        let flags = (allowTypos ? 2 : 0) + (allowSkeleton ? 1 : 0), bit = UInt8(1) << flags
        if current.entries[entry].known & bit != 0 {
            return current.entries[entry].nonEmpty & bit == 0 ? [] : current.entries[entry].lists[flags]
        }
        let found = gazetteer.usableCandidates(forKey: current.entries[entry].key, allowTypos: allowTypos, allowSkeleton: allowSkeleton)
        current.entries[entry].known |= bit
        if !found.isEmpty {
            if current.entries[entry].lists.isEmpty { current.entries[entry].lists = [[], [], [], []] }
            current.entries[entry].lists[flags] = found
            current.entries[entry].nonEmpty |= bit
        }
        return found
    }

    /// Entries in the order made, found by open addressing over `slots` (index + 1, 0 for an empty slot;
    /// at most half full).
    private struct Generation {
        var entries: [Entry] = []
        var slots = [Int32](repeating: 0, count: 64)

        func find(_ hash: UInt64, _ s: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
            var k = firstSlot(hash)
            while slots[k] != 0 {
                let e = Int(slots[k]) - 1
                if entries[e].hash == hash && Self.equal(entries[e].scalars, s, range) { return e }
                k = (k + 1) & (slots.count - 1)
            }
            return nil
        }

        mutating func insert(_ entry: Entry) -> Int {
            entries.append(entry)
            slots[freeSlot(entry.hash)] = Int32(entries.count)
            if entries.count * 2 > slots.count { grow() }
            return entries.count - 1
        }

        /// Whether `stored` holds the scalars of `s[range]` (the generic `elementsEqual` on a slice went
        /// through an iterator, scalar by scalar).
        @inline(__always)
        private static func equal(_ stored: [Unicode.Scalar], _ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
            guard stored.count == range.count else { return false }
            var k = range.lowerBound
            for c in stored {
                if c != s[k] { return false }
                k += 1
            }
            return true
        }

        private mutating func grow() {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for (e, entry) in entries.enumerated() { slots[freeSlot(entry.hash)] = Int32(e + 1) }
        }

        /// The first empty slot on `hash`'s probe sequence.
        private func freeSlot(_ hash: UInt64) -> Int {
            var k = firstSlot(hash)
            while slots[k] != 0 { k = (k + 1) & (slots.count - 1) }
            return k
        }

        /// Where probing for `hash` starts (Fibonacci hashing: the high bits of a multiply by 2^64/φ).
        private func firstSlot(_ hash: UInt64) -> Int {
            Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & (slots.count - 1)
        }
    }
}
