/// A dictionary from lowercase words to values asked about tokens, by `Vocabulary` number like `WordSet`:
/// a token's value is two loads, where a `Dictionary<String, _>` hashes the string with SipHash. Made only
/// by `WordRegistry`.
struct WordMap<Value: Sendable>: Sendable {
    /// The words and their values as declared, in their order.
    let entries: [(word: String, value: Value)]
    /// By vocabulary number: 1 + the entry's index, 0 for a word without one. Two bytes a word keep a map of
    /// the whole vocabulary in a few kilobytes.
    private let slots: [UInt16]

    /// A word listed twice keeps its first value.
    init(entries: [(word: String, value: Value)], ids: [Int32]) {
        var slots = [UInt16](repeating: 0, count: Int(ids.max() ?? 0) + 1)
        for (k, id) in ids.enumerated() where slots[Int(id)] == 0 { slots[Int(id)] = UInt16(k + 1) }
        self.entries = entries
        self.slots = slots
    }

    var words: [String] { entries.map(\.word) }

    /// The value of the word numbered `number` (a token's `word`).
    @inline(__always)
    subscript(number number: Int32) -> Value? { value(id: Int(number)) }

    /// Not while the lexicon is being built: the word is looked up in its vocabulary.
    subscript(_ word: String) -> Value? { value(id: Int(Lexicon.shared.vocabulary.id(word))) }

    @inline(__always)
    private func value(id: Int) -> Value? {
        guard UInt(bitPattern: id) < UInt(slots.count) else { return nil }
        let k = Int(slots[id])
        return k == 0 ? nil : entries[k - 1].value
    }
}
