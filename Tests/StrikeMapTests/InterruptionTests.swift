import Foundation
import XCTest
@testable import StrikeMap

/// A run killed at any moment (SIGKILL or SIGINT) leaves each output as it was before or complete.
final class InterruptionTests: XCTestCase {
    func testKilledRunsNeverLeaveHalfWrittenOutputs() throws {
        let bin = try CLIBinary.path()
        let base = NSTemporaryDirectory() + "strikemap-kill-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: base) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: base + "/in", withIntermediateDirectories: true)
        // A corpus that takes a few seconds: the seeds many times over, each with its own date.
        let seeds = try fm.contentsOfDirectory(atPath: Golden.seedsDirectory).filter { $0.hasSuffix(".txt") }.sorted()
        for k in 0..<300 {
            for s in seeds {
                let body = try String(contentsOfFile: Golden.seedsDirectory + "/" + s, encoding: .utf8)
                try ("date 2019-\(String(format: "%02d", 1 + k % 12))-15\n\n" + body).write(toFile: base + "/in/\(k)-\(s)", atomically: false, encoding: .utf8)
            }
        }
        func run(_ out: String, kill signal: Int32? = nil, after: Double = 0) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: bin)
            p.arguments = ["run", base + "/in", "--out", out]
            p.standardError = FileHandle.nullDevice
            try p.run()
            if let signal {
                usleep(useconds_t(after * 1_000_000))
                kill(p.processIdentifier, signal)
            }
            p.waitUntilExit()
        }
        let outputs = ["strikes.geojson", "map.svg", "timeline.svg", "map.html", "report.txt"]
        try run(base + "/complete")
        let complete = outputs.map { fm.contents(atPath: base + "/complete/" + $0) }
        XCTAssertFalse(complete.contains(nil))
        // "Before": the outputs of another run (the seeds alone).
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bin)
        p.arguments = ["run", Golden.seedsDirectory, "--out", base + "/before"]
        p.standardError = FileHandle.nullDevice
        try p.run(); p.waitUntilExit()
        let before = outputs.map { fm.contents(atPath: base + "/before/" + $0) }
        var generator = SystemRandomNumberGenerator()
        var interrupted = 0
        for attempt in 0..<8 {
            let target = base + "/t\(attempt)"
            try fm.copyItem(atPath: base + "/before", toPath: target)
            let delay = Double.random(in: 0.05...2.5, using: &generator)
            try run(target, kill: attempt % 2 == 0 ? SIGKILL : SIGINT, after: delay)
            for (k, name) in outputs.enumerated() {
                let now = fm.contents(atPath: target + "/" + name)
                XCTAssertTrue(now == before[k] || now == complete[k], "\(name) half-written after a signal at \(delay) s")
                if now == before[k] { interrupted += 1 }
            }
        }
        XCTAssertGreaterThan(interrupted, 0, "some kills landed before the outputs were replaced")
    }
}
