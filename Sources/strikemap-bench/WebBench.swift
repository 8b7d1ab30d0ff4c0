import Foundation
import StrikeMap

/// The web page's own cost, apart from reading the events: `--web EVENTS.geojson [--out PAGE]` reads the
/// events, then writes the page as `strikemap web` does and prints the seconds and the peak resident memory
/// of the writing. The peak is VmHWM after resetting it once the events are read (/proc/self/clear_refs),
/// so it counts the events in memory plus what the page adds; the resident size before is printed too.
enum WebBench {
    static func run(path: String, output: String) throws {
        let readStart = DispatchTime.now().uptimeNanoseconds
        let events = try GeoJSONReader.read(path: path).events
        let readSeconds = Double(DispatchTime.now().uptimeNanoseconds - readStart) / 1e9
        let before = resident("VmRSS:")
        // "5" resets the peak resident size to the current one (Linux 4.0 and later).
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
        let cpuStart = cpuSeconds(), start = DispatchTime.now().uptimeNanoseconds
        let file = try AtomicFileStream(path: output)
        try WebMap(basemap: EmbeddedBasemap.shared, gazetteer: EmbeddedGazetteer.shared).write(events) { try file.append($0) }
        try file.commit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpu = cpuSeconds() - cpuStart
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        print(String(format: "%d events read in %.2f s; page: %.2f s wall, %.2f CPU-s, peak %.0f MB (%.0f MB resident before), %.1f MB written",
                     events.count, readSeconds, seconds, cpu, resident("VmHWM:") / 1024, before / 1024, Double(size) / 1_048_576))
    }

    /// A line of /proc/self/status in kilobytes.
    static func resident(_ key: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key) }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
