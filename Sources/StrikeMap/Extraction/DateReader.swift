/// Reads date expressions: absolute ("11th March", "March 11, 2019", "Nov. 1", "2019-03-11"), relative to
/// the publication date ("on Thursday", "yesterday", "last week", "last month", "late December") and
/// ranges ("between August 2014 and September 2020", "since 2014", "from 2014 till 2019").
struct DateReader {
    let published: CalendarDay?
    /// Impossible dates met ("February 30"), for warnings.
    private(set) var impossible: [String] = []
    /// Dates whose year is outside `CalendarDay.reportableYears` ("3 March 0001"), for warnings.
    private(set) var outOfRange: [String] = []

    private static let words = Lexicon.shared.dates

    init(published: CalendarDay?) { self.published = published }

    mutating func read(_ t: [Token], _ s: [Unicode.Scalar]) -> [DateExpression] {
        var out: [DateExpression] = []
        var i = 0
        while i < t.count {
            if var e = expression(at: i, t, s) {
                // "As reported on 3 June": the strike was on that day or in the week before it.
                if e.precision == .day, let day = e.span?.end, e.firstToken >= 3, t[e.firstToken - 1].lower == "on",
                   t[e.firstToken - 2].lower == "reported", t[e.firstToken - 3].lower == "as" {
                    e.span = DateSpan(start: day.adding(days: -6), end: day, precision: .week)
                    e.precision = .week
                    e.firstToken -= 3
                    e.text = text(t, s, e.firstToken, e.lastToken)
                    e.leadsSentence = e.firstToken == 0
                }
                // "overnight on 15 June": the night the text dates, not the one before publication.
                if let last = out.last, last.lastToken + 3 >= e.firstToken, e.precision == .day, last.firstToken == last.lastToken,
                   Self.words.nightWords.contains(t[last.firstToken]) { out.removeLast() }
                out.append(e)
                i = e.lastToken + 1
            } else {
                i += 1
            }
        }
        return out
    }

    private func text(_ t: [Token], _ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        s.text(t[a].start..<t[b].end)
    }

    private func month(_ t: [Token], _ i: Int) -> Int? {
        guard i < t.count, t[i].kind == .word, let m = Self.words.months[t[i]] else { return nil }
        // "may" and "mar" are words too: only capitalised, and "May" must not be a verb at a sentence start.
        if t[i].lower == "may" || t[i].lower == "mar" {
            // At a sentence start "May" is the month only before a day and its year ("May 26, 2015, near ...").
            guard t[i].isCapitalized, i > 0 || startsFullDate(t, i + 1) else { return nil }
        }
        if t[i].lower.count <= 4 && !t[i].isCapitalized { return nil }
        return m
    }

    /// A day and a year from `i`: "26, 2015", "26 2015".
    private func startsFullDate(_ t: [Token], _ i: Int) -> Bool {
        guard dayNumber(t, i) != nil else { return false }
        let y = i + 1 < t.count && t[i + 1].lower == "," ? i + 2 : i + 1
        return fourDigits(t, y) != nil
    }

