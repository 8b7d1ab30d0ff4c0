import Foundation

/// `strikemap completions bash|zsh|fish`: a completion script for the shell, from the commands' declaration.
struct CompletionsCommand {
    static let spec = CommandSpec(name: "completions", tagline: "Print a shell completion script (bash, zsh or fish)",
                                  positionals: "SHELL", files: .none, summary: """
        Prints a completion script for SHELL (bash, zsh or fish): commands, options, option values and input
        files by extension. bash: 'source <(strikemap completions bash)' in ~/.bashrc; zsh: 'strikemap
        completions zsh > ~/.zfunc/_strikemap' with ~/.zfunc on $fpath before compinit; fish: 'strikemap
        completions fish > ~/.config/fish/completions/strikemap.fish'.
        """, options: [])

    let shell: CompletionScript.Shell

    init(_ args: [String]) throws {
        let arguments = try Self.spec.parse(args)
        let names = CompletionScript.Shell.allCases.map(\.rawValue)
        guard arguments.positionals.count == 1, let shell = CompletionScript.Shell(rawValue: arguments.positionals[0].lowercased()) else {
            let given = arguments.positionals.joined(separator: " ")
            let near = Suggestion.nearest(given, among: names)
            throw UsageError("completions needs one SHELL: \(names.joined(separator: ", ")); got '\(given)'" + (near.map { "; did you mean '\($0)'?" } ?? ""))
        }
        self.shell = shell
    }

    func execute() throws -> Int32 {
        try StandardOutput.write(Array(CompletionScript.script(for: shell, StrikemapCLI.commands.map(\.spec)).utf8))
        return 0
    }
}
