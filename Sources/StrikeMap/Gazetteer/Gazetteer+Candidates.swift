extension Gazetteer {
    /// Candidates for a name as written, best match first: exact keys, then shared skeletons, then (with
    /// `allowTypos`, for names of 6 letters or more) one edit away.
    public func candidates(for name: some StringProtocol, allowTypos: Bool = true) -> [Candidate] {
        candidates(forKey: NameKey.exact(name), allowTypos: allowTypos)
    }

    /// Candidates for an exact key (`normalizedKey(_:)`), without normalising again. Added places come
    /// before the base's at each kind of match.
    public func candidates(forKey key: String, allowTypos: Bool = false, allowSkeleton: Bool = true) -> [Candidate] {
        matches(forKey: key, allowTypos: allowTypos, allowSkeleton: allowSkeleton).map { Candidate(place: place(at: $0.index), match: $0.match) }
    }

    /// The candidates a place finder keeps of `candidates(forKey:allowTypos:allowSkeleton:)`. An exact name
    /// wins over variants, except that a province and the town it is named after may be spelt differently
    /// ("Deir ez-Zor" city, "Dayr az Zawr" governorate): both stay candidates. A place is made only for
    /// what is kept (making one decodes its strings: a tenth of extraction when every variant was made).
    func usableCandidates(forKey key: String, allowTypos: Bool, allowSkeleton: Bool) -> [Candidate] {
        let found = matches(forKey: key, allowTypos: allowTypos, allowSkeleton: allowSkeleton)
        // Exact matches come first (`matches`); typos only without one.
        let exactCount = found.prefix { $0.match == .exact }.count
        guard exactCount > 0 else { return found.map { Candidate(place: place(at: $0.index), match: $0.match) } }
        var kept = found[..<exactCount].map { Candidate(place: place(at: $0.index), match: .exact) }
        let exactUnits = kept.filter { $0.place.kind == .province }.map(\.place)
        for m in found[exactCount...] where m.match == .skeleton {
            // Only a populated place is a province's namesake (`Place.isNamesake(of:)`).
            let kind = self.kind(at: m.index)
            guard kind == .province || kind == .populated && !exactUnits.isEmpty else { continue }
            let p = place(at: m.index)
            if kind == .province || exactUnits.contains(where: { p.isNamesake(of: $0) }) { kept.append(Candidate(place: p, match: .skeleton)) }
        }
        return kept
    }

    /// The kind of the place at index `i`, without making the place.
    private func kind(at i: Int32) -> PlaceKind {
        if let base, i < baseCount { return base.kind(Int(i)) }
        return added[Int(i - baseCount)].kind
    }

    /// The indices (see the type's comment) of the places a key matches, and how: exact keys, then shared
    /// skeletons, then typos, each index once.
    private func matches(forKey key: String, allowTypos: Bool, allowSkeleton: Bool) -> [(index: Int32, match: Match)] {
        let bytes = Array(key.utf8)
        guard !bytes.isEmpty else { return [] }
        var out: [(index: Int32, match: Match)] = []
        // Most lists are short, and a linear check beats hashing into a set; a name of hundreds of places
        // ("San Juan") is checked through a set, made when the list grows past `linear`.
        var seen = Set<Int32>()
        let linear = 24
        func append(_ list: [Int32], _ match: Match, base: Bool) {
            for j in list {
                let i = base ? j : j + baseCount
                guard !(base && replacedBase.contains(j)) else { continue }
                if out.count < linear {
                    guard !out.contains(where: { $0.index == i }) else { continue }
                } else {
                    if seen.isEmpty { seen = Set(out.map(\.index)) }
                    guard seen.insert(i).inserted else { continue }
                }
                out.append((i, match))
            }
        }
        let exactHash = FNV1a.hash(bytes)
        append(exactIndex.lookup(hash: exactHash), .exact, base: false)
        if let base { append(base.exactPlaces(hash: exactHash), .exact, base: true) }
        let exactCount = out.count
        var sk: [UInt8] = []
        guard allowSkeleton, NameKey.skeleton(of: bytes, into: &sk) else { return out }
        let skeletonHash = SkeletonHash.hash(sk)
        append(skeletonIndex.lookup(hash: skeletonHash), .skeleton, base: false)
        if let base { append(base.skeletonPlaces(hash: skeletonHash), .skeleton, base: true) }
        // Typos compete with variants ("Day az Zawr" shares a skeleton with a Turkish town and is one
        // letter from Deir ez-Zor); the resolver's context decides.
        // Only consonant skeletons: one edit to a short vowel-marked one ("h*j*") reaches dozens of towns.
        if exactCount == 0, allowTypos, sk.count >= 3, !sk.contains(UInt8(ascii: "*")), key.unicodeScalars.count(where: { Tokenizer.isLetter($0) }) >= 6 {
            let presence = base?.skeletonPresence.presence
            TypoVariants.hashes(of: sk) { h in
                if skeletonIndex.mayContain(hash: h) { append(skeletonIndex.lookup(hash: h), .typo, base: false) }
                if let base, presence?.mayContain(h) ?? true, base.mayContainSkeleton(hash: h) { append(base.skeletonPlaces(hash: h), .typo, base: true) }
            }
        }
        return out
    }
}
