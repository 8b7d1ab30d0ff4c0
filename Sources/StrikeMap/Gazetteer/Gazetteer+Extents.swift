import Foundation

extension Gazetteer {
    /// The box around the populated places of a country (`admin1` nil) or one of its provinces; nil when
    /// fewer than three places fall in it (too few to tell its shape).
    func extent(country: String, admin1: String?) -> GeoBox? {
        let key = admin1.map { country + "." + $0 } ?? country
        if let known = extents.lookup(key) { return known }
        var box: GeoBox?, count = 0
        for p in places where p.kind == .populated && p.country == country && (admin1 == nil || p.admin1 == admin1) {
            let c = p.coordinate
            if var b = box {
                b.west = min(b.west, c.longitude); b.east = max(b.east, c.longitude)
                b.south = min(b.south, c.latitude); b.north = max(b.north, c.latitude)
                box = b
            } else {
                box = GeoBox(west: c.longitude, south: c.latitude, east: c.longitude, north: c.latitude)
            }
            count += 1
        }
        let result = count >= 3 ? box : nil
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
