import Foundation
import XCTest

/// `timeline --video/--gif` and `map -o .png` run helpers (ffmpeg, rsvg-convert): from a terminal they must
/// not be stopped by it, a helper that hangs is stopped with a clear error, and frames made only for the
/// video are removed. Stand-in helpers record what they were given, so the test needs neither tool.
final class HelperProcessTests: XCTestCase {
    private var cli = CLIRun(dir: "")

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("script(1) from util-linux is needed for a terminal") }
        cli = try CLIRun.temporaryDirectory("helpers")
        try FileManager.default.createDirectory(atPath: cli.dir + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: cli.dir + "/tmp", withIntermediateDirectories: true)
        // rsvg-convert: writes a PNG signature to the file after -o.
        helper("rsvg-convert", """
            out=""; while [ $# -gt 0 ]; do [ "$1" = "-o" ] && out="$2"; shift; done
            printf '\\211PNG\\r\\n' > "$out"
            """)
        let f = { (d: String) in "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[40.1,35.3]},\"properties\":{\"date\":\"\(d)\",\"id\":\"\(d)\"}}" }
        cli.file("e.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\(f("2019-01-01")),\(f("2019-01-05"))]}")
    }

    override func tearDown() { cli.remove() }

    private func helper(_ name: String, _ body: String) {
        let path = cli.file("bin/" + name, "#!/bin/bash\n" + body + "\n")
        chmod(path, 0o755)
    }

    /// The command run in a pseudo-terminal (stdin, stdout and stderr a tty), with the stand-ins first on PATH.
    private func inTerminal(_ command: String, timeout: String = "") throws -> CLIRun.Outcome {
        try cli.bash("export PATH=\"$PWD/bin:$PATH\" TMPDIR=\"$PWD/tmp\" \(timeout); timeout 60 script -qec \"$SM \(command)\" /dev/null; echo \"exit=$?\"")
    }

    func testVideoFromATerminalNeverWaitsOnIt() throws {
        // ffmpeg: notes whether its stdin is a terminal and whether -nostdin was given, then writes the file.
        helper("ffmpeg", """
            [ -t 0 ] && echo tty >> "$PWD/stdin-was"; for a in "$@"; do [ "$a" = "-nostdin" ] && echo nostdin >> "$PWD/args"; done
            for a in "$@"; do last="$a"; done; printf 'GIF89a' > "$last"
            """)
        let r = try inTerminal("timeline e.geojson -o t.svg --gif out.gif")
        XCTAssertTrue(r.out.contains("exit=0"), r.out + r.err)
        XCTAssertEqual(cli.contents("out.gif"), "GIF89a")
        XCTAssertFalse(cli.exists("stdin-was"), "ffmpeg's stdin was the terminal")
        XCTAssertEqual(cli.contents("args"), "nostdin\n")
        XCTAssertEqual(cli.listing("tmp"), [], "frames made only for the video are removed")
        XCTAssertEqual(cli.listing().filter { $0.hasPrefix(".out.gif") }, [])
    }

    func testAHelperThatHangsIsStoppedWithAnError() throws {
        helper("ffmpeg", "sleep 30")
        let r = try inTerminal("timeline e.geojson -o t.svg --video out.mp4", timeout: "STRIKEMAP_HELPER_TIMEOUT=2")
        XCTAssertTrue(r.out.contains("exit=1"), r.out)
        XCTAssertTrue(r.out.contains("strikemap: error: ffmpeg did not finish within 2 seconds and was stopped"), r.out)
        XCTAssertFalse(cli.exists("out.mp4"))
        XCTAssertEqual(cli.listing().filter { $0.hasPrefix(".out.mp4") }, [])
        XCTAssertEqual(cli.listing("tmp"), [])
    }

    func testMapPictureThroughRsvgConvert() throws {
        let r = try cli.bash("export PATH=\"$PWD/bin:$PATH\" TMPDIR=\"$PWD/tmp\"; \"$SM\" map e.geojson -o m.png")
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertEqual(FileManager.default.contents(atPath: cli.dir + "/m.png")?.prefix(4), Data([0x89, 0x50, 0x4E, 0x47]))
        XCTAssertEqual(cli.listing("tmp"), [])
    }
}
