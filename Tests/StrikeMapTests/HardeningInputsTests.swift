import Foundation
import XCTest
@testable import StrikeMap

/// The hardening catalogue (issue 17), part two: inputs that must not be lost or misreported, and outputs
/// users build on.
final class HardeningInputsTests: XCTestCase {
    private var cli = CLIRun(dir: "")

    override func setUpWithError() throws { cli = try CLIRun.temporaryDirectory("inputs") }
    override func tearDown() { cli.remove() }

    func testBadNamesAndDanglingLinksAreNamedAndCounted() throws {
        try FileManager.default.createDirectory(atPath: cli.dir + "/in", withIntermediateDirectories: true)
        cli.file("in/a.txt", CLIRun.good)
        // A name that is not UTF-8 ("caf\xE9.txt" in Latin-1), made through the C API.
        let raw: [CChar] = Array((cli.dir + "/in/caf").utf8CString.dropLast()) + [CChar(bitPattern: 0xE9)] + Array(".txt".utf8CString)
        let fd = open(raw, O_CREAT | O_WRONLY, 0o644)
        XCTAssertGreaterThanOrEqual(fd, 0)
        close(fd)
        try FileManager.default.createSymbolicLink(atPath: cli.dir + "/in/gone.txt", withDestinationPath: cli.dir + "/nowhere.txt")
        let r = try cli.run(["extract", "in"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("in/caf\\xE9.txt: warning: file name is not valid UTF-8; not read (rename it to read it) (counted as a failed input)"), r.err)
        XCTAssertTrue(r.err.contains("in/gone.txt: warning: dangling symlink (its target does not exist); not read (counted as a failed input)"), r.err)
        XCTAssertEqual(CLIRun.features(r.out), 1, "the other file is still read")
        let d = try cli.run(["extract", "in/gone.txt"])
        XCTAssertTrue(d.err.contains("in/gone.txt: warning: dangling symlink"), d.err)
        XCTAssertEqual(d.code, 1)
    }

    func testFilesADirectoryHoldsAreReadOrCounted() throws {
        try FileManager.default.createDirectory(atPath: cli.dir + "/in", withIntermediateDirectories: true)
        cli.file("in/a.txt", CLIRun.good)
        cli.file("in/page.html", "<html><body><p>" + CLIRun.good.replacingOccurrences(of: "\n", with: "</p><p>") + "</p></body></html>")
        cli.file("in/image.png", "\u{89}PNG")
        cli.file("in/.notes.txt", CLIRun.good)
        let r = try cli.run(["extract", "--no-merge", "in"])
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertEqual(CLIRun.features(r.out), 2, "the .txt and the .html page")
        let twice = try cli.run(["extract", "--no-merge", "in/a.txt", "in", "./in/a.txt"])
        XCTAssertEqual(CLIRun.features(twice.out), 2, "a file named twice is read once")
        XCTAssertEqual(twice.err.components(separatedBy: "the same file as ./in/a.txt; read once").count - 1, 2, twice.err)
        XCTAssertTrue(twice.err.contains("in/a.txt: warning: the same file as ./in/a.txt; read once"), twice.err)
        XCTAssertTrue(r.err.contains("in: warning: 2 entries not read (hidden, a run's report.txt or map.html, or not .txt, .md, .html or .pdf): in/.notes.txt, in/image.png"), r.err)
    }

    func testUTF32AndRepeatedByteOrderMarks() throws {
        func utf32(_ text: String, bigEndian: Bool) -> [UInt8] {
            var out: [UInt8] = bigEndian ? [0, 0, 0xFE, 0xFF] : [0xFF, 0xFE, 0, 0]
            for s in text.unicodeScalars {
                let v = s.value
                let b = [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
                out += bigEndian ? b : b.reversed()
            }
            return out
        }
        cli.file("le.txt", utf32(CLIRun.good, bigEndian: false))
        cli.file("be.txt", utf32(CLIRun.good, bigEndian: true))
        cli.file("two-boms.txt", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array(CLIRun.good.utf8))
        let r = try cli.run(["extract", "--no-merge", "le.txt", "be.txt", "two-boms.txt"])
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertEqual(r.out.components(separatedBy: "\"date\":\"2019-01-04\"").count - 1, 3, "each is read, date header included")
    }

    func testMissingTemporaryDirectoryIsNamed() throws {
        cli.file("a.txt", CLIRun.good)
        // A small corpus merges in memory and needs no temporary file; past the budget it does.
        let small = try cli.run(["extract", "a.txt", "-o", "out.geojson"], environment: ["TMPDIR": cli.dir + "/no-such-dir"])
        XCTAssertEqual(small.code, 0, small.err)
        let r = try cli.run(["extract", "a.txt", "--merge-memory-mb", "0", "-o", "spilled.geojson"], environment: ["TMPDIR": cli.dir + "/no-such-dir"])
        XCTAssertEqual(r.code, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.dir + "/spilled.geojson"))
        XCTAssertTrue(r.err.contains("no-such-dir: cannot create a temporary file: no such file or directory"), r.err)
        XCTAssertTrue(r.err.contains("TMPDIR="), r.err)
        XCTAssertEqual(r.err.split(separator: "\n").count, 1)
    }

    func testControlCharactersNeverReachTheTerminalOrReport() throws {
        try FileManager.default.createDirectory(atPath: cli.dir + "/in", withIntermediateDirectories: true)
        cli.file("in/\u{1B}]0;owned\u{07}.txt", "date 2019-01-05\n\nOn Friday, an airstrike hit Hajin \u{1B}[31mred\u{9B}2J near Fooville\u{1B}.\n")
        let r = try cli.run(["run", "in", "--out", "out"])
        XCTAssertEqual(r.code, 0, r.err)
        let report = cli.contents("out/report.txt") ?? ""
        for text in [r.err, report] {
            XCTAssertFalse(text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }, text)
        }
        XCTAssertTrue(report.contains("\\x1B]0;owned\\x07.txt"), report)
    }

