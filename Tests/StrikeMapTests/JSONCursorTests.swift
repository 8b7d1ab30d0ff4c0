import XCTest
@testable import StrikeMap

/// `JSONCursor`'s numbers against `Double(String)` (what `JSONParser` reads), and `EventField.ordinal`.
final class JSONCursorTests: XCTestCase {
    private func cursorNumber(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var c = JSONCursor(b)
            guard let v = try? c.number(), c.peek() == nil else { return nil }
            return v
        }
    }

    func testNumbersAreTheDoublesJSONParserReads() {
        // A fixed sequence (SplitMix64), so that a failure repeats.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var texts = ["0", "-0", "1", "0.1", "0.3", "44.4048", "36.6087", "10.0", "1e22", "1e23", "9007199254740993", "9007199254740992.5",
                     "123456789012345678901234", "1.7976931348623157e308", "5e-324", "2.2250738585072014e-308", "0.000001", "1E-22", "1e-23"]
        for _ in 0..<20_000 {
            // 1 to 19 digits: mostly within the fast path's 2^53, some beyond it.
            var bound: UInt64 = 10
            for _ in 0..<(next() % 19) { bound *= 10 }
            let digits = String(next() % bound)
            let cut = Int(next() % UInt64(digits.count + 1))
            let fraction = cut < digits.count ? "." + digits.dropFirst(cut) : ""
            let whole = cut == 0 ? "0" : String(digits.prefix(cut))
            let exponent = next() % 3 == 0 ? "e\(Int(next() % 61) - 30)" : ""
            texts.append((next() % 2 == 0 ? "-" : "") + whole + fraction + exponent)
        }
        var fastOnes = 0
        for t in texts {
            let expected = Double(t)
            XCTAssertEqual(cursorNumber(t)?.bitPattern, expected?.bitPattern, t)
            if !t.contains("e"), t.count < 16 { fastOnes += 1 }
        }
        XCTAssertGreaterThan(fastOnes, 1000)
    }

    func testWhatIsNotRFC8259NumberSyntaxIsNotRead() {
        for t in ["01", "1.", ".5", "-.5", "+1", "1e", "1e+", "1.5.2", "1-2", "-", "1e400", "0x10", "Infinity"] {
            XCTAssertNil(cursorNumber(t), t)
        }
    }

    func testOrdinalIsTheDeclarationOrder() {
        for (k, f) in EventField.allCases.enumerated() { XCTAssertEqual(f.ordinal, k, f.name) }
        var slots = PropertySlots()
        slots[.uncertaintyKm] = .number(2)
        XCTAssertEqual(try slots.number(.uncertaintyKm), 2)
        XCTAssertNil(try slots.number(.confidence))
        XCTAssertThrowsError(try slots.string(.uncertaintyKm))
    }
}
