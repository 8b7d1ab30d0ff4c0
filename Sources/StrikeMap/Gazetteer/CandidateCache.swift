/// Candidates already looked up, by normalised key and look-up flags. The same towns, and the same
/// capitalised words that are no town, come back document after document, and a look-up that tries typo
/// variants costs a few hundred probes. `Corpus` gives each of its workers one (no lock is taken: a worker
/// runs on one thread at a time); each belongs to one state of one gazetteer (`Gazetteer.revision`
/// changes when places are added). Results are those of `Gazetteer.candidates(forKey:allowTypos:
/// allowSkeleton:)`, a pure function of its inputs.
final class CandidateCache: @unchecked Sendable {
    private struct Key: Hashable {
        var key: String
        var typos: Bool
        var skeleton: Bool
    }

    private var entries: [Key: [Gazetteer.Candidate]] = [:]
    private let revision: Gazetteer.Revision
    /// Entries before the cache starts again: bounds its memory (about 8 MB) on a corpus of any size.
    private static let limit = 8_000

    init(for gazetteer: Gazetteer) { revision = gazetteer.revision }

    func candidates(forKey key: String, allowTypos: Bool, allowSkeleton: Bool, in gazetteer: Gazetteer) -> [Gazetteer.Candidate] {
        precondition(gazetteer.revision === revision, "a candidate cache serves the gazetteer it was made for")
        let k = Key(key: key, typos: allowTypos, skeleton: allowSkeleton)
        if let known = entries[k] { return known }
        if entries.count >= Self.limit { entries.removeAll(keepingCapacity: true) }
        let found = gazetteer.candidates(forKey: key, allowTypos: allowTypos, allowSkeleton: allowSkeleton)
        entries[k] = found
        return found
    }
}
