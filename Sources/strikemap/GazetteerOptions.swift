import StrikeMap

/// `--gazetteer FILE` (repeatable) and `--strict`, shared by every command that resolves places.
enum GazetteerOptions {
    static let valueOptions: Set<String> = ["--gazetteer"]
    static let flagOptions: Set<String> = ["--strict"]
    static let help = """
          --gazetteer FILE  also use FILE: a GeoNames dump (allCountries.txt, SY.txt, cities500.txt: 19
                            tab-separated columns) or an overlay TSV (see gazetteer/README.md). Repeatable;
                            later files add places and replace earlier ones with the same id.
          --strict          a malformed gazetteer row is an error (default: skipped with a warning)
        """

    /// The embedded gazetteer plus the files named; warnings go to standard error.
    static func load(_ scanner: ArgumentScanner) throws -> Gazetteer {
        let paths = scanner.values("--gazetteer")
        guard !paths.isEmpty else { return EmbeddedGazetteer.shared }
        let (gazetteer, diagnostics) = try Gazetteer.embedded(adding: paths, strict: scanner.flag("--strict"))
        for d in diagnostics { Terminal.error(d.description) }
        return gazetteer
    }
}
