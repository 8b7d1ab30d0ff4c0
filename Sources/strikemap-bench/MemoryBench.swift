import CorpusGenerator
import Foundation
import StrikeMap

/// Peak resident memory of `extract` over a large generated corpus. Each measure runs in a child process
/// (this executable with `--memory-child`), so that its peak is its own, which it reports itself.
/// The child generates the documents as they are read (nothing is written to disk but the output) and
/// writes GeoJSON to a temporary file exactly as `strikemap extract -o` does.
enum MemoryBench {
    static func run(corpusMB: Int, table: inout ResultTable) {
        for merge in [true, false] {
            let label = "peak memory, \(corpusMB) MB corpus, \(merge ? "merged" : "--no-merge")"
            let resultPath = NSTemporaryDirectory() + "strikemap-bench-\(getpid()).txt"
            defer { unlink(resultPath) }
            let executable = Bundle.main.executablePath ?? "/proc/self/exe"
            let argv = [executable, "--memory-child", String(corpusMB), merge ? "merge" : "no-merge", resultPath]
            var pid: pid_t = 0
            var cArgs = argv.map { strdup($0) } + [nil]
            defer { cArgs.forEach { free($0) } }
            guard posix_spawn(&pid, executable, nil, nil, &cArgs, environ) == 0 else {
                table.skip(label, because: "cannot start a child process"); continue
            }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            guard status == 0, let text = try? String(contentsOfFile: resultPath, encoding: .utf8),
                  let tab = text.firstIndex(of: "\t"), let kb = Double(text[..<tab]) else {
                table.skip(label, because: "the child process failed (status \(status))"); continue
            }
            table.add(label, [kb / 1024], unit: "MB", scale: 1, note: text[text.index(after: tab)...].trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// The process's own peak resident memory in kilobytes: VmHWM of /proc/self/status. Not `ru_maxrss`:
    /// Linux carries it across exec, so a child spawned (vfork-like) by a large parent reports the parent's.
    static func peakKilobytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else {
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            return Double(usage.ru_maxrss)
        }
        return kb
    }

    /// The child: extracts `corpusMB` of generated documents to a temporary GeoJSON file and writes what
    /// it did (peak memory in KB, a tab, documents, seconds, output size) to `resultPath`.
    static func child(corpusMB: Int, merge: Bool, resultPath: String) throws {
        let generator = CorpusGenerator(places: EmbeddedGazetteer.shared.places)
        // Document sizes vary; the count that makes `corpusMB` comes from the mean size of the first 2,000.
        let sample = (0..<2000).reduce(0) { $0 + generator.document($1).text.utf8.count }
        let count = Int(Double(corpusMB << 20) / (Double(sample) / 2000))
        let output = NSTemporaryDirectory() + "strikemap-bench-\(getpid()).geojson"
        let file = try AtomicFileStream(path: output)
        defer { unlink(output) }
        var outputBytes = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let corpus = try Corpus.writeGeoJSON(count: count, read: { k in
            let d = generator.document(k)
            return (Array(d.text.utf8), d.name)
        }, decoder: ArticleDecoder(), extractor: StrikeExtractor(gazetteer: EmbeddedGazetteer.shared), merge: merge,
           report: { _ in }, write: { bytes in outputBytes += bytes.count; try file.append(bytes) })
        try file.commit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let line = "\(peakKilobytes())\t\(corpus.documentsRead) documents generated and extracted in \(String(format: "%.0f", seconds)) s, "
            + "\(outputBytes >> 20) MB of GeoJSON written"
        try line.write(toFile: resultPath, atomically: true, encoding: .utf8)
    }
}
