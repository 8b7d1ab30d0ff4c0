/// A sentence with what the extractor found in it. `tokens` are held only while the sentence's events are
/// drafted.
struct ParsedSentence {
    var sentence: Sentence
    var tokens: [Token]
    var places: [LocatedMention]
    var triggers: [TriggerReader.Trigger]
    var dates: [DateExpression]
    var boilerplate: Bool
    /// A word of death outside boilerplate: with a military cue, a casualty statement reports a strike.
    var mentionsDeath = false
    /// An assessing body's verdict on a report ("no Coalition actions were conducted ..."): with the
    /// statement's header, a report of a strike even without a trigger word.
    var verdict: AssessmentReader.Verdict?
    /// In a sentence without a trigger, the harm it counts ("Two civilians were injured", "Neither injuries
    /// nor fatalities were reported": zeros), for the report of the sentence before it.
    var harm: CasualtyReader.Deaths?

    /// Whether the sentence can give an event: a trigger, or a word of death (checked for a cue later).
    var canReport: Bool { !boilerplate && (!triggers.isEmpty || mentionsDeath) }
}

/// A resolved place mention with its token span in the sentence.
struct LocatedMention {
    var firstToken: Int
    var lastToken: Int
    var mention: PlaceMention
    var preceding: String?
}
