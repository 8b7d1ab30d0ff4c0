import Foundation
import StrikeMap

/// Runs helper programs (rsvg-convert, ffmpeg) safely from a terminal: standard input closed (ffmpeg
/// reading or reconfiguring the terminal from another process group is stopped by SIGTTIN/SIGTTOU and
/// hangs), output captured for the error message, a time limit, and stopped with the run on a signal.
enum HelperProcesses {
    struct Failed: LocatedError {
        var message: String
        var location: ErrorLocation? { nil }
    }

    private final class Running: @unchecked Sendable {
        let lock = NSLock()
        var processes: [ObjectIdentifier: Process] = [:]
    }

    private static let running = Running()

    /// The helper's path on PATH, nil when it is not installed.
    static func path(of tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Runs `tool` with `args`; throws when it fails or has not finished after `timeout` seconds
    /// (`STRIKEMAP_HELPER_TIMEOUT`, in seconds, replaces every limit: for slow machines, and for tests).
    static func run(_ tool: String, _ args: [String], timeout: Double) throws {
        let timeout = ProcessInfo.processInfo.environment["STRIKEMAP_HELPER_TIMEOUT"].flatMap(Double.init).map { max(0.1, $0) } ?? timeout
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        p.standardError = err
        let done = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in done.signal() }
        let name = (tool as NSString).lastPathComponent
        do { try p.run() } catch { throw Failed(message: "\(name) could not be started: \(error.localizedDescription)") }
        running.lock.lock(); running.processes[ObjectIdentifier(p)] = p; running.lock.unlock()
        defer { running.lock.lock(); running.processes[ObjectIdentifier(p)] = nil; running.lock.unlock() }
        // The helper's messages are read as they come, so that a full pipe never blocks it.
        let captured = Captured()
        let reader = Thread {
            captured.data = err.fileHandleForReading.readDataToEndOfFile()
            captured.finished.signal()
        }
        reader.start()
        if done.wait(timeout: .now() + timeout) == .timedOut {
            stop(p)
            if done.wait(timeout: .now() + 2) == .timedOut { kill(-p.processIdentifier, SIGKILL); kill(p.processIdentifier, SIGKILL); done.wait() }
            throw Failed(message: "\(name) did not finish within \(Int(timeout)) seconds and was stopped")
        }
        _ = captured.finished.wait(timeout: .now() + 5)
        guard p.terminationStatus == 0 else {
            let message = String(decoding: captured.data.prefix(400), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failed(message: "\(name) failed (exit \(p.terminationStatus))" + (message.isEmpty ? "" : ": \(message)"))
        }
    }

    private final class Captured: @unchecked Sendable {
        var data = Data()
        let finished = DispatchSemaphore(value: 0)
    }

    /// Stops every helper still running (on SIGINT/SIGTERM).
    static func terminateAll() {
        running.lock.lock()
        let all = Array(running.processes.values)
        running.lock.unlock()
        for p in all where p.isRunning { stop(p) }
    }

    /// SIGTERM to the helper and its own children: Foundation starts it in a process group of its own.
    private static func stop(_ p: Process) {
        kill(-p.processIdentifier, SIGTERM)
        p.terminate()
    }
}
