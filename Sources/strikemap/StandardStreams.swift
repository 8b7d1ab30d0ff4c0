import Foundation
import StrikeMap

/// Standard input, output and error as the process found them. A descriptor that was closed (`>&-`,
/// `<&-`) is reopened on /dev/null at once, so that no file the run opens later takes its number (and
/// receives the GeoJSON meant for standard output); using it is then an error that says it was closed.
enum StandardStreams {
    nonisolated(unsafe) private(set) static var closed: Set<Int32> = []

    static func protect() {
        for fd: Int32 in [0, 1, 2] where fcntl(fd, F_GETFD) < 0 && errno == EBADF {
            closed.insert(fd)
            let null = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != fd { dup2(null, fd); Foundation.close(null) }
        }
    }

    /// The command line's inputs as a walk (`InputWalk`), with `-` refused when standard input was closed.
    static func collect(_ arguments: [String], outputDirectory: String? = nil, outputNames: Set<String> = []) -> (inputs: InputWalk, errors: [DocumentError]) {
        var errors: [DocumentError] = []
        var arguments = arguments
        if closed.contains(0), arguments.contains("-") {
            arguments.removeAll { $0 == "-" }
            errors.append(.unreadable(path: "<stdin>", reason: "standard input is closed"))
        }
        return (InputWalk(arguments, outputDirectory: outputDirectory, outputNames: outputNames), errors)
    }
}
