import Foundation

/// One bit for each value of a hash's top `bits` bits, set when a key of a `CompactLayout.HashTable` has
/// them: most typo variants of a word name no place, and one load from this bitmap rejects them where a
/// probe of the table reads a bucket start and binary-searches its entries (two or three cache misses).
/// A set bit decides nothing; the table is still asked. Built once, on the first typo look-up, by one
/// sequential pass over the table (about 20 ms for the world's two million skeleton keys), so that runs
/// that never try a typo (a small file, `lookup`) never pay for it.
final class HashPresence: @unchecked Sendable {
    /// 2^25 bits (4 MB): with about two million keys, one bit in sixteen is set.
    static let bits = 25
    private let words: [UInt64]

    init(table: UnsafeBufferPointer<UInt8>) {
        typealias T = CompactLayout.HashTable
        var words = [UInt64](repeating: 0, count: 1 << (Self.bits - 6))
        if table.count >= T.headerBytes, let base = table.baseAddress {
            let entries = base + T.headerBytes
            // The bucket is the hash's top 16 bits and an entry holds the next 36: the top `bits` bits of
            // the hash are the bucket and the entry's leading bits.
            let fromEntry = Self.bits - 16
            var start = Int(CompactDigits.read(base, T.startWidth))
            for b in 0..<T.buckets {
                let end = Int(CompactDigits.read(base + (b + 1) * T.startWidth, T.startWidth))
                for k in start..<end {
                    let middle = CompactDigits.read(entries + k * T.entryWidth, T.hashWidth)
                    let top = b << fromEntry | Int(middle >> UInt64(36 - fromEntry))
                    words[top >> 6] |= 1 << UInt64(top & 63)
                }
                start = end
            }
        }
        self.words = words
    }

    /// Whether a key with hash `h` may be in the table (false: it is not).
    @inline(__always)
    func mayContain(_ h: UInt64) -> Bool {
        let top = Int(h >> UInt64(64 - Self.bits))
        return words[top >> 6] & (1 << UInt64(top & 63)) != 0
    }
}

/// The `HashPresence` of a table, made on first use by whichever thread asks first.
final class LazyHashPresence: @unchecked Sendable {
    private let lock = NSLock()
    private var made: HashPresence?
    private let table: UnsafeBufferPointer<UInt8>

    init(_ table: UnsafeBufferPointer<UInt8>) { self.table = table }

    var presence: HashPresence {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let p = HashPresence(table: table)
        made = p
        return p
    }
}
