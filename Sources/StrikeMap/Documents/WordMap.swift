/// A dictionary from lowercase words to values asked about tokens, by `Vocabulary` number like `WordSet`:
/// a token's value is two loads, where a `Dictionary<String, _>` hashes the string with SipHash.
struct WordMap<Value: Sendable>: Sendable {
    /// By vocabulary number: 1 + the value's index in `values`, 0 for a word without one. Two bytes a word
    /// keep a map of the whole vocabulary in a few kilobytes.
    private let slots: [UInt16]
    private let values: [Value]

    /// Every key must be in `Vocabulary.shared` (a precondition).
    init(_ source: [String: Value]) {
        let vocabulary = Vocabulary.shared
        precondition(source.count < Int(UInt16.max), "a word map holds fewer than 65,535 words")
        var slots = [UInt16](repeating: 0, count: vocabulary.count)
        var values: [Value] = []
        // Sorted keys: the same map is laid out the same way on every run.
        for word in source.keys.sorted() {
            let id = Int(vocabulary.id(word))
            precondition(id >= 0, "'\(word)' is in a word map but in no source of Vocabulary")
            values.append(source[word]!)
            slots[id] = UInt16(values.count)
        }
        self.slots = slots
        self.values = values
    }

    @inline(__always)
    subscript(_ t: Token) -> Value? { value(id: Int(t.word)) }

    subscript(_ word: String) -> Value? { value(id: Int(Vocabulary.shared.id(word))) }

    @inline(__always)
    private func value(id: Int) -> Value? {
        guard id >= 0 else { return nil }
        let k = Int(slots[id])
        return k == 0 ? nil : values[k - 1]
    }
}
