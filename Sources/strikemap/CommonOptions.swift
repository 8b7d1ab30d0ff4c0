import Foundation
import StrikeMap

/// Options that several commands share, declared once: the gazetteer, how documents are read, where the
/// output goes, the title.
enum CommonOptions {
    static let gazetteer = CommandSpec.Option("--gazetteer", value: .text("FILE"), repeatable: true, help: """
        also use FILE: a GeoNames dump (allCountries.txt, SY.txt, cities500.txt: 19
        tab-separated columns) or an overlay TSV (see gazetteer/README.md). Repeatable;
        later files add places and replace earlier ones with the same id.
        """)
    static let countries = CommandSpec.Option("--countries", "--country", value: .text("CC,CC"), help: """
        only places in these countries (ISO 3166-1 alpha-2, comma-separated) or
        within 50 km of their borders; a name found only outside gets a warning
        """)
    static let strict = CommandSpec.Option("--strict", help: "a malformed gazetteer row is an error (default: skipped with a warning)")
    static let published = CommandSpec.Option("--published", value: .text("YYYY-MM-DD"), help: """
        the publication date of every input (default: each document's own, from a
        'date YYYY-MM-DD' first line or front matter)
        """)
    static let maxDocumentMB = CommandSpec.Option("--max-document-mb", value: .number("N", Double.leastNonzeroMagnitude...4096, what: "a number of megabytes from 0 to 4096"),
                                                  help: "refuse documents larger than N MB (default 20)")
    static let noMerge = CommandSpec.Option("--no-merge", help: """
        keep one feature per report instead of merging reports of one strike from
        different documents
        """)
    static let title = CommandSpec.Option("--title", value: .text("TEXT"), help: "the map's title")
    static let labels = CommandSpec.Option("--labels", value: .choice(EventLabel.allCases.map(\.rawValue)), help: """
        reports: name places as the reports do, "40 km SW of Haditha", "Kafr Nabudah
        (Hama)" (default); gazetteer: as the gazetteer spells them
        """)

    /// `--labels`, reports' names unless it says otherwise.
    static func eventLabel(_ p: ParsedArguments) -> EventLabel { p.choice(labels).flatMap(EventLabel.init(rawValue:)) ?? .reports }
    static let status = CommandSpec.Option("--status", value: .choice(ReportStatus.allCases.map(\.rawValue)), repeatable: true, help: """
        keep only events of this status (repeatable: --status credible --status not_credible); default: all
        """)

    /// The events whose status `--status` names (all when it is not given).
    static func filtered(_ events: [StrikeEvent], _ arguments: ParsedArguments) -> [StrikeEvent] {
        let wanted = Set(arguments.texts(status).map { $0.lowercased() })
        return wanted.isEmpty ? events : events.filter { wanted.contains($0.status.rawValue) }
    }

    /// `-o FILE` / `--output FILE`, with what is written there by default.
    static func output(_ help: String) -> CommandSpec.Option { CommandSpec.Option("--output", "-o", value: .text("FILE"), help: help) }

    /// The options of commands that read articles: how they are read and with which gazetteer.
    static let textColumn = CommandSpec.Option("--text-column", value: .text("NAME"), help: """
        read each .csv, .tsv or .jsonl input as a table, one row a document: NAME is
        the column (JSON Lines: the key) holding the text
        """)
    static let dateColumn = CommandSpec.Option("--date-column", value: .text("NAME"), help: """
        a table's column with each row's date (2020-05-09, 9-May-20, 09 May 2020),
        read as a file's 'date' line is: relative dates count from it
        """)
    static let idColumn = CommandSpec.Option("--id-column", value: .text("NAME"), help: """
        a table's column naming each row in `source` (notes.csv#ID; default #row=N)
        """)
    static let dateIsEvent = CommandSpec.Option("--date-is-event", help: """
        the date column is the event's own date: a strike a row reports without a
        date of its own takes it
        """)
    static let tableOptions = [textColumn, dateColumn, idColumn, dateIsEvent]
    static let reading = [published, maxDocumentMB, gazetteer, strict, countries] + tableOptions

