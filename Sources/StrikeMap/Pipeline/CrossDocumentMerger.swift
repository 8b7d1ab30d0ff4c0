import Foundation

/// Merges reports of one strike from different documents (the place and kind agree, the dates overlap or
/// are within a day) into one event that keeps every source and the earliest precise date: the one merge
/// of `run`, `extract` and `merge`. The merge is defined on a canonical order of the reports, by source
/// (file name) and evidence offsets, not on the order documents were read in: the same reports give
/// the same bytes however the inputs were split into shards and whichever order the shards come in. The
/// decisions are made at the end, from about 50 bytes per event kept as it comes (what the merge
/// compares, its group and the next report in the group). The events themselves are kept in memory up to a
/// budget; past it they are written as their GeoJSON features to an unlinked temporary file (nothing is
/// left behind however the process ends) and read back at the end, which gives the same bytes, since
/// everything the output writes survives the round trip. At the end each group is combined where it was
/// first reported, in input order.
public final class CrossDocumentMerger {
    /// What `extract` holds in memory before it spills: 4 MiB of events by the estimate of `add` (about
    /// 7 MB of memory), some 5,000 events, so that a corpus of a few thousand documents merges without a
    /// temporary file and a large one stays within a few megabytes of `--no-merge`'s memory.
    public static let defaultMemoryBudget = 4 << 20

    /// Reports of one strike so far: what later reports are matched against. Dates as day ordinals.
    private struct Group {
        var start: Int32
        var end: Int32
        var precision: DatePrecision
        var first: Int32
        var last: Int32
        var source: Int32
        var merged = false
    }

    /// Where the events wait: in memory until `memoryBudget` bytes (estimated) are held, then in a file.
    private var kept: [StrikeEvent] = []
    private var keptBytes = 0
    private let memoryBudget: Int
    private var spill: SpillFile?
    private let directory: String
    /// What the merge compares of each event, kept as it comes.
    private struct Report {
        /// Its cross-document key's number, or -1 for an event that never merges (a total, no place or no date).
        var key: Int32
        var start: Int32
        var end: Int32
        var precision: DatePrecision
        var source: Int32
        var evidenceStart: Int32
        var evidenceEnd: Int32
    }
    private var reports: [Report] = []
    /// Sources an event lists beyond its own (an event merged before), by event.
    private var otherSources: [Int32: [Int32]] = [:]
    private var keyIds: [String: Int32] = [:]
    /// Each event's group, or -1 for an event that never merges (a total, no place or no date).
    private var groupOf: [Int32] = []
    /// The next report of the same group, or -1.
    private var next: [Int32] = []
    private var groups: [Group] = []
    private var groupsByKey: [Int32: [Int32]] = [:]
    /// Per key, the source that started its last groups and where they begin in `groupsByKey[key]`.
    private var ownTail: [Int32: (source: Int32, start: Int32)] = [:]
    /// The sources of groups with more than one (most have one, kept in `Group.source`), as a set: a strike
    /// reported by thousands of documents must not cost a scan of them for each report.
    private var moreSources: [Int32: Set<Int32>] = [:]
    private var sourceIds: [String: Int32] = [:]

    /// `memoryBudget`: bytes of events held in memory before they go to a temporary file in `directory`
    /// (default: the system's temporary directory, `TMPDIR`); nil never spills (`run`, which draws every
    /// event, holds them anyway).
    init(memoryBudget: Int? = defaultMemoryBudget, directory: String = NSTemporaryDirectory()) {
        self.memoryBudget = memoryBudget ?? .max
        self.directory = directory
    }

    /// Events in any order, a batch at a time.
    func add(_ events: [StrikeEvent]) throws {
        for e in events { reports.append(report(e)) }
        if let spill {
            try spill.append(events)
            return
        }
        kept += events
        keptBytes += events.reduce(0) { $0 + MemoryLayout<StrikeEvent>.stride + $1.evidence.utf8.count + 256 }
        if keptBytes > memoryBudget {
            let file = try SpillFile(directory: directory)
            try file.append(kept)
            kept = []
            spill = file
        }
    }

    /// Merges `events` in memory.
    static func merge(_ events: [StrikeEvent]) -> [StrikeEvent] {
        let merger = CrossDocumentMerger(memoryBudget: nil)
        // In memory nothing can fail.
        do {
            try merger.add(events)
            return try merger.mergedEvents()
        } catch {
            return events
        }
    }

    private func report(_ e: StrikeEvent) -> Report {
        let source = id(e.source)
        let others = e.sources.map(id).filter { $0 != source }
        if !others.isEmpty { otherSources[Int32(reports.count)] = others }
        var r = Report(key: -1, start: 0, end: 0, precision: .day, source: source, evidenceStart: Int32(clamping: e.evidenceStart),
                       evidenceEnd: Int32(clamping: e.evidenceEnd))
        if let key = EventMerger.crossDocumentKey(e), let d = e.date {
            if let k = keyIds[key] { r.key = k } else { r.key = Int32(keyIds.count); keyIds[key] = r.key }
            (r.start, r.end, r.precision) = (Int32(d.start.ordinal), Int32(d.end.ordinal), d.precision)
        }
        return r
    }

