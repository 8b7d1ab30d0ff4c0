import Foundation
import XCTest
@testable import StrikeMap

/// Tables of reports, one row a document (`--text-column`, `--date-column`, `--id-column`,
/// `--date-is-event`): RFC 4180 quoting, JSON Lines and TSV, bad rows warned about at their line while the
/// others go on, the usage error without `--text-column`, and a large table read in bounded memory.
final class TableInputTests: XCTestCase {
    private var cli: CLIRun!

    override func setUpWithError() throws { cli = try CLIRun.temporaryDirectory("tables") }
    override func tearDown() { cli.remove() }

    private func features(_ file: String) throws -> [[String: Any]] {
        let data = try XCTUnwrap(cli.contents(file)?.data(using: .utf8))
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (root["features"] as? [[String: Any]] ?? []).compactMap { $0["properties"] as? [String: Any] }
    }

    func testQuotedCellsAreOneDocumentEachAndBadRowsAreWarnedAtTheirLine() throws {
        try """
        id,day,text\r
        A1,9-May-20,"Near Baidoa, government forces fired three mortar shells at a base; ""two soldiers"" were hurt."\r
        A2,10 May 2020,"Drones struck a convoy near Kismayo.
        Officials said four militants were killed."\r
        A3,not a date,Jets struck Idlib.\r
        A4,2020-05-11\r
        A5,2020-05-12,"Drones struck Marib.
        """.write(toFile: cli.dir + "/notes.csv", atomically: true, encoding: .utf8)
        let r = try cli.run(["extract", "notes.csv", "--text-column", "text", "--date-column", "day", "--id-column", "id", "--no-merge", "-o", "out.geojson"])
        XCTAssertEqual(r.code, 1, "bad rows are failed inputs: \(r.err)")
        let events = try features("out.geojson")
        XCTAssertEqual(events.compactMap { $0["source"] as? String }.sorted(), ["notes.csv#A1", "notes.csv#A2"])
        let a1 = try XCTUnwrap(events.first { $0["source"] as? String == "notes.csv#A1" })
        // The cell unescaped: its doubled quotes are one, and offsets count the cell.
        XCTAssertTrue((a1["evidence"] as? String ?? "").contains("\"two soldiers\""), "\(a1)")
        XCTAssertEqual(a1["evidence_start"] as? Int, 0)
        let a2 = try XCTUnwrap(events.first { $0["source"] as? String == "notes.csv#A2" })
        XCTAssertEqual(a2["combatant_deaths_min"] as? Int, 4, "the quoted line break keeps the row's second sentence with it")
        XCTAssertTrue(r.err.contains("notes.csv:5: warning: row 3, column day: 'not a date' is not a date"), r.err)
        XCTAssertTrue(r.err.contains("notes.csv:6: warning: row 4, column text: missing"), r.err)
        XCTAssertTrue(r.err.contains("notes.csv:7: warning: row 5: a quoted field is never closed"), r.err)
    }

