/// Builds `CompactLayout` tables from places, with the key functions the run-time look-up uses
/// (`NameIndexer`: `NameKey`, FNV-1a, `SkeletonHash`), so that a name in a text meets the name in the table.
/// `gazetteer/build.py` runs it through `strikemap-gazetteer` when the data is generated.
package struct CompactIndexWriter {
    package enum Failure: Error, CustomStringConvertible {
        case tooLarge(String)
        case unsafeText(id: String, String)

        package var description: String {
            switch self {
            case .tooLarge(let what): return "the gazetteer is too large for its table layout: \(what)"
            case .unsafeText(let id, let what): return "place \(id): \(what) cannot be embedded in a raw string literal"
            }
        }
    }

    /// The tables as bytes, by section name (`CompactGazetteer.Sections`' order).
    package struct Tables {
        package var header: [UInt8] = [], records: [UInt8] = [], pool: [UInt8] = [], exact: [UInt8] = []
        package var skeleton: [UInt8] = [], ids: [UInt8] = [], countries: [UInt8] = []

        package var named: [(String, [UInt8])] {
            [("header", header), ("records", records), ("pool", pool), ("exact", exact), ("skeleton", skeleton), ("ids", ids), ("countries", countries)]
        }
    }

    package init() {}

    /// The tables of `places`, in the order given (the caller sorts them: the output is then deterministic).
    package func tables(_ places: [Place]) throws -> Tables {
        var t = Tables()
        var pool = StringPool()
        for p in places { try record(p, &t.records, &pool) }
        t.pool = pool.bytes
        let keys = NameIndexer.keys(of: places, at: places.indices.map { Int32($0) })
        t.exact = try table(keys.exact)
        t.skeleton = try table(keys.skeleton)
        t.ids = try table(places.indices.map { NameHashIndex.Entry(hash: FNV1a.hash(places[$0].id.utf8), place: Int32($0)) })
        // Each code's most populous country place (a user's file may add a second one).
        var countries: [String: Int] = [:]
        for (i, p) in places.enumerated() where p.kind == .country && p.country.utf8.count == 2 {
            if let known = countries[p.country], places[known].population >= p.population { continue }
            countries[p.country] = i
        }
        for (code, i) in countries.sorted(by: { $0.key < $1.key }) {
            t.countries += Array(code.utf8)
            CompactDigits.append(UInt64(i), width: 4, to: &t.countries)
        }
        for v in [CompactLayout.version, UInt64(places.count), UInt64(keys.longestName), UInt64(keys.exact.count),
                  UInt64(keys.skeleton.count), UInt64(places.count), UInt64(countries.count)] {
            CompactDigits.append(v, width: CompactLayout.Header.width, to: &t.header)
        }
        return t
    }

    private func record(_ p: Place, _ out: inout [UInt8], _ pool: inout StringPool) throws {
        typealias R = CompactLayout.Record
        func put(_ v: UInt64, _ width: Int, _ what: String) throws {
            guard CompactDigits.fits(v, width: width) else { throw Failure.tooLarge("\(what) \(v) of \(p.id)") }
            CompactDigits.append(v, width: width, to: &out)
        }
        let start = out.count
        try put(UInt64(((p.coordinate.latitude + 90) * R.coordinateScale).rounded()), 5, "latitude")
        try put(UInt64(((p.coordinate.longitude + 180) * R.coordinateScale).rounded()), 5, "longitude")
        try put(UInt64(max(0, p.population)), 6, "population")
        try put(UInt64(R.kinds.firstIndex(of: p.kind) ?? 4), 1, "kind")
        let cc = Array(p.country.utf8)
        guard cc.isEmpty || (cc.count == 2 && cc.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }) else { throw Failure.unsafeText(id: p.id, "country '\(p.country)'") }
        out += cc.isEmpty ? [0x5F, 0x5F] : cc
        try put(UInt64(max(0, p.radiusKm)), 3, "radius")
        let name = try pool.add(p.name, id: p.id)
        try put(UInt64(name.offset), 4, "pool offset"); try put(UInt64(name.length), 2, "name length")
        if p.id.hasPrefix(R.geonamesPrefix), let n = UInt64(p.id.dropFirst(R.geonamesPrefix.count)), String(n) == p.id.dropFirst(R.geonamesPrefix.count) {
            try put(1, 1, "id flag"); try put(n, 6, "GeoNames id")
        } else {
            let id = try pool.add(p.id, id: p.id)
            try put(0, 1, "id flag"); try put(UInt64(id.offset), 4, "pool offset"); try put(UInt64(id.length), 2, "id length")
        }
        let admin1 = try pool.add(p.admin1, id: p.id, shared: true)
        try put(UInt64(admin1.offset), 4, "pool offset"); try put(UInt64(admin1.length), 1, "admin1 length")
        precondition(out.count - start == R.width, "record layout and writer disagree")
    }

    /// Entries sorted by hash (then place), duplicates dropped, behind their bucket starts.
    private func table(_ entries: [NameHashIndex.Entry]) throws -> [UInt8] {
        typealias T = CompactLayout.HashTable
        let sorted = entries.sorted { ($0.hash, $0.place) < ($1.hash, $1.place) }
        var unique: [NameHashIndex.Entry] = []
        unique.reserveCapacity(sorted.count)
        for e in sorted where unique.last != e { unique.append(e) }
        guard CompactDigits.fits(UInt64(unique.count), width: T.startWidth) else { throw Failure.tooLarge("\(unique.count) keys") }
        var starts = [Int](repeating: 0, count: T.buckets + 1)
        for e in unique { starts[T.bucket(e.hash) + 1] += 1 }
        for k in 1..<starts.count { starts[k] += starts[k - 1] }
        var out: [UInt8] = []
        out.reserveCapacity(T.headerBytes + unique.count * T.entryWidth)
        for s in starts { CompactDigits.append(UInt64(s), width: T.startWidth, to: &out) }
        for e in unique {
            CompactDigits.append(T.middle(e.hash), width: T.hashWidth, to: &out)
            CompactDigits.append(UInt64(e.place), width: T.placeWidth, to: &out)
        }
        return out
    }
}
