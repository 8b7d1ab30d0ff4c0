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
    /// Kept at the output's resolution (6 decimals, GeoJSONWriter), so that a map drawn from the written
    /// GeoJSON is the map drawn from the extraction.
    public var coordinate: Coordinate { didSet { coordinate = coordinate.quantized } }
    public var precision: GeoPrecision
    /// Kept to 0.1 km, as written.
    public var uncertaintyKm: Double { didSet { if uncertaintyKm != Self.tenth(uncertaintyKm) { uncertaintyKm = Self.tenth(uncertaintyKm) } } }

    static func tenth(_ v: Double) -> Double { (v * 10).rounded() / 10 }

    /// The uncertainty of a point at `place` with `precision`: an area place at its own precision is as
    /// uncertain as its radius (a province's point must cover the province: a reader cannot tell where in
    /// it the event was); otherwise the precision's default.
    static func radius(of place: Place, at precision: GeoPrecision) -> Double {
        place.radiusKm > 0 && precision == place.kind.precision && place.kind.isPlacedByUnit ? Double(place.radiusKm) : precision.defaultUncertaintyKm
    }
    /// Why this candidate won, for `--explain` and `lookup`.
    public var reason: String
    /// The other candidates considered, best first, each as "id name (CC) score: why" (at most 9).
    public var considered: [String] = []
    /// `text` names a place the gazetteer lacks and `place` is the unit the text names around it ("Kafr
    /// Nabudah in northern Hama"): one place within the unit, not a report about the whole unit.
    public var isWithinUnit = false

    public init(text: String, start: Int, end: Int, place: Place, coordinate: Coordinate? = nil,
                precision: GeoPrecision? = nil, uncertaintyKm: Double? = nil, reason: String = "") {
        self.text = text
        self.start = start
        self.end = end
        self.place = place
        self.coordinate = (coordinate ?? place.coordinate).quantized
        self.precision = precision ?? place.kind.precision
        self.uncertaintyKm = Self.tenth(uncertaintyKm ?? Self.radius(of: place, at: precision ?? place.kind.precision))
        self.reason = reason
    }
}
