import XCTest
@testable import StrikeMap

/// Hand-written features for `TypedGeoJSON`: what it must read itself (so that it is not always falling
/// back), and what it must leave to the tree; in every case both readers give the same result.
final class TypedGeoJSONCasesTests: XCTestCase {
    /// One feature with every field type, as the product writes it.
    static let full = """
        {"type":"Feature","id":"f1","geometry":{"type":"Point","coordinates":[44.4048,36.6087]},"properties":{"actor":"Iraq",\
        "aggregate":false,"assessment":"none found","assessment_end":40,"assessment_start":30,"civilian_deaths_max":3,\
        "civilian_deaths_min":1,"civilian_injured_max":null,"civilian_injured_min":0,"combatant_deaths_max":null,"combatant_deaths_min":16,\
        "combatant_injured_max":null,"combatant_injured_min":null,"confidence":0.8,"country":"IQ","date":"2020-04-22","date_end":"2020-04-24",\
        "date_precision":2,"date_text":"Wednesday","evidence":"Iraqi warplanes struck near Khalīfān.","evidence_end":193,"evidence_start":19,\
        "geo_precision":2,"id":"251cb319","kind":"airstrike","mention":"Khalīfān","place":"Khalīfān","place_id":"geonames:446732",\
        "published":"2020-04-23","reported_by":"a monitoring group","source":"doc-9.txt","sources":["doc-9.txt","doc-10.txt"],\
        "status":"reported","strikes":4,"strikes_qualifier":"at_least","targets":"a mortar position","uncertainty_km":10.0}}
        """

    private func collection(_ features: String..., head: String = "") -> [UInt8] {
        Array("{\"type\":\"FeatureCollection\",\(head)\"features\":[\n\(features.joined(separator: ",\n"))\n]}\n".utf8)
    }

    /// `full` with `old` replaced by `new` (which must occur).
    private func full(_ old: String, _ new: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertTrue(Self.full.contains(old), old, file: file, line: line)
        return Self.full.replacingOccurrences(of: old, with: new)
    }

