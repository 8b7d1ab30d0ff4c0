import Foundation
import XCTest
@testable import StrikeMap

/// The hardening catalogue (issue 17), part one: inputs and standard streams that crashed the run, files it
/// does not own, signals. Each case runs the binary and asserts the exit code, the message and what was
/// written.
final class HardeningCatalogueTests: XCTestCase {
    private var cli = CLIRun(dir: "")

    override func setUpWithError() throws { cli = try CLIRun.temporaryDirectory("hard") }
    override func tearDown() { cli.remove() }

    func testYearsOutsideTheReportableRangeWarnAndStayUnresolved() throws {
        cli.file("h.txt", "date 0001-01-05\n\nLast month, an airstrike hit Raqqa. Last year, an airstrike hit Mosul.\n")
        cli.file("fm.txt", "---\ndate: 0001-01-05\n---\nLast month, an airstrike hit Raqqa.\n")
        cli.file("t.txt", "date 2019-01-05\n\nOn 3 March 0001, an airstrike hit Raqqa.\nBetween 1 January 1000 and 31 December 9999, airstrikes hit Mosul.\n")
        let r = try cli.run(["extract", "--no-merge", "h.txt", "fm.txt", "t.txt"])
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertFalse(r.signalled)
        XCTAssertTrue(r.err.contains("h.txt:1:6: warning: publication date '0001-01-05' is outside the years 1900-2200; the document is read as undated"), r.err)
        XCTAssertTrue(r.err.contains("fm.txt:2:1: warning: publication date '0001-01-05' is outside"), r.err)
        XCTAssertTrue(r.err.contains("t.txt:3:1: warning: date '3 March 0001' has a year outside 1900-2200; left unresolved"), r.err)
        XCTAssertTrue(r.err.contains("date '31 December 9999' has a year outside"), r.err)
        XCTAssertEqual(CLIRun.features(r.out), 5)
        XCTAssertFalse(r.out.contains("\"date\":\"2018"), "never replaced by the publication's year")
        XCTAssertFalse(r.out.contains("\"date\":\"2019"))
        let p = try cli.run(["extract", "--published", "0001-01-01", "t.txt"])
        XCTAssertEqual(p.code, 2)
        XCTAssertTrue(p.err.contains("--published '0001-01-01': the year 1 is outside 1900-2200"), p.err)
    }

    func testStandardStreamErrorsAreOneLineAndExitOne() throws {
        cli.file("a.txt", CLIRun.good)
        let full = try cli.bash("\"$SM\" extract a.txt > /dev/full")
        XCTAssertEqual(full.code, 1)
        XCTAssertEqual(full.err, "strikemap: error: standard output: cannot write: No space left on device\n")
        let closed = try cli.bash("\"$SM\" extract a.txt >&-")
        XCTAssertEqual(closed.code, 1)
        XCTAssertEqual(closed.err, "strikemap: error: standard output: cannot write: it is closed\n")
        let noStdin = try cli.bash("\"$SM\" extract - -o out.geojson <&-")
        XCTAssertEqual(noStdin.code, 1)
        XCTAssertTrue(noStdin.err.contains("strikemap: error: <stdin>: cannot read: standard input is closed"), noStdin.err)
        XCTAssertFalse(cli.exists("out.geojson"), "nothing could be read: nothing written")
        let pipe = try cli.bash("set -o pipefail; \"$SM\" extract a.txt | head -c1 > /dev/null")
        XCTAssertEqual(pipe.code, 0, "a reader that goes away ends the run quietly: \(pipe.err)")
        XCTAssertEqual(pipe.err, "")
        XCTAssertEqual(cli.listing().filter { $0.hasSuffix(".tmp") }, [])
    }

