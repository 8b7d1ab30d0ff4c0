import Foundation
import StrikeMap

/// `strikemap check FILE.geojson...`: RFC 7946 rules and strikemap's property contract.
struct CheckCommand {
    static let spec = CommandSpec(name: "check", tagline: "Validate GeoJSON files against RFC 7946 and strikemap's schema", positionals: "FILE.geojson...", files: .events, summary: """
        Validates GeoJSON: [longitude, latitude] order (points that look swapped for the region are
        flagged), ranges, no 'crs' member, ring winding, the schema version, and the types and rules of
        strikemap's properties. Prints FILE:LINE:COL: error|warning: ... and exits 1 when there is an error.
        """, options: [])

    let arguments: ParsedArguments

    init(_ args: [String]) throws { arguments = try Self.spec.parse(args) }

    func execute() throws -> Int32 {
        var errors = 0
        for path in arguments.positionals {
            let bytes: [UInt8]
            do { bytes = try GeoJSONReader.contents(path) } catch {
                Terminal.error(error.description)
                errors += 1
                continue
            }
            let problems = GeoJSONCheck.check(bytes, path: path)
            for p in problems { Terminal.error(p.description) }
            errors += problems.filter { $0.severity == .error }.count
            if problems.isEmpty { try StandardOutput.line("\(path): ok") }
        }
        return errors == 0 ? 0 : 1
    }
}
