/// The events of the web page as columns, one array of numbers per property with one entry per event,
/// instead of one GeoJSON feature per event: a page of 100,000 events was 109 MB of features that the
/// browser parsed into 100,000 objects before drawing one. Text is an index into one table of distinct
/// strings (kinds of place, actors, sources and sentences repeat: each is written once); the script reads
/// the columns in loops over typed arrays and builds an event's properties only for its popup.
///
/// Encodings, so that every value is a small JSON number:
/// - text: index into `strings`, whose entry 0 is null (none);
/// - counts, precisions and days (days since 1970-01-01): 0 for none, `n + 1` for `n` at or above 0, and
///   `n` itself below 0 (never written on purpose, still read back);
/// - `point`: index + 1 into `points` (0: no place), whose pairs are longitude and latitude in millionths
///   of a degree (the GeoJSON's 6 decimals): events share far fewer points than there are events;
/// - `uncertainty_km`: tenths (its one decimal), as a count;
/// - `kind`, `status`: index into the page's `kinds` and `statuses`; `aggregate`: 0 or 1;
/// - `sources`: index into `source_lists`, each a list of string indices (the event's `sources`, or its
///   `source` when it has none).
///
/// A column where fewer than a quarter of the events have a value other than 0 is written sparse:
/// `{"at": [event indices], "values": [their values]}` (the casualty columns of most pages).
struct WebMapColumns {
    static let textFields: [EventField] = [.place, .placeId, .mention, .country, .dateText, .strikesQualifier, .actor, .reportedBy, .assessment, .evidence]
    static let countFields: [EventField] = [.geoPrecision, .datePrecision, .strikes, .uncertaintyKm,
                                            .civilianDeathsMin, .civilianDeathsMax, .combatantDeathsMin, .combatantDeathsMax,
                                            .civilianInjuredMin, .civilianInjuredMax, .combatantInjuredMin, .combatantInjuredMax]
    static let dayFields: [EventField] = [.date, .dateEnd]
    private static let textRows = textFields.map(\.row)
    private static let countRows = countFields.map(\.row)
    private static let dayRows = dayFields.map(\.row)

    private(set) var count = 0
    /// Distinct strings in order of first use; entry 0 stands for none.
    private(set) var strings: [String] = [""]
    private var stringIndex: [String: Int] = [:]
    private(set) var sourceLists: [[Int]] = []
    private var sourceListIndex: [[Int]: Int] = [:]
    private var label: [Int] = [], text: [[Int]], counts: [[Int]], days: [[Int]]
    private var point: [Int] = [], kind: [Int] = [], status: [Int] = [], aggregate: [Int] = [], sources: [Int] = []
    private(set) var points: [Int] = []
    private var pointIndex: [Point: Int] = [:]
    private struct Point: Hashable { let lon: Int, lat: Int }

    init(_ events: [StrikeEvent], labels: EventLabel) {
        text = Array(repeating: [], count: Self.textFields.count)
        counts = Array(repeating: [], count: Self.countFields.count)
        days = Array(repeating: [], count: Self.dayFields.count)
        let kinds = Dictionary(uniqueKeysWithValues: StrikeKind.allCases.enumerated().map { ($1, $0) })
        let statuses = Dictionary(uniqueKeysWithValues: ReportStatus.allCases.enumerated().map { ($1, $0) })
        for e in events {
            let m = e.mention
            if let m, let lon = Self.millionths(m.coordinate.longitude), let lat = Self.millionths(m.coordinate.latitude) {
                point.append(pointNumber(Point(lon: lon, lat: lat)))
            } else {
                point.append(0)
            }
            label.append(intern(labels.name([e])))
            for (k, row) in Self.textRows.enumerated() {
                if case .string(let s)? = row.value(e, m) { text[k].append(intern(s)) } else { text[k].append(0) }
            }
            for (k, row) in Self.countRows.enumerated() {
                switch row.value(e, m) {
                case .integer(let n)?: counts[k].append(Self.encoded(n))
                case .real(let x)? where x.isFinite && abs(x) < 1e15: counts[k].append(Self.encoded(Int((x * 10).rounded())))
                default: counts[k].append(0)
                }
            }
            for (k, row) in Self.dayRows.enumerated() {
                if case .date(let d)? = row.value(e, m) { days[k].append(Self.encoded(d.ordinal)) } else { days[k].append(0) }
            }
            kind.append(kinds[e.kind] ?? 0)
            status.append(statuses[e.status] ?? 0)
            aggregate.append(e.aggregate ? 1 : 0)
            let list = (e.sources.isEmpty ? [e.source] : e.sources).map { intern($0) }
            if let k = sourceListIndex[list] { sources.append(k) } else {
                sourceListIndex[list] = sourceLists.count
                sources.append(sourceLists.count)
                sourceLists.append(list)
            }
            count += 1
        }
    }

