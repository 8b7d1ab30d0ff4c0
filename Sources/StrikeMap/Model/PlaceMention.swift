/// A place named in a text, resolved against the gazetteer.
public struct PlaceMention: Hashable, Sendable {
    /// The text as written, e.g. "Dayr al-Zawr".
    public var text: String
    /// Offsets in Unicode scalars into the document text.
    public var start: Int
    public var end: Int
    public var place: Place
    /// Where the event is put: the place's point, moved by an offset ("2 km north of X") or a direction
    /// ("southern Libya").
    public var coordinate: Coordinate
    public var precision: GeoPrecision
    public var uncertaintyKm: Double
    /// Why this candidate won, for `--explain` and `lookup`.
    public var reason: String
    /// The other candidates considered, best first, each as "id name (CC) score: why" (at most 9).
    public var considered: [String] = []

    public init(text: String, start: Int, end: Int, place: Place, coordinate: Coordinate? = nil,
                precision: GeoPrecision? = nil, uncertaintyKm: Double? = nil, reason: String = "") {
        self.text = text
        self.start = start
        self.end = end
        self.place = place
        self.coordinate = coordinate ?? place.coordinate
        self.precision = precision ?? place.kind.precision
        self.uncertaintyKm = uncertaintyKm ?? (precision ?? place.kind.precision).defaultUncertaintyKm
        self.reason = reason
    }
}
