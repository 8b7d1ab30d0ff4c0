import Foundation
import XCTest

/// The front door: a one-screen overview, `help COMMAND` as `COMMAND --help`, suggestions for mistyped
/// commands and options, the reference in docs/ equal to what the binary prints, completion scripts that
/// load, and a manual page groff renders without a warning.
final class CLIReferenceTests: XCTestCase {
    private var cli: CLIRun!
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    override func setUpWithError() throws { cli = try CLIRun.temporaryDirectory("reference") }
    override func tearDown() { cli.remove() }

    func testOverviewIsOneScreenWithEveryCommand() throws {
        let r = try cli.run(["--help"])
        XCTAssertEqual(r.code, 0)
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertLessThanOrEqual(lines.count, 40, r.out)
        for command in ["run", "extract", "merge", "places", "map", "timeline", "web", "chart", "export", "check", "lookup", "help", "completions"] {
            XCTAssertTrue(lines.contains { $0.hasPrefix("  " + command + " ") }, "no line for \(command)")
        }
        // A long value list is named once, not spelt out in every line.
        XCTAssertEqual(r.out.components(separatedBy: "under_investigation").count - 1, 1, r.out)
        XCTAssertEqual(try cli.run(["help"]).out, r.out)
    }

    func testHelpCommandIsTheCommandsHelp() throws {
        for command in ["extract", "map", "timeline", "completions"] {
            let a = try cli.run(["help", command]), b = try cli.run([command, "--help"])
            XCTAssertEqual(a.code, 0)
            XCTAssertEqual(a.out, b.out, command)
            XCTAssertTrue(a.out.hasPrefix("Usage: strikemap \(command)"), a.out)
        }
        let map = try cli.run(["map", "--help"]).out
        XCTAssertTrue(map.contains("[--status STATUS]..."), map)
        XCTAssertTrue(map.contains("STATUS: reported, confirmed"), map)
    }

    func testMistypedCommandsAndOptionsSuggestTheNearest() throws {
        for (args, wanted) in [(["extrct", "a.txt"], "unknown command 'extrct'; did you mean 'extract'?"),
                               (["extract", "--ouput", "x", "a.txt"], "unknown option '--ouput' for extract; did you mean '--output'?"),
                               (["map", "--titel", "T", "a.geojson"], "did you mean '--title'?"),
                               (["help", "mpa"], "did you mean 'map'?"),
                               (["completions", "bsh"], "did you mean 'bash'?")] {
            let r = try cli.run(args)
            XCTAssertEqual(r.code, 2, "\(args)")
            XCTAssertTrue(r.err.contains(wanted), "\(args): \(r.err)")
        }
        // Nothing near: no guess.
        let far = try cli.run(["frobnicate"])
        XCTAssertEqual(far.code, 2)
        XCTAssertFalse(far.err.contains("did you mean"), far.err)
    }

    /// docs/cli.md and docs/schema.md are what the binary prints (RECORD_SNAPSHOTS=1 rewrites them).
    func testReferenceInDocsIsWhatTheBinaryPrints() throws {
        for (flag, file) in [("--markdown", "docs/cli.md"), ("--schema", "docs/schema.md")] {
            let printed = try cli.run(["help", flag])
            XCTAssertEqual(printed.code, 0)
            let url = root.appendingPathComponent(file)
            if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
                try printed.out.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let committed = try String(contentsOf: url, encoding: .utf8)
            XCTAssertEqual(committed, printed.out, "\(file) differs from 'strikemap help \(flag)'; RECORD_SNAPSHOTS=1 rewrites it")
        }
    }

    func testCompletionScriptsLoad() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try cli.run(["completions", shell])
            XCTAssertEqual(r.code, 0)
            XCTAssertTrue(r.out.contains("extract") && r.out.contains(shell == "fish" ? "-l output" : "--output") && r.out.contains("under_investigation"), shell)
            cli.file("c." + shell, r.out)
        }
        let bash = try cli.bash("bash -n c.bash && bash -c 'source c.bash && complete -p strikemap && COMP_WORDS=(strikemap ex); COMP_CWORD=1; _strikemap; echo \"${COMPREPLY[*]}\"'")
        XCTAssertEqual(bash.code, 0, bash.err)
        XCTAssertTrue(bash.out.contains("complete -o filenames -F _strikemap strikemap"), bash.out)
        XCTAssertTrue(bash.out.contains("extract export"), bash.out)
        for shell in ["zsh", "fish"] where HelperPath.exists(shell) {
            let r = try cli.bash("\(shell) -n c.\(shell)")
            XCTAssertEqual(r.code, 0, "\(shell): \(r.err)")
        }
    }

    func testManPageRendersWithoutWarnings() throws {
        let r = try cli.run(["help", "--man"])
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(r.out.hasPrefix(".TH STRIKEMAP 1"), r.out)
        guard HelperPath.exists("groff") else { throw XCTSkip("groff not installed (Debian groff-base)") }
        cli.file("strikemap.1", r.out)
        let g = try cli.bash("groff -man -Tutf8 -ww -z strikemap.1")
        XCTAssertEqual(g.code, 0)
        XCTAssertEqual(g.err, "", "groff warnings:\n\(g.err)")
    }
}

/// Whether a program is on the PATH.
enum HelperPath {
    static func exists(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }
}
