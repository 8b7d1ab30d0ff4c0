/// One row of a table as a document: the text cell (unescaped), how the output names it
/// (`notes.csv#SOM49639` or `notes.csv#row=12`), the row's date, and where the row starts in the table.
public struct TableRowDocument: Sendable, Equatable {
    public var text: String
    public var source: String
    /// The date column's day: the publication date relative dates count from.
    public var published: CalendarDay?
    /// The same day when `--date-is-event` says it is the event's own (`published` otherwise only).
    public var eventDay: CalendarDay?
    /// The date cell as written, for an event that takes `eventDay` (its `date_text`).
    public var dateText: String?
    /// 1-based line of the table where the row's record starts.
    public var line: Int

    public init(text: String, source: String, published: CalendarDay?, eventDay: CalendarDay?, dateText: String?, line: Int) {
        self.text = text
        self.source = source
        self.published = published
        self.eventDay = eventDay
        self.dateText = dateText
        self.line = line
    }
}
