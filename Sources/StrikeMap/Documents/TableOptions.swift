/// How a table of reports is read, one row a document (`--text-column`, `--date-column`, `--id-column`,
/// `--date-is-event`): which column holds the text, which the row's date and which its id.
public struct TableOptions: Sendable, Equatable {
    /// The column (CSV, TSV header name) or key (JSON Lines) of the text.
    public var textColumn: String
    /// The row's date, read as a text file's `date` line is: relative dates count from it.
    public var dateColumn: String?
    /// What `source` names the row by (`notes.csv#ID`); without it, `notes.csv#row=N`.
    public var idColumn: String?
    /// The date column is the event's own date: a strike the row reports without a date of its own takes it.
    public var dateIsEvent: Bool

    public init(textColumn: String, dateColumn: String? = nil, idColumn: String? = nil, dateIsEvent: Bool = false) {
        self.textColumn = textColumn
        self.dateColumn = dateColumn
        self.idColumn = idColumn
        self.dateIsEvent = dateIsEvent
    }
}
