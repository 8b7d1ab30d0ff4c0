/// Who carried out a strike, from the words around its trigger.
enum ActorReader {
    /// Cue words (lowercased, as tokens) to actor names. Longer cues are tried first.
    static let cues: [([String], String)] = [
        (["us", "-", "led", "coalition"], "US-led coalition"), (["u.s", ".", "-", "led", "coalition"], "US-led coalition"),
        (["u", ".", "s", ".", "-", "led", "coalition"], "US-led coalition"), (["international", "coalition"], "US-led coalition"),
        (["coalition"], "US-led coalition"), (["syrian", "democratic", "forces"], "SDF"), (["sdf"], "SDF"),
        (["syrian", "government"], "Syrian government"), (["syrian", "regime"], "Syrian government"),
        (["syrian", "army"], "Syrian government"), (["regime"], "Syrian government"), (["assad"], "Syrian government"),
        (["russian"], "Russia"), (["russia"], "Russia"), (["turkish"], "Turkey"), (["turkey"], "Turkey"),
        (["israeli"], "Israel"), (["israel"], "Israel"), (["iraqi"], "Iraq"), (["jordanian"], "Jordan"),
        (["american"], "US"), (["united", "states"], "US"), (["pentagon"], "US"), (["us"], "US"), (["u.s"], "US"),
        (["u", ".", "s"], "US"), (["french"], "France"), (["british"], "UK"), (["unidentified", "warplanes"], "unidentified warplanes"),
        (["unidentified", "jets"], "unidentified warplanes"), (["unidentified", "aircraft"], "unidentified warplanes"),
        (["unidentified", "planes"], "unidentified warplanes"), (["unidentified", "drones"], "unidentified drones"),
        (["unidentified"], "unidentified"), (["unknown", "warplanes"], "unidentified warplanes"),
        (["unknown", "aircraft"], "unidentified warplanes"),
    ]

    /// The actor nearest before the trigger (skipping a clause boundary), or named by "by X" after it.
    static func actor(for trigger: TriggerLexicon.Trigger, _ t: [Token], sentence range: Range<Int>) -> String? {
        // "artillery fire by the Syrian Democratic Forces"
        var k = trigger.lastToken + 1
        if k < range.upperBound, t[k].lower == "by" {
            k += 1
            if k < range.upperBound, t[k].lower == "the" { k += 1 }
            if let a = cue(at: k, t, range) { return a }
        }
        var i = trigger.firstToken - 1
        while i >= range.lowerBound, trigger.firstToken - i <= 12 {
            if t[i].lower == ";" || t[i].lower == "." { break }
            if let a = cue(at: i, t, range) {
                // A bare demonym ("near the Iraqi border") names the actor only next to the trigger or before
                // a word for armed forces ("Russian warplanes").
                if !demonymSet.contains(t[i]) || trigger.firstToken - i <= 3 || (i + 1 < t.count && forceWordSet.contains(t[i + 1])) { return a }
            }
            i -= 1
        }
        return nil
    }

    static let demonyms: Set<String> = ["american", "russian", "turkish", "israeli", "iraqi", "jordanian", "french", "british", "syrian"]
    static let forceWords: Set<String> = ["forces", "army", "jets", "warplanes", "aircraft", "military", "air", "planes", "drones",
                                          "troops", "artillery", "navy", "helicopters", "gunships", "regime", "government"]

    private static let demonymSet = WordSet(demonyms), forceWordSet = WordSet(forceWords)

    /// `cues` by their first word, each list in the order of `cues` (so the first match is the same), with
    /// the `Vocabulary` numbers of their words to compare with the tokens'.
    private static let cuesByFirstWord: WordMap<[(words: [String], ids: [Int32], name: String)]> =
        WordMap(Dictionary(grouping: cues.map { words, name in (words, Vocabulary.shared.ids(words), name) }, by: { $0.0[0] }))

    /// The words above, for `Vocabulary`.
    static var vocabulary: [String] { cues.flatMap(\.0) + demonyms + forceWords }

    private static func cue(at i: Int, _ t: [Token], _ range: Range<Int>) -> String? {
        // "fire by the" at the end of a sentence: nothing after "by the".
        guard range.contains(i), i < t.count, let candidates = cuesByFirstWord[t[i]] else { return nil }
        for (words, ids, name) in candidates where i + words.count <= range.upperBound {
            if zip(ids, t[i..<(i + words.count)]).allSatisfy({ $0 == $1.word }) {
                // "US" as a word must be written in capitals: "us" is a pronoun.
                if words == ["us"], !(t[i].isCapitalized) { continue }
                return name
            }
        }
        return nil
    }
}
