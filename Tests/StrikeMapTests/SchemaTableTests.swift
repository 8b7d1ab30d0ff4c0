import XCTest
@testable import StrikeMap

/// docs/schema.md is the code's field table, row for row: RECORD_SNAPSHOTS=1 rewrites it.
final class SchemaTableTests: XCTestCase {
    private let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/schema.md")

    /// docs/schema.md is `SchemaReference.markdown()`, the field table's rows among it.
    func testSchemaDocIsTheFieldTable() throws {
        let expected = SchemaReference.markdown()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try expected.write(to: schema, atomically: true, encoding: .utf8)
            return
        }
        let text = try String(contentsOf: schema, encoding: .utf8)
        XCTAssertEqual(text, expected, "docs/schema.md differs from SchemaReference; RECORD_SNAPSHOTS=1 rewrites it")
        for f in EventField.allCases {
            XCTAssertTrue(text.contains("| `\(f.name)` | \(f.type.name) | `\(f.shapefileName)` | \(f.row.meaning) |"), f.name)
        }
    }

    func testShapefileNamesFitAndAreUnique() {
        let names = EventField.allCases.map(\.shapefileName)
        XCTAssertTrue(names.allSatisfy { $0.count <= 10 }, "\(names.filter { $0.count > 10 })")
        XCTAssertEqual(Set(names).count, names.count)
        XCTAssertEqual(Set(EventField.allCases.map(\.name)).count, EventField.allCases.count)
    }

    func testWrittenKeysAreTheTableSorted() throws {
        let e = StrikeEvent(id: "x", source: "a.txt", published: nil, evidence: "Jets struck.", evidenceStart: 0, evidenceEnd: 12)
        let text = String(decoding: GeoJSONWriter.write([e]), as: UTF8.self)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let feature = (object?["features"] as? [[String: Any]])?.first
        let keys = (feature?["properties"] as? [String: Any])?.keys.sorted()
        XCTAssertEqual(keys, EventField.allCases.map(\.name).sorted())
        XCTAssertEqual((object?[OutputSchema.member] as? [String: Any])?["schema"] as? Int, OutputSchema.version)
        // Keys in the text itself come sorted.
        let properties = try XCTUnwrap(text.range(of: "\"properties\":")).upperBound
        let order = EventField.sortedTable.map { text.range(of: "\"\($0.field.name)\":", range: properties..<text.endIndex)?.lowerBound }
        XCTAssertFalse(order.contains(nil))
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted())
    }

    func testReaderAcceptsOlderSchemasAndRefusesNewerOnesAndPlaces() throws {
        let feature = #"{"type":"Feature","geometry":null,"properties":{"kind":"strike"}}"#
        for member in ["", #""strikemap":{"schema":1},"#, #""strikemap":{"layer":"events","schema":2},"#, #""strikemap":{"layer":"events","schema":3},"#,
                       #""strikemap":{"layer":"events","schema":4},"#] {
            let text = #"{"type":"FeatureCollection",\#(member)"features":[\#(feature)]}"#
            XCTAssertEqual(try GeoJSONReader.parse(Array(text.utf8), path: "a.geojson").events.count, 1, member)
        }
        for (member, wanted) in [(#""strikemap":{"schema":5},"#, "newer strikemap"), (#""strikemap":{"layer":"places","schema":4},"#, "not \"events\""),
                                 (#""strikemap":2,"#, "whole-number 'schema'")] {
            let text = #"{"type":"FeatureCollection",\#(member)"features":[\#(feature)]}"#
            XCTAssertThrowsError(try GeoJSONReader.parse(Array(text.utf8), path: "a.geojson")) { error in
                XCTAssertTrue("\(error)".contains(wanted), "\(error)")
                XCTAssertTrue("\(error)".hasPrefix("a.geojson:1:"), "\(error)")
            }
            XCTAssertTrue(GeoJSONCheck.check(Array(text.utf8), path: "a.geojson").contains { $0.message.contains(wanted) })
        }
    }
}
