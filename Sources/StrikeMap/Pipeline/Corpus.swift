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
        var feed = TableFeed(walk: walk, options: decoder.table, limit: decoder.maximumBytes)
        defer { walk = feed.walk }
        return collected(merge: merge) { consume in
            stream(feed: { feed.next($0) }, total: nil, read: workReader(decoder), decoder: decoder, extractor: extractor, keepPlaces: keepPlaces,
                   threads: threads, progress: progress, consume: consume)
        }
    }

    /// How a worker reads what the walk gives: a file's bytes, or a table's row as it is.
    static func workReader(_ decoder: ArticleDecoder) -> @Sendable (CorpusWork) throws -> InputReader.Document {
        let limit = decoder.maximumBytes
        return { work in
            switch work {
            case .input(let source): return try InputReader.document(source, limit: limit)
            case .row(let row): return InputReader.Document(bytes: [], name: row.source, row: row)
            }
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
        try stream(feed: indices(count), total: count, read: indexedReader(read), decoder: decoder, extractor: extractor, keepPlaces: keepPlaces, threads: threads,
           progress: progress, consume: consume)
    }

    /// The indices of `count` documents in memory, up to `n` at each call.
    static func indices(_ count: Int) -> (Int) -> [FeedItem<Int>] {
        var next = 0
        return { n in
            let range = next..<min(count, next + n)
            next = range.upperBound
            return range.map { .document($0) }
        }
    }

    /// Documents in memory read by index, as the streaming core reads a walk's: an error other than a
    /// `DocumentError` names the document's index.
    static func indexedReader(_ read: @escaping @Sendable (Int) throws -> (bytes: [UInt8], name: String)) -> @Sendable (Int) throws -> InputReader.Document {
        { k in
            do {
                let (bytes, name) = try read(k)
                return InputReader.Document(bytes: bytes, name: name)
            } catch let e as DocumentError {
                throw e
            } catch {
                throw DocumentError.unreadable(path: "document \(k)", reason: (error as? LocatedError)?.message ?? "\(error)")
            }
        }
    }

    /// The streaming core: `feed(n)` gives up to `n` items (none: the end), which `read` reads; `total` is
    /// their number of documents when known (for progress). A file met a second time (the same device and
    /// inode, when it has other names or was named by its path) is read once, with a warning.
    static func stream<Work: Sendable, E: Error>(feed: (Int) -> [FeedItem<Work>], total: Int?,
                                                 read: @escaping @Sendable (Work) throws -> InputReader.Document,
                                                 decoder: ArticleDecoder, extractor: StrikeExtractor, keepPlaces: Bool, threads: Int,
                                                 progress: ((Int, Int, String) -> Void)?, consume: (Batch) throws(E) -> Void) throws(E) -> Corpus {
        let workers = threads > 0 ? threads : max(1, ProcessInfo.processInfo.activeProcessorCount)
        var corpus = Corpus()
        var gathering = Gathering()
        // Each worker looks places up through its own cache, kept for the whole stream.
        let caches = (0..<workers).map { _ in CandidateCache(for: extractor.gazetteer) }
        // Workers take documents one at a time (one that cannot report a strike is screened out in
        // microseconds, an article takes milliseconds) from the batches fed, and go from one batch to the
        // next without waiting (`ExtractionQueue`). This thread feeds (walks folders) and consumes (merges,
        // writes) while they extract: three batches ahead keep the cores busy while a batch is written.
        let queue = ExtractionQueue<Work, Outcome>(depth: 3)
        let extraction = DispatchGroup()
        DispatchQueue.global().async(group: extraction) {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                while let (batch, index, work) = queue.claim() {
                    queue.finish(batch: batch, index: index, Self.extractOne(work, read: read, decoder: decoder, extractor: extractor,
                                                                            keepPlaces: keepPlaces, cache: caches[worker]))
                }
                // Each worker empties its own cache: freed on one thread after every core had finished, the
                // caches' lists cost a few percent of a short run's wall time.
                caches[worker].empty()
            }
        }
        // The items of each batch fed and not yet consumed, oldest first.
        var fed: [[FeedItem<Work>]] = []
        var feeding = true
        while true {
            while feeding, queue.hasRoom {
                let items = feed(gathering.batchSize(workers: workers))
                guard !items.isEmpty else {
                    feeding = false
                    queue.close()
                    break
                }
                fed.append(items)
                queue.append(items.compactMap { item -> Work? in if case .document(let w) = item { return w } else { return nil } })
            }
            guard var outcomes = queue.takeOldest() else { break }
            let batch = gathering.batch(fed.removeFirst(), &outcomes, total: total, progress: progress, into: &corpus)
            do { try consume(batch) } catch {
                queue.stop()
                extraction.wait()
                throw error
            }
        }
        extraction.wait()
        if total == nil { progress?(gathering.done, gathering.done, "") }
        return corpus
    }

    /// How a PDF file begins (ISO 32000-1 §7.5.2).
    static let pdfSignature = Array("%PDF-".utf8)

    /// Input a batch holds at most, by the average size of the documents read so far.
    static let batchBytes = 32 << 20

    typealias Outcome = Result<(String, StrikeExtractor.Result, FileIdentity?, Int), DocumentError>

    private static func extractOne<Work>(_ work: Work, read: (Work) throws -> InputReader.Document, decoder: ArticleDecoder,
                                   extractor: StrikeExtractor, keepPlaces: Bool, cache: CandidateCache) -> Outcome {
        do {
            let document = try read(work)
            if let row = document.row {
                var result = extractor.extract(try decoder.decode(row: row), allPlaces: keepPlaces, cache: cache)
                // `--date-is-event`: a strike the row reports without a date of its own took place on the row's day.
                if let day = row.eventDay {
                    for k in result.events.indices where result.events[k].time == .unstated {
                        result.events[k].time = .known(DateSpan(day: day))
                        result.events[k].dateText = row.dateText
                    }
                }
                return .success((row.source, result, nil, row.text.utf8.count))
            }
            if let pdf = decoder.pdfText, document.bytes.starts(with: Self.pdfSignature) {
                // One document a PDF; each event names the page of its evidence ("report.pdf#page=3").
                let source = displayName(document.name)
                let (article, pages) = try decoder.decode(pdfText: try pdf(document.name), source: source)
                var result = extractor.extract(article, allPlaces: keepPlaces, cache: cache)
                for k in result.events.indices {
                    result.events[k].source = source + "#page=\(ArticleDecoder.page(of: result.events[k].evidenceStart, in: pages))"
                }
                return .success((document.name, result, document.identity, document.bytes.count))
            }
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
