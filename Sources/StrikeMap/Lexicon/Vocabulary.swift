/// Every word a lexicon asks tokens about, numbered once (by `WordRegistry`, as the lists are made). A token
/// looks its word up here when it is made (one probe from the hash it already has) and carries the number;
/// `WordSet` and `WordMap` are then a bit and a slot per number, so that the ten or more sets a sentence
/// pass asks about each token cost no hashing and no probe of their own.
struct Vocabulary: Sendable {
    /// The words by number, in the order the lexicon declares them.
    let words: [String]
    /// Open addressing in four bytes a slot: 16 bits of the word's hash (a fingerprint) over its number + 1,
    /// 0 for an empty slot; at most half full. Every token of a document is looked up here, most of them
    /// absent: a table of 8 KB stays in the processor's first cache, where `HashSlots` (16 bytes a slot,
    /// a third full) took a cache miss on most probes.
    private let slots: [UInt32]
    private let shift: UInt64
    /// The words' UTF-8, one after another, and where each starts (`utf8Starts[id]..<utf8Starts[id + 1]`):
    /// the tokenizer compares a word's bytes before it makes a String of them.
    private let utf8: [UInt8]
    private let utf8Starts: [Int]

    /// `words` are distinct (`WordRegistry` numbers each once).
    init(_ words: [String]) {
        precondition(words.count < 0xFFFF, "a vocabulary slot holds a word's number in 16 bits")
        self.words = words
        var bits: UInt64 = 4
        while 1 << bits < 2 * words.count { bits += 1 }
        shift = 64 - bits
        var slots = [UInt32](repeating: 0, count: 1 << bits)
        for (id, word) in words.enumerated() {
            let h = FNV1a.hash(word.utf8)
            var k = HashSlots<Int32>.firstSlot(h, shift)
            while slots[k] != 0 { k = (k + 1) & (slots.count - 1) }
            slots[k] = Self.fingerprint(h) << 16 | UInt32(id + 1)
        }
        self.slots = slots
        utf8 = words.flatMap(\.utf8)
        utf8Starts = words.reduce(into: [0]) { starts, word in starts.append(starts[starts.count - 1] + word.utf8.count) }
    }

    var count: Int { words.count }

    /// The number of the word whose `FNV1a.hash` is `hash`, or -1 when no lexicon knows it.
    @inline(__always)
    func id(_ hash: UInt64, _ word: String) -> Int32 { first(hash) { words[$0] == word } }

    func id(_ word: String) -> Int32 { id(FNV1a.hash(word.utf8), word) }

    /// The number of the word whose UTF-8 is `bytes` and whose `FNV1a.hash` is `hash`, or -1.
    @inline(__always)
    func id(_ hash: UInt64, utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        first(hash) { id in
            let start = utf8Starts[id], end = utf8Starts[id + 1]
            guard end - start == bytes.count else { return false }
            // Words are short: a loop beats a call to memcmp.
            var k = 0
            while k < bytes.count, utf8[start + k] == bytes[k] { k += 1 }
            return k == bytes.count
        }
    }

    /// The first number whose slot matches `hash`'s fingerprint and that `isWord` accepts, or -1.
    @inline(__always)
    private func first(_ hash: UInt64, _ isWord: (Int) -> Bool) -> Int32 {
        let print = Self.fingerprint(hash)
        var k = HashSlots<Int32>.firstSlot(hash, shift)
        while slots[k] != 0 {
            if slots[k] >> 16 == print, isWord(Int(slots[k] & 0xFFFF) - 1) { return Int32(slots[k] & 0xFFFF) - 1 }
            k = (k + 1) & (slots.count - 1)
        }
        return -1
    }

    /// `HashSlots.firstSlot` (the top bits of a Fibonacci multiply) places the word; 16 low bits of the hash
    /// itself tell words apart.
    @inline(__always)
    private static func fingerprint(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash) & 0xFFFF }
}
