/// A decoded input document.
public struct Article: Sendable {
    /// The file name shown in output (`source`) and diagnostics.
    public var source: String
    /// The decoded text: BOM removed, CRLF and CR turned into LF, invalid bytes replaced by U+FFFD.
    /// Evidence offsets count Unicode scalars of this text.
    public var text: String
    public var published: CalendarDay?
    /// Scalar offset where the body starts (after a date header or front matter).
    public var bodyStart: Int
    /// Problems met while decoding, already located.
    public var diagnostics: [Diagnostic]

    public init(source: String, text: String, published: CalendarDay? = nil, bodyStart: Int = 0,
                diagnostics: [Diagnostic] = []) {
        self.source = source
        self.text = text
        self.published = published
        self.bodyStart = bodyStart
        self.diagnostics = diagnostics
    }
}
