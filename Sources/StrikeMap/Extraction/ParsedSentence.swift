/// A sentence with what the extractor found in it.
struct ParsedSentence {
    var sentence: Sentence
    var tokens: [Token]
    var places: [LocatedMention]
    var triggers: [TriggerLexicon.Trigger]
    var dates: [DateExpression]
    var boilerplate: Bool
}

/// A resolved place mention with its token span in the sentence.
struct LocatedMention {
    var firstToken: Int
    var lastToken: Int
    var mention: PlaceMention
    var preceding: String?
}
