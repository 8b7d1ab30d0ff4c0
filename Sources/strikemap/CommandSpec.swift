import Foundation

/// What a subcommand accepts, declared once: its options (names, value, default, help line) and its
/// positionals. Parsing, validation of every value, the command's `--help` and its line in the top-level
/// usage all come from this declaration (swift-argument-parser's idea, in a page of our own).
struct CommandSpec: Sendable {
    /// One option. `names` are its spellings, the first the one messages use ("--output", "-o").
    struct Option: Sendable {
        enum Value: Sendable {
            /// No value: present or not.
            case flag
            /// Any text; the placeholder names it in the help (FILE, DIR, TEXT).
            case text(String)
            /// One of these words (compared in lowercase).
            case choice([String])
            /// A number in the range; `what` finishes "must be ..." in the message.
            case number(String, ClosedRange<Double>, what: String)
            /// Exactly `count` numbers separated by commas ("LAT,LON", "W,S,E,N").
            case numbers(String, count: Int)
        }

        let names: [String]
        let value: Value
        /// Given more than once, each value is kept (`--gazetteer`); otherwise a second one is a usage error.
        var repeatable = false
        /// One line (or more, wrapped by hand) for `--help`.
        let help: String

        init(_ names: String..., value: Value = .flag, repeatable: Bool = false, help: String) {
            self.names = names
            self.value = value
            self.repeatable = repeatable
            self.help = help
        }

        var name: String { names[0] }
        /// "--output" rather than "-o", for messages.
        var longName: String { names.max { $0.count < $1.count } ?? name }

        var placeholder: String? {
            switch value {
            case .flag: return nil
            case .text(let p), .number(let p, _, _), .numbers(let p, _): return p
            case .choice(let words): return valueSet == nil ? words.joined(separator: "|") : valueSetName
            }
        }

        /// A choice of more than a few words is shown once, under this name ("STATUS"), not in every usage line.
        var valueSet: [String]? {
            if case .choice(let words) = value, words.count > Self.inlineChoices { return words }
            return nil
        }
        var valueSetName: String { longName.trimmingCharacters(in: CharacterSet(charactersIn: "-")).uppercased().replacingOccurrences(of: "-", with: "_") }
        static let inlineChoices = 4

        /// "-o, --output FILE", as the help's first column shows it.
        var label: String { ((short.map { [$0] } ?? []) + names.filter { $0 != short }).joined(separator: ", ") + (placeholder.map { " " + $0 } ?? "") }

        /// The one-letter spelling ("-o"), if any; the others come in the declared order ("--countries" before
        /// its alias "--country").
        var short: String? { names.first { !$0.hasPrefix("--") } }

        /// "[--output FILE]" for the usage line.
        var synopsis: String {
            return "[" + (short ?? name) + (placeholder.map { " " + $0 } ?? "") + "]" + (repeatable ? "..." : "")
        }
    }

    /// What the positionals name, for completion scripts: the extensions a shell offers.
    enum Files: Sendable {
        case articles, events, none
        var extensions: [String] {
            switch self {
            case .articles: return ["txt", "md", "html", "htm", "pdf", "csv", "tsv", "jsonl"]
            case .events: return ["geojson", "geojsonl", "geojsons", "json"]
            case .none: return []
            }
        }
    }

    let name: String
    /// One line for the list of commands ("strikemap --help").
    let tagline: String
    /// "INPUT...", "EVENTS.geojson...", "NAME".
    let positionals: String
    var files: Files = .none
    /// How many positionals at least; fewer is a usage error naming them.
    var minimumPositionals = 1
    /// What the command does, for `--help`.
    let summary: String
    let options: [Option]

