import Foundation
import XCTest

/// The `strikemap` executable that `swift test` builds beside the test bundle, for tests that run the CLI.
enum CLIBinary {
    static func path() throws -> String {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        let exe = n > 0 ? String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        let path = URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("strikemap").path
        guard FileManager.default.isExecutableFile(atPath: path) else { throw XCTSkip("strikemap binary not found beside the tests (\(path))") }
        return path
    }
}
