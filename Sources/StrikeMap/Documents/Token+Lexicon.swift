/// The lexicon asked about tokens: each token carries its `Vocabulary` number (`Token.word`), and a set, a
/// map or a phrase answers for that number.
extension WordSet {
    @inline(__always)
    func contains(_ t: Token) -> Bool { contains(number: t.word) }
}

extension WordMap {
    @inline(__always)
    subscript(_ t: Token) -> Value? { self[number: t.word] }
}

extension WordPhrase {
    /// Whether the tokens from `i` spell the phrase (the caller checks there are `count` of them).
    @inline(__always)
    func matches(_ t: [Token], at i: Int) -> Bool {
        var k = 0
        while k < ids.count, t[i + k].word == ids[k] { k += 1 }
        return k == ids.count
    }
}
