import XCTest

/// Golden files under Fixtures/: a missing one fails; RECORD_SNAPSHOTS=1 rewrites them.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The package's seeds/ (the five sample articles).
    static let seedsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    static func check(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("golden file \(name) is missing; run with RECORD_SNAPSHOTS=1 to record it", file: file, line: line)
            return
        }
        XCTAssertEqual(text, expected, "output differs from golden file \(name)", file: file, line: line)
    }
}
