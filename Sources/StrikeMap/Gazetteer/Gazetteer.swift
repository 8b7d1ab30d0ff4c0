import Foundation

/// An in-memory gazetteer: places and an index from normalised names to them.
public struct Gazetteer: Sendable {
    public private(set) var places: [Place]
    private var exactIndex: [String: [Int32]] = [:]
    private var skeletonIndex: [String: [Int32]] = [:]
    private var fuzzy = FuzzyNameIndex()
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

    /// Adds places; an id already present is replaced (later files override earlier ones).
    public mutating func add(_ newPlaces: [Place]) {
        var byId: [String: Int] = [:]
        for (i, p) in places.enumerated() { byId[p.id] = i }
        var replaced = false
        for p in newPlaces {
            if let i = byId[p.id] { places[i] = p; replaced = true } else { byId[p.id] = places.count; places.append(p) }
        }
        if replaced {
            exactIndex = [:]
            skeletonIndex = [:]
            index(from: 0)
        } else {
            index(from: places.count - newPlaces.count)
        }
        fuzzy = FuzzyNameIndex()
    }

    private mutating func index(from first: Int) {
        for i in first..<places.count {
            let place = places[i]
            var seen = Set<String>()
            for name in [place.name] + place.alternateNames where Self.isIndexable(name) {
                let words = NameKey.words(name)
                guard !words.isEmpty else { continue }
                let key = words.joined(separator: " ")
                guard seen.insert(key).inserted else { continue }
                exactIndex[key, default: []].append(Int32(i))
                longestName = max(longestName, min(words.count, 8))
                if let sk = NameKey.skeleton(ofExact: key), sk.utf8.count >= 3 {
                    if skeletonIndex[sk]?.last != Int32(i) { skeletonIndex[sk, default: []].append(Int32(i)) }
                }
            }
        }
    }

    /// GeoNames alternate names include airport codes ("DEZ") and lowercase romanisations ("rqh") that are
    /// never how a text writes a place; they stay in the data but are not matched.
    static func isIndexable(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        guard let first = scalars.first else { return false }
        if scalars.allSatisfy({ $0.value < 0x80 }) {
            if !first.properties.isUppercase && !Tokenizer.isApostrophe(first) { return false }
            if scalars.count <= 4 && scalars.allSatisfy({ !$0.properties.isLowercase }) { return false }
        }
        return true
    }

    /// Candidates for a name as written, best match first: exact keys, then shared skeletons, then (with
    /// `allowTypos`, for names of 6 letters or more) one edit away.
    public func candidates(for name: some StringProtocol, allowTypos: Bool = true) -> [Candidate] {
        candidates(forKey: NameKey.exact(name), allowTypos: allowTypos)
    }

    func candidates(forKey key: String, allowTypos: Bool, allowSkeleton: Bool = true) -> [Candidate] {
        guard !key.isEmpty else { return [] }
        var out: [Candidate] = []
        var seen = Set<Int32>()
        for i in exactIndex[key] ?? [] where seen.insert(i).inserted { out.append(Candidate(place: places[Int(i)], match: .exact)) }
        guard allowSkeleton, let sk = NameKey.skeleton(ofExact: key) else { return out }
        for i in skeletonIndex[sk] ?? [] where seen.insert(i).inserted { out.append(Candidate(place: places[Int(i)], match: .skeleton)) }
        let letters = key.unicodeScalars.filter { Tokenizer.isLetter($0) }.count
        if out.isEmpty, allowTypos, letters >= 6, sk.utf8.count >= 4 {
            for i in fuzzy.lookup(sk, skeletons: skeletonIndex) where seen.insert(i).inserted {
                out.append(Candidate(place: places[Int(i)], match: .typo))
            }
        }
        return out
    }

    func hasKey(_ key: String) -> Bool { exactIndex[key] != nil }

    /// The place with this id, if any.
    public func place(id: String) -> Place? { places.first { $0.id == id } }
}
