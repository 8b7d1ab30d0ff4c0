import Foundation
import XCTest

/// Runs the `strikemap` binary built beside the tests in a directory of the test's own, for catalogue
/// tests that assert exit codes, messages and what was written.
struct CLIRun {
    let dir: String

    struct Outcome {
        var code: Int32
        var out: String
        var err: String
        /// Terminated by a signal rather than exiting.
        var signalled: Bool
    }

    static func temporaryDirectory(_ label: String) throws -> CLIRun {
        let dir = NSTemporaryDirectory() + "strikemap-\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return CLIRun(dir: dir)
    }

    func remove() { try? FileManager.default.removeItem(atPath: dir) }

    @discardableResult
    func run(_ args: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> Outcome {
        try launch(try CLIBinary.path(), args, environment: environment, stdin: stdin)
    }

    /// A bash command line with `$SM` standing for the binary (for redirections Process cannot make).
    func bash(_ command: String) throws -> Outcome {
        try launch("/bin/bash", ["-c", command], environment: ["SM": try CLIBinary.path()], stdin: nil)
    }

    private func launch(_ executable: String, _ args: [String], environment: [String: String], stdin: String?) throws -> Outcome {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try p.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        // Both pipes drained at once: a child filling one while the other is read would never finish.
        let collected = Collected()
        let reader = Thread { collected.err = err.fileHandleForReading.readDataToEndOfFile(); collected.done.signal() }
        reader.start()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        collected.done.wait()
        p.waitUntilExit()
        return Outcome(code: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: collected.err, as: UTF8.self),
                       signalled: p.terminationReason == .uncaughtSignal)
    }

    private final class Collected: @unchecked Sendable {
        var err = Data()
        let done = DispatchSemaphore(value: 0)
    }

    @discardableResult
    func file(_ name: String, _ text: String) -> String { file(name, Array(text.utf8)) }

    @discardableResult
    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let path = dir + "/" + name
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)), path)
        return path
    }

    func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: dir + "/" + name).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: dir + "/" + name) }

    /// Names in the directory (hidden ones too), sorted.
    func listing(_ sub: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: sub.isEmpty ? dir : dir + "/" + sub)) ?? []).sorted()
    }

    /// Features in a GeoJSON text.
    static func features(_ json: String) -> Int { json.components(separatedBy: "\"type\":\"Feature\"").count - 1 }

    static let good = "date 2019-01-05\n\nOn Friday, coalition airstrikes hit Hajin, killing 4 civilians.\n"
}