    /// A value as the columns carry it: 0 for none, so `n + 1` for `n` of 0 or more.
    static func encoded(_ n: Int) -> Int { n >= 0 && n < Int.max ? n + 1 : n }

    static func millionths(_ degrees: Double) -> Int? {
        degrees.isFinite && abs(degrees) < 1e9 ? Int((degrees * 1_000_000).rounded()) : nil
    }

    private mutating func pointNumber(_ p: Point) -> Int {
        if let k = pointIndex[p] { return k }
        points += [p.lon, p.lat]
        pointIndex[p] = points.count / 2
        return points.count / 2
    }

    private mutating func intern(_ s: String) -> Int {
        if let k = stringIndex[s] { return k }
        stringIndex[s] = strings.count
        strings.append(s)
        return strings.count - 1
    }

    /// The columns as one JSON object, the strings last (they are most of its bytes).
    func write(_ out: inout PageWriter) throws {
        out.raw("{\"count\":"); out.int(count)
        out.raw(",\"text\":["); list(&out, Self.textFields.map(\.name))
        out.raw("],\"counts\":["); list(&out, Self.countFields.map(\.name))
        out.raw("],\"days\":["); list(&out, Self.dayFields.map(\.name))
        out.raw("]")
        try column(&out, "point", point)
        try column(&out, "label", label)
        for (k, f) in Self.textFields.enumerated() { try column(&out, f.name, text[k]) }
        for (k, f) in Self.countFields.enumerated() { try column(&out, f.name, counts[k]) }
        for (k, f) in Self.dayFields.enumerated() { try column(&out, f.name, days[k]) }
        try column(&out, "kind", kind); try column(&out, "status", status)
        try column(&out, "aggregate", aggregate); try column(&out, "sources", sources)
        out.raw(",\"points\":[")
        for (k, v) in points.enumerated() {
            out.comma(k == 0)
            out.int(v)
            if k & 4095 == 0 { try out.flushIfFull() }
        }
        out.raw("],\"source_lists\":[")
        for (k, list) in sourceLists.enumerated() {
            out.raw(k == 0 ? "[" : ",[")
            for (n, s) in list.enumerated() { out.comma(n == 0); out.int(s) }
            out.raw("]")
            try out.flushIfFull()
        }
        out.raw("],\"strings\":[null")
        for s in strings.dropFirst() {
            out.raw(",")
            out.string(s)
            try out.flushIfFull()
        }
        out.raw("]}")
    }

    private func list(_ out: inout PageWriter, _ names: [String]) {
        for (k, n) in names.enumerated() { out.comma(k == 0); out.string(n) }
    }

    private func column(_ out: inout PageWriter, _ name: String, _ values: [Int]) throws {
        out.raw(",\""); out.raw(name); out.raw("\":")
        let set = values.reduce(0) { $1 == 0 ? $0 : $0 + 1 }
        if set * 4 < values.count {
            out.raw("{\"at\":[")
            var first = true
            for (k, v) in values.enumerated() where v != 0 { out.comma(first); first = false; out.int(k) }
            out.raw("],\"values\":[")
            first = true
            for v in values where v != 0 { out.comma(first); first = false; out.int(v) }
            out.raw("]}")
            return
        }
        out.raw("[")
        for (k, v) in values.enumerated() {
            out.comma(k == 0)
            out.int(v)
            if k & 4095 == 0 { try out.flushIfFull() }
        }
        out.raw("]")
    }
}
