import Foundation
import XCTest
@testable import StrikeMap

/// PDF reports read through `pdftotext` (Debian poppler-utils): one document a PDF, each event naming the
/// page of its evidence, a PDF met in a directory walk read too, a PDF without text warned about, and the
/// missing helper's error naming the package. The PDFs are written here, page by page, from text.
final class PDFInputTests: XCTestCase {
    private var cli: CLIRun!

    override func setUpWithError() throws { cli = try CLIRun.temporaryDirectory("pdf") }
    override func tearDown() { cli.remove() }

    /// A PDF of `pages`, each a list of lines in Helvetica (ISO 32000-1: catalog, page tree, pages, content
    /// streams, one font, and the cross-reference table of byte offsets).
    static func pdf(_ pages: [[String]]) -> [UInt8] {
        var objects: [String] = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
        var kids: [String] = []
        let font = 3 + 2 * pages.count
        for (k, lines) in pages.enumerated() {
            let page = 3 + 2 * k
            kids.append("\(page) 0 R")
            let text = lines.map { "(" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                .replacingOccurrences(of: ")", with: "\\)") + ") Tj 0 -16 Td" }.joined(separator: " ")
            let stream = lines.isEmpty ? "" : "BT /F1 11 Tf 40 750 Td \(text) ET"
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 \(font) 0 R >> >> /Contents \(page + 1) 0 R >>")
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        objects[1] = "<< /Type /Pages /Kids [\(kids.joined(separator: " "))] /Count \(pages.count) >>"
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        var out = "%PDF-1.4\n", offsets: [Int] = []
        for (k, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(k + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    private func requirePdftotext() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"),
                          "pdftotext is not installed (Debian/Ubuntu: apt-get install poppler-utils); .ci/run installs it")
    }

    func testEachEventNamesThePageOfItsEvidence() throws {
        try requirePdftotext()
        try FileManager.default.createDirectory(atPath: cli.dir + "/in", withIntermediateDirectories: true)
        let report = Self.pdf([["Monthly civilian casualty report", "Published 30 June 2019"],
                               ["On 3 June 2019, coalition aircraft struck a building near Raqqa, Syria,", "killing two civilians."],
                               ["On 9 June 2019, a drone strike hit a car near Hajin, Syria."]])
        FileManager.default.createFile(atPath: cli.dir + "/in/report.pdf", contents: Data(report))
        // Met in a directory walk, and named.
        for input in ["in", "in/report.pdf"] {
            let r = try cli.run(["extract", input, "--no-merge", "-o", "out.geojson"])
            XCTAssertEqual(r.code, 0, r.err)
            let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try XCTUnwrap(cli.contents("out.geojson")).utf8)) as? [String: Any])
            let events = (root["features"] as? [[String: Any]] ?? []).compactMap { $0["properties"] as? [String: Any] }
            XCTAssertEqual(events.compactMap { $0["source"] as? String }.sorted(), ["report.pdf#page=2", "report.pdf#page=3"], input)
            let raqqa = try XCTUnwrap(events.first { $0["source"] as? String == "report.pdf#page=2" })
            XCTAssertEqual(raqqa["date"] as? String, "2019-06-03")
            XCTAssertEqual(raqqa["civilian_deaths_min"] as? Int, 2, "the page's two lines are one sentence")
        }
    }

    func testAPDFWithoutTextIsWarnedAbout() throws {
        try requirePdftotext()
        FileManager.default.createFile(atPath: cli.dir + "/scan.pdf", contents: Data(Self.pdf([[], []])))
        let r = try cli.run(["extract", "scan.pdf", "-o", "out.geojson"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("scan.pdf: warning: a PDF without a text layer"), r.err)
    }

    func testWithoutPdftotextTheErrorNamesThePackage() throws {
        FileManager.default.createFile(atPath: cli.dir + "/report.pdf", contents: Data(Self.pdf([["Jets struck Raqqa on 3 June 2019."]])))
        let r = try cli.run(["extract", "report.pdf", "-o", "out.geojson"], environment: ["PATH": cli.dir + "/no-tools"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("pdftotext") && r.err.contains("apt-get install poppler-utils"), r.err)
    }
}
