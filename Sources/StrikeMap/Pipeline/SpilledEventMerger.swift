import Foundation

/// Merges reports across documents with exactly the decisions of `EventMerger.mergeAcrossDocuments`, for a
/// corpus whose events need not fit in memory. Each event is written at once as its GeoJSON feature to an
/// unlinked temporary file (nothing is left behind however the process ends); memory keeps, per event, its
/// offset in that file, its group and the next report in the group, about 40 bytes instead of the 2 KB or
/// so of a `StrikeEvent`. The merge is decided on the events as they come; at the end each group's
/// features are read back and combined where it is first reported, and lone events are copied as written.
final class SpilledEventMerger {
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

    private let fd: Int32
    private let directory: String
    private var written: Int64 = 0
    /// Where each event's feature starts in the file; one more entry for the end.
    private var offsets: [Int64] = [0]
    /// Each event's group, or -1 for an event that never merges (a total, no place or no date).
    private var groupOf: [Int32] = []
    /// The next report of the same group, or -1.
    private var next: [Int32] = []
    private var groups: [Group] = []
    private var groupsByKey: [String: [Int32]] = [:]
    /// Per key, the source that started its last groups and where they begin in `groupsByKey[key]`.
    private var ownTail: [String: (source: Int32, start: Int32)] = [:]
    /// The sources of groups with more than one (most have one, kept in `Group.source`).
    private var moreSources: [Int32: SourceList] = [:]

    /// A group's sources in the order they came, and as a set to ask (a strike reported by thousands of
    /// documents must not cost a scan of them for each report).
    private struct SourceList {
        var order: [Int32]
        var set: Set<Int32>
    }
    private var sourceIds: [String: Int32] = [:]

    /// Creates the temporary file in `directory` (default: the system's temporary directory, `TMPDIR`);
    /// the error names the directory and why.
    init(directory: String = NSTemporaryDirectory()) throws {
        self.directory = directory
        do {
            let (fd, path) = try TemporaryFiles.create(in: directory, name: "strikemap-merge")
            self.fd = fd
            // Unlinked at once: the open descriptor keeps it until the process ends, however it ends.
            TemporaryFiles.remove(path)
        } catch OutputError.cannotCreateTemporary(let dir, let reason) {
            let named = ProcessInfo.processInfo.environment["TMPDIR"].map { "TMPDIR=\($0)" } ?? "temporary directory"
            throw OutputError.cannotCreateTemporary(directory: dir, reason: "\(reason) (the merge across documents keeps events in the \(named); set TMPDIR to a writable directory, or use --no-merge)")
        }
    }

    deinit { close(fd) }

    /// Events in input order, a batch at a time.
    func add(_ events: [StrikeEvent]) throws {
        var j = JSONText()
        for e in events {
            groupOf.append(place(e, index: Int32(groupOf.count)))
            next.append(-1)
            GeoJSONWriter.feature(e, &j)
            offsets.append(written + Int64(j.bytes.count))
        }
        try append(j.bytes)
    }

    /// The group `e` joins or starts.
    private func place(_ e: StrikeEvent, index i: Int32) -> Int32 {
        guard let key = EventMerger.crossDocumentKey(e), let d = e.date else { return -1 }
        let source = id(e.source)
        let start = d.start.ordinal, end = d.end.ordinal
        // The groups this document started are the tail of the key's list: skipped (see EventMerger).
        let list = groupsByKey[key, default: []]
        let tail = ownTail[key].map { $0.source == source ? Int($0.start) : list.count } ?? list.count
        if let g = list[..<tail].first(where: { k in
            !has(k, source) && EventMerger.near(Int(groups[Int(k)].start), Int(groups[Int(k)].end), start, end)
        }) {
            let k = Int(g)
            next[Int(groups[k].last)] = i
            groups[k].last = i
            groups[k].merged = true
            if EventMerger.prefers(d.precision, over: groups[k].precision) {
                (groups[k].start, groups[k].end, groups[k].precision) = (Int32(start), Int32(end), d.precision)
            }
            addSources(of: e, to: g)
            return g
        }
        let g = Int32(groups.count)
        groups.append(Group(start: Int32(start), end: Int32(end), precision: d.precision, first: i, last: i, source: source))
        addSources(of: e, to: g)
        if ownTail[key]?.source != source { ownTail[key] = (source, Int32(list.count)) }
        groupsByKey[key, default: []].append(g)
        return g
    }

    /// Whether a report from `source` is in group `g` already.
    private func has(_ g: Int32, _ source: Int32) -> Bool {
        moreSources[g]?.set.contains(source) ?? (groups[Int(g)].source == source)
    }

    /// Unites the group's sources with the report's, as `EventMerger.fill` does.
    private func addSources(of e: StrikeEvent, to g: Int32) {
        let first = groups[Int(g)].source
        for s in e.sources.map(id) where !has(g, s) {
            moreSources[g, default: SourceList(order: [first], set: [first])].order.append(s)
            moreSources[g]?.set.insert(s)
        }
    }

    private func sources(of g: Int32) -> [Int32] { moreSources[g]?.order ?? [groups[Int(g)].source] }

    private func id(_ source: String) -> Int32 {
        if let k = sourceIds[source] { return k }
        let k = Int32(sourceIds.count)
        sourceIds[source] = k
        return k
    }

    /// The merged events' features in order, as `GeoJSONWriter.features` writes them (`first` says whether
    /// none has been written before), handed to `write` about a megabyte at a time.
    func finish(first: inout Bool, write: ([UInt8]) throws -> Void) throws {
        var j = JSONText()
        for i in groupOf.indices {
            let g = Int(groupOf[i])
            guard g < 0 || groups[g].first == Int32(i) else { continue }
            j.raw(first ? "\n" : ",\n")
            first = false
            if g >= 0, groups[g].merged {
                var e = try event(i)
                var k = next[i]
                while k >= 0 {
                    EventMerger.absorb(&e, try event(Int(k)))
                    k = next[Int(k)]
                }
                GeoJSONWriter.feature(e, &j)
            } else {
                j.append(try feature(i))
            }
            if j.bytes.count > 1 << 20 { try write(j.bytes); j = JSONText() }
        }
        if !j.bytes.isEmpty { try write(j.bytes) }
    }

    private func append(_ bytes: [UInt8]) throws {
        let error = AtomicFileStream.writeAll(bytes, to: fd)
        guard error == 0 else {
            throw OutputError.cannotWrite(path: directory + " (temporary file)", reason: OutputError.reason(error))
        }
        written += Int64(bytes.count)
    }

    private func feature(_ i: Int) throws -> [UInt8] {
        let start = offsets[i], count = Int(offsets[i + 1] - start)
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes[done...].withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start) + off_t(done)) }
            guard n > 0 else { throw OutputError.cannotWrite(path: directory + " (temporary file)", reason: n == 0 ? "cut short" : String(cString: strerror(errno))) }
            done += n
        }
        return bytes
    }

    /// An event read back from its feature: everything the output writes survives the round trip, so
    /// merging read-back events writes the same bytes as merging the originals.
    private func event(_ i: Int) throws -> StrikeEvent {
        let bytes = try feature(i)
        guard let e = try? GeoJSONReader.parse(bytes, path: "merge").events.first else {
            throw OutputError.cannotWrite(path: directory + " (temporary file)", reason: "a merged feature did not read back: \(String(decoding: bytes.prefix(200), as: UTF8.self))")
        }
        return e
    }
}
