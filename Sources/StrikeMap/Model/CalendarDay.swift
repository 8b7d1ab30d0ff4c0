/// A proleptic Gregorian calendar day, free of time zones so that output never depends on the machine's clock.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a news report can be published in or speak of. A year outside them in a text or a
    /// header ("0001", "9999") is a typo or a test, never silently replaced by another year: it is
    /// warned about and the date left unresolved.
    public static let reportableYears = 1900...2200

    /// Returns nil for impossible dates ("February 30", "32nd March").
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly: ten ASCII characters, digits and two dashes.
    public init?(iso text: some StringProtocol) {
        // Read on the bytes: every document's date header comes here, and splitting the text allocates.
        func fields(_ b: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
            func digits(_ r: Range<Int>) -> Int? {
                var v = 0
                for k in r { guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }; v = v * 10 + Int(b[k] - 0x30) }
                return v
            }
            guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D, let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) else { return nil }
            return (y, m, d)
        }
        guard let (y, m, d) = text.utf8.withContiguousStorageIfAvailable(fields) ?? Array(text.utf8).withUnsafeBufferPointer(fields) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    /// 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday).
    public var weekday: Int { ((ordinal % 7) + 11) % 7 }

    public var lastDayOfMonth: CalendarDay {
        CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))!
    }

    public var description: String {
        let y = String(year), m = month < 10 ? "0\(month)" : String(month), d = day < 10 ? "0\(day)" : String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.ordinal < b.ordinal }
}
