/// A seeded pseudo-random generator (SplitMix64, Steele et al. 2014): the same seed gives the same
/// sequence on every machine and Swift version, unlike `SystemRandomNumberGenerator`.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An index below `n`; `Int.random(in:using:)` is avoided because its algorithm may change between
    /// standard library versions, and the corpus must not.
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(next() % UInt64(n))
    }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// True with probability `p` (in percent).
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}
