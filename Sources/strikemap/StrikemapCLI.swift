import Foundation
import StrikeMap

/// Dispatches to one subcommand. Exit codes: 0 all went well, 1 some input failed, 2 usage error.
enum StrikemapCLI {
    static let version = "0.1.0"
    static let usage = """
        strikemap \(version): news articles about military strikes to maps.

        Usage:
          strikemap run [INPUT...] [--out DIR] [--published YYYY-MM-DD] [--no-merge]
          strikemap extract [--published YYYY-MM-DD] [-o FILE] [--no-merge] INPUT...
          strikemap places [--format geojson|tsv] [-o FILE] INPUT...
          strikemap map EVENTS.geojson... [-o FILE] [--title TEXT] [--bbox W,S,E,N]
          strikemap timeline EVENTS.geojson... [-o FILE] [--mode cumulative|window] [--window 30d] [--step day|week|month]
                    [--seconds N] [--frames DIR] [--skip-empty] [--html FILE] [--kml FILE] [--video F.mp4] [--gif F.gif]
          strikemap export IN.geojson... -o OUT [--format geojson|geojsonseq|csv|kml|gpkg|fgb|shp]
          strikemap check FILE.geojson...
          strikemap lookup NAME [--country CC] [--near LAT,LON]

        run, extract, places and lookup take --gazetteer FILE (repeatable) and --strict.

        INPUT is a file, a directory (its .txt, .md and .html files, recursively) or - for standard input;
        -- ends the options (a file named -x.txt).
        'strikemap COMMAND --help' describes a command. Exit status: 0 success, 1 some input failed, 2 usage error.
        """

    static func run(_ args: [String]) -> Int32 {
        guard let command = args.first else {
            Terminal.error(usage)
            return 2
        }
        let rest = Array(args.dropFirst())
        do {
            switch command {
            case "--help", "-h", "help": try StandardOutput.line(usage); return 0
            case "--version": try StandardOutput.line("strikemap \(version)"); return 0
            case "run": return try RunCommand(rest).execute()
            case "extract": return try ExtractCommand(rest).execute()
            case "places": return try PlacesCommand(rest).execute()
            case "map": return try MapCommand(rest).execute()
            case "timeline": return try TimelineCommand(rest).execute()
            case "export": return try ExportCommand(rest).execute()
            case "check": return try CheckCommand(rest).execute()
            case "lookup": return try LookupCommand(rest).execute()
            default: throw UsageError("unknown command '\(command)'; expected run, extract, places, map, timeline, export, check or lookup")
            }
        } catch let e as UsageError {
            Terminal.error("strikemap: error: \(e.message)\n(see 'strikemap --help')")
            return 2
        } catch let e as ExportError {
            Terminal.error("strikemap: error: \(e)")
            return 1
        } catch let e as ImportError {
            Terminal.error(e.description)
            return 1
        } catch let e as GazetteerError {
            Terminal.error(e.description)
            return 1
        } catch let e as HelpRequested {
            do { try StandardOutput.line(e.text) } catch { return error is StandardOutput.ReaderGone ? 0 : 1 }
            return 0
        } catch is StandardOutput.ReaderGone {
            // The reader of standard output went away (`| head`): nothing more to say.
            return 0
        } catch {
            Terminal.error("strikemap: error: \(error)")
            return 1
        }
    }
}

struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

struct HelpRequested: Error {
    var text: String
}
