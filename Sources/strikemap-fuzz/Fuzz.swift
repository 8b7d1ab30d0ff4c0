import Foundation
import StrikeMap

// libFuzzer harness for the three readers of untrusted input. STRIKEMAP_FUZZ picks one: `text` (article
// bytes -> events -> GeoJSON), `geojson` (GeoJSON reader and checker), `gazetteer` (gazetteer file reader).
// Built with -DFUZZING and -sanitize=fuzzer by fuzz/run.sh; without them it is a replayer: each argument
// is a file fed to the same function (crash reproduction, and the default build stays linkable).

enum FuzzTarget: String {
    case text, geojson, gazetteer

    static let current = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["STRIKEMAP_FUZZ"] ?? "text") ?? .text
    static let extractor = StrikeExtractor(gazetteer: EmbeddedGazetteer.shared)

    func run(_ bytes: [UInt8]) {
        switch self {
        case .text:
            guard let article = try? ArticleDecoder(maximumBytes: 1_000_000).decode(bytes, source: "fuzz.txt") else { return }
            let result = Self.extractor.extract(article)
            let json = GeoJSONWriter.write(result.events)
            // The product's own output must always pass its own check.
            precondition(GeoJSONCheck.check(json, path: "fuzz.geojson").allSatisfy { $0.severity != .error }, "own GeoJSON fails check")
        case .geojson:
            // The fast path (`parse`) must read every input as the `JSONValue` tree does, error for error.
            let read = Result { try GeoJSONReader.parse(bytes, path: "fuzz.geojson") }
            let tree = Result { try GeoJSONReader.parseTree(bytes, path: "fuzz.geojson") }
            switch (read, tree) {
            case (.success(let a), .success(let b)):
                precondition(a.events == b.events && a.diagnostics == b.diagnostics, "parse and parseTree read different events")
            case (.failure(let a), .failure(let b)):
                precondition("\(a)" == "\(b)", "parse and parseTree fail differently")
            default:
                preconditionFailure("one of parse and parseTree failed")
            }
            _ = GeoJSONCheck.check(bytes, path: "fuzz.geojson")
        case .gazetteer:
            _ = bytes.withUnsafeBufferPointer { try? GazetteerFile.parse($0, path: "fuzz.tsv") }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.current.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if !FUZZING
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            FuzzTarget.current.run(Array(data))
            print("\(path): ok")
        }
    }
}
#endif