    func testTemporaryFilesAreExclusiveAndNeverFollowALink() throws {
        cli.file("a.txt", CLIRun.good)
        cli.file("target", "secret\n")
        // Links planted at the old predictable names, and the output itself a link.
        for pid in 1..<64 { try FileManager.default.createSymbolicLink(atPath: cli.dir + "/.out.geojson.\(pid).tmp", withDestinationPath: "target") }
        try FileManager.default.createSymbolicLink(atPath: cli.dir + "/link.geojson", withDestinationPath: "target")
        XCTAssertEqual(try cli.run(["extract", "a.txt", "-o", "out.geojson"]).code, 0)
        XCTAssertEqual(try cli.run(["extract", "a.txt", "-o", "link.geojson"]).code, 0)
        XCTAssertEqual(cli.contents("target"), "secret\n", "no link was written through")
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.dir + "/link.geojson")
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular, "the rename replaced the link itself")
        XCTAssertTrue(cli.contents("link.geojson")?.contains("Hajin") ?? false)
        // Mode from the umask: 0644 under 022, 0600 under 077.
        _ = try cli.bash("umask 022; \"$SM\" extract a.txt -o open.geojson; umask 077; \"$SM\" extract a.txt -o private.geojson")
        let open = try FileManager.default.attributesOfItem(atPath: cli.dir + "/open.geojson")[.posixPermissions] as? Int
        let priv = try FileManager.default.attributesOfItem(atPath: cli.dir + "/private.geojson")[.posixPermissions] as? Int
        XCTAssertEqual(open, 0o644)
        XCTAssertEqual(priv, 0o600)
        // Two writers of one output never share a temporary file.
        let a = try AtomicFileStream(path: cli.dir + "/same.txt"), b = try AtomicFileStream(path: cli.dir + "/same.txt")
        try a.append(Array("first\n".utf8))
        try b.append(Array("second\n".utf8))
        XCTAssertEqual(cli.listing().filter { $0.hasPrefix(".same.txt.") }.count, 2)
        try a.commit()
        try b.commit()
        XCTAssertEqual(cli.contents("same.txt"), "second\n")
        XCTAssertEqual(cli.listing().filter { $0.hasPrefix(".same.txt.") }, [])
    }

    func testSignalsRemoveTheRunsTemporaryFiles() throws {
        try FileManager.default.createDirectory(atPath: cli.dir + "/in", withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Golden.seedsDirectory).filter { $0.hasSuffix(".txt") }
        for k in 0..<400 {
            for s in seeds { try FileManager.default.copyItem(atPath: Golden.seedsDirectory + "/" + s, toPath: cli.dir + "/in/\(k)-\(s)") }
        }
        for signal in [SIGTERM, SIGINT] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: try CLIBinary.path())
            p.arguments = ["extract", "in", "-o", "out.geojson"]
            p.currentDirectoryURL = URL(fileURLWithPath: cli.dir)
            p.standardError = FileHandle.nullDevice
            try p.run()
            // Wait until the temporary output exists, then stop the run.
            var sawTemporary = false
            for _ in 0..<400 where !sawTemporary {
                sawTemporary = cli.listing().contains { $0.hasPrefix(".out.geojson.") }
                if !sawTemporary { usleep(5_000) }
            }
            kill(p.processIdentifier, signal)
            p.waitUntilExit()
            XCTAssertTrue(sawTemporary)
            XCTAssertEqual(p.terminationReason, .exit, "exits, with the shell's 128 + signal")
            XCTAssertEqual(p.terminationStatus, 128 + signal)
            XCTAssertEqual(cli.listing().filter { $0.hasPrefix(".out.geojson.") }, [], "signal \(signal) left its temporary file")
            XCTAssertFalse(cli.exists("out.geojson"))
        }
    }

    func testRunNeverReadsItsOwnOutputAndRerunsAreIdentical() throws {
        try FileManager.default.createDirectory(atPath: cli.dir + "/in", withIntermediateDirectories: true)
        for s in try FileManager.default.contentsOfDirectory(atPath: Golden.seedsDirectory) where s.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: Golden.seedsDirectory + "/" + s, toPath: cli.dir + "/in/" + s)
        }
        for out in ["in/out", "in"] {
            XCTAssertEqual(try cli.run(["run", "in", "--out", out]).code, 0)
            let first = cli.contents(out + "/report.txt"), geojson = cli.contents(out + "/strikes.geojson")
            XCTAssertEqual(try cli.run(["run", "in", "--out", out]).code, 0)
            XCTAssertTrue(first?.contains("documents read: 5") ?? false, first ?? "")
            XCTAssertEqual(cli.contents(out + "/report.txt"), first, "\(out): the rerun read its own report")
            XCTAssertEqual(cli.contents(out + "/strikes.geojson"), geojson)
        }
    }

    func testRunWithNothingReadableKeepsThePreviousOutput() throws {
        try FileManager.default.createDirectory(atPath: cli.dir + "/output", withIntermediateDirectories: true)
        cli.file("output/report.txt", "the good report\n")
        let r = try cli.run(["run", "seedz", "--out", "output"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("strikemap: error: seedz: no such file or directory"), r.err)
        XCTAssertTrue(r.err.contains("nothing written to output/"), r.err)
        XCTAssertEqual(cli.listing("output"), ["report.txt"])
        XCTAssertEqual(cli.contents("output/report.txt"), "the good report\n")
    }

    func testSizeIsCheckedBeforeReading() throws {
        // A sparse 2 GB file: refused from its size alone (reading it took 25 s and 4 GB before).
        let fd = open(cli.dir + "/big.txt", O_CREAT | O_WRONLY, 0o644)
        XCTAssertEqual(ftruncate(fd, 2_000_000_000), 0)
        close(fd)
        cli.file("a.txt", CLIRun.good)
        let r = try cli.run(["extract", "big.txt", "a.txt"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("strikemap: error: big.txt: document of 2000000000 bytes is over the limit of 20000000 bytes"), r.err)
        XCTAssertEqual(CLIRun.features(r.out), 1)
        // A device is a stream: read up to the limit, then refused with the reason.
        let z = try cli.run(["extract", "--max-document-mb", "1", "/dev/zero"])
        XCTAssertEqual(z.code, 1)
        XCTAssertTrue(z.err.contains("/dev/zero: stream goes on past the limit of 1000000 bytes"), z.err)
        let n = try cli.run(["extract", "/dev/null", "a.txt"])
        XCTAssertTrue(n.err.contains("strikemap: error: null: empty document"), n.err)
    }

    func testFIFOIsReadAsAStream() throws {
        let fifo = cli.dir + "/feed.txt"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            _ = AtomicFileStream.writeAll(Array(CLIRun.good.utf8), to: fd)
            close(fd)
        }
        writer.start()
        let r = try cli.run(["extract", "feed.txt"])
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertEqual(CLIRun.features(r.out), 1)
        // Met in a directory walk, a FIFO is named and not read (it could wait for ever).
        let w = try cli.run(["extract", "."])
        XCTAssertTrue(w.err.contains("./feed.txt: warning: not a regular file (FIFO); not read (name it on the command line"), w.err)
        XCTAssertEqual(w.code, 1)
    }
}
