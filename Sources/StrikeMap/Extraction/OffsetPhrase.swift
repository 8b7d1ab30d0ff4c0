/// A compass offset written before "of X": "2 km north of", "approximately 17 NM North West of", "10Nm
/// south- east of", "some 12 km north-northwest of", "6nm SW of", "10 nautical miles northeast of", or a
/// direction alone ("west of"). Read backwards from the token before "of". Directions of two or three
/// parts are the circular mean of their parts ("north-northwest" is 337.5°); parts that contradict each
/// other ("north south") make no direction, and a distance over `longestKm` no distance: the event then
/// stays near the place.
struct OffsetPhrase {
    /// Degrees clockwise from north.
    var bearing: Double
    /// The stated distance, nil for a direction alone.
    var km: Double?
    /// The phrase as the mention's text gives it ("17 nm north west").
    var text: String

    /// Further than this, a stated distance is taken for a slip ("2000 km north of Raqqa").
    static let longestKm = 300.0

    static func read(endingAt end: Int, _ t: [Token]) -> OffsetPhrase? {
        guard let w = written(endingAt: end, t), let bearing = combined(w.parts.map(\.degrees)) else { return nil }
        // A short lowercase word at the start of a sentence ("n of") is no direction.
        guard t[w.start].isCapitalized || w.parts[0].word.count > 2 || w.start > 0 else { return nil }
        let direction = w.parts.map(\.word).joined(separator: " ")
        let km = w.km.flatMap { $0 > longestKm || $0 <= 0 ? nil : $0 }
        return OffsetPhrase(bearing: bearing, km: km, text: km == nil ? direction : w.distanceText + " " + direction)
    }

    /// Why the words ending at `end` read as an offset that `read` refuses, for a warning: directions that
    /// contradict each other ("north south of") or a distance past `longestKm` ("2000 km north of").
    static func problem(endingAt end: Int, _ t: [Token]) -> String? {
        guard let w = written(endingAt: end, t) else { return nil }
        if combined(w.parts.map(\.degrees)) == nil { return "directions that contradict each other" }
        if let km = w.km, km > longestKm {
            return "a distance of \(Int(km)) km, past the \(Int(longestKm)) km an offset from a named place can be"
        }
        return nil
    }

    /// The offset's words as written, read back from `end`: up to three compass words (joined by hyphens or
    /// written apart), `start` the first of them, and the distance before them in km ("12 km", "10
    /// nautical miles", or a number and unit written as one: "10Nm"), whatever its size.
    private static func written(endingAt end: Int, _ t: [Token]) -> (parts: [(degrees: Double, word: String)], start: Int, km: Double?, distanceText: String)? {
        let cues = Lexicon.shared.locationCues
        var parts: [(degrees: Double, word: String)] = []
        var k = end
        while k >= 0, parts.count < 3 {
            guard t[k].kind == .word, let b = cues.bearings[t[k]] else { break }
            parts.insert((b, t[k].lower), at: 0)
            k -= 1
            if k >= 1, t[k].kind == .hyphen, t[k - 1].kind == .word, cues.bearings[t[k - 1]] != nil { k -= 1 }
        }
        guard !parts.isEmpty else { return nil }
        if k >= 1, let unit = cues.kmPerUnit[t[k]], let n = number(t[k - 1]) {
            return (parts, k + 1, n * unit, t[k - 1].lower + " " + t[k].lower)
        }
        if k >= 2, t[k].lower == "miles" || t[k].lower == "mile", t[k - 1].lower == "nautical", let n = number(t[k - 2]) {
            return (parts, k + 1, n * 1.852, t[k - 2].lower + " nm")
        }
        if k >= 0, let (n, unit) = attached(t[k].lower) { return (parts, k + 1, n * unit, t[k].lower) }
        return (parts, k + 1, nil, "")
    }

    /// The circular mean of compass parts, nil when two of them point opposite ways.
    static func combined(_ parts: [Double]) -> Double? {
        guard var mean = parts.last else { return nil }
        for p in parts.dropLast().reversed() {
            let diff = (mean - p + 540).truncatingRemainder(dividingBy: 360) - 180
            guard abs(diff) < 179 else { return nil }
            mean = (p + diff / 2 + 360).truncatingRemainder(dividingBy: 360)
        }
        return mean
    }

    /// A number token's value, decimals included ("2.5").
    private static func number(_ t: Token) -> Double? {
        guard t.kind == .number else { return nil }
        return Double(t.lower) ?? t.value.map(Double.init)
    }

    /// "10nm", "9km", "2.5kms": digits and a unit in one word.
    private static func attached(_ word: String) -> (Double, Double)? {
        let digits = word.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard !digits.isEmpty, digits.count < word.count, let n = Double(digits),
              let unit = Lexicon.shared.locationCues.kmPerUnit[String(word.dropFirst(digits.count))] else { return nil }
        return (n, unit)
    }
}
