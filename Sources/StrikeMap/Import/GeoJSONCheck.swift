/// Checks a GeoJSON file against RFC 7946 and strikemap's property contract: `[longitude, latitude]`
/// order (and points that look swapped for the region), ranges, no `crs` member (§4), finite numbers,
/// ring winding (§3.1.6: exterior rings counterclockwise), and the types of the contract's properties.
public enum GeoJSONCheck {
    /// Problems found, each located; errors break the format or the contract, warnings look wrong.
    public static func check(_ bytes: [UInt8], path: String) -> [Diagnostic] {
        var parser = JSONParser(bytes)
        let root: JSONValue.Located
        do { root = try parser.parse() } catch let f as JSONParser.Failure {
            return [Diagnostic(.error, file: path, line: f.line, column: f.column, message: f.message)]
        } catch { return [Diagnostic(.error, file: path, message: "\(error)")] }
        var out: [Diagnostic] = []
        func add(_ s: Diagnostic.Severity, _ at: JSONValue.Located, _ m: String) { out.append(Diagnostic(s, file: path, line: at.line, column: at.column, message: m)) }
        for d in parser.duplicateNames {
            out.append(Diagnostic(.warning, file: path, line: d.line, column: d.column,
                                  message: "member name \"\(d.name.prefix(40))\" repeats in its object; readers differ on which one counts (RFC 8259 §4)"))
        }
        if let crs = root.value.member("crs") { add(.error, crs, "a 'crs' member is not allowed (RFC 7946 §4: coordinates are WGS 84)") }
        let features: [JSONValue.Located]
        do { features = try FeatureCollectionRoot.features(root, path: path) } catch {
            out.append(Diagnostic(.error, file: path, line: error.line, column: error.column, message: error.message))
            return out
        }
        var ids: [String: Int] = [:]
        var located = 0
        var swapped: [Diagnostic] = []
        for (n, f) in features.enumerated() {
            let label = "feature \(n + 1)"
            guard case .string("Feature")? = f.value.member("type")?.value else { add(.error, f, "\(label): 'type' must be \"Feature\""); continue }
            let properties = f.value.member("properties")?.value
            // A point far from its gazetteer place (or outside its country) but on it when read the other
            // way round was written [lat, lon].
            let placeId = properties?.member(EventField.placeId.name)?.value.stringValue
            let known = placeId.flatMap { EmbeddedGazetteer.shared.place(id: $0)?.coordinate }
            let country = properties?.member(EventField.country.name)?.value.stringValue
            if let g = f.value.member("geometry"), !g.value.isNull {
                if case .string("Point")? = g.value.member("type")?.value { located += 1 }
                // Swaps the feature's own place or country shows are kept apart: they count towards a file
                // read the wrong way round.
                checkGeometry(g, label, known, country, add) { at, message in
                    swapped.append(Diagnostic(.warning, file: path, line: at.line, column: at.column, message: message))
                }
            }
            if let id = properties?.member(EventField.id.name)?.value.stringValue ?? f.value.member("id")?.value.stringValue {
                if let first = ids[id], let at = properties?.member(EventField.id.name) ?? f.value.member("id") {
                    add(.error, at, "\(label): id \"\(id.prefix(40))\" repeats feature \(first)'s (ids must be unique within a file)")
                } else {
                    ids[id] = n + 1
                }
            }
            do { _ = try FeatureReader(path: path, index: n + 1, feature: f).typeCheckedProperties() } catch let e as ImportError {
                out.append(Diagnostic(.error, file: path, line: e.line, column: e.column, message: e.message))
            } catch {}
        }
        // One swapped point is a slip; most of them is a file written in the wrong order, an error.
        if !swapped.isEmpty && swapped.count * 2 > located {
            out += swapped.map { var d = $0; d.severity = .error; return d }
            out.append(Diagnostic(.error, file: path, message: "\(swapped.count) of \(located) points read as [latitude, longitude]; RFC 7946 order is [longitude, latitude]"))
        } else {
            out += swapped
        }
        return out.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    private static func checkGeometry(_ g: JSONValue.Located, _ label: String, _ known: Coordinate?, _ country: String?,
                                      _ add: (Diagnostic.Severity, JSONValue.Located, String) -> Void,
                                      evidencedSwap: (JSONValue.Located, String) -> Void) {
        guard case .string(let type)? = g.value.member("type")?.value, let coords = g.value.member("coordinates") else {
            add(.error, g, "\(label): a geometry needs 'type' and 'coordinates'")
            return
        }
        func position(_ p: JSONValue.Located) {
            guard case .array(let xy) = p.value, xy.count >= 2, case .number(let lon) = xy[0].value, case .number(let lat) = xy[1].value else {
                add(.error, p, "\(label): a position is [longitude, latitude] in numbers")
                return
            }
            if abs(lon) > 180 || abs(lat) > 90 { add(.error, p, "\(label): [\(lon), \(lat)] out of range (longitude ±180, latitude ±90)") }
            // In this product's region (Libya to Iran: longitude 8-64, latitude 12-45) a point whose two
            // numbers only fit the other way round was probably written [lat, lon].
            let fits = (8...64).contains(lon) && (12...45).contains(lat), swappedFits = (8...64).contains(lat) && (12...45).contains(lon)
            var swapped = !fits && swappedFits
            // Evidence from the feature itself: its gazetteer place, or its country's outline.
            var evidence: String?
            if let k = known, abs(lat) <= 90, abs(lon) <= 90 {
                swapped = GeoMath.distanceKm(k, Coordinate(latitude: lat, longitude: lon)) > 300
                    && GeoMath.distanceKm(k, Coordinate(latitude: lon, longitude: lat)) < 50
                evidence = "its place"
            } else if let country, abs(lon) <= 90, let given = EmbeddedBasemap.shared.country(country, contains: Coordinate(latitude: lat, longitude: lon)),
                      let other = EmbeddedBasemap.shared.country(country, contains: Coordinate(latitude: lon, longitude: lat)) {
                swapped = !given && other
                evidence = "its country"
            }
            if swapped, let evidence {
                evidencedSwap(p, "\(label): [\(lon), \(lat)] looks like [latitude, longitude] (read the other way round it lies on \(evidence)); RFC 7946 order is [longitude, latitude]")
            } else if swapped {
                add(.warning, p, "\(label): [\(lon), \(lat)] looks like [latitude, longitude] for this product's region (Libya to Iran); RFC 7946 order is [longitude, latitude]")
            }
        }
        func ring(_ r: JSONValue.Located, exterior: Bool) {
            guard case .array(let pts) = r.value else { return }
            pts.forEach(position)
            let xy: [(Double, Double)] = pts.compactMap { p in
                guard case .array(let v) = p.value, v.count >= 2, case .number(let x) = v[0].value, case .number(let y) = v[1].value else { return nil }
                return (x, y)
            }
            guard xy.count >= 4 else { add(.error, r, "\(label): a linear ring needs at least four positions"); return }
            if xy.first! != xy.last! { add(.error, r, "\(label): a linear ring must end where it starts") }
            var area = 0.0
            for k in 0..<(xy.count - 1) { area += xy[k].0 * xy[k + 1].1 - xy[k + 1].0 * xy[k].1 }
            if exterior == (area < 0) {
                add(.warning, r, "\(label): \(exterior ? "exterior" : "interior") ring is \(exterior ? "clockwise" : "counterclockwise") (RFC 7946 §3.1.6: exterior counterclockwise, holes clockwise)")
            }
        }
        func polygon(_ p: JSONValue.Located) {
            guard case .array(let rings) = p.value else { add(.error, p, "\(label): a polygon is an array of rings"); return }
            for (k, r) in rings.enumerated() { ring(r, exterior: k == 0) }
        }
        switch (type, coords.value) {
        case ("Point", _): position(coords)
        case ("MultiPoint", .array(let ps)), ("LineString", .array(let ps)): ps.forEach(position)
        case ("MultiLineString", .array(let ls)): for l in ls { if case .array(let ps) = l.value { ps.forEach(position) } }
        case ("Polygon", _): polygon(coords)
        case ("MultiPolygon", .array(let polys)): polys.forEach(polygon)
        default: add(.error, g, "\(label): unknown geometry type '\(type)' or coordinates not an array")
        }
    }
}
