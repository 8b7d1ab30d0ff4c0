/// A wire story's dateline: "BEIRUT, June 3 (Reuters) -", "MOSUL, Iraq, June 3, 2019 (AP) —". Its date
/// is the story's own: the day its weekdays and "yesterday" count from. Only the first line of the body
/// is read, and only when it opens with a word in capitals.
enum DatelineReader {
    /// A dateline is found within this many scalars of the body's start.
    static let longestDateline = 120

    /// The body's first line as a dateline is read (to `longestDateline` scalars) and where the place in
    /// capitals that opens it ends: at least three capital letters among capitals, spaces, hyphens, dots
    /// and apostrophes, after leading spaces. Nil as soon as the line cannot open so: most bodies open with
    /// a word in lowercase, and their line is then not copied.
    private static func placeInCapitals(_ text: String, bodyStart: Int) -> (head: [Unicode.Scalar], end: Int)? {
        var head: [Unicode.Scalar] = []
        head.reserveCapacity(longestDateline)
        var leading = true, capitals = 0
        // Nil while the place runs on.
        var end: Int?
        for c in text.unicodeScalars.dropFirst(bodyStart) {
            if c == "\n" {
                if head.isEmpty { continue }
                break
            }
            head.append(c)
            if end == nil && !(leading && (c == " " || c == "\t")) {
                leading = false
                // (ASCII answered without the Unicode property tables: most datelines are ASCII.)
                if c.value < 0x80 ? c.value >= 0x41 && c.value <= 0x5A : c.properties.isUppercase {
                    capitals += 1
                } else if !(c == " " || c == "-" || c == "." || c == "'") {
                    guard capitals >= 3 else { return nil }
                    end = head.count - 1
                }
            }
            if head.count >= longestDateline { break }
        }
        guard capitals >= 3 else { return nil }
        return (head, end ?? head.count)
    }

    /// The dateline's day: its year when written, else the latest such day on or before `published`
    /// (within a week of it); nil when there is no dated dateline.
    static func day(_ text: String, bodyStart: Int, published: CalendarDay?) -> CalendarDay? {
        guard let (head, i) = placeInCapitals(text, bodyStart: bodyStart), let open = head[i...].firstIndex(of: "("),
              let close = head[open...].firstIndex(of: ")"), close - open <= 30 else { return nil }
        var k = close + 1
        while k < head.count, head[k] == " " { k += 1 }
        guard k < head.count, head[k] == "-" || head[k] == "–" || head[k] == "—" else { return nil }
        // Between the place and the agency: ", Iraq, June 3, 2019 " — the month, the day and perhaps the year.
        let words = String(String.UnicodeScalarView(head[i..<open])).split { $0 == "," || $0 == " " || $0 == "." }.map { $0.lowercased() }
        let months = Lexicon.shared.dates.months
        guard let m = words.firstIndex(where: { months[$0] != nil }), let month = months[words[m]],
              m + 1 < words.count, let d = Int(words[m + 1]), (1...31).contains(d) else { return nil }
        if m + 2 < words.count, let y = Int(words[m + 2]), CalendarDay.reportableYears.contains(y) {
            return CalendarDay(year: y, month: month, day: d)
        }
        guard let p = published else { return nil }
        for y in [p.year, p.year - 1] {
            if let day = CalendarDay(year: y, month: month, day: d), day <= p { return p.ordinal - day.ordinal <= 7 ? day : nil }
        }
        return nil
    }
}
