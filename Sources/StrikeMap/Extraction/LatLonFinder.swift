/// Finds latitude and longitude written in a sentence (`LatLonText`'s forms). Text of a coordinate's shape
/// that is no point (out of range, letters swapped) is returned as a problem, for a warning.
enum LatLonFinder {
    struct Found {
        var range: Range<Int>
        var text: String
        var point: LatLonText
    }

    static func find(in s: [Unicode.Scalar], _ range: Range<Int>) -> (found: [Found], problems: [(text: String, problem: LatLonText.Problem)]) {
        var found: [Found] = [], problems: [(String, LatLonText.Problem)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let startsAxis = isDigit(s[i]) || ((s[i] == "N" || s[i] == "S") && i + 1 < range.upperBound && (s[i + 1] == " " || isDigit(s[i + 1])))
            guard startsAxis, i == range.lowerBound || !isAlphanumeric(s[i - 1]) && s[i - 1] != "." else { i += 1; continue }
            var j = i
            guard let a = axis(s, &j, range.upperBound) else { i += 1; continue }
            var k = j
            while k < range.upperBound, s[k] == " " || s[k] == "," || s[k] == "/" || s[k] == ";" { k += 1 }
            guard k > j || a.hemisphere != nil, var b = Optional(k), let second = axis(s, &b, range.upperBound),
                  b == range.upperBound || !isAlphanumeric(s[b]) else { i = max(i + 1, j); continue }
            // Without hemisphere letters only signed decimals of four places or more make a point.
            if a.hemisphere == nil || second.hemisphere == nil {
                guard a.hemisphere == nil, second.hemisphere == nil, a.resolution <= 0.0001, second.resolution <= 0.0001 else { i = j; continue }
            }
            let text = String(String.UnicodeScalarView(s[i..<b]))
            do { found.append(Found(range: i..<b, text: text, point: try LatLonText.point(a, second))) } catch let p as LatLonText.Problem {
                problems.append((text, p))
            } catch {}
            i = b
        }
        return (found, problems)
    }

    /// One axis from `i`: an optional leading hemisphere letter, degrees (decimal, or with ° ' ")
    /// and an optional trailing letter; `i` moves past it.
    private static func axis(_ s: [Unicode.Scalar], _ i: inout Int, _ limit: Int) -> LatLonText.Axis? {
        var j = i
        var hemisphere: Character?
        if j < limit, "NSEW".unicodeScalars.contains(s[j]) {
            hemisphere = Character(s[j]); j += 1
            if j < limit, s[j] == " " { j += 1 }
        }
        let negative = j < limit && (s[j] == "-" || s[j] == "−")
        if negative { j += 1 }
        guard let (degrees, places) = number(s, &j, limit) else { return nil }
        var value = degrees, resolution = pow10(-places)
        if j < limit, s[j] == "°" || s[j] == "º" {
            j += 1
            if let (minutes, mp) = number(s, &j, limit), j < limit, s[j] == "'" || s[j] == "′" || s[j] == "’" {
                j += 1
                value += minutes / 60
                resolution = pow10(-mp) / 60
                if let (seconds, sp) = number(s, &j, limit), j < limit, s[j] == "\"" || s[j] == "″" || s[j] == "”" {
                    j += 1
                    value += seconds / 3600
                    resolution = pow10(-sp) / 3600
                }
            }
        } else if places == 0 {
            return nil
        }
        if hemisphere == nil {
            var k = j
            if k < limit, s[k] == " " { k += 1 }
            if k < limit, "NSEW".unicodeScalars.contains(s[k]), k + 1 == limit || !isAlphanumeric(s[k + 1]) { hemisphere = Character(s[k]); j = k + 1 }
        }
        if negative { value = -value }
        if negative, hemisphere != nil { return nil }
        i = j
        return LatLonText.Axis(degrees: value, hemisphere: hemisphere, resolution: resolution)
    }

    /// Digits with an optional decimal part; returns the value and its number of decimals.
    private static func number(_ s: [Unicode.Scalar], _ i: inout Int, _ limit: Int) -> (Double, Int)? {
        var j = i, digits = "", places = 0
        while j < limit, isDigit(s[j]), digits.count < 4 { digits.unicodeScalars.append(s[j]); j += 1 }
        guard !digits.isEmpty else { return nil }
        if j + 1 < limit, s[j] == ".", isDigit(s[j + 1]) {
            digits += "."; j += 1
            while j < limit, isDigit(s[j]), places < 8 { digits.unicodeScalars.append(s[j]); j += 1; places += 1 }
        }
        guard j == limit || !isDigit(s[j]), let v = Double(digits) else { return nil }
        i = j
        return (v, places)
    }

    private static func pow10(_ n: Int) -> Double { n == 0 ? 1 : (0..<(-n)).reduce(1.0) { r, _ in r / 10 } }
    private static func isDigit(_ c: Unicode.Scalar) -> Bool { Tokenizer.isDigit(c) }
    private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool { WrittenPoint.isAlphanumeric(c) }
}