    func testCheckAndReadersAgree() throws {
        func collection(_ properties: String, geometry: String = "{\"type\":\"Point\",\"coordinates\":[40.1,35.3]}") -> String {
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":\(geometry),\"properties\":{\(properties)}}]}"
        }
        cli.file("dup.geojson", collection("\"strikes\":1,\"strikes\":2"))
        cli.file("surrogate.geojson", collection("\"place\":\"\\ud800\""))
        cli.file("kind.geojson", collection("\"kind\":\"nuclear\""))
        cli.file("country.geojson", collection("\"country\":\"Syria\""))
        cli.file("negative.geojson", collection("\"strikes\":-5"))
        cli.file("precision.geojson", collection("\"geo_precision\":9"))
        cli.file("bare.geojson", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[40.1,35.3]},\"properties\":{\"kind\":\"airstrike\"}}")
        let dup = try cli.run(["check", "dup.geojson"])
        XCTAssertTrue(dup.err.contains("dup.geojson:1:139: warning: member name \"strikes\" repeats in its object"), dup.err)
        for bad in ["surrogate", "kind", "country", "negative", "precision"] {
            let c = try cli.run(["check", bad + ".geojson"]), m = try cli.run(["map", bad + ".geojson", "-o", bad + ".svg"])
            XCTAssertEqual(c.code, 1, "check \(bad)")
            XCTAssertEqual(m.code, 1, "map \(bad): \(m.err)")
            XCTAssertEqual(c.err.split(separator: "\n").first, m.err.split(separator: "\n").first, "same message from check and map")
            XCTAssertFalse(cli.exists(bad + ".svg"))
        }
        XCTAssertTrue(try cli.run(["check", "negative.geojson"]).err.contains("'strikes' must be a count of 0 or more, found -5"))
        XCTAssertTrue(try cli.run(["check", "surrogate.geojson"]).err.contains("lone surrogate escape \\ud800"))
        XCTAssertEqual(try cli.run(["check", "bare.geojson"]).code, 0)
        XCTAssertEqual(try cli.run(["map", "bare.geojson", "-o", "bare.svg"]).code, 0)
    }

    func testAbsentPropertiesStayAbsent() throws {
        cli.file("foreign.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[40.1,35.3]},\"properties\":{\"kind\":\"airstrike\",\"id\":\"x1\"}}]}")
        XCTAssertEqual(try cli.run(["export", "foreign.geojson", "-o", "out.geojson"]).code, 0)
        let out = cli.contents("out.geojson") ?? ""
        for key in ["geo_precision", "uncertainty_km", "confidence"] { XCTAssertTrue(out.contains("\"\(key)\":null"), "\(key): \(out)") }
    }

    func testFilesOfSwappedPointsAreAnError() throws {
        // Raqqah, Mosul and Sirte written [lat, lon].
        let points = [("geonames:172955", 35.95283, 39.00788), ("geonames:99072", 36.335, 43.11889), ("geonames:2210554", 31.20892, 16.58866)]
        let features = points.map { id, lat, lon in
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[\(lat),\(lon)]},\"properties\":{\"place_id\":\"\(id)\"}}"
        }
        cli.file("swapped.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}")
        let r = try cli.run(["check", "swapped.geojson"])
        XCTAssertEqual(r.code, 1, r.err)
        XCTAssertTrue(r.err.contains("error: 3 of 3 points read as [latitude, longitude]"), r.err)
        // Points outside the product's region that only the region box doubts stay warnings: a valid
        // file of Ukraine (latitude 45-52) is no error.
        let ukraine = (0..<3).map { k in "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[\(30 + k),\(49 + k)]},\"properties\":{}}" }
        cli.file("ukraine.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\(ukraine.joined(separator: ","))]}")
        let u = try cli.run(["check", "ukraine.geojson"])
        XCTAssertEqual(u.code, 0, u.err)
        XCTAssertTrue(u.err.contains("warning: feature 1: [30.0, 49.0] looks like [latitude, longitude] for this product's region"), u.err)
        // Inside its country only when read the other way round: evidence enough.
        let c = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[35.0,38.5]},\"properties\":{\"country\":\"SY\"}}"
        cli.file("country.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\(c),\(c)]}")
        XCTAssertEqual(try cli.run(["check", "country.geojson"]).code, 1)
    }

    func testDoubleDashEndsOptions() throws {
        cli.file("-x.txt", CLIRun.good)
        let r = try cli.run(["extract", "--", "-x.txt"])
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertEqual(CLIRun.features(r.out), 1)
        let hint = try cli.run(["extract", "-x.txt"])
        XCTAssertEqual(hint.code, 2)
        XCTAssertTrue(hint.err.contains("unknown option '-x.txt' for extract; to name the file '-x.txt', put '--' before it or write ./-x.txt"), hint.err)
    }

    func testFeatureIdsAreUniqueAndDuplicatesAreChecked() throws {
        cli.file("k.txt", "date 2019-01-05\n\nOn Friday, two airstrikes southwest of Kobani destroyed a fighting position; another airstrike south of Kobani destroyed a vehicle.\n")
        let r = try cli.run(["extract", "k.txt", "-o", "k.geojson"])
        XCTAssertEqual(r.code, 0, r.err)
        let ids = (cli.contents("k.geojson") ?? "").components(separatedBy: "\"id\":\"").dropFirst().map { $0.prefix(16) }
        XCTAssertGreaterThanOrEqual(ids.count, 4, "each event's id twice (feature and property)")
        XCTAssertEqual(Set(ids).count, ids.count / 2)
        XCTAssertEqual(try cli.run(["check", "k.geojson"]).code, 0)
        let again = try cli.run(["extract", "k.txt"])
        XCTAssertEqual(again.out, cli.contents("k.geojson"), "stable across reruns")
        let f = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"id\":\"same\"}}"
        cli.file("dups.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\(f),\(f)]}")
        let c = try cli.run(["check", "dups.geojson"])
        XCTAssertEqual(c.code, 1)
        XCTAssertTrue(c.err.contains("feature 2: id \"same\" repeats feature 1's"), c.err)
    }

    func testMapExtensionsAndProjectionEdges() throws {
        cli.file("a.txt", CLIRun.good)
        XCTAssertEqual(try cli.run(["extract", "a.txt", "-o", "e.geojson"]).code, 0)
        let jpg = try cli.run(["map", "e.geojson", "-o", "m.jpg"])
        XCTAssertEqual(jpg.code, 2)
        XCTAssertTrue(jpg.err.contains("m.jpg: map writes .svg, .png or .pdf, not .jpg"), jpg.err)
        XCTAssertFalse(cli.exists("m.jpg"))
        let png = try cli.run(["map", "e.geojson", "-o", "m.png"])
        if VideoToolsProbe.has("rsvg-convert") {
            XCTAssertEqual(png.code, 0, png.err)
            XCTAssertEqual(FileManager.default.contents(atPath: cli.dir + "/m.png")?.prefix(4), Data([0x89, 0x50, 0x4E, 0x47]))
        } else {
            XCTAssertEqual(png.code, 1)
            XCTAssertTrue(png.err.contains("librsvg2-bin"), png.err)
            XCTAssertFalse(cli.exists("m.png"))
        }
        for box in ["30,-12,50,12", "170,-10,-170,10", "-180,60,180,90", "-20,-90,20,-60", "-1,-0.5,1,0.5"] {
            let r = try cli.run(["map", "e.geojson", "--bbox", box, "-o", "b.svg"])
            XCTAssertEqual(r.code, 0, "\(box): \(r.err)")
            XCTAssertFalse((cli.contents("b.svg") ?? "NaN").contains("NaN"), box)
        }
        let sea = try cli.run(["map", "e.geojson", "--bbox", "30,-12,50,12", "-o", "b.svg"])
        XCTAssertFalse(sea.err.contains("basemap"), "the world basemap covers every box: \(sea.err)")
        let flat = try cli.run(["map", "e.geojson", "--bbox", "30,10,30,20"])
        XCTAssertEqual(flat.code, 2)
        XCTAssertTrue(flat.err.contains("must be W,S,E,N"), flat.err)
    }

    func testTimelineStepsAreCappedBeforeAnythingIsBuilt() throws {
        let f = { (d: String) in "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[40.1,35.3]},\"properties\":{\"date\":\"\(d)\",\"id\":\"\(d)\"}}" }
        cli.file("span.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\(f("0001-01-01")),\(f("9999-12-31"))]}")
        let r = try cli.run(["timeline", "span.geojson", "--step", "day", "-o", "t.svg"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("the events span 0001-01-01 to 9999-12-31: 3652059 steps, over the limit of 10000; use --step week or --step month"), r.err)
        XCTAssertFalse(cli.exists("t.svg"))
    }

    func testFuzzerFindingsStayFixed() throws {
        // A sentence that ends on "by the" after a trigger; a count too large for any integer.
        let article = try ArticleDecoder().decode(Array("date 2019-01-05\n\nOn Friday, near Raqqa, artillery fire by the".utf8), source: "f.txt")
        XCTAssertEqual(StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(article).events.count, 1)
        // Counts past 32 bits, and a scale that overflows: no count, and the output passes its own check.
        for text in ["On Friday, 99999999999999999 airstrikes hit Raqqa.", "On Friday, 9999999999999999 million airstrikes hit Raqqa."] {
            let a = try ArticleDecoder().decode(Array("date 2019-01-05\n\n\(text)".utf8), source: "n.txt")
            let events = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared).extract(a).events
            XCTAssertEqual(events.count, 1, text)
            XCTAssertNil(events.first?.strikes, text)
            XCTAssertTrue(GeoJSONCheck.check(GeoJSONWriter.write(events), path: "n.geojson").allSatisfy { $0.severity != .error }, text)
        }
        let huge = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"confidence\":1e300}}"
        let problems = GeoJSONCheck.check(Array(huge.utf8), path: "h.geojson")
        XCTAssertEqual(problems.map(\.message), ["feature 1: 'confidence' must be a number from 0 to 1, found 1e+300"])
    }

    func testErrorLinesSayWhatWentWrong() throws {
        try FileManager.default.createDirectory(atPath: cli.dir + "/adir.geojson", withIntermediateDirectories: true)
        let missing = try cli.run(["map", "missing.geojson"])
        XCTAssertEqual(missing.err, "strikemap: error: missing.geojson: no such file or directory\n")
        let dir = try cli.run(["check", "adir.geojson"])
        XCTAssertEqual(dir.err, "strikemap: error: adir.geojson: cannot read: is a directory\n")
        let out = try cli.run(["extract", "missing.txt"])
        XCTAssertEqual(out.err, "strikemap: error: missing.txt: no such file or directory\n")
    }
}

/// Whether a helper program is on PATH, for tests whose expectation depends on it.
enum VideoToolsProbe {
    static func has(_ tool: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
        }
    }
}
