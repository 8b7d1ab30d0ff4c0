/// The default gazetteer compiled into the binary (see gazetteer/README.md), so that a copied binary
/// needs no files beside it.
public enum EmbeddedGazetteer {
    /// Parsed once, on first use.
    public static let shared: Gazetteer = {
        var places: [Place] = []
        places.reserveCapacity(10_500)
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            precondition(f.count == 9, "embedded gazetteer row with \(f.count) columns: \(line.prefix(60))")
            guard let lat = Double(f[2]), let lon = Double(f[3]), let kind = PlaceKind(rawValue: String(f[5])) else {
                preconditionFailure("embedded gazetteer row malformed: \(line.prefix(60))")
            }
            places.append(Place(id: String(f[0]), name: String(f[1]), coordinate: Coordinate(latitude: lat, longitude: lon),
                                country: String(f[4]), kind: kind, population: Int(f[6]) ?? 0, admin1: String(f[7]),
                                alternateNames: f[8].isEmpty ? [] : f[8].split(separator: "|").map(String.init)))
        }
        return Gazetteer(places: places)
    }()
}
