/// Dates written as numbers or counted back from publication: "03/04/2023", "14/07/2023", "two days ago",
/// "three weeks ago".
extension DateReader {
    /// The date at token `i` in one of these forms, its last token and precision; nil when none begins there.
    /// A span of nil is a form read but not resolved (no publication date, an impossible day).
    func numeralDate(at i: Int, _ t: [Token]) -> (span: DateSpan?, last: Int, precision: DatePrecision)? {
        slashed(at: i, t) ?? ago(at: i, t)
    }

    /// Publication, when in the reportable years: outside them nothing resolves relative to it.
    private var reportablePublished: CalendarDay? { published.flatMap { CalendarDay.reportableYears.contains($0.year) ? $0 : nil } }

    /// "14/07/2023" (day first), "07/14/2023" (month first): where one reading is impossible the other
    /// holds; where both are possible ("03/04/2023") the one on or before publication holds when the other
    /// is after it, and otherwise the date is left unresolved (4 March and 3 April are a month apart).
    private func slashed(at i: Int, _ t: [Token]) -> (span: DateSpan?, last: Int, precision: DatePrecision)? {
        guard i + 4 < t.count, t[i].kind == .number, t[i + 1].lower == "/", t[i + 2].kind == .number, t[i + 3].lower == "/",
              t[i + 4].kind == .number, t[i + 4].lower.utf8.count == 4, t[i].lower.utf8.count <= 2, t[i + 2].lower.utf8.count <= 2,
              let a = t[i].value, let b = t[i + 2].value, let y = t[i + 4].value,
              // Adjacent: "3 / 4 / 2023" with spaces is arithmetic or a list, not a date.
              t[i + 1].start == t[i].end, t[i + 2].start == t[i + 1].end, t[i + 4].start == t[i + 3].end else { return nil }
        guard CalendarDay.reportableYears.contains(y) else { return (nil, i + 4, .day) }
        let readings = [CalendarDay(year: y, month: b, day: a), CalendarDay(year: y, month: a, day: b)].compactMap { $0 }
        let distinct = readings.count == 2 && readings[0] == readings[1] ? [readings[0]] : readings
        guard !distinct.isEmpty else { return (nil, i + 4, .day) }
        if distinct.count == 1 { return (DateSpan(day: distinct[0]), i + 4, .day) }
        guard let p = reportablePublished else { return (nil, i + 4, .day) }
        let possible = distinct.filter { $0 <= p }
        return (possible.count == 1 ? DateSpan(day: possible[0]) : nil, i + 4, .day)
    }

    /// "two days ago", "3 days ago", "a week ago", "two weeks ago": counted back from publication (a week
    /// as the seven days around the day it counts back to).
    private func ago(at i: Int, _ t: [Token]) -> (span: DateSpan?, last: Int, precision: DatePrecision)? {
        guard i + 2 < t.count, t[i + 2].lower == "ago", ["day", "days", "week", "weeks"].contains(t[i + 1].lower),
              let n = t[i].kind == .number ? t[i].value : Lexicon.shared.counts.units[t[i]], n > 0, n <= 60 else { return nil }
        let week = t[i + 1].lower.hasPrefix("week")
        guard let p = reportablePublished else { return (nil, i + 2, week ? .week : .day) }
        if week {
            let day = p.adding(days: -7 * n)
            return (DateSpan(start: day.adding(days: -3), end: min(p, day.adding(days: 3)), precision: .week), i + 2, .week)
        }
        return (DateSpan(day: p.adding(days: -n)), i + 2, .day)
    }
}
