import Foundation
import StrikeMap

/// `strikemap check FILE.geojson...`: RFC 7946 rules and strikemap's property contract.
struct CheckCommand {
    static let help = """
        Usage: strikemap check FILE.geojson...

        Validates GeoJSON: [longitude, latitude] order (points that look swapped for the region are
        flagged), ranges, no 'crs' member, ring winding, and the types of strikemap's properties. Prints
        FILE:LINE:COL: error|warning: ... and exits 1 when there is an error.
        """
    let scanner: ArgumentScanner

    init(_ args: [String]) throws {
        scanner = try ArgumentScanner(args, valueOptions: [], flagOptions: [], help: Self.help)
        guard !scanner.positionals.isEmpty else { throw UsageError("check needs at least one FILE") }
    }

    func execute() throws -> Int32 {
        var errors = 0
        for path in scanner.positionals {
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
