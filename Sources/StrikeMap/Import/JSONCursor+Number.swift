extension JSONCursor {
    /// Powers of ten that are exact doubles (10^22 is the last below 2^53 · 2^22).
    private static let exactPowers: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
                                                1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

    /// A number in RFC 8259 §6's grammar, as the `Double` `JSONParser` reads for it (`Double(String)`, which
    /// rounds correctly). A mantissa up to 2^53 scaled by at most 10^22 is computed here: both are exact
    /// doubles, so the one multiplication or division rounds once, to the same double (Clinger's fast
    /// path). Other numbers go through `Double(String)` itself.
    mutating func number() throws(Unsure) -> Double {
        _ = peek()
        let start = i
        let negative = take(UInt8(ascii: "-"))
        var mantissa: UInt64 = 0, significant = 0, exponent = 0
        func digit(_ k: Int) -> UInt8? {
            guard k < bytes.count, bytes[k] >= UInt8(ascii: "0"), bytes[k] <= UInt8(ascii: "9") else { return nil }
            return bytes[k] - UInt8(ascii: "0")
        }
        func accumulate(_ d: UInt8) {
            if mantissa > 0 || d > 0 { significant += 1 }
            // Past 19 digits the mantissa would overflow: `significant` then sends the number the slow way.
            if significant <= 19 { mantissa = mantissa &* 10 &+ UInt64(d) }
        }
        guard let first = digit(i) else { throw Unsure() }
        i += 1
        if first > 0 {
            accumulate(first)
            while let d = digit(i) { accumulate(d); i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digit(i) != nil else { throw Unsure() }
            while let d = digit(i) { accumulate(d); exponent -= 1; i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var sign = 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                sign = bytes[i] == UInt8(ascii: "-") ? -1 : 1
                i += 1
            }
            guard digit(i) != nil else { throw Unsure() }
            var e = 0
            while let d = digit(i) { e = min(e * 10 + Int(d), 100_000); i += 1 }
            exponent += sign * e
        }
        // `JSONParser` takes every following digit and byte of these as part of the number ("01", "1.5.2",
        // "1-2"): its reading of such text is its own.
        if i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"): throw Unsure()
            default: break
            }
        }
        if significant <= 19, mantissa <= 1 << 53, abs(exponent) <= 22 {
            let m = Double(mantissa)
            let v = exponent < 0 ? m / Self.exactPowers[-exponent] : m * Self.exactPowers[exponent]
            return negative ? -v : v
        }
        guard let v = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)), v.isFinite else { throw Unsure() }
        return v
    }
}
