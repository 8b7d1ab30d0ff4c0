import Foundation

/// Events written as their GeoJSON features to an unlinked temporary file, read back by index: where
/// `CrossDocumentMerger` keeps a corpus's events that do not fit its memory budget.
final class SpillFile {
    private let fd: Int32
    private let directory: String
    private var written: Int64 = 0
    /// Where each event's feature starts in the file; one more entry for the end.
    private var offsets: [Int64] = [0]

    /// Creates the file in `directory`; the error names the directory and why.
    init(directory: String) throws {
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

    /// Writes the events' features, about a megabyte at a time: the events spilled at once when the
    /// budget is passed are many, and their text need not be held whole.
    func append(_ events: [StrikeEvent]) throws {
        var j = JSONText()
        for e in events {
            GeoJSONWriter.feature(e, &j)
            offsets.append(written + Int64(j.bytes.count))
            if j.bytes.count >= 1 << 20 {
                try flush(j.bytes)
                j = JSONText()
            }
        }
        try flush(j.bytes)
    }

    private func flush(_ bytes: [UInt8]) throws {
        let error = AtomicFileStream.writeAll(bytes, to: fd)
        guard error == 0 else { throw failure(OutputError.reason(error)) }
        written += Int64(bytes.count)
    }

    /// The feature of event `i`, as written.
    func feature(_ i: Int) throws -> [UInt8] {
        let start = offsets[i], count = Int(offsets[i + 1] - start)
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes[done...].withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start) + off_t(done)) }
            guard n > 0 else { throw failure(n == 0 ? "cut short" : String(cString: strerror(errno))) }
            done += n
        }
        return bytes
    }

    /// Event `i` read back from its feature.
    func event(_ i: Int) throws -> StrikeEvent {
        let bytes = try feature(i)
        guard let e = try? GeoJSONReader.parse(bytes, path: "merge").events.first else {
            throw failure("a merged feature did not read back: \(String(decoding: bytes.prefix(200), as: UTF8.self))")
        }
        return e
    }

    private func failure(_ reason: String) -> OutputError {
        OutputError.cannotWrite(path: directory + " (temporary file)", reason: reason)
    }
}
