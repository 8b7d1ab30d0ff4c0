/// A decoded document as the extraction reads it: its scalars, its sentences, where web page furniture
/// stands (`BoilerplateFilter`), the tokens of any sentence and the line and column of any offset. It
/// depends on nothing downstream of the documents stage.
struct DocumentText {
    let source: String
    /// The article's text as Unicode scalars: evidence and mention offsets index this array.
    let scalars: [Unicode.Scalar]
    let sentences: [Sentence]
    /// Where boilerplate phrases occur, in text order (`BoilerplateFilter.phraseSpans`).
    let boilerplatePhrases: [Range<Int>]

    init(_ article: Article) {
        source = article.source
        scalars = [Unicode.Scalar](scalarsOf: article.text)
        sentences = SentenceSplitter.split(scalars, from: article.bodyStart)
        boilerplatePhrases = BoilerplateFilter.phraseSpans(article.text)
    }

    /// The tokens of sentence `k`, made afresh: a document's tokens are not kept (a document of short
    /// sentences would hold several hundred bytes of them per sentence).
    func tokens(_ k: Int) -> [Token] { Tokenizer.tokenize(scalars, sentences[k].start, sentences[k].end) }

    func isBoilerplate(_ k: Int) -> Bool { BoilerplateFilter.isBoilerplate(scalars, sentences[k], phrases: boilerplatePhrases) }

    /// The text of a span of scalars.
    func text(_ range: Range<Int>) -> String { scalars.text(range) }

    /// A cursor for the line and column of offsets in sentence `k`, asked in text order.
    func lineCursor(_ k: Int) -> LineCursor { LineCursor(sentences[k]) }
}
