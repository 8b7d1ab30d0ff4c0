/// Events, strikes and casualty bounds by place and by month (`run`'s summary.csv, and Markdown tables in
/// report.txt). Totals over long periods are left out of both (they would count a campaign as a place's
/// or a month's) and counted apart. A place is its gazetteer entry, named as the map names it; a month is
/// that of the event's first day. Casualty bounds add up the reports that give a figure: the lower bound
/// their lower figures, the upper bound their upper ones, empty when one of them gives no upper figure
/// ("at least 12 killed"), and empty when no report gives a figure.
public enum SummaryTable {
    public struct Row: Sendable, Equatable {
        public var key: String
        public var placeId = ""
        public var country = ""
        public var events = 0
        /// Strikes reported (events without a count add none) and the events that gave a count.
        public var strikes = 0
        public var counted = 0
        /// Nil: no report gives a figure.
        public var civilian: Bounds?, combatant: Bounds?

        mutating func add(_ e: StrikeEvent) {
            events += 1
            if let n = e.strikes { strikes += n; counted += 1 }
            Self.add(e.civilianDeaths, to: &civilian)
            Self.add(e.combatantDeaths, to: &combatant)
        }

        private static func add(_ r: DeathRange, to bounds: inout Bounds?) {
            guard !r.isEmpty else { return }
            var b = bounds ?? Bounds(min: 0, max: 0)
            b.min += r.min ?? 0
            b.max = b.max.flatMap { m in r.max.map { m + $0 } }
            bounds = b
        }
    }

    /// People killed, added up over reports: a lower figure, and an upper one unless a report gave none.
    public struct Bounds: Sendable, Equatable {
        public var min: Int
        public var max: Int?
    }

    /// Places with the most events first (ties by name), then months in order.
    public static func rows(_ events: [StrikeEvent]) -> (byPlace: [Row], byMonth: [Row], totals: Int) {
        let kept = events.filter { !$0.aggregate }
        let byId = Dictionary(grouping: kept.filter { $0.mention != nil }) { $0.mention?.place.id ?? "" }
        let places = byId.values.compactMap { list -> Row? in
            guard let place = list.first?.mention?.place else { return nil }
            var row = Row(key: EventLabel.reports.name(list), placeId: place.id, country: place.country)
            for e in list { row.add(e) }
            return row
        }
        var months: [String: Row] = [:]
        for e in kept {
            guard let d = e.date?.start else { continue }
            let key = String(d.description.prefix(7))
            months[key, default: Row(key: key)].add(e)
        }
        let byPlace = places.sorted { $0.events != $1.events ? $0.events > $1.events : ($0.key, $0.placeId) < ($1.key, $1.placeId) }
        return (byPlace, months.values.sorted { $0.key < $1.key }, events.count - kept.count)
    }

    static let columns = ["by", "place", "place_id", "country", "month", "events", "strikes", "events_with_count",
                          "civilian_deaths_min", "civilian_deaths_max", "combatant_deaths_min", "combatant_deaths_max"]

    /// RFC 4180, UTF-8, CRLF: one row a place (`by` = place), then one a month (`by` = month).
    public static func csv(_ events: [StrikeEvent]) -> [UInt8] {
        let (byPlace, byMonth, _) = rows(events)
        var out = columns.joined(separator: ",") + "\r\n"
        func line(_ by: String, _ r: Row, month: String) -> String {
            let place: String = CSVWriter.quote(CSVWriter.safe(r.key == month ? "" : r.key))
            var cells: [String] = [by, place, r.placeId, r.country, month, String(r.events), String(r.strikes), String(r.counted)]
            for b in [r.civilian, r.combatant] {
                cells.append(b.map { String($0.min) } ?? "")
                cells.append(b?.max.map { String($0) } ?? "")
            }
            return cells.joined(separator: ",") + "\r\n"
        }
        for r in byPlace { out += line("place", r, month: "") }
        for r in byMonth { out += line("month", r, month: r.key) }
        return Array(out.utf8)
    }

    /// Markdown tables for report.txt: the `limit` places with most events, and every month.
    public static func markdown(_ events: [StrikeEvent], limit: Int = 25) -> String {
        let (byPlace, byMonth, totals) = rows(events)
        func bounds(_ b: Bounds?) -> String {
            guard let b else { return "" }
            return b.max.map { $0 == b.min ? "\($0)" : "\(b.min)–\($0)" } ?? "\(b.min)+"
        }
        func cells(_ r: Row) -> String { "| \(r.events) | \(r.strikes) | \(bounds(r.civilian)) | \(bounds(r.combatant)) |" }
        var out = ["| Place | Country | Events | Strikes | Civilians killed | Combatants killed |", "|---|---|---:|---:|---:|---:|"]
        for r in byPlace.prefix(limit) { out.append("| \(r.key.replacingOccurrences(of: "|", with: "/")) | \(r.country) " + cells(r)) }
        if byPlace.count > limit { out.append("| … \(byPlace.count - limit) more places (summary.csv) | | | | | |") }
        out += ["", "| Month | Events | Strikes | Civilians killed | Combatants killed |", "|---|---:|---:|---:|---:|"]
        for r in byMonth { out.append("| \(r.key) " + cells(r)) }
        out.append("")
        out.append("Strikes: as reported (events without a count add none). Killed: the reports' lower–upper figures added up; \"+\": a report gives no upper figure; empty: no report gives a figure." + (totals > 0 ? " \(totals) total\(totals == 1 ? "" : "s") over long periods left out." : ""))
        return out.joined(separator: "\n")
    }
}
