import Foundation
import StrikeMap

/// Dispatches to one subcommand. Exit codes: 0 all went well, 1 some input failed, 2 usage error.
enum StrikemapCLI {
    static let version = "0.1.0"
    /// Every subcommand: its declaration and how it runs.
    static let commands: [(spec: CommandSpec, run: @Sendable ([String]) throws -> Int32)] = [
        (RunCommand.spec, { try RunCommand($0).execute() }),
        (ExtractCommand.spec, { try ExtractCommand($0).execute() }),
        (MergeCommand.spec, { try MergeCommand($0).execute() }),
        (PlacesCommand.spec, { try PlacesCommand($0).execute() }),
        (MapCommand.spec, { try MapCommand($0).execute() }),
        (TimelineCommand.spec, { try TimelineCommand($0).execute() }),
        (WebCommand.spec, { try WebCommand($0).execute() }),
        (ChartCommand.spec, { try ChartCommand($0).execute() }),
        (ExportCommand.spec, { try ExportCommand($0).execute() }),
        (CheckCommand.spec, { try CheckCommand($0).execute() }),
        (LookupCommand.spec, { try LookupCommand($0).execute() }),
        (HelpCommand.spec, { try HelpCommand($0).execute() }),
        (CompletionsCommand.spec, { try CompletionsCommand($0).execute() }),
    ]

    /// The top-level help: a line per command and the common options (`CLIReference.overview`).
    static var usage: String { CLIReference.overview(commands.map(\.spec), version: version) }

    /// The usage error for a command that does not exist, with the nearest one.
    static func unknownCommand(_ name: String) -> UsageError {
        let names = commands.map(\.spec.name)
        let near = Suggestion.nearest(name, among: names)
        return UsageError("unknown command '\(name)'" + (near.map { "; did you mean '\($0)'?" } ?? "; expected \(names.dropLast().joined(separator: ", ")) or \(names.last ?? "")"))
    }

    static func run(_ args: [String]) -> Int32 {
        guard let command = args.first else {
            Terminal.error(usage)
            return 2
        }
        let rest = Array(args.dropFirst())
        do {
            switch command {
            case "--help", "-h": try StandardOutput.line(usage); return 0
            case "--version": try StandardOutput.line("strikemap \(version)"); return 0
            default:
                if let c = commands.first(where: { $0.spec.name == command }) { return try c.run(rest) }
                throw unknownCommand(command)
            }
        } catch let e as UsageError {
            let help = commands.contains { $0.spec.name == command } ? "strikemap \(command) --help" : "strikemap --help"
            Terminal.error("\(e.errorLine)\n(see '\(help)')")
            return 2
        } catch let e as LocatedError {
            Terminal.error(e.errorLine)
            return 1
        } catch let e as HelpRequested {
            do { try StandardOutput.line(e.text) } catch { return error is StandardOutput.ReaderGone ? 0 : 1 }
            return 0
        } catch is StandardOutput.ReaderGone {
            // The reader of standard output went away (`| head`): nothing more to say.
            return 0
        } catch {
            // Every error the library and the commands throw is a LocatedError; this is for the unforeseen.
            Terminal.error("strikemap: error: \(error)")
            return 1
        }
    }
}

/// A mistake in the command line: printed with a pointer to the help, exit status 2.
struct UsageError: LocatedError {
    var message: String
    var location: ErrorLocation? { nil }
    init(_ message: String) { self.message = message }
}

struct HelpRequested: Error {
    var text: String
}
