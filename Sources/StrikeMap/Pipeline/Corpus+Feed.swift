/// What a feed of documents gives, in order: a document to read (an input of a walk, or an index of
/// documents in memory), a failed input, or a warning.
package enum FeedItem<Work: Sendable>: Sendable {
    case document(Work)
    case failure(DocumentError)
    case warning(Diagnostic)
}

extension Corpus {
    /// What `stream` gathers from its batches beyond their results: the documents read so far (for
    /// progress), their average size (for the size of the next batch), and the files met by identity (a
    /// file met a second time is read once).
    struct Gathering {
        var done = 0
        var bytesRead = 0
        var sized = 0
        var firstNames: [FileIdentity: String] = [:]

        /// Documents in the next batch: about `Corpus.batchBytes` of input at the average size so far,
        /// between 2 and 512 a worker; before any document is read, 8 a worker.
        func batchSize(workers: Int) -> Int {
            guard sized > 0 else { return workers * 8 }
            return max(workers * 2, min(workers * 512, Corpus.batchBytes / max(1, bytesRead / sized)))
        }

        /// The batch of `items` whose documents' outcomes are `outcomes`, in order; failures go to `corpus`.
        mutating func batch<Work>(_ items: [FeedItem<Work>], _ outcomes: inout [Outcome?], total: Int?,
                                  progress: ((Int, Int, String) -> Void)?, into corpus: inout Corpus) -> Batch {
            var batch = Batch()
            var k = 0
            for item in items {
                switch item {
                case .failure(let e): corpus.failures.append(e)
                case .warning(let w): batch.diagnostics.append(w)
                case .document:
                    // Every slot is set by the worker that claimed it before `takeAll` returns.
                    let outcome = outcomes[k].take() ?? .failure(.unreadable(path: "document \(done)", reason: "not extracted"))
                    k += 1
                    guard case .success(let (name, result, identity, bytes)) = outcome else {
                        if case .failure(let e) = outcome { corpus.failures.append(e) }
                        continue
                    }
                    bytesRead += bytes
                    sized += 1
                    if let identity {
                        if let first = firstNames[identity] {
                            batch.diagnostics.append(InputWalk.repeated(name, first: first))
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
            return batch
        }
    }
}
