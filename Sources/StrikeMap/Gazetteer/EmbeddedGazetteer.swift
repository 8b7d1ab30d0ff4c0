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
            var start = 0, line = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                line += 1
                defer { start = end + 1 }
                guard end > start else { continue }
                let row = TabSeparatedRow(bytes, start: start, end: end, path: "embedded gazetteer", line: line, fields: &fields)
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
