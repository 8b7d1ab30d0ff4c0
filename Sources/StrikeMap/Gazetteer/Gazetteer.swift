/// A gazetteer: the embedded world read in place (`CompactGazetteer`), with places a user adds on top in
/// memory, consulted first, and indexes from normalised names (exact and transliteration skeleton) to them.
/// A place's index is its record in the base below `base.count`, and `base.count` + its position among
/// the added places above.
public struct Gazetteer: Sendable {
    /// The embedded world; nil for a gazetteer made of given places only (tests, tools).
    let base: CompactGazetteer?
    /// Places added on top of the base (user files), in the order added.
    public private(set) var added: [Place] = []
    /// Base records replaced by an added place of the same id: never returned.
    private(set) var replacedBase = Set<Int32>()
    /// Ids hashed like names; a lookup compares the ids of the places found.
    private var idIndex = NameHashIndex()
    private(set) var exactIndex = NameHashIndex()
    private(set) var skeletonIndex = NameHashIndex()
    /// Each added country's place by ISO code (the most populous where there are several): what a demonym names.
    private var countryIndex: [String: Int32] = [:]
    /// The most words any indexed name has; bounds the place finder's window.
    private(set) var longestName = 1
    /// Extents of countries and provinces, computed when first asked for: a direction ("eastern Syria")
    /// needs one, and a scan of 270,000 places per mention would dominate extraction.
    var extents = SharedCache<GeoBox?>()
    /// `--countries`: the places a resolver may choose (look-ups still find every place, so that a name
    /// found only outside gets a warning rather than silence).
    public var countryFilter: CountryFilter?
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

    /// A gazetteer of these places only.
    public init(places: [Place]) {
        base = nil
        add(places)
    }

    /// The world of `base`, nothing added yet.
    init(base: CompactGazetteer) {
        self.base = base
        longestName = base.longestName
    }

    var baseCount: Int32 { Int32(base?.count ?? 0) }

    /// Every place: the base's (made one by one: 270,000 for the embedded world) then the added ones.
    public var places: [Place] {
        var all: [Place] = []
        if let base {
            all.reserveCapacity(base.count + added.count)
            for i in 0..<base.count where !replacedBase.contains(Int32(i)) { all.append(base.place(i)) }
        }
        return all + added
    }

    /// Populated places of at least `minimumPopulation` people, for map labels: the base's records are
    /// tested before a place is made of them.
    public func towns(minimumPopulation: Int) -> [Place] {
        var out: [Place] = []
        if let base {
            for i in 0..<base.count where base.kind(i) == .populated && base.population(i) >= minimumPopulation && !replacedBase.contains(Int32(i)) {
                out.append(base.place(i))
            }
        }
        return out + added.filter { $0.kind == .populated && $0.population >= minimumPopulation }
    }

    /// The place at index `i` (see the type's comment).
    func place(at i: Int32) -> Place {
        i < baseCount ? base!.place(Int(i)) : added[Int(i - baseCount)]
    }

    /// Adds places; a place whose id is already present replaces it (later files override earlier ones).
    /// Ids within one call must be distinct (`GazetteerFile` rejects duplicates).
    public mutating func add(_ newPlaces: [Place]) {
        var replaced = Set<Int32>()
        var fresh: [Int32] = []
        added.reserveCapacity(added.count + newPlaces.count)
        fresh.reserveCapacity(newPlaces.count)
        for p in newPlaces {
            let h = FNV1a.hash(p.id.utf8)
            if let i = idIndex.lookup(hash: h).first(where: { added[Int($0)].id == p.id }) {
                added[Int(i)] = p
                replaced.insert(i)
            } else {
                if let b = base?.index(ofId: p.id) { replacedBase.insert(b) }
                idIndex.insert(hash: h, place: Int32(added.count))
                fresh.append(Int32(added.count))
                added.append(p)
            }
        }
        idIndex.seal()
        exactIndex.remove(places: replaced)
        skeletonIndex.remove(places: replaced)
        let keys = NameIndexer.keys(of: added, at: replaced.sorted() + fresh)
        exactIndex.insert(contentsOf: keys.exact)
        skeletonIndex.insert(contentsOf: keys.skeleton)
        longestName = max(longestName, keys.longestName)
        if !replaced.isEmpty { countryIndex = [:] }
        for i in replaced.isEmpty ? fresh : Array(added.indices.map { Int32($0) }) where added[Int(i)].kind == .country {
            let p = added[Int(i)]
            if let known = countryIndex[p.country], added[Int(known)].population >= p.population { continue }
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

    /// The exact key of a name as written: the normalisation shared by gazetteer and text.
    public static func normalizedKey(_ name: some StringProtocol) -> String { NameKey.exact(name) }

    /// The place with this id, if any.
    public func place(id: String) -> Place? {
        if let p = idIndex.lookup(hash: FNV1a.hash(id.utf8)).lazy.map({ added[Int($0)] }).first(where: { $0.id == id }) { return p }
        return base?.index(ofId: id).flatMap { replacedBase.contains($0) ? nil : base!.place(Int($0)) }
    }

    /// The country with ISO 3166-1 alpha-2 code `code`, if the gazetteer has it.
    public func country(code: String) -> Place? {
        if let i = countryIndex[code] { return added[Int(i)] }
        return base?.country(code: code).flatMap { replacedBase.contains($0) ? nil : base!.place(Int($0)) }
    }

    /// Names (exact keys) indexed, for the benchmark and `--explain`.
    public var indexedNameCount: Int { exactIndex.count + (base?.exactKeyCount ?? 0) }
}
