/// A wire story's dateline: "BEIRUT, June 3 (Reuters) -", "MOSUL, Iraq, June 3, 2019 (AP) —". Its date
/// is the story's own: the day its weekdays and "yesterday" count from. Only the first line of the body
/// is read, and only when it opens with a word in capitals.
enum DatelineReader {
    /// A dateline is found within this many scalars of the body's start.
    static let longestDateline = 120

    /// Whether the body's first line, as `day` reads it (to `longestDateline` scalars, leading spaces
    /// passed over), opens with three capitals among capitals, spaces, hyphens, dots and apostrophes: the
    /// place a dateline needs, told without copying the line (most bodies open with a word in lowercase).
    private static func opensWithCapitals(_ text: String, bodyStart: Int) -> Bool {
        var started = false, leading = true
        var count = 0, capitals = 0
        for c in text.unicodeScalars.dropFirst(bodyStart) {
            if c == "\n" {
                if started { return false }
                continue
            }
            started = true
            count += 1
            if count > longestDateline { return false }
            if leading && (c == " " || c == "\t") { continue }
            leading = false
            if c.properties.isUppercase {
                capitals += 1
                if capitals >= 3 { return true }
            } else if !(c == " " || c == "-" || c == "." || c == "'") {
                return false
            }
        }
        return false
    }

    /// The dateline's day: its year when written, else the latest such day on or before `published`
    /// (within a week of it); nil when there is no dated dateline.
    static func day(_ text: String, bodyStart: Int, published: CalendarDay?) -> CalendarDay? {
        guard opensWithCapitals(text, bodyStart: bodyStart) else { return nil }
        var head: [Unicode.Scalar] = []
        for c in text.unicodeScalars.dropFirst(bodyStart) {
            if c == "\n" && !head.isEmpty { break }
            if c != "\n" { head.append(c) }
            if head.count >= longestDateline { break }
        }
        var i = 0
        while i < head.count, head[i] == " " || head[i] == "\t" { i += 1 }
        // The place in capitals: at least three capital letters before a comma.
        var capitals = 0
        while i < head.count, head[i].properties.isUppercase || head[i] == " " || head[i] == "-" || head[i] == "." || head[i] == "'" {
            if head[i].properties.isUppercase { capitals += 1 }
            i += 1
        }
        guard capitals >= 3, let open = head[i...].firstIndex(of: "("), let close = head[open...].firstIndex(of: ")"), close - open <= 30 else { return nil }
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
