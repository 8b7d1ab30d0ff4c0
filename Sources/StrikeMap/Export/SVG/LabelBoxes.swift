/// The rectangles already taken on a map (symbols, labels, the scale bar), bucketed in 32 px cells so that
/// "does this label collide with anything?" reads the few cells under it: a map of 100,000 symbols places
/// its labels in linear time, not in symbols × labels.
struct LabelBoxes {
    static let cell = 32.0
    /// A box over more cells than this (or with non-finite corners) is kept in `everywhere`, always read.
    static let maximumCells = 4_096
    private var boxes: [LabelBox] = []
    private var cells: [Int64: [Int32]] = [:]
    private var everywhere: [Int32] = []

    private static func cellRange(_ b: LabelBox) -> (x: ClosedRange<Int>, y: ClosedRange<Int>)? {
        let x0 = (b.x / cell).rounded(.down), x1 = ((b.x + b.w) / cell).rounded(.down)
        let y0 = (b.y / cell).rounded(.down), y1 = ((b.y + b.h) / cell).rounded(.down)
        guard [x0, x1, y0, y1].allSatisfy({ $0.isFinite && abs($0) < 1e6 }), x0 <= x1, y0 <= y1,
              (x1 - x0 + 1) * (y1 - y0 + 1) <= Double(maximumCells) else { return nil }
        return (Int(x0)...Int(x1), Int(y0)...Int(y1))
    }

    private static func key(_ x: Int, _ y: Int) -> Int64 { Int64(x) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: y))) }

    mutating func append(_ b: LabelBox) {
        let id = Int32(boxes.count)
        boxes.append(b)
        guard let r = Self.cellRange(b) else { everywhere.append(id); return }
        for x in r.x { for y in r.y { cells[Self.key(x, y), default: []].append(id) } }
    }

    /// Whether `b` overlaps a box already taken.
    func intersectsAny(_ b: LabelBox) -> Bool {
        if everywhere.contains(where: { boxes[Int($0)].intersects(b) }) { return true }
        guard let r = Self.cellRange(b) else { return boxes.contains { $0.intersects(b) } }
        for x in r.x {
            for y in r.y {
                if let list = cells[Self.key(x, y)], list.contains(where: { boxes[Int($0)].intersects(b) }) { return true }
            }
        }
        return false
    }
}
