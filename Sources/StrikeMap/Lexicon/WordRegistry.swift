/// Numbers the words of the lexicon as its lists are made: a `WordSet`, `WordMap` or `WordPhrase` comes only
/// from here, so every word it holds is in the `Vocabulary` that tokens are numbered by. There is no list
/// of lists to keep in step with the sets, and no word can be asked about that no list declares.
struct WordRegistry {
    private(set) var words: [String] = []
    private var numbers: [String: Int32] = [:]

    /// Lists are written in lowercase, as tokens' `lower` is; a list is data a programmer writes, so a word
    /// with a capital would never match and is a mistake caught by `LexiconTests`.
    private mutating func number(_ word: String) -> Int32 {
        if let n = numbers[word] { return n }
        let n = Int32(words.count)
        words.append(word)
        numbers[word] = n
        return n
    }

    mutating func set(_ list: [String]) -> WordSet {
        WordSet(words: list, ids: list.map { number($0) })
    }

    /// The words of `sets`, each once, as one set.
    mutating func union(_ sets: WordSet...) -> WordSet {
        var seen = Set<String>()
        return set(sets.flatMap(\.words).filter { seen.insert($0).inserted })
    }

    mutating func map<Value>(_ entries: KeyValuePairs<String, Value>) -> WordMap<Value> {
        map(entries.map { ($0.key, $0.value) })
    }

    mutating func map<Value>(_ entries: [(String, Value)]) -> WordMap<Value> {
        WordMap(entries: entries.map { (word: $0.0, value: $0.1) }, ids: entries.map { number($0.0) })
    }

    mutating func phrase(_ words: [String]) -> WordPhrase {
        WordPhrase(words: words, ids: words.map { number($0) })
    }

    /// The vocabulary of every list made so far.
    func vocabulary() -> Vocabulary { Vocabulary(words) }
}
