import Foundation
import StrikeMap

// The thin shell around the library: parse argv, run one command, turn errors into a message and an exit code.
StandardStreams.protect()
SignalCleanup.install()
let arguments = Array(CommandLine.arguments.dropFirst())
let status = StrikemapCLI.run(arguments)
exit(status)
