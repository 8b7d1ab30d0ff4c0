import Foundation
import XCTest
@testable import StrikeMap

/// The catalogue of bad input (issue 8): each case runs the `strikemap` binary built beside the tests and
/// asserts the exit code, the message and what was still written.
final class BadInputCatalogueTests: XCTestCase {
    private var cli = CLIRun(dir: "")
    private var dir: String { cli.dir }

    override func setUpWithError() throws { cli = try CLIRun.temporaryDirectory("bad") }
    override func tearDown() { cli.remove() }

    private func run(_ args: [String]) throws -> (code: Int32, out: String, err: String) {
        let r = try cli.run(args)
        return (r.code, r.out, r.err)
    }

    @discardableResult
    private func file(_ name: String, _ bytes: [UInt8]) -> String { cli.file(name, bytes) }

    @discardableResult
    private func file(_ name: String, _ text: String) -> String { cli.file(name, text) }

    private let good = "date 2019-01-05\n\nOn Friday, coalition airstrikes hit Hajin, killing 4 civilians.\n"

    func testEmptyWhitespaceBinaryAndImageDocuments() throws {
        file("empty.txt", "")
        file("blank.txt", " \n\t\n")
        file("nul.txt", [0x41, 0x00, 0x42, 0x0A])
        file("img.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        file("good.txt", good)
        let r = try run(["extract", "-o", "out.geojson", "empty.txt", "blank.txt", "nul.txt", "img.txt", "good.txt"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("strikemap: error: empty.txt: empty document (no text to read)"), r.err)
        XCTAssertTrue(r.err.contains("strikemap: error: blank.txt: empty document (no text to read)"))
        XCTAssertTrue(r.err.contains("strikemap: error: nul.txt: not a text document (contains NUL bytes)"))
        XCTAssertTrue(r.err.contains("strikemap: error: img.txt: not a text document (PNG image)"))
        // One failing document never stops the others.
        XCTAssertTrue(try String(contentsOfFile: dir + "/out.geojson", encoding: .utf8).contains("Hajin"))
    }

    func testHugeLineIsRefusedWithTheLimit() throws {
        file("huge.txt", [UInt8](repeating: 0x61, count: 50_000_000))
        let r = try run(["extract", "huge.txt"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("huge.txt: document of 50000000 bytes is over the limit of 20000000 bytes"), r.err)
        file("small.txt", good)
        let l = try run(["extract", "--max-document-mb", "0.00005", "small.txt"])
        XCTAssertEqual(l.code, 1)
        XCTAssertTrue(l.err.contains("small.txt: document of 81 bytes is over the limit of 50 bytes"), l.err)
    }

    func testInvalidUTF8AndUTF16AreRead() throws {
        file("bad-utf8.txt", Array(good.utf8) + [0xC3, 0x28, 0x0A])
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in good.utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        file("utf16.txt", utf16)
        let r = try run(["extract", "--no-merge", "bad-utf8.txt", "utf16.txt"])
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(r.err.contains("bad-utf8.txt: warning: 1 invalid UTF-8 byte replaced by U+FFFD at byte offset 81"), r.err)
        XCTAssertEqual(r.out.components(separatedBy: "\"place\":\"Hajīn\"").count - 1, 2, "both documents give their event")
    }

    func testHTMLPageGivesItsVisibleTextOnly() throws {
        file("page.html", "<!DOCTYPE html><html><head><script>var x = 'Mosul';</script></head><body><div class=\"Kirkuk\"><p>date 2019-01-05</p><p>On Friday, airstrikes hit Hajin &amp; Raqqa.</p></div></body></html>")
        let r = try run(["places", "--format", "tsv", "--published", "2019-01-05", "page.html"])
        XCTAssertEqual(r.code, 0)
        let mentions = r.out.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[5] }
        XCTAssertEqual(mentions, ["Hajin", "Raqqa"])
        XCTAssertTrue(r.err.contains("page.html: warning: HTML page: its visible text is read"))
    }

    func testNumbersDatesAndHeadersWarnButTheRestGoesThrough() throws {
        file("n.txt", "date 2019-01-05\n\nOn Friday, 99999999999999999999 strikes hit Hajin. On 32nd March, an airstrike hit Raqqa.\n")
        file("h.txt", "date 2019-13-45\n\nOn Friday, an airstrike hit Hajin.\n")
        file("fm.txt", "---\ndate: 2019-01-05\ntitle: never closed\n\nOn Friday, an airstrike hit Hajin.\n")
        let r = try run(["extract", "n.txt", "h.txt", "fm.txt"])
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(r.err.contains("n.txt:3:12: warning: number '99999999999999999999' is too large to be a count; ignored"), r.err)
        XCTAssertTrue(r.err.contains("warning: impossible date '32nd March' ignored"))
        XCTAssertTrue(r.err.contains("h.txt:1:6: warning: malformed date header '2019-13-45': expected YYYY-MM-DD; the document is read as undated"))
        XCTAssertTrue(r.err.contains("fm.txt:1:1: warning:"), r.err)
        XCTAssertTrue(r.out.contains("\"source\":\"fm.txt\""))
    }

    func testHundredThousandSentences() throws {
        file("long.txt", "date 2019-01-05\n\n" + String(repeating: "Officials met in Baghdad on Friday. ", count: 100_000) + "On Friday, an airstrike hit Hajin.\n")
        let r = try run(["extract", "long.txt"])
        XCTAssertEqual(r.code, 0)
        XCTAssertEqual(r.out.components(separatedBy: "\"type\":\"Feature\"").count - 1, 1)
    }

    func testSymlinkLoopMissingAndUnreadableInputs() throws {
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        file("in/a.txt", good)
        try FileManager.default.createSymbolicLink(atPath: dir + "/in/loop", withDestinationPath: dir + "/in")
        let r = try run(["extract", "in", "missing.txt"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("strikemap: error: missing.txt: no such file or directory"), r.err)
        XCTAssertEqual(r.out.components(separatedBy: "\"type\":\"Feature\"").count - 1, 1, "a.txt once, the loop not followed")
        if getuid() != 0 {
            file("secret.txt", good)
            chmod(dir + "/secret.txt", 0)
            let u = try run(["extract", "secret.txt"])
            XCTAssertEqual(u.code, 1)
            XCTAssertTrue(u.err.contains("secret.txt: cannot read"), u.err)
        }
    }

    func testOutputsThatCannotBeWritten() throws {
        file("a.txt", good)
        try FileManager.default.createDirectory(atPath: dir + "/outdir", withIntermediateDirectories: true)
        let d = try run(["extract", "a.txt", "-o", "outdir"])
        XCTAssertEqual(d.code, 1)
        XCTAssertTrue(d.err.contains("strikemap: error: outdir: cannot write: is a directory"), d.err)
        let f = try run(["extract", "a.txt", "-o", "/dev/full"])
        XCTAssertEqual(f.code, 1)
        XCTAssertTrue(f.err.contains("strikemap: error: /dev/full: cannot write: No space left on device"), f.err)
        var st = stat()
        XCTAssertEqual(stat("/dev/full", &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFCHR, "the device is still a device")
        let x = try run(["export", "nothing.geojson", "-o", "x.xlsx"])
        XCTAssertEqual(x.code, 2)
        XCTAssertTrue(x.err.contains("x.xlsx: unknown output format"))
    }

    func testGazetteerFiles() throws {
        file("g.tsv", "id\tname\tlatitude\tlongitude\tcountry\nmine:1\tCamp Foo\t34.5\t40.1\tSY\nmine:2\tBad\t95\t40\tSY\n")
        file("g.bin", [0, 1, 2, 3])
        let w = try run(["lookup", "Camp Foo", "--gazetteer", "g.tsv"])
        XCTAssertEqual(w.code, 0)
        XCTAssertTrue(w.err.contains("g.tsv:3:12: warning: latitude 95 is outside -90...90; row skipped"), w.err)
        XCTAssertTrue(w.out.contains("mine:1\tCamp Foo"))
        let s = try run(["lookup", "Camp Foo", "--gazetteer", "g.tsv", "--strict"])
        XCTAssertEqual(s.code, 1)
        XCTAssertEqual(s.err, "g.tsv:3:12: error: latitude 95 is outside -90...90\n")
        let b = try run(["lookup", "Raqqa", "--gazetteer", "g.bin"])
        XCTAssertEqual(b.code, 1)
        XCTAssertEqual(b.err, "strikemap: error: g.bin: not a text gazetteer (contains NUL bytes)\n")
    }

    func testGeoJSONInputs() throws {
        file("trunc.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",")
        file("types.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"strikes\":\"many\"}}]}")
        file("nested.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"strikes\":[[[[[[[[[[1]]]]]]]]]]}}]}")
        file("empty.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}")
        let t = try run(["map", "trunc.geojson", "-o", "m.svg"])
        XCTAssertEqual(t.code, 1)
        XCTAssertTrue(t.err.hasPrefix("trunc.geojson:1:") && t.err.contains(": error: ") && t.err.split(separator: "\n").count == 1, t.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/m.svg"), "nothing written")
        let w = try run(["export", "types.geojson", "-o", "t.csv"])
        XCTAssertEqual(w.code, 1)
        XCTAssertEqual(w.err, "types.geojson:1:99: error: feature 1: property 'strikes' must be a number or null, found a string\n")
        let n = try run(["timeline", "nested.geojson", "-o", "t.svg"])
        XCTAssertEqual(n.code, 1)
        XCTAssertTrue(n.err.contains("property 'strikes' must be a number or null, found an array"), n.err)
        let e = try run(["export", "empty.geojson", "-o", "e.csv"])
        XCTAssertEqual(e.code, 1)
        XCTAssertEqual(e.err, "strikemap: error: e.csv: nothing to export (the input has no features)\n")
        let m = try run(["map", "empty.geojson", "-o", "m.svg"])
        XCTAssertEqual(m.code, 0)
        XCTAssertEqual(m.err, "strikemap: warning: no located events to map; the map shows the basemap only\n")
        let tl = try run(["timeline", "empty.geojson", "-o", "t.svg"])
        XCTAssertEqual(tl.code, 0)
        XCTAssertTrue(tl.err.contains("no dated events"))
        let c = try run(["check", "types.geojson"])
        XCTAssertEqual(c.code, 1)
    }

    func testUsageErrors() throws {
        XCTAssertEqual(try run(["frobnicate"]).code, 2)
        XCTAssertEqual(try run(["extract", "--bogus", "x.txt"]).code, 2)
        let p = try run(["extract", "--published", "05/01/2019", "x.txt"])
        XCTAssertEqual(p.code, 2)
        XCTAssertTrue(p.err.contains("--published '05/01/2019' is not a date of the form YYYY-MM-DD"))
        let s = try run(["timeline", "x.geojson", "--step", "fortnight"])
        XCTAssertEqual(s.code, 2)
        XCTAssertTrue(s.err.contains("--step 'fortnight' must be day, week or month"))
        let b = try run(["map", "x.geojson", "--bbox", "50,30,40,35"])
        XCTAssertEqual(b.code, 2)
        XCTAssertTrue(b.err.contains("--bbox '50,30,40,35' must be W,S,E,N"))
    }
}
