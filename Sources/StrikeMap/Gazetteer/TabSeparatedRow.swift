/// One row of a tab-separated file as byte ranges, with typed readers that say what was expected.
struct TabSeparatedRow {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The row's first byte in `bytes`.
    let start: Int
    let path: String
    /// 1-based line number in the file.
    let line: Int
    private(set) var fields: [Range<Int>] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, path: String, line: Int, fields: inout [Range<Int>]) {
        self.bytes = bytes
        self.start = start
        self.path = path
        self.line = line
        fields.removeAll(keepingCapacity: true)
        var f = start
        for i in start..<end where bytes[i] == 0x09 {
            fields.append(f..<i)
            f = i + 1
        }
        fields.append(f..<end)
        self.fields = fields
    }

    var count: Int { fields.count }

    /// 1-based byte column of field `i`.
    func column(_ i: Int) -> Int { fields[i].lowerBound - start + 1 }

    func string(_ i: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[i]]), as: UTF8.self)
    }

    func isEmpty(_ i: Int) -> Bool { fields[i].isEmpty }

    /// Whether field `i` holds anything but spaces.
    func hasText(_ i: Int) -> Bool { fields[i].contains { bytes[$0] != 0x20 } }

    /// Field `i` with `separator` turned into U+001F (see `Place.packedAlternates`), empty parts dropped,
    /// after `first` when given (GeoNames' asciiname).
    func packed(_ i: Int, separatedBy separator: UInt8, first: String = "") -> String {
        var out = Array(first.utf8)
        out.reserveCapacity(out.count + fields[i].count + 1)
        if !out.isEmpty { out.append(Place.alternateSeparator) }
        for k in fields[i] {
            let b = bytes[k]
            if b == separator || b == Place.alternateSeparator {
                if let last = out.last, last != Place.alternateSeparator { out.append(Place.alternateSeparator) }
            } else {
                out.append(b)
            }
        }
        while out.last == Place.alternateSeparator { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// An error about field `i` (or the whole row when `i` is nil).
    func problem(_ i: Int?, _ message: String) -> GazetteerError {
        .malformedRow(path: path, line: line, column: i.map(column) ?? 0, message: message)
    }

    /// Latitude and longitude from two fields, in degrees within ±90 and ±180.
    func coordinate(latitude la: Int, longitude lo: Int) throws -> Coordinate {
        guard let lat = double(la) else { throw problem(la, "expected a latitude in degrees, found '\(string(la).prefix(40))'") }
        guard abs(lat) <= 90 else { throw problem(la, "latitude \(string(la)) is outside -90...90") }
        guard let lon = double(lo) else { throw problem(lo, "expected a longitude in degrees, found '\(string(lo).prefix(40))'") }
        guard abs(lon) <= 180 else { throw problem(lo, "longitude \(string(lo)) is outside -180...180") }
        return Coordinate(latitude: lat, longitude: lon)
    }

    /// A decimal number such as "-12.34567". Up to 18 significant digits are read as an integer and divided
    /// by an exact power of ten, which rounds correctly; anything else goes through `Double(String)`.
    func double(_ i: Int) -> Double? {
        let r = fields[i]
        guard !r.isEmpty else { return nil }
        var k = r.lowerBound
        var negative = false
        if bytes[k] == 0x2D || bytes[k] == 0x2B { negative = bytes[k] == 0x2D; k += 1 }
        var mantissa: Int64 = 0, digits = 0, fraction = 0, seenDot = false
        while k < r.upperBound {
            let b = bytes[k]
            if b >= 0x30 && b <= 0x39 {
                guard digits < 18 else { return Double(string(i)) }
                mantissa = mantissa * 10 + Int64(b - 0x30)
                digits += 1
                if seenDot { fraction += 1 }
            } else if b == 0x2E && !seenDot {
                seenDot = true
            } else {
                return Double(string(i)).flatMap { $0.isFinite ? $0 : nil }
            }
            k += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / Self.powersOfTen[fraction]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...18).map { p in (0..<p).reduce(1.0) { acc, _ in acc * 10 } }

    /// A non-negative integer; empty is nil.
    func integer(_ i: Int) -> Int? {
        let r = fields[i]
        guard !r.isEmpty, r.count <= 18 else { return nil }
        var n = 0
        for k in r {
            let b = bytes[k]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }
}
