/// The unit a text says contains a place ("X in northern Hama", "X, Iraq"), as resolved: which of the
/// place's candidates it admits.
struct ContainingUnit: Sendable {
    /// The container as resolved.
    var place: Place
    /// The province named like a town container, when the text means the area ("the Idlib countryside",
    /// "in northern Hama"): Hama the town, Hama the governorate.
    var namesake: Place?
    var containment: Containment

    /// Within this distance of a town named as the container, in kilometres: a neighbourhood or a nearby
    /// village ("X (Tripoli)"), and the countryside around it (about 50 km: villages "in the countryside of
    /// Aleppo" lie up to that far out).
    static let townRadiusKm = 30.0, countrysideRadiusKm = 60.0, districtRadiusKm = 40.0, nearRadiusKm = 25.0

    /// Whether `p` can be the place the text puts inside this unit.
    func admits(_ p: Place) -> Bool {
        guard p.id != place.id else { return false }
        let area = containment.around || containment.part != nil
        // "In northern Hama" is the governorate's north, not a disc around the town.
        if area, let namesake { return p.id != namesake.id && Self.contains(namesake, p, around: true) }
        // "X area near Y": within a limited area of Y, whatever Y is.
        if containment.near { return p.kind.isArea == false && GeoMath.distanceKm(place.coordinate, p.coordinate) <= Self.nearRadiusKm + Double(place.radiusKm) }
        return Self.contains(place, p, around: area)
    }

    /// The unit the text means: the province when it names a town for its area ("near Ivanivka, Kherson").
    var meant: Place { containment.around || containment.part != nil ? namesake ?? place : place }

    /// Whether the text's container is a larger unit than `p` can be inside: a province or country, or a
    /// town around a village.
    func isLarger(than p: Place) -> Bool {
        let unit = meant
        return rank(unit.kind) > rank(p.kind) || (rank(unit.kind) == rank(p.kind) && unit.population >= p.population)
    }

    private func rank(_ k: PlaceKind) -> Int {
        switch k {
        case .country, .water, .region: return 4
        case .province: return 3
        case .district: return 2
        case .populated, .site, .registered: return 1
        }
    }

    private static func contains(_ unit: Place, _ p: Place, around: Bool) -> Bool {
        switch unit.kind {
        case .country:
            return p.country == unit.country
        case .province:
            return p.country == unit.country && (p.admin1 == unit.admin1 || p.admin1.isEmpty || unit.admin1.isEmpty)
        case .district:
            // A district lies in one country and province: "Heorhiivka, Donetsk region" is not a village of
            // Luhansk region 50 km from the seat of Russia's Donetsk district.
            return p.country == unit.country && (p.admin1 == unit.admin1 || p.admin1.isEmpty || unit.admin1.isEmpty)
                && GeoMath.distanceKm(unit.coordinate, p.coordinate) <= max(districtRadiusKm, Double(unit.radiusKm))
        case .water, .region:
            return p.kind != .country && GeoMath.distanceKm(unit.coordinate, p.coordinate) <= Double(max(unit.radiusKm, 100))
        case .populated, .site, .registered:
            // (A register's village stands at its hromada's point: what is around it lies within the hromada.)
            return p.kind != .country && p.kind != .province
                && GeoMath.distanceKm(unit.coordinate, p.coordinate) <= (around ? countrysideRadiusKm : townRadiusKm) + Double(unit.radiusKm)
        }
    }
}
