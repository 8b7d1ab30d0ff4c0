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

    /// What a batch of documents gave, in input order, for callers that consume results as they come
    /// (`stream`) instead of holding the whole corpus's.
    public struct Batch: Sendable {
        public var events: [StrikeEvent] = []
        public var diagnostics: [Diagnostic] = []
        public var places: [FoundPlace] = []
        /// Capitalised names the gazetteer did not know, by document.
        public var unresolved: [(source: String, names: [String])] = []

        /// Adds a document's results; the first document's arrays are taken over, not copied.
        mutating func add(_ result: StrikeExtractor.Result) {
            Self.append(result.events, to: &events)
            Self.append(result.places, to: &places)
            Self.append(result.diagnostics, to: &diagnostics)
        }

        static func append<T>(_ items: [T], to list: inout [T]) {
            if list.isEmpty { list = items } else { list += items }
        }
    }

    /// Reads, decodes and extracts every input; a failing document is recorded and the rest go on.
    /// Inputs are sorted first: the same documents give the same output whatever order they are named in.
    package static func extract(_ inputs: [InputCollector.Input], decoder: ArticleDecoder, extractor: StrikeExtractor,
                               merge: Bool = true, keepPlaces: Bool = false, threads: Int = 0,
                               progress: ((Int, Int, String) -> Void)? = nil) -> Corpus {
        let (count, read) = reader(inputs, limit: decoder.maximumBytes)
        return extract(count: count, read: read, decoder: decoder, extractor: extractor, merge: merge, keepPlaces: keepPlaces,
                       threads: threads, progress: progress)
    }

    /// Extracts `count` documents that `read` returns by index (bytes and path), on `threads` threads (0: all
    /// cores), and keeps every result.
    public static func extract(count: Int, read: @escaping @Sendable (Int) throws -> (bytes: [UInt8], name: String),
                               decoder: ArticleDecoder, extractor: StrikeExtractor, merge: Bool = true, keepPlaces: Bool = false,
                               threads: Int = 0, progress: ((Int, Int, String) -> Void)? = nil) -> Corpus {
        var events: [StrikeEvent] = []
        var kept = Corpus()
        var corpus = stream(count: count, read: read, decoder: decoder, extractor: extractor, keepPlaces: keepPlaces, threads: threads,
                            progress: progress) { (batch: Batch) in
            Batch.append(batch.events, to: &events)
            Batch.append(batch.diagnostics, to: &kept.diagnostics)
            Batch.append(batch.places, to: &kept.places)
            for (source, names) in batch.unresolved { kept.unresolved[source] = names }
        }
        corpus.diagnostics = kept.diagnostics
        corpus.places = kept.places
        corpus.unresolved = kept.unresolved
        // Every event is drawn and listed, so all are held: the merge is in memory.
        corpus.events = merge ? CrossDocumentMerger.merge(events) : events
        return corpus
    }

    /// Like `extract`, but each batch's results go to `consume` as soon as the batch is done, in input order,
    /// and are not kept: memory holds one batch of documents, not the corpus. The returned corpus has only
    /// the counts and the failures. An error thrown by `consume` stops the run and is rethrown.
    public static func stream<E: Error>(count: Int, read: @escaping @Sendable (Int) throws -> (bytes: [UInt8], name: String),
                                        decoder: ArticleDecoder, extractor: StrikeExtractor, keepPlaces: Bool = false,
                                        threads: Int = 0, progress: ((Int, Int, String) -> Void)? = nil,
                                        consume: (Batch) throws(E) -> Void) throws(E) -> Corpus {
        let workers = threads > 0 ? threads : max(1, ProcessInfo.processInfo.activeProcessorCount)
        var corpus = Corpus()
        // Documents cost very different times (one that cannot report a strike is screened out in
        // microseconds): workers take them one at a time, and batches are long enough that the last
        // document of a batch rarely keeps the other cores waiting.
        let size = workers == 1 ? 1 : workers * 512
        // Each worker looks places up through its own cache, kept from batch to batch.
        let caches = (0..<workers).map { _ in CandidateCache(for: extractor.gazetteer) }
        var first = 0
        while first < count {
            let n = min(size, count - first)
            let slots = ChunkSlots<Outcome?>(count: n, initial: nil)
            let base = first
            DispatchQueue.concurrentPerform(iterations: min(workers, n)) { worker in
                while let k = slots.claim() {
                    slots.set(k, Self.extractOne(base + k, read: read, decoder: decoder, extractor: extractor, keepPlaces: keepPlaces,
                                                 cache: caches[worker]))
                }
            }
            var batch = Batch()
            var outcomes = slots.takeAll()
            for k in outcomes.indices {
                // Every slot is set by the worker that claimed it before `takeAll` returns.
                switch outcomes[k].take() ?? .failure(.unreadable(path: "document \(base + k)", reason: "not extracted")) {
                case .failure(let e):
                    corpus.failures.append(e)
                case .success(let (name, result)):
                    progress?(base + k + 1, count, name)
                    corpus.documentsRead += 1
                    batch.add(result)
                    if !result.unresolved.isEmpty { batch.unresolved.append((displayName(name), result.unresolved)) }
                }
            }
            try consume(batch)
            first += n
        }
        return corpus
    }

    /// The inputs sorted (standard input first, then files by path) and a reader of each by index that
    /// reads at most `limit` bytes (`InputReader`).
    package static func reader(_ inputs: [InputCollector.Input], limit: Int) -> (Int, @Sendable (Int) throws -> (bytes: [UInt8], name: String)) {
        let inputs = inputs.sorted { a, b in
            switch (a, b) {
            case (.standardInput, .file): return true
            case (.file(let x), .file(let y)): return x < y
            default: return false
            }
        }
        return (inputs.count, { k in try InputReader.read(inputs[k], limit: limit) })
    }

    typealias Outcome = Result<(String, StrikeExtractor.Result), DocumentError>

    private static func extractOne(_ k: Int, read: (Int) throws -> (bytes: [UInt8], name: String), decoder: ArticleDecoder,
                                   extractor: StrikeExtractor, keepPlaces: Bool, cache: CandidateCache) -> Outcome {
        do {
            let (bytes, name) = try read(k)
            let article = try decoder.decode(bytes, source: displayName(name))
            return .success((name, extractor.extract(article, allPlaces: keepPlaces, cache: cache)))
        } catch let e as DocumentError {
            return .failure(e)
        } catch {
            return .failure(.unreadable(path: "document \(k)", reason: (error as? LocatedError)?.message ?? "\(error)"))
        }
    }

    /// The file name without its directories: what `source` says in the output.
    static func displayName(_ path: String) -> String {
        // An ASCII path is split on its bytes: splitting the String walked its characters, a grapheme break
        // test each. Beyond ASCII a combining mark could make "/" part of a larger character.
        let utf8 = path.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/").last.map(String.init) ?? path }
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return path }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: "/") { start = utf8.index(before: start) }
        return String(path[start..<end])
    }
}