    /// A day of the month: "11", "11th", "1st".
    private func dayNumber(_ t: [Token], _ i: Int) -> Int? {
        guard i < t.count else { return nil }
        let w = t[i].lower
        // Int reads nothing that does not start with a digit or a sign: most words end here.
        guard let f = w.utf8.first, (f >= 0x30 && f <= 0x39) || f == 0x2B || f == 0x2D else { return nil }
        var digits = Substring(w)
        for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) { digits = w.dropLast(2) }
        guard let d = Int(digits), (1...99).contains(d), digits.count <= 2 else { return nil }
        return d
    }

    private func year(_ t: [Token], _ i: Int) -> Int? {
        guard let y = fourDigits(t, i), CalendarDay.reportableYears.contains(y) else { return nil }
        return y
    }

    /// A four-digit number, a year in or out of range.
    private func fourDigits(_ t: [Token], _ i: Int) -> Int? {
        guard i < t.count, t[i].kind == .number, t[i].lower.utf8.count == 4, let y = t[i].value else { return nil }
        return y
    }

    /// A four-digit number at `i` that is no reportable year: the date it ends is recorded and consumed
    /// without a date (rather than read with the publication's year).
    private mutating func unreportableYear(_ t: [Token], _ s: [Unicode.Scalar], from a: Int, at i: Int) -> Bool {
        guard let y = fourDigits(t, i), !CalendarDay.reportableYears.contains(y) else { return false }
        outOfRange.append(text(t, s, a, i))
        return true
    }

    /// The latest (year of) `month` not after publication.
    private func yearFor(month: Int) -> Int? {
        guard let p = published, CalendarDay.reportableYears.contains(p.year) else { return nil }
        return month <= p.month ? p.year : p.year - 1
    }

    private mutating func day(_ y: Int?, _ m: Int, _ d: Int, _ label: String) -> DateSpan?? {
        guard let y else {
            // Without a year the day cannot be checked against its year, only against the month.
            if d > CalendarDay.daysIn(month: m, year: 2000) { impossible.append(label); return .some(nil) }
            return nil
        }
        guard let day = CalendarDay(year: y, month: m, day: d) else { impossible.append(label); return .some(nil) }
        return .some(DateSpan(day: day))
    }

    private mutating func expression(at i: Int, _ t: [Token], _ s: [Unicode.Scalar]) -> DateExpression? {
        if t[i].kind != .number, t[i].lower.utf8.first.map({ $0 < 0x30 || $0 > 0x39 }) ?? true, !Self.words.leadingWords.contains(t[i]),
           !(i + 2 < t.count && t[i + 2].lower == "ago") {
            return nil
        }
        func make(_ span: DateSpan?, _ a: Int, _ b: Int, _ p: DatePrecision) -> DateExpression {
            // "On 3 May", "Kyiv, on 3 May", "In the evening of 18 June": only names and words of the time of day before it.
            let lead = i == 0 || (i == 1 && t[0].lower == "on") || (i >= 1 && t[i - 1].lower == "on" && t[..<(i - 1)].allSatisfy { $0.isCapitalized || $0.kind != .word })
                || (i <= 6 && t[..<i].allSatisfy { $0.kind != .word || Self.words.leadPhraseWords.contains($0) })
            return DateExpression(span: span, text: text(t, s, a, b), firstToken: a, lastToken: b, precision: p, leadsSentence: lead)
        }
        let w = t[i].lower
        if let n = numeralDate(at: i, t) { return make(n.span, i, n.last, n.precision) }
        // ISO 2019-03-11 (tokens: 2019 - 03 - 11)
        if t[i].kind == .number, t[i].lower.utf8.count == 4, i + 4 < t.count, t[i + 1].kind == .hyphen, t[i + 3].kind == .hyphen,
           let d = CalendarDay(iso: text(t, s, i, i + 4)) {
            return make(DateSpan(day: d), i, i + 4, .day)
        }
        // "12-14 May"; "the night of 13 to 14 March"
        if t[i].kind == .number, i + 1 < t.count, t[i + 1].kind == .hyphen
            || Self.words.nightJoiners.contains(t[i + 1]) && i >= 2 && t[i - 1].lower == "of" && t[i - 2].lower == "night",
           let r = dayRange(at: i, t, s) { return make(r.span, i, r.last, r.precision) }
        // "11th March (2019)", "3 January"
        if let d = dayNumber(t, i), let m = month(t, i + 1), t[i].kind != .number || t[i].lower.count <= 2 {
            var end = i + 1
            var y = yearFor(month: m)
            if unreportableYear(t, s, from: i, at: i + 2) { return make(nil, i, i + 2, .day) }
            if let explicit = year(t, i + 2) { y = explicit; end = i + 2 }
            // An impossible day ("32nd March") is consumed with no date, so that "March" is not read alone.
            guard let r = day(y, m, d, text(t, s, i, end)), let span = r else { return make(nil, i, end, .day) }
            return make(span, i, end, .day)
        }
        if let m = month(t, i) {
            var j = i + 1
            if j < t.count, t[j].lower == "." { j += 1 }
            // "March 11, 2019", "Nov. 1", "January 18th"
            if let d = dayNumber(t, j) {
                var end = j
                var y = yearFor(month: m)
                if j + 1 < t.count, t[j + 1].lower == ",", unreportableYear(t, s, from: i, at: j + 2) { return make(nil, i, j + 2, .day) }
                if unreportableYear(t, s, from: i, at: j + 1) { return make(nil, i, j + 1, .day) }
                if j + 1 < t.count, t[j + 1].lower == ",", let explicit = year(t, j + 2) { y = explicit; end = j + 2 } else if let explicit = year(t, j + 1) { y = explicit; end = j + 1 }
                guard let r = day(y, m, d, text(t, s, i, end)), let span = r else { return make(nil, i, end, .day) }
                return make(span, i, end, .day)
            }
            // "August 2014", "September" (of 2020 when given)
            if unreportableYear(t, s, from: i, at: i + 1) { return make(nil, i, i + 1, .month) }
            if let y = year(t, i + 1) ?? (i + 2 < t.count && t[i + 1].lower == "of" ? year(t, i + 2) : nil) {
                let end = year(t, i + 1) != nil ? i + 1 : i + 2
                guard let a = CalendarDay(year: y, month: m, day: 1) else { return make(nil, i, end, .month) }
                return make(DateSpan(start: a, end: a.lastDayOfMonth, precision: .month), i, end, .month)
            }
            guard t[i].lower.count > 3 || t[i].lower == "may" else { return nil }
            var start = i, first = 1, last = 31
            if i > 0 {
                switch t[i - 1].lower {
                case "early": start = i - 1; last = 10
                case "mid": start = i - 1; first = 11; last = 20
                case "late": start = i - 1; first = 21
                case "-" where i > 1 && t[i - 2].lower == "mid": start = i - 2; first = 11; last = 20
                default: break
                }
            }
            guard let y = yearFor(month: m) else { return make(nil, start, i, .month) }
            guard let a = CalendarDay(year: y, month: m, day: first),
                  let b = CalendarDay(year: y, month: m, day: min(last, CalendarDay.daysIn(month: m, year: y))) else { return make(nil, start, i, .month) }
            return make(DateSpan(start: a, end: b, precision: .month), start, i, .month)
        }
        // A publication date outside the reportable years resolves nothing relative to it.
        let published = self.published.flatMap { CalendarDay.reportableYears.contains($0.year) ? $0 : nil }
        if let wd = Self.words.weekdays[t[i]], t[i].isCapitalized {
            guard let p = published else { return make(nil, i, i, .day) }
            // The latest such day on or before publication: a story of a Tuesday that says "on Tuesday"
            // means that day.
            let back = (p.weekday - wd + 7) % 7
            return make(DateSpan(day: p.adding(days: -back)), i, i, .day)
        }
        switch w {
        case "yesterday":
            return make(published.map { DateSpan(day: $0.adding(days: -1)) }, i, i, .day)
        case "today", "tonight":
            return make(published.map { DateSpan(day: $0) }, i, i, .day)
        case "tomorrow":
            // Read so that it can be refused: a strike reported before it happened is no report.
            return make(published.map { DateSpan(day: $0.adding(days: 1)) }, i, i, .day)
        case "earlier" where i + 1 < t.count && t[i + 1].lower == "today":
            return make(published.map { DateSpan(day: $0) }, i, i + 1, .day)
        case "this" where i + 1 < t.count && Self.words.partsOfToday.contains(t[i + 1]):
            return make(published.map { DateSpan(day: $0) }, i, i + 1, .day)
        case "over" where i + 2 < t.count && t[i + 1].lower == "the" && t[i + 2].lower == "weekend":
            // The last Saturday and Sunday on or before publication.
            guard let p = published else { return make(nil, i, i + 2, .days) }
            let saturday = p.adding(days: -((p.weekday + 1) % 7))
            return make(DateSpan(start: saturday, end: min(p, saturday.adding(days: 1)), precision: .days), i, i + 2, .days)
        case "overnight":
            return make(published.map { DateSpan(start: $0.adding(days: -1), end: $0, precision: .days) }, i, i, .days)
        case "last" where i + 1 < t.count && ["week", "month", "year", "night"].contains(t[i + 1].lower):
            let unit = t[i + 1].lower
            guard let p = published else { return make(nil, i, i + 1, unit == "week" ? .week : unit == "month" ? .month : unit == "year" ? .year : .day) }
            switch unit {
            case "night": return make(DateSpan(start: p.adding(days: -1), end: p, precision: .days), i, i + 1, .days)
            case "week":
                let monday = p.adding(days: -((p.weekday + 6) % 7) - 7)
                return make(DateSpan(start: monday, end: monday.adding(days: 6), precision: .week), i, i + 1, .week)
            case "month":
                let y = p.month == 1 ? p.year - 1 : p.year, m = p.month == 1 ? 12 : p.month - 1
                guard let a = CalendarDay(year: y, month: m, day: 1) else { return make(nil, i, i + 1, .month) }
                return make(DateSpan(start: a, end: a.lastDayOfMonth, precision: .month), i, i + 1, .month)
            default:
                guard let a = CalendarDay(year: p.year - 1, month: 1, day: 1), let b = CalendarDay(year: p.year - 1, month: 12, day: 31) else {
                    return make(nil, i, i + 1, .year)
                }
                return make(DateSpan(start: a, end: b, precision: .year), i, i + 1, .year)
            }
        case "earlier" where i + 2 < t.count && t[i + 1].lower == "this" && t[i + 2].lower == "month":
            guard let p = published else { return make(nil, i, i + 2, .month) }
            guard let a = CalendarDay(year: p.year, month: p.month, day: 1) else { return make(nil, i, i + 2, .month) }
            return make(DateSpan(start: a, end: p, precision: .month), i, i + 2, .month)
        case "between" where i + 3 < t.count, "from" where i + 3 < t.count:
            guard let r = range(at: i, t, s) else { return nil }
            return make(r.span, i, r.last, r.precision)
        case "since" where i + 1 < t.count:
            // "since the beginning of its campaign in 2014": the year of a phrase after "since".
            var y = i + 1
            if year(t, y) == nil, let k = (i + 2..<min(t.count, i + 10)).first(where: { t[$0].lower == "in" && year(t, $0 + 1) != nil }),
               ((i + 1)..<k).allSatisfy({ (t[$0].kind == .word || t[$0].kind == .hyphen) && month(t, $0) == nil }) {
                y = k + 1
            }
            if y > i + 1, let span = Self.wholeYear(year(t, y)) {
                if let p = published, span.start <= p { return make(DateSpan(start: span.start, end: p, precision: .year), i, y, .year) }
                return make(DateSpan(start: span.start, end: span.end, precision: .year, openEnded: true), i, y, .year)
            }
            if let span = Self.wholeYear(year(t, i + 1)) {
                if let p = published, span.start <= p { return make(DateSpan(start: span.start, end: p, precision: .year), i, i + 1, .year) }
                return make(DateSpan(start: span.start, end: span.end, precision: .year, openEnded: true), i, i + 1, .year)
            }
        case "in" where i + 1 < t.count:
            if let span = Self.wholeYear(year(t, i + 1)) { return make(span, i, i + 1, .year) }
        default:
            break
        }
        return nil
    }

    /// "between August 2014 and September 2020", "from 2014 till 2019". A range with an endpoint in an
    /// unreportable year is consumed whole, undated, so that its other endpoint is not read as the date.
    private mutating func range(at i: Int, _ t: [Token], _ s: [Unicode.Scalar]) -> (span: DateSpan?, last: Int, precision: DatePrecision)? {
        var sub = DateReader(published: published)
        // "between 12 and 14 May": the first day takes the second's month and year.
        if let r = sub.dayRange(at: i + 1, t, s) { return r }
        guard let a = sub.endpoint(at: i + 1, t, s), a.lastToken + 2 < t.count,
              Self.words.rangeJoiners.contains(t[a.lastToken + 1]),
              let b = sub.endpoint(at: a.lastToken + 2, t, s) else { return nil }
        if !sub.outOfRange.isEmpty {
            outOfRange += sub.outOfRange
            return (nil, b.lastToken, .day)
        }
        guard let sa = a.span, let sb = b.span, sa.start <= sb.end else { return nil }
        let precision = max(sa.precision, sb.precision)
        return (DateSpan(start: sa.start, end: sb.end, precision: precision), b.lastToken, precision)
    }

    /// "12 and 14 May", "12-14 May", "12 to 14 May 2019": days of one month, the first written bare.
    private mutating func dayRange(at i: Int, _ t: [Token], _ s: [Unicode.Scalar]) -> (span: DateSpan?, last: Int, precision: DatePrecision)? {
        guard t[i].kind == .number, let first = dayNumber(t, i), i + 2 < t.count,
              Self.words.rangeJoiners.contains(t[i + 1]) || Self.words.nightJoiners.contains(t[i + 1]) || t[i + 1].kind == .hyphen,
              dayNumber(t, i + 2) != nil, let b = expression(at: i + 2, t, s), b.precision == .day, let end = b.span?.end,
              first < end.day, let start = CalendarDay(year: end.year, month: end.month, day: first) else { return nil }
        let days = end.ordinal - start.ordinal + 1
        let precision: DatePrecision = days <= 6 ? .days : days <= 7 ? .week : .month
        return (DateSpan(start: start, end: end, precision: precision), b.lastToken, precision)
    }

    private mutating func endpoint(at i: Int, _ t: [Token], _ s: [Unicode.Scalar]) -> DateExpression? {
        if let span = Self.wholeYear(year(t, i)) {
            return DateExpression(span: span, text: t[i].lower, firstToken: i, lastToken: i, precision: .year, leadsSentence: false)
        }
        return expression(at: i, t, s)
    }

    /// 1 January to 31 December of `year`.
    private static func wholeYear(_ year: Int?) -> DateSpan? {
        guard let year, let a = CalendarDay(year: year, month: 1, day: 1), let b = CalendarDay(year: year, month: 12, day: 31) else { return nil }
        return DateSpan(start: a, end: b, precision: .year)
    }
}
