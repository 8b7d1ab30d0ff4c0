import Foundation
import StrikeMap

/// On SIGINT, SIGTERM and SIGHUP, removes the run's own temporary files (and stops helper processes) before
/// exiting with 128 + the signal, as a shell reports it.
///
/// The handler itself only writes the signal's number to a pipe (write(2) is async-signal-safe); a thread of
/// its own, blocked in read(2), does the cleanup. A Dispatch signal source did this before, but its handler
/// waited for a worker thread, and on a loaded two-core machine a run of a few seconds could finish and exit 0
/// before the handler ran (CI saw it). A plain thread is scheduled by the kernel as soon as the byte arrives.
enum SignalCleanup {
    /// The pipe's write end, read by the handler: a global, not a capture, so the handler is a C function.
    nonisolated(unsafe) private static var writeEnd: Int32 = -1

    static func install() {
        // A reader that closes the pipe gives EPIPE on write (handled) instead of killing the process.
        signal(SIGPIPE, SIG_IGN)
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        writeEnd = fds[1]
        let readEnd = fds[0]
        let thread = Thread {
            var byte: UInt8 = 0
            while true {
                let n = read(readEnd, &byte, 1)
                if n == 1 { break }
                if n < 0 && errno == EINTR { continue }
                return
            }
            HelperProcesses.terminateAll()
            TemporaryFiles.removeAll()
            // _exit, not exit: the other threads are still running, and exit's global destructors would race them.
            _exit(128 + Int32(byte))
        }
        thread.start()
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { received in
                var byte = UInt8(truncatingIfNeeded: received)
                _ = write(SignalCleanup.writeEnd, &byte, 1)
            }
        }
    }
}
