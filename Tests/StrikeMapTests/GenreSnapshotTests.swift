import Foundation
import XCTest

/// The safety net of the speed work: documents of every genre the product reads (a coalition release, a
/// casualty statement, monitoring notes from Ukraine and Somalia, a shelling log, a drone-strike narrative,
/// a Gaza incident narrative, a wire story from Yemen, news without a strike, a table of notes), written for
/// these tests, with what `extract` and `places` print for them kept as golden files under
/// Fixtures/genres/golden (RECORD_SNAPSHOTS=1 rewrites them). A restructuring keeps them byte-identical;
/// a change of behaviour shows as a diff to review.
final class GenreSnapshotTests: XCTestCase {
    private static let genres = Golden.directory.appendingPathComponent("genres").path
    /// The table of notes and the options that name its columns.
    private static let tableOptions = ["--text-column", "notes", "--date-column", "event_date", "--id-column", "event_id"]

    private func documents() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.genres).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 9, "a document of each genre")
        return names
    }

    /// Runs the binary in the fixtures' folder (so that `source` is the bare file name) and returns its
    /// standard output, failing on a non-zero exit.
    private func run(_ args: [String]) throws -> String {
        let outcome = try CLIRun(dir: Self.genres).run(args)
        XCTAssertEqual(outcome.code, 0, "strikemap \(args.joined(separator: " ")): \(outcome.err)")
        return outcome.out
    }

    func testExtractEachGenre() throws {
        var events = 0
        for name in try documents() {
            let out = try run(["extract", "--no-merge", name])
            events += out.components(separatedBy: "\"type\":\"Feature\"").count - 1
            try Golden.check(out, "genres/golden/" + name.replacingOccurrences(of: ".txt", with: ".extract.geojson"))
        }
        XCTAssertGreaterThanOrEqual(events, 15, "the genres report strikes")
    }

    func testPlacesEachGenre() throws {
        for name in try documents() {
            let out = try run(["places", "--format", "tsv", name])
            XCTAssertTrue(out.contains("\t"), "\(name): a place list")
            try Golden.check(out, "genres/golden/" + name.replacingOccurrences(of: ".txt", with: ".places.tsv"))
        }
    }

    func testTableOfNotes() throws {
        let extract = try run(["extract", "notes.csv"] + Self.tableOptions)
        XCTAssertTrue(extract.contains("notes.csv#T1"), "a row's source names its id")
        XCTAssertFalse(extract.contains("notes.csv#T2"), "a protest about an earlier airstrike is no strike")
        try Golden.check(extract, "genres/golden/notes.extract.geojson")
        try Golden.check(try run(["places", "--format", "tsv", "notes.csv"] + Self.tableOptions), "genres/golden/notes.places.tsv")
    }
}
