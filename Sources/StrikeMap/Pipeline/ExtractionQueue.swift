import Foundation

/// The documents of a stream's batches, claimed one at a time by workers that run for the whole stream.
/// A worker that finds every document of a batch claimed goes on to the next batch fed instead of waiting
/// at the batch's end for the slowest document: with batches extracted one after the other, an article
/// of 100 KB among a thousand briefs kept the other core idle, and two cores ran a quarter of the time
/// idle on 150,000 small files. The feeding thread appends batches and takes them back, complete, in the
/// order fed; it feeds at most `depth` batches ahead of what it has taken, which bounds the results held.
final class ExtractionQueue<Work: Sendable, Outcome: Sendable>: @unchecked Sendable {
    private struct Pending {
        let works: [Work]
        var outcomes: [Outcome?]
        var remaining: Int
    }

    /// Batches fed and not yet taken, oldest first; the oldest is batch number `taken`.
    private var pending: [Pending] = []
    private var taken = 0
    /// The next document to claim: batch number and index in it.
    private var claimBatch = 0, claimIndex = 0
    /// No batch will be fed any more (the end of the feed, or a stop: then no document is claimed).
    private var closed = false, stopped = false
    private let condition = NSCondition()
    /// Batches fed and not taken back at most.
    let depth: Int

    init(depth: Int) { self.depth = max(1, depth) }

    /// Whether the feeder may feed another batch.
    var hasRoom: Bool { locked { pending.count < depth } }

    /// Adds a batch (empty when the feed gave only failures or warnings: it is complete at once).
    func append(_ works: [Work]) {
        locked {
            pending.append(Pending(works: works, outcomes: [Outcome?](repeating: nil, count: works.count), remaining: works.count))
            condition.broadcast()
        }
    }

    /// The feed is over: workers finish what is fed and return.
    func close() { locked { closed = true; condition.broadcast() } }

    /// A consumer failed: no further document is claimed.
    func stop() { locked { closed = true; stopped = true; condition.broadcast() } }

    /// The next document to extract, waiting until one is fed; nil once the feed is over and every
    /// document is claimed, or after `stop`.
    func claim() -> (batch: Int, index: Int, work: Work)? {
        locked {
            while true {
                if stopped { return nil }
                // A batch taken back was wholly claimed (all its outcomes were set).
                if claimBatch < taken {
                    claimBatch = taken
                    claimIndex = 0
                }
                while claimBatch < taken + pending.count, claimIndex >= pending[claimBatch - taken].works.count {
                    claimBatch += 1
                    claimIndex = 0
                }
                if claimBatch < taken + pending.count {
                    claimIndex += 1
                    return (claimBatch, claimIndex - 1, pending[claimBatch - taken].works[claimIndex - 1])
                }
                if closed { return nil }
                condition.wait()
            }
        }
    }

    /// The outcome of a claimed document. (A claimed document's batch is never taken before its outcome
    /// is set: `takeOldest` waits for every outcome of the batch.)
    func finish(batch: Int, index: Int, _ outcome: Outcome) {
        locked {
            pending[batch - taken].outcomes[index] = outcome
            pending[batch - taken].remaining -= 1
            if pending[batch - taken].remaining == 0 { condition.broadcast() }
        }
    }

    /// The outcomes of the oldest batch fed, in order, once all are set; nil when no batch is pending.
    func takeOldest() -> [Outcome?]? {
        locked {
            guard !pending.isEmpty else { return nil }
            while pending[0].remaining > 0 { condition.wait() }
            taken += 1
            return pending.removeFirst().outcomes
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }
}
