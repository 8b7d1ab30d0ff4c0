import Foundation

/// A Military Grid Reference System reference ("37SFU786153", "37S FU 786 153", "38SLD 12345 67890") as
/// coalition casualty statements write them: UTM zone (1-60), latitude band (C-X without I and O), the
/// 100 km square's column and row letters, and 1 to 5 digits each of easting and northing. The digits name
/// the south-west corner of a square of 10^(5 - digits) m; the point is its centre (NGA's convention, and
/// PyPI `mgrs`'s, which the tests' fixtures come from).
public struct MGRS: Hashable, Sendable {
    public let zone: Int
    public let band: Character
    /// UTM metres of the square's centre.
    public let easting: Double
    public let northing: Double
    /// Side of the square the digits name, in metres (1 to 100,000).
    public let squareMetres: Double

    /// Why a reference cannot be read, for a warning.
    public enum Problem: Error, Equatable, Sendable {
        case zone(Int), band(Character), squareLetters(String), digits(Int), outsideBand

        /// What is wrong, for a warning.
        public var reason: String {
            switch self {
            case .zone(let z): return "zone \(z) is not 1 to 60"
            case .band(let b): return "'\(b)' is no latitude band (C to X, without I and O)"
            case .squareLetters(let l): return "'\(l)' are no 100 km square letters"
            case .digits(let n): return "\(n) digits, where an even number up to 10 is needed"
            case .outsideBand: return "the square lies outside its latitude band"
            }
        }
    }

    private static let bands = Array("CDEFGHJKLMNPQRSTUVWX")
    /// Column letters of the 100 km squares, by set (zone mod 3): 8 letters each, without I and O.
    private static let columnSets = [Array("ABCDEFGH"), Array("JKLMNPQR"), Array("STUVWXYZ")]
    /// Row letters, 20 without I and O; even zones start 5 letters on.
    private static let rows = Array("ABCDEFGHJKLMNPQRSTUV")

    /// Reads a reference; spaces between its parts are allowed, letters in either case.
    public init(_ text: String) throws(Problem) {
        let compact = text.uppercased().filter { !$0.isWhitespace }
        var i = compact.startIndex
        var zoneDigits = ""
        while i < compact.endIndex, compact[i].isASCII, compact[i].isNumber, zoneDigits.count < 2 { zoneDigits.append(compact[i]); i = compact.index(after: i) }
        guard let zone = Int(zoneDigits), (1...60).contains(zone) else { throw .zone(Int(zoneDigits) ?? 0) }
        guard i < compact.endIndex else { throw .band(" ") }
        let band = compact[i]
        guard let bandIndex = Self.bands.firstIndex(of: band) else { throw .band(band) }
        i = compact.index(after: i)
        let letters = String(compact[i...].prefix(2))
        guard letters.count == 2, let column = letters.first, let row = letters.last else { throw .squareLetters(letters) }
        let set = (zone - 1) % 3
        guard let columnIndex = Self.columnSets[set].firstIndex(of: column) else { throw .squareLetters(letters) }
        guard var rowIndex = Self.rows.firstIndex(of: row) else { throw .squareLetters(letters) }
        if zone % 2 == 0 { rowIndex = (rowIndex - 5 + 20) % 20 }
        let digits = compact[compact.index(i, offsetBy: 2)...]
        guard digits.count % 2 == 0, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .digits(digits.count) }
        let half = digits.count / 2
        let unit = pow(10, Double(5 - half))
        let e = Double(digits.prefix(half)).map { $0 * unit } ?? 0
        let n = Double(digits.suffix(half)).map { $0 * unit } ?? 0
        var northing = Double(rowIndex) * 100_000 + n
        // The row letters repeat every 2,000 km: the band says which repetition.
        let bandSouth = -80 + 8 * Double(bandIndex)
        let minimum = UTM.northing(latitude: bandSouth, zone: zone)
        while northing + unit / 2 < minimum - 150_000 { northing += 2_000_000 }
        self.zone = zone
        self.band = band
        self.easting = Double(columnIndex + 1) * 100_000 + e + unit / 2
        self.northing = northing + unit / 2
        self.squareMetres = unit
        let c = coordinate
        guard c.latitude >= bandSouth - 1, c.latitude <= bandSouth + (band == "X" ? 12 : 8) + 1 else { throw .outsideBand }
    }

    /// The square's centre.
    public var coordinate: Coordinate { UTM.coordinate(easting: easting, northing: northing, zone: zone, south: band < "N") }

    /// Half the square's diagonal, km: how far the true point can be from `coordinate`.
    public var uncertaintyKm: Double { squareMetres * 0.7071 / 1000 }
}
