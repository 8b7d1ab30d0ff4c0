/// The world basemap compiled into the binary (see basemap/build.py): an index of features (layer, code,
/// name, box, where its coordinates are) read at first use, and their coordinates, read only when a map
/// asks for a feature. Both are static strings in the binary's read-only data: nothing is copied, and the
/// pages of coordinates no map asks for are never touched.
public enum EmbeddedBasemap {
    public static let shared = Basemap(features: features())

    /// The index's rows "layer<TAB>code<TAB>name<TAB>west<TAB>south<TAB>east<TAB>north<TAB>offset<TAB>length"
    /// (box in 1/1000 degree, offset and length in bytes of the feature's line in `geometry`), read byte
    /// by byte: six thousand rows, split into substrings, would cost a few milliseconds every run.
    static func features() -> [Basemap.Feature] {
        guard index.hasPointerRepresentation else { return [] }
        let bytes = UnsafeBufferPointer(start: index.utf8Start, count: index.utf8CodeUnitCount)
        var features: [Basemap.Feature] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if let f = feature(UnsafeBufferPointer(rebasing: bytes[start..<end])) { features.append(f) }
            start = end + 1
        }
        return features
    }

    /// One index row; nil for a row that is not one (the generator writes none).
    private static func feature(_ line: UnsafeBufferPointer<UInt8>) -> Basemap.Feature? {
        var tabs: [Int] = []
        for (i, b) in line.enumerated() where b == 0x09 { tabs.append(i) }
        guard tabs.count == 8 else { return nil }
        func field(_ k: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: line[(k == 0 ? 0 : tabs[k - 1] + 1)..<(k < tabs.count ? tabs[k] : line.count)])
        }
        func number(_ k: Int) -> Int? {
            var value = 0, negative = false, digits = 0
            for b in field(k) {
                if b == UInt8(ascii: "-") { negative = true } else if b >= 0x30, b <= 0x39 { value = value * 10 + Int(b - 0x30); digits += 1 }
            }
            return digits > 0 ? (negative ? -value : value) : nil
        }
        guard let layer = Basemap.Layer(rawValue: String(decoding: field(0), as: UTF8.self)),
              let west = number(3), let south = number(4), let east = number(5), let north = number(6),
              let offset = number(7), let length = number(8) else { return nil }
        let name = String(decoding: field(2), as: UTF8.self)
        let box = GeoBox(west: Double(west) / 1000, south: Double(south) / 1000, east: Double(east) / 1000, north: Double(north) / 1000)
        return Basemap.Feature(layer: layer, code: String(decoding: field(1), as: UTF8.self), name: name == "-" ? "" : name,
                               bounds: box, offset: offset, length: length)
    }

    /// The parts of the feature whose line is `geometry[offset..<offset + length]`, thinned to points at
    /// least `resolution` degrees apart (see `Basemap.Feature.read(resolution:)`); none for a range outside it.
    static func parts(offset: Int, length: Int, resolution: Double) -> [[Coordinate]] {
        guard geometry.hasPointerRepresentation, offset >= 0, length >= 0,
              offset <= geometry.utf8CodeUnitCount - length else { return [] }
        return decode(UnsafeBufferPointer(start: geometry.utf8Start + offset, count: length), resolution: resolution)
    }

    /// "x,y dx,dy dx,dy;x,y ...": parts separated by ';', points by ' ', in 1/1000 degree, each point after
    /// a part's first as the difference from the one before (half the digits of whole coordinates).
    static func decode(_ field: UnsafeBufferPointer<UInt8>, resolution: Double) -> [[Coordinate]] {
        let step = Int((resolution * 1000).rounded(.down))
        var parts: [[Coordinate]] = [], part: [Coordinate] = []
        var value = 0, negative = false, digits = 0, first: Int?
        var x = 0, y = 0, kept = (x: 0, y: 0), pending = false
        func endNumber() -> Int? {
            defer { value = 0; negative = false; digits = 0 }
            return digits > 0 ? (negative ? -value : value) : nil
        }
        func coordinate(_ x: Int, _ y: Int) -> Coordinate { Coordinate(latitude: Double(y) / 1000, longitude: Double(x) / 1000) }
        func endPoint() {
            guard let dy = endNumber(), let dx = first else { first = nil; return }
            first = nil
            if part.isEmpty { x = dx; y = dy } else { x &+= dx; y &+= dy }
            // Thinned: a point within `step` of the last kept one waits, kept only if it ends the part.
            if part.isEmpty || abs(x - kept.x) > step || abs(y - kept.y) > step {
                part.append(coordinate(x, y)); kept = (x, y); pending = false
            } else {
                pending = true
            }
        }
        func endPart() {
            endPoint()
            if pending { part.append(coordinate(x, y)) }
            if part.count >= 2 { parts.append(part) }
            part = []; pending = false
        }
        for b in field {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value &* 10 &+ Int(b - UInt8(ascii: "0")); digits += 1
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: ","): first = endNumber()
            case UInt8(ascii: " "): endPoint()
            case UInt8(ascii: ";"): endPart()
            default: break
            }
        }
        endPart()
        return parts
    }
}