    func testWellFormedVariantsAreReadFast() {
        let cases: [(String, [UInt8])] = [
            ("full", collection(Self.full)),
            ("no features", collection()),
            ("schema member", collection(Self.full, head: "\"strikemap\":{\"credits\":\"x\",\"layer\":\"events\",\"schema\":4},")),
            ("schema 1, no layer", collection(Self.full, head: "\"strikemap\":{\"schema\":1.0},")),
            ("escapes", collection(full("\"Iraqi warplanes", "\"\\\"Iraqi\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9\\u0041 \\ud83d\\ude00 \\u0000 warplanes"))),
            ("escaped key-like value", collection(full("\"a mortar position\"", "\"\\u0070lace\""))),
            ("raw bytes and a bad UTF-8 byte", collection(full("near Khalīfān", "near \u{1F600} \u{7F}")).map { $0 == 0x7F ? 0xFF : $0 }),
            ("exponents", collection(full("\"confidence\":0.8", "\"confidence\":8E-1").replacingOccurrences(of: "\"evidence_end\":193", with: "\"evidence_end\":1.93e2")
                .replacingOccurrences(of: "[44.4048,36.6087]", with: "[4.44048e+1,3.66087E1,-0]").replacingOccurrences(of: "\"uncertainty_km\":10.0", with: "\"uncertainty_km\":1e-7"))),
            ("long numbers", collection(full("\"confidence\":0.8", "\"confidence\":0.30000000000000004441").replacingOccurrences(of: "[44.4048,36.6087]", with: "[44.40480000000000000001,36.608712345678901234567]"))),
            ("negative zero count", collection(full("\"civilian_injured_min\":0", "\"civilian_injured_min\":-0"))),
            ("unknown plain members", collection(full("\"actor\":\"Iraq\"", "\"fid\":7,\"colour\":\"red\",\"flag\":true,\"n\":null,\"actor\":\"Iraq\"")
                .replacingOccurrences(of: "\"id\":\"f1\"", with: "\"id\":17,\"name\":\"x\""))),
            ("properties and geometry null", collection("{\"type\":\"Feature\",\"geometry\":null,\"properties\":null}", "{\"properties\":{}}", "{}")),
            ("sources as one string, DateTime dates", collection(full("[\"doc-9.txt\",\"doc-10.txt\"]", "\"a.txt; b.txt; \"").replacingOccurrences(of: "\"2020-04-22\"", with: "\"2020-04-22T00:00:00\""))),
            ("empty sources, id from the feature", collection(full("[\"doc-9.txt\",\"doc-10.txt\"]", "[]").replacingOccurrences(of: "\"id\":\"251cb319\",", with: ""))),
            ("no id at all", collection(full("\"id\":\"251cb319\",", "").replacingOccurrences(of: "\"id\":\"f1\",", with: ""))),
            ("members reordered, spaced", Array(" \u{FEFF}".utf8.dropFirst()) + Array("{ \"features\" : [ \(full("\"kind\":\"airstrike\",", "")) , \(Self.full) ] ,\r\n\t\"type\" : \"FeatureCollection\" , \"name\":\"x\" }".utf8)),
            ("altitude", collection(full("[44.4048,36.6087]", "[44.4048,36.6087,120.5]"))),
        ]
        for (label, bytes) in cases {
            XCTAssertTrue(TypedGeoJSONTests.assertSame(bytes, label), "fast path not taken: \(label)")
        }
    }

    func testWhatTheTreeMustReportIsLeftToIt() {
        let features: [(String, String)] = [
            ("repeated property", full("\"actor\":\"Iraq\"", "\"actor\":\"Iraq\",\"actor\":\"Iran\"")),
            ("repeated unknown property", full("\"actor\":\"Iraq\"", "\"fid\":1,\"actor\":\"Iraq\",\"fid\":2")),
            ("repeated feature member", full("\"id\":\"f1\"", "\"id\":\"f1\",\"id\":\"f2\"")),
            ("repeated geometry member", full("\"type\":\"Point\"", "\"type\":\"Point\",\"type\":\"Point\"")),
            ("string for a count", full("\"strikes\":4", "\"strikes\":\"four\"")),
            ("number for a date", full("\"date\":\"2020-04-22\"", "\"date\":20200422")),
            ("number for a text", full("\"date_text\":\"Wednesday\"", "\"date_text\":5.0")),
            ("string for a boolean", full("\"aggregate\":false", "\"aggregate\":\"no\"")),
            ("number in sources", full("[\"doc-9.txt\",\"doc-10.txt\"]", "[\"doc-9.txt\",10]")),
            ("boolean for a real", full("\"confidence\":0.8", "\"confidence\":true")),
            ("fraction for a count", full("\"strikes\":4", "\"strikes\":4.5")),
            ("huge count", full("\"strikes\":4", "\"strikes\":1e16")),
            ("unknown kind", full("\"kind\":\"airstrike\"", "\"kind\":\"bombing\"")),
            ("lower-case country", full("\"country\":\"IQ\"", "\"country\":\"iq\"")),
            ("confidence above 1", full("\"confidence\":0.8", "\"confidence\":1.5")),
            ("precision 9", full("\"geo_precision\":2", "\"geo_precision\":9")),
            ("end before start", full("\"date_end\":\"2020-04-24\"", "\"date_end\":\"2020-04-20\"")),
            ("max below min", full("\"civilian_deaths_max\":3", "\"civilian_deaths_max\":0")),
            ("impossible date", full("\"published\":\"2020-04-23\"", "\"published\":\"2020-02-30\"")),
            ("lone high surrogate", full("near Khalīfān", "\\ud800 x")),
            ("lone low surrogate", full("near Khalīfān", "\\udc00")),
            ("bad pair", full("near Khalīfān", "\\ud800\\u0041")),
            ("bad hex", full("near Khalīfān", "\\u00g1")),
            ("signed hex", full("near Khalīfān", "\\u+041")),
            ("unknown escape", full("near Khalīfān", "\\x41")),
            ("control character", full("near Khalīfān", "a\tb")),
            ("escaped key", full("\"place\":", "\"pl\\u0061ce\":")),
            ("non-ASCII key", full("\"actor\":\"Iraq\"", "\"actör\":\"Iraq\"")),
            ("LineString", full("{\"type\":\"Point\",\"coordinates\":[44.4048,36.6087]}", "{\"type\":\"LineString\",\"coordinates\":[[44,36],[45,37]]}")),
            ("no coordinates", full(",\"coordinates\":[44.4048,36.6087]", "")),
            ("latitude out of range", full("[44.4048,36.6087]", "[36.6087,144.4048]")),
            ("one coordinate", full("[44.4048,36.6087]", "[44.4048]")),
            ("string coordinates", full("[44.4048,36.6087]", "[\"44.4048\",36.6087]")),
            ("properties an array", full("\"properties\":{", "\"properties\":[{").replacingOccurrences(of: "10.0}}", with: "10.0}]}")),
            ("leading zero", full("\"strikes\":4", "\"strikes\":04")),
            ("bare fraction", full("\"confidence\":0.8", "\"confidence\":-.8")),
            ("trailing dot", full("\"strikes\":4", "\"strikes\":4.")),
            ("plus sign", full("\"strikes\":4", "\"strikes\":+4")),
            ("infinite", full("\"confidence\":0.8", "\"confidence\":1e400")),
            ("two dots", full("\"confidence\":0.8", "\"confidence\":0.8.1")),
            ("misspelt null", full("\"actor\":\"Iraq\"", "\"actor\":nul")),
            ("object member with a repeat", full("\"actor\":\"Iraq\"", "\"style\":{\"a\":1,\"a\":2},\"actor\":\"Iraq\"")),
            ("deep member", full("\"actor\":\"Iraq\"", "\"deep\":" + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + ",\"actor\":\"Iraq\"")),
            ("bbox", full("\"id\":\"f1\"", "\"id\":\"f1\",\"bbox\":[44,36,45,37]")),
        ]
        for (label, feature) in features {
            XCTAssertFalse(TypedGeoJSONTests.assertSame(collection(Self.full, feature), label), "fast path taken: \(label)")
        }
        let documents: [(String, String)] = [
            ("a bare Feature", Self.full),
            ("Topology", "{\"type\":\"Topology\",\"features\":[]}"),
            ("no features", "{\"type\":\"FeatureCollection\"}"),
            ("features an object", "{\"type\":\"FeatureCollection\",\"features\":{}}"),
            ("a feature a number", "{\"type\":\"FeatureCollection\",\"features\":[1]}"),
            ("newer schema", "{\"type\":\"FeatureCollection\",\"strikemap\":{\"schema\":9},\"features\":[]}"),
            ("places layer", "{\"type\":\"FeatureCollection\",\"strikemap\":{\"layer\":\"places\",\"schema\":4},\"features\":[]}"),
            ("null layer", "{\"type\":\"FeatureCollection\",\"strikemap\":{\"layer\":null,\"schema\":4},\"features\":[]}"),
            ("schema a string", "{\"type\":\"FeatureCollection\",\"strikemap\":{\"schema\":\"4\"},\"features\":[]}"),
            ("repeated root member", "{\"type\":\"FeatureCollection\",\"features\":[],\"features\":[]}"),
            ("trailing text", "{\"type\":\"FeatureCollection\",\"features\":[]} x"),
            ("trailing comma", "{\"type\":\"FeatureCollection\",\"features\":[\(Self.full),]}"),
            ("empty", ""),
            ("crs object", "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\"},\"features\":[]}"),
        ]
        for (label, text) in documents {
            XCTAssertFalse(TypedGeoJSONTests.assertSame(Array(text.utf8), label), "fast path taken: \(label)")
        }
    }
}
