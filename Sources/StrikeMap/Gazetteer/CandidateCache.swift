import Foundation

/// Candidates already looked up, by normalised key and look-up flags, kept per thread. The same towns,
/// and the same capitalised words that are no town, come back document after document, and a look-up
/// that tries typo variants costs a few hundred probes. One per thread, so that no lock is taken; each
/// belongs to one state of one gazetteer (`Gazetteer.revision` changes when places are added). Results
/// are those of `Gazetteer.candidates(forKey:allowTypos:allowSkeleton:)`, a pure function of its inputs.
final class CandidateCache {
    private struct Key: Hashable {
        var key: String
        var typos: Bool
        var skeleton: Bool
    }

    private var entries: [Key: [Gazetteer.Candidate]] = [:]
    private let revision: Gazetteer.Revision
    /// Entries before the cache starts again: bounds its memory (a few MB) on a corpus of any size.
    private static let limit = 20_000
    private static let threadKey = "strikemap.CandidateCache"

    private init(revision: Gazetteer.Revision) { self.revision = revision }

    /// This thread's cache for `gazetteer`, made (or made again) when the thread has none for it.
    static func forCurrentThread(_ gazetteer: Gazetteer) -> CandidateCache {
        let storage = Thread.current.threadDictionary
        if let cache = storage[threadKey] as? CandidateCache, cache.revision === gazetteer.revision { return cache }
        let cache = CandidateCache(revision: gazetteer.revision)
        storage[threadKey] = cache
        return cache
    }

    func candidates(forKey key: String, allowTypos: Bool, allowSkeleton: Bool, in gazetteer: Gazetteer) -> [Gazetteer.Candidate] {
        let k = Key(key: key, typos: allowTypos, skeleton: allowSkeleton)
        if let known = entries[k] { return known }
        if entries.count >= Self.limit { entries.removeAll(keepingCapacity: true) }
        let found = gazetteer.candidates(forKey: key, allowTypos: allowTypos, allowSkeleton: allowSkeleton)
        entries[k] = found
        return found
    }
}
