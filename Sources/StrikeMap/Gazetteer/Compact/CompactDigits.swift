/// Fixed-width unsigned numbers written as base-64 digits, most significant first, each digit one byte from
/// '0' (0x30) to 'o' (0x6F). The embedded gazetteer is a Swift raw string literal (a `[UInt8]` literal of
/// megabytes does not compile: shared/docs/swift-notes.md), so its binary tables must be valid UTF-8 and
/// must never spell the literal's end (`"""#`) or an escape (`\#`): no byte of this range is `"` or `#`,
/// and a digit costs one subtraction to read.
enum CompactDigits {
    static let zero: UInt8 = 0x30

    /// Appends `value` in `width` digits; the caller checks that it fits (`fits`).
    static func append(_ value: UInt64, width: Int, to out: inout [UInt8]) {
        for k in stride(from: width - 1, through: 0, by: -1) {
            out.append(zero &+ UInt8(truncatingIfNeeded: (value >> UInt64(6 * k)) & 63))
        }
    }

    /// Whether `value` can be written in `width` digits.
    static func fits(_ value: UInt64, width: Int) -> Bool { width >= 11 || value >> UInt64(6 * width) == 0 }

    /// The number of `width` digits at `p`.
    @inline(__always)
    static func read(_ p: UnsafePointer<UInt8>, _ width: Int) -> UInt64 {
        var v: UInt64 = 0
        for k in 0..<width { v = v << 6 | UInt64(p[k] &- zero) }
        return v
    }
}