    func testJSONLinesAndTSVNameTheirRowsAndTheRowsDateCanBeTheEvents() throws {
        try """
        {"event_id": 17, "event_date": "2020-05-09", "notes": "Russian forces shelled Kupiansk, Kharkiv region."}
        {"event_id": 18, "notes": 5}

        {"event_id": 19, "event_date": "09 May 2020", "notes": "Russian forces shelled Vovchansk, Kharkiv region, on 7 May."}
        """.write(toFile: cli.dir + "/notes.jsonl", atomically: true, encoding: .utf8)
        try "notes\tevent_date\nRussian drones struck Odesa.\t2020-05-10\n".write(toFile: cli.dir + "/notes.tsv", atomically: true, encoding: .utf8)
        let r = try cli.run(["extract", "notes.jsonl", "notes.tsv", "--text-column", "notes", "--date-column", "event_date",
                             "--id-column", "event_id", "--date-is-event", "--no-merge", "-o", "out.geojson"])
        XCTAssertEqual(r.code, 1, r.err)
        XCTAssertTrue(r.err.contains("notes.tsv: cannot read: no column 'event_id' (its columns: notes, event_date)"), r.err)
        XCTAssertTrue(r.err.contains("notes.jsonl:2: warning: row 2, column event_date: missing"), r.err)
        let bySource = Dictionary(try features("out.geojson").map { ($0["source"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(Set(bySource.keys), ["notes.jsonl#17", "notes.jsonl#19"])
        // No date of its own: the row's; a date of its own ("on 7 May") counts from the row's.
        XCTAssertEqual(bySource["notes.jsonl#17"]?["date"] as? String, "2020-05-09")
        XCTAssertEqual(bySource["notes.jsonl#19"]?["date"] as? String, "2020-05-07")
    }

    func testATableNeedsItsTextColumn() throws {
        try "id,text\n1,Jets struck Idlib.\n".write(toFile: cli.dir + "/notes.csv", atomically: true, encoding: .utf8)
        for args in [["extract", "notes.csv"], ["places", "notes.csv"], ["extract", "notes.csv", "--date-column", "day"]] {
            let r = try cli.run(args)
            XCTAssertEqual(r.code, 2, "\(args): \(r.err)")
            XCTAssertTrue(r.err.contains("'notes.csv' is a table") && r.err.contains("--text-column NAME, --date-column NAME"), r.err)
        }
        let r = try cli.run(["extract", "-", "--id-column", "id"], stdin: "Jets struck Idlib.")
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.err.contains("give --text-column NAME too"), r.err)
    }

    func testTheRecordReaderKeepsLineBreaksAndQuotesOfAFieldAndSkipsBlankLines() throws {
        try "a,b\n\n\"x, \"\"y\"\"\nz\",2\n\nplain,\"\"\n".write(toFile: cli.dir + "/t.csv", atomically: true, encoding: .utf8)
        let fd = open(cli.dir + "/t.csv", O_RDONLY)
        XCTAssertGreaterThanOrEqual(fd, 0)
        var reader = TableRecordReader(file: TableFile(fd: fd), format: .csv, limit: 1000)
        var got: [[String]] = [], lines: [Int] = []
        while let r = reader.next() { if case .fields(let f, let line) = r { got.append(f); lines.append(line) } }
        XCTAssertEqual(got, [["a", "b"], ["x, \"y\"\nz", "2"], ["plain", ""]])
        XCTAssertEqual(lines, [1, 3, 6])
        for (text, day) in [("2020-05-09", "2020-05-09"), ("9-May-20", "2020-05-09"), ("09 May 2020", "2020-05-09"), ("May 9, 2020", "2020-05-09"),
                            ("2020-05-09T10:00:00Z", "2020-05-09")] {
            XCTAssertEqual(TableDate.read(text)?.description, day, text)
        }
        XCTAssertNil(TableDate.read("32-May-20"))
        XCTAssertNil(TableDate.read("yesterday"))
    }

    /// A table is read a batch of rows at a time: four times the rows cost about the same memory.
    func testALargeTableIsReadInBoundedMemory() throws {
        func table(_ rows: Int, _ name: String) throws {
            var text = "id,notes\n"
            text.reserveCapacity(rows * 260)
            let filler = String(repeating: "The council met on Tuesday to discuss the harvest, roads and the school budget. ", count: 3)
            for k in 0..<rows { text += k % 500 == 0 ? "R\(k),\"Jets struck Idlib on Monday, killing \(k % 7 + 1) people.\"\n" : "R\(k),\"\(filler)\"\n" }
            try text.write(toFile: cli.dir + "/" + name, atomically: false, encoding: .utf8)
        }
        try table(20_000, "small.csv")
        try table(80_000, "large.csv")
        var peaks: [Int] = []
        for name in ["small.csv", "large.csv"] {
            let before = Self.childrenPeakKB()
            let r = try cli.run(["extract", name, "--text-column", "notes", "--id-column", "id", "--no-merge", "-o", name + ".geojson"])
            XCTAssertEqual(r.code, 0, r.err)
            peaks.append(max(before, Self.childrenPeakKB()))
        }
        XCTAssertEqual(try features("large.csv.geojson").count, 160, "every 500th row reports a strike")
        // (getrusage's figure for children is the largest peak so far: the large table's run comes second.)
        XCTAssertLessThan(peaks[1] - peaks[0], 40_000, "memory grew with the table: \(peaks) kB for 20,000 and 80,000 rows (about 5 and 20 MB)")
    }

    private static func childrenPeakKB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss
    }
}
