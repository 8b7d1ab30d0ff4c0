/// The embedded gazetteer's tables, as `CompactIndexWriter` writes them and `CompactGazetteer` reads them in
/// place. Every number is `CompactDigits`; widths are in digits (6 bits each).
///
/// - `records`: one fixed-width record a place, in id order (`Record`);
/// - `pool`: the names, ids and admin1 codes the records point into, UTF-8;
/// - `exact`, `skeleton`, `ids`: hash tables (`HashTable`) from the 64-bit hash of an exact name key
///   (FNV-1a of `NameKey`), of a consonant skeleton (`SkeletonHash`) and of an id (FNV-1a) to places;
/// - `countries`: ISO code (2 letters) and record of each country's place;
/// - `header`: counts (`Header`).
enum CompactLayout {
    static let version: UInt64 = 1

    /// `version, places, longest name in words, exact keys, skeleton keys, ids, countries`, 6 digits each.
    enum Header {
        static let width = 6, fields = 7
    }

    /// A place: latitude and longitude in 1e-5 degree offset by 90 and 180, population, kind, ISO country
    /// (2 letters, "__" for none), radius in km, name (pool offset, length), id, admin1 (offset, length).
    enum Record {
        static let lat = 0, lon = 5, population = 10, kind = 16, country = 17, radius = 19, nameOffset = 22, nameLength = 26
        static let id = 28, admin1Offset = 35, admin1Length = 39
        static let width = 40
        static let coordinateScale = 100_000.0
        /// Kinds by digit.
        static let kinds: [PlaceKind] = [.country, .province, .district, .populated, .site, .water, .region, .registered]
        /// An id `geonames:N` is stored as the number N after a digit 1; any other id as a pool string after a 0.
        static let geonamesPrefix = "geonames:"
    }

    /// Entries sorted by hash; `buckets` + 1 starts (4 digits each) by the hash's top 16 bits, then entries
    /// of the next 36 bits of the hash (6 digits) and the place (4 digits). 52 bits of hash compared: with
    /// two million keys a look-up meets a false match about once in 10^9.
    enum HashTable {
        static let buckets = 65_536, startWidth = 4, hashWidth = 6, placeWidth = 4
        static let entryWidth = hashWidth + placeWidth
        static let headerBytes = (buckets + 1) * startWidth

        @inline(__always) static func bucket(_ h: UInt64) -> Int { Int(h >> 48) }
        @inline(__always) static func middle(_ h: UInt64) -> UInt64 { (h >> 12) & (1 << 36 - 1) }
    }

    /// A country entry: two letters and the record (4 digits).
    enum Country {
        static let width = 6
    }
}
