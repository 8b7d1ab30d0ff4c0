import Foundation
import XCTest

/// The library's folders are stages, each above the ones before it in `order`: no file names a type that
/// a higher stage declares (docs/how-it-works.md, "The pipeline").
final class LayeringTests: XCTestCase {
    static let order = ["Model", "Text", "Lexicon", "Documents", "Files", "Geometry", "Gazetteer", "Basemap", "Extraction", "Export",
                        "Import", "Pipeline"]
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/StrikeMap").path

    func testNoStageNamesAHigherStagesType() throws {
        let declaration = try NSRegularExpression(pattern: #"^(?:public |package )?(?:final |indirect )?(?:struct|enum|class|protocol) (\w+)"#,
                                                  options: .anchorsMatchLines)
        var owner: [String: Int] = [:]
        var files: [(path: String, stage: Int, code: String)] = []
        let walk = try XCTUnwrap(FileManager.default.enumerator(atPath: root))
        for case let path as String in walk where path.hasSuffix(".swift") && !path.contains("+Data") {
            let stage = try XCTUnwrap(Self.order.firstIndex(of: String(path.split(separator: "/")[0])), "\(path): a folder that is no stage")
            let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            // Comments and string literals may name anything.
            let code = text.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #""(?:\\.|[^"\\\n])*""#, with: "\"\"", options: .regularExpression)
            for m in declaration.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let r = Range(m.range(at: 1), in: text) { owner[String(text[r]), default: stage] = min(owner[String(text[r])] ?? stage, stage) }
            }
            files.append((path, stage, code))
        }
        XCTAssertGreaterThan(files.count, 100)
        var upward: [String] = []
        for f in files {
            for (name, stage) in owner where stage > f.stage && f.code.range(of: #"\b\#(name)\b"#, options: .regularExpression) != nil {
                upward.append("\(f.path) (\(Self.order[f.stage])) names \(name) (\(Self.order[stage]))")
            }
        }
        XCTAssertEqual(upward, [], upward.joined(separator: "\n"))
    }
}
