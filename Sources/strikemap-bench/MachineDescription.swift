import Foundation

/// "2 cores, Intel Xeon ..., 24 GiB, Linux": quoted with every figure.
enum MachineDescription {
    static func current() -> String {
        let info = ProcessInfo.processInfo
        var cpu = "unknown CPU"
        if let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            cpu = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let gib = Double(info.physicalMemory) / 1_073_741_824
        return "\(info.activeProcessorCount) cores, \(cpu), \(String(format: "%.0f", gib)) GiB, \(info.operatingSystemVersionString)"
    }
}
