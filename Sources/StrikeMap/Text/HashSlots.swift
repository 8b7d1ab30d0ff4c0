/// An open-addressing table from 64-bit hashes (`FNV1a`) to values, for look-ups made on every token or
/// every word of every document, where a `Dictionary` would hash its key again with SipHash. Values that
/// share a hash are all kept; `first(_:where:)` walks them.
struct HashSlots<Value: Sendable>: Sendable {
    private let hashes: [UInt64]
    private let values: [Value?]
    private let shift: UInt64

    init(_ entries: [(hash: UInt64, value: Value)]) {
        // At most a third full: probes stay short.
        var bits: UInt64 = 3
        while (1 << bits) < entries.count * 3 { bits += 1 }
        shift = 64 - bits
        var hashes = [UInt64](repeating: 0, count: 1 << bits)
        var values = [Value?](repeating: nil, count: 1 << bits)
        for (h, v) in entries {
            let h = Self.stored(h)
            var k = Self.firstSlot(h, shift)
            while hashes[k] != 0 { k = (k + 1) & (values.count - 1) }
            hashes[k] = h
            values[k] = v
        }
        self.hashes = hashes
        self.values = values
    }

    /// The first value stored under `h` that `matches` accepts.
    @inline(__always)
    func first(_ h: UInt64, where matches: (Value) -> Bool) -> Value? {
        let h = Self.stored(h)
        var k = Self.firstSlot(h, shift)
        // Probes read the hashes only: a value (a String to retain and release) is read on a hash match.
        while hashes[k] != 0 {
            if hashes[k] == h, let v = values[k], matches(v) { return v }
            k = (k + 1) & (hashes.count - 1)
        }
        return nil
    }

    /// Where probing for `h` starts in a table of 2^(64 - shift) slots (Fibonacci hashing: the high bits of
    /// a multiply by 2^64/φ).
    @inline(__always)
    static func firstSlot(_ h: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// 0 marks an empty slot, so a hash of 0 is stored and asked as 1: like any two words of one 64-bit
    /// hash, words hashing to 0 and 1 (one chance in 2^63) would then be told apart by `matches` only.
    @inline(__always)
    private static func stored(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }
}
