import Foundation

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

/// Extents already computed, shared by the copies of one gazetteer and by threads; a new set of places
/// starts a new cache.
final class ExtentCache: @unchecked Sendable {
    private var boxes: [String: GeoBox?] = [:]
    private let lock = NSLock()

    /// The cached extent: nil when not computed yet, .some(nil) when the unit has too few places.
    func lookup(_ key: String) -> GeoBox?? {
        lock.lock()
        defer { lock.unlock() }
        return boxes[key]
    }

    func store(_ key: String, _ box: GeoBox?) {
        lock.lock()
        boxes[key] = .some(box)
        lock.unlock()
    }
}
