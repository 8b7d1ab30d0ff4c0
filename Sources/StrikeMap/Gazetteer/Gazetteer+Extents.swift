extension Gazetteer {
    /// The box around the populated places of a country (`admin1` nil) or one of its provinces; nil when
    /// fewer than three places fall in it (too few to tell its shape). The base's records are tested in
    /// place: no `Place` is made for the 270,000 the scan passes.
    func extent(country: String, admin1: String?) -> GeoBox? {
        let key = admin1.map { country + "." + $0 } ?? country
        if let known = extents.lookup(key) { return known }
        var points: [Coordinate] = []
        let cc = Array(country.utf8)
        if let base, cc.count == 2 {
            for i in 0..<base.count where base.countryIs(i, (cc[0], cc[1])) && base.kind(i) == .populated && (admin1 == nil || base.admin1(i) == admin1) {
                points.append(base.coordinate(i))
            }
        }
        points += added.filter { $0.kind == .populated && $0.country == country && (admin1 == nil || $0.admin1 == admin1) }.map(\.coordinate)
        let result = points.count >= 3 ? GeoBox(around: points) : nil
        extents.store(key, result)
        return result
    }
}
