import Foundation

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
    /// Inputs are sorted first: the same documents give the same output whatever order they are named in.
    public static func extract(_ inputs: [InputCollector.Input], decoder: ArticleDecoder, extractor: StrikeExtractor,
                               merge: Bool = true, keepPlaces: Bool = false, threads: Int = 0,
                               progress: ((Int, Int, String) -> Void)? = nil, events sink: (([StrikeEvent]) -> Void)? = nil) -> Corpus {
        let inputs = inputs.sorted { a, b in
            switch (a, b) {
            case (.standardInput, .file): return true
            case (.file(let x), .file(let y)): return x < y
            default: return false
            }
        }
        return extract(count: inputs.count, read: { k in
            do {
                return try InputCollector.read(inputs[k])
            } catch let e as DocumentError {
                throw e
            } catch {
                throw DocumentError.unreadable(path: "\(inputs[k])", reason: "\(error)")
            }
        }, decoder: decoder, extractor: extractor, merge: merge, keepPlaces: keepPlaces, threads: threads, progress: progress,
           events: sink)
    }

    /// Extracts `count` documents that `read` returns by index (bytes and path), on `threads` threads (0: all
    /// cores). Results are gathered in index order, so the output does not depend on the thread count;
    /// documents are read a batch at a time, so memory holds one batch of documents, not the corpus. With
    /// `sink` (and no merge, which needs every event) each batch's events go to it, in order, instead of
    /// into `events`: memory then stays bounded by a batch however large the corpus.
    public static func extract(count: Int, read: @escaping @Sendable (Int) throws -> (bytes: [UInt8], name: String),
                               decoder: ArticleDecoder, extractor: StrikeExtractor, merge: Bool = true, keepPlaces: Bool = false,
                               threads: Int = 0, progress: ((Int, Int, String) -> Void)? = nil,
                               events sink: (([StrikeEvent]) -> Void)? = nil) -> Corpus {
        precondition(sink == nil || !merge, "merging across documents needs every event")
        let workers = threads > 0 ? threads : max(1, ProcessInfo.processInfo.activeProcessorCount)
        var corpus = Corpus()
        var events: [StrikeEvent] = []
        let batch = workers == 1 ? 1 : workers * 16
        var first = 0
        while first < count {
            let n = min(batch, count - first)
            let slots = ChunkSlots<Outcome?>(count: n, initial: nil)
            let base = first
            DispatchQueue.concurrentPerform(iterations: min(workers, n)) { worker in
                var k = worker
                while k < n {
                    slots.set(k, Self.extractOne(base + k, read: read, decoder: decoder, extractor: extractor, keepPlaces: keepPlaces))
                    k += workers
                }
            }
            for (k, outcome) in slots.all().enumerated() {
                switch outcome! {
                case .failure(let e):
                    corpus.failures.append(e)
                case .success(let (name, result)):
                    progress?(base + k + 1, count, name)
                    corpus.documentsRead += 1
                    if let sink { sink(result.events) } else { events += result.events }
                    if keepPlaces { corpus.places += result.places }
                    corpus.diagnostics += result.diagnostics
                    if !result.unresolved.isEmpty { corpus.unresolved[displayName(name)] = result.unresolved }
                }
            }
            first += n
        }
        corpus.events = merge ? EventMerger.mergeAcrossDocuments(events) : events
        return corpus
    }

    typealias Outcome = Result<(String, StrikeExtractor.Result), DocumentError>

    private static func extractOne(_ k: Int, read: (Int) throws -> (bytes: [UInt8], name: String), decoder: ArticleDecoder,
                                   extractor: StrikeExtractor, keepPlaces: Bool) -> Outcome {
        do {
            let (bytes, name) = try read(k)
            let article = try decoder.decode(bytes, source: displayName(name))
            return .success((name, extractor.extract(article, allPlaces: keepPlaces)))
        } catch let e as DocumentError {
            return .failure(e)
        } catch {
            return .failure(.unreadable(path: "document \(k)", reason: "\(error)"))
        }
    }

    /// The file name without its directories: what `source` says in the output.
    static func displayName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
