/// `--countries SO,KE,ET`: the theatre a user restricts places to. A candidate stands when it lies in one of
/// the countries, or within `borderKm` of one (a town across the border is where a cross-border strike
/// lands; the source may also file a border town under the neighbour). Seas and continents have no country
/// and are judged by the distance of their point.
public struct CountryFilter: Sendable {
    public let codes: Set<String>
    public static let borderKm = 50.0
    /// Whether a point lies within `borderKm` of one of the countries; given by whoever knows their shapes
    /// (the basemap's polygons), so that this stage needs no geometry of its own.
    private let nearBorder: @Sendable (Coordinate) -> Bool

    public init(codes: Set<String>, nearBorder: @escaping @Sendable (Coordinate) -> Bool) {
        self.codes = codes
        self.nearBorder = nearBorder
    }

    func admits(_ p: Place) -> Bool { codes.contains(p.country) || nearBorder(p.coordinate) }
}
