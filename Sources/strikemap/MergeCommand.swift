import Foundation
import StrikeMap

/// `strikemap merge SHARD.geojson... [-o FILE]`: per-shard outputs of `extract --no-merge` merged into what
/// one `extract` of all their inputs writes.
struct MergeCommand {
    static let output = CommonOptions.output("write the GeoJSON to FILE (default: standard output)")
    static let spec = CommandSpec(name: "merge", tagline: "Merge the shards of a corpus extracted in parts", positionals: "SHARD.geojson...", files: .events, summary: """
        Merges the outputs of 'extract --no-merge' run on parts of a corpus (on other cores or hosts) into the
        bytes one 'extract' of the whole corpus writes, whatever the split and the order of the shards.
        A shard is .geojson as extract writes it, or .geojsonl / .geojsons (one feature a line); it is
        read a batch of features at a time. Reports merged already (shards without --no-merge) are merged
        again as they stand.
        """, options: [output, ExtractCommand.mergeMemory])

    let arguments: ParsedArguments

    init(_ args: [String]) throws {
        arguments = try Self.spec.parse(args)
        guard !arguments.positionals.isEmpty else { throw UsageError("merge needs at least one SHARD.geojson") }
    }

    func execute() throws -> Int32 {
        let output = arguments.text(Self.output)
        let file = try output.map { try AtomicFileStream(path: $0) }
        do {
            let budget = arguments.number(ExtractCommand.mergeMemory).map { Int($0 * 1_048_576) } ?? CrossDocumentMerger.defaultMemoryBudget
            _ = try Corpus.mergeGeoJSON(arguments.positionals, mergeMemoryBytes: budget, report: { warnings in
                for w in warnings { Terminal.error(w.description) }
            }, write: { bytes in
                if let file { try file.append(bytes) } else { try StandardOutput.write(bytes) }
            })
            try file?.commit()
            return 0
        } catch {
            file?.abandon()
            throw error
        }
    }
}
