import Foundation
import XCTest
@testable import StrikeMap

/// What extraction gives on real text, kept as golden files so that any change in behaviour is a visible
/// diff in review (RECORD_SNAPSHOTS=1 rewrites them): the seeds' GeoJSON as `run` writes it, and a fixed
/// slice of the development sets as one line per event. The development texts stay in ../shared: the
/// slice's lines hold where, when, how many and by whom, and a hash of the evidence, not the text.
final class ExtractionSnapshotTests: XCTestCase {
    private let extractor = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared)
    private let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/data/dev").standardized.path

    private func corpus(_ paths: [String], merge: Bool) -> Corpus {
        Corpus.extract(paths.map { .file($0) }, decoder: ArticleDecoder(), extractor: extractor, merge: merge)
    }

    func testSeedsGeoJSON() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Golden.seedsDirectory).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(files.count, 5)
        let events = corpus(files.map { Golden.seedsDirectory + "/" + $0 }, merge: true).events
        XCTAssertGreaterThan(events.count, 10)
        try Golden.check(String(decoding: GeoJSONWriter.write(events), as: UTF8.self), "seeds.geojson")
    }

    /// Every tenth document of each development set, unmerged.
    func testDevelopmentSetSlice() throws {
        var lines = ["# source\tplace_id\tlon,lat\tgeo_precision\tdate/date_end/date_precision\tstrikes\tkind\tactor\tcivilian\tcombatant\tevidence span\tevidence hash"]
        for set in ["centcom-releases-2014-2015", "casualty-statements-2014-2016", "geowebnews"] {
            let dir = shared + "/" + set + "/docs"
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir).filter({ $0.hasSuffix(".txt") }).sorted(), !names.isEmpty else {
                throw XCTSkip("the development sets are not at \(shared) (../shared/data/dev, present on CI)")
            }
            let slice = names.enumerated().filter { $0.offset % 10 == 0 }.map { dir + "/" + $0.element }
            for e in corpus(slice, merge: false).events { lines.append(Self.line(e)) }
        }
        XCTAssertGreaterThan(lines.count, 200)
        try Golden.check(lines.joined(separator: "\n") + "\n", "devset-slice.tsv")
    }

    private static func line(_ e: StrikeEvent) -> String {
        let m = e.mention
        let point = m.map { JSONText.format($0.coordinate.longitude, decimals: 4) + "," + JSONText.format($0.coordinate.latitude, decimals: 4) } ?? "-"
        let date = e.date.map { "\($0.start)/\($0.openEnded ? "-" : $0.end.description)/\($0.precision.rawValue)" } ?? "-"
        func range(_ r: DeathRange) -> String { r.isEmpty ? "-" : "\(r.min.map(String.init) ?? "?")-\(r.max.map(String.init) ?? "?")" }
        let hash = String(FNV1a.hash(e.evidence.utf8), radix: 16)
        return [e.source, m?.place.id ?? "-", point, m.map { String($0.precision.rawValue) } ?? "-", date,
                e.strikes.map { "\($0) \(e.strikesQualifier.rawValue)" } ?? "-", e.kind.rawValue, e.actor ?? "-",
                range(e.civilianDeaths), range(e.combatantDeaths), "\(e.evidenceStart)-\(e.evidenceEnd)", hash].joined(separator: "\t")
    }
}
