import Foundation

/// Merges reports across documents with exactly the decisions of `EventMerger.mergeAcrossDocuments`, for a
/// corpus whose events need not fit in memory. Each event is written at once as its GeoJSON feature to an
/// unlinked temporary file (nothing is left behind however the process ends); memory keeps, per event, its
/// offset in that file and its group, about 40 bytes instead of the 2 KB or so of a `StrikeEvent`. The merge
/// is decided on the events as they come; at the end the features of events that merged are read back and
/// combined, and the others are copied as they were written.
final class SpilledEventMerger {
    /// Reports of one strike so far: what later reports are matched against.
    private struct Group {
        var date: DateSpan
        var first: Int32
        var size: Int32 = 1
        var sources: [Int32]
    }

    private let fd: Int32
    private let directory: String
    private var written: Int64 = 0
    /// Where each event's feature starts in the file; one more entry for the end.
    private var offsets: [Int64] = [0]
    /// Each event's group, or -1 for an event that never merges (a total, no place or no date).
    private var groupOf: [Int32] = []
    private var groups: [Group] = []
    private var groupsByKey: [String: [Int32]] = [:]
    private var sourceIds: [String: Int32] = [:]

    /// Creates the temporary file in `directory` (default: the system's temporary directory).
    init(directory: String = NSTemporaryDirectory()) throws {
        self.directory = directory
        var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast()) + Array("strikemap-merge.XXXXXX".utf8CString)
        fd = mkstemp(&template)
        guard fd >= 0 else { throw OutputError.cannotWrite(path: directory, reason: String(cString: strerror(errno))) }
        unlink(template)
    }

    deinit { close(fd) }

    /// Events in input order, a batch at a time.
    func add(_ events: [StrikeEvent]) throws {
        var j = JSONText()
        for e in events {
            let i = Int32(groupOf.count)
            groupOf.append(place(e, index: i))
            GeoJSONWriter.feature(e, &j)
            offsets.append(written + Int64(j.bytes.count))
        }
        try append(j.bytes)
    }

    /// The group `e` joins or starts.
    private func place(_ e: StrikeEvent, index i: Int32) -> Int32 {
        guard let key = EventMerger.crossDocumentKey(e), let d = e.date else { return -1 }
        let source = id(e.source)
        if let g = groupsByKey[key]?.first(where: { !groups[Int($0)].sources.contains(source) && EventMerger.near(groups[Int($0)].date, d) }) {
            let k = Int(g)
            groups[k].size += 1
            if EventMerger.prefers(d, over: groups[k].date) { groups[k].date = d }
            for s in e.sources.map(id) where !groups[k].sources.contains(s) { groups[k].sources.append(s) }
            return g
        }
        let g = Int32(groups.count)
        var sources: [Int32] = []
        for s in e.sources.map(id) where !sources.contains(s) { sources.append(s) }
        groups.append(Group(date: d, first: i, sources: sources))
        groupsByKey[key, default: []].append(g)
        return g
    }

    private func id(_ source: String) -> Int32 {
        if let k = sourceIds[source] { return k }
        let k = Int32(sourceIds.count)
        sourceIds[source] = k
        return k
    }

    /// The merged events' features in order, as `GeoJSONWriter.features` writes them (`first` says whether
    /// none has been written before), handed to `write` about a megabyte at a time.
    func finish(first: inout Bool, write: ([UInt8]) throws -> Void) throws {
        var merged: [Int32: StrikeEvent] = [:]
        for i in groupOf.indices where groupOf[i] >= 0 && groups[Int(groupOf[i])].size > 1 {
            let e = try event(i)
            merged[groupOf[i]] = merged[groupOf[i]].map { EventMerger.absorbing($0, e) } ?? e
        }
        var j = JSONText()
        for i in groupOf.indices {
            let g = groupOf[i]
            guard g < 0 || groups[Int(g)].first == Int32(i) else { continue }
            j.raw(first ? "\n" : ",\n")
            first = false
            if let e = merged[g] { GeoJSONWriter.feature(e, &j) } else { j.append(try feature(i)) }
            if j.bytes.count > 1 << 20 { try write(j.bytes); j = JSONText() }
        }
        if !j.bytes.isEmpty { try write(j.bytes) }
    }

    private func append(_ bytes: [UInt8]) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw OutputError.cannotWrite(path: directory + " (temporary file)", reason: String(cString: strerror(errno))) }
            done += n
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
            preconditionFailure("a feature written by GeoJSONWriter does not read back: \(String(decoding: bytes.prefix(200), as: UTF8.self))")
        }
        return e
    }
}
