import Foundation
import XCTest
@testable import StrikeMap

/// `TypedGeoJSON` (the bytes straight to events) against `GeoJSONReader.parseTree` (the `JSONValue` tree):
/// whatever the fast path reads must be what the tree reads, events and diagnostics, and everything else
/// must be left to the tree; `GeoJSONReader.parse` must always give the tree's result or error.
final class TypedGeoJSONTests: XCTestCase {
    /// Compares the two readers on `bytes`; returns whether the fast path read it.
    @discardableResult
    static func assertSame(_ bytes: [UInt8], _ label: String, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let path = "dir/t.geojson"
        let tree = Result { try GeoJSONReader.parseTree(bytes, path: path) }
        let fast = TypedGeoJSON.read(bytes, path: path)
        let read = Result { try GeoJSONReader.parse(bytes, path: path) }
        switch (tree, read) {
        case (.success(let t), .success(let r)):
            assertEqual(r, t, label, file: file, line: line)
            if let fast { assertEqual(fast, t, label, file: file, line: line) }
        case (.failure(let t), .failure(let r)):
            XCTAssertEqual("\(r)", "\(t)", label, file: file, line: line)
            XCTAssertNil(fast, "the fast path read what the tree rejects (\(t)): \(label)", file: file, line: line)
        default:
            XCTFail("one reader failed, the other did not: \(label)", file: file, line: line)
        }
        return fast != nil
    }

    private static func assertEqual(_ a: GeoJSONReader.Result, _ b: GeoJSONReader.Result, _ label: String, file: StaticString, line: UInt) {
        XCTAssertEqual(a.events, b.events, label, file: file, line: line)
        XCTAssertEqual(a.diagnostics, b.diagnostics, label, file: file, line: line)
        // `String` compares by canonical equivalence and 0.0 equals -0.0: the bytes written back tell them apart.
        XCTAssertEqual(GeoJSONWriter.write(a.events), GeoJSONWriter.write(b.events), label, file: file, line: line)
    }

    private static func fixtures() throws -> [URL] {
        let all = FileManager.default.enumerator(at: Golden.directory, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return all.filter { $0.pathExtension == "geojson" }.sorted { $0.path < $1.path }
    }

    func testEveryFixtureReadsTheSameAndTheProductsOwnTakeTheFastPath() throws {
        let files = try Self.fixtures()
        XCTAssertGreaterThan(files.count, 5)
        for url in files {
            let bytes = Array(try Data(contentsOf: url))
            let fast = Self.assertSame(bytes, url.lastPathComponent)
            // Every fixture is the product's own output (or written like it): none needs the tree.
            XCTAssertTrue(fast, "fast path not taken for \(url.lastPathComponent)")
        }
    }

    func testAProductFileTakesTheFastPath() throws {
        let bytes = Array(try Data(contentsOf: Golden.directory.appendingPathComponent("seeds.geojson")))
        let fast = try XCTUnwrap(TypedGeoJSON.read(bytes, path: "seeds.geojson"))
        XCTAssertGreaterThan(fast.events.count, 10)
        XCTAssertGreaterThan(fast.events.filter { $0.mention != nil }.count, 5)
        XCTAssertTrue(Self.assertSame(bytes, "seeds.geojson"))
        // Written back, the same bytes.
        XCTAssertEqual(GeoJSONWriter.write(fast.events), bytes)
    }

    func testMergeReadsEachLineAsTheTreeDoes() throws {
        for url in try Self.fixtures() {
            let bytes = Array(try Data(contentsOf: url))
            var streamed: [StrikeEvent] = []
            let warnings = try FeatureStream.read(path: url.path) { streamed += $0 }
            let tree = try GeoJSONReader.parseTree(bytes, path: url.path)
            XCTAssertEqual(streamed, tree.events, url.lastPathComponent)
            XCTAssertEqual(warnings, tree.diagnostics, url.lastPathComponent)
        }
        // A product line is read from its bytes, with its position in the file.
        let line = Array(TypedGeoJSONCasesTests.full.utf8)
        let e = try XCTUnwrap(TypedGeoJSON.feature(line, path: "a/b.geojson", index: 7))
        var parser = JSONParser(line)
        var reader = FeatureReader(path: "a/b.geojson", index: 7, feature: try parser.parse())
        XCTAssertEqual(e, try reader.event())
        XCTAssertNil(TypedGeoJSON.feature(line + Array(" x".utf8), path: "a/b.geojson", index: 7))
    }

    func testEveryTruncationIsLeftToTheTree() throws {
        let bytes = Array(try Data(contentsOf: Golden.directory.appendingPathComponent("sample.geojson")))
        let closing = try XCTUnwrap(bytes.lastIndex(of: UInt8(ascii: "}")))
        var fastCount = 0
        for end in 0...closing where Self.assertSame(Array(bytes[..<end]), "truncated at \(end)") { fastCount += 1 }
        XCTAssertEqual(fastCount, 0)
        XCTAssertTrue(Self.assertSame(bytes, "whole"))
    }

    func testEveryOneByteChangeReadsTheSame() throws {
        let bytes = Array(try Data(contentsOf: Golden.directory.appendingPathComponent("sample.geojson")))
        var fast = 0, total = 0
        for k in stride(from: 0, to: bytes.count, by: 2) {
            for b in [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "7"), UInt8(ascii: "e"), UInt8(ascii: "}"), UInt8(ascii: ","), 0x20, 0xC3] where bytes[k] != b {
                var changed = bytes
                changed[k] = b
                total += 1
                if Self.assertSame(changed, "byte \(k) to \(b)") { fast += 1 }
            }
        }
        // Changes inside strings (evidence, names) still read fast; the rest fall back.
        XCTAssertGreaterThan(fast, total / 10)
        XCTAssertLessThan(fast, total)
    }
}
