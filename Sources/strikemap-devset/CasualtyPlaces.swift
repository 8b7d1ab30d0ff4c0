import Foundation
import StrikeMap

/// `places` on the coalition casualty statements (../shared/data/dev/casualty-statements-2014-2016): how
/// many statements that write a grid reference get a mention within 0.1 km of the truth point, and how many
/// of all get one within 25 km. The truth is read here, for scoring only.
enum CasualtyPlaces {
    static func report(_ dir: String) {
        guard let truthText = try? String(contentsOfFile: dir + "/truth.tsv", encoding: .utf8) else {
            figure("casualty statements: skipped, not found at \(dir)")
            return
        }
        let extractor = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared)
        var docs = 0, withGrid = 0, gridWithin = 0, within25 = 0
        for line in truthText.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 5, let lon = Double(f[1]), let lat = Double(f[2]),
                  let bytes = FileManager.default.contents(atPath: dir + "/docs/" + f[0]),
                  let article = try? ArticleDecoder().decode(Array(bytes), source: String(f[0])) else { continue }
            docs += 1
            let places = extractor.extract(article).places
            let distances = places.map { distanceKm(lat, lon, $0.mention.coordinate.latitude, $0.mention.coordinate.longitude) }
            if places.contains(where: { $0.mention.place.id.hasPrefix("mgrs:") }) {
                withGrid += 1
                if zip(places, distances).contains(where: { $0.0.mention.place.id.hasPrefix("mgrs:") && $0.1 <= 0.1 }) { gridWithin += 1 }
            }
            if distances.contains(where: { $0 <= 25 }) { within25 += 1 }
        }
        func pct(_ a: Int, _ b: Int) -> String { String(format: "%.1f%% (%d/%d)", b == 0 ? 0 : 100 * Double(a) / Double(b), a, b) }
        figure("casualty statements writing a grid reference, a grid mention within 0.1 km of the truth: \(pct(gridWithin, withGrid))")
        figure("casualty statements with a place mention within 25 km of the truth: \(pct(within25, docs))")
    }
}
