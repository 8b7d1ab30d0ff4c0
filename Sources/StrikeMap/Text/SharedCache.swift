import Foundation

/// Values computed once by key and shared by threads (the extents of a gazetteer's units, the parts of
/// regions): a lookup and a store under one lock. `Value` may itself be optional, to remember that a
/// key has no value ("too few places to tell its shape").
final class SharedCache<Value>: @unchecked Sendable {
    private var values: [String: Value] = [:]
    private let lock = NSLock()

    /// The stored value, nil when none is stored yet.
    func lookup(_ key: String) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    func store(_ key: String, _ value: Value) {
        lock.lock()
        values[key] = value
        lock.unlock()
    }
}
