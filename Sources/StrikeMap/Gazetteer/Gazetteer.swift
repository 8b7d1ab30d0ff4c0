/// An in-memory gazetteer: places and indexes from normalised names (exact and transliteration
/// skeleton) to them.
public struct Gazetteer: Sendable {
    public private(set) var places: [Place]
    private var byId: [String: Int32] = [:]
    private var exactIndex = NameHashIndex()
    private var skeletonIndex = NameHashIndex()
    /// The most words any indexed name has; bounds the place finder's window.
    private(set) var longestName = 1

    /// How a candidate's name matched the query.
    public enum Match: Int, Sendable, Comparable {
        case exact = 0, skeleton = 1, typo = 2
        public static func < (a: Match, b: Match) -> Bool { a.rawValue < b.rawValue }
    }

    public struct Candidate: Sendable {
        public var place: Place
        public var match: Match
    }

    public init(places: [Place]) {
        self.places = []
        add(places)
    }

    /// Adds places; a place whose id is already present replaces it (later files override earlier ones).
    public mutating func add(_ newPlaces: [Place]) {
        var replaced = Set<Int32>()
        var fresh: [Int32] = []
        places.reserveCapacity(places.count + newPlaces.count)
        byId.reserveCapacity(places.count + newPlaces.count)
        for p in newPlaces {
            if let i = byId[p.id] {
                places[Int(i)] = p
                replaced.insert(i)
            } else {
                byId[p.id] = Int32(places.count)
                fresh.append(Int32(places.count))
                places.append(p)
            }
        }
        exactIndex.remove(places: replaced)
        skeletonIndex.remove(places: replaced)
        var builder = NameKeyBuilder()
        var skeleton: [UInt8] = []
        for i in replaced.sorted() + fresh {
            let place = places[Int(i)]
            index(place.name, i, &builder, &skeleton)
            for name in place.alternateNames { index(name, i, &builder, &skeleton) }
        }
        exactIndex.seal()
        skeletonIndex.seal()
    }

    private mutating func index(_ name: String, _ i: Int32, _ builder: inout NameKeyBuilder, _ skeleton: inout [UInt8]) {
        guard Self.isIndexable(name), builder.build(name) else { return }
        exactIndex.insert(builder.key, place: i)
        if builder.wordCount > longestName { longestName = min(builder.wordCount, 8) }
        if builder.skeleton(into: &skeleton) { skeletonIndex.insert(skeleton, place: i) }
    }

    /// GeoNames alternate names include airport codes ("DEZ") and lowercase romanisations ("rqh") that are
    /// never how a text writes a place; they stay in the data but are not matched.
    static func isIndexable(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard let first = utf8.first else { return false }
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return true }
        if !(first >= 0x41 && first <= 0x5A) && first != 0x27 && first != 0x60 { return false }
        if utf8.count <= 4, !utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
        return true
    }

    /// Candidates for a name as written, best match first: exact keys, then shared skeletons, then (with
    /// `allowTypos`, for names of 6 letters or more) one edit away.
    public func candidates(for name: some StringProtocol, allowTypos: Bool = true) -> [Candidate] {
        candidates(forKey: NameKey.exact(name), allowTypos: allowTypos)
    }

    func candidates(forKey key: String, allowTypos: Bool, allowSkeleton: Bool = true) -> [Candidate] {
        let bytes = Array(key.utf8)
        guard !bytes.isEmpty else { return [] }
        var out: [Candidate] = []
        var seen = Set<Int32>()
        for i in exactIndex.lookup(bytes) where seen.insert(i).inserted { out.append(Candidate(place: places[Int(i)], match: .exact)) }
        var sk: [UInt8] = []
        guard allowSkeleton, NameKey.skeleton(of: bytes, into: &sk) else { return out }
        for i in skeletonIndex.lookup(sk) where seen.insert(i).inserted { out.append(Candidate(place: places[Int(i)], match: .skeleton)) }
        let letters = key.unicodeScalars.filter { Tokenizer.isLetter($0) }.count
        if out.isEmpty, allowTypos, letters >= 6, sk.count >= 4 {
            for i in TypoVariants.of(sk).flatMap({ skeletonIndex.lookup($0) }) where seen.insert(i).inserted {
                out.append(Candidate(place: places[Int(i)], match: .typo))
            }
        }
        return out
    }

    func hasKey(_ key: String) -> Bool { exactIndex.contains(Array(key.utf8)) }

    /// The place with this id, if any.
    public func place(id: String) -> Place? { byId[id].map { places[Int($0)] } }

    /// Names (exact keys) indexed, for the benchmark and `--explain`.
    public var indexedNameCount: Int { exactIndex.count }
}
