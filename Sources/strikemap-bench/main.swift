import CorpusGenerator
import Foundation
import StrikeMap

// strikemap-bench: performance figures of a release build. Not a test: timings depend on the machine.
// Usage: swift run -c release strikemap-bench [--world FILE] [--runs N] [--corpus-mb N] [--json]
//   --world FILE  a GeoNames dump to load (python3 gazetteer/world.py FILE writes the 234,908-place one)
//   --corpus-mb N size of the generated corpus that extraction is timed on (default 16)
//   --write-corpus DIR  only write the generated corpus (--corpus-mb of it) to DIR
//   --write-events FILE only write the first --events N (100,000) events of the generated corpus, unmerged
//   --only NAME   one group of measures: gazetteer, extract, shapes, map, timeline or memory
//   --memory-mb N peak memory of extract over N MB of generated documents, merged and not (default 64;
//                 docs/performance.md's figure is for 1024; 0 skips it)
//   --web FILE    only the web page's writing from FILE's events: seconds and peak memory (--out PAGE)
let args = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, in args: [String]) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}
if let dir = option("--write-corpus", in: args) {
    // Writes the generated corpus to DIR (for profiling and for the memory measure) and stops.
    let mb = Int(option("--corpus-mb", in: args) ?? "") ?? 16
    let written = try CorpusGenerator(places: EmbeddedGazetteer.shared.places).write(totalBytes: mb << 20, to: URL(fileURLWithPath: dir))
    print("\(written.documents) documents, \(written.bytes) bytes in \(dir)")
    exit(0)
}
if let path = option("--write-events", in: args) {
    // Writes the first --events events of the generated corpus (no merging) to FILE and stops.
    let n = Int(option("--events", in: args) ?? "") ?? 100_000
    let written = try EventsFile.write(events: n, to: path)
    print("\(written.events) events from \(written.documents) generated documents in \(path)")
    exit(0)
}
if let i = args.firstIndex(of: "--memory-child"), i + 3 < args.count, let mb = Int(args[i + 1]) {
    // The child process of MemoryBench.
    try MemoryBench.child(corpusMB: mb, merge: args[i + 2] == "merge", resultPath: args[i + 3])
    exit(0)
}
if let path = option("--web", in: args) {
    try WebBench.run(path: path, output: option("--out", in: args) ?? NSTemporaryDirectory() + "strikemap-bench-web.html")
    exit(0)
}
let runs = Int(option("--runs", in: args) ?? "") ?? 5
let machine = MachineDescription.current()
var table = ResultTable()
let only = option("--only", in: args)
func wanted(_ name: String) -> Bool { only == nil || only == name }
if wanted("gazetteer") || wanted("extract") {
    let world = GazetteerBench.run(world: option("--world", in: args), runs: runs, table: &table)
    if wanted("extract") { ExtractionBench.run(corpusMB: Int(option("--corpus-mb", in: args) ?? "") ?? 16, world: world, runs: runs, table: &table) }
}
if wanted("shapes") { DocumentShapeBench.run(runs: runs, table: &table) }
if wanted("map") { MapBench.run(runs: runs, table: &table) }
if wanted("timeline") { TimelineBench.run(runs: runs, table: &table) }
let memoryMB = Int(option("--memory-mb", in: args) ?? "") ?? 64
if wanted("memory") && memoryMB > 0 { MemoryBench.run(corpusMB: memoryMB, table: &table) }
print(args.contains("--json") ? table.json(machine: machine) : table.text(machine: machine), terminator: "")
