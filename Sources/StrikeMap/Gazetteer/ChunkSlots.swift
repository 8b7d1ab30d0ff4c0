import Foundation

/// Results of work split over cores (`DispatchQueue.concurrentPerform`): one slot per chunk, each written
/// by exactly one worker before `takeAll()` hands them over, so that the result keeps chunk order. Used by
/// the gazetteer's parallel loading (`GazetteerFile`, `NameIndexer`) and by `Corpus`, the stage above it.
final class ChunkSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value]
    private var claimed = 0
    private let lock = NSLock()

    init(count: Int, initial: Value) { slots = Array(repeating: initial, count: count) }

    func set(_ i: Int, _ v: Value) { lock.lock(); slots[i] = v; lock.unlock() }

    /// The next chunk no worker has taken, or nil when all are taken: workers that take chunks as they
    /// finish stay busy to the end even when chunks cost very different times.
    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard claimed < slots.count else { return nil }
        claimed += 1
        return claimed - 1
    }

    /// The values, moved out: the slots are left empty, so the caller holds the only reference to them and
    /// can move their parts on without copying.
    func takeAll() -> [Value] { lock.lock(); defer { lock.unlock() }; return Swift.exchange(&slots, with: []) }
}
