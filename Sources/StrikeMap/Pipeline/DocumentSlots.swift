import Foundation

/// One outcome per document of a batch, filled by several threads (each writes its own indices) and
/// taken once they have all finished.
final class DocumentSlots: @unchecked Sendable {
    private var outcomes: [Corpus.Outcome?]
    private let lock = NSLock()

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ outcome: Corpus.Outcome) {
        lock.lock()
        outcomes[k] = outcome
        lock.unlock()
    }

    /// Every outcome, in index order; each index must have been set.
    func take() -> [Corpus.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return outcomes.map { o in
            guard let o else { preconditionFailure("a document of the batch was not extracted") }
            return o
        }
    }
}
