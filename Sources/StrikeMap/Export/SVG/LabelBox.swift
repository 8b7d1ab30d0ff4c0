/// A rectangle a label or symbol occupies on the map, in px, for collision avoidance.
struct LabelBox: Equatable {
    var x: Double, y: Double, w: Double, h: Double

    func intersects(_ o: LabelBox) -> Bool {
        x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h
    }

    /// Candidate positions of a label of size (w, h) around a symbol of radius r at (cx, cy), best first.
    static func around(cx: Double, cy: Double, r: Double, w: Double, h: Double, distance: Double = 0) -> [LabelBox] {
        let g = r + 3 + distance
        return [
            LabelBox(x: cx + g, y: cy - h / 2, w: w, h: h), LabelBox(x: cx - g - w, y: cy - h / 2, w: w, h: h),
            LabelBox(x: cx - w / 2, y: cy - g - h, w: w, h: h), LabelBox(x: cx - w / 2, y: cy + g, w: w, h: h),
            LabelBox(x: cx + g * 0.7, y: cy - g * 0.7 - h, w: w, h: h), LabelBox(x: cx + g * 0.7, y: cy + g * 0.7, w: w, h: h),
            LabelBox(x: cx - g * 0.7 - w, y: cy - g * 0.7 - h, w: w, h: h), LabelBox(x: cx - g * 0.7 - w, y: cy + g * 0.7, w: w, h: h),
        ]
    }
}
