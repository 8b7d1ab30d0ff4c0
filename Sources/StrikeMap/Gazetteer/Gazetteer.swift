/// An in-memory gazetteer: places and indexes from normalised names (exact and transliteration
/// skeleton) to them.
public struct Gazetteer: Sendable {
    public private(set) var places: [Place]
    /// Ids hashed like names; a lookup compares the ids of the places found.
    private var idIndex = NameHashIndex()
    private var exactIndex = NameHashIndex()
    private var skeletonIndex = NameHashIndex()
    /// Each country's place by ISO code (the most populous where there are several): what a demonym names.
    private var countryIndex: [String: Int32] = [:]
    /// The most words any indexed name has; bounds the place finder's window.
    private(set) var longestName = 1
    /// Extents of countries and provinces, computed when first asked for: a direction ("eastern Syria")
    /// needs one, and a scan of 235,000 places per mention would dominate extraction.
    var extents = SharedCache<GeoBox?>()
    /// Replaced whenever places are added: what caches of look-ups (`CandidateCache`) check.
    private(set) var revision = Revision()

    /// The identity of one state of a gazetteer.
    final class Revision: Sendable {}

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
    /// Ids within one call must be distinct (`GazetteerFile` rejects duplicates).
    public mutating func add(_ newPlaces: [Place]) {
        var replaced = Set<Int32>()
        var fresh: [Int32] = []
        places.reserveCapacity(places.count + newPlaces.count)
        fresh.reserveCapacity(newPlaces.count)
        for p in newPlaces {
            let h = FNV1a.hash(p.id.utf8)
            if let i = idIndex.lookup(hash: h).first(where: { places[Int($0)].id == p.id }) {
                places[Int(i)] = p
                replaced.insert(i)
            } else {
                idIndex.insert(hash: h, place: Int32(places.count))
                fresh.append(Int32(places.count))
                places.append(p)
            }
        }
        idIndex.seal()
        exactIndex.remove(places: replaced)
        skeletonIndex.remove(places: replaced)
        let keys = NameIndexer.keys(of: places, at: replaced.sorted() + fresh)
        exactIndex.insert(contentsOf: keys.exact)
        skeletonIndex.insert(contentsOf: keys.skeleton)
        longestName = max(longestName, keys.longestName)
        if !replaced.isEmpty { countryIndex = [:] }
        for i in replaced.isEmpty ? fresh : Array(places.indices.map { Int32($0) }) where places[Int(i)].kind == .country {
            let p = places[Int(i)]
            if let known = countryIndex[p.country], places[Int(known)].population >= p.population { continue }
            countryIndex[p.country] = i
        }
        exactIndex.seal()
        skeletonIndex.seal()
        extents = SharedCache<GeoBox?>()
        revision = Revision()
    }

    /// GeoNames alternate names include airport codes ("DEZ") and lowercase romanisations ("rqh") that are
    /// never how a text writes a place; they stay in the data but are not matched.
    static func isIndexable(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { isIndexable(utf8: $0) }
    }

    static func isIndexable(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
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

    /// Candidates for an exact key (`normalizedKey(_:)`), without normalising again.
    public func candidates(forKey key: String, allowTypos: Bool = false, allowSkeleton: Bool = true) -> [Candidate] {
        let bytes = Array(key.utf8)
        guard !bytes.isEmpty else { return [] }
        var found: [Int32] = []
        var out: [Candidate] = []
        func append(_ list: [Int32], _ match: Match) {
            // Candidate lists are short: a linear check beats hashing into a set.
            for i in list where !found.contains(i) {
                found.append(i)
                out.append(Candidate(place: places[Int(i)], match: match))
            }
        }
        append(exactIndex.lookup(bytes), .exact)
        let exactCount = out.count
        var sk: [UInt8] = []
        guard allowSkeleton, NameKey.skeleton(of: bytes, into: &sk) else { return out }
        append(skeletonIndex.lookup(hash: SkeletonHash.hash(sk)), .skeleton)
        // Typos compete with variants ("Day az Zawr" shares a skeleton with a Turkish town and is one
        // letter from Deir ez-Zor); the resolver's context decides.
        // Only consonant skeletons: one edit to a short vowel-marked one ("h*j*") reaches dozens of towns.
        if exactCount == 0, allowTypos, sk.count >= 3, !sk.contains(UInt8(ascii: "*")), key.unicodeScalars.count(where: { Tokenizer.isLetter($0) }) >= 6 {
            TypoVariants.hashes(of: sk) { h in
                if skeletonIndex.mayContain(hash: h) { append(skeletonIndex.lookup(hash: h), .typo) }
            }
        }
        return out
    }

    /// The exact key of a name as written: the normalisation shared by gazetteer and text.
    public static func normalizedKey(_ name: some StringProtocol) -> String { NameKey.exact(name) }

    /// The place with this id, if any.
    public func place(id: String) -> Place? {
        idIndex.lookup(hash: FNV1a.hash(id.utf8)).lazy.map { places[Int($0)] }.first { $0.id == id }
    }

    /// The country with ISO 3166-1 alpha-2 code `code`, if the gazetteer has it.
    public func country(code: String) -> Place? { countryIndex[code].map { places[Int($0)] } }

    /// Names (exact keys) indexed, for the benchmark and `--explain`.
    public var indexedNameCount: Int { exactIndex.count }
}
