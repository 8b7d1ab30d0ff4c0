import Foundation
import StrikeMap

/// On SIGINT and SIGTERM, removes the run's own temporary files (and stops helper processes) before
/// exiting with 128 + the signal, as a shell reports it. The handlers run on a queue of their own: the
/// main thread may be blocked in a parallel extraction.
enum SignalCleanup {
    private static let queue = DispatchQueue(label: "strikemap.signals")
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        // A reader that closes the pipe gives EPIPE on write (handled) instead of killing the process.
        signal(SIGPIPE, SIG_IGN)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler {
                HelperProcesses.terminateAll()
                TemporaryFiles.removeAll()
                exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
    }
}
