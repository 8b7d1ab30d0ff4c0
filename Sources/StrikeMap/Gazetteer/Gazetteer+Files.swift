extension Gazetteer {
    /// The embedded gazetteer with each file added in order: later files add places and replace earlier
    /// ones with the same id. Skipped rows come back as warnings (with `strict`, the first one is thrown).
    public static func embedded(adding paths: [String], strict: Bool = false) throws -> (gazetteer: Gazetteer, diagnostics: [Diagnostic]) {
        var gazetteer = EmbeddedGazetteer.shared
        var diagnostics: [Diagnostic] = []
        for path in paths {
            let loaded = try GazetteerFile.read(path: path, strict: strict)
            gazetteer.add(loaded.places)
            diagnostics += loaded.diagnostics
        }
        return (gazetteer, diagnostics)
    }
}
