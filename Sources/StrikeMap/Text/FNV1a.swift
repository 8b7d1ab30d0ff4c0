/// 64-bit FNV-1a: the hash of names, words and ids throughout (index keys, word sets, the strike screen,
/// event ids). Stable from run to run, unlike `Hasher`, and cheap on short keys; it goes byte by byte from
/// left to right, so a hash can be continued from a prefix's (`TypoVariants`).
enum FNV1a {
    static let basis: UInt64 = 0xcbf29ce484222325

    @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { step(h, UInt32(byte)) }

    /// One step taking a whole scalar value instead of a byte (for hashes of scalar spans, which are
    /// compared with their text on a hit and never meet byte hashes).
    @inline(__always)
    static func step(_ h: UInt64, _ value: UInt32) -> UInt64 { (h ^ UInt64(value)) &* 0x100000001b3 }

    /// The hash of `bytes`, or of `bytes` following the bytes whose hash is `h`.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, from h: UInt64 = basis) -> UInt64 {
        var h = h
        for b in bytes { h = step(h, b) }
        return h
    }
}
