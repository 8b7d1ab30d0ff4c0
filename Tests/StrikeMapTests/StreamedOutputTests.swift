import CorpusGenerator
import Foundation
import XCTest
@testable import StrikeMap

/// `Corpus.writeGeoJSON` (what `extract` runs: features written batch by batch, reports merged in memory
/// or through a temporary file past the budget) must write exactly what `run`'s in-memory merge writes.
final class StreamedOutputTests: XCTestCase {
    let extractor = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared)

    private func compare(_ docs: [([UInt8], String)], merge: Bool, threads: Int = 0,
                         file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let whole = Corpus.extract(count: docs.count, read: { docs[$0] }, decoder: ArticleDecoder(), extractor: extractor,
                                   merge: merge, threads: threads)
        // Held in memory, spilled to the temporary file at once, and spilled part way through.
        for budget in [CrossDocumentMerger.defaultMemoryBudget, 0, 20_000] {
            var bytes: [UInt8] = []
            var warnings: [String] = []
            let streamed = try Corpus.writeGeoJSON(count: docs.count, read: { docs[$0] }, decoder: ArticleDecoder(), extractor: extractor,
                                                   merge: merge, mergeMemoryBytes: budget, threads: threads,
                                                   report: { warnings += $0.diagnostics.map(\.description) }, write: { bytes += $0 })
            XCTAssertEqual(bytes, GeoJSONWriter.write(whole.events), "merge \(merge), budget \(budget)", file: file, line: line)
            XCTAssertEqual(warnings, whole.diagnostics.map(\.description), file: file, line: line)
            XCTAssertEqual(streamed.documentsRead, whole.documentsRead, file: file, line: line)
        }
        return whole.events.count
    }

    private func seeds() throws -> [([UInt8], String)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: Golden.seedsDirectory).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(files.count, 5)
        return try files.map { (Array(try Data(contentsOf: URL(fileURLWithPath: Golden.seedsDirectory + "/" + $0))), $0) }
    }

    func testSeedsAndTheirCopiesMergeAsInMemory() throws {
        let docs = try seeds()
        // Each seed twice under another name: every report with a place and a date has a second source,
        // so the spilled merge must read back and combine each of them with its copy.
        let doubled = docs + docs.map { ($0.0, "copy-" + $0.1) }
        let mergeable = Corpus.extract(count: docs.count, read: { docs[$0] }, decoder: ArticleDecoder(), extractor: extractor, merge: false)
            .events.filter { EventMerger.crossDocumentKey($0) != nil }.count
        XCTAssertGreaterThan(mergeable, 0)
        let unmerged = try compare(doubled, merge: false)
        XCTAssertEqual(try compare(doubled, merge: true), unmerged - mergeable, "each copy merges with its original")
        _ = try compare(docs, merge: true, threads: 1)
    }

    func testGeneratedCorpusStreamsAsInMemory() throws {
        let docs = CorpusGenerator(places: EmbeddedGazetteer.shared.places).documents(totalBytes: 300_000).map { (Array($0.text.utf8), $0.name) }
        XCTAssertGreaterThan(try compare(docs, merge: true), 20)
        _ = try compare(docs, merge: false)
    }

    func testDevelopmentSetMergesAsInMemory() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/data/dev/centcom-releases-2014-2015/docs").standardized.path
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir).filter({ $0.hasSuffix(".txt") }).sorted(), !files.isEmpty else {
            throw XCTSkip("the development set is not at \(dir) (it is in ../shared/data on CI only)")
        }
        let docs = try files.map { (Array(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + $0))), $0) }
        // Consecutive releases report the same towns within a day: many merges.
        XCTAssertLessThan(try compare(docs, merge: true), try compare(docs, merge: false))
    }

    func testAFailingWriteStopsTheRunAndNoTemporaryFileIsLeft() throws {
        let docs = try seeds()
        struct Full: Error {}
        var calls = 0
        XCTAssertThrowsError(try Corpus.writeGeoJSON(count: docs.count, read: { docs[$0] }, decoder: ArticleDecoder(), extractor: extractor,
                                                     threads: 1, report: { _ in }, write: { _ in calls += 1; if calls > 1 { throw Full() } })) {
            XCTAssertTrue($0 is Full)
        }
        XCTAssertEqual(calls, 2, "the run stops at the first failed write")
        let left = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("strikemap-merge.") }
        XCTAssertEqual(left, [], "the spill file is unlinked as soon as it is made")
    }

    func testExtractWritesTheSameToStandardOutputAndToAFile() throws {
        let path = try CLIBinary.path()
        let out = NSTemporaryDirectory() + "strikemap-stream-\(UUID().uuidString).geojson"
        defer { try? FileManager.default.removeItem(atPath: out) }
        func run(_ args: [String]) throws -> Data {
            let p = Process(), pipe = Pipe()
            p.executableURL = URL(fileURLWithPath: path)
            p.arguments = args
            p.standardOutput = pipe
            p.standardError = FileHandle.nullDevice
            try p.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0)
            return data
        }
        let whole = Corpus.extract(InputCollector.collect([Golden.seedsDirectory]).inputs, decoder: ArticleDecoder(), extractor: extractor)
        for mode in [[], ["--no-merge"]] {
            let printed = try run(["extract"] + mode + [Golden.seedsDirectory])
            _ = try run(["extract"] + mode + ["-o", out, Golden.seedsDirectory])
            XCTAssertGreaterThan(printed.count, 1000)
            XCTAssertEqual(FileManager.default.contents(atPath: out), printed)
            if mode.isEmpty { XCTAssertEqual(Array(printed), GeoJSONWriter.write(whole.events)) }
        }
        let dir = URL(fileURLWithPath: out).deletingLastPathComponent().path
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".strikemap-stream") }, [])
    }

    func testDisplayNameIsTheLastComponentAsSplittingGives() {
        for path in ["a/b/c.txt", "c.txt", "/abs/dir/", "dir//x", "", "///", "/", "ré/sumé.txt", "x/\u{0301}/y", "a/b\u{0301}"] {
            XCTAssertEqual(Corpus.displayName(path), path.split(separator: "/").last.map(String.init) ?? path, path)
        }
    }
}
