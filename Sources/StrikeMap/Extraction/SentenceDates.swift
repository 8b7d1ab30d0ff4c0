/// The dates of a document's sentences, read in order with the document's `DateReader`, and the warnings
/// they give: numbers too large to be a count, impossible dates, years outside the reportable range.
struct SentenceDates {
    private var reader: DateReader
    private let source: String
    private(set) var diagnostics: [Diagnostic]

    init(_ article: Article) {
        reader = DateReader(published: article.published)
        source = article.source
        diagnostics = article.diagnostics
    }

    /// The dates of sentence `k`, whose tokens are `tokens`.
    mutating func read(_ tokens: [Token], sentence k: Int, in text: DocumentText) -> [DateExpression] {
        let sentence = text.sentences[k]
        var cursor = text.lineCursor(k)
        // "two billion civilians": a number in words past a million is no count.
        let counts = Lexicon.shared.counts
        for n in tokens.indices.dropFirst() where counts.tooLargeScales.contains(tokens[n])
            && (tokens[n - 1].kind == .number || counts.units[tokens[n - 1]] != nil) {
            var words = text.lineCursor(k)
            let (line, column) = words.position(of: tokens[n - 1].start, in: text.scalars)
            diagnostics.append(Diagnostic(.warning, file: source, line: line, column: column,
                                          message: "number '\(text.text(tokens[n - 1].start..<tokens[n].end).prefix(40))' is too large to be a count; ignored"))
        }
        for t in tokens where t.kind == .number && t.value == nil {
            let (line, column) = cursor.position(of: t.start, in: text.scalars)
            diagnostics.append(Diagnostic(.warning, file: source, line: line, column: column,
                                          message: "number '\(text.text(t.start..<t.end).prefix(40))' is too large to be a count; ignored"))
        }
        let impossibleBefore = reader.impossible.count, outOfRangeBefore = reader.outOfRange.count
        var dates = reader.read(tokens, text.scalars)
        // A date after publication ("tomorrow's strike") cannot be a reported strike's: left unresolved.
        if let published = reader.published {
            for k in dates.indices {
                guard let span = dates[k].span, span.start > published else { continue }
                diagnostics.append(Diagnostic(.warning, file: source, line: sentence.line, column: sentence.column,
                                              message: "date '\(dates[k].text.prefix(60))' is after the publication date \(published); left unresolved"))
                dates[k].span = nil
            }
        }
        for found in reader.impossible[impossibleBefore...] {
            diagnostics.append(Diagnostic(.warning, file: source, line: sentence.line, column: sentence.column,
                                          message: "impossible date '\(found)' ignored"))
        }
        let years = CalendarDay.reportableYears
        for found in reader.outOfRange[outOfRangeBefore...] {
            diagnostics.append(Diagnostic(.warning, file: source, line: sentence.line, column: sentence.column,
                                          message: "date '\(found.prefix(60))' has a year outside \(years.lowerBound)-\(years.upperBound); left unresolved"))
        }
        return dates
    }

    /// The warnings a sentence that cannot report a strike still gives, read only where its digits can
    /// give one and never in boilerplate.
    mutating func readWarnings(sentence k: Int, in text: DocumentText) {
        let sentence = text.sentences[k]
        guard StrikeScreen.mayWarn(text.scalars[sentence.start..<sentence.end].lazy.map(\.value)), !text.isBoilerplate(k) else { return }
        _ = read(text.tokens(k), sentence: k, in: text)
    }
}
