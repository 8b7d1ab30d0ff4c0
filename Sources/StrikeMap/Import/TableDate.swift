/// A table's date cell, as exports write it: ISO 8601 ("2020-05-09", also with a time after it), ACLED's
/// "9-May-20" (two-digit years are this century's), "09 May 2020", "9 May, 2020" and "May 9, 2020".
enum TableDate {
    static func read(_ text: String) -> CalendarDay? {
        if text.count >= 10, let d = CalendarDay(iso: text.prefix(10)), text.count == 10 || "T ".contains(text[text.index(text.startIndex, offsetBy: 10)]) {
            return d
        }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == "," || $0 == "/" }).map(String.init)
        guard parts.count == 3 else { return nil }
        let months = Lexicon.shared.dates.months
        // Day, month, year ("9-May-20", "09 May 2020") or month, day, year ("May 9, 2020").
        let (day, month, year): (String, Int?, String)
        if let m = months[parts[1].lowercased()] {
            (day, month, year) = (parts[0], m, parts[2])
        } else {
            (day, month, year) = (parts[1], months[parts[0].lowercased()], parts[2])
        }
        guard let month, let d = Int(day), var y = Int(year), year.count == 2 || year.count == 4 else { return nil }
        if year.count == 2 { y += 2000 }
        guard CalendarDay.reportableYears.contains(y) else { return nil }
        return CalendarDay(year: y, month: month, day: d)
    }
}
