import Foundation
import XCTest
@testable import StrikeMap

/// The scale-out path (issue 21): the walk streams inputs in the order of their sorted paths, and `merge`
/// of `extract --no-merge` shards writes the bytes of one `extract`, however the inputs were split and in
/// whichever order the shards are named.
final class ScaleOutTests: XCTestCase {
    private var cli = CLIRun(dir: "")

    override func setUpWithError() throws { cli = try CLIRun.temporaryDirectory("scale-out") }
    override func tearDown() { cli.remove() }

    /// A directory's files sort where "name/" sorts: "a-b.txt" ('-' is 0x2D) before "a/x.txt" ('/' 0x2F),
    /// and "a/x.txt" before "a0.txt", as the paths sort whole.
    func testWalkGivesFilesInTheOrderOfTheirPaths() throws {
        for name in ["in/a/x.txt", "in/a-b.txt", "in/a0.txt", "in/a/b/c.txt", "in/B.md", "in/a/.hidden.txt"] { cli.file(name, CLIRun.good) }
        var walk = InputWalk([cli.dir + "/in"])
        let paths = walk.all().compactMap { item -> String? in
            if case .document(let i) = item { return String(i.path.dropFirst(cli.dir.count + 4)) }
            return nil
        }
        XCTAssertEqual(paths, ["B.md", "a-b.txt", "a/b/c.txt", "a/x.txt", "a0.txt"])
        XCTAssertEqual(paths, paths.sorted(), "the order of the whole paths")
    }

    /// A walk yields as it goes: asking for one item lists one directory, not the tree.
    func testWalkStreams() throws {
        for k in 0..<30 { cli.file("in/d\(k)/f.txt", CLIRun.good) }
        var walk = InputWalk([cli.dir + "/in"])
        XCTAssertEqual(walk.next(1).count, 1)
        XCTAssertEqual(walk.all().count, 29)
    }

    func testShardsMergeToTheBytesOfOneExtract() throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Golden.seedsDirectory).filter { $0.hasSuffix(".txt") }.sorted()
        for s in seeds { cli.file("in/\(s)", Array(try Data(contentsOf: URL(fileURLWithPath: Golden.seedsDirectory + "/" + s)))) }
        // Each seed once more under another name: every dated, placed report then merges across documents.
        for s in seeds { cli.file("in/copy-\(s)", Array(try Data(contentsOf: URL(fileURLWithPath: Golden.seedsDirectory + "/" + s)))) }
        let single = try cli.run(["extract", "in", "-o", "single.geojson"])
        XCTAssertEqual(single.code, 0, single.err)
        let names = (seeds + seeds.map { "copy-" + $0 }).sorted()
        // Shards that cut across the list, each written as .geojson or .geojsonl.
        let shards = [Array(names[0..<3]), Array(names[3..<4]), Array(names[4...])]
        var shardFiles: [String] = []
        for (k, shard) in shards.enumerated() {
            let out = "shard-\(k).geojson"
            let r = try cli.run(["extract", "--no-merge"] + shard.map { "in/" + $0 } + ["-o", out])
            XCTAssertEqual(r.code, 0, r.err)
            shardFiles.append(out)
        }
        let lines = try cli.run(["export", "shard-1.geojson", "-o", "shard-1.geojsonl"])
        XCTAssertEqual(lines.code, 0, lines.err)
        for order in [shardFiles, shardFiles.reversed(), ["shard-2.geojson", "shard-1.geojsonl", "shard-0.geojson"]] {
            let m = try cli.run(["merge"] + order + ["-o", "merged.geojson"])
            XCTAssertEqual(m.code, 0, m.err)
            XCTAssertEqual(cli.contents("merged.geojson"), cli.contents("single.geojson"), "\(order)")
        }
        XCTAssertGreaterThan(cli.contents("single.geojson")?.components(separatedBy: "\"sources\":[\"").filter { $0.contains("copy-") }.count ?? 0, 0)
    }

    func testMergeRefusesWhatIsNotGeoJSON() throws {
        cli.file("bad.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"geometry\":nul\n]}\n")
        let r = try cli.run(["merge", "bad.geojson", "-o", "out.geojson"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("bad.geojson:2:"), r.err)
        XCTAssertFalse(cli.exists("out.geojson"), "nothing written")
        let none = try cli.run(["merge"])
        XCTAssertEqual(none.code, 2)
        let missing = try cli.run(["merge", "nowhere.geojson"])
        XCTAssertEqual(missing.code, 1)
        XCTAssertTrue(missing.err.contains("nowhere.geojson"), missing.err)
    }
}
