import Foundation
import StrikeMap

/// `strikemap lookup NAME [--country CC] [--near LAT,LON]`
struct LookupCommand {
    static let help = """
        Usage: strikemap lookup NAME [--country CC] [--near LAT,LON] [--gazetteer FILE]... [--strict]

        Lists the gazetteer's candidates for NAME, best first, with coordinates and why each ranks where it
        does. --country prefers places in that country (ISO 3166-1 alpha-2); --near prefers places close to
        a point.

        """ + GazetteerOptions.help
    let scanner: ArgumentScanner

    init(_ args: [String]) throws {
        scanner = try ArgumentScanner(args, valueOptions: Set<String>(["--country", "--near"]).union(GazetteerOptions.valueOptions),
                                      flagOptions: GazetteerOptions.flagOptions, help: Self.help)
        guard scanner.positionals.count >= 1 else { throw UsageError("lookup needs a NAME") }
    }

    func execute() throws -> Int32 {
        let name = scanner.positionals.joined(separator: " ")
        var near: Coordinate?
        if let n = scanner.value("--near") {
            let parts = n.split(separator: ",").compactMap { Double($0) }
            guard parts.count == 2, abs(parts[0]) <= 90, abs(parts[1]) <= 180 else { throw UsageError("--near '\(n)' must be LAT,LON in degrees") }
            near = Coordinate(latitude: parts[0], longitude: parts[1])
        }
        let country = scanner.value("--country")?.uppercased()
        if let c = country, c.count != 2 { throw UsageError("--country '\(c)' must be a two-letter ISO 3166-1 code") }
        let ranked = PlaceLookup(gazetteer: try GazetteerOptions.load(scanner)).rank(name, country: country, near: near)
        if ranked.isEmpty {
            Terminal.error("strikemap: no place named '\(name)' in the gazetteer")
            return 1
        }
        for r in ranked.prefix(20) {
            let p = r.place
            try StandardOutput.line("\(p.id)\t\(p.name)\t\(p.country)\t\(String(format: "%.5f,%.5f", p.coordinate.latitude, p.coordinate.longitude))\t\(p.kind.rawValue)\tpop \(p.population)\t\(r.reason)")
        }
        return 0
    }
}
