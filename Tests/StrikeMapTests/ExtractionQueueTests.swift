import Foundation
import XCTest
@testable import StrikeMap

/// The queue the corpus's workers take documents from: batches come back whole and in the order fed,
/// whatever order the documents finish in, and a worker goes on from one batch to the next.
final class ExtractionQueueTests: XCTestCase {
    /// The case that once read outside the queue: the one worker finishes a batch's last document and the
    /// feeder takes the batch back before the worker claims again.
    func testAWorkerClaimsTheNextBatchAfterItsBatchWasTakenBack() throws {
        let queue = ExtractionQueue<Int, Int>(depth: 2)
        queue.append([1, 2])
        for _ in 0..<2 {
            let (batch, index, work) = try XCTUnwrap(queue.claim())
            queue.finish(batch: batch, index: index, work * 10)
        }
        XCTAssertEqual(queue.takeOldest(), [10, 20])
        queue.append([3])
        let next = try XCTUnwrap(queue.claim())
        XCTAssertEqual(next.batch, 1)
        XCTAssertEqual(next.work, 3)
        queue.finish(batch: next.batch, index: next.index, 30)
        queue.close()
        XCTAssertNil(queue.claim())
        XCTAssertEqual(queue.takeOldest(), [30])
        XCTAssertNil(queue.takeOldest())
    }

    /// A batch of no documents (a feed of failures only) is complete at once and claimed past.
    func testAnEmptyBatchIsCompleteAndSkipped() throws {
        let queue = ExtractionQueue<Int, Int>(depth: 3)
        queue.append([])
        queue.append([7])
        let claimed = try XCTUnwrap(queue.claim())
        XCTAssertEqual(claimed.batch, 1)
        XCTAssertEqual(queue.takeOldest(), [])
        queue.finish(batch: claimed.batch, index: claimed.index, 70)
        XCTAssertEqual(queue.takeOldest(), [70])
    }

    /// Several workers and documents that finish out of order: each batch comes back whole, in feeding order,
    /// while the feeder never holds more than `depth` batches.
    func testWorkersKeepEveryBatchWholeAndInOrder() {
        let queue = ExtractionQueue<Int, Int>(depth: 3)
        let workers = DispatchGroup()
        DispatchQueue.global().async(group: workers) {
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                while let (batch, index, work) = queue.claim() {
                    // Uneven work: some documents take far longer than the rest.
                    if work % 97 == 0 { usleep(2_000) }
                    queue.finish(batch: batch, index: index, work * 2)
                }
            }
        }
        var fed = 0, sizes: [Int] = [], taken: [[Int]] = []
        while true {
            while fed < 40, queue.hasRoom {
                let size = fed % 5 == 4 ? 0 : 1 + (fed * 37) % 50
                queue.append(Array(sizes.reduce(0, +)..<sizes.reduce(0, +) + size))
                sizes.append(size)
                fed += 1
                if fed == 40 { queue.close() }
            }
            guard let outcomes = queue.takeOldest() else { break }
            taken.append(outcomes.map { $0 ?? -1 })
        }
        workers.wait()
        XCTAssertEqual(taken.count, 40)
        var first = 0
        for (k, batch) in taken.enumerated() {
            XCTAssertEqual(batch, (first..<first + sizes[k]).map { $0 * 2 }, "batch \(k)")
            first += sizes[k]
        }
    }

    /// After `stop` (a consumer failed) no document is claimed, though some were fed.
    func testStopClaimsNothingMore() {
        let queue = ExtractionQueue<Int, Int>(depth: 2)
        queue.append([1, 2, 3])
        queue.stop()
        XCTAssertNil(queue.claim())
    }
}
