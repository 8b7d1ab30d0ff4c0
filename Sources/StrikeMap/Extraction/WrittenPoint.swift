/// A point the text writes itself: an MGRS grid reference (`GridReferenceFinder`) or latitude and
/// longitude (`LatLonFinder`). Either sets the point of the strike it belongs to (`GridPoints`) and is a
/// place mention of its own in `places`.
struct WrittenPoint: Equatable {
    var range: Range<Int>
    var text: String
    var coordinate: Coordinate
    var uncertaintyKm: Double
    /// "mgrs:37SFU786153", "latlon:35.95280,39.00790".
    var id: String
    /// What the text wrote, for reasons: "MGRS grid reference, a square of 100 m".
    var what: String
    /// What the text wrote, for warnings: "grid reference", "coordinates".
    var noun: String

    /// The points written in `range`, in text order, and the text of their shape that is none.
    static func find(in s: [Unicode.Scalar], _ range: Range<Int>) -> (found: [WrittenPoint], problems: [(text: String, reason: String)]) {
        let grids = GridReferenceFinder.find(in: s, range), latLons = LatLonFinder.find(in: s, range)
        var found = grids.found.map { g in
            WrittenPoint(range: g.range, text: g.text, coordinate: g.grid.coordinate, uncertaintyKm: g.grid.uncertaintyKm,
                         id: "mgrs:" + g.text.filter { !$0.isWhitespace }.uppercased(),
                         what: "MGRS grid reference, a square of \(Int(g.grid.squareMetres)) m", noun: "grid reference")
        }
        for p in latLons.found where !found.contains(where: { $0.range.overlaps(p.range) }) {
            let c = p.point.coordinate
            found.append(WrittenPoint(range: p.range, text: p.text, coordinate: c, uncertaintyKm: p.point.uncertaintyKm,
                                      id: "latlon:" + String(format: "%.5f,%.5f", c.latitude, c.longitude),
                                      what: "latitude and longitude written in the text", noun: "coordinates"))
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        let problems = grids.problems.map { (text: $0.text, reason: "looks like an MGRS grid reference but is none (\($0.problem.reason))") }
            + latLons.problems.map { (text: $0.text, reason: "looks like latitude and longitude but is none (\($0.problem.reason))") }
        return (found, problems)
    }

    /// A letter or digit: a point written in the text is not glued to one on either side.
    static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || Tokenizer.isDigit(c) }

    /// The point as a place mention written `text` (the report's own name for the place, or the point as
    /// written): an exact point whose uncertainty is the written resolution's, at least 0.1 km.
    func mention(text: String, country: String, reason: String) -> PlaceMention {
        let place = Place(id: id, name: text, coordinate: coordinate, country: country, kind: .site)
        return PlaceMention(text: text, start: range.lowerBound, end: range.upperBound, place: place, precision: .exact,
                            uncertaintyKm: max(0.1, uncertaintyKm), reason: reason)
    }
}
