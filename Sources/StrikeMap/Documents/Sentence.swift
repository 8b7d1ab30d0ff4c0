/// A sentence (or a heading, list item or caption line) of a document, by scalar offsets.
public struct Sentence: Hashable, Sendable {
    public var start: Int
    public var end: Int
    /// 1-based line and column of `start`.
    public var line: Int
    public var column: Int
    /// Index of the paragraph (block of lines without a blank line) that holds it.
    public var paragraph: Int
    /// No sentence punctuation at the end: a headline, caption, list heading or boilerplate.
    public var isFragment: Bool
}