    /// The article decoder for `--published` and `--max-document-mb`.
    static func decoder(_ p: ParsedArguments) throws -> ArticleDecoder {
        var d = ArticleDecoder(publishedOverride: try publishedDay(p))
        if let mb = p.number(maxDocumentMB) { d.maximumBytes = Int(mb * 1_000_000) }
        d.table = try table(p)
        d.pdfText = PDFReader.text(at:)
        return d
    }

    /// The table options, when the run reads tables. A table named without `--text-column`, or a table
    /// option without it, is a usage error that shows the options.
    static func table(_ p: ParsedArguments) throws -> TableOptions? {
        let shown = tableOptions.map(\.label).joined(separator: ", ")
        guard let text = p.text(textColumn) else {
            if let table = p.positionals.first(where: { TableFormat(path: $0) != nil }) {
                throw UsageError("'\(table)' is a table: say which column holds the text with --text-column NAME. Tables are read with \(shown)")
            }
            if p.text(dateColumn) != nil || p.text(idColumn) != nil || p.flag(dateIsEvent) {
                throw UsageError("--date-column, --id-column and --date-is-event describe a table: give --text-column NAME too. Tables are read with \(shown)")
            }
            return nil
        }
        if p.flag(dateIsEvent), p.text(dateColumn) == nil { throw UsageError("--date-is-event says what --date-column is: give --date-column NAME too") }
        return TableOptions(textColumn: text, dateColumn: p.text(dateColumn), idColumn: p.text(idColumn), dateIsEvent: p.flag(dateIsEvent))
    }

    static func publishedDay(_ p: ParsedArguments) throws -> CalendarDay? {
        guard let text = p.text(published) else { return nil }
        guard let day = CalendarDay(iso: text) else { throw UsageError("--published '\(text)' is not a date of the form YYYY-MM-DD") }
        guard CalendarDay.reportableYears.contains(day.year) else {
            throw UsageError("--published '\(text)': the year \(day.year) is outside \(CalendarDay.reportableYears.lowerBound)-\(CalendarDay.reportableYears.upperBound), the years a news report can be published in")
        }
        return day
    }

    /// The embedded gazetteer plus the files named, restricted to `--countries`; warnings go to standard
    /// error.
    static func loadGazetteer(_ p: ParsedArguments) throws -> Gazetteer {
        let paths = p.texts(gazetteer)
        var loaded = EmbeddedGazetteer.shared
        if !paths.isEmpty {
            let (withFiles, diagnostics) = try Gazetteer.embedded(adding: paths, strict: p.flag(strict))
            for d in diagnostics { Terminal.error(d.description) }
            loaded = withFiles
        }
        if let codes = try countryCodes(p, in: loaded) { loaded.countryFilter = CountryBorders.filter(codes: codes) }
        return loaded
    }

    /// `--countries SO,KE`: the codes, each one the gazetteer knows as a country; nil when not given.
    static func countryCodes(_ p: ParsedArguments, in g: Gazetteer) throws -> Set<String>? {
        guard let text = p.text(countries) else { return nil }
        let codes = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        guard !codes.isEmpty, !codes.contains(where: \.isEmpty) else { throw UsageError("--countries '\(text)' must be ISO 3166-1 codes separated by commas, e.g. SO,KE,ET") }
        let unknown = codes.filter { $0.count != 2 || g.country(code: $0) == nil }
        guard unknown.isEmpty else {
            throw UsageError("--countries: unknown country code\(unknown.count == 1 ? "" : "s") \(unknown.map { "'\($0)'" }.joined(separator: ", ")) (ISO 3166-1 alpha-2, e.g. SO, UA, YE)")
        }
        return Set(codes)
    }
}
