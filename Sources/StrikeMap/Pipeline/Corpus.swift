/// The result of extracting a set of documents: events (merged across documents unless asked not to),
/// diagnostics, and what the report lists.
public struct Corpus: Sendable {
    public var events: [StrikeEvent] = []
    public var diagnostics: [Diagnostic] = []
    public var failures: [DocumentError] = []
    public var documentsRead = 0
    public var unresolved: [String: [String]] = [:]
    /// Every place mention, struck or not, when asked for (`keepPlaces`).
    public var places: [FoundPlace] = []

    public init() {}

    /// Reads, decodes and extracts every input; a failing document is recorded and the rest go on.
    public static func extract(_ inputs: [InputCollector.Input], decoder: ArticleDecoder, extractor: StrikeExtractor,
                               merge: Bool = true, keepPlaces: Bool = false, progress: ((Int, Int, String) -> Void)? = nil) -> Corpus {
        var corpus = Corpus()
        var events: [StrikeEvent] = []
        // The same documents give the same output whatever order they are named in.
        let inputs = inputs.sorted { a, b in
            switch (a, b) {
            case (.standardInput, .file): return true
            case (.file(let x), .file(let y)): return x < y
            default: return false
            }
        }
        for (n, input) in inputs.enumerated() {
            do {
                let (bytes, name) = try InputCollector.read(input)
                progress?(n + 1, inputs.count, name)
                let article = try decoder.decode(bytes, source: displayName(name))
                let result = extractor.extract(article)
                corpus.documentsRead += 1
                events += result.events
                if keepPlaces { corpus.places += result.places }
                corpus.diagnostics += result.diagnostics
                if !result.unresolved.isEmpty { corpus.unresolved[article.source] = result.unresolved }
            } catch let e as DocumentError {
                corpus.failures.append(e)
            } catch {
                corpus.failures.append(.unreadable(path: "\(input)", reason: "\(error)"))
            }
        }
        corpus.events = merge ? EventMerger.mergeAcrossDocuments(events) : events
        return corpus
    }

    /// The file name without its directories: what `source` says in the output.
    static func displayName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
