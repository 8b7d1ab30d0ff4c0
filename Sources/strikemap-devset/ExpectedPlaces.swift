import StrikeMap

/// Which town each place name of the development set's truth.tsv means, annotated by hand (GeoNames and
/// Wikipedia coordinates of the town centre). Evaluation data only: the product never reads it. Names
/// whose town could not be located from a citable source map to nil and count as failures.
enum ExpectedPlaces {
    struct Point { var latitude: Double; var longitude: Double }

    private static let towns: [(names: [String], point: Point?)] = [
        (["Mosul"], Point(latitude: 36.335, longitude: 43.119)),
        (["Sinjar"], Point(latitude: 36.321, longitude: 41.877)),
        (["Ramadi"], Point(latitude: 33.421, longitude: 43.308)),
        (["Tal Afar"], Point(latitude: 36.379, longitude: 42.448)),
        (["Kobani"], Point(latitude: 36.891, longitude: 38.353)),
        (["Bayji"], Point(latitude: 34.929, longitude: 43.489)),
        (["Al Hasakah", "Hasakah", "Al Hasakah and Dayr Az Zawr"], Point(latitude: 36.502, longitude: 40.748)),
        (["Fallujah"], Point(latitude: 33.349, longitude: 43.786)),
        (["Ar Raqqah", "Al Raqqah"], Point(latitude: 35.953, longitude: 39.008)),
        (["Kirkuk"], Point(latitude: 35.468, longitude: 44.392)),
        (["Al Huwayjah", "Huwayjah", "Al Hawayjah", "Al Hawijah"], Point(latitude: 35.326, longitude: 43.773)),
        (["Makhmur", "Mahkmur"], Point(latitude: 35.776, longitude: 43.580)),
        (["Al Asad"], Point(latitude: 33.786, longitude: 42.441)),
        (["Habbaniyah", "Habbaniya"], Point(latitude: 33.367, longitude: 43.567)),
        (["Kisik"], Point(latitude: 36.420, longitude: 42.800)),
        (["Al Qaim"], Point(latitude: 34.393, longitude: 40.989)),
        (["Mar’a"], Point(latitude: 36.483, longitude: 37.197)),
        (["Haditha"], Point(latitude: 34.137, longitude: 42.377)),
        (["Dayr Az Zawr", "Dayr Ar Zawr", "Dayr as Zawr", "Dawr az Zawr", "Day az Zawr", "Dayz ar Zawr"],
         Point(latitude: 35.336, longitude: 40.141)),
        (["Aleppo"], Point(latitude: 36.201, longitude: 37.161)),
        (["Al Hawl"], Point(latitude: 36.390, longitude: 41.150)),
        (["Al Baghdadi", "Baghdadi"], Point(latitude: 33.900, longitude: 42.540)),
        (["Hit", "Hit in Al Anbar Province"], Point(latitude: 33.637, longitude: 42.828)),
        (["Tuz"], Point(latitude: 34.888, longitude: 44.633)),
        (["Tal Abyad"], Point(latitude: 36.696, longitude: 38.954)),
        (["Ayn Isa"], Point(latitude: 36.386, longitude: 38.862)),
        (["Manbij"], Point(latitude: 36.528, longitude: 37.955)),
        (["Ar Rutbah", "Al Rutbah", "Ar Rut bah"], Point(latitude: 33.037, longitude: 40.286)),
        (["Abu Kamal", "Al Bukamal"], Point(latitude: 34.452, longitude: 40.919)),
        (["Qayyarah"], Point(latitude: 35.799, longitude: 43.294)),
        (["Rawah"], Point(latitude: 34.482, longitude: 41.919)),
        (["Taji"], Point(latitude: 33.520, longitude: 44.270)),
        (["Tikrit"], Point(latitude: 34.616, longitude: 43.679)),
        (["Waleed", "Walweed"], Point(latitude: 33.400, longitude: 38.790)),
        (["Palmyra", "Tadmur"], Point(latitude: 34.562, longitude: 38.284)),
        (["Samarra"], Point(latitude: 34.196, longitude: 43.886)),
        (["Erbil"], Point(latitude: 36.191, longitude: 44.009)),
        (["Baghdad"], Point(latitude: 33.341, longitude: 44.401)),
        (["Tal Hamis", "Tal Harris"], Point(latitude: 36.757, longitude: 41.399)),
        (["Tal Jibbin"], Point(latitude: 36.330, longitude: 37.150)),
        (["Idlib"], Point(latitude: 35.931, longitude: 36.634)),
        (["Baqubah"], Point(latitude: 33.754, longitude: 44.605)),
        (["Al Bab"], Point(latitude: 36.371, longitude: 37.516)),
        // Villages not located from a citable source (left unresolved by design).
        (["Sultan Abdallah", "Albu Hayat", "Washiyah", "Washiya", "Tamakh", "Barghooth"], nil),
    ]

    private static let byKey: [String: Point?] = {
        var out: [String: Point?] = [:]
        for t in towns { for n in t.names { out[Gazetteer.normalizedKey(n)] = t.point } }
        return out
    }()

    enum Expectation { case town(Point), country(String), unknown, notAnnotated }

    static func expectation(for written: String) -> Expectation {
        let key = Gazetteer.normalizedKey(written)
        if key == "syria" { return .country("SY") }
        if key == "iraq" { return .country("IQ") }
        guard let entry = byKey[key] else { return .notAnnotated }
        return entry.map { .town($0) } ?? .unknown
    }
}
