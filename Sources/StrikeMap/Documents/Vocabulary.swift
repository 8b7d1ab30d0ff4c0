
/// Every word a lexicon asks tokens about, numbered once. A token looks its word up here when it is made
/// (one probe from the hash it already has) and carries the number; `WordSet` and `WordMap` are then a bit
/// and a slot per number. A sentence pass asks ten or more sets about each token: probing each set's own
/// hash table for each of them was, with the cache misses of those probes, a tenth of extraction.
///
/// A set or map of words built from a word that no source below lists is a programmer's mistake, stopped
/// by a precondition the first time it is built. The sources list raw word lists only, never a `WordSet`:
/// the sets are built from this table, and a set read while it is built would wait on itself.
struct Vocabulary: Sendable {
    static let shared = Vocabulary(PlaceLexicon.vocabulary + NameKey.vocabulary + TriggerLexicon.vocabulary
        + CasualtyReader.vocabulary + DateReader.vocabulary + CountReader.vocabulary + ActorReader.vocabulary
        + StrikeExtractor.vocabulary + PlaceFinder.vocabulary)

    /// The words by number, sorted: the numbering does not depend on the order of the sources.
    let words: [String]
    private let slots: HashSlots<Int32>
    /// The words' UTF-8, one after another, and where each starts (`utf8Starts[id]..<utf8Starts[id + 1]`):
    /// the tokenizer compares a word's bytes before it makes a String of them.
    private let utf8: [UInt8]
    private let utf8Starts: [Int]

    init(_ source: [String]) {
        let words = Array(Set(source)).sorted()
        precondition(words.count < Int(Int32.max), "a vocabulary numbers its words with Int32")
        self.words = words
        slots = HashSlots(words.enumerated().map { (FNV1a.hash($0.element.utf8), Int32($0.offset)) })
        utf8 = words.flatMap(\.utf8)
        utf8Starts = words.reduce(into: [0]) { starts, word in starts.append(starts[starts.count - 1] + word.utf8.count) }
    }

    var count: Int { words.count }

    /// The number of the word whose `FNV1a.hash` is `hash`, or -1 when no lexicon knows it.
    @inline(__always)
    func id(_ hash: UInt64, _ word: String) -> Int32 { slots.first(hash) { words[Int($0)] == word } ?? -1 }

    func id(_ word: String) -> Int32 { id(FNV1a.hash(word.utf8), word) }

    /// The number of the word whose UTF-8 is `bytes` and whose `FNV1a.hash` is `hash`, or -1.
    @inline(__always)
    func id(_ hash: UInt64, utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        slots.first(hash) { id in
            let start = utf8Starts[Int(id)], end = utf8Starts[Int(id) + 1]
            guard end - start == bytes.count else { return false }
            // Words are short: a loop beats a call to memcmp.
            var k = 0
            while k < bytes.count, utf8[start + k] == bytes[k] { k += 1 }
            return k == bytes.count
        } ?? -1
    }
}
