/// Sizes of the proportional circles of one map: circle area proportional to the number of strikes, the
/// largest group at most `maximumRadius` px, so that a year of strikes on one town does not cover the map.
struct SymbolScale {
    static let maximumRadius = 30.0
    /// Below this a circle is hard to see; the area of the smallest counts is overstated a little.
    static let minimumRadius = 2.5

    /// px per square root of a strike.
    let factor: Double

    init(largestCount: Int) {
        factor = min(3.5, Self.maximumRadius / Double(max(1, largestCount)).squareRoot())
    }

    func radius(_ strikes: Int) -> Double { max(Self.minimumRadius, factor * Double(max(1, strikes)).squareRoot()) }

    /// Two or three round reference counts for the legend, up to the largest.
    static func legendCounts(largest: Int) -> [Int] {
        let nice = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 50_000, 100_000]
        let top = max(1, largest)
        var counts = [top]
        for fraction in [0.25, 0.03] {
            if let n = nice.last(where: { Double($0) <= Double(top) * fraction }), !counts.contains(n) { counts.append(n) }
        }
        return counts.sorted()
    }
}
