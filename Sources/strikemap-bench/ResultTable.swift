import Foundation

/// Benchmark results: median, min and max of each measure, printed as a table or as JSON.
struct ResultTable {
    struct Row {
        var name: String
        var unit: String
        var median: Double
        var min: Double
        var max: Double
        var runs: Int
        var note: String
    }

    private(set) var rows: [Row] = []
    private(set) var skipped: [(String, String)] = []

    /// `values` in seconds (or a rate), multiplied by `scale` for display in `unit`.
    mutating func add(_ name: String, _ values: [Double], unit: String, scale: Double, note: String) {
        let v = values.map { $0 * scale }.sorted()
        rows.append(Row(name: name, unit: unit, median: v[v.count / 2], min: v.first!, max: v.last!, runs: v.count, note: note))
    }

    mutating func skip(_ name: String, because reason: String) { skipped.append((name, reason)) }

    func text(machine: String) -> String {
        var out = ["strikemap benchmark (release build) on \(machine)", ""]
        out.append(pad("measure", 38) + pad("median", 12) + pad("min", 12) + pad("max", 12) + "runs  note")
        for r in rows {
            out.append(pad(r.name, 38) + pad(fmt(r.median) + " " + r.unit, 12) + pad(fmt(r.min), 12) + pad(fmt(r.max), 12)
                       + pad(String(r.runs), 6) + r.note)
        }
        for (name, reason) in skipped { out.append(pad(name, 38) + "skipped: " + reason) }
        return out.joined(separator: "\n") + "\n"
    }

    func json(machine: String) -> String {
        func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        let items = rows.map { r in
            "{\"name\":\(q(r.name)),\"unit\":\(q(r.unit)),\"median\":\(fmt(r.median)),\"min\":\(fmt(r.min)),\"max\":\(fmt(r.max)),\"runs\":\(r.runs),\"note\":\(q(r.note))}"
        }
        let skips = skipped.map { "{\"name\":\(q($0.0)),\"reason\":\(q($0.1))}" }
        return "{\"machine\":\(q(machine)),\"results\":[\n" + items.joined(separator: ",\n") + "\n],\"skipped\":[" + skips.joined(separator: ",") + "]}\n"
    }

    private func fmt(_ v: Double) -> String { v >= 100 ? String(format: "%.0f", v) : v >= 10 ? String(format: "%.1f", v) : String(format: "%.3f", v) }
    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
}
