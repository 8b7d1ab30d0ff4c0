import XCTest

/// The declared options: each command's parsing, help and usage line come from one declaration, and a
/// repeated single option, a malformed value or an unknown option is a usage error naming it.
final class CommandLineTests: XCTestCase {
    private var cli: CLIRun!

    override func setUpWithError() throws { cli = try CLIRun.temporaryDirectory("cli") }
    override func tearDown() { cli.remove() }

    private func usageError(_ args: [String], _ wanted: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try cli.run(args)
        XCTAssertEqual(r.code, 2, r.err, file: file, line: line)
        XCTAssertTrue(r.err.contains(wanted), "\(args): \(r.err)", file: file, line: line)
        XCTAssertTrue(r.err.hasPrefix("strikemap: error: "), r.err, file: file, line: line)
        XCTAssertTrue(r.out.isEmpty, file: file, line: line)
    }

    func testRepeatedMalformedAndUnknownOptionsAreUsageErrors() throws {
        cli.file("a.txt", CLIRun.good)
        try usageError(["extract", "-o", "a.geojson", "--output", "b.geojson", "a.txt"], "option '--output' is given twice ('a.geojson' and 'b.geojson')")
        try usageError(["lookup", "Raqqa", "--near", "35,abc,39"], "--near '35,abc,39' must be LAT,LON: 2 numbers separated by commas")
        try usageError(["lookup", "Raqqa", "--near", "35"], "must be LAT,LON")
        try usageError(["map", "x.geojson", "--bbox", "30,x,32,40,45"], "--bbox '30,x,32,40,45' must be W,S,E,N: 4 numbers")
        try usageError(["map", "x.geojson", "--bbox", "30,32,,40"], "must be W,S,E,N")
        try usageError(["timeline", "x.geojson", "--seconds", "fast"], "--seconds 'fast' must be a number of seconds from 1 to 3600")
        try usageError(["places", "a.txt", "--format", "xml"], "--format 'xml' must be geojson or tsv")
        try usageError(["run", "--bogus"], "unknown option '--bogus' for run")
        try usageError(["extract", "--strict=yes", "a.txt"], "option '--strict' takes no value")
        try usageError(["extract", "a.txt", "--published"], "option '--published' needs a value")
        try usageError(["export", "x.geojson"], "export needs -o OUT")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.dir + "/a.geojson"), "nothing is written after a usage error")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.dir + "/b.geojson"))
    }

    func testRunTakesDashOAsWellAsOut() throws {
        cli.file("in/a.txt", CLIRun.good)
        let r = try cli.run(["run", "in", "-o", "short"])
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cli.dir + "/short/strikes.geojson"))
        try usageError(["run", "in", "-o", "a", "--out", "b"], "option '--out' is given twice")
    }

    func testHelpAndUsageListEveryDeclaredOption() throws {
        // The reference lists every option; the overview only the common ones.
        let reference = try cli.run(["help", "--markdown"]).out
        for option in ["--title", "--explain", "--max-document-mb", "--published", "--no-merge", "--gazetteer", "--strict", "--bbox",
                       "--skip-empty", "--near", "--countries", "--format"] {
            XCTAssertTrue(reference.contains(option), "help --markdown lacks \(option)")
        }
        let run = try cli.run(["run", "--help"])
        XCTAssertEqual(run.code, 0)
        for option in ["-o, --out DIR", "--published YYYY-MM-DD", "--title TEXT", "--no-merge", "--max-document-mb N", "--gazetteer FILE", "--strict"] {
            XCTAssertTrue(run.out.contains(option), "run --help lacks \(option):\n\(run.out)")
        }
        // Every option of a usage line has a line of help.
        for command in ["run", "extract", "places", "map", "timeline", "export", "check", "lookup"] {
            let help = try cli.run([command, "--help"]).out
            let usage = help.components(separatedBy: "\n\n").first ?? ""
            let declared = usage.split(separator: "[").dropFirst().compactMap { $0.split(separator: " ").first?.split(separator: "]").first }
            for name in declared where name.hasPrefix("-") {
                XCTAssertTrue(help.contains("\n  " + name) || help.contains(", " + name) || help.contains("  " + name + ","), "\(command) --help: no help for \(name)")
            }
        }
    }
}
