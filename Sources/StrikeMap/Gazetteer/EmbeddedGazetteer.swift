/// The default gazetteer compiled into the binary (see gazetteer/README.md), so that a copied binary
/// needs no files beside it.
public enum EmbeddedGazetteer {
    /// Parsed once, on first use. The rows are read as bytes: splitting the literal as a `String` walks
    /// grapheme clusters and took three times as long.
    public static let shared: Gazetteer = {
        var places: [Place] = []
        places.reserveCapacity(10_500)
        var text = tsv
        text.withUTF8 { bytes in
            var fields: [Range<Int>] = []
            var lines = ByteLines(bytes, 0..<bytes.count)
            while let (line, r) = lines.next() {
                guard !r.isEmpty else { continue }
                let row = TabSeparatedRow(bytes, start: r.lowerBound, end: r.upperBound, path: "embedded gazetteer", line: line, fields: &fields)
                precondition(row.count == 9, "embedded gazetteer row \(line) has \(row.count) columns")
                guard let lat = row.double(2), let lon = row.double(3), let kind = PlaceKind(rawValue: row.string(5)) else {
                    preconditionFailure("embedded gazetteer row \(line) malformed")
                }
                places.append(Place(id: row.string(0), name: row.string(1), coordinate: Coordinate(latitude: lat, longitude: lon),
                                    country: row.string(4), kind: kind, population: row.integer(6) ?? 0, admin1: row.string(7),
                                    packedAlternates: row.packed(8, separatedBy: 0x7C)))
            }
        }
        return Gazetteer(places: places)
    }()
}
