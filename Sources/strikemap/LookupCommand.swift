import Foundation
import StrikeMap

/// `strikemap lookup NAME [--countries CC,CC] [--near LAT,LON]`
struct LookupCommand {
    static let near = CommandSpec.Option("--near", value: .numbers("LAT,LON", count: 2), help: "prefer places close to this point (degrees)")
    static let spec = CommandSpec(name: "lookup", tagline: "Show the gazetteer's candidates for a place name and why", positionals: "NAME", files: .none, summary: """
        Lists the gazetteer's candidates for NAME, best first, with coordinates and why each ranks where it
        does.
        """, options: [CommonOptions.countries, near, CommonOptions.gazetteer, CommonOptions.strict])

    let arguments: ParsedArguments
    let nearPoint: Coordinate?
    let countryCode: String?

    init(_ args: [String]) throws {
        arguments = try Self.spec.parse(args)
        if let v = arguments.numbers(Self.near) {
            guard abs(v[0]) <= 90, abs(v[1]) <= 180 else { throw UsageError("--near '\(arguments.text(Self.near) ?? "")' must be LAT,LON in degrees") }
            nearPoint = Coordinate(latitude: v[0], longitude: v[1])
        } else {
            nearPoint = nil
        }
        // One country given: its places are also preferred, as a text naming it would.
        let codes = arguments.text(CommonOptions.countries)?.split(separator: ",") ?? []
        countryCode = codes.count == 1 ? codes[0].trimmingCharacters(in: .whitespaces).uppercased() : nil
    }

    func execute() throws -> Int32 {
        let name = arguments.positionals.joined(separator: " ")
        let ranked = PlaceLookup(gazetteer: try CommonOptions.loadGazetteer(arguments)).rank(name, country: countryCode, near: nearPoint)
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
