/// The hash of consonant skeletons in the skeleton index: a polynomial over the bytes (Horner's rule,
/// modulo 2^64) passed through a bijective mixer. Unlike FNV-1a, the polynomial of a string one edit
/// away is a few multiplications from the original's prefix and suffix sums, so the two hundred typo
/// variants of a skeleton (`TypoVariants.hashes`) cost no pass over their letters each, where hashing
/// them one by one would cost two hundred passes per look-up that tries typos. The mixer makes the high bits, which pick the index's
/// bucket, depend on every byte; being a bijection it adds no collision.
enum SkeletonHash {
    /// An odd multiplier with no short relation among its powers' low bits.
    static let base: UInt64 = 0x9E37_79B9_7F4A_7C15 | 1

    /// The hash of `bytes`.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0
        for b in bytes { h = h &* base &+ UInt64(b) &+ 1 }
        return mix(h)
    }

    /// SplitMix64's finaliser: a bijection of 64-bit words.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
