import Foundation
import StrikeMap

/// The arguments of one command as its `CommandSpec` read them: values already checked against their
/// declaration, asked for by the option's declaration (never by a string literal of its name).
struct ParsedArguments {
    var positionals: [String] = []
    /// By the option's first name; a flag holds "" once per time it was given.
    var values: [String: [String]] = [:]

    func flag(_ o: CommandSpec.Option) -> Bool { values[o.name] != nil }
    func text(_ o: CommandSpec.Option) -> String? { values[o.name]?.first }
    func texts(_ o: CommandSpec.Option) -> [String] { values[o.name] ?? [] }
    /// A `.choice` option's word, lowercased.
    func choice(_ o: CommandSpec.Option) -> String? { text(o)?.lowercased() }
    /// A `.number` option's value (checked when parsed).
    func number(_ o: CommandSpec.Option) -> Double? { text(o).flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } }
    /// A `.numbers` option's values (their count checked when parsed).
    func numbers(_ o: CommandSpec.Option) -> [Double]? { text(o).flatMap(Self.numbers) }

    /// "35.1, 39" -> [35.1, 39]; nil when any part is not a finite number (nothing is dropped).
    static func numbers(_ text: String) -> [Double]? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.allSatisfy({ $0?.isFinite == true }) else { return nil }
        return parts.compactMap { $0 }
    }

    /// The events of the GeoJSON files named as positionals, in order; their warnings go to standard error.
    func geoJSONEvents() throws -> [StrikeEvent] {
        var events: [StrikeEvent] = []
        for path in positionals {
            let result = try GeoJSONReader.read(path: path)
            for d in result.diagnostics { Terminal.error(d.description) }
            // The first file's array is taken as it is: appended to an empty one, every event was copied.
            if events.isEmpty { events = result.events } else { events += result.events }
        }
        return CommonOptions.filtered(events, self)
    }
}
