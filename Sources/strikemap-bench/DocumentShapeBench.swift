import CorpusGenerator
import Foundation
import StrikeMap

/// Shapes of one large document that were quadratic (issue 17): each is extracted as one document and as
/// the same bytes cut into documents of about a kilobyte, on one thread; the ratio of the two rates is the
/// figure to watch (linear passes keep it near 1; the issue asks at least 0.5).
enum DocumentShapeBench {
    static let header = "date 2019-01-05\n\n"

    static func run(runs: Int, table: inout ResultTable) {
        let names = ["Ahmad", "Karim", "Hassan", "Omar", "Samir", "Nadia", "Yusuf", "Ibrahim", "Khalid", "Layla"]
        let places = ["Raqqa", "Mosul", "Hajin", "Baghouz", "Kobani", "Manbij", "Tikrit", "Fallujah", "Ramadi", "Sirte"]
        var generated = ""
        for d in CorpusGenerator(places: EmbeddedGazetteer.shared.places).documents(totalBytes: 19_000_000) where generated.utf8.count < 19_000_000 {
            generated += d.text + "\n"
        }
        // Triggers throughout the long sentences, so that every piece of the split form is read as fully as
        // the whole (a piece without one would be screened out in microseconds).
        let shapes: [(String, String, String)] = [
            ("20,000 capitalised words, one sentence",
             (0..<20_000).map { $0 % 40 == 39 ? "airstrikes" : names[$0 * 7 % names.count] }.joined(separator: " ") + ".", " "),
            ("8,000 dated strike lines", String(repeating: "On Friday, near Raqqa, two strikes destroyed an ISIL fighting position.\n", count: 8_000), "\n"),
            ("20,000 place names, one sentence",
             (0..<20_000).map { ($0 % 20 == 0 ? "airstrikes hit " : "") + places[$0 * 3 % places.count] }.joined(separator: ", ") + ".", " "),
            ("\"Airstrike. \" x 500,000 (5.5 MB)", String(repeating: "Airstrike. ", count: 500_000), " "),
            ("generated corpus as one 19 MB document", generated, "\n"),
        ]
        for (label, body, separator) in shapes {
            let whole = [(Array((header + body).utf8), "whole.txt")]
            let pieces = split(body, at: separator, size: 1_000).enumerated().map { (Array((header + $1).utf8), "piece-\($0).txt") }
            let mb = Double(whole[0].0.count) / 1_048_576
            let one = Measure.repeated(runs) { _ = ExtractionBench.extract(whole, gazetteer: EmbeddedGazetteer.shared, threads: 1) }
            let many = Measure.repeated(runs) { _ = ExtractionBench.extract(pieces, gazetteer: EmbeddedGazetteer.shared, threads: 1) }
            let ratio = zip(one.sorted(), many.sorted()).map { $1 / $0 }
            table.add("shape: \(label)", one.map { mb / $0 }, unit: "MB/s", scale: 1,
                      note: String(format: "%.1f MB as one document, 1 thread; split into %d: %.1f MB/s", mb, pieces.count, mb / many.sorted()[many.count / 2]))
            table.add("shape ratio, one / split", ratio, unit: "x", scale: 1, note: label)
        }
    }

    /// `text` cut at `separator` into pieces of about `size` bytes.
    static func split(_ text: String, at separator: String, size: Int) -> [String] {
        var out: [String] = []
        var current = ""
        for part in text.components(separatedBy: separator) {
            current += part + separator
            if current.utf8.count >= size { out.append(current); current = "" }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
