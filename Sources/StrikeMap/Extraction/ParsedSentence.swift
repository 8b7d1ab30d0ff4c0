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
    var verdict: AssessmentReader.Verdict? {
        get { noted?.notes.verdict }
        set { note { $0.verdict = newValue } }
    }
    /// In a sentence without a trigger, the harm it counts ("Two civilians were injured", "Neither injuries
    /// nor fatalities were reported": zeros), for the report of the sentence before it.
    var harm: CasualtyReader.Deaths? {
        get { noted?.notes.harm }
        set { note { $0.harm = newValue } }
    }
    init(sentence: Sentence, tokens: [Token], places: [LocatedMention], triggers: [TriggerReader.Trigger],
         dates: [DateExpression], boilerplate: Bool, mentionsDeath: Bool = false) {
        self.sentence = sentence
        self.tokens = tokens
        self.places = places
        self.triggers = triggers
        self.dates = dates
        self.boilerplate = boilerplate
        self.mentionsDeath = mentionsDeath
    }

    /// What few sentences have (a verdict, harm counted without a trigger), out of line: a document of
    /// half a million sentences would otherwise carry some 200 bytes more for each.
    private var noted: Noted?

    private struct Notes {
        var verdict: AssessmentReader.Verdict?
        var harm: CasualtyReader.Deaths?
    }

    /// The notes behind one reference; never changed, only replaced.
    private final class Noted: Sendable {
        let notes: Notes
        init(_ notes: Notes) { self.notes = notes }
    }

    private mutating func note(_ change: (inout Notes) -> Void) {
        var notes = noted?.notes ?? Notes()
        change(&notes)
        noted = notes.verdict == nil && notes.harm == nil ? nil : Noted(notes)
    }

    /// Whether the sentence can give an event: a trigger, or a word of death (checked for a cue later).
    var canReport: Bool { !boilerplate && (!triggers.isEmpty || mentionsDeath) }
}

/// A resolved place mention with its token span in the sentence.
struct LocatedMention {
    var firstToken: Int
    var lastToken: Int
    var mention: PlaceMention
    var preceding: String?
    /// The text names this place as the unit around another ("Krokhmalne, Kharkiv", "(Balcad, Middle
    /// Shabelle)"): where the other is, not a second place struck.
    var isContainer = false
}
