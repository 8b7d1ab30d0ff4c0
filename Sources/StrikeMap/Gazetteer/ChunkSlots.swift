import Foundation

/// Results of work split over cores (`DispatchQueue.concurrentPerform`): one slot per chunk, each written
/// by exactly one worker before `all()` is read, so that the result keeps chunk order.
final class ChunkSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value]
    private let lock = NSLock()

    init(count: Int, initial: Value) { slots = Array(repeating: initial, count: count) }

    func set(_ i: Int, _ v: Value) { lock.lock(); slots[i] = v; lock.unlock() }

    func all() -> [Value] { lock.lock(); defer { lock.unlock() }; return slots }
}
