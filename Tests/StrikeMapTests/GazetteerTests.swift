import XCTest
@testable import StrikeMap

final class GazetteerTests: XCTestCase {
    let g = EmbeddedGazetteer.shared

    func testNormalisation() {
        XCTAssertEqual(NameKey.exact("Deir ez-Zor"), "deir zor")
        XCTAssertEqual(NameKey.exact("Ḩamāh"), "hamah")
        XCTAssertEqual(NameKey.exact("Mar’a"), NameKey.exact("Mar'a"))
        XCTAssertEqual(NameKey.skeleton(ofExact: NameKey.exact("Deir ez-Zor")), NameKey.skeleton(ofExact: NameKey.exact("Dayr az Zawr")))
        XCTAssertEqual(NameKey.skeleton(ofExact: NameKey.exact("Raqqa")), NameKey.skeleton(ofExact: NameKey.exact("Al-Rakka")))
    }

    func testSpellingsResolve() {
        for (name, id) in [("Dayr al-Zawr", "geonames:170794"), ("Raqqah", "geonames:172955"), ("Ar-Raqqah", "geonames:172955"),
                           ("Sirte", "geonames:2210554"), ("Baghouz", "curated:baghuz-fawqani"), ("Al-Tanf", "curated:tanf-garrison"),
                           ("Al Kashmah", "curated:kashmah")] {
            let ranked = PlaceLookup(gazetteer: g).rank(name, country: id.hasPrefix("geonames:2210554") ? "LY" : "SY")
            XCTAssertEqual(ranked.first?.place.id, id, name)
        }
    }

    func testCountryQualifierChoosesCountry() {
        let ranked = PlaceLookup(gazetteer: g).rank("Sinjar", country: "IQ")
        XCTAssertEqual(ranked.first?.place.country, "IQ")
    }

    func testProvincesAreEntries() {
        XCTAssertTrue(g.candidates(for: "Dayr Az Zawr").contains { $0.place.kind == .province && $0.place.country == "SY" })
        XCTAssertTrue(g.candidates(for: "Diyala").contains { $0.place.kind == .province && $0.place.country == "IQ" })
    }

    /// Every curated place with a country lies in it by the basemap's polygon (or within 30 km of its
    /// border: coastal sites, border crossings); seas and regions have no country.
    func testCuratedPlacesInTheirCountry() {
        let curated = g.places.filter { $0.id.hasPrefix("curated:") }
        XCTAssertGreaterThanOrEqual(curated.count, 13)
        for p in curated where !p.country.isEmpty && !p.kind.isArea {
            let probes = [p.coordinate] + stride(from: 0.0, to: 360, by: 45).map { GeoMath.destination(from: p.coordinate, km: 30, bearing: $0) }
            XCTAssertTrue(probes.contains { EmbeddedBasemap.shared.country(p.country, contains: $0) == true }, "\(p.name) outside \(p.country)")
        }
    }

    func testTyposOnlyForLongNames() {
        XCTAssertTrue(g.candidates(forKey: NameKey.exact("Dayz Az Zawr"), allowTypos: true).contains { $0.place.id == "geonames:170794" })
        XCTAssertFalse(g.candidates(forKey: "hxt", allowTypos: true).contains { $0.match == .typo }, "3 letters: no typo match")
    }

    func testTypoVariantHashesAreThoseOfTheVariantsInOrder() {
        for word in ["dyrzr", "rk", "hjn", "bkml", "tlfr", "mnbj", "dyrzwrx"] {
            let s = Array(word.utf8)
            var hashes: [UInt64] = []
            TypoVariants.hashes(of: s) { hashes.append($0) }
            XCTAssertEqual(hashes, TypoVariants.of(s).map { SkeletonHash.hash($0) }, word)
        }
        var none = 0
        TypoVariants.hashes(of: Array("rk".utf8)) { _ in none += 1 }
        XCTAssertEqual(none, 0)
    }

    /// What a place finder keeps of a look-up, spelt out over made places: exact names if any, with the
    /// spelling variants that are provinces or the towns exact provinces are named after.
    private static func usable(_ all: [Gazetteer.Candidate]) -> [Gazetteer.Candidate] {
        let exact = all.filter { $0.match == .exact }, units = exact.filter { $0.place.kind == .province }
        return exact.isEmpty ? all : exact + all.filter { c in
            c.match == .skeleton && (c.place.kind == .province || units.contains { c.place.isNamesake(of: $0.place) })
        }
    }

    func testCandidateCacheAnswersAsTheGazetteer() {
        let cache = CandidateCache(for: g)
        // Spans are found by their scalars wherever they stand: each name twice, at different offsets.
        let names = ["Deir ez-Zor", "Dayz Az Zawr", "Raqqa", "Pentagon", "Hit", "Deir ez-Zor"]
        let text = Array(names.joined(separator: ", ").unicodeScalars)
        var start = 0
        var entries: [String: Int] = [:]
        for name in names {
            let range = start..<start + name.unicodeScalars.count
            start = range.upperBound + 2
            let key = NameKey.exact(name)
            let entry = cache.entry(for: text, range, hash: CandidateCache.hash(text, range))
            XCTAssertEqual(entries[name, default: entry], entry, "the same span finds the same entry")
            entries[name] = entry
            XCTAssertEqual(cache.key(entry).key, key)
            XCTAssertEqual(cache.key(entry).length, key.count)
            for (typos, skeleton) in [(false, false), (false, true), (true, true)] {
                let direct = Self.usable(g.candidates(forKey: key, allowTypos: typos, allowSkeleton: skeleton)).map { "\($0.place.id) \($0.match)" }
                XCTAssertEqual(g.usableCandidates(forKey: key, allowTypos: typos, allowSkeleton: skeleton).map { "\($0.place.id) \($0.match)" }, direct, name)
                for _ in 0..<2 {
                    let cached = cache.candidates(entry, allowTypos: typos, allowSkeleton: skeleton, in: g).map { "\($0.place.id) \($0.match)" }
                    XCTAssertEqual(cached, direct, name)
                }
            }
        }
        XCTAssertEqual(Set(entries.values).count, 5)
        var changed = g
        changed.add([Place(id: "test:zabadani-farm", name: "Qaryat Zabadani Farm", coordinate: Coordinate(latitude: 33.7, longitude: 36.1),
                           country: "SY", kind: .populated)])
        XCTAssertFalse(changed.revision === g.revision, "adding places makes a new revision, which old caches refuse")
        let name = Array("Qaryat Zabadani Farm".unicodeScalars)
        let fresh = CandidateCache(for: changed)
        let entry = fresh.entry(for: name, name.indices, hash: CandidateCache.hash(name, name.indices))
        XCTAssertEqual(fresh.candidates(entry, allowTypos: false, allowSkeleton: true, in: changed).first?.place.id, "test:zabadani-farm")
    }
}
