/// A place mention with where it stands in its document, for `strikemap places` and `--explain`.
public struct FoundPlace: Hashable, Sendable {
    public var source: String
    public var mention: PlaceMention
    /// 1-based line and column of the mention.
    public var line: Int
    public var column: Int
    /// The sentence that holds the mention (scalar offsets into the document text, like events' evidence).
    public var sentenceStart: Int
    public var sentenceEnd: Int
    public var sentence: String
    /// Whether an event of the document was placed here (the place was struck, not only named).
    public var struck: Bool
    /// How the text uses the name.
    public var usage: PlaceUsage = .literal

    public init(source: String, mention: PlaceMention, line: Int, column: Int, sentenceStart: Int, sentenceEnd: Int,
                sentence: String, struck: Bool) {
        self.source = source
        self.mention = mention
        self.line = line
        self.column = column
        self.sentenceStart = sentenceStart
        self.sentenceEnd = sentenceEnd
        self.sentence = sentence
        self.struck = struck
    }
}
