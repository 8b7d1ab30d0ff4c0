/// A gazetteer read in place from `CompactLayout` tables: nothing is parsed at start-up, a look-up reads a
/// bucket of a hash table and the records it points to, and a `Place` is made only for the candidates a
/// look-up returns. The embedded world (270,000 places, two million keys) costs a run nothing until a name is
/// looked up, and then only the pages it touches.
struct CompactGazetteer: @unchecked Sendable {
    /// The tables; immutable memory that lives as long as `owner` (static literal data has no owner).
    struct Sections {
        var header, records, pool, exact, skeleton, ids, countries: UnsafeBufferPointer<UInt8>
    }

    private let s: Sections
    private let owner: AnyObject?
    let count: Int
    let longestName: Int
    let exactKeyCount: Int
    /// Which skeleton hashes may be in the table, for the probes of typo variants.
    let skeletonPresence: LazyHashPresence

    /// Nil when the header is not one this build reads (a stale or damaged table).
    init?(_ sections: Sections, owner: AnyObject? = nil) {
        let w = CompactLayout.Header.width
        guard sections.header.count >= w * CompactLayout.Header.fields, let h = sections.header.baseAddress,
              CompactDigits.read(h, w) == CompactLayout.version else { return nil }
        s = sections
        self.owner = owner
        skeletonPresence = LazyHashPresence(sections.skeleton)
        count = Int(CompactDigits.read(h + w, w))
        longestName = Int(CompactDigits.read(h + 2 * w, w))
        exactKeyCount = Int(CompactDigits.read(h + 3 * w, w))
        guard sections.records.count == count * CompactLayout.Record.width else { return nil }
    }

    // MARK: Records

    @inline(__always)
    private func field(_ i: Int, _ offset: Int, _ width: Int) -> UInt64 {
        CompactDigits.read(s.records.baseAddress! + i * CompactLayout.Record.width + offset, width)
    }

    private func string(_ offset: Int, _ length: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: s.pool[offset..<offset + length]), as: UTF8.self)
    }

    func coordinate(_ i: Int) -> Coordinate {
        typealias R = CompactLayout.Record
        // The offset taken off in integers: one division, correctly rounded, gives the double that reading
        // the source's 5 decimals gives (subtracting 90 after it would not).
        return Coordinate(latitude: Double(Int(field(i, R.lat, 5)) - 90 * Int(R.coordinateScale)) / R.coordinateScale,
                          longitude: Double(Int(field(i, R.lon, 5)) - 180 * Int(R.coordinateScale)) / R.coordinateScale)
    }

    func population(_ i: Int) -> Int { Int(field(i, CompactLayout.Record.population, 6)) }

    func kind(_ i: Int) -> PlaceKind {
        let k = Int(field(i, CompactLayout.Record.kind, 1))
        return k < CompactLayout.Record.kinds.count ? CompactLayout.Record.kinds[k] : .site
    }

    /// The two bytes of the ISO code, compared without making a string (`extent` scans every record).
    func countryIs(_ i: Int, _ code: (UInt8, UInt8)) -> Bool {
        let p = s.records.baseAddress! + i * CompactLayout.Record.width + CompactLayout.Record.country
        return p[0] == code.0 && p[1] == code.1
    }

    func admin1(_ i: Int) -> String {
        typealias R = CompactLayout.Record
        return string(Int(field(i, R.admin1Offset, 4)), Int(field(i, R.admin1Length, 1)))
    }

    func id(_ i: Int) -> String {
        typealias R = CompactLayout.Record
        if field(i, R.id, 1) == 1 { return R.geonamesPrefix + String(field(i, R.id + 1, 6)) }
        return string(Int(field(i, R.id + 1, 4)), Int(field(i, R.id + 5, 2)))
    }

    /// The place of record `i`.
    func place(_ i: Int) -> Place {
        typealias R = CompactLayout.Record
        let p = s.records.baseAddress! + i * R.width + R.country
        let country = p[0] == 0x5F ? "" : String(decoding: UnsafeBufferPointer(start: p, count: 2), as: UTF8.self)
        return Place(id: id(i), name: string(Int(field(i, R.nameOffset, 4)), Int(field(i, R.nameLength, 2))), coordinate: coordinate(i),
                     country: country, kind: kind(i), population: Int(field(i, R.population, 6)), admin1: admin1(i),
                     packedAlternates: "", radiusKm: Int(field(i, R.radius, 3)))
    }

    // MARK: Hash tables

    /// The places whose exact key hashes to `h`, in record order.
    func exactPlaces(hash h: UInt64) -> [Int32] { lookup(s.exact, h) }
    func skeletonPlaces(hash h: UInt64) -> [Int32] { lookup(s.skeleton, h) }
    func mayContainSkeleton(hash h: UInt64) -> Bool { !range(s.skeleton, h).isEmpty }

    /// The record of the place with this id.
    func index(ofId id: String) -> Int32? {
        lookup(s.ids, FNV1a.hash(id.utf8)).first { self.id(Int($0)) == id }
    }

    /// The country's place by ISO code.
    func country(code: String) -> Int32? {
        let u = Array(code.utf8)
        guard u.count == 2 else { return nil }
        let w = CompactLayout.Country.width
        var lo = 0, hi = s.countries.count / w
        while lo < hi {
            let mid = (lo + hi) >> 1, p = s.countries.baseAddress! + mid * w
            if (p[0], p[1]) < (u[0], u[1]) { lo = mid + 1 } else { hi = mid }
        }
        guard lo < s.countries.count / w, case let p = s.countries.baseAddress! + lo * w, p[0] == u[0], p[1] == u[1] else { return nil }
        return Int32(CompactDigits.read(p + 2, 4))
    }

    private func lookup(_ table: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> [Int32] {
        let r = range(table, h)
        guard !r.isEmpty else { return [] }
        typealias T = CompactLayout.HashTable
        let entries = table.baseAddress! + T.headerBytes
        return r.map { Int32(CompactDigits.read(entries + $0 * T.entryWidth + T.hashWidth, T.placeWidth)) }
    }

    /// The entries of `table` with hash `h`: a binary search in its bucket.
    private func range(_ table: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Range<Int> {
        typealias T = CompactLayout.HashTable
        guard table.count >= T.headerBytes, let base = table.baseAddress else { return 0..<0 }
        let b = T.bucket(h)
        var lo = Int(CompactDigits.read(base + b * T.startWidth, T.startWidth))
        var hi = Int(CompactDigits.read(base + (b + 1) * T.startWidth, T.startWidth))
        guard lo < hi else { return lo..<lo }
        let entries = base + T.headerBytes, want = T.middle(h)
        @inline(__always) func key(_ k: Int) -> UInt64 { CompactDigits.read(entries + k * T.entryWidth, T.hashWidth) }
        let end0 = hi
        while lo < hi {
            let mid = (lo + hi) >> 1
            if key(mid) < want { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < end0, key(end) == want { end += 1 }
        return lo..<end
    }
}
