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
        var walk = InputWalk(inputs: inputs)
        return extract(&walk, decoder: decoder, extractor: extractor, merge: merge, keepPlaces: keepPlaces, threads: threads, progress: progress)
    }

    /// `extract` of the inputs a walk gives, read as it gives them.
    package static func extract(_ walk: inout InputWalk, decoder: ArticleDecoder, extractor: StrikeExtractor,
                               merge: Bool = true, keepPlaces: Bool = false, threads: Int = 0,
                               progress: ((Int, Int, String) -> Void)? = nil) -> Corpus {
        let limit = decoder.maximumBytes
        return collected(merge: merge) { consume in
            stream(feed: { walk.next($0).map(Feed.init) }, total: nil, read: { try read($0, limit: limit) },
                   decoder: decoder, extractor: extractor, keepPlaces: keepPlaces, threads: threads, progress: progress, consume: consume)
        }
    }

    /// Extracts `count` documents that `read` returns by index (bytes and path), on `threads` threads (0: all
    /// cores), and keeps every result.
    public static func extract(count: Int, read: @escaping @Sendable (Int) throws -> (bytes: [UInt8], name: String),
                               decoder: ArticleDecoder, extractor: StrikeExtractor, merge: Bool = true, keepPlaces: Bool = false,
                               threads: Int = 0, progress: ((Int, Int, String) -> Void)? = nil) -> Corpus {
        collected(merge: merge) { consume in
            stream(count: count, read: read, decoder: decoder, extractor: extractor, keepPlaces: keepPlaces, threads: threads,
                   progress: progress, consume: consume)
        }
    }

    /// What `run` streams, kept whole: every batch's events, diagnostics and places, merged when asked.
    private static func collected(merge: Bool, _ run: ((Batch) -> Void) -> Corpus) -> Corpus {
        var events: [StrikeEvent] = []
        var kept = Corpus()
        var corpus = run { batch in
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
        var next = 0
        return try stream(feed: { n in
            let range = next..<min(count, next + n)
            next = range.upperBound
            return range.map { .document(.indexed($0)) }
        }, total: count, read: { work in
            guard case .indexed(let k) = work else { throw DocumentError.unreadable(path: "document", reason: "not an indexed document") }
            let (bytes, name) = try read(k)
            return InputReader.Document(bytes: bytes, name: name)
        }, decoder: decoder, extractor: extractor, keepPlaces: keepPlaces, threads: threads, progress: progress, consume: consume)
    }

    /// The streaming core: `feed(n)` gives up to `n` items (none: the end); `total` is their number of
    /// documents when known (for progress). A file met a second time (the same device and inode, when it
    /// has other names or was named on the command line or through a symlink) is read once, with a warning.
    static func stream<E: Error>(feed: (Int) -> [Feed], total: Int?, read: @escaping @Sendable (Work) throws -> InputReader.Document,
                                 decoder: ArticleDecoder, extractor: StrikeExtractor, keepPlaces: Bool,
                                 threads: Int, progress: ((Int, Int, String) -> Void)?, consume: (Batch) throws(E) -> Void) throws(E) -> Corpus {
        let workers = threads > 0 ? threads : max(1, ProcessInfo.processInfo.activeProcessorCount)
        var corpus = Corpus()
        // Documents cost very different times (one that cannot report a strike is screened out in
        // microseconds): workers take them one at a time, and batches are long enough that the last
        // document of a batch rarely keeps the other cores waiting. One worker takes batches too: a batch
        // is handed to the workers at the cost of a thread wake-up.
        // Batches also hold about `batchBytes` of input at most, by the sizes read so far: a batch of
        // large documents would hold all their results at once. The first batch is small, to learn the sizes.
        var size = workers * 8
        var bytesRead = 0, documentsSized = 0
        // Each worker looks places up through its own cache, kept from batch to batch.
        let caches = (0..<workers).map { _ in CandidateCache(for: extractor.gazetteer) }
        var firstNames: [FileIdentity: String] = [:]
        var done = 0
        // One batch is extracted while the one before is consumed (merged, written): the workers never
        // wait for the writer. Only one batch is extracted at a time, so each worker's cache is its own.
        var previous: (items: [Feed], slots: ChunkSlots<Outcome?>)?
        while true {
            let items = feed(size)
            let works = items.compactMap { item -> Work? in if case .document(let w) = item { return w } else { return nil } }
            let slots = ChunkSlots<Outcome?>(count: works.count, initial: nil)
            let extraction = DispatchGroup()
            if !works.isEmpty {
                DispatchQueue.global().async(group: extraction) {
                    DispatchQueue.concurrentPerform(iterations: min(workers, works.count)) { worker in
                        while let k = slots.claim() {
                            slots.set(k, Self.extractOne(works[k], read: read, decoder: decoder, extractor: extractor, keepPlaces: keepPlaces,
                                                         cache: caches[worker]))
                        }
                    }
                }
            }
            if let (items, slots) = previous {
                var batch = Batch()
                var outcomes = slots.takeAll()
                var k = 0
                for item in items {
                    switch item {
                    case .failure(let e): corpus.failures.append(e)
                    case .warning(let w): batch.diagnostics.append(w)
                    case .document:
                        // Every slot is set by the worker that claimed it before `takeAll` returns.
                        let outcome = outcomes[k].take() ?? .failure(.unreadable(path: "document \(done)", reason: "not extracted"))
                        k += 1
                        switch outcome {
                        case .failure(let e):
                            corpus.failures.append(e)
                        case .success(let (name, result, identity, bytes)):
                            bytesRead += bytes
                            documentsSized += 1
                            if let identity {
                                if let first = firstNames[identity] {
                                    batch.diagnostics.append(Diagnostic(.warning, file: name, message: "the same file as \(first); read once"))
                                    continue
                                }
                                firstNames[identity] = name
                            }
                            done += 1
                            progress?(done, total ?? 0, name)
                            corpus.documentsRead += 1
                            batch.add(result)
                            if !result.unresolved.isEmpty { batch.unresolved.append((displayName(name), result.unresolved)) }
                        }
                    }
                }
                do { try consume(batch) } catch {
                    extraction.wait()
                    throw error
                }
            }
            extraction.wait()
            guard !items.isEmpty else { break }
            if documentsSized > 0 { size = max(workers * 2, min(workers * 512, Self.batchBytes / max(1, bytesRead / documentsSized))) }
            previous = (items, slots)
        }
        if total == nil { progress?(done, done, "") }
        return corpus
    }

    /// A walk's document read from its file.
    static func read(_ work: Work, limit: Int) throws -> InputReader.Document {
        guard case .input(let input) = work else { throw DocumentError.unreadable(path: "document", reason: "not an input of a walk") }
        return try InputReader.document(input, limit: limit)
    }

    /// Input a batch holds at most, by the average size of the documents read so far.
    static let batchBytes = 32 << 20

    typealias Outcome = Result<(String, StrikeExtractor.Result, FileIdentity?, Int), DocumentError>

    private static func extractOne(_ work: Work, read: (Work) throws -> InputReader.Document, decoder: ArticleDecoder,
                                   extractor: StrikeExtractor, keepPlaces: Bool, cache: CandidateCache) -> Outcome {
        do {
            let document = try read(work)
            let article = try decoder.decode(document.bytes, source: displayName(document.name))
            return .success((document.name, extractor.extract(article, allPlaces: keepPlaces, cache: cache), document.identity, document.bytes.count))
        } catch let e as DocumentError {
            return .failure(e)
        } catch {
            return .failure(.unreadable(path: "document", reason: (error as? LocatedError)?.message ?? "\(error)"))
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