    /// "strikemap extract [-o FILE] ... INPUT...", wrapped to `width` with continuation lines indented.
    func usage(width: Int = 110, indent: String = "") -> String {
        let words = ["strikemap", name] + options.map(\.synopsis) + (positionals.isEmpty ? [] : [positionals])
        var lines: [String] = [], line = indent
        for w in words {
            if line.count + w.count + 1 > width, line.trimmingCharacters(in: .whitespaces).count > 0 {
                lines.append(line)
                line = indent + "          "
            }
            line += (line.hasSuffix(" ") || line.isEmpty ? "" : " ") + w
        }
        return (lines + [line]).joined(separator: "\n")
    }

    /// The whole `--help` text.
    var help: String {
        let column = min(28, (options.map(\.label.count).max() ?? 0) + 4)
        let rows = options.map { o -> String in
            let label = "  " + o.label
            let pad = label.count + 2 <= column ? String(repeating: " ", count: column - label.count) : "\n" + String(repeating: " ", count: column)
            return label + pad + o.help.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: column))
        }
        let sets = options.compactMap { o in o.valueSet.map { "  \(o.valueSetName): " + $0.joined(separator: ", ") } }
        return "Usage: " + usage() + "\n\n" + summary + (rows.isEmpty ? "" : "\n\nOptions:\n" + rows.joined(separator: "\n"))
            + (sets.isEmpty ? "" : "\n\nValues:\n" + sets.joined(separator: "\n"))
    }

    /// Reads `args`: every option's value is checked against its declaration here, before the command runs.
    func parse(_ args: [String]) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var i = 0, onlyPositionals = false
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositionals || a == "-" || !a.hasPrefix("-") { parsed.positionals.append(a); continue }
            if a == "--" { onlyPositionals = true; continue }
            if a == "--help" || a == "-h" { throw HelpRequested(text: help) }
            var spelled = a, value: String?
            if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") { spelled = String(a[..<eq]); value = String(a[a.index(after: eq)...]) }
            guard let option = options.first(where: { $0.names.contains(spelled) }) else {
                // A file whose name begins with "-" reads as an option: say how to name it.
                let isFile = FileManager.default.fileExists(atPath: a)
                let near = Suggestion.nearest(spelled, among: options.flatMap(\.names) + ["--help"])
                throw UsageError("unknown option '\(spelled)' for \(name)" + (isFile ? "; to name the file '\(a)', put '--' before it or write ./\(a)"
                                                                              : near.map { "; did you mean '\($0)'?" } ?? ""))
            }
            if case .flag = option.value {
                guard value == nil else { throw UsageError("option '\(spelled)' takes no value") }
                parsed.values[option.name, default: []].append("")
            } else {
                if value == nil {
                    guard i < args.count else { throw UsageError("option '\(spelled)' needs a value: \(option.placeholder ?? "")") }
                    value = args[i]
                    i += 1
                }
                let v = value ?? ""
                try check(v, for: option, spelled: spelled)
                if let earlier = parsed.values[option.name]?.first, !option.repeatable {
                    throw UsageError("option '\(option.longName)' is given twice ('\(earlier)' and '\(v)'); give it once")
                }
                parsed.values[option.name, default: []].append(v)
            }
        }
        guard parsed.positionals.count >= minimumPositionals else {
            throw UsageError("\(name) needs \(positionals)")
        }
        return parsed
    }

    private func check(_ v: String, for o: Option, spelled: String) throws {
        switch o.value {
        case .flag, .text: return
        case .choice(let words):
            guard words.contains(v.lowercased()) else {
                throw UsageError("\(spelled) '\(v)' must be \(words.dropLast().joined(separator: ", ")) or \(words.last ?? "")")
            }
        case .number(_, let range, let what):
            guard let x = Double(v.trimmingCharacters(in: .whitespaces)), range.contains(x) else { throw UsageError("\(spelled) '\(v)' must be \(what)") }
        case .numbers(let p, let count):
            guard ParsedArguments.numbers(v).map({ $0.count == count }) == true else {
                throw UsageError("\(spelled) '\(v)' must be \(p): \(count) numbers separated by commas")
            }
        }
    }
}
