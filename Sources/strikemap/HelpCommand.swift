import Foundation
import StrikeMap

/// `strikemap help [COMMAND] [--markdown | --man | --schema]`: the overview, a command's help (as
/// `COMMAND --help` prints it), or the whole reference for docs/ and man.
struct HelpCommand {
    static let markdown = CommandSpec.Option("--markdown", help: "the command-line reference as Markdown (docs/cli.md)")
    static let man = CommandSpec.Option("--man", help: "the manual page, strikemap(1), in roff: 'strikemap help --man | man -l -'")
    static let schema = CommandSpec.Option("--schema", help: "the output schema as Markdown, from the field table (docs/schema.md)")
    static let spec = CommandSpec(name: "help", tagline: "Help on a command; --man, --markdown, --schema: the reference",
                                  positionals: "[COMMAND]", files: .none, minimumPositionals: 0, summary: """
        Prints the overview, or COMMAND's help as 'strikemap COMMAND --help' does, or the whole reference.
        """, options: [markdown, man, schema])

    let arguments: ParsedArguments

    init(_ args: [String]) throws { arguments = try Self.spec.parse(args) }

    func execute() throws -> Int32 {
        let specs = StrikemapCLI.commands.map(\.spec), version = StrikemapCLI.version
        let chosen = [Self.markdown, Self.man, Self.schema].filter { arguments.flag($0) }
        guard chosen.count + (arguments.positionals.isEmpty ? 0 : 1) <= 1 else {
            throw UsageError("help takes one of COMMAND, --markdown, --man and --schema")
        }
        if arguments.flag(Self.markdown) { try StandardOutput.write(Array(CLIReference.markdown(specs, version: version).utf8)); return 0 }
        if arguments.flag(Self.man) { try StandardOutput.write(Array(CLIReference.man(specs, version: version).utf8)); return 0 }
        if arguments.flag(Self.schema) { try StandardOutput.write(Array(SchemaReference.markdown().utf8)); return 0 }
        guard let name = arguments.positionals.first else { try StandardOutput.line(StrikemapCLI.usage); return 0 }
        guard let command = specs.first(where: { $0.name == name }) else { throw StrikemapCLI.unknownCommand(name) }
        try StandardOutput.line(command.help)
        return 0
    }
}
