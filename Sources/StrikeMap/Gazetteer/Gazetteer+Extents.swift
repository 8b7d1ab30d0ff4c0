extension Gazetteer {
    /// The box around the populated places of a country (`admin1` nil) or one of its provinces; nil when
    /// fewer than three places fall in it (too few to tell its shape).
    func extent(country: String, admin1: String?) -> GeoBox? {
        let key = admin1.map { country + "." + $0 } ?? country
        if let known = extents.lookup(key) { return known }
        let points = places.filter { $0.kind == .populated && $0.country == country && (admin1 == nil || $0.admin1 == admin1) }
            .map(\.coordinate)
        let result = points.count >= 3 ? GeoBox(around: points) : nil
        extents.store(key, result)
        return result
    }
}
