import Foundation
import StrikeMap

/// Hand-written option parsing: flags, options with a value (`--out DIR` or `--out=DIR`), positionals.
struct ArgumentScanner {
    private var args: [String]
    private(set) var positionals: [String] = []
    private var options: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// `valueOptions` take a value; `flagOptions` do not; anything else starting with `-` is a usage error.
    init(_ args: [String], valueOptions: Set<String>, flagOptions: Set<String>, help: String) throws {
        self.args = args
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositionals || a == "-" || !a.hasPrefix("-") { positionals.append(a); continue }
            if a == "--" { onlyPositionals = true; continue }
            if a == "--help" || a == "-h" { throw HelpRequested(text: help) }
            var name = a, value: String?
            if let eq = a.firstIndex(of: "="), a.hasPrefix("--") { name = String(a[..<eq]); value = String(a[a.index(after: eq)...]) }
            if flagOptions.contains(name) { flags.insert(name); continue }
            guard valueOptions.contains(name) else {
                // A file whose name begins with "-" reads as an option: say how to name it.
                let isFile = FileManager.default.fileExists(atPath: a)
                throw UsageError("unknown option '\(name)'" + (isFile ? "; to name the file '\(a)', put '--' before it or write ./\(a)" : ""))
            }
            if value == nil {
                guard i < args.count else { throw UsageError("option '\(name)' needs a value") }
                value = args[i]
                i += 1
            }
            options[name, default: []].append(value!)
        }
    }

    func flag(_ name: String) -> Bool { flags.contains(name) }
    func value(_ name: String) -> String? { options[name]?.last }
    func values(_ name: String) -> [String] { options[name] ?? [] }

    /// The events of the GeoJSON files named as positionals, in order; their warnings go to standard error.
    func geoJSONEvents() throws -> [StrikeEvent] {
        var events: [StrikeEvent] = []
        for path in positionals {
            let result = try GeoJSONReader.read(path: path)
            for d in result.diagnostics { Terminal.error(d.description) }
            events += result.events
        }
        return events
    }

    /// The article decoder for `--published` and `--max-document-mb`.
    func decoder() throws -> ArticleDecoder {
        var d = ArticleDecoder(publishedOverride: try published())
        if let text = value("--max-document-mb") {
            guard let mb = Double(text), mb > 0, mb <= 4096 else { throw UsageError("--max-document-mb '\(text)' must be a number of megabytes from 0 to 4096") }
            d.maximumBytes = Int(mb * 1_000_000)
        }
        return d
    }

    func published() throws -> CalendarDay? {
        guard let text = value("--published") else { return nil }
        guard let day = CalendarDay(iso: text) else { throw UsageError("--published '\(text)' is not a date of the form YYYY-MM-DD") }
        guard CalendarDay.reportableYears.contains(day.year) else {
            throw UsageError("--published '\(text)': the year \(day.year) is outside \(CalendarDay.reportableYears.lowerBound)-\(CalendarDay.reportableYears.upperBound), the years a news report can be published in")
        }
        return day
    }
}