    /// The reports' indices in canonical order: by source name, then evidence start and end; reports of one
    /// sentence keep the order they came in, which is their document's (a document is never split between
    /// shards). Only documents that share a file name and a sentence's offsets keep the order they were read in.
    private func canonicalOrder() -> [Int32] {
        var rank = [Int32](repeating: 0, count: sourceIds.count)
        for (k, name) in sourceIds.keys.sorted().enumerated() { rank[Int(sourceIds[name] ?? 0)] = Int32(k) }
        return reports.indices.map(Int32.init).sorted { a, b in
            let x = reports[Int(a)], y = reports[Int(b)]
            if x.source != y.source { return rank[Int(x.source)] < rank[Int(y.source)] }
            if x.evidenceStart != y.evidenceStart { return x.evidenceStart < y.evidenceStart }
            if x.evidenceEnd != y.evidenceEnd { return x.evidenceEnd < y.evidenceEnd }
            return a < b
        }
    }

    /// Places every report in canonical order: the groups, their order and each group's chain.
    private lazy var order: [Int32] = {
        let order = canonicalOrder()
        groupOf = [Int32](repeating: -1, count: reports.count)
        next = [Int32](repeating: -1, count: reports.count)
        for i in order { groupOf[Int(i)] = place(i) }
        return order
    }()

    /// The group report `i` joins or starts.
    private func place(_ i: Int32) -> Int32 {
        let r = reports[Int(i)]
        guard r.key >= 0 else { return -1 }
        let source = r.source, key = r.key
        let start = Int(r.start), end = Int(r.end)
        // Per key, the document that started its last groups and where they begin in the key's list: a
        // document's events come together, so the groups it started are the list's tail, none of which its
        // later events can join (they hold its source). Skipping that tail keeps a document of thousands of
        // reports at one place linear.
        let list = groupsByKey[key, default: []]
        let tail = ownTail[key].map { $0.source == source ? Int($0.start) : list.count } ?? list.count
        if let g = list[..<tail].first(where: { k in
            !has(k, source) && EventMerger.near(Int(groups[Int(k)].start), Int(groups[Int(k)].end), start, end)
        }) {
            let k = Int(g)
            next[Int(groups[k].last)] = i
            groups[k].last = i
            groups[k].merged = true
            if EventMerger.prefers(r.precision, over: groups[k].precision) {
                (groups[k].start, groups[k].end, groups[k].precision) = (r.start, r.end, r.precision)
            }
            addSources(of: i, to: g)
            return g
        }
        let g = Int32(groups.count)
        groups.append(Group(start: r.start, end: r.end, precision: r.precision, first: i, last: i, source: source))
        addSources(of: i, to: g)
        if ownTail[key]?.source != source { ownTail[key] = (source, Int32(list.count)) }
        groupsByKey[key, default: []].append(g)
        return g
    }

    /// Whether a report from `source` is in group `g` already.
    private func has(_ g: Int32, _ source: Int32) -> Bool {
        moreSources[g]?.contains(source) ?? (groups[Int(g)].source == source)
    }

    /// Unites the group's sources with report `i`'s, as `EventMerger.fill` does.
    private func addSources(of i: Int32, to g: Int32) {
        let first = groups[Int(g)].source
        func add(_ s: Int32) { if !has(g, s) { moreSources[g, default: [first]].insert(s) } }
        add(reports[Int(i)].source)
        otherSources[i]?.forEach(add)
    }

    private func id(_ source: String) -> Int32 {
        if let k = sourceIds[source] { return k }
        let k = Int32(sourceIds.count)
        sourceIds[source] = k
        return k
    }

    /// The merged events in order.
    func mergedEvents() throws -> [StrikeEvent] {
        var out: [StrikeEvent] = []
        try forEachMerged { i, _ in out.append(try merged(i)) }
        return out
    }

    /// The merged events' features in order, as `GeoJSONWriter.features` writes them (`first` says whether
    /// none has been written before), handed to `write` about a megabyte at a time.
    func finish(first: inout Bool, write: ([UInt8]) throws -> Void) throws {
        var j = JSONText()
        var isFirst = first
        try forEachMerged { i, lone in
            j.raw(isFirst ? "\n" : ",\n")
            isFirst = false
            // A lone event in the file is copied as it was written.
            if lone, let spill { j.append(try spill.feature(i)) } else { GeoJSONWriter.feature(try merged(i), &j) }
            if j.bytes.count > 1 << 20 { try write(j.bytes); j = JSONText() }
        }
        first = isFirst
        if !j.bytes.isEmpty { try write(j.bytes) }
    }

    /// `body` for the first report of each merged event, in canonical order, and whether it stands alone.
    private func forEachMerged(_ body: (_ first: Int, _ lone: Bool) throws -> Void) throws {
        for k in order {
            let i = Int(k)
            let g = Int(groupOf[i])
            guard g < 0 || groups[g].first == Int32(i) else { continue }
            try body(i, g < 0 || !groups[g].merged)
        }
    }

    /// The event first reported at `i` with every later report of its group absorbed.
    private func merged(_ i: Int) throws -> StrikeEvent {
        var e = try event(i)
        var k = next[i]
        while k >= 0 {
            EventMerger.absorb(&e, try event(Int(k)))
            k = next[Int(k)]
        }
        return e
    }

    private func event(_ i: Int) throws -> StrikeEvent {
        if let spill { return try spill.event(i) }
        return kept[i]
    }
}
