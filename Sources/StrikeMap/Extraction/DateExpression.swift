/// A date expression found in a sentence, resolved against the publication date when it can be.
struct DateExpression: Sendable {
    /// nil when the text needs a publication date (or a year) the document does not give.
    var span: DateSpan?
    /// As written, e.g. "on Thursday", "11th March".
    var text: String
    var firstToken: Int
    var lastToken: Int
    /// The precision the expression has, even when unresolved.
    var precision: DatePrecision
    /// The sentence starts with it ("On Nov. 1, coalition forces ..."): it may date a whole release.
    var leadsSentence: Bool

    /// When the expression dates a report: its days, or only its precision when they cannot be known.
    var time: EventTime { span.map(EventTime.known) ?? .unplaced(precision) }
}
